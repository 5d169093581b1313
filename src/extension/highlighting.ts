import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/types';
import { Configuration, configuration, type HighlightKind } from './configuration';
import type { CorpusService } from './corpusService';
import { toRange } from './ranges';

export type Layer = 'person' | 'place' | 'organization' | 'number' | 'quote';

const SETTING_OF: Record<Layer, HighlightKind> = { person: 'entities', place: 'entities', organization: 'entities', number: 'numbers', quote: 'quotes' };

/**
 * Colours entities, numbers and quotations in open articles. One decoration type
 * per kind, created once, coloured by theme colours the extension contributes
 * (`corpusAnnotator.*`), so themes and users can restyle them.
 */
export interface Highlighting extends vscode.Disposable {
  /** What was last painted per document and layer: lets tests see what a person sees. */
  painted: Map<string, Partial<Record<Layer, vscode.Range[]>>>;
}

/** Spans a person rejected; their highlights stay hidden however often the article is analysed again. */
export interface Rejections {
  readonly onDidChange: vscode.Event<vscode.Uri>;
  rejected(uri: vscode.Uri): { start: number; end: number }[];
}

export function registerHighlighting(service: CorpusService, rejections?: Rejections): Highlighting {
  const painted = new Map<string, Partial<Record<Layer, vscode.Range[]>>>();
  const types: Record<Layer, vscode.TextEditorDecorationType> = {
    person: entityStyle('corpusAnnotator.personForeground', 'solid'),
    place: entityStyle('corpusAnnotator.placeForeground', 'dotted'),
    organization: entityStyle('corpusAnnotator.organizationForeground', 'dashed'),
    number: vscode.window.createTextEditorDecorationType({
      color: new vscode.ThemeColor('corpusAnnotator.numberForeground'),
      fontWeight: 'bold',
    }),
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('corpusAnnotator.quoteBackground'),
      fontStyle: 'italic',
    }),
  };

  const paint = (editor: vscode.TextEditor) => {
    const a = service.analysisFor(editor.document.uri);
    const record: Partial<Record<Layer, vscode.Range[]>> = {};
    const enabled = configuration.highlight;
    const rejected = rejections?.rejected(editor.document.uri) ?? [];
    for (const [layer, type] of Object.entries(types) as [Layer, vscode.TextEditorDecorationType][]) {
      const ranges = a && enabled[SETTING_OF[layer]] ? rangesOf(editor.document, a, layer, rejected) : [];
      editor.setDecorations(type, ranges);
      record[layer] = ranges;
    }
    painted.set(editor.document.uri.toString(), record);
  };
  const paintAll = (only?: Set<string>) => {
    for (const e of vscode.window.visibleTextEditors) if (!only || only.has(e.document.uri.toString())) paint(e);
  };

  paintAll();
  const disposable = vscode.Disposable.from(
    ...Object.values(types),
    service.onDidChange((files) => paintAll(new Set(files))),
    service.onDidMove((files) => paintAll(new Set(files))),
    ...(rejections ? [rejections.onDidChange((u) => paintAll(new Set([u.toString()])))] : []),
    vscode.window.onDidChangeVisibleTextEditors(() => paintAll()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (Configuration.affects(e, 'highlight')) paintAll();
    }),
  );
  return { painted, dispose: () => disposable.dispose() };
}

/** Entity kinds share a look: their colour, underlined in a style of their own (readable without colour too). */
function entityStyle(colour: string, underline: 'solid' | 'dotted' | 'dashed'): vscode.TextEditorDecorationType {
  const c = new vscode.ThemeColor(colour);
  return vscode.window.createTextEditorDecorationType({ color: c, borderWidth: '0 0 1px 0', borderStyle: underline, borderColor: c });
}

/** The ranges one layer paints: exported for tests that check what would be shown. */
export function rangesOf(doc: vscode.TextDocument, a: ArticleAnalysis, layer: Layer, rejected: { start: number; end: number }[] = []): vscode.Range[] {
  const spans = layer === 'number' ? a.numbers : layer === 'quote' ? a.quotes : a.entities.filter((e) => e.kind === layer);
  return spans.filter((s) => !rejected.some((r) => r.start === s.start && r.end === s.end)).map((s) => toRange(doc, s.start, s.end));
}
