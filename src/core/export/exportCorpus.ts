import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { SidecarStore } from '../annotations/sidecarStore';
import { breathe } from '../util/breathe';
import type { ArticleAnalysis } from '../types';
import { CURATOR } from './curation';
import { type ExportOptions, FORMATS, formatNamed, type OutputFile } from './formats';
import { exportArticle, type ExportArticle } from './items';
import { AnnotationSet, applySet, SetsFile } from './sets';

/** Sets every corpus has: everything but rejected findings, what a person made or accepted, what was rejected, and the merged set of a curation. */
export const BUILTIN_SETS: AnnotationSet[] = [
  { name: 'all', description: 'everything but rejected findings', statuses: ['manual', 'accepted', 'suggested', 'unreviewed'] },
  { name: 'reviewed', description: 'what a person made or accepted', statuses: ['manual', 'accepted'] },
  { name: 'rejected', description: 'findings a person rejected', statuses: ['rejected'] },
  { name: CURATOR, description: 'the merged set of a curation (Compare Annotators)', annotators: [CURATOR], statuses: ['accepted'] },
];

/** The sets defined in `annotation-sets.json` in a corpus folder, after the built-in ones. */
export async function loadSets(folder: string): Promise<{ sets: AnnotationSet[]; error?: string }> {
  const file = path.join(folder, 'annotation-sets.json');
  try {
    const parsed = SetsFile.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
    if (!parsed.success) return { sets: BUILTIN_SETS, error: `${file}: ${parsed.error.issues[0].path.join('/')}: ${parsed.error.issues[0].message}` };
    return { sets: [...BUILTIN_SETS, ...parsed.data.sets] };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { sets: BUILTIN_SETS };
    return { sets: BUILTIN_SETS, error: `${file}: ${(e as Error).message}` };
  }
}

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
