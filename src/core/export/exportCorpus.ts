import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { SidecarStore } from '../annotations/sidecarStore';
import { breathe } from '../util/breathe';
import type { ArticleAnalysis } from '../types';
import { type ExportOptions, FORMATS, formatNamed, type OutputFile } from './formats';
import { exportArticle, type ExportArticle } from './items';
import { AnnotationSet, applySet, SetsFile } from './sets';

export { BUILTIN_SETS, loadSets } from './setsFile';

export interface ExportReport {
  files: OutputFile[];
  articles: number;
  annotations: number;
  orphanedLeftOut: number;
  invalidSidecars: string[];
  /** What the format's validator found wrong with the files; they should not be written when there is any. */
  problems: string[];
}

/**
 * Builds the export of a set of analysed articles in one format (files not yet
 * written) and validates it against the format. `onProgress` hears after each
 * article read, for large sets.
 */
export async function exportCorpus(
  analyses: ArticleAnalysis[],
  texts: Map<string, string>,
  format: string,
  set: AnnotationSet,
  onProgress?: (done: number, total: number) => void,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const f = formatNamed(format)?.format;
  if (!f) throw new Error(`unknown format '${format}' (one of ${Object.keys(FORMATS).join(', ')})`);
  const store = new SidecarStore();
  const items: ExportArticle[] = [];
  let orphanedLeftOut = 0;
  const invalidSidecars: string[] = [];
  for (const a of analyses) {
    await breathe();
    const loaded = await store.load(a.file);
    if (loaded.state === 'invalid') invalidSidecars.push(loaded.file);
    const sidecar = loaded.state === 'ok' ? loaded.sidecar : undefined;
    const includeUnreviewed = !set.statuses || set.statuses.includes('unreviewed');
    const { item, orphaned } = exportArticle(path.basename(a.file), texts.get(a.file) ?? '', a.sha256, a, sidecar, includeUnreviewed);
    orphanedLeftOut += orphaned;
    items.push(item);
    onProgress?.(items.length, analyses.length);
  }
  const selected = applySet(items, set);
  const files = f.export(selected, options);
  const problems = f.validate(new Map(files.map((x) => [x.path, x.content])), selected, options);
  return { files, articles: selected.length, annotations: selected.reduce((n, i) => n + i.annotations.length, 0), orphanedLeftOut, invalidSidecars, problems };
}
