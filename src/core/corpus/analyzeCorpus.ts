import * as os from 'node:os';
import { analyzeBatch, articleName, sha256, type ArticleInput } from '../analyze';
import { mergeCanonicalNames } from '../extract/entities';
import type { ArticleAnalysis, ClaimGroup } from '../types';
import { linkClaimsInSteps } from './relatedClaims';
import { runSteps } from '../util/runSteps';
import { CACHE_READS, type AnalysisCache } from './analysisCache';
import { readArticleSync } from './readArticle';
import { applyLink, linkKey, storeLink, type LinkCache } from './linkCache';
import { localNames, renameInArticle } from './localNames';
import { limited } from '../util/limited';
import { AnalysisWorkerPool, findWorkerScript } from './workerPool';

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
 * Articles analysed on this thread go through the engine in batches of about this
 * much text, stage by stage (see analyzeBatch). From a cold start, over the 1.2 MiB
 * generated corpus, batches of 24 to 128 KB ran the command line alike (1.03–1.08 s,
 * against 1.19 s one article at a time). A batch is also how often progress moves.
 */
const HERE_BATCH_CHARS = 64 * 1024;

interface Task {
  index: number;
  raw: string;
  sha: string;
}

/**
 * Reads and analyses a list of articles (order kept), reusing cached analyses by
 * content hash, then runs the corpus-wide steps (canonical names across articles).
 * A file that cannot be read is reported in `errors`; the others are still analysed.
 * Articles are read one after another on this thread (asynchronous reads of many small
 * files cost more in callbacks than they overlap), then analysed here for the first
 * WORKER_THRESHOLD_BYTES of uncached text, in batches of HERE_BATCH_CHARS, and on
 * workers beyond that. Cache lookups (on disk, asynchronous) overlap. Results do not
 * depend on the order articles are analysed in.
 */
export async function analyzeCorpus(files: string[], opts: AnalyzeCorpusOptions = {}): Promise<CorpusResult> {
  const errors: CorpusResult['errors'] = [];
  const slots: (ArticleAnalysis | undefined)[] = new Array(files.length);
  let cached = 0;
  let done = 0;
  const tick = (file: string) => opts.onProgress?.({ done: ++done, total: files.length, file });

  // A few cache entries read at once, not the whole corpus's (see CACHE_READS).
  const cacheRead = limited(CACHE_READS);
  const analysed: Promise<void>[] = [];
  let analysedHere = 0;
  let pool: AnalysisWorkerPool | undefined;
  const workers = opts.jobs ?? os.availableParallelism();
  const script = workers > 0 ? findWorkerScript() : undefined;
  const startPool = () => {
    pool = new AnalysisWorkerPool(script!, Math.min(workers, files.length));
  };
  /** Keeps an article's analysis and caches it, or reports why there is none; either way progress moves. */
  const settle = async (t: Task, got: ArticleAnalysis | Error) => {
    try {
      if (got instanceof Error) throw got;
      slots[t.index] = got;
      const { file: _omit, ...rest } = got;
      await opts.cache?.set(t.sha, rest);
    } catch (e) {
      errors.push({ file: files[t.index], error: `analysis failed: ${(e as Error).message}` });
    }
    tick(files[t.index]);
  };
  const runOnPool = async (t: Task) => settle(t, await pool!.analyze(t.raw, files[t.index], t.sha).catch((e: unknown) => e as Error));
  // Articles for this thread wait in `batch` until it holds HERE_BATCH_CHARS.
  let batch: Task[] = [];
  let batchChars = 0;
  const runBatchHere = async () => {
    const tasks = batch;
    batch = [];
    batchChars = 0;
    const results = (opts.analyzeHere ?? analyzeBatch)(tasks.map((t) => ({ raw: t.raw, file: files[t.index], sha: t.sha })));
    await Promise.all(tasks.map((t, i) => settle(t, results[i])));
  };
  // An explicit --jobs starts the workers at once; by default only a large corpus does.
  if (script && opts.jobs !== undefined) startPool();

  try {
    await Promise.all(
      files.map(async (file, index) => {
        const read = readArticleSync(file);
        if (!read.ok) {
          errors.push({ file, error: read.error });
          tick(file);
          return;
        }
        const sha = sha256(read.text);
        const hit = opts.cache && (await cacheRead(() => opts.cache!.get(sha)));
        if (hit) {
          slots[index] = withFile(hit, file);
          cached++;
          tick(file);
          return;
        }
        const t: Task = { index, raw: read.text, sha };
        if (!pool && script && analysedHere + t.raw.length > WORKER_THRESHOLD_BYTES) startPool();
        if (pool) {
          analysed.push(runOnPool(t));
          return;
        }
        analysedHere += t.raw.length;
        batch.push(t);
        batchChars += t.raw.length;
        if (batchChars >= HERE_BATCH_CHARS) analysed.push(runBatchHere());
      }),
    );
    if (batch.length > 0) analysed.push(runBatchHere());
    await Promise.all(analysed);
  } finally {
    await pool?.close();
  }

  const analyses = slots.filter((a): a is ArticleAnalysis => a !== undefined);
  const groups = await linkCached(analyses, opts.linkCache);
  errors.sort((a, b) => a.file.localeCompare(b.file));
  return { analyses, errors, cached, groups };
}

/** linkCorpus, or the link kept in `cache` for these very analyses (and kept there when there is none). */
async function linkCached(analyses: ArticleAnalysis[], cache: LinkCache | undefined): Promise<ClaimGroup[]> {
  if (!cache) return linkCorpus(analyses);
  const stored = await cache.get(linkKey(analyses)).catch(() => undefined);
  const applied = stored && applyLink(analyses, stored);
  if (applied) return applied;
  const own = analyses.map(localNames);
  const groups = linkCorpus(analyses);
  const link = storeLink(analyses, own, groups);
  if (link) await cache.set(link).catch(() => undefined);
  return groups;
}

/**
 * The corpus-wide steps, run after every article is analysed (they are cheap, so
 * they run again whenever any article changes): one canonical name per entity
 * across articles, carried into quote speakers and claim sources, then claim links.
 */
export function linkCorpus(analyses: ArticleAnalysis[]): ClaimGroup[] {
  return runSteps(linkCorpusInSteps(analyses));
}

/** linkCorpus with pauses between its stages (see linkClaimsInSteps); run to its end, it is linkCorpus. */
export function* linkCorpusInSteps(analyses: ArticleAnalysis[]): Generator<void, ClaimGroup[]> {
  const before = analyses.map((a) => a.entities.map((e) => e.canonical));
  yield;
  mergeCanonicalNames(analyses.map((a) => a.entities));
  yield;
  for (const [i, a] of analyses.entries()) {
    if (i % 200 === 199) yield;
    const renamed = new Map<string, string>();
    a.entities.forEach((e, k) => {
      if (e.canonical !== before[i][k]) renamed.set(before[i][k], e.canonical);
    });
    renameInArticle(a, renamed);
  }
  yield;
  return yield* linkClaimsInSteps(analyses);
}

/** A cached analysis under this file's name: claim ids start with the article name. */
export function withFile(hit: Omit<ArticleAnalysis, 'file'>, file: string): ArticleAnalysis {
  const name = articleName(file);
  // Cached under this name (the usual case), its claims are taken as they are: 112,000 copies fewer on a warm start of 2,000 articles.
  if (hit.claims.every((c) => c.id.startsWith(name) && c.id[name.length] === '#')) return { ...hit, file };
  const claims = hit.claims.map((c) => ({ ...c, id: name + c.id.slice(c.id.indexOf('#')) }));
  return { ...hit, file, claims };
}
