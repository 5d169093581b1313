import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { type Annotation, Sidecar } from '../annotations/schema';
import { removeLeftoverTemps, SidecarStore } from '../annotations/sidecarStore';
import { causeOf, diskUnusable } from '../util/fsErrors';
import { readArticle } from '../corpus/readArticle';
import { FORMATS, formatNamed, type NotImported } from './formats';
import { importInto, locateSpans } from './importAnnotations';

export const IMPORT_FORMATS = Object.values(FORMATS)
  .filter((f) => f.import)
  .map((f) => f.name);

export interface ArticleImport {
  article: string;
  file?: string;
  imported: number;
  merged: number;
  skipped: { reason: string; text: string }[];
  /** The annotations to add (also in a dry run: an editor adds them itself, with undo). */
  added: Annotation[];
  /** Why nothing was written for this article, when nothing could be. */
  refused?: string;
  /** Refused because writing failed (a full disk, no permission), not because of what was imported. */
  failed?: boolean;
  /** What the file held for this article that the project cannot hold, by kind. */
  notImported: NotImported[];
}

/**
 * How much one import may add, unless the person says otherwise (`--max-per-file`,
 * `--max-per-article`, the settings `corpusAnnotator.import.*`). An import file
 * comes from another tool or another person: a million spans made a 495 MB sidecar
 * and took 3.3 GB to write, and every later read of that sidecar pays for it.
 */
export const IMPORT_LIMITS = { perFile: 100_000, perArticle: 10_000 };

export interface ImportLimits {
  /** Most annotations in one import, over all its articles; a larger import is refused whole. */
  perFile: number;
  /** Most annotations for one article; an article over it is refused, the others imported. */
  perArticle: number;
}

export interface ImportReport {
  format: string;
  /** Spans the file held, over all its documents. */
  held: number;
  articles: ArticleImport[];
  /** What the file held that the project cannot hold, by kind, over all its documents. */
  notImported: NotImported[];
  written: string[];
  /** Temporary files of an earlier, interrupted run that this one removed. */
  leftoversRemoved: string[];
}

/** The files of an import: one file, or the files of a folder and its subfolders (paths relative to it). */
export async function readImportFiles(p: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if ((await fsp.stat(p)).isFile()) {
    out.set(path.basename(p), await fsp.readFile(p, 'utf8'));
    return out;
  }
  const walk = async (dir: string, rel: string) => {
    for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(path.join(dir, e.name), `${rel}${e.name}/`);
      else if (e.isFile()) out.set(`${rel}${e.name}`, await fsp.readFile(path.join(dir, e.name), 'utf8'));
    }
  };
  await walk(p, '');
  return out;
}

/**
 * Imports another tool's annotations into the sidecars of `articles` (paths of the
 * corpus's .txt files). An imported document names its article by file name or, when
 * the tool kept no name, is matched by its exact text. With `dryRun` nothing is
 * written: the report says what would happen, so that the editor can ask first.
 */
