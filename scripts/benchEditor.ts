// npm run bench:editor [-- articles]: the editor at the size of a real corpus (issue 25).
// Writes the large corpus (generateLargeCorpus.ts, 2,000 articles by default) to /tmp,
// times the command line's `analyze` of it (cold and warm cache), then runs VS Code
// three times through the VS Code suite's code-server launcher with the benchmark's
// entry point (test/vscode/bench/index.ts) in place of the suite: on the large corpus
// with an empty cache, on it again with the cache the first run left, and on the 5
// bundled articles. Prints one table of figures (milliseconds unless said otherwise).
// CA_BENCH_EXTENSION=<folder> measures another build of the extension (e.g. an older
// commit's, built with esbuild into <folder>/dist) through the same harness.
// CA_BENCH_EDITOR_CACHE=<folder> keeps the editor runs' cache (see below).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './eval/types';
import { DEFAULT_LARGE_CORPUS, generateLargeCorpus } from './generateLargeCorpus';
import type { BenchFigures } from '../test/vscode/bench/index';

const ROWS: [keyof BenchFigures, string][] = [
  ['activationMs', 'activation'],
  ['openToHighlightsMs', 'article opened right after start → its highlights'],
  ['openToDocumentMs', '  → VS Code gave its document (openTextDocument)'],
  ['openToShownMs', '  → VS Code showed it (showTextDocument)'],
  ['openToFirstLookMs', '  → its first look (numbers, on the host)'],
  ['openToAnalysedMs', '  → its analysis'],
  ['openToReadableMs', '  → found readable (its link checked)'],
  ['firstLookFailure', '  why a first look failed'],
  ['seenWhenReadable', '  what the service gave once it was found readable'],
  ['hostLoopLagMs', '  longest hold of the host thread meanwhile'],
  ['hoverWhileIndexingMs', 'hover on a figure while indexing: first answer'],
  ['hoverWhileIndexingSlowestCallMs', '  slowest single hover call meanwhile'],
  ['hoverWhileIndexingSaid', '  the hover said'],
  ['providerWhileIndexingMs', '  the provider itself (no round trip): first answer'],
  ['providerWhileIndexingSlowestCallMs', '  the provider itself: slowest call'],
  ['indexedAfterOpenMs', 'open → whole corpus indexed'],
  ['hostLoopLagIndexingMs', '  longest hold of the host thread after the first answer'],
  ['hoverDuringIndexingSlowestCallMs', '  slowest hover call after the first answer'],
  ['windowTripDuringIndexingSlowestMs', '  slowest round trip to the window (no provider) meanwhile'],
  ['longestLinkStepMs', '  longest step of the corpus link'],
  ['longestChangeMs', '  longest run of the change listeners (views, counts)'],
  ['fullIndexMs', 'full index (service.lastIndexing)'],
  ['openIndexedToHighlightsMs', 'another article opened after indexing → highlights'],
  ['typingMs', 'typing 62 characters, one edit at a time'],
  ['typingToHighlightMs', 'typed 62 characters → the typed figure highlighted'],
  ['hoverAfterTypingMs', 'typed → hover on the typed figure answers'],
  ['hoverAfterTypingSlowestCallMs', '  slowest single hover call meanwhile'],
  ['workerRunningAtEdit', '  an analysis worker running when typing began'],
  ['reanalysedAfterEditMs', 'typed → re-analysed (after a 300 ms pause)'],
  ['relinkAfterEditMs', 'typed → re-analysed and relinked'],
  ['lastLinkMs', '  of which the last link'],
  ['lastLinkKind', '  what it linked (corpus / touched)'],
  ['showRelatedMs', 'Show Related Claims (largest group here)'],
  ['relatedGroupSize', '  claims in that group'],
  ['articles', 'articles'],
  ['claims', 'claims'],
  ['groups', 'related-claim groups'],
  ['hostRssMb', 'extension host RSS after indexing (MB)'],
  ['hostHeapMb', 'extension host JS heap used after indexing (MB)'],
  ['hostHeapMbAfterGc', '  once garbage collected (MB)'],
  ['hostRssMbAfterGc', '  and its RSS then (MB)'],
  ['hostRssMbAtEnd', 'extension host RSS at the end (MB)'],
  ['hostRssMbWorkerIdle', '  once the idle worker closed (MB)'],
];

