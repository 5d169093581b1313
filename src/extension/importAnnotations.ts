import * as vscode from 'vscode';
import { formatNamed } from '../core/export/formats';
import { formatImportReport, IMPORT_FORMATS, IMPORT_LIMITS, importCorpus, readImportFiles, type ImportReport } from '../core/export/importCorpus';
import { SECTION } from './configuration';
import type { AnnotationService } from './annotations/annotationService';
import type { CorpusService } from './corpusService';
import { output } from './output';
import { countOf } from '../core/util/countOf';
import { plain } from './untrustedText';
import { allowWrite } from './trust';

export const IMPORT_ANNOTATIONS = 'corpusAnnotator.importAnnotations';

const FOLDER_FORMATS = new Set(['brat']);
const FORMAT_INFO: Record<string, string> = {
  brat: 'a folder of .ann files (with their .txt)',
  w3c: 'a W3C Web Annotation .jsonld or .json file (an annotation, a page, a collection or a list)',
  'webanno-tsv': 'a WebAnno TSV 3 .tsv file (INCEpTION, WebAnno)',
  'label-studio': 'a Label Studio JSON or JSON-MIN export',
  doccano: 'a doccano sequence-labelling .jsonl',
  jsonl: 'a corpus-annotator JSON Lines export',
};

export interface ImportArgs {
  format?: string;
  /** The file or folder to import. */
  from?: string;
  /** Import without the confirmation (the dry run is still made and logged). */
  confirm?: boolean;
}

/**
 * "Import Annotations…": another tool's file into the corpus's sidecars. A dry run
 * comes first and its report is shown for confirmation; then its annotations are
 * added through the annotation service (undo, atomic merged writes, open editors
 * updated). Nothing in a sidecar is overwritten.
 */
export function registerImportAnnotations(service: CorpusService, annotations: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand(IMPORT_ANNOTATIONS, (args?: ImportArgs) => importAnnotations(service, annotations, args ?? {}));
}

async function importAnnotations(service: CorpusService, annotations: AnnotationService, args: ImportArgs): Promise<ImportReport | undefined> {
  if (!allowWrite('importing annotations', vscode.workspace, vscode.window)) return undefined;
  const asked = args.format ?? (await vscode.window.showQuickPick(IMPORT_FORMATS.map((f) => ({ label: f, detail: FORMAT_INFO[f] })), { title: 'Import Annotations (1/2)', placeHolder: 'From which tool’s format?' }))?.label;
  if (!asked) return undefined;
  const named = formatNamed(asked);
  if (named?.warning) output().warn(named.warning);
  const format = named?.format.name ?? asked;
  if (!IMPORT_FORMATS.includes(format)) {
    void vscode.window.showErrorMessage(plain`Corpus Annotator: cannot import "${format}" (formats: ${IMPORT_FORMATS.join(', ')}).`);
    return undefined;
  }
  const from =
    args.from ??
    (
      await vscode.window.showOpenDialog({
        title: `Import Annotations (2/2): ${FORMAT_INFO[format]}`,
        canSelectFiles: !FOLDER_FORMATS.has(format),
        canSelectFolders: FOLDER_FORMATS.has(format),
        canSelectMany: false,
        openLabel: 'Import',
        ...(FOLDER_FORMATS.has(format) ? {} : { filters: { [format]: format === 'w3c' ? ['jsonld', 'json'] : format === 'label-studio' ? ['json'] : format === 'webanno-tsv' ? ['tsv'] : ['jsonl', 'json'] } }),
      })
    )?.[0]?.fsPath;
  if (!from) return undefined;
  await service.ready();
  // Unsaved annotation changes go to disk first, so the import merges with them.
  await annotations.flush();
  const articles = service.index.files.map((f) => vscode.Uri.parse(f).fsPath);
  const annotator = vscode.workspace.getConfiguration(SECTION).get<string>('annotator', '') || undefined;
  try {
    const files = await readImportFiles(from);
    const settings = vscode.workspace.getConfiguration(SECTION);
    const limit = (key: string, fallback: number) => {
      const v = settings.get<unknown>(key);
      return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback;
    };
    const limits = { perFile: limit('import.maxAnnotationsPerFile', IMPORT_LIMITS.perFile), perArticle: limit('import.maxAnnotationsPerArticle', IMPORT_LIMITS.perArticle) };
    const preview = await importCorpus(format, files, articles, { dryRun: true, annotator, limits });
    output().info(`import preview from ${from}:\n${formatImportReport(preview, true)}`);
    const count = preview.articles.reduce((n, a) => n + a.imported, 0);
    const skipped = preview.articles.reduce((n, a) => n + a.skipped.length, 0);
    const refused = preview.articles.filter((a) => a.refused).length;
    const already = preview.articles.reduce((n, a) => n + a.merged, 0);
    const detail = `${already} already there, ${skipped} skipped${refused ? `, ${refused} documents refused (not matched, over the limit, or not writable)` : ''}. Nothing already annotated is changed; the report is in the Corpus Annotator output.`;
    if (count === 0) {
      const show = await vscode.window.showWarningMessage(plain`Nothing new to import from ${vscode.workspace.asRelativePath(from)}: ` + detail, 'Show Report');
      if (show) output().show();
      return preview;
    }
    if (!args.confirm) {
      const articlesTouched = preview.articles.filter((a) => a.imported > 0).length;
      const ok = await vscode.window.showInformationMessage(`Import ${countOf(count, 'annotation')} into ${countOf(articlesTouched, 'article')}?`, { modal: true, detail }, 'Import', 'Show Report');
      if (ok === 'Show Report') output().show();
      if (ok !== 'Import') return undefined;
    }
    // Through the annotation service, article by article, so that Undo Annotation Change
    // takes an import back like any other change, and open editors update at once.
    let written = 0;
    let imported = 0;
    for (const a of preview.articles) {
      if (a.refused || !a.file || a.added.length === 0) continue;
      if (!(await annotations.mutate(vscode.Uri.file(a.file), (list) => [...list, ...a.added]))) continue;
      written++;
      imported += a.added.length;
    }
    await annotations.flush();
    output().info(`imported from ${from}:\n${formatImportReport(preview)}`);
    void vscode.window
      .showInformationMessage(`Imported ${countOf(imported, 'annotation')} into ${countOf(written, 'article')}. Undo Annotation Change (Ctrl+Alt+Z) in an article takes its import back.`, 'Show Report')
      .then((c) => c && output().show());
    return preview;
  } catch (e) {
    void vscode.window.showErrorMessage(plain`Corpus Annotator: could not import ${vscode.workspace.asRelativePath(from)}: ${(e as Error).message}`);
    return undefined;
  }
}
