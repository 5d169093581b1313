// npm run mutate [-- folder…] [--concurrency N] [--ignore-static] [--force] [--no-checker] [--own-tests | --tests globs] [--summary]: mutation testing of src/core, one folder at a time
// (annotations, export, corpus, extract by default), each with its own incremental
// file and HTML report under reports/mutation/<folder>/. Prints one line per folder.
// Survivors listed in test/mutation/accepted-survivors.json (equivalent mutants, each
// with its reason; matched by file, mutator, original text, replacement and the text of
// the line, so that they survive edits elsewhere) are counted apart; the others are
// written to survivors.txt.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const FOLDERS = ['annotations', 'export', 'corpus', 'extract'];
const ACCEPTED_FILE = path.join(ROOT, 'test/mutation/accepted-survivors.json');
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

// Stryker's mocha runner (9.x, the last for Node 20) needs this to load mocha 12;
// NODE_OPTIONS carries it into the test runner processes Stryker starts.
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(path.join(__dirname, 'mutation/mocha12-compat.cjs'))}`].filter(Boolean).join(' ');
require('./mutation/mocha12-compat.cjs');

/** The source text a mutant replaced: with the mutator and the replacement, what identifies it across edits. */
function originalText(source, loc) {
  const lines = source.split('\n');
  const from = lines.slice(0, loc.start.line - 1).reduce((n, l) => n + l.length + 1, 0) + loc.start.column - 1;
  const to = lines.slice(0, loc.end.line - 1).reduce((n, l) => n + l.length + 1, 0) + loc.end.column - 1;
  return source.slice(from, to);
}

/** The trimmed source line a mutant starts on: tells apart the same change made on two lines. */
function lineText(source, loc) {
  return source.split('\n')[loc.start.line - 1].trim();
}

function sameMutant(a, m) {
  return a.file === m.file && a.mutator === m.mutator && a.original === m.original && a.replacement === m.replacement && a.line === m.lineText;
}

function summarize(folder, name, report, accepted, seconds) {
  const counts = {};
  const open = [];
  let acceptedCount = 0;
  const matched = new Set();
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    for (const mu of mutants) {
      counts[mu.status] = (counts[mu.status] ?? 0) + 1;
      if (!UNDETECTED.has(mu.status)) continue;
      const m = { file: path.relative(ROOT, path.resolve(ROOT, file)).split(path.sep).join('/'), mutator: mu.mutatorName, original: originalText(source, mu.location), replacement: mu.replacement ?? '', lineText: lineText(source, mu.location) };
      const a = accepted.find((x) => sameMutant(x, m));
      if (a) {
        acceptedCount++;
        matched.add(a);
      } else open.push({ ...m, line: mu.location.start.line, status: mu.status });
    }
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  const score = (100 * detected) / Math.max(1, detected + undetected);
  const withoutEquivalents = (100 * detected) / Math.max(1, detected + undetected - acceptedCount);
  const dir = path.join(ROOT, 'reports/mutation', name);
  fs.writeFileSync(
    path.join(dir, 'survivors.txt'),
    open.map((m) => `${m.file}:${m.line} ${m.status} ${m.mutator}: ${JSON.stringify(m.original)} → ${JSON.stringify(m.replacement)}`).join('\n') + '\n',
  );
  const stale = accepted.filter((a) => (a.file === `src/core/${folder}` || a.file.startsWith(`src/core/${folder}/`)) && !matched.has(a));
  const minutes = `${Math.floor(seconds / 60)}m ${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return (
    `mutation src/core/${folder}: ${score.toFixed(1)} % (${withoutEquivalents.toFixed(1)} % without ${acceptedCount} accepted equivalent) — ` +
      `${counts.Killed ?? 0} killed, ${counts.Timeout ?? 0} timed out, ${counts.Survived ?? 0} survived, ${counts.NoCoverage ?? 0} not covered, ` +
      `${(counts.CompileError ?? 0) + (counts.RuntimeError ?? 0)} invalid, ${counts.Ignored ?? 0} ignored; ${open.length} open in reports/mutation/${name}/survivors.txt; ${minutes}` +
    (stale.length ? `; ${stale.length} accepted survivors no longer found` : '')
  );
}

