import { parseArgs } from 'node:util';
import type { analyzeCorpus } from '../core/corpus/analyzeCorpus';
import { collectArticles } from '../core/corpus/collectArticles';
import { readArticle } from '../core/corpus/readArticle';
import { FORMATS, formatNamed } from '../core/export/formats';
import { exportCorpus, loadSets } from '../core/export/exportCorpus';
import { ExportRefused, ExportWouldMix, writeExport } from '../core/export/writeExport';
import { ProgressLine } from './progressLine';
import { countOf } from '../core/util/countOf';
import { stripControls } from '../core/text/untrusted';
import { describeFailure, writeSkipped } from './failure';

/**
 * `corpus-annotator export --format F [--set NAME] --out DIR [--allow-partial] [--force] [--no-docstart] [folders…]`:
 * when an input, article or sidecar would be left out it writes nothing and exits 1,
 * unless --allow-partial. main.ts
 * passes its own `analyzeCorpus`, so that this bundle (cli-annotations.js) does not
 * carry, and `export` does not load, a second copy of the engine.
 */
export async function exportCommand(args: string[], analyze: typeof analyzeCorpus): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, set: { type: 'string' }, out: { type: 'string' }, 'allow-partial': { type: 'boolean' }, force: { type: 'boolean' }, 'no-docstart': { type: 'boolean' } } });
  } catch (e) {
    process.stderr.write(`corpus-annotator export: ${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const named = values.format ? formatNamed(values.format) : undefined;
  if (!values.format || !named) {
    process.stderr.write(`corpus-annotator export: --format is one of ${Object.keys(FORMATS).join(', ')}\n`);
    return 2;
  }
  if (named.warning) process.stderr.write(`warning: ${named.warning}\n`);
  if (values['no-docstart'] && named.format.name !== 'conll') {
    process.stderr.write('corpus-annotator export: --no-docstart is for --format conll\n');
    return 2;
  }
  if (!values.out) {
    process.stderr.write('corpus-annotator export: --out DIR names the folder to write to\n');
    return 2;
  }
  const folders = positionals.length ? positionals : ['corpus'];
  const { sets, error } = await loadSets(folders[0]);
  if (error) process.stderr.write(stripControls(`warning: annotation sets: ${error}; using the built-in sets\n`));
  const set = sets.find((s) => s.name === (values.set ?? 'all'));
  if (!set) {
    process.stderr.write(stripControls(`corpus-annotator export: no set '${values.set}' (sets: ${sets.map((s) => s.name).join(', ')})\n`));
    return 2;
  }
  const { files, errors, skipped } = await collectArticles(folders);
  for (const e of errors) process.stderr.write(stripControls(`error: ${e.path}: ${e.error}\n`));
  const skippedFiles = writeSkipped(skipped);
  const progress = new ProgressLine(process.stderr);
  const result = await analyze(files, { onProgress: (p) => progress.update(p) });
  progress.done();
  for (const e of result.errors) process.stderr.write(stripControls(`error: ${e.file}: ${e.error}\n`));
  const texts = new Map<string, string>();
  for (const a of result.analyses) {
    const r = await readArticle(a.file);
    if (r.ok) texts.set(a.file, r.text);
  }
  const report = await exportCorpus(result.analyses, texts, named.format.name, set, undefined, { docstart: !values['no-docstart'] });
  if (report.problems.length) {
    for (const p of report.problems.slice(0, 20)) process.stderr.write(stripControls(`invalid ${values.format}: ${p}\n`));
    process.stderr.write(`corpus-annotator export: the ${values.format} export did not validate (${report.problems.length} problems); nothing written\n`);
    return 1;
  }
  // An export is one thing another tool reads whole: one with a part missing is
  // written only when asked for, and the previous export stays as it was.
  const partial = !!values['allow-partial'];
  for (const s of report.invalidSidecars) process.stderr.write(stripControls(`${partial ? 'warning' : 'error'}: ${s} is not valid and its annotations were left out (corpus-annotator check shows why)\n`));
  const leftOut = report.invalidSidecars.length + skippedFiles + errors.length + result.errors.length;
  if (leftOut > 0 && !partial) {
    process.stderr.write(`corpus-annotator export: ${leftOut} of the inputs, articles or sidecars asked for would be left out (listed above); nothing written. --allow-partial writes the rest\n`);
    return 1;
  }
  try {
    // Atomic, and never through a link: below the working folder no folder on the way may be one either (a cloned repository's `exports → ~`).
    const written = await writeExport(values.out, report.files, process.cwd(), { force: !!values.force });
    if (written.removed.length) process.stderr.write(stripControls(`${countOf(written.removed.length, 'file')} of the previous export into ${values.out} removed (the new export has no such files)\n`));
  } catch (e) {
    process.stderr.write(stripControls(`corpus-annotator export: ${e instanceof ExportRefused ? e.message : describeFailure(e)}${e instanceof ExportWouldMix ? ' (--force does)' : ''}\n`));
    return 1;
  }
  process.stdout.write(
    stripControls(`exported set '${set.name}' as ${values.format}: ${report.annotations} annotations in ${report.articles} articles → ${countOf(report.files.length, 'file')} in ${values.out}` +
      (report.orphanedLeftOut ? ` (${report.orphanedLeftOut} orphaned annotations left out)` : '') +
      '\n'),
  );
  return 0;
}
