import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeBatch, analyzeText, type ArticleInput } from '../../../../src/core/analyze';
import { MemoryAnalysisCache } from '../../../../src/core/corpus/analysisCache';
import { analyzeCorpus } from '../../../../src/core/corpus/analyzeCorpus';
import { AnalysisWorkerPool, findWorkerScript } from '../../../../src/core/corpus/workerPool';
import { packageRoot } from '../../../../src/core/util/paths';
import type { ArticleAnalysis } from '../../../../src/core/types';

const corpusDir = path.join(packageRoot()!, 'corpus');
const files = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(corpusDir, f));
// The worker script compiled beside analyzeCorpus (out/src/core/corpus/analysisWorker.js).
const script = findWorkerScript(path.dirname(require.resolve('../../../../src/core/corpus/analyzeCorpus')));

describe('analyzeCorpus', () => {
  it('gives the same analyses on worker threads as on this thread', async function () {
    if (!script) this.skip();
    const here = await analyzeCorpus(files, { jobs: 0 });
    const workers = await analyzeCorpus(files, { jobs: 2 });
    assert.deepEqual(workers.errors, []);
    assert.deepEqual(workers.analyses, here.analyses);
    assert.deepEqual(workers.groups, here.groups);
  });

  it('analyses a corpus of several batches as each article alone, and reports each article once', async () => {
    // Three copies of the corpus (205 KB) run as several batches on this thread.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-batches-'));
    const many = [0, 1, 2].flatMap((k) => files.map((f) => path.join(dir, `${k}-${path.basename(f)}`)));
    many.forEach((copy, i) => fs.copyFileSync(files[i % files.length], copy));
    const seen: number[] = [];
    const result = await analyzeCorpus(many, { jobs: 0, onProgress: (p) => seen.push(p.done) });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(seen, many.map((_, i) => i + 1));
    const alone = many.map((f) => analyzeText(fs.readFileSync(f, 'utf8'), f));
    // linkCorpus merges canonical names (in frames too) and gives each the kind most of its mentions have corpus-wide, and links claims into topics: compare what it leaves alone.
    const strip = (a: ArticleAnalysis) => ({ ...a, entities: a.entities.map(({ canonical: _c, kind: _k, ...e }) => e), quotes: a.quotes.map(({ speaker: _s, ...q }) => q), claims: a.claims.map(({ source: _s, related: _r, topic: _t, topicLabel: _l, frame: _f, ...c }) => c) });
    result.analyses.forEach((a, i) => assert.deepEqual(strip(a), strip(alone[i]), many[i]));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps file order and reports unreadable files while the others are analysed', async () => {
    const missing = path.join(corpusDir, 'no-such-article.txt');
    const result = await analyzeCorpus([files[1], missing, files[0]], { jobs: 0 });
    assert.deepEqual(
      result.analyses.map((a) => a.file),
      [files[1], files[0]],
    );
    assert.deepEqual(result.errors, [{ file: missing, error: 'no such file' }]);
  });

  describe('when one article’s analysis fails', () => {
    /** analyzeBatch, except that the articles named in `failing` fail as a broken engine would. */
    const failingFor = (failing: string[]) => (inputs: readonly ArticleInput[]) =>
      analyzeBatch(inputs).map((a, i) => (failing.includes(inputs[i].file) ? new Error(`the engine broke on ${path.basename(inputs[i].file)}`) : a));

    it('reports that article, and analyses and links the others as a corpus without it', async () => {
      const seen: string[] = [];
      const result = await analyzeCorpus(files.slice(0, 3), { jobs: 0, analyzeHere: failingFor([files[1]]), onProgress: (p) => seen.push(p.file) });
      assert.deepEqual(result.errors, [{ file: files[1], error: `analysis failed: the engine broke on ${path.basename(files[1])}` }]);
      assert.deepEqual(seen.sort(), files.slice(0, 3).sort(), 'progress moves for every article');
      const without = await analyzeCorpus([files[0], files[2]], { jobs: 0 });
      assert.deepEqual(result.analyses, without.analyses);
      assert.deepEqual(result.groups, without.groups);
      assert.ok(result.groups.length > 0, 'the others are linked');
    });

    it('caches the others but not it, so the next run analyses it again', async () => {
      const cache = new MemoryAnalysisCache();
      const first = await analyzeCorpus(files.slice(0, 3), { jobs: 0, cache, analyzeHere: failingFor([files[1]]) });
      assert.equal(first.errors.length, 1);
      const again = await analyzeCorpus(files.slice(0, 3), { jobs: 0, cache });
      assert.deepEqual(again.errors, []);
      assert.equal(again.cached, 2);
      assert.deepEqual(
        again.analyses.map((a) => a.file),
        files.slice(0, 3),
      );
    });
  });
});

describe('AnalysisWorkerPool', () => {
  it('runs its workers nicer than the process when asked (Linux)', async function () {
    if (!script || process.platform !== 'linux') this.skip();
    /** The niceness of each thread of this process (field 19 of /proc/self/task/<id>/stat). */
    const niceness = () =>
      fs.readdirSync('/proc/self/task').map((t) => {
        const stat = fs.readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      });
    const own = niceness()[0];
    const pool = new AnalysisWorkerPool(script!, 1, { nice: 3 });
    try {
      await pool.analyze('Officials said 1,200 people had crossed.', 'a.txt');
      assert.ok(niceness().includes(Math.min(19, own + 3)), `threads at ${niceness().join(', ')}, the process at ${own}`);
    } finally {
      await pool.close();
    }
  });

  it('answers each article of a batch with its own analysis', async function () {
    if (!script) this.skip();
    const pool = new AnalysisWorkerPool(script!, 2);
    try {
      const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
      // Queued in one tick, so they travel in batches.
      const got = await Promise.all(texts.map((t, i) => pool.analyze(t, files[i])));
      got.forEach((a, i) => assert.deepEqual(a, analyzeText(texts[i], files[i])));
    } finally {
      await pool.close();
    }
  });
});
