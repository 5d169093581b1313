// `npm run bench`: how fast the engine is, against one plain compromise parse of the
// same text measured in the same run (so the ratio holds on any machine). compromise
// runs in a process of its own (benchCompromise.ts): run first in this one, it left
// its heap and its compiler queue to the engine's first pass over the corpus, which
// then took 1.89 s against 1.61 s (medians of 4 fresh processes each).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../src/core/analyze';
import { segmentArticle } from '../src/core/article/segment';
import { findClaims } from '../src/core/extract/claims';
import { recognizeEntities } from '../src/core/extract/entities';
import { extractNumbers } from '../src/core/extract/numbers';
import { extractQuotes } from '../src/core/extract/quotes';
import { MemoryAnalysisCache } from '../src/core/corpus/analysisCache';
import { analyzeCorpus } from '../src/core/corpus/analyzeCorpus';
import { linkCorpus } from '../src/core/corpus/linkCorpus';
import { linkClaims } from '../src/core/corpus/relatedClaims';
import { repoRoot } from './eval/types';
import { generateCorpus } from './generateCorpus';
import { median, time } from './timing';
import { ANALYSIS_V8_FLAGS, POOL_FLAG, wantsCorePool } from '../src/cli/v8Pool';
import { CODE_CACHE_ENV } from '../src/cli/codeCache';

/** Runs of the whole command line per way of starting it: this machine's speed varies by a third from minute to minute. */
const CLI_RUNS = 5;