export async function importCorpus(
  format: string,
  files: Map<string, string>,
  articles: string[],
  options: { annotator?: string; dryRun?: boolean; store?: SidecarStore; limits?: Partial<ImportLimits> } = {},
): Promise<ImportReport> {
  const f = formatNamed(format)?.format;
  if (!f?.import) throw new Error(`cannot import '${format}' (one of ${IMPORT_FORMATS.join(', ')})`);
  const texts = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const file of articles) {
    const r = await readArticle(file);
    if (!r.ok) continue;
    texts.set(path.basename(file), r.text);
    byName.set(path.basename(file), file);
  }
  const byText = new Map([...texts].map(([name, text]) => [text, name]));
  const store = options.store ?? new SidecarStore();
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const documents = f.import(files, texts);
  const total = documents.reduce((n, d) => n + d.annotations.length, 0);
  const report: ImportReport = { format: f.name, held: total, articles: [], notImported: mergeNotImported(documents.flatMap((d) => d.notImported ?? [])), written: [], leftoversRemoved: [] };
  if (total > limits.perFile) {
    throw new Error(`the import holds ${total.toLocaleString('en')} annotations, more than the ${limits.perFile.toLocaleString('en')} one import may add; nothing was imported (raise the limit with --max-per-file or the setting corpusAnnotator.import.maxAnnotationsPerFile if it is meant)`);
  }
  if (!options.dryRun) {
    // Temporary files of a run killed part-way (kill -9, a crash) go before this one writes.
    for (const folder of new Set(articles.map((a) => path.dirname(a)))) report.leftoversRemoved.push(...(await removeLeftoverTemps(folder)));
  }
  let stoppedBy: string | undefined;
  for (const imported of documents) {
    const name = byName.has(imported.article) ? imported.article : imported.sourceText !== undefined ? byText.get(imported.sourceText) : undefined;
    const file = name ? byName.get(name) : undefined;
    // A document with nothing to import and no article (the things a file held beside its annotations) is reported in the totals only.
    if (!file && imported.annotations.length === 0) continue;
    const entry: ArticleImport = { article: name ?? imported.article, file, imported: 0, merged: 0, skipped: [], added: [], notImported: imported.notImported ?? [] };
    report.articles.push(entry);
    if (!file || !name) {
      entry.refused = `no article named ${imported.article} or with the same text in the corpus (${imported.annotations.length} annotations not imported)`;
      continue;
    }
    if (stoppedBy) {
      Object.assign(entry, { refused: `the import stopped at ${stoppedBy}`, failed: true });
      continue;
    }
    if (imported.annotations.length > limits.perArticle) {
      entry.refused = `${imported.annotations.length.toLocaleString('en')} annotations for this article, more than the ${limits.perArticle.toLocaleString('en')} one import may add to one article; nothing written for it (--max-per-article, or the setting corpusAnnotator.import.maxAnnotationsPerArticle)`;
      continue;
    }
    // The search for the spans does not depend on the sidecar: done before its lock is taken.
    const located = await locateSpans(texts.get(name)!, imported);
    const apply = (current: Sidecar) => {
      const outcome = importInto(current, texts.get(name)!, located, options.annotator);
      Object.assign(entry, { imported: outcome.imported, merged: outcome.merged, skipped: outcome.skipped, added: outcome.added });
      // What is written must read back: the sidecar as a whole is checked before anything is saved.
      const valid = Sidecar.safeParse(outcome.sidecar);
      if (valid.success) return outcome;
      Object.assign(entry, { imported: 0, added: [], refused: `the sidecar would not be valid (${valid.error.issues[0].path.join('/')}: ${valid.error.issues[0].message}); nothing written` });
      return undefined;
    };
    try {
      if (options.dryRun) {
        const loaded = await store.load(file);
        if (loaded.state === 'invalid') entry.refused = `its sidecar is not valid (${loaded.problems[0]?.message}); nothing written`;
        else apply(loaded.sidecar);
        continue;
      }
      // What is already there is judged on the sidecar as it is under the lock, so
      // that two imports at once neither lose nor duplicate each other's spans.
      const saved = await store.update(file, (disk) => {
        const outcome = apply(disk.sidecar);
        return outcome && outcome.imported > 0 ? outcome.sidecar : undefined;
      });
      if (!saved.saved) entry.refused = `its sidecar is not valid (${saved.problems?.[0]?.message ?? saved.reason}); nothing written`;
      else if (saved.written) report.written.push(saved.file);
    } catch (e) {
      Object.assign(entry, { imported: 0, added: [], failed: true, refused: `nothing written: ${(e as Error).message}` });
      if (diskUnusable(e)) stoppedBy = `${path.basename(file)}: ${causeOf(e)}`;
    }
  }
  if (!options.dryRun) {
    // Leftovers whose lock looked held at the start were taken over and released since.
    for (const folder of new Set(articles.map((a) => path.dirname(a)))) report.leftoversRemoved.push(...(await removeLeftoverTemps(folder)));
  }
  return report;
}

