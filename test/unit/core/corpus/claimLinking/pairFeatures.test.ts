import * as assert from 'node:assert/strict';
import { HAND_LINKER, PAIR_FEATURES, pairScore, pairVector, sameMeasuredThing, type PairClaim } from '../../../../../src/core/corpus/claimLinking/pairFeatures';
import { claim, mention } from './claimFrames';

function pair(c: PairClaim['claim'], n = c.figure ? mention(c.figure.kind, c.figure.value ?? 0) : undefined): PairClaim {
  return { claim: c, number: n, file: c.id + '.txt', day: null };
}

function features(a: PairClaim, b: PairClaim, cos = 0.4): Record<string, number> {
  const v = pairVector(a, b, cos);
  return Object.fromEntries(PAIR_FEATURES.map((f, i) => [f, v[i]]));
}

describe('claim linking: the evidence of a pair', () => {
  it('scores two reports of one death toll on every kind of evidence', () => {
    const a = claim('a', { measured: 'death toll', entities: ['Veloria', 'Red Cross'], predicate: 'rise', subject: 'toll', figure: { kind: 'count', value: 1200 } });
    const b = claim('b', { measured: 'death toll', entities: ['Red Cross', 'Veloria', 'UN'], predicate: 'rise', subject: 'toll', figure: { kind: 'count', value: 1205 } });
    assert.deepEqual(features(pair(a), pair(b), 0.7), {
      bias: 1,
      cosine: 0.7,
      focusCosine: 0.7,
      sameMeasured: 1,
      measuredOverlap: 1,
      measuredSense: 1,
      sameFigure: 1,
      closeValue: 1 - Math.log10(1205 / 1200) / 3,
      sharedFigure: 0,
      sameMeasure: 1,
      otherMeasure: 0,
      oneFigure: 0,
      sharedEntities: 2 / 3,
      samePredicate: 1,
      predicateSense: 1,
      sameSubject: 1,
      sameArticle: 0,
      nextClaim: 0,
      otherMeasured: 0,
    });
  });

  it('gives nothing for evidence that is missing on both sides', () => {
    const a = claim('a');
    const b = claim('b');
    assert.deepEqual(features(pair(a), pair(b)), {
      bias: 1,
      cosine: 0.4,
      focusCosine: 0.4,
      sameMeasured: 0,
      measuredOverlap: 0,
      measuredSense: 0,
      sameFigure: 0,
      closeValue: 0,
      sharedFigure: 0,
      sameMeasure: 0,
      otherMeasure: 0,
      oneFigure: 0,
      sharedEntities: 0,
      samePredicate: 0,
      predicateSense: 0,
      sameSubject: 0,
      sameArticle: 0,
      nextClaim: 0,
      otherMeasured: 0,
    });
  });

  it('counts a partial overlap of measured things over the shorter, and a different measure against the pair', () => {
    const a = claim('a', { measured: 'pay rise', figure: { kind: 'percent', value: 4 } });
    const b = claim('b', { measured: 'annual pay offer', figure: { kind: 'count', value: 4 } });
    const f = features(pair(a), pair(b));
    assert.equal(f.measuredOverlap, 1 / 2);
    assert.equal(f.sameMeasured, 0);
    assert.equal(f.sameFigure, 0, 'four per cent is not four');
    assert.equal(f.sameMeasure, 0);
    assert.equal(f.otherMeasure, 1);
    const c = claim('c', { measured: 'pay rise' });
    assert.equal(features(pair(a), pair(c)).otherMeasure, 0, 'a claim without a figure is no other measure');
    assert.equal(features(pair(a), pair(c)).measuredOverlap, 1);
    assert.equal(features(pair(c), pair(claim('d'))).measuredOverlap, 0);
  });

  it('marks consecutive claims of one article, and only those', () => {
    const at = (c: PairClaim['claim'], file: string, order: number): PairClaim => ({ ...pair(c), file, order });
    const [a, b] = [claim('a'), claim('b')];
    assert.equal(features(at(a, 'x.txt', 3), at(b, 'x.txt', 4)).nextClaim, 1);
    assert.equal(features(at(a, 'x.txt', 3), at(b, 'x.txt', 5)).nextClaim, 0, 'a claim between them');
    assert.equal(features(at(a, 'x.txt', 3), at(b, 'y.txt', 4)).nextClaim, 0, 'another article');
    assert.equal(features(pair(a), pair(b)).nextClaim, 0, 'order unknown');
  });

  it('sets two measured things that share no sense against each other, and nothing when one is missing', () => {
    const toll = claim('a', { measured: 'death toll' });
    assert.equal(features(pair(toll), pair(claim('b', { measured: 'pay rise' }))).otherMeasured, 1);
    assert.equal(features(pair(toll), pair(claim('c', { measured: 'death toll' }))).otherMeasured, 0);
    assert.equal(features(pair(toll), pair(claim('d'))).otherMeasured, 0);
  });

  it('takes one measured thing only on the same word or a narrow shared sense', () => {
    const frame = (measured: string) => claim(measured, { measured }).frame;
    assert.equal(sameMeasuredThing(frame('troop'), frame('troop')), true);
    assert.equal(sameMeasuredThing(frame('troop'), frame('soldier')), true, 'troops are soldiers');
    assert.equal(sameMeasuredThing(frame('destruction'), frame('win')), false, 'both are acts, a sense of many words');
    assert.equal(sameMeasuredThing(frame('troop'), claim('x').frame), false);
  });

  it('caps shared names at three', () => {
    const names = ['A', 'B', 'C', 'D', 'E'];
    const f = features(pair(claim('a', { entities: names })), pair(claim('b', { entities: names })));
    assert.equal(f.sharedEntities, 1);
    const one = features(pair(claim('a', { entities: ['A', 'B'] })), pair(claim('b', { entities: ['B', 'C'] })));
    assert.equal(one.sharedEntities, 1 / 3);
  });

  it('differs in predicate and subject when they differ', () => {
    const f = features(pair(claim('a', { predicate: 'rise', subject: 'toll' })), pair(claim('b', { predicate: 'fall', subject: 'rate' })));
    assert.equal(f.samePredicate, 0);
    assert.equal(f.sameSubject, 0);
  });

  it('scores a pair by the logistic of its weighted evidence', () => {
    const x = PAIR_FEATURES.map((f) => (f === 'bias' ? 1 : 0));
    assert.equal(pairScore(HAND_LINKER, x), 1 / (1 + Math.exp(4)));
    const y = PAIR_FEATURES.map((f) => (f === 'bias' || f === 'cosine' ? 1 : 0));
    assert.equal(pairScore(HAND_LINKER, y), 1 / (1 + Math.exp(-2)));
    // A weight missing from a trained file counts as 0, not as NaN.
    const partial = { ...HAND_LINKER, weights: { bias: 1 } as typeof HAND_LINKER.weights };
    assert.equal(pairScore(partial, PAIR_FEATURES.map(() => 1)), 1 / (1 + Math.exp(-1)));
  });
});
