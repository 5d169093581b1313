import * as vscode from 'vscode';
import type { Claim } from '../core/types';
import type { CorpusService } from './corpusService';
import { OPEN_LOCATION } from './hover';
import { toRange } from './ranges';
import { countOf } from '../core/util/countOf';
import { relatedCount } from './claimKinds';
import { firstClaimOfEachGroup, navigationOrder } from '../core/corpus/claimOrder';
import { plain, plainText } from './untrustedText';
import { articleName } from '../core/analyze';
import type { ClaimGroup } from '../core/types';

export const NEXT_RELATED = 'corpusAnnotator.nextRelatedClaim';
export const PREVIOUS_RELATED = 'corpusAnnotator.previousRelatedClaim';
export const SHOW_RELATED = 'corpusAnnotator.showRelatedClaims';
export const REVEAL_CLAIM = 'corpusAnnotator.revealClaim';
/**
 * The most related claims Show Related Claims lists at first: the nearest in time. A
 * story told across 2,000 articles has groups of thousands (VS Code's peek of one, titled
 * "Locations (5601)", took 38.5 s); the rest are one row away.
 */
export const MAX_LISTED = 50;

/**
 * Moving between related claims across articles: next/previous in the group's
 * timeline, all of them in a peek view, and a CodeLens on each claim saying how
 * many related claims there are and whether their figures disagree.
 */
/** Context key: the caret is in a claim that has related claims (the editor's context menu offers Show Related Claims only then). */
export const ON_RELATED_CLAIM = 'corpusAnnotator.onRelatedClaim';

export function registerRelatedNavigation(service: CorpusService): vscode.Disposable {
  const lenses = new vscode.EventEmitter<void>();
  let onRelated: boolean | undefined;
  const updateContext = () => {
    const editor = vscode.window.activeTextEditor;
    const a = editor && service.analysisFor(editor.document.uri);
    const offset = editor ? editor.document.offsetAt(editor.selection.active) : -1;
    const claim = a?.claims.find((c) => c.start <= offset && offset <= c.end);
    const next = !!claim && relatedCount(service, claim) > 0;
    if (next === onRelated) return;
    onRelated = next;
    void vscode.commands.executeCommand('setContext', ON_RELATED_CLAIM, next);
  };
  updateContext();
  return vscode.Disposable.from(
    lenses,
    service.onDidChange(() => {
      lenses.fire();
      updateContext();
    }),
    vscode.window.onDidChangeTextEditorSelection(() => updateContext()),
    vscode.window.onDidChangeActiveTextEditor(() => updateContext()),
    vscode.commands.registerCommand(OPEN_LOCATION, (file: string, offset: number) => openAt(file, offset, offset)),
    vscode.commands.registerCommand(REVEAL_CLAIM, (id: string) => revealClaim(service, id)),
    vscode.commands.registerCommand(NEXT_RELATED, () => stepRelated(service, +1)),
    vscode.commands.registerCommand(PREVIOUS_RELATED, () => stepRelated(service, -1)),
    vscode.commands.registerCommand(SHOW_RELATED, (id?: string) => showRelated(service, id)),
    vscode.languages.registerCodeLensProvider(
      { language: 'news-article' },
      {
        onDidChangeCodeLenses: lenses.event,
        provideCodeLenses: (doc) => claimLenses(service, doc),
      },
    ),
  );
}

