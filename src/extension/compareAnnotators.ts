import * as path from 'node:path';
import * as vscode from 'vscode';
import { sha256 } from '../core/analyze';
import { AnchorBudget, relocate, SIDECAR_CELLS } from '../core/annotations/anchoring';
import { breathe } from '../core/util/breathe';
import type { Annotation } from '../core/annotations/schema';
import { cohensKappa, spanAgreement } from '../core/export/agreement';
import { agreements, annotatorNames, disagreements, loadAnnotator, resolveAnnotatorSources, tokenRows, type Agreement, type AnnotatorAnnotations, type Disagreement } from '../core/export/annotators';
import { CURATOR, curatedSide, resolve, seedAgreed, type Choice, type Resolution } from '../core/export/curation';
import { corpusFolder } from './annotationSets';
import type { AnnotationService } from './annotations/annotationService';
import type { CorpusService } from './corpusService';
import { EXPORT_SET } from './exportAnnotations';
import { toRange } from './ranges';
import { countOf } from '../core/util/countOf';
import { markdown, plain, plainText, safeMarkdown, trusted } from './untrustedText';

export const COMPARE_VIEW = 'corpusAnnotator.compare';
export const COMPARE_ANNOTATORS = 'corpusAnnotator.compareAnnotators';
export const TAKE_A = 'corpusAnnotator.takeFirstAnnotator';
export const TAKE_B = 'corpusAnnotator.takeSecondAnnotator';
export const TAKE_BOTH = 'corpusAnnotator.takeBothAnnotators';
export const REJECT_SPAN = 'corpusAnnotator.rejectDisagreement';

/** A disagreement placed in the workspace's own copy of its article, where the merged set lives. */
export interface PlacedDisagreement extends Disagreement {
  /** The workspace article, when the corpus has one of that name. */
  corpusUri?: vscode.Uri;
  /** The span in the workspace article, when it is found there. */
  corpusStart?: number;
  corpusEnd?: number;
  sourceText: string;
}

type Node = { type: 'article'; article: string; items: PlacedDisagreement[] } | { type: 'disagreement'; d: PlacedDisagreement };

export interface Comparison {
  a: AnnotatorAnnotations;
  b: AnnotatorAnnotations;
  kappa: number;
  f1: number;
  items: PlacedDisagreement[];
  /** Spans both marked with one label; the merged set starts from them. */
  agreed: Agreement[];
  /** How many of them the comparison added to the merged set (the others were in it, or are not in the workspace corpus). */
  seeded: number;
}

/**
 * "Compare Annotators": two people's annotations (their folders, or the `annotator`
 * field in the shared sidecars) side by side, article by article, with Cohen's κ and
 * span F1; the merged set (annotations by "curated" in the corpus's sidecars, with
 * undo like any annotation change) starts from the spans both agree on, and each
 * disagreement opens where it is and is resolved by taking one side, both, or neither.
 */
