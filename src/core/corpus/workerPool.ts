import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../types';
import { scriptBeside } from '../util/paths';
import type { AnalysisWorkerData, WorkerJob, WorkerRequest, WorkerResponse } from './analysisWorker';

/** The worker script beside the running code: `analysis-worker.js` in a bundle, `analysisWorker.js` from tsc. */
export function findWorkerScript(dir = __dirname): string | undefined {
  return scriptBeside(dir, ['analysis-worker.js', 'analysisWorker.js']);
}

/**
 * A batch ends once it holds this much text: big enough that messages cost nothing
 * beside the analysis (about 20 ms of work), small enough that the workers finish
 * together at the end of a corpus.
 */
const BATCH_CHARS = 32 * 1024;
const BATCH_JOBS = 64;
/**
 * Batches sent to a worker before it answers: the next one is already waiting when
 * it finishes, so it never idles while this thread handles its results.
 */
const IN_FLIGHT = 2;

interface Job {
  req: WorkerJob;
  resolve: (a: ArticleAnalysis) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered, oldest first (a worker answers in order). */
  batches: Job[][];
}

/** A fixed set of analysis workers, fed batches of queued articles. */
export class AnalysisWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private pumpQueued = false;

  /**
   * `opts.nice`: the workers' threads run this much nicer than the process (Linux; elsewhere ignored), so
   * that the thread that feeds them (the editor's host) and the window answer first on a
   * busy machine. Measured by npm run bench:editor (hover round trips while indexing).
   */
  constructor(script: string, size: number, opts: { nice?: number } = {}) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(script, { workerData: { nice: opts.nice } satisfies AnalysisWorkerData }), batches: [] };
      slot.worker.on('message', (res: WorkerResponse) => this.settle(slot, res));
      slot.worker.on('error', (e) => this.failWorker(slot, e));
      this.slots.push(slot);
    }
  }

  /**
   * `sha`, when the caller has hashed `raw` already, spares the worker hashing it again.
   * `first` queues the article ahead of those waiting (the one a person is looking at).
   */
  analyze(raw: string, file: string, sha?: string, first = false): Promise<ArticleAnalysis> {
    return new Promise((resolve, reject) => {
      const job = { req: { id: this.nextId++, raw, file, sha }, resolve, reject };
      if (first) this.queue.unshift(job);
      else this.queue.push(job);
      // Articles queued in the same tick share batches: send once they are all in.
      if (!this.pumpQueued) {
        this.pumpQueued = true;
        queueMicrotask(() => {
          this.pumpQueued = false;
          this.pump();
        });
      }
    });
  }

  /** Workers running. */
  get size(): number {
    return this.slots.length;
  }

  /** Closes idle workers (none of their batches waiting) until at most `size` run; busy ones stay. */
  shrinkTo(size: number): void {
    for (let i = this.slots.length - 1; i >= 0 && this.slots.length > size; i--) {
      const slot = this.slots[i];
      if (slot.batches.length > 0) continue;
      this.slots.splice(i, 1);
      void slot.worker.terminate();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private pump() {
    while (this.queue.length > 0) {
      // The least busy worker; none when every one has IN_FLIGHT batches.
      let slot: Slot | undefined;
      for (const s of this.slots) if (s.batches.length < IN_FLIGHT && (!slot || s.batches.length < slot.batches.length)) slot = s;
      if (!slot) return;
      // Share what is queued fairly, so that one worker does not take it all.
      const fair = Math.ceil(this.queue.length / (this.slots.length * IN_FLIGHT));
      const batch: Job[] = [];
      let chars = 0;
      while (this.queue.length > 0 && batch.length < Math.min(fair, BATCH_JOBS) && chars < BATCH_CHARS) {
        const job = this.queue.shift()!;
        batch.push(job);
        chars += job.req.raw.length;
      }
      slot.batches.push(batch);
      slot.worker.postMessage({ jobs: batch.map((j) => j.req) } satisfies WorkerRequest);
    }
  }

  private settle(slot: Slot, res: WorkerResponse) {
    const batch = slot.batches.shift() ?? [];
    const byId = new Map(batch.map((j) => [j.req.id, j]));
    for (const r of res.results) {
      const job = byId.get(r.id);
      if (!job) continue;
      if ('error' in r) job.reject(new Error(r.error));
      else job.resolve(r.analysis);
    }
    this.pump();
  }

  /** A worker that failed is gone: its articles fail, the others go on; with none left, so does the queue. */
  private failWorker(slot: Slot, e: Error) {
    this.slots.splice(this.slots.indexOf(slot), 1);
    for (const batch of slot.batches.splice(0)) for (const job of batch) job.reject(e);
    if (this.slots.length === 0) for (const job of this.queue.splice(0)) job.reject(e);
  }
}
