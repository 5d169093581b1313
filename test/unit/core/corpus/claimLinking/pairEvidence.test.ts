import * as assert from 'node:assert/strict';
import { articleTerms, focusCosine, termVectors } from '../../../../../src/core/corpus/claimLinking/candidates';
import { shareFigure } from '../../../../../src/core/corpus/claimLinking/pairFeatures';
import { surfaceOf } from '../../../../../src/core/corpus/claimLinking/label';
import { num } from '../../../claimFixtures';

describe('focusCosine', () => {
  // Two articles of one story: every sentence names the place and the event; two facts differ by their own words.
  const claims = [
    { file: 'a', terms: ['e:veloria', 'l:quake', 'l:death', 'l:toll'] },
    { file: 'a', terms: ['e:veloria', 'l:quake', 'l:missing', 'l:people'] },
    { file: 'a', terms: ['e:veloria', 'l:quake', 'l:aid', 'l:convoy'] },
    { file: 'b', terms: ['e:veloria', 'l:quake', 'l:death', 'l:toll', 'l:rise'] },
    { file: 'b', terms: ['e:veloria', 'l:quake', 'l:missing', 'l:hundreds'] },
    { file: 'b', terms: ['e:veloria', 'l:quake', 'l:aid', 'l:arrive'] },
    // Other stories, so that the story's words are rare in the corpus.
    ...Array.from({ length: 12 }, (_, i) => ({ file: `z${i}`, terms: [`l:word${i}`, 'l:death'] })),
  ];
  const { vectors } = termVectors(claims.map((c) => c.terms));
  const per = articleTerms(vectors, (i) => claims[i].file);
  const focus = (i: number, j: number) => focusCosine(vectors[i], vectors[j], per.get(claims[i].file)!, per.get(claims[j].file)!);
  const plain = (i: number, j: number) => vectors[i].terms.reduce((s, t, k) => s + vectors[i].weights[k] * (vectors[j].weights[vectors[j].terms.indexOf(t)] ?? 0), 0);

  it('weighs down the words every sentence of the two articles holds', () => {
    // Plain TF-IDF finds the toll as near the missing as the story's words make it; focus tells them apart.
    assert.ok(focus(0, 3) > focus(0, 4) + 0.3, `${focus(0, 3)} vs ${focus(0, 4)}`);
    assert.ok(focus(0, 3) - focus(0, 4) > plain(0, 3) - plain(0, 4), 'a wider margin than the corpus-wide cosine');
    assert.ok(focus(1, 4) > focus(1, 5));
  });

  it('is symmetric and 0 for claims sharing only the story', () => {
    assert.equal(focus(0, 3).toFixed(9), focus(3, 0).toFixed(9));
    assert.equal(focus(2, 4), 0);
  });
});

describe('shareFigure', () => {
  const text = 'He won a 24th title 6-3, 7-6 (5), 6-3 and €1.2bn was paid in 2023.';
  it('finds one figure stated in two claims, by kind and value, or by its digits when it has no value', () => {
    const title = num(text, '24th', { kind: 'ordinal', value: 24 });
    const score = num(text, '6-3, 7-6 (5), 6-3', { kind: 'count', value: null });
    const other = num('x 6-3, 7-6(5), 6-3', '6-3, 7-6(5), 6-3', { kind: 'count', value: null });
    assert.ok(shareFigure([title], [num('the 24th', '24th', { kind: 'ordinal', value: 24 })]));
    assert.ok(shareFigure([score], [other]), 'the same set score printed two ways');
    assert.ok(!shareFigure([title], [num('24 titles', '24', { kind: 'count', value: 24 })]), 'an ordinal is not a count');
  });
  it('does not take one year for one fact', () => {
    const year = num(text, '2023', { kind: 'year', value: 2023 });
    assert.ok(!shareFigure([year], [num('in 2023', '2023', { kind: 'year', value: 2023 })]));
  });
});

describe('surfaceOf', () => {
  it('writes a lemma as the claims print it', () => {
    assert.equal(surfaceOf('troop', ['Putin amasses 500,000 troops', 'The Kremlin massed 100,000 troops.']), 'troops');
    assert.equal(surfaceOf('death toll', ['Death toll in Derna rises', 'the death toll rose to 11,300']), 'death toll');
    assert.equal(surfaceOf('russian', ['Officials said Russian troops moved']), 'Russian', 'a capital written mid-sentence stays');
    assert.equal(surfaceOf('president', ['President Macron said', 'the president said']), 'president', 'a sentence-initial capital does not');
    assert.equal(surfaceOf('quux', ['nothing here']), 'quux');
  });
});
