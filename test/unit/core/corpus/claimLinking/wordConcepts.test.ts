import * as assert from 'node:assert/strict';
import { conceptsOf, reloadWordConcepts } from '../../../../../src/core/corpus/claimLinking/wordConcepts';

describe('claim linking: what words mean (WordNet concepts)', () => {
  it('gives words of one meaning a concept in common, and an unknown word none', () => {
    const troops = new Set(conceptsOf('troop'));
    assert.ok(troops.size > 0, 'the committed table knows `troop`');
    assert.ok(
      conceptsOf('soldier').some((k) => troops.has(k)),
      '`troop` and `soldier` meet',
    );
    assert.deepEqual(conceptsOf('qzxv'), []);
  });

  it('reads the table again after a reload, with the same answers', () => {
    const before = conceptsOf('troop');
    reloadWordConcepts();
    assert.deepEqual(conceptsOf('troop'), before);
  });
});
