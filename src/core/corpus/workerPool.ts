import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../types';
import type { WorkerRequest, WorkerResponse } from './analysisWorker';

/** The worker script beside the running code: `analysis-worker.js` in a bundle, `analysisWorker.js` from tsc. */
export function findWorkerScript(dir = __dirname): string | undefined {
  for (const name of ['analysis-worker.js', 'analysisWorker.js']) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/** A fixed set of analysis workers; each job goes to the first idle one. */
export class AnalysisWorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { req: WorkerRequest; resolve: (a: ArticleAnalysis) => void; reject: (e: Error) => void }[] = [];
  private readonly pending = new Map<number, { resolve: (a: ArticleAnalysis) => void; reject: (e: Error) => void; worker: Worker }>();
  private nextId = 1;

  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.on('message', (res: WorkerResponse) => this.settle(w, res));
      w.on('error', (e) => this.failWorker(w, e));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  analyze(raw: string, file: string): Promise<ArticleAnalysis> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, raw, file }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump() {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.pending.set(job.req.id, { resolve: job.resolve, reject: job.reject, worker: w });
      w.postMessage(job.req);
    }
  }

  private settle(w: Worker, res: WorkerResponse) {
    const p = this.pending.get(res.id);
    this.pending.delete(res.id);
    this.idle.push(w);
    if (p) {
      if ('error' in res) p.reject(new Error(res.error));
      else p.resolve(res.analysis);
    }
    this.pump();
  }

  private failWorker(w: Worker, e: Error) {
    for (const [id, p] of this.pending) {
      if (p.worker === w) {
        this.pending.delete(id);
        p.reject(e);
      }
    }
  }
}
