import { parseArgs } from 'node:util';
import { collectArticles } from '../core/corpus/collectArticles';
import { formatNamed } from '../core/export/formats';
import { formatImportReport, IMPORT_FORMATS, importCorpus, importFailure, readImportFiles, type ImportLimits } from '../core/export/importCorpus';
import { stripControls } from '../core/text/untrusted';
import { describeFailure } from './failure';

const USAGE = `usage: corpus-annotator import --from ${IMPORT_FORMATS.join('|')} <file or folder> [--into corpus/] [--annotator NAME] [--dry-run] [--allow-partial] [--strict] [--max-per-file N] [--max-per-article N]`;

/**
 * `corpus-annotator import --from FORMAT <path> [--into corpus/] [--annotator NAME] [--dry-run] [--allow-partial] [--max-per-file N] [--max-per-article N]`.
 * Exits 1 when anything asked for was left out (an article not in the corpus or with
 * an invalid sidecar or over the limit, a span that does not fit or is not valid),
 * unless --allow-partial; always when a sidecar could not be written, when the file
 * held annotations and none was imported, or when it is not the format named; and
 * with --strict when anything at all was skipped or not imported (relations, events,
 * cancelled annotations … that the project cannot hold).
 */
export async function importCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        into: { type: 'string' },
        annotator: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'allow-partial': { type: 'boolean' },
        strict: { type: 'boolean' },
        'max-per-file': { type: 'string' },
        'max-per-article': { type: 'string' },
      },
    });
  } catch (e) {
    process.stderr.write(`corpus-annotator import: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const named = values.from ? formatNamed(values.from) : undefined;
  if (!named?.format.import || positionals.length !== 1) {
    process.stderr.write(`corpus-annotator import: ${USAGE}\n`);
    return 2;
  }
  if (named.warning) process.stderr.write(`warning: ${named.warning}\n`);
  const dryRun = values['dry-run'] ?? false;
  const limits: Partial<ImportLimits> = {};
  for (const [flag, key] of [['max-per-file', 'perFile'], ['max-per-article', 'perArticle']] as const) {
    const given = values[flag];
    if (given === undefined) continue;
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write(stripControls(`corpus-annotator import: --${flag} takes a whole number above 0, not '${given}'\n`));
      return 2;
    }
    limits[key] = n;
  }
  try {
    const files = await readImportFiles(positionals[0]);
    const { files: articles, errors } = await collectArticles([values.into ?? 'corpus']);
    for (const e of errors) process.stderr.write(stripControls(`error: ${e.path}: ${e.error}\n`));
    const report = await importCorpus(named.format.name, files, articles, { annotator: values.annotator, dryRun, limits });
    process.stdout.write(stripControls(formatImportReport(report, dryRun)));
    const failed = report.articles.filter((a) => a.failed);
    const leftOut = report.articles.filter((a) => a.refused && !a.failed).length + report.articles.reduce((n, a) => n + a.skipped.length, 0);
    if (failed.length) {
      const imported = report.articles.filter((a) => a.imported > 0).length;
      process.stderr.write(stripControls(`corpus-annotator import: ${failed[0].refused}; ${imported} articles imported, ${failed.length} not (listed above)\n`));
      return 1;
    }
    const failure = importFailure(report, !!values.strict);
    if (failure) {
      process.stderr.write(stripControls(`corpus-annotator import: ${failure}\n`));
      return 1;
    }
    if (leftOut > 0 && !values['allow-partial']) {
      process.stderr.write(`corpus-annotator import: ${leftOut} articles or spans were left out (listed above); --allow-partial accepts that\n`);
      return 1;
    }
    return errors.length > 0 ? 1 : 0;
  } catch (e) {
    process.stderr.write(stripControls(`corpus-annotator import: ${describeFailure(e)}\n`));
    return 1;
  }
}
