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

  it('says what became of what the figures count when the measured thing does not: missing people, not the city', () => {
    const counted = (id: string, measured: string | null, state: string | null) => {
      const c = claim(id, { entities: ['Derna'], measured, figure: { kind: 'count', value: 6000 } });
      c.frame.state = state;
      return c;
    };
    assert.equal(groupLabel([counted('a', 'person', 'missing'), counted('b', null, 'missing'), counted('c', 'person', 'missing')], flat), 'Derna missing people');
    assert.equal(groupLabel([counted('a', 'person', 'dead'), counted('b', null, 'dead')], flat), 'Derna death toll');
    assert.equal(groupLabel([counted('a', 'death toll', 'dead'), counted('b', 'death toll', 'dead')], flat), 'Derna death toll', 'the measured thing says it already');
    assert.equal(groupLabel([counted('a', 'soldier', 'injured'), counted('b', 'soldier', 'injured')], flat), 'Derna injured soldier');
    assert.equal(groupLabel([counted('a', 'troop', null), counted('b', 'troop', null)], flat), 'Derna troop', 'no state said, none written');
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

  it('takes what most claims measure, not the first one', () => {
    const claims = [claim('a', { measured: 'rainfall' }), claim('b', { measured: 'death toll' }), claim('c', { measured: 'death toll' })];
    assert.equal(groupLabel(claims, flat), 'Death toll');
  });

  it('sets aside a measured thing of vague words only', () => {
    const vague = [claim('a', { measured: 'year', lemmas: ['budget', 'deficit'] }), claim('b', { measured: 'year', lemmas: ['budget', 'deficit'] })];
    assert.equal(groupLabel(vague, flat), 'Budget deficit');
    const partly = [claim('a', { measured: 'budget year' }), claim('b', { measured: 'budget year' })];
    assert.equal(groupLabel(partly, flat), 'Budget year');
  });

  it('takes a subject only when a third of the claims share it, and a name when half mention it', () => {
    const four = ['a', 'b', 'c', 'd'].map((id, i) => claim(id, { entities: i === 0 ? ['Seattle', 'Boeing'] : ['Seattle'], subject: i === 0 ? 'Boeing' : null, measured: 'pay rise' }));
    assert.equal(groupLabel(four, flat), 'Seattle pay rise');
    const two = [claim('a', { entities: ['Derna'], measured: 'death toll' }), claim('b', { measured: 'death toll' })];
    assert.equal(groupLabel(two, flat), 'Derna death toll');
  });

  it('leaves out words only one claim of a group has', () => {
    const claims = [claim('a', { lemmas: ['flood', 'dam'] }), claim('b', { lemmas: ['flood'] }), claim('c', { lemmas: ['flood'] })];
    assert.equal(groupLabel(claims, flat), 'Flood');
  });

  it('ranks shared words by how many claims hold them times their rarity', () => {
    const claims = [claim('a', { lemmas: ['xw', 'yw', 'zw'] }), claim('b', { lemmas: ['xw', 'yw', 'zw'] }), claim('c', { lemmas: ['yw', 'zw'] })];
    const rarity = (l: string) => ({ xw: 10, yw: 1, zw: 2 })[l] ?? 1;
    // xw 2×10, zw 3×2, yw 3×1
    assert.equal(groupLabel(claims, rarity), 'Xw zw');
  });

  it('puts the word most claims print before the measured thing in front of it, and the verb most of them share after it', () => {
    const said = (id: string, text: string, predicate: string) => ({ ...claim(id, { measured: 'troop', predicate, figure: { kind: 'count', value: 1 } }), text });
    const claims = [
      said('a', 'Russian troops massed at the border, 100,000 of them.', 'mass'),
      said('b', 'Some 300,000 Russian troops have massed near Kharkiv.', 'mass'),
      said('c', 'Putin has massed 500,000 troops.', 'mass'),
    ];
    assert.equal(groupLabel(claims, flat), 'Russian troops massed');
    // A determiner or a figure before the noun qualifies no kind of it; a verb a minority shares is left out.
    const plain = [said('a', 'The troops massed.', 'mass'), said('b', '500,000 troops gathered.', 'gather'), said('c', 'Its troops moved.', 'move')];
    assert.equal(groupLabel(plain, flat), 'Troops');
  });

  it('orders two shared words as the first claim holding both has them', () => {
    const claims = [claim('a', { lemmas: ['offensive', 'shell'] }), claim('b', { lemmas: ['new', 'offensive'] }), claim('c', { lemmas: ['launch', 'new', 'offensive'] })];
    assert.equal(groupLabel(claims, flat), 'New offensive');
    // A light verb every claim has (`make gains`, `make progress`) names no fact.
    const light = [claim('a', { lemmas: ['make', 'gain', 'east'] }), claim('b', { lemmas: ['make', 'gain'] })];
    assert.equal(groupLabel(light, flat), 'Gain');
  });

  it('takes no measured thing that is a word of the name', () => {
    const claims = [claim('a', { entities: ['Veloria Group'], subject: 'Veloria Group', measured: 'group', lemmas: ['village', 'capture'] }), claim('b', { entities: ['Veloria Group'], subject: 'Veloria Group', measured: 'group', lemmas: ['village', 'take'] })];
    assert.equal(groupLabel(claims, flat), 'Veloria Group village');
  });
});
