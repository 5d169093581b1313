import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../../src/core/analyze';
import { CorpusIndex } from '../../../../src/core/corpus/corpusIndex';

describe('CorpusIndex', () => {
  function counting() {
    const calls: string[] = [];
    const index = new CorpusIndex(async (raw, file) => {
      calls.push(file);
      return analyzeText(raw, file);
    });
    return { index, calls };
  }

  it('re-analyses only the article whose text changed', async () => {
    const { index, calls } = counting();
    await index.updateMany([
      { file: 'a.txt', text: 'Russia has massed 100,000 troops on the border.' },
      { file: 'b.txt', text: 'Kyiv says Russia has amassed almost 500,000 troops.' },
    ]);
    assert.deepEqual(calls.sort(), ['a.txt', 'b.txt']);
    assert.equal(await index.update('a.txt', 'Russia has massed 100,000 troops on the border.'), false);
    assert.equal(await index.update('b.txt', 'Kyiv says Russia has amassed almost 400,000 troops.'), true);
    assert.deepEqual(calls.sort(), ['a.txt', 'b.txt', 'b.txt']);
    assert.deepEqual(index.files, ['a.txt', 'b.txt']);
  });

  it('forgets removed articles', async () => {
    const { index } = counting();
    await index.update('a.txt', 'Text.');
    assert.equal(index.remove('a.txt'), true);
    assert.equal(index.get('a.txt'), undefined);
    assert.equal(index.remove('a.txt'), false);
  });
});
