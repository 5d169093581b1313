import * as path from 'node:path';
import * as vscode from 'vscode';
import { exportCorpus } from '../core/export/exportCorpus';
import { FORMATS, formatNamed } from '../core/export/formats';
import { EXPORT_MARKER } from '../core/export/exportMarker';
import { ExportRefused, ExportWouldMix, planExport, writeExport } from '../core/export/writeExport';
import type { AnnotationSet } from '../core/export/sets';
import type { ArticleAnalysis } from '../core/types';
import { availableSets, corpusFolder, describeSet, saveSet, setFromClaimFilter } from './annotationSets';
import type { ClaimsTreeProvider } from './claimsView';
import type { CorpusService } from './corpusService';
import { output } from './output';
import { countOf } from '../core/util/countOf';
import { plain, plainText } from './untrustedText';
import { allowWrite } from './trust';

export const EXPORT_SET = 'corpusAnnotator.exportAnnotations';
export const SAVE_FILTER_AS_SET = 'corpusAnnotator.saveClaimsFilterAsSet';

const FORMAT_INFO: Record<string, string> = {
  jsonl: 'JSON Lines: one article per line, this project’s schema with the sha256',
  csv: 'CSV: one annotation per row, and a claims table (spreadsheets)',
  brat: 'brat standoff: .txt + .ann per article and annotation.conf',
  w3c: 'W3C Web Annotation JSON-LD (quote and position selectors)',
  'webanno-tsv': 'WebAnno TSV 3.3 per article, for INCEpTION and WebAnno',
  conll: 'CoNLL BIO token tags of the entities, for NER training',
  'label-studio': 'Label Studio task import JSON',
  doccano: 'doccano sequence-labelling JSONL',
};

/** What the command can be given instead of asking (keybindings, tests, other extensions). */
export interface ExportArgs {
  set?: string;
  format?: string;
  /** An absolute folder; the default is `exports/<set>-<format>` in the workspace. */
  out?: string;
  /** Replace files in a non-empty folder without asking. */
  overwrite?: boolean;
}

export interface ExportResult {
  folder: string;
  files: string[];
  annotations: number;
  articles: number;
}

/** "Export Annotation Set…" (palette and the Claims view's toolbar) and "Save Filter as Annotation Set…". */
export function registerExportAnnotations(service: CorpusService, claims: ClaimsTreeProvider): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EXPORT_SET, (args?: ExportArgs) => exportSet(service, args ?? {})),
    vscode.commands.registerCommand(SAVE_FILTER_AS_SET, (name?: string) => saveClaimsFilter(service, claims, name)),
  );
}

async function exportSet(service: CorpusService, args: ExportArgs): Promise<ExportResult | undefined> {
  if (!allowWrite('exporting', vscode.workspace, vscode.window)) return undefined;
  await service.ready();
  const sets = await availableSets(service);
  const set = args.set ? sets.find((s) => s.name === args.set) : await pickSet(sets);
  if (!set) {
    if (args.set) void vscode.window.showErrorMessage(plain`Corpus Annotator: no annotation set named "${args.set}" (sets: ${sets.map((s) => s.name).join(', ')}).`);
    return undefined;
  }
  const asked = args.format ?? (await pickFormat());
  const named = asked ? formatNamed(asked) : undefined;
  if (named?.warning) output().warn(named.warning);
  const format = named?.format.name ?? asked;
  if (!format || !FORMATS[format]) {
    if (format) void vscode.window.showErrorMessage(plain`Corpus Annotator: no export format "${format}" (formats: ${Object.keys(FORMATS).join(', ')}).`);
    return undefined;
  }
  const folder = args.out ?? (await pickFolder(`${set.name}-${format}`));
  if (!folder) return undefined;

  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: plain`Exporting "${set.name}" as ${format}`, cancellable: true }, async (progress, token) => {
    const { analyses, texts } = await articles(service);
    let report;
    try {
      // Cancelling stops between articles; nothing has been written by then.
      report = await exportCorpus(analyses, texts, format, set, (done, total) => {
        if (token.isCancellationRequested) throw new vscode.CancellationError();
        progress.report({ message: `${done}/${total} articles`, increment: 100 / total });
      });
    } catch (e) {
      if (!(e instanceof vscode.CancellationError)) throw e;
      void vscode.window.showInformationMessage('Corpus Annotator: export cancelled; nothing was written.');
      return undefined;
    }
    if (report.problems.length) {
      output().error(`export of "${set.name}" as ${format} did not validate:\n  ${report.problems.join('\n  ')}`);
      const show = await vscode.window.showErrorMessage(`Corpus Annotator: the ${format} export did not validate (${report.problems.length} problems); nothing was written.`, 'Show Problems');
      if (show) output().show();
      return undefined;
    }
    const targets = report.files.map((f) => vscode.Uri.file(path.join(folder, ...f.path.split('/'))));
    // Inside the workspace no folder on the way may be a link either (a repository's `exports → ~`).
    const root = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(folder))?.uri.fsPath;
    try {
      let force = false;
      const plan = await planExport(folder, report.files, root).catch(async (e) => {
        if (!(e instanceof ExportWouldMix)) throw e;
        const ok = await vscode.window.showWarningMessage(plain`${vscode.workspace.asRelativePath(folder)} holds ${countOf(e.foreign.length, 'file')} that no export wrote. Write the export beside them (they are left alone)?`, { modal: true }, 'Write Anyway');
        if (ok !== 'Write Anyway') return undefined;
        force = true;
        return planExport(folder, report.files, root, { force });
      });
      if (!plan) return undefined;
      // The marker and the previous export's own files are the export's to replace; the person is asked about the rest.
      const replaced = plan.existing.filter((f) => f !== EXPORT_MARKER).length + plan.stale.length;
      if (replaced && !args.overwrite) {
        const ok = await vscode.window.showWarningMessage(plain`Replace ${countOf(replaced, 'file')} in ${vscode.workspace.asRelativePath(folder)}?`, { modal: true }, 'Replace');
        if (ok !== 'Replace') return undefined;
      }
      // Atomic: on any failure the previous export stays as it was.
      await writeExport(folder, report.files, root, { force });
    } catch (e) {
      if (!(e instanceof ExportRefused)) throw e;
      output().error(`export of "${set.name}" as ${format} was not written: ${e.message}`);
      void vscode.window.showErrorMessage(plain`Corpus Annotator: the export was not written: ${e.message}`);
      return undefined;
    }
    for (const s of report.invalidSidecars) output().warn(`${s} is not valid and was left out of the export`);
    const summary = `Exported ${report.annotations.toLocaleString('en')} annotations in ${report.articles} articles as ${format} to ${vscode.workspace.asRelativePath(folder)}` + (report.orphanedLeftOut ? ` (${report.orphanedLeftOut} orphaned annotations left out)` : '') + '.';
    output().info(summary);
    void vscode.window.showInformationMessage(plainText(summary, 500) + (report.invalidSidecars.length ? ` ${report.invalidSidecars.length} invalid sidecars were left out.` : ''), 'Reveal in Explorer', 'Open').then((choice) => {
      if (choice === 'Reveal in Explorer') void vscode.commands.executeCommand('revealInExplorer', targets[0]);
      if (choice === 'Open') void vscode.window.showTextDocument(targets.find((t) => !t.path.endsWith('.txt')) ?? targets[0]);
    });
    return { folder, files: targets.map((t) => t.fsPath), annotations: report.annotations, articles: report.articles };
  });
}

