import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../../src/core/analyze';
import { MemoryAnalysisCache, type AnalysisCache } from '../../../../src/core/corpus/analysisCache';
import { CorpusIndex } from '../../../../src/core/corpus/corpusIndex';
import { bundledArticles as bundled } from './bundledArticles';
import { slimAnalysis, wholeAgain } from '../../../../src/core/corpus/slimAnalysis';
import { StringPool } from '../../../../src/core/corpus/stringPool';

describe('slim analyses of closed articles', () => {
  const whole = analyzeText(bundled[0].text, bundled[0].file);

  it('keep claims, entities, speakers and the claimed numbers at their places, and drop the rest', () => {
    const slim = slimAnalysis(whole);
    assert.equal(slim.claims, whole.claims);
    assert.equal(slim.entities, whole.entities);
    assert.deepEqual(slim.structure.sentences, []);
    assert.deepEqual(slim.structure.paragraphs, whole.structure.paragraphs);
    assert.deepEqual(slim.quotes.map((q) => q.speaker), whole.quotes.map((q) => q.speaker));
    assert.ok(whole.quotes.length > 0 && slim.quotes.every((q) => q.text === ''));
    const claimed = new Set(whole.claims.flatMap((c) => c.numbers));
    assert.ok(claimed.size > 0 && claimed.size < whole.numbers.length, 'some numbers are claimed, some not');
    whole.numbers.forEach((n, k) => assert.equal(slim.numbers[k], claimed.has(k) ? n : undefined, `number ${k}`));
  });

  it('are made whole again from the cached analysis, with their own names', () => {
    const cached = structuredClone(whole);
    const slim = slimAnalysis(whole);
    slim.quotes.forEach((q) => (q.speaker = q.speaker && `${q.speaker} (corpus name)`));
    const again = wholeAgain(slim, cached)!;
    assert.equal(again.claims, whole.claims);
    assert.deepEqual(again.numbers, whole.numbers);
    assert.deepEqual(again.structure, whole.structure);
    assert.deepEqual(
      again.quotes.map((q) => [q.text, q.speaker]),
      whole.quotes.map((q) => [q.text, q.speaker && `${q.speaker} (corpus name)`]),
    );
    assert.equal(wholeAgain(slim, { ...cached, sha256: 'another text' }), undefined);
  });

  it('pool the strings they repeat, changing no value', () => {
    const a = structuredClone(whole);
    const b = structuredClone(whole);
    const pool = new StringPool();
    pool.internAnalysis(a);
    pool.internAnalysis(b);
    assert.deepEqual(b, whole);
    const lemma = whole.claims.find((c) => c.frame.lemmas.length > 0)!.frame.lemmas[0];
    assert.equal(pool.intern(`${lemma}`), lemma);
    assert.equal(pool.intern(null), null);
  });

  describe('in a CorpusIndex', () => {
    const open = new Set<string>();
    const make = async (cache: AnalysisCache = new MemoryAnalysisCache()) => {
      const index = new CorpusIndex(async (raw, file) => analyzeText(raw, file), cache, { keepWhole: (f) => open.has(f) });
      await index.updateMany(bundled);
      return { index, cache };
    };
    beforeEach(() => open.clear());

    it('hold closed articles slim and open ones whole, linked alike', async () => {
      open.add(bundled[1].file);
      const { index } = await make();
      assert.equal(index.isSlim(bundled[0].file), true);
      assert.equal(index.isSlim(bundled[1].file), false);
      assert.deepEqual(index.get(bundled[0].file)!.structure.sentences, []);
      assert.ok(index.get(bundled[1].file)!.structure.sentences.length > 0);
      const plain = new CorpusIndex(async (raw, file) => analyzeText(raw, file));
      await plain.updateMany(bundled);
      assert.ok(plain.groups.length > 0);
      assert.deepEqual(
        index.groups.map((g) => g.points.map((p) => p.id)),
        plain.groups.map((g) => g.points.map((p) => p.id)),
      );
      assert.deepEqual(
        index.analyses.map((a) => a.entities.map((e) => e.canonical)),
        plain.analyses.map((a) => a.entities.map((e) => e.canonical)),
      );
    });

    it('make an opened article whole from the cache, and slim again once closed', async () => {
      const { index } = await make();
      const file = bundled[0].file;
      const slim = index.get(file)!;
      const full = (await index.whole(file))!;
      assert.equal(index.get(file), slim, 'whole() keeps nothing');
      assert.deepEqual(full.structure, analyzeText(bundled[0].text, file).structure);
      assert.equal(await index.keepWhole(file), true);
      assert.equal(index.isSlim(file), false);
      assert.equal(index.get(file)!.claims, slim.claims, 'the same claims, as linked');
      assert.deepEqual(index.get(file)!.numbers, full.numbers);
      index.release(file);
      assert.equal(index.isSlim(file), true);
      assert.deepEqual(index.get(file)!.structure.sentences, []);
    });

    it('say so when the cached analysis is gone', async () => {
      const { index } = await make({ get: async () => undefined, set: async () => {} });
      assert.equal(await index.whole(bundled[0].file), undefined);
      assert.equal(await index.keepWhole(bundled[0].file), false);
      assert.equal(index.isSlim(bundled[0].file), true);
    });

    it('keep every article whole without a cache', async () => {
      const index = new CorpusIndex(async (raw, file) => analyzeText(raw, file), undefined, { keepWhole: () => false });
      await index.updateMany(bundled.slice(0, 2));
      assert.equal(index.isSlim(bundled[0].file), false);
      index.release(bundled[0].file);
      assert.equal(index.isSlim(bundled[0].file), false);
    });
  });
});