/**
 * One line per article and per skipped span, as the CLI prints and the editor logs,
 * then the totals: which articles were imported and which were not, and why.
 */
export function formatImportReport(report: ImportReport, dryRun = false): string {
  const lines: string[] = [];
  const verb = dryRun ? 'would import' : 'imported';
  for (const t of report.leftoversRemoved) lines.push(`removed ${t}, left by an interrupted write`);
  for (const a of report.articles) {
    if (a.refused) lines.push(`not imported ${a.article}: ${a.refused}`);
    else lines.push(`${a.article}: ${a.imported} ${verb}${suggestedOf(a)}, ${a.merged} already there, ${a.skipped.length} skipped`);
    for (const s of a.skipped) lines.push(`    skipped${s.text ? ` “${s.text.slice(0, 50)}”` : ''}: ${s.reason}`);
  }
  const total = report.articles.reduce((n, a) => n + a.imported, 0);
  lines.push(`${total} annotations ${verb} from ${report.format} into ${report.articles.filter((a) => a.imported > 0).length} articles`);
  if (report.notImported.length) {
    const byKind = new Map<string, number>();
    for (const x of report.notImported) byKind.set(x.kind, (byKind.get(x.kind) ?? 0) + x.count);
    lines.push(`${[...byKind].map(([kind, n]) => countKind(n, kind)).join(', ')} not imported:`);
    for (const x of report.notImported) lines.push(`    ${countKind(x.count, x.kind)}: ${x.reason}`);
  }
  const skipped = report.articles.reduce((n, a) => n + a.skipped.length, 0);
  if (skipped) lines.push(`${countKind(skipped, 'span')} skipped (listed above)`);
  const refused = report.articles.filter((a) => a.refused);
  if (refused.length) lines.push(`${refused.length} of ${report.articles.length} articles ${dryRun ? 'would not be' : 'not'} imported: ${refused.map((a) => a.article).join(', ')}`);
  return lines.join('\n') + '\n';
}

/** The same kind and reason from several documents, counted once. */
function mergeNotImported(items: NotImported[]): NotImported[] {
  const merged = new Map<string, NotImported>();
  for (const x of items) {
    const key = `${x.kind}\u0000${x.reason}`;
    const m = merged.get(key) ?? { ...x, count: 0 };
    m.count += x.count;
    merged.set(key, m);
  }
  return [...merged.values()];
}

/** "1 relation", "12 relations", "3 cancelled annotations". */
function countKind(n: number, kind: string): string {
  if (n === 1) return `1 ${kind}`;
  // The noun is the last word, or the word before "of …"/"without …"/"on …".
  const m = /^(.*?)(\S+)((?: (?:of|without|on) .*)?)$/.exec(kind)!;
  return `${n} ${m[1]}${pluralOf(m[2])}${m[3]}`;
}

function pluralOf(word: string): string {
  return /(s|x|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

function suggestedOf(a: ArticleImport): string {
  const n = a.added.filter((x) => x.status === 'suggested').length;
  return n ? ` (${n} as suggestions for review)` : '';
}

/**
 * Why an import should fail, or undefined: the file held annotations and none
 * were imported (nor already there), or, with `strict`, anything was skipped or
 * not imported.
 */
export function importFailure(report: ImportReport, strict: boolean): string | undefined {
  const imported = report.articles.reduce((n, a) => n + a.imported + a.merged, 0);
  const notImported = report.notImported.reduce((n, x) => n + x.count, 0);
  if (imported === 0 && (report.held > 0 || notImported > 0)) return `the file held ${countKind(report.held + notImported, 'item')} and none was imported (listed above)`;
  if (report.held === 0 && notImported === 0) return 'the file held no annotations';
  if (strict) {
    const skipped = report.articles.reduce((n, a) => n + a.skipped.length + (a.refused ? 1 : 0), 0);
    if (skipped + notImported > 0) return `${countKind(skipped + notImported, 'item')} skipped or not imported (listed above); --strict makes that an error`;
  }
  return undefined;
}
