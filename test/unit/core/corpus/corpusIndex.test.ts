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

  describe('when one article’s analysis fails', () => {
    const texts = {
      'a.txt': 'Russia has massed 100,000 troops on the border.',
      'b.txt': 'Kyiv says Russia has amassed almost 300,000 troops.',
      'c.txt': 'Kyiv says Russia has amassed almost 500,000 troops.',
    };
    const items = Object.entries(texts).map(([file, text]) => ({ file, text }));
    /** An analyser that fails for the files in `failing`, and analyses the others. */
    function failingFor(failing: Set<string>) {
      return new CorpusIndex(async (raw, file) => {
        if (failing.has(file)) throw new Error(`the engine broke on ${file}`);
        return analyzeText(raw, file);
      });
    }

    it('reports that article, and indexes and links the others', async () => {
      const index = failingFor(new Set(['b.txt']));
      const progress: string[] = [];
      const r = await index.updateMany(items, (f) => progress.push(f));
      assert.deepEqual(r.failed, [{ file: 'b.txt', error: 'the engine broke on b.txt' }]);
      assert.deepEqual(r.changed, ['a.txt', 'c.txt']);
      assert.deepEqual(progress.sort(), ['a.txt', 'b.txt', 'c.txt'], 'progress moves for the failed article too');
      assert.deepEqual(index.files, ['a.txt', 'c.txt']);
      // Relinked: the troop figures of a and c are one group, and every claim is found by id.
      const [ca, cc] = [index.get('a.txt')!.claims[0], index.get('c.txt')!.claims[0]];
      assert.ok(ca && cc, 'each article has its troop claim');
      assert.deepEqual(index.claim(cc.id), { claim: cc, file: 'c.txt' });
      const group = index.groupOf(ca.id);
      assert.ok(group, 'the claims were linked');
      assert.deepEqual(group.points.map((p) => p.id).sort(), [ca.id, cc.id].sort());
      assert.deepEqual(ca.related, [cc.id]);
    });

    it('keeps its previous analysis, and analyses it again next time', async () => {
      const failing = new Set<string>();
      const index = failingFor(failing);
      await index.updateMany(items);
      const before = index.get('b.txt');
      failing.add('b.txt');
      const edited = 'Kyiv says Russia has amassed almost 350,000 troops.';
      await assert.rejects(index.update('b.txt', edited), /the engine broke on b\.txt/);
      assert.equal(index.get('b.txt'), before);
      failing.clear();
      assert.equal(await index.update('b.txt', edited), true);
      assert.match(index.get('b.txt')!.claims[0].text, /350,000/);
    });
  });

  it('forgets removed articles', async () => {
    const { index } = counting();
    await index.update('a.txt', 'Text.');
    assert.equal(index.remove('a.txt'), true);
    assert.equal(index.get('a.txt'), undefined);
    assert.equal(index.remove('a.txt'), false);
  });
});