/** compromise's timings, from benchCompromise.js in a process of its own (see the top of this file). */
function compromiseBaseline(article: string, dir?: string): { articleMedian: number; whole: number | null } {
  const args = [path.join(__dirname, 'benchCompromise.js'), article, ...(dir ? [dir] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as { articleMedian: number; whole: number | null };
}

async function main() {
  if (process.env.BENCH_ONLY === 'linking') return benchLinking();
  const root = repoRoot();
  const file = path.join(root, 'corpus', '004-live-russia-failing-to-punch-through.txt');
  const text = fs.readFileSync(file, 'utf8');
  const kb = Buffer.byteLength(text) / 1024;

  // Cold: the first analysis in this process pays for loading the model.
  const cold = time(() => analyzeText(text, file));
  const warm = median(Array.from({ length: 7 }, () => time(() => analyzeText(text, file))));
  const compromise = compromiseBaseline(file).articleMedian;
  console.log(`004 (${kb.toFixed(1)} KiB)`);
  console.log(`  analyze, first call (loads model) ${cold.toFixed(1)} ms`);
  console.log(`  analyze, median of 7              ${warm.toFixed(1)} ms`);
  console.log(`  compromise nlp(text), median of 5 ${compromise.toFixed(1)} ms (own process)`);
  console.log(`  ratio analyze / compromise        ${(warm / compromise).toFixed(3)} (target ≤ 0.333)`);
  const structure = segmentArticle(text);
  const entities = recognizeEntities(text, structure);
  const numbers = extractNumbers(text, structure);
  const quotes = extractQuotes(text, structure, entities);
  const stage = (name: string, fn: () => unknown) => console.log(`    ${name.padEnd(31)}${median(Array.from({ length: 7 }, () => time(fn))).toFixed(1)} ms`);
  console.log('  stages, median of 7:');
  stage('segment', () => segmentArticle(text));
  stage('entities', () => recognizeEntities(text, structure));
  stage('numbers', () => extractNumbers(text, structure));
  stage('quotes', () => extractQuotes(text, structure, entities));
  stage('claims', () => findClaims({ text, structure, numbers, entities, quotes, article: '004' }));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bench-'));
  try {
    const { files, bytes } = generateCorpus(path.join(root, 'corpus'), dir, { targetBytes: 1.2 * 1024 * 1024, seed: 7 });
    // MiB (1,048,576 bytes): the stricter reading of the target's "1 MB"; rates in MB/s of 10^6 bytes are 4.9% higher.
    const mb = bytes / 1048576;
    const cache = new MemoryAnalysisCache();
    let t = performance.now();
    const first = await analyzeCorpus(files, { cache });
    const coldCorpus = performance.now() - t;
    t = performance.now();
    await analyzeCorpus(files, { cache });
    const cachedCorpus = performance.now() - t;
    t = performance.now();
    await analyzeCorpus(files, { jobs: 0 });
    const oneThread = performance.now() - t;
    // The line above is one sample on a machine whose speed varies by half from minute
    // to minute; first passes in fresh processes give a median of several.
    // Fresh processes get the V8 pool the command line would choose for this corpus (src/cli/v8Pool.ts).
    const pool = wantsCorePool({ command: 'analyze', inputBytes: bytes, cores: os.availableParallelism(), env: process.env, execArgv: process.execArgv }) ? [POOL_FLAG, ...ANALYSIS_V8_FLAGS] : [];
    const fresh = (warm: 0 | 1) =>
      Array.from({ length: 3 }, () => (JSON.parse(execFileSync(process.execPath, [...pool, path.join(__dirname, 'benchCorpusPass.js'), dir, String(warm)], { encoding: 'utf8' })) as { ms: number }).ms);
    const warmRuns = fresh(1);
    const coldRuns = fresh(0);
    // The command line as a person runs it: Node's start, the launcher, JSON output to a pipe.
    // As installed, `corpus-annotator` is dist/cli.js run by its #! line, which starts Node
    // with the V8 pool flag; `node dist/cli.js` has to start a second Node for it. First
    // with no compiled code kept from earlier runs, then with the code cache a first run writes.
    const cli = path.join(root, 'dist', 'cli.js');
    const codeCache = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bench-code-'));
    const runCli = (how: 'bin' | 'node', env: NodeJS.ProcessEnv) => {
      const args = ['analyze', '--json', '--no-cache', dir];
      const [command, argv] = how === 'bin' && process.platform !== 'win32' ? [cli, args] : [process.execPath, [cli, ...args]];
      const t0 = performance.now();
      execFileSync(command, argv, { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ...env } });
      return performance.now() - t0;
    };
    const noCodeCache = { [CODE_CACHE_ENV]: '0' };
    const withCodeCache = { XDG_CACHE_HOME: codeCache };
    runCli('bin', withCodeCache); // writes the code cache
    const binRuns: number[] = [];
    const nodeRuns: number[] = [];
    const cliCachedRuns: number[] = [];
    // Alternated, so that a slow minute of this machine does not fall on one of them only
    // (run after the others, the code-cache runs once read 1.29 MiB/s against 1.12; alternated,
    // the cache saved 54 ms of 1,053).
    for (let i = 0; i < CLI_RUNS; i++) {
      binRuns.push(runCli('bin', noCodeCache));
      nodeRuns.push(runCli('node', noCodeCache));
      cliCachedRuns.push(runCli('bin', withCodeCache));
    }
    fs.rmSync(codeCache, { recursive: true, force: true });
    const compromiseAll = compromiseBaseline(file, dir).whole!;
    console.log(`\ngenerated corpus: ${files.length} articles, ${mb.toFixed(2)} MiB, ${first.errors.length} errors, ${os.availableParallelism()} cores`);
    // analyzeCorpus starts workers only beyond 4 MB of uncached text (see WORKER_THRESHOLD_BYTES),
    // so this first pass runs on this thread, as the command line does on a corpus this size.
    console.log(`  analyze, first pass, no cache     ${(coldCorpus / 1000).toFixed(2)} s = ${(mb / (coldCorpus / 1000)).toFixed(2)} MiB/s (target ≥ 1)`);
    const rates = (runs: number[]) => runs.map((ms) => (mb / (ms / 1000)).toFixed(2)).join(', ');
    console.log(`  first pass, fresh process after 004, median of 3  ${(mb / (median(warmRuns) / 1000)).toFixed(2)} MiB/s (${rates(warmRuns)})`);
    console.log(`  first pass, fresh process, cold${pool.length ? ` (${pool.join(' ')}, as the CLI)` : ''}, median of 3  ${(mb / (median(coldRuns) / 1000)).toFixed(2)} MiB/s (${rates(coldRuns)})`);
    console.log(`  command line end to end (corpus-annotator analyze --json --no-cache), median of ${CLI_RUNS}  ${(mb / (median(binRuns) / 1000)).toFixed(2)} MiB/s (${rates(binRuns)}) = ${((bytes / 1e6) / (median(binRuns) / 1000)).toFixed(2)} MB/s`);
    console.log(`    the same as node dist/cli.js (a second Node for the pool), median of ${CLI_RUNS}  ${(mb / (median(nodeRuns) / 1000)).toFixed(2)} MiB/s (${rates(nodeRuns)})`);
    console.log(`    the same with V8's code cache from an earlier run, median of ${CLI_RUNS}  ${(mb / (median(cliCachedRuns) / 1000)).toFixed(2)} MiB/s (${rates(cliCachedRuns)})`);
    console.log(`  analyze, one thread, no cache     ${(oneThread / 1000).toFixed(2)} s = ${(mb / (oneThread / 1000)).toFixed(2)} MiB/s`);
    console.log(`  analyze, all cached               ${(cachedCorpus / 1000).toFixed(2)} s = ${(mb / (cachedCorpus / 1000)).toFixed(1)} MiB/s`);
    console.log(`  compromise nlp(all text), once    ${(compromiseAll / 1000).toFixed(2)} s = ${(mb / (compromiseAll / 1000)).toFixed(2)} MiB/s (own process)`);
    console.log(`  ratio analyze (first pass) / compromise ${(coldCorpus / compromiseAll).toFixed(3)}`);
    // The machine's speed varies by a third from minute to minute; this ratio much less.
    console.log(`  ratio command line (median) / compromise ${(median(binRuns) / compromiseAll).toFixed(3)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await benchLinking();
}

/**
 * Linking claims (canonical names across articles, then related claims): on the bundled
 * corpus and on a generated one of 5,000 articles (goal: at most 10 s), each against the
 * analysis of the same articles measured in the same run.
 */
async function benchLinking() {
  const root = repoRoot();
  const corpusDir = path.join(root, 'corpus');
  const bundled = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpusDir, f));
  await linkingFigures('bundled corpus', bundled, 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bench-link-'));
  try {
    const { files, bytes } = generateCorpus(corpusDir, dir, { articles: 5000, seed: 11 });
    await linkingFigures(`generated corpus (${(bytes / 1048576).toFixed(1)} MiB)`, files, 10000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function linkingFigures(name: string, files: string[], goalMs: number) {
  let t = performance.now();
  const result = await analyzeCorpus(files, {});
  const whole = performance.now() - t;
  const claims = result.analyses.reduce((n, a) => n + a.claims.length, 0);
  const runs = 3;
  const times: number[] = [];
  const claimTimes: number[] = [];
  let groups = result.groups;
  let pairs = 0;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    groups = linkCorpus(result.analyses);
    times.push(performance.now() - t);
    pairs = 0;
    t = performance.now();
    linkClaims(result.analyses, { onPair: () => pairs++ });
    claimTimes.push(performance.now() - t);
  }
  const link = median(times);
  const largest = Math.max(0, ...groups.map((g) => g.points.length));
  const marked = groups.reduce((n, g) => n + g.disagreementCount + g.changeCount, 0);
  // analyzeCorpus's time includes one linkCorpus: the share is of that whole.
  console.log(`\nlinking, ${name}: ${files.length} articles, ${claims} claims, ${groups.length} groups (largest ${largest}), ${pairs} candidate pairs scored of ${((claims * (claims - 1)) / 2).toExponential(2)}, ${marked} ≠/Δ pairs`);
  console.log(`  analyse and link, no cache        ${(whole / 1000).toFixed(2)} s`);
  console.log(`  link (canonical names + claims), median of ${runs}  ${link.toFixed(0)} ms = ${((link / whole) * 100).toFixed(1)}% of the analysis${goalMs ? ` (goal ≤ ${goalMs / 1000} s)` : ''}`);
  console.log(`    of which related claims        ${median(claimTimes).toFixed(0)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