export class CompareTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  comparison: Comparison | undefined;
  /** The view, once created (keyboard curation acts on its selection). */
  view: vscode.TreeView<Node> | undefined;

  constructor(private readonly annotations: AnnotationService) {}

  refresh() {
    this.changed.fire(undefined);
  }

  /** Which side the merged set holds for each disagreement now (tests and the view read it). */
  sideTaken(d: PlacedDisagreement): Resolution | undefined {
    if (!d.corpusUri || d.corpusStart === undefined) return undefined;
    const current: Annotation[] = this.annotations.placed(d.corpusUri).map((p) => ({ ...p.annotation, target: { ...p.annotation.target, start: p.start, end: p.end } }));
    return curatedSide(current, d, d.corpusStart, d.corpusEnd);
  }

  /** How far curation is: "12 of 28 resolved" (the view's description). */
  progress(): { resolved: number; total: number; text: string } | undefined {
    const c = this.comparison;
    if (!c) return undefined;
    const resolved = c.items.filter((d) => this.sideTaken(d)).length;
    return { resolved, total: c.items.length, text: `${resolved} of ${c.items.length} resolved` };
  }

  getChildren(node?: Node): Node[] {
    const c = this.comparison;
    if (!c) return [];
    if (!node) {
      const byArticle = new Map<string, PlacedDisagreement[]>();
      for (const d of c.items) byArticle.set(d.article, [...(byArticle.get(d.article) ?? []), d]);
      return [...byArticle].map(([article, items]) => ({ type: 'article', article, items }));
    }
    return node.type === 'article' ? node.items.map((d) => ({ type: 'disagreement', d })) : [];
  }

  getParent(node: Node): Node | undefined {
    if (node.type === 'article') return undefined;
    const items = this.comparison?.items.filter((d) => d.article === node.d.article) ?? [];
    return { type: 'article', article: node.d.article, items };
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const c = this.comparison!;
    if (node.type === 'article') {
      const item = new vscode.TreeItem(plainText(node.article.replace(/\.txt$/, '')), vscode.TreeItemCollapsibleState.Expanded);
      const open = node.items.filter((d) => !this.sideTaken(d)).length;
      item.description = `${countOf(node.items.length, 'disagreement')}${open < node.items.length ? ` · ${node.items.length - open} curated` : ''}`;
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.contextValue = 'compareArticle';
      item.id = `compare:${node.article}`;
      return item;
    }
    const d = node.d;
    const item = new vscode.TreeItem(`“${plainText(d.text, 60)}”`);
    const taken = this.sideTaken(d);
    const what =
      d.kind === 'label' ? `${d.a!.label} (${c.a.name}) ≠ ${d.b!.label} (${c.b.name})` : `${(d.a ?? d.b)!.label} · only ${d.kind === 'only-a' ? c.a.name : c.b.name}`;
    const decided = taken === 'rejected' ? ' · rejected' : taken === 'both' ? ' · took both' : taken ? ` · took ${taken === 'a' ? c.a.name : c.b.name}` : '';
    item.description = plainText(what + decided);
    // Names, labels and notes come from other people's sidecars: escaped, no HTML, no links that run anything.
    const side = (s: typeof d.a) => (s ? markdown`${s.label}${s.annotation.note ? ` — ${s.annotation.note}` : ''}` : '*nothing here*');
    item.tooltip = safeMarkdown(
      markdown`**${c.a.name}:** ${trusted(side(d.a))}\n\n**${c.b.name}:** ${trusted(side(d.b))}` +
        (d.corpusUri ? '' : '\n\n*This article is not in the workspace corpus, so it cannot be curated here.*'),
    );
    item.iconPath = new vscode.ThemeIcon(taken ? 'pass' : d.kind === 'label' ? 'diff-modified' : d.kind === 'only-a' ? 'arrow-left' : 'arrow-right');
    item.contextValue = d.corpusStart !== undefined ? 'disagreement' : 'disagreementElsewhere';
    item.id = `compare:${d.article}:${d.start}-${d.end}:${d.a?.label ?? ''}:${d.b?.label ?? ''}`;
    item.command = { command: 'corpusAnnotator.openDisagreement', title: 'Open', arguments: [d] };
    return item;
  }
}