/** The analyses with file paths (the index keys them by URI) and the texts they were made from. */
async function articles(service: CorpusService): Promise<{ analyses: ArticleAnalysis[]; texts: Map<string, string> }> {
  const analyses: ArticleAnalysis[] = [];
  const texts = new Map<string, string>();
  for (const held of service.index.analyses) {
    const uri = vscode.Uri.parse(held.file);
    const text = await service.textOf(uri);
    if (text === undefined) continue;
    // A closed article is held slim: its whole analysis comes back from the cache.
    const a = await service.wholeAnalysis(held.file, text);
    analyses.push({ ...a, file: uri.fsPath });
    texts.set(uri.fsPath, text);
  }
  return { analyses, texts };
}

async function pickSet(sets: AnnotationSet[]): Promise<AnnotationSet | undefined> {
  const pick = await vscode.window.showQuickPick(
    sets.map((s) => ({ label: plainText(s.name), description: plainText(describeSet(s)), set: s })),
    { title: 'Export Annotation Set (1/3)', placeHolder: 'Which annotations? (define more in annotation-sets.json beside the corpus)' },
  );
  return pick?.set;
}

async function pickFormat(): Promise<string | undefined> {
  const pick = await vscode.window.showQuickPick(
    Object.keys(FORMATS).map((f) => ({ label: f, detail: FORMAT_INFO[f] })),
    { title: 'Export Annotation Set (2/3)', placeHolder: 'In which format?' },
  );
  return pick?.label;
}

/** `exports/<name>` in the first workspace folder, or a folder the person picks (anywhere). */
async function pickFolder(name: string): Promise<string | undefined> {
  const ws = vscode.workspace.workspaceFolders?.[0];
  const inWorkspace = ws ? path.join(ws.uri.fsPath, 'exports', name) : undefined;
  const items = [
    ...(inWorkspace ? [{ label: `$(folder) exports/${plainText(name)}`, description: 'in the workspace', folder: inWorkspace }] : []),
    { label: '$(folder-opened) Choose Another Folder…', folder: undefined },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: 'Export Annotation Set (3/3)', placeHolder: 'Where to write the files?' });
  if (!pick) return undefined;
  if (pick.folder) return pick.folder;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export Here', defaultUri: ws?.uri });
  return chosen?.[0]?.fsPath;
}

async function saveClaimsFilter(service: CorpusService, claims: ClaimsTreeProvider, given?: string): Promise<boolean> {
  if (!allowWrite('saving an annotation set', vscode.workspace, vscode.window)) return false;
  const filter = claims.filter;
  if (!filter) {
    void vscode.window.showInformationMessage('Corpus Annotator: filter the Claims view first (by topic, article or entity); the set will select those claims.');
    return false;
  }
  const folder = corpusFolder(service);
  if (!folder) return false;
  const suggested = filter.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const name = given ?? (await vscode.window.showInputBox({ title: 'Save Filter as Annotation Set', prompt: plain`The claims filtered by ${filter.by} “${filter.label}”`, value: suggested, validateInput: (v) => (v.trim() ? undefined : 'A set needs a name') }));
  if (!name?.trim()) return false;
  const set = setFromClaimFilter(name.trim(), filter);
  const saved = await saveSet(folder, set);
  if (saved) {
    void vscode.window.showInformationMessage(plain`Saved set "${set.name}" (${describeSet(set)}) in annotation-sets.json.`, 'Export Now').then((c) => {
      if (c) void vscode.commands.executeCommand(EXPORT_SET, { set: set.name });
    });
  }
  return saved;
}