async function openAt(file: string, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  // The caret goes to the start, with nothing selected: one stray key in an editable
  // article must not replace the claim it was taken to.
  const range = toRange(doc, start, end);
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export async function revealClaim(service: CorpusService, id: string): Promise<vscode.TextEditor | undefined> {
  const found = service.index.claim(id);
  if (!found) {
    void vscode.window.showWarningMessage(plain`Corpus Annotator: claim ${id} is no longer in the corpus.`);
    return undefined;
  }
  return openAt(found.file, found.claim.start, found.claim.end);
}

/** The claim under the cursor, or else the first claim after it in the article. */
export function claimAtCursor(service: CorpusService, editor: vscode.TextEditor | undefined): Claim | undefined {
  if (!editor) return undefined;
  const a = service.analysisFor(editor.document.uri);
  if (!a) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  return a.claims.find((c) => c.start <= offset && offset <= c.end) ?? a.claims.find((c) => c.start > offset);
}

async function stepRelated(service: CorpusService, step: 1 | -1) {
  await service.ready();
  const claim = claimAtCursor(service, vscode.window.activeTextEditor);
  const group = claim && service.index.groupOf(claim.id);
  if (!claim || !group) {
    void vscode.window.setStatusBarMessage(claim ? 'This claim has no related claims.' : 'No claim at the cursor.', 3000);
    return;
  }
  const points = navigationOrder(group.points, (id) => service.index.claim(id)?.claim.start ?? 0);
  const i = points.findIndex((p) => p.id === claim.id);
  const at = (i + step + points.length) % points.length;
  await revealClaim(service, points[at].id);
  const message = plain`claim ${at + 1} of ${points.length} · ${group.label}`;
  void vscode.window.setStatusBarMessage(`$(arrow-${step > 0 ? 'right' : 'left'}) ${message}`, 6000);
  return message;
}

/**
 * The claims related to one, in a list that opens no article until one is picked: the
 * MAX_LISTED nearest in time, grouped by article, each row with its figure, date and mark
 * (≠ disagrees, Δ changes over time), and a last row that lists them all. Shown without
 * waiting for a pick (the command returns the rows shown).
 */
async function showRelated(service: CorpusService, id?: string): Promise<readonly ClaimPick[] | undefined> {
  await service.ready();
  const editor = vscode.window.activeTextEditor;
  const claim = id ? service.index.claim(id)?.claim : claimAtCursor(service, editor);
  const group = claim && service.index.groupOf(claim.id);
  if (!claim || !group) {
    void vscode.window.setStatusBarMessage('No related claims here.', 3000);
    return undefined;
  }
  const others = group.points.filter((p) => p.id !== claim.id);
  // The claim's related ids are the group's nearest in time (up to MAX_RELATED), in order.
  const byId = new Map(others.map((p) => [p.id, p]));
  const nearest = (claim.related.length ? claim.related.map((r) => byId.get(r)).filter((p) => p !== undefined) : others).slice(0, MAX_LISTED);
  const rows: ClaimPick[] = claimRows(nearest);
  if (others.length > nearest.length) {
    rows.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: `$(list-flat) Show all ${others.length.toLocaleString('en-US')} related claims`, all: true });
  }
  const pick = vscode.window.createQuickPick<ClaimPick>();
  pick.title = plainText(`${group.label}: ${others.length > nearest.length ? `the ${nearest.length} nearest in time of ` : ''}${countOf(others.length, 'related claim')}`, 200);
  pick.placeholder = 'Pick a claim to open it (≠ its figure disagrees, Δ it changes over time)';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = rows;
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen?.all) void showAllRelated(service, group, claim.id);
    else if (chosen?.id) void revealClaim(service, chosen.id);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  return rows;
}

/** A row of a list of claims: a claim (`id`), an article's heading, or the row that lists them all. */
export interface ClaimPick extends vscode.QuickPickItem {
  id?: string;
  all?: boolean;
}

type Point = ClaimGroup['points'][number];

/** Claims as list rows grouped by article (a heading each, in the order the articles first come), each with figure, mark, date and text. */
function claimRows(points: readonly Point[]): ClaimPick[] {
  const byArticle = new Map<string, Point[]>();
  for (const p of points) (byArticle.get(p.file) ?? byArticle.set(p.file, []).get(p.file)!).push(p);
  const rows: ClaimPick[] = [];
  for (const [file, inArticle] of byArticle) {
    rows.push({ label: plainText(articleName(file), 120), kind: vscode.QuickPickItemKind.Separator });
    for (const p of inArticle) {
      rows.push({
        label: plainText(`${p.mark ? p.mark + ' ' : ''}${p.figureText || '(no figure)'}`, 80),
        description: plainText(p.date ?? 'undated', 40),
        detail: plainText(p.text, 300),
        id: p.id,
      });
    }
  }
  return rows;
}

/**
 * Every claim of a group in one list, by article, each with its figure, date and mark
 * (≠ disagrees, Δ changes over time); picking one opens it. Built from the group alone,
 * so it opens no article until one is picked.
 */
export async function showAllRelated(service: CorpusService, group: ClaimGroup, exceptId?: string): Promise<void> {
  const points = group.points.filter((p) => p.id !== exceptId);
  await pickClaim(service, `${group.label}: ${points.length.toLocaleString('en-US')} related claims`, points);
}

/** Some claims of a group in a quick pick, by article then date, each with its figure, date and mark; picking one opens it. */
export async function pickClaim(service: CorpusService, title: string, points: readonly Point[]): Promise<void> {
  const sorted = [...points].sort((a, b) => a.file.localeCompare(b.file) || (a.date ?? '').localeCompare(b.date ?? ''));
  const picked = await vscode.window.showQuickPick(claimRows(sorted), { title: plainText(title, 200), matchOnDescription: true, matchOnDetail: true });
  if (picked?.id) await revealClaim(service, picked.id);
}

function claimLenses(service: CorpusService, doc: vscode.TextDocument): vscode.CodeLens[] {
  const a = service.analysisFor(doc.uri);
  if (!a) return [];
  // One lens per group per article, on its first claim; the group's figures, not one claim's, decide the note.
  const related = a.claims.filter((c) => relatedCount(service, c) > 0);
  return firstClaimOfEachGroup(related, (id) => service.index.groupOf(id)?.topic).map(({ claim: c, inArticle }) => {
    const g = service.index.groupOf(c.id);
    const note = g?.disagreementCount ? ' · figures disagree' : g?.changeCount ? ' · figures change over time' : '';
    // The group's size, as the Claims view and the timeline count it: one count per group everywhere.
    const title = `${countOf(relatedCount(service, c) + 1, 'claim')} in this group${inArticle > 1 ? ` · ${inArticle} in this article` : ''}${note}`;
    return new vscode.CodeLens(new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.start)), { title, command: SHOW_RELATED, arguments: [c.id] });
  });
}
