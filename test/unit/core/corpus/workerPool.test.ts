import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisWorkerPool, findWorkerScript } from '../../../../src/core/corpus/workerPool';
import type { ArticleAnalysis } from '../../../../src/core/types';

/**
 * A stand-in for the analysis worker: answers each job with the files of its batch, fails
 * the articles whose text starts with `fail`, and dies on an article `crash`.
 */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ jobs }) => {
  if (jobs.some((j) => j.raw === 'crash')) throw new Error('the worker died');
  const batch = jobs.map((j) => j.file);
  parentPort.postMessage({
    results: jobs.map((j) => (j.raw.startsWith('fail') ? { id: j.id, error: 'broke on ' + j.file } : { id: j.id, analysis: { file: j.file, sha256: j.sha ?? null, batch, raw: j.raw } })),
  });
});
`;

interface FakeAnalysis {
  file: string;
  sha256: string | null;
  batch: string[];
  raw: string;
}

describe('AnalysisWorkerPool (with a stand-in worker)', () => {
  let dir: string;
  let script: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-pool-'));
    script = path.join(dir, 'fakeWorker.js');
    fs.writeFileSync(script, FAKE_WORKER);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const settled = (ps: Promise<ArticleAnalysis>[]) => Promise.allSettled(ps) as Promise<PromiseSettledResult<ArticleAnalysis & FakeAnalysis>[]>;

  it('answers each article with its own analysis and passes on the hash already computed', async () => {
    const pool = new AnalysisWorkerPool(script, 2);
    try {
      const files = Array.from({ length: 10 }, (_, i) => `a${i}.txt`);
      const got = (await Promise.all(files.map((f, i) => pool.analyze(`text ${i}`, f, i === 3 ? 'abc' : undefined)))) as (ArticleAnalysis & FakeAnalysis)[];
      assert.deepEqual(
        got.map((a) => [a.file, a.raw]),
        files.map((f, i) => [f, `text ${i}`]),
      );
      assert.equal(got[3].sha256, 'abc');
      assert.equal(got[4].sha256, null);
    } finally {
      await pool.close();
    }
  });

  it('fails only the article whose analysis failed, not the rest of its batch', async () => {
    const pool = new AnalysisWorkerPool(script, 1);
    try {
      const results = await settled(['one', 'fail two', 'three'].map((t, i) => pool.analyze(t, `f${i}.txt`)));
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      const failed = results[1] as PromiseRejectedResult;
      assert.equal((failed.reason as Error).message, 'broke on f1.txt');
      const first = results[0] as PromiseFulfilledResult<FakeAnalysis>;
      assert.ok(first.value.batch.includes('f1.txt'), 'the failing article travelled in the same batch');
    } finally {
      await pool.close();
    }
  });

  it('sends the articles queued in one tick in batches, and shares them among the workers', async () => {
    const pool = new AnalysisWorkerPool(script, 2);
    try {
      const got = (await Promise.all(Array.from({ length: 16 }, (_, i) => pool.analyze('short', `s${i}.txt`)))) as (ArticleAnalysis & FakeAnalysis)[];
      const batches = new Set(got.map((a) => a.batch.join(',')));
      assert.ok(batches.size < 16, 'fewer messages than articles');
      assert.ok(batches.size >= 4, 'each worker gets more than one batch: the queue is shared out');
      // Every article is in exactly one batch.
      assert.deepEqual([...batches].flatMap((b) => b.split(',')).sort(), got.map((a) => a.file).sort());
    } finally {
      await pool.close();
    }
  });

  it('ends a batch once it holds 32 KiB of text', async () => {
    const pool = new AnalysisWorkerPool(script, 1);
    try {
      const big = 'x'.repeat(20 * 1024);
      const got = (await Promise.all(Array.from({ length: 6 }, (_, i) => pool.analyze(big, `b${i}.txt`)))) as (ArticleAnalysis & FakeAnalysis)[];
      assert.ok(
        got.every((a) => a.batch.length <= 2),
        got.map((a) => a.batch.length).join(' '),
      );
    } finally {
      await pool.close();
    }
  });

  it('fails the articles of a worker that died, while another worker analyses the rest', async () => {
    const pool = new AnalysisWorkerPool(script, 2);
    try {
      const texts = ['crash', ...Array.from({ length: 7 }, (_, i) => `ok ${i}`)];
      const results = await settled(texts.map((t, i) => pool.analyze(t, `c${i}.txt`)));
      assert.equal(results[0].status, 'rejected');
      assert.equal(((results[0] as PromiseRejectedResult).reason as Error).message, 'the worker died');
      const done = results.filter((r) => r.status === 'fulfilled');
      assert.ok(done.length >= 1, 'the other worker went on');
      // A later article still reaches the worker that is left.
      const later = (await pool.analyze('later', 'later.txt')) as ArticleAnalysis & FakeAnalysis;
      assert.equal(later.file, 'later.txt');
    } finally {
      await pool.close();
    }
  });

  it('fails every queued article once no worker is left, rather than leaving it waiting', async () => {
    const pool = new AnalysisWorkerPool(script, 1);
    try {
      const texts = ['crash', ...Array.from({ length: 20 }, (_, i) => `ok ${i}`)];
      const results = await settled(texts.map((t, i) => pool.analyze(t, `q${i}.txt`)));
      const rejected = results.filter((r) => r.status === 'rejected');
      assert.equal(rejected.length, texts.length, 'the queue behind the dead worker fails too');
      assert.ok(rejected.every((r) => ((r as PromiseRejectedResult).reason as Error).message === 'the worker died'));
    } finally {
      await pool.close();
    }
  });

  it('puts an article asked for first ahead of those already waiting (the one a person opened)', async () => {
    const pool = new AnalysisWorkerPool(script, 1);
    try {
      const answered: string[] = [];
      const track = (p: Promise<ArticleAnalysis>) => p.then((a) => void answered.push(a.file));
      // 300 articles of 1 KB wait; the pump has sent the first batches before the opened one comes.
      const waiting = Array.from({ length: 300 }, (_, i) => track(pool.analyze('x'.repeat(1024), `w${i}.txt`)));
      await new Promise((r) => setTimeout(r, 0));
      const opened = track(pool.analyze('opened', 'opened.txt', undefined, true));
      const later = track(pool.analyze('later', 'later.txt'));
      await Promise.all([...waiting, opened, later]);
      const at = answered.indexOf('opened.txt');
      assert.ok(at < 100, `answered after ${at} of the 300 that were waiting (at most the batches already sent)`);
      assert.equal(answered.at(-1), 'later.txt', 'one not asked for first still waits its turn');
    } finally {
      await pool.close();
    }
  });

  it('finds the worker script by its bundled name first, else by its compiled name', () => {
    const d = fs.mkdtempSync(path.join(dir, 'scripts-'));
    assert.equal(findWorkerScript(d), undefined);
    fs.writeFileSync(path.join(d, 'analysisWorker.js'), '');
    assert.equal(findWorkerScript(d), path.join(d, 'analysisWorker.js'));
    fs.writeFileSync(path.join(d, 'analysis-worker.js'), '');
    assert.equal(findWorkerScript(d), path.join(d, 'analysis-worker.js'));
  });
});
