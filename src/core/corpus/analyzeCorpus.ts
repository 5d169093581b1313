import * as os from 'node:os';
import type { ArticleInput } from '../analyze';
import type { ArticleAnalysis, ClaimGroup } from '../types';
import type { AnalysisCache } from './analysisCache';
import type { LinkCache } from './linkCache';
import { CorpusAnalyzer } from './corpusAnalyzer';
import { CorpusPipeline } from './corpusPipeline';
import { diskTexts } from './textSource';

export interface CorpusProgress {
  done: number;
  total: number;
  file: string;
}

export interface AnalyzeCorpusOptions {
  cache?: AnalysisCache;
  /** Where the corpus's link is kept: an unchanged corpus is not linked again. */
  linkCache?: LinkCache;
  /** Worker threads; 0 analyses on the calling thread. Default: one per core when the work is large. */
  jobs?: number;
  onProgress?: (p: CorpusProgress) => void;
  /** How articles are analysed on this thread (analyzeBatch); tests give one that fails for some articles. */
  analyzeHere?: (inputs: readonly ArticleInput[]) => (ArticleAnalysis | Error)[];
}

export interface CorpusResult {
  analyses: ArticleAnalysis[];
  errors: { file: string; error: string }[];
  /** How many articles came from the cache rather than being analysed. */
  cached: number;
  /** Related-claim groups across the corpus. */
  groups: ClaimGroup[];
}

/**
 * The first this-much of uncached text is analysed on the calling thread: starting
 * workers costs more than it saves below it, as each one compiles the engine again
 * (V8's optimising compiler, on the same two cores) before it runs at full speed.
 * Measured on 2 cores over the 1.2 MiB generated corpus, fresh processes: one thread
 * 1.53–1.67 s; two workers 1.85–1.92 s; this thread and one worker sharing the queue
 * 1.80–1.82 s, and 1.27–1.40 s against 1.04–1.14 s alone when this thread was already warm.
 * Warm, two threads do scale (a pass over that corpus took 0.81 s alone and 0.95 s
 * each with two side by side), which is what a corpus of several megabytes gains.
 * The cost is the optimising compiler: a cold pass over that corpus spends 0.8–1.2 s
 * of CPU in TurboFan (about 190 functions; `--trace-opt`), as much again for each
 * isolate, and that already fills the second core. Two processes analysing half of it
 * each side by side took 1.85–2.31 s, one process all of it 1.72–2.09 s.
 */
const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/**
 * Reads and analyses a list of articles (order kept) through the corpus pipeline the
 * editor uses too (CorpusPipeline: the disk as text source, the shared content-hash
 * cache), then links them as a corpus (canonical names across articles, claim links).
 * A file that cannot be read or analysed is reported in `errors`; the others are still
 * analysed and linked. Results do not depend on the order articles are analysed in.
 */
export async function analyzeCorpus(files: string[], opts: AnalyzeCorpusOptions = {}): Promise<CorpusResult> {
  const unique = [...new Set(files)];
  const jobs = Math.min(opts.jobs ?? os.availableParallelism(), unique.length);
  // An explicit --jobs starts the workers at once; by default only a large corpus does.
  const analyzer = new CorpusAnalyzer({ jobs, hereBytes: opts.jobs !== undefined ? 0 : WORKER_THRESHOLD_BYTES, analyzeHere: opts.analyzeHere });
  const pipeline = new CorpusPipeline(diskTexts, analyzer, opts.cache, { linkCache: opts.linkCache });
  let done = 0;
  const onEach = (file: string) => opts.onProgress?.({ done: ++done, total: unique.length, file });
  let update;
  try {
    update = await pipeline.update(unique, { onEach });
  } finally {
    await pipeline.close();
  }
  await pipeline.index.relinkOrStored();
  const analyses = unique.map((f) => pipeline.index.get(f)).filter((a): a is ArticleAnalysis => a !== undefined);
  return { analyses, errors: update.failed, cached: update.cached, groups: pipeline.index.groups };
}