async function main() {
  // A part of a folder (extract/claims, extract/numbers/dates.ts) runs alone, reported under its own name.
  // --concurrency N and --ignore-static pass on to Stryker (static mutants rerun every test: half the time).
  const args = process.argv.slice(2);
  const flag = (name) => args.indexOf(name);
  const options = {};
  if (flag('--concurrency') >= 0) options.concurrency = Number(args.splice(flag('--concurrency'), 2)[1]);
  if (flag('--ignore-static') >= 0) options.ignoreStatic = Boolean(args.splice(flag('--ignore-static'), 1));
  // --force: every mutant again. Incremental runs keep a static mutant's Survived even when a new test
  // kills it (it has no per-test coverage, so Stryker sees no new test covering it).
  if (flag('--force') >= 0) options.force = Boolean(args.splice(flag('--force'), 1));
  // --no-checker: no TypeScript check of each mutant (the checker takes most of the CPU of a run); a
  // mutant that would not compile then runs, and counts as killed or surviving by what the tests do.
  if (flag('--no-checker') >= 0) options.checkers = Boolean(args.splice(flag('--no-checker'), 1)) && [];
  // --own-tests: only the tests that mirror the folder (test/unit/core/<folder>/) run. On a busy
  // machine the dry run of every core test takes over 8 minutes; the folder's own take under one.
  // A mutant that only another folder's tests kill counts as surviving: the score is a lower bound.
  const ownTests = flag('--own-tests') >= 0 && Boolean(args.splice(flag('--own-tests'), 1));
  // --tests 'a/**/*.test.js,b.test.js': only these tests (under out/test/unit/core/) run, for a part of a folder.
  const tests = flag('--tests') >= 0 ? args.splice(flag('--tests'), 2)[1].split(',').map((t) => `out/test/unit/core/${t}`) : undefined;
  // --summary: the one-line summaries of the last reports, without running anything (after editing the accepted list).
  const summaryOnly = flag('--summary') >= 0 && Boolean(args.splice(flag('--summary'), 1));
  const folders = args.length ? args.map((f) => f.replace(/\/+$/, '')) : FOLDERS;
  for (const f of folders) if (!FOLDERS.includes(f.split('/')[0])) throw new Error(`unknown folder ${f}: one of ${FOLDERS.join(', ')}, or a part of one`);
  const accepted = JSON.parse(fs.readFileSync(ACCEPTED_FILE, 'utf8')).survivors;
  const { Stryker } = await import('@stryker-mutator/core');
  const lines = [];
  for (const folder of folders) {
    const name = folder.replace(/[/.]/g, '-');
    const dir = path.join('reports/mutation', name);
    fs.mkdirSync(path.join(ROOT, dir), { recursive: true });
    const started = Date.now();
    if (!summaryOnly)
      await new Stryker({
        ...options,
        mutate: [folder.endsWith('.ts') ? `src/core/${folder}` : `src/core/${folder}/**/*.ts`],
        ...(tests || ownTests ? { mochaOptions: { 'no-config': true, spec: tests ?? [`out/test/unit/core/${folder.split('/')[0]}/**/*.test.js`] } } : {}),
        incrementalFile: path.join(dir, 'incremental.json'),
        // A sandbox folder per folder of src/core, so that two folders can run side by side.
        tempDirName: `.stryker-tmp/${name}`,
        htmlReporter: { fileName: path.join(dir, 'index.html') },
        jsonReporter: { fileName: path.join(dir, 'mutation.json') },
      }).runMutationTest();
    const report = JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'mutation.json'), 'utf8'));
    lines.push(summarize(folder, name, report, accepted, (Date.now() - started) / 1000));
    console.log(lines[lines.length - 1]);
  }
  if (folders.length > 1) console.log(`\n${lines.join('\n')}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
