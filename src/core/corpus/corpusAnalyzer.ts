import { analyzeBatch, type ArticleInput } from '../analyze';
import type { ArticleAnalysis } from '../types';
import { AnalysisWorkerPool, findWorkerScript } from './workerPool';

/**
 * Articles analysed on the calling thread go through the engine in batches of about
 * this much text, stage by stage (see analyzeBatch). From a cold start, over the 1.2 MiB
 * generated corpus, batches of 24 to 128 KB ran the command line alike (1.03–1.08 s,
 * against 1.19 s one article at a time).
 */
const HERE_BATCH_CHARS = 64 * 1024;

export interface CorpusAnalyzerOptions {
  /** Worker threads at most; 0 analyses every article on the calling thread. */
  jobs: number;
  /**
   * Uncached text analysed on the calling thread before workers start (the command line:
   * starting workers costs more than it saves on a small corpus). 0, the default, sends
   * every article to the workers: the editor's host thread answers hovers instead.
   */
  hereBytes?: number;
  /** The worker script; by default the one beside this code. Without one, everything runs on the calling thread. */
  script?: string;
  /** How much nicer than the process the workers run (see AnalysisWorkerPool). */
  nice?: number;
  /** Workers are closed once they have had nothing to do for this long (the editor: they hold 90–140 MB each); by default kept until close(). */
  idleMs?: number;
  /** How articles are analysed on this thread (analyzeBatch); tests give one that fails for some articles. */
  analyzeHere?: (inputs: readonly ArticleInput[]) => (ArticleAnalysis | Error)[];
}

interface HereTask {
  input: ArticleInput;
  resolve: (a: ArticleAnalysis) => void;
  reject: (e: Error) => void;
}

/**
 * Where articles are analysed, for the command line and the editor alike: on the calling
 * thread for the first `hereBytes` of text, in batches, then on a pool of up to `jobs`
 * worker threads, started when first needed and (with `idleMs`) closed when idle.
 * Results do not depend on where an article was analysed.
 */
export class CorpusAnalyzer {
  private wanted: number;
  private readonly script: string | undefined;
  private pool: AnalysisWorkerPool | undefined;
  private hereChars = 0;
  private batch: HereTask[] = [];
  private batchChars = 0;
  private flushQueued = false;
  private busy = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly opts: CorpusAnalyzerOptions) {
    this.wanted = opts.jobs;
    this.script = opts.jobs > 0 ? (opts.script ?? findWorkerScript()) : undefined;
  }

  /** Workers the next pool starts with (the editor: every core for its first index, one after). */
  get jobs(): number {
    return this.wanted;
  }
  /**
   * A running pool larger than this closes its surplus workers once idle, or at once when
   * it is; the others stay for the next article (a worker started afresh took 1.0–1.5 s
   * longer to re-analyse an edit on a loaded machine).
   */
  set jobs(n: number) {
    this.wanted = n;
    if (this.busy === 0) this.pool?.shrinkTo(Math.max(1, n));
  }

  /** True while worker threads are running (they are closed when idle, with idleMs). */
  get workersRunning(): boolean {
    return this.pool !== undefined;
  }

  /** How many worker threads are running. */
  get workerCount(): number {
    return this.pool?.size ?? 0;
  }

  /**
   * Analyses one article. `first` puts it ahead of those waiting (the one a person is
   * looking at); `sha`, when the caller has hashed `raw`, spares hashing it again.
   */
  analyze(raw: string, file: string, opts: { first?: boolean; sha?: string } = {}): Promise<ArticleAnalysis> {
    this.busy++;
    clearTimeout(this.idleTimer);
    const here = !this.pool && (!this.script || this.jobs === 0 || this.hereChars + raw.length <= (this.opts.hereBytes ?? 0));
    const done = here ? this.analyzeHere({ raw, file, sha: opts.sha }) : this.workers().analyze(raw, file, opts.sha, opts.first);
    return done.finally(() => this.settled());
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    await this.closePool();
  }

  private workers(): AnalysisWorkerPool {
    if (!this.pool) {
      this.pool = new AnalysisWorkerPool(this.script!, Math.max(1, this.jobs), { nice: this.opts.nice });
    }
    return this.pool;
  }

  private analyzeHere(input: ArticleInput): Promise<ArticleAnalysis> {
    this.hereChars += input.raw.length;
    return new Promise((resolve, reject) => {
      this.batch.push({ input, resolve, reject });
      this.batchChars += input.raw.length;
      // A full batch runs now; what is left runs once the articles asked for in this turn are in.
      if (this.batchChars >= HERE_BATCH_CHARS) this.runBatch();
      else if (!this.flushQueued) {
        this.flushQueued = true;
        setImmediate(() => {
          this.flushQueued = false;
          this.runBatch();
        });
      }
    });
  }

  private runBatch() {
    const tasks = this.batch;
    this.batch = [];
    this.batchChars = 0;
    if (tasks.length === 0) return;
    let results: (ArticleAnalysis | Error)[];
    try {
      results = (this.opts.analyzeHere ?? analyzeBatch)(tasks.map((t) => t.input));
    } catch (e) {
      results = tasks.map(() => (e instanceof Error ? e : new Error(String(e))));
    }
    tasks.forEach((t, i) => {
      const r = results[i];
      if (r instanceof Error) t.reject(r);
      else t.resolve(r);
    });
  }

  private settled() {
    if (--this.busy > 0 || this.closed || !this.pool) return;
    this.pool.shrinkTo(Math.max(1, this.jobs));
    if (this.opts.idleMs !== undefined) this.idleTimer = setTimeout(() => void this.closePool(), this.opts.idleMs);
  }

  private async closePool() {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}
