import * as assert from 'node:assert/strict';
import { groupLabel } from '../../../../../src/core/corpus/claimLinking/label';
import { claim } from './claimFrames';

const flat = () => 1;

describe('claim linking: group labels', () => {
  it('names the group by the entity most claims mention, then what most of them measure', () => {
    const claims = [
      claim('a', { entities: ['Derna'], measured: 'death toll', lemmas: ['death', 'toll', 'rise'] }),
      claim('b', { entities: ['Derna', 'Libya'], measured: 'death toll', lemmas: ['death', 'toll'] }),
      claim('c', { entities: ['Libya'], measured: 'flood', lemmas: ['flood'] }),
    ];
    assert.equal(groupLabel(claims, flat), 'Derna death toll');
  });

  it('prefers the subject a third of the claims share to the name most mention', () => {
    const claims = [
      claim('a', { entities: ['Boeing', 'Seattle'], subject: 'Boeing', measured: 'pay rise' }),
      claim('b', { entities: ['Seattle'], measured: 'pay rise' }),
      claim('c', { entities: ['Seattle'], measured: 'pay rise' }),
    ];
    assert.equal(groupLabel(claims, flat), 'Boeing pay rise');
  });

  it('takes no subject that is not a name of the claims, and no name fewer than half mention', () => {
    const claims = [
      claim('a', { entities: ['Seattle'], subject: 'the union', measured: 'pay rise' }),
      claim('b', { measured: 'pay rise' }),
      claim('c', { measured: 'pay rise' }),
    ];
    assert.equal(groupLabel(claims, flat), 'Pay rise');
  });

  it('does not name a group by the source it quotes', () => {
    const claims = [claim('a', { entities: ['Reuters'], source: 'Reuters', measured: 'price' }), claim('b', { entities: ['Reuters'], source: 'Reuters', measured: 'price' })];
    assert.equal(groupLabel(claims, flat), 'Price');
  });

  it('falls back on the rarest words the claims share, in the order of the first claim', () => {
    const claims = [
      claim('a', { lemmas: ['grand', 'slam', 'title', 'win'], measured: 'number' }),
      claim('b', { lemmas: ['win', 'title', 'slam', 'grand'] }),
      claim('c', { lemmas: ['slam', 'title', 'win'] }),
    ];
    const rarity = (l: string) => ({ grand: 1, slam: 3, title: 2, win: 0.1 })[l] ?? 1;
    // slam 3×3, title 3×2, grand 2×1, win 3×0.1: the two best, as the first claim orders them.
    assert.equal(groupLabel(claims, rarity), 'Slam title');
  });

  it('drops vague words and words of the name from the shared words', () => {
    const claims = [claim('a', { entities: ['Novak Djokovic'], lemmas: ['novak', 'time', 'title', 'record'] }), claim('b', { entities: ['Novak Djokovic'], lemmas: ['novak', 'time', 'title', 'record'] })];
    assert.equal(groupLabel(claims, flat), 'Novak Djokovic title record');
  });

  it('takes the one claim of a group as it is', () => {
    assert.equal(groupLabel([claim('a', { entities: ['Veloria'], lemmas: ['quake', 'strike'] })], flat), 'Veloria quake strike');
    assert.equal(groupLabel([claim('a', { predicate: 'resign' })], flat), 'Resign', 'the verb when no words are shared');
    assert.equal(groupLabel([claim('a')], flat), 'Statement', 'the kind when there is nothing else');
  });

  it('says a name once when the measured thing holds it', () => {
    const claims = [claim('a', { entities: ['Nato'], measured: 'nato budget' }), claim('b', { entities: ['Nato'], measured: 'nato budget' })];
    assert.equal(groupLabel(claims, flat), 'Nato budget');
  });

  it('names two claims by what one of them measures; a larger group only by what a third measure', () => {
    assert.equal(groupLabel([claim('a', { measured: 'death toll' }), claim('b', { measured: 'rainfall' })], flat), 'Death toll');
    const four = [claim('a', { measured: 'death toll', lemmas: ['flood'] }), claim('b', { lemmas: ['flood'] }), claim('c', { lemmas: ['flood'] }), claim('d', { lemmas: ['flood'] })];
    assert.equal(groupLabel(four, flat), 'Flood');
  });
});
