import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText } from '../../../../src/core/analyze';
import { analyzeCorpus } from '../../../../src/core/corpus/analyzeCorpus';
import { CorpusIndex } from '../../../../src/core/corpus/corpusIndex';
import { applyLink, DiskLinkCache, LINK_FORMAT, linkKey, MemoryLinkCache, storeLink, type StoredLink } from '../../../../src/core/corpus/linkCache';
import { localNames } from '../../../../src/core/corpus/localNames';
import { linkCorpus } from '../../../../src/core/corpus/linkCorpus';
import { packageRoot } from '../../../../src/core/util/paths';
import type { ArticleAnalysis } from '../../../../src/core/types';
import { bundledArticles } from './bundledArticles';

const corpusDir = path.join(packageRoot()!, 'corpus');
const files = bundledArticles.map((a) => path.join(corpusDir, a.file));

/** The bundled articles analysed afresh, each alone (own names, no links). */
function analysed(): ArticleAnalysis[] {
  return bundledArticles.map((a) => analyzeText(a.text, a.file));
}

/** A link cache that counts its reads and writes. */
function counted() {
  const inner = new MemoryLinkCache();
  const calls = { hits: 0, sets: 0 };
  return {
    calls,
    cache: {
      get: async (key: string) => {
        const got = await inner.get(key);
        if (got) calls.hits++;
        return got;
      },
      set: async (l: StoredLink) => {
        calls.sets++;
        await inner.set(l);
      },
    },
  };
}

describe('link cache', () => {
  it('gives what linking gives: the same groups, names, topics and related ids (the command line)', async () => {
    const { cache, calls } = counted();
    const linked = await analyzeCorpus(files, { jobs: 0, linkCache: cache });
    assert.deepEqual(calls, { hits: 0, sets: 1 });
    const again = await analyzeCorpus(files, { jobs: 0, linkCache: cache });
    assert.deepEqual(calls, { hits: 1, sets: 1 }, 'the second run took the link from the cache');
    assert.ok(linked.groups.length > 0);
    assert.deepEqual(again.groups, linked.groups);
    assert.deepEqual(again.analyses, linked.analyses);
    // The merge renamed something and the groups mark figures: what is put back is not only the defaults.
    const renamed = linked.analyses.some((a) => a.entities.some((e, k) => e.canonical !== analysed().find((x) => x.sha256 === a.sha256)!.entities[k].canonical));
    assert.ok(renamed, 'some entity took a corpus-wide name');
    assert.ok(linked.groups.some((g) => g.points.some((p) => p.mark !== null)));
  });

  it('is a miss for another corpus, a damaged entry, or another form', () => {
    const analyses = analysed();
    const own = analyses.map(localNames);
    const groups = linkCorpus(analyses);
    const stored = storeLink(analyses, own, groups)!;
    assert.equal(stored.key, linkKey(analyses));
    const fresh = () => analysed();
    assert.equal(applyLink(fresh().slice(1), stored), undefined, 'another corpus');
    const damaged = structuredClone(stored);
    damaged.groups[0].claims[1] = 10_000;
    assert.equal(applyLink(fresh(), damaged), undefined, 'a claim that is not there');
    const cut = structuredClone(stored);
    cut.groups[0].marks = cut.groups[0].marks.slice(1);
    assert.equal(applyLink(fresh(), cut), undefined, 'marks cut short');
    assert.equal(applyLink(fresh(), { ...stored, format: (LINK_FORMAT + 1) as typeof LINK_FORMAT }), undefined, 'another form');
    // A miss changes nothing: the analyses keep their own names.
    const untouched = fresh();
    applyLink(untouched, { ...stored, articles: stored.articles.map((a, i) => (i === 2 ? { ...a, entities: [[-1, 'x', 'person']] } : a)) as StoredLink['articles'] });
    assert.deepEqual(untouched, fresh());
    // And the whole entry put back is the link itself.
    assert.deepEqual(applyLink(fresh(), stored), groups);
  });

  it('on disk: reads back what it wrote; a damaged or foreign file is a miss; keeps the newest eight', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-link-cache-'));
    try {
      const cache = new DiskLinkCache(dir, 'f'.repeat(64));
      const analyses = analysed();
      const stored = storeLink(analyses, analyses.map(localNames), linkCorpus(analyses))!;
      await cache.set(stored);
      assert.deepEqual(await cache.get(stored.key), stored);
      const file = path.join(dir, 'links', 'f'.repeat(16), stored.key + '.json');
      fs.writeFileSync(file, '{"format": 1, "key": "' + stored.key + '", "groups": [');
      assert.equal(await cache.get(stored.key), undefined, 'cut short');
      fs.writeFileSync(file, JSON.stringify({ ...stored, key: 'another' }));
      assert.equal(await cache.get(stored.key), undefined, 'another key');
      for (let i = 0; i < 10; i++) await cache.set({ ...stored, key: `k${i}` });
      assert.equal(fs.readdirSync(path.dirname(file)).length, 8);
      assert.ok(await cache.get('k9'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a CorpusIndex started again on an unchanged corpus takes its link from the cache, with the same groups and ids', async () => {
    const linkCache = new MemoryLinkCache();
    const started = async () => {
      const index = new CorpusIndex(async (raw, file) => analyzeText(raw, file), undefined, { linkCache });
      await index.updateMany(bundledArticles, { link: false });
      await index.relinkInSteps(async () => undefined);
      return index;
    };
    const first = await started();
    assert.equal(first.lastLinkFromCache, false);
    const second = await started();
    assert.equal(second.lastLinkFromCache, true);
    assert.deepEqual(second.groups, first.groups);
    assert.deepEqual(second.analyses, first.analyses);
    const id = first.groups[0].points[0].id;
    assert.equal(second.groupOf(id)?.topic, first.groupOf(id)?.topic);
    // A changed article is a new key: linked afresh, not taken from the cache.
    const third = new CorpusIndex(async (raw, file) => analyzeText(raw, file), undefined, { linkCache });
    await third.updateMany(bundledArticles.map((a, i) => (i === 0 ? { ...a, text: a.text + '\nIt said 12 people died.' } : a)), { link: false });
    await third.relinkInSteps(async () => undefined);
    assert.equal(third.lastLinkFromCache, false);
  });
});