async function main() {
  const root = repoRoot();
  const articles = Number(process.argv[2] ?? 2000);
  const large = articles === 2000 ? DEFAULT_LARGE_CORPUS : `${DEFAULT_LARGE_CORPUS.replace(/-2000$/, '')}-${articles}`;
  const have = fs.existsSync(large) ? fs.readdirSync(large).filter((f) => f.endsWith('.txt')).length : 0;
  if (have !== articles) {
    const { bytes } = generateLargeCorpus(large, articles);
    log(`wrote ${articles} articles (${(bytes / 1048576).toFixed(1)} MiB) to ${large}`);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bench-editor-'));
  try {
    const cli = (cache: string) => {
      const t = Date.now();
      const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'analyze', '--json', large], {
        env: { ...process.env, XDG_CACHE_HOME: cache },
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 28,
      });
      if (r.status !== 0) log(`cli analyze exited ${r.status}: ${String(r.stderr).slice(-500)}`);
      return Date.now() - t;
    };
    // CA_BENCH_CLI=0 leaves the command line out (it takes minutes on a loaded machine).
    const withCli = process.env.CA_BENCH_CLI !== '0';
    const cliCache = path.join(scratch, 'cli-cache');
    const cliCold = withCli ? cli(cliCache) : null;
    const cliWarm = withCli ? cli(cliCache) : null;
    log(`cli analyze: cold ${cliCold} ms, warm ${cliWarm} ms`);

    // CA_BENCH_RUNS=cold,small leaves runs out (a build without the disk cache has no warm run).
    const runs = (process.env.CA_BENCH_RUNS ?? 'cold,warm,small').split(',');
    // CA_BENCH_EDITOR_CACHE=<folder> keeps the editor's cache there, so that a later run of warm alone (CA_BENCH_RUNS=warm) starts warm.
    const editorCache = process.env.CA_BENCH_EDITOR_CACHE ?? path.join(scratch, 'editor-cache');
    const skip = Promise.resolve({} as BenchFigures);
    const coldLarge = await (runs.includes('cold') ? editorRun(root, large, editorCache, path.join(scratch, 'cold.json')) : skip);
    const warmLarge = await (runs.includes('warm') ? editorRun(root, large, editorCache, path.join(scratch, 'warm.json')) : skip);
    const small = await (runs.includes('small') ? editorRun(root, path.join(root, 'corpus'), path.join(scratch, 'small-cache'), path.join(scratch, 'small.json')) : skip);

    const cols = [`${articles} cold cache`, `${articles} warm cache`, '5 articles'];
    const width = Math.max(...ROWS.map(([, l]) => l.length));
    const out = (s: string) => process.stdout.write(s + '\n');
    out('');
    out(`${''.padEnd(width)}  ${cols.map((c) => c.padStart(18)).join('')}`);
    for (const [key, label] of ROWS) {
      out(`${label.padEnd(width)}  ${[coldLarge, warmLarge, small].map((f) => show(f[key]).padStart(18)).join('')}`);
    }
    out(`${'CLI analyze of the same corpus'.padEnd(width)}  ${show(cliCold).padStart(18)}${show(cliWarm).padStart(18)}`);
    out(`\n(${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown cpu'}; "—" = not reached within 120 s or not applicable)`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function show(v: number | string | null | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'number' ? String(Math.round(v)) : v.length > 40 ? v.slice(0, 39) + '…' : v;
}

function editorRun(root: string, corpus: string, cacheHome: string, outFile: string): Promise<BenchFigures> {
  log(`VS Code on ${corpus} (cache ${fs.existsSync(cacheHome) ? 'warm' : 'cold'})…`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'out/test/vscode/runCodeServer.js')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        CA_VSCODE_TESTS: 'out/test/vscode/bench/index.js',
        CA_VSCODE_CORPUS: corpus,
        CA_VSCODE_CACHE_HOME: cacheHome,
        CA_VSCODE_TIMEOUT_MS: '600000',
        ...(process.env.CA_BENCH_EXTENSION ? { CA_VSCODE_EXTENSION: process.env.CA_BENCH_EXTENSION } : {}),
        CA_BENCH_OUT: outFile,
      },
    });
    let tail = '';
    const keep = (d: Buffer) => (tail = (tail + d.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('exit', (code) => {
      if (code !== 0) log(`the VS Code run exited ${code}:\n${tail}`);
      resolve(fs.existsSync(outFile) ? (JSON.parse(fs.readFileSync(outFile, 'utf8')) as BenchFigures) : {});
    });
  });
}

function log(s: string) {
  process.stderr.write(s + '\n');
}

void main();
