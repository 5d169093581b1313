import * as path from 'node:path';
import * as vscode from 'vscode';
import { orphanSpot } from '../../core/annotations/orphanSpot';
import { sidecarPathFor } from '../../core/annotations/sidecar';
import { toRange } from '../ranges';
import type { AnnotationService, Placed } from './annotationService';
import { countOf } from '../../core/util/countOf';
import { chipText } from '../../core/annotations/chips';
import { labelColourId } from './labels';
import { annotationState } from './annotationState';
import { escapeMarkdown, markdown, plain, plainText, safeMarkdown } from '../untrustedText';

/**
 * What a person sees of hand annotations: manual ones boxed, accepted findings
 * underlined twice, rejected ones struck through; orphaned and moved annotations
 * and invalid sidecars in the Problems panel, with quick fixes; and an
 * Annotations view listing them per article, orphans included.
 */
export interface AnnotationPainting extends vscode.Disposable {
  /** The label chips last painted per document (offset and text): lets tests see what a person sees. */
  chips: Map<string, { start: number; text: string; colour: string }[]>;
}

export function registerAnnotationView(notes: AnnotationService): AnnotationPainting {
  const styles = {
    accepted: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 2px 0',
      borderStyle: 'double',
      borderColor: new vscode.ThemeColor('corpusAnnotator.acceptedBorder'),
    }),
    rejected: vscode.window.createTextEditorDecorationType({ textDecoration: 'line-through', opacity: '0.6' }),
    // Another tool's prediction waiting for review: dashed, so it reads as not yet decided.
    suggested: vscode.window.createTextEditorDecorationType({
      border: '1px dashed',
      borderColor: new vscode.ThemeColor('corpusAnnotator.manualBorder'),
      borderRadius: '2px',
    }),
    noted: vscode.window.createTextEditorDecorationType({ after: { contentText: ' ✎', color: new vscode.ThemeColor('corpusAnnotator.manualBorder') } }),
    // The chip's text and colour are per annotation (render options of each range).
    chip: vscode.window.createTextEditorDecorationType({
      before: { margin: '0 2px 0 0', border: '1px solid', fontStyle: 'normal', fontWeight: 'normal', textDecoration: 'none; font-size: 0.8em; border-radius: 3px; padding: 0 2px; vertical-align: 1px' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
  /** A person's annotations are boxed in their label's colour: one decoration type per colour, made when first needed. */
  const boxes = new Map<string, vscode.TextEditorDecorationType>();
  const boxOf = (colour: string) => {
    let t = boxes.get(colour);
    if (!t) {
      t = vscode.window.createTextEditorDecorationType({ border: '1px solid', borderColor: new vscode.ThemeColor(colour), borderRadius: '2px' });
      boxes.set(colour, t);
    }
    return t;
  };
  const chips = new Map<string, { start: number; text: string; colour: string }[]>();
  const diagnostics = vscode.languages.createDiagnosticCollection('corpus-annotator');
  const tree = new AnnotationsTreeProvider(notes);

  const paint = () => {
    const showChips = vscode.workspace.getConfiguration('corpusAnnotator').get<boolean>('labelChips', true);
    for (const editor of vscode.window.visibleTextEditors) {
      const placed = notes.placed(editor.document.uri).filter((p) => p.state !== 'orphaned');
      const ranges = (f: (p: Placed) => boolean) => placed.filter(f).map((p) => toRange(editor.document, p.start, p.end));
      const manual = placed.filter((p) => p.annotation.status === 'manual');
      for (const colour of new Set([...boxes.keys(), ...manual.map((p) => labelColourId(p.annotation.label))])) {
        editor.setDecorations(
          boxOf(colour),
          manual.filter((p) => labelColourId(p.annotation.label) === colour).map((p) => toRange(editor.document, p.start, p.end)),
        );
      }
      editor.setDecorations(styles.accepted, ranges((p) => p.annotation.status === 'accepted'));
      editor.setDecorations(styles.rejected, ranges((p) => p.annotation.status === 'rejected'));
      editor.setDecorations(styles.suggested, ranges((p) => p.annotation.status === 'suggested'));
      editor.setDecorations(
        styles.noted,
        placed.filter((p) => p.annotation.note).map((p) => ({ range: toRange(editor.document, p.end, p.end), hoverMessage: noteHover(p.annotation.note!) })),
      );
      const labelled = showChips ? placed.filter((p) => p.annotation.status !== 'rejected') : [];
      const several = new Set(labelled.map((p) => p.annotation.annotator ?? '')).size > 1;
      const painted = labelled.map((p) => ({ start: p.start, text: chipText(p.annotation.label, p.annotation.annotator, several), colour: labelColourId(p.annotation.label) }));
      editor.setDecorations(
        styles.chip,
        painted.map((c) => {
          const colour = new vscode.ThemeColor(c.colour);
          const at = editor.document.positionAt(c.start);
          return { range: new vscode.Range(at, at), renderOptions: { before: { contentText: c.text, color: colour, borderColor: colour } } };
        }),
      );
      chips.set(editor.document.uri.toString(), painted);
    }
  };
  const diagnose = async (uri: vscode.Uri) => {
    const problems = notes.problems(uri);
    const sidecar = vscode.Uri.file(sidecarPathFor(uri.fsPath));
    if (problems) {
      diagnostics.set(
        sidecar,
        problems.map((p) => {
          const pos = new vscode.Position(p.line - 1, p.column - 1);
          const d = new vscode.Diagnostic(new vscode.Range(pos, pos), plain`${p.message} (expected ${p.expected}). The file is not changed until it is valid.`, vscode.DiagnosticSeverity.Error);
          d.source = 'Corpus Annotator';
          return d;
        }),
      );
      diagnostics.set(uri, []);
      return;
    }
    diagnostics.set(sidecar, []);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc) return;
    const clamp = (o: number) => Math.min(Math.max(0, o), doc.getText().length);
    diagnostics.set(
      uri,
      notes
        .placed(uri)
        .filter((p) => p.state !== 'anchored')
        .map((p) => {
          const orphan = p.state === 'orphaned';
          // An orphan is marked where its text was (what replaced it, between its old
          // context), or on its old line: a zero-width mark squiggled an unrelated word.
          const spot = orphan ? orphanSpot(doc.getText(), p.annotation.target) : undefined;
          const line = doc.lineAt(doc.positionAt(clamp(p.start)).line).range;
          const range = !orphan ? toRange(doc, clamp(p.start), clamp(p.end)) : spot ? toRange(doc, spot.start, spot.end) : line;
          const d = new vscode.Diagnostic(
            range,
            orphan
              ? plain`Orphaned ${p.annotation.label} annotation: “${plainText(p.annotation.target.exact, 60)}” is no longer in the text` +
                  (spot ? plain`; “${plainText(doc.getText(range), 60)}” is where it was.` : '.') +
                  ' It is kept in the sidecar: re-anchor it (quick fix, Ctrl+.) or delete it.'
              : plain`The ${p.annotation.label} annotation “${plainText(p.annotation.target.exact, 60)}” moved: the text changed outside the editor.`,
            orphan ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information,
          );
          d.source = 'Corpus Annotator';
          // The code carries the annotation id: custom fields do not survive the trip to code actions.
          d.code = { value: `${p.state}:${p.annotation.id}${spot ? ':spot' : ''}`, target: vscode.Uri.file(sidecarPathFor(uri.fsPath)) };
          return d;
        }),
    );
  };
  const refresh = (uri?: vscode.Uri) => {
    paint();
    tree.refresh();
    for (const u of uri ? [uri] : notes.loaded()) void diagnose(u);
  };
  refresh();
  const disposable = vscode.Disposable.from(
    ...Object.values(styles),
    { dispose: () => boxes.forEach((t) => t.dispose()) },
    vscode.commands.registerCommand('corpusAnnotator.toggleLabelChips', () => {
      const c = vscode.workspace.getConfiguration('corpusAnnotator');
      return c.update('labelChips', !c.get<boolean>('labelChips', true), vscode.ConfigurationTarget.Global);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('corpusAnnotator.labelChips') || e.affectsConfiguration('corpusAnnotator.labels')) paint();
    }),
    diagnostics,
    notes.onDidChange((u) => refresh(u)),
    vscode.window.onDidChangeVisibleTextEditors(() => paint()),
    vscode.window.registerTreeDataProvider('corpusAnnotator.annotations', tree),
    vscode.languages.registerCodeActionsProvider({ language: 'news-article' }, new AnnotationQuickFixes(), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
  return { chips, dispose: () => disposable.dispose() };
}

/** The hover of a note's ✎ mark. A plain string there renders as Markdown: the note is escaped (no remote images, no links). */
export function noteHover(note: string): vscode.MarkdownString {
  return safeMarkdown(escapeMarkdown(note, 2000));
}

/**
 * Quick fixes on the Problems-panel entries: re-anchor an orphan to the text that
 * replaced it or to the selection, or delete it; accept a moved annotation.
 */
class AnnotationQuickFixes implements vscode.CodeActionProvider {
  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const code = String(typeof d.code === 'object' ? d.code.value : d.code ?? '');
      const [state, id, spot] = code.split(':');
      if (d.source !== 'Corpus Annotator' || !id) continue;
      if (state === 'orphaned') {
        const fix = (title: string, command: string, args: unknown[], preferred = false) => {
          const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
          a.command = { command, title, arguments: args };
          a.diagnostics = [d];
          a.isPreferred = preferred;
          out.push(a);
        };
        if (spot) fix(plain`Re-anchor the annotation to “${plainText(doc.getText(d.range), 40)}”`, 'corpusAnnotator.reattachAnnotation', [id, doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)], true);
        if (!range.isEmpty) fix('Re-anchor the annotation to the selection', 'corpusAnnotator.reattachAnnotation', [id]);
        fix('Delete the orphaned annotation', 'corpusAnnotator.deleteAnnotation', [id]);
      } else if (state === 'moved') {
        const a = new vscode.CodeAction('Accept the annotation’s new position', vscode.CodeActionKind.QuickFix);
        a.command = { command: 'corpusAnnotator.acceptMovedAnnotation', title: 'Accept', arguments: [doc.uri.toString(), id] };
        a.diagnostics = [d];
        a.isPreferred = true;
        out.push(a);
      }
    }
    return out;
  }
}