export function registerCompareAnnotators(service: CorpusService, annotations: AnnotationService): { provider: CompareTreeProvider; disposable: vscode.Disposable } {
  const provider = new CompareTreeProvider(annotations);
  const view = vscode.window.createTreeView(COMPARE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  const describe = () => {
    const c = provider.comparison;
    view.message = c
      ? plain`${c.a.name} vs ${c.b.name}: ` + `Cohen's κ ${c.kappa.toFixed(3)} (tokens) · span F1 ${c.f1.toFixed(3)} · ${countOf(c.agreed.length, 'agreed span')} in the curated set · ${countOf(c.items.length, 'disagreement')}`
      : undefined;
    view.description = provider.progress()?.text;
  };
  const refresh = () => {
    provider.refresh();
    describe();
  };
  describe();
  const take = async (choice: Choice, node?: Node) => {
    // From a keybinding there is no node: the view's selection is what the person means.
    const target = node ?? view.selection[0];
    const items = target ? (target.type === 'article' ? target.items : [target.d]) : [];
    if (items.length === 0) {
      void vscode.window.showInformationMessage('Corpus Annotator: pick a disagreement or an article in the Compare Annotators view.');
      return false;
    }
    const ok = await curate(annotations, items, choice);
    refresh();
    return ok;
  };
  const disposable = vscode.Disposable.from(
    view,
    annotations.onDidChange(() => refresh()),
    vscode.commands.registerCommand(COMPARE_ANNOTATORS, async (args?: { a: string; b: string }) => {
      const chosen = args ?? (await pickPair(service));
      if (!chosen) return undefined;
      await service.ready();
      const comparison = await vscode.window.withProgress({ location: { viewId: COMPARE_VIEW }, title: 'Comparing annotators' }, () => compare(service, chosen.a, chosen.b));
      provider.comparison = comparison;
      await vscode.commands.executeCommand('setContext', 'corpusAnnotator.comparing', true);
      for (const d of comparison.items) if (d.corpusUri) await annotations.load(d.corpusUri);
      // Restricted Mode writes nothing: the comparison is still shown, the merged set is left as it is.
      if (vscode.workspace.isTrusted) comparison.seeded = await seed(service, annotations, comparison);
      refresh();
      if (!args) await vscode.commands.executeCommand(`${COMPARE_VIEW}.focus`);
      return provider.comparison;
    }),
    vscode.commands.registerCommand(TAKE_A, (node?: Node) => take('a', node)),
    vscode.commands.registerCommand(TAKE_B, (node?: Node) => take('b', node)),
    vscode.commands.registerCommand(TAKE_BOTH, (node?: Node) => take('both', node)),
    vscode.commands.registerCommand(REJECT_SPAN, (node?: Node) => take('neither', node)),
    vscode.commands.registerCommand('corpusAnnotator.openDisagreement', (d: PlacedDisagreement) => openDisagreement(d)),
    vscode.commands.registerCommand('corpusAnnotator.exportCuratedSet', async () => {
      // An export before curating wrote empty files without a word: say so first.
      const p = provider.progress();
      const problem = !p
        ? undefined
        : p.resolved === 0
          ? `Nothing is curated yet (0 of ${countOf(p.total, 'disagreement')} resolved): the curated set would be empty.`
          : p.resolved < p.total
            ? `Curation is unfinished: ${p.resolved} of ${countOf(p.total, 'disagreement')} resolved; the other ${p.total - p.resolved} would be left out.`
            : undefined;
      if (problem && (await vscode.window.showWarningMessage(`Corpus Annotator: ${problem}`, { modal: true }, 'Export Anyway')) !== 'Export Anyway') return undefined;
      return vscode.commands.executeCommand(EXPORT_SET, { set: CURATOR });
    }),
    vscode.commands.registerCommand('corpusAnnotator.closeComparison', () => {
      provider.comparison = undefined;
      void vscode.commands.executeCommand('setContext', 'corpusAnnotator.comparing', false);
      refresh();
    }),
  );
  return { provider, disposable };
}

async function compare(service: CorpusService, a: string, b: string): Promise<Comparison> {
  const folder = corpusFolder(service) ?? 'corpus';
  const [sa, sb] = await resolveAnnotatorSources([a, b], folder);
  const [pa, pb] = await Promise.all([loadAnnotator(sa), loadAnnotator(sb)]);
  const corpus = new Map(service.index.files.map((f) => [path.basename(vscode.Uri.parse(f).fsPath), vscode.Uri.parse(f)]));
  const items: PlacedDisagreement[] = [];
  // The workspace's text of each article, read once for all its disagreements.
  const corpusTexts = new Map<string, string>();
  // The other copies come from other people: one search budget per article, the thread let go between spans.
  const budgets = new Map<string, AnchorBudget>();
  for (const d of disagreements(pa, pb)) {
    await breathe();
    const sourceText = pa.texts.get(d.article) ?? pb.texts.get(d.article)!;
    const corpusUri = corpus.get(d.article);
    const placed: PlacedDisagreement = { ...d, corpusUri, sourceText };
    if (corpusUri) {
      const text = corpusTexts.get(d.article) ?? (await vscode.workspace.openTextDocument(corpusUri)).getText();
      corpusTexts.set(d.article, text);
      const budget = budgets.get(d.article) ?? new AnchorBudget(SIDECAR_CELLS);
      budgets.set(d.article, budget);
      const here = relocate(text, sourceText, d.start, d.end, budget);
      if (here) Object.assign(placed, { corpusStart: here.start, corpusEnd: here.end });
    }
    items.push(placed);
  }
  const { rows } = tokenRows([pa, pb]);
  const perLabel = spanAgreement(pa.spans, pb.spans);
  const both = perLabel.reduce((n, r) => n + r.both, 0);
  const all = perLabel.reduce((n, r) => n + 2 * r.both + r.onlyA + r.onlyB, 0);
  return { a: pa, b: pb, kappa: cohensKappa(rows[0], rows[1]), f1: all ? (2 * both) / all : 1, items, agreed: agreements(pa, pb), seeded: 0 };
}

/** Puts the spans both annotators agree on into the merged set, one undoable change per article. */
async function seed(service: CorpusService, annotations: AnnotationService, c: Comparison): Promise<number> {
  const corpus = new Map(service.index.files.map((f) => [path.basename(vscode.Uri.parse(f).fsPath), vscode.Uri.parse(f)]));
  const byArticle = new Map<string, Agreement[]>();
  for (const g of c.agreed) byArticle.set(g.article, [...(byArticle.get(g.article) ?? []), g]);
  let added = 0;
  for (const [article, list] of byArticle) {
    const uri = corpus.get(article);
    if (!uri) continue;
    const sourceText = c.a.texts.get(article) ?? c.b.texts.get(article)!;
    // An article whose agreed spans are all in the merged set already gets no undo step.
    await annotations.load(uri);
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const placed: Annotation[] = annotations.placed(uri).map((p) => ({ ...p.annotation, target: { ...p.annotation.target, start: p.start, end: p.end } }));
    if (seedAgreed(placed, text, '', list, sourceText).added === 0) continue;
    let addedHere = 0;
    await annotations.mutate(uri, (current, text) => {
      const r = seedAgreed(current, text, sha256(text), list, sourceText);
      addedHere = r.added;
      return r.annotations;
    });
    added += addedHere;
  }
  return added;
}

async function curate(annotations: AnnotationService, items: PlacedDisagreement[], choice: Choice): Promise<boolean> {
  const byArticle = new Map<string, PlacedDisagreement[]>();
  for (const d of items) if (d.corpusUri && d.corpusStart !== undefined) byArticle.set(d.corpusUri.toString(), [...(byArticle.get(d.corpusUri.toString()) ?? []), d]);
  if (byArticle.size === 0) {
    void vscode.window.showWarningMessage('Corpus Annotator: these spans are not in the workspace corpus, so there is no merged set to take them into.');
    return false;
  }
  let ok = true;
  for (const list of byArticle.values()) {
    ok =
      (await annotations.mutate(list[0].corpusUri!, (current, text) => {
        const sha = sha256(text);
        // Curation works in the workspace text: each side's span as placed there.
        return list.reduce((acc, d) => resolve(acc, text, sha, { ...d, start: d.corpusStart!, end: d.corpusEnd! }, choice, text) ?? acc, current);
      })) && ok;
  }
  return ok;
}

async function openDisagreement(d: PlacedDisagreement): Promise<void> {
  const uri = d.corpusUri && d.corpusStart !== undefined ? d.corpusUri : undefined;
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : await vscode.workspace.openTextDocument({ content: d.sourceText });
  const editor = await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: true });
  const range = toRange(doc, uri ? d.corpusStart! : d.start, uri ? d.corpusEnd! : d.end);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Two annotators: names in the sidecars' `annotator` fields, or folders picked in a dialog. */
async function pickPair(service: CorpusService): Promise<{ a: string; b: string } | undefined> {
  const names = await annotatorNames(corpusFolder(service) ?? 'corpus');
  const pickOne = async (step: number, exclude?: string): Promise<string | undefined> => {
    type Item = vscode.QuickPickItem & { value?: string };
    const items: Item[] = [
      ...names.filter((n) => n !== exclude).map((n) => ({ label: `$(person) ${plainText(n)}`, description: 'annotator in the corpus sidecars', value: n })),
      { label: '$(folder-opened) Choose a Folder…', description: 'a person’s copy of the corpus, with sidecars' },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `Compare Annotators (${step}/2)`, placeHolder: step === 1 ? 'First annotator (the reference)' : 'Second annotator' });
    if (!pick) return undefined;
    if (pick.value) return pick.value;
    return (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Compare' }))?.[0]?.fsPath;
  };
  const a = await pickOne(1);
  const b = a ? await pickOne(2, a) : undefined;
  return a && b ? { a, b } : undefined;
}
