import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { writeAtomic } from '../core/util/atomicWrite';
import { loadSets } from '../core/export/exportCorpus';
import { AnnotationSet, SetsFile } from '../core/export/sets';
import type { ClaimFilter } from './claimsView';
import { SECTION } from './configuration';
import type { CorpusService } from './corpusService';
import { plain } from './untrustedText';

/** The folder that holds the corpus's articles (their common parent), where `annotation-sets.json` lives. */
export function corpusFolder(service: CorpusService): string | undefined {
  const dirs = service.index.files.map((f) => path.dirname(vscode.Uri.parse(f).fsPath));
  if (dirs.length === 0) {
    const ws = vscode.workspace.workspaceFolders?.[0];
    return ws ? path.join(ws.uri.fsPath, 'corpus') : undefined;
  }
  return dirs.reduce((common, d) => {
    while (!(d + path.sep).startsWith(common + path.sep)) common = path.dirname(common);
    return common;
  });
}

/** The built-in sets, then `annotation-sets.json` beside the corpus, then the setting `corpusAnnotator.annotationSets`. */
export async function availableSets(service: CorpusService): Promise<AnnotationSet[]> {
  const folder = corpusFolder(service);
  const { sets, error } = folder ? await loadSets(folder) : { sets: [] as AnnotationSet[], error: undefined };
  if (error) void vscode.window.showWarningMessage(plain`Corpus Annotator: annotation sets: ${error}. The built-in sets still work.`);
  const fromSettings = SetsFile.shape.sets.safeParse(vscode.workspace.getConfiguration(SECTION).get('annotationSets', []));
  if (!fromSettings.success) void vscode.window.showWarningMessage(plain`Corpus Annotator: the setting annotationSets is not valid: ${fromSettings.error.issues[0].message}`);
  const all = [...sets, ...(fromSettings.success ? fromSettings.data : [])];
  // A later definition of a name replaces an earlier one, so a workspace can redefine "reviewed".
  return [...new Map(all.map((s) => [s.name, s])).values()];
}

/** What a set selects, in a few words, for pickers. */
export function describeSet(s: AnnotationSet): string {
  const parts = [
    s.labels && `labels ${s.labels.join(', ')}`,
    s.statuses && s.statuses.join(', '),
    s.topics && `topics ${s.topics.join(', ')}`,
    s.verdicts && `verdicts ${s.verdicts.join(', ')}`,
    s.entities && `about ${s.entities.join(', ')}`,
    s.articles && `articles ${s.articles.join(', ')}`,
    s.annotators && `by ${s.annotators.join(', ')}`,
  ].filter(Boolean);
  const filters = parts.length ? parts.join(' · ') : 'everything';
  return s.description ? `${s.description} (${filters})` : filters;
}

/** The set that selects the claims a Claims-view filter shows. */
export function setFromClaimFilter(name: string, f: ClaimFilter): AnnotationSet {
  const base = { name, labels: ['claim'] };
  if (f.by === 'topic') return { ...base, topics: [f.value] };
  if (f.by === 'entity') return { ...base, entities: [f.value] };
  return { ...base, articles: [path.basename(vscode.Uri.parse(f.value).fsPath)] };
}

/**
 * Adds (or, after asking, replaces) a set in `annotation-sets.json`, keeping the
 * other sets and refusing to touch a file that is not valid.
 */
export async function saveSet(folder: string, set: AnnotationSet): Promise<boolean> {
  const file = path.join(folder, 'annotation-sets.json');
  let current: { sets: AnnotationSet[] } = { sets: [] };
  try {
    const parsed = SetsFile.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
    if (!parsed.success) {
      void vscode.window.showErrorMessage(plain`Corpus Annotator: ${file} is not valid (${parsed.error.issues[0].message}); fix it before saving a set.`);
      return false;
    }
    current = parsed.data;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      void vscode.window.showErrorMessage(plain`Corpus Annotator: cannot read ${file}: ${(e as Error).message}`);
      return false;
    }
  }
  if (current.sets.some((s) => s.name === set.name)) {
    const ok = await vscode.window.showWarningMessage(plain`A set named "${set.name}" exists in annotation-sets.json. Replace it?`, { modal: true }, 'Replace');
    if (ok !== 'Replace') return false;
  }
  const sets = [...current.sets.filter((s) => s.name !== set.name), set];
  // Atomic, and a link in its place is replaced, never written through.
  await writeAtomic(file, JSON.stringify({ sets }, null, 2) + '\n');
  return true;
}
