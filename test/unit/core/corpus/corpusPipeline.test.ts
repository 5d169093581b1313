import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeText } from '../../../../src/core/analyze';
import { MemoryAnalysisCache } from '../../../../src/core/corpus/analysisCache';
import { CorpusAnalyzer } from '../../../../src/core/corpus/corpusAnalyzer';
import { CorpusPipeline } from '../../../../src/core/corpus/corpusPipeline';
import type { ReadResult } from '../../../../src/core/corpus/readArticle';
import { openFirst, type TextSource } from '../../../../src/core/corpus/textSource';
import { findWorkerScript } from '../../../../src/core/corpus/workerPool';

const script = findWorkerScript(path.dirname(require.resolve('../../../../src/core/corpus/corpusAnalyzer')));

/** Texts by name; a name missing is a file that cannot be read. */
function memorySource(texts: Record<string, string>): TextSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read: async (file): Promise<ReadResult> => {
      reads.push(file);
      return file in texts ? { ok: true, text: texts[file] } : { ok: false, error: 'no such file' };
    },
  };
}

const TEXTS = {
  'a.txt': 'Russia has massed 100,000 troops on the border.',
  'b.txt': 'Kyiv says Russia has amassed almost 300,000 troops.',
  'c.txt': 'Kyiv says Russia has amassed almost 500,000 troops.',
};

describe('CorpusPipeline', () => {
  it('reads every article through its text source, an open document before the disk', async () => {
    const disk = memorySource(TEXTS);
    const edited = 'Kyiv says Russia has amassed almost 350,000 troops.';
    const source = openFirst((f) => (f === 'b.txt' ? edited : undefined), disk);
    const pipeline = new CorpusPipeline(source, new CorpusAnalyzer({ jobs: 0 }));
    const r = await pipeline.update(Object.keys(TEXTS), { link: true });
    assert.deepEqual(r, { changed: ['a.txt', 'b.txt', 'c.txt'], failed: [], cached: 0 });
    assert.deepEqual(disk.reads.sort(), ['a.txt', 'c.txt'], 'the open one is not read from the disk');
    assert.equal(pipeline.index.get('b.txt')!.sha256, analyzeText(edited, 'b.txt').sha256);
    assert.deepEqual(await pipeline.read('b.txt'), { ok: true, text: edited }, 'annotations read the same text');
    await pipeline.close();
  });

  it('reports an article it cannot read and one whose analysis fails on that article, and links the others', async () => {
    const source = memorySource(TEXTS);
    const analyzer = new CorpusAnalyzer({
      jobs: 0,
      analyzeHere: (inputs) => inputs.map((i) => (i.file === 'b.txt' ? new Error('the engine broke') : analyzeText(i.raw, i.file))),
    });
    const pipeline = new CorpusPipeline(source, analyzer);
    const progress: string[] = [];
    const r = await pipeline.update(['a.txt', 'b.txt', 'c.txt', 'gone.txt'], { link: true, onEach: (f) => progress.push(f) });
    assert.deepEqual(r.failed, [
      { file: 'b.txt', error: 'analysis failed: the engine broke' },
      { file: 'gone.txt', error: 'no such file' },
    ]);
    assert.deepEqual(r.changed, ['a.txt', 'c.txt']);
    assert.deepEqual(progress.sort(), ['a.txt', 'b.txt', 'c.txt', 'gone.txt'], 'progress moves for every article');
    const [ca, cc] = [pipeline.index.get('a.txt')!.claims[0], pipeline.index.get('c.txt')!.claims[0]];
    assert.deepEqual(pipeline.index.groupOf(ca.id)?.points.map((p) => p.id).sort(), [ca.id, cc.id].sort(), 'the others are linked');
  });

  it('takes what the cache has and says which articles it had to analyse', async () => {
    const cache = new MemoryAnalysisCache();
    const first = new CorpusPipeline(memorySource(TEXTS), new CorpusAnalyzer({ jobs: 0 }), cache);
    const missed: string[] = [];
    await first.update(['a.txt', 'b.txt'], { onMiss: (f) => missed.push(f) });
    const again = new CorpusPipeline(memorySource(TEXTS), new CorpusAnalyzer({ jobs: 0 }), cache);
    const r = await again.update(['a.txt', 'b.txt', 'c.txt'], { onMiss: (f) => missed.push(f) });
    assert.equal(r.cached, 2);
    assert.deepEqual(missed.sort(), ['a.txt', 'b.txt', 'c.txt']);
    assert.deepEqual(again.index.get('a.txt'), first.index.get('a.txt'));
  });
});

describe('CorpusAnalyzer', () => {
  it('closes the workers it no longer wants once idle, keeping one for the next article', async function () {
    if (!script) this.skip();
    const analyzer = new CorpusAnalyzer({ jobs: 2, script });
    try {
      const [a] = await Promise.all([analyzer.analyze(TEXTS['a.txt'], 'a.txt'), analyzer.analyze(TEXTS['b.txt'], 'b.txt')]);
      assert.deepEqual(a, analyzeText(TEXTS['a.txt'], 'a.txt'), 'analysed on a worker as on this thread');
      assert.equal(analyzer.workerCount, 2);
      analyzer.jobs = 1;
      assert.equal(analyzer.workerCount, 1, 'the idle second worker is closed');
      assert.deepEqual(await analyzer.analyze(TEXTS['c.txt'], 'c.txt'), analyzeText(TEXTS['c.txt'], 'c.txt'));
      assert.equal(analyzer.workerCount, 1);
    } finally {
      await analyzer.close();
    }
    assert.equal(analyzer.workersRunning, false);
  });

  it('closes its workers once idle for idleMs, and starts them again for the next article', async function () {
    if (!script) this.skip();
    const analyzer = new CorpusAnalyzer({ jobs: 1, script, idleMs: 50 });
    try {
      await analyzer.analyze(TEXTS['a.txt'], 'a.txt');
      assert.equal(analyzer.workersRunning, true);
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(analyzer.workersRunning, false);
      await analyzer.analyze(TEXTS['b.txt'], 'b.txt');
      assert.equal(analyzer.workersRunning, true);
    } finally {
      await analyzer.close();
    }
  });

  it('analyses on the calling thread up to hereBytes, on workers beyond', async function () {
    if (!script) this.skip();
    const analyzer = new CorpusAnalyzer({ jobs: 1, script, hereBytes: TEXTS['a.txt'].length });
    try {
      await analyzer.analyze(TEXTS['a.txt'], 'a.txt');
      assert.equal(analyzer.workersRunning, false, 'the first article fits on this thread');
      await analyzer.analyze(TEXTS['b.txt'], 'b.txt');
      assert.equal(analyzer.workersRunning, true);
    } finally {
      await analyzer.close();
    }
  });
});
