import * as assert from 'node:assert/strict';
import { candidatePairs, claimTerms, cosine, termVectors } from '../../../../../src/core/corpus/claimLinking/candidates';
import { claim } from './claimFrames';

describe('claim linking: candidate pairs', () => {
  it('describes a claim by its lemmas, adjacent lemmas, names and measured words, and the senses of what it measures', () => {
    const terms = claimTerms(claim('a', { lemmas: ['death', 'toll', 'rise'], entities: ['Veloria'], measured: 'death toll' }));
    const plain = terms.filter((t) => !t.startsWith('c:'));
    assert.deepEqual(plain, ['l:death', 'l:toll', 'l:rise', 'b:death_toll', 'b:toll_rise', 'e:veloria', 'm:death', 'm:toll']);
    assert.ok(terms.some((t) => t.startsWith('c:')), 'WordNet senses of the measured words');
    const unmeasured = claimTerms(claim('b', { lemmas: ['death'] }));
    assert.deepEqual(unmeasured, ['l:death'], 'no senses without a measured thing, no pair of one lemma');
  });

  it('weighs a term shared by few claims more than one shared by all, and normalises each vector', () => {
    const { vectors, df, ids } = termVectors([['l:say', 'l:toll'], ['l:say', 'l:rate'], ['l:say', 'l:toll']]);
    assert.deepEqual([...ids.keys()], ['l:say', 'l:toll', 'l:rate']);
    assert.deepEqual([...df], [3, 2, 1]);
    const [a] = vectors;
    assert.deepEqual(a.terms, [0, 1]);
    const say = Math.log(1 + 3 / 3);
    const toll = Math.log(1 + 3 / 2);
    const norm = Math.hypot(say, toll);
    assert.ok(Math.abs(a.weights[0] - say / norm) < 1e-12);
    assert.ok(Math.abs(a.weights[1] - toll / norm) < 1e-12);
    assert.ok(a.weights[1] > a.weights[0]);
  });

  it('weighs a shared sense at half a shared word', () => {
    const { vectors } = termVectors([['l:x', 'c:1'], ['l:x', 'c:1']]);
    assert.ok(Math.abs(vectors[0].weights[1] / vectors[0].weights[0] - 0.5) < 1e-12);
  });

  it('gives a claim without terms a zero vector, not NaN', () => {
    const { vectors } = termVectors([[]]);
    assert.deepEqual(vectors[0], { terms: [], weights: [], idf: [] });
  });

  it('yields each pair sharing a key term once, earlier first, with its cosine over the keys', () => {
    const { vectors, df } = termVectors([['l:a', 'l:b'], ['l:b', 'l:c'], ['l:d'], ['l:a', 'l:b', 'l:c']]);
    const seen: [number, number, number][] = [];
    candidatePairs(vectors, df, 10, (i, j, c) => seen.push([i, j, c]));
    assert.deepEqual(
      seen.map(([i, j]) => [i, j]),
      [
        [0, 1],
        [0, 3],
        [1, 3],
      ],
    );
    for (const [i, j, c] of seen) assert.ok(Math.abs(c - cosine(vectors[i], vectors[j])) < 1e-12, `${i}-${j}`);
  });

  it('skips terms held by more claims than maxPostings, and counts the postings read', () => {
    const { vectors, df } = termVectors([['l:say', 'l:a'], ['l:say', 'l:b'], ['l:say', 'l:a']]);
    const seen: [number, number][] = [];
    const read = candidatePairs(vectors, df, 2, (i, j) => seen.push([i, j]));
    assert.deepEqual(seen, [[0, 2]], '`say` (3 claims) is no key at 2');
    assert.equal(read, 1, 'one posting of `a` read');
    const all: [number, number][] = [];
    assert.equal(candidatePairs(vectors, df, 3, (i, j) => all.push([i, j])), 0 + 1 + 2 + 1);
    assert.deepEqual(all, [[0, 1], [0, 2], [1, 2]]);
  });

  it('computes the exact cosine over all terms', () => {
    const a = { terms: [0, 1, 2], weights: [0.5, 0.5, Math.SQRT1_2] };
    const b = { terms: [2, 3], weights: [Math.SQRT1_2, Math.SQRT1_2] };
    assert.ok(Math.abs(cosine(a, b) - 0.5) < 1e-12);
    assert.equal(cosine(a, { terms: [9], weights: [1] }), 0);
  });
});