export type AnnotationNode = { type: 'article'; uri: vscode.Uri } | { type: 'annotation'; uri: vscode.Uri; placed: Placed };
type Node = AnnotationNode;

export class AnnotationsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  constructor(private readonly notes: AnnotationService) {}
  refresh() {
    this.changed.fire();
  }
  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'article') {
      const placed = this.notes.placed(node.uri);
      const orphans = placed.filter((p) => p.state === 'orphaned').length;
      const item = new vscode.TreeItem(plainText(path.basename(node.uri.fsPath).replace(/\.txt$/, '')), vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${countOf(placed.length, 'annotation')}${orphans ? ` · ${orphans} orphaned` : ''}`;
      item.iconPath = new vscode.ThemeIcon(this.notes.problems(node.uri) ? 'error' : 'file-text');
      return item;
    }
    const { annotation: a, state } = node.placed;
    const item = new vscode.TreeItem(plainText(a.target.exact, 60));
    item.description = plainText([a.label, annotationState(a), a.annotator ? `by ${a.annotator}` : '', state !== 'anchored' ? state : '', a.verdict ?? '', a.note ? '✎' : ''].filter(Boolean).join(' · '));
    // Label, note and tags come from the sidecar (maybe someone else's): escaped, no HTML, no links that run anything.
    item.tooltip = safeMarkdown(markdown`**${a.label}** (${a.status})` + (a.note ? `\n\n${escapeMarkdown(a.note, 2000)}` : '') + (a.tags?.length ? markdown`\n\nTags: ${a.tags.join(', ')}` : ''));
    item.iconPath = new vscode.ThemeIcon(
      state === 'orphaned' ? 'warning' : a.status === 'rejected' ? 'close' : a.status === 'accepted' ? 'check' : a.status === 'suggested' ? 'lightbulb' : 'edit',
    );
    item.contextValue = state === 'orphaned' ? 'orphanedAnnotation' : a.status === 'suggested' ? 'suggestedAnnotation' : 'annotation';
    item.command = { command: 'corpusAnnotator.openLocation', title: 'Open', arguments: [node.uri.toString(), node.placed.start] };
    return item;
  }
  getChildren(node?: Node): Node[] {
    if (!node) return this.notes.loaded().filter((u) => this.notes.placed(u).length > 0 || this.notes.problems(u)).map((uri) => ({ type: 'article', uri }));
    if (node.type === 'article') return this.notes.placed(node.uri).map((placed) => ({ type: 'annotation', uri: node.uri, placed }));
    return [];
  }
}
