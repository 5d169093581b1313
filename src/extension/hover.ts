import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Annotation } from '../core/annotations/schema';
import type { ArticleAnalysis, Claim, Entity, NumberMention, Quote } from '../core/types';
import { rankText } from '../core/text/rankText';
import type { CorpusService } from './corpusService';
import { spanAt } from './ranges';
import { countOf } from '../core/util/countOf';
import { KIND_LABEL, relatedCount } from './claimKinds';
import { escapeMarkdown, safeMarkdown } from './untrustedText';
import { annotationState } from './annotations/annotationState';

export const OPEN_LOCATION = 'corpusAnnotator.openLocation';
const MAX_LISTED = 8;

/**
 * Explains what is under the cursor: an entity's kind, canonical name and mentions
 * here and across the corpus (with links that open them); a number's value, unit,
 * kind and flags, with its claim and the related figures elsewhere; a quote's speaker.
 */
/** The hand annotations at a place, as the hover needs them (kept narrow so hover does not depend on the store). */
export interface AnnotationsAt {
  placed(uri: vscode.Uri): { annotation: Annotation; state: string; start: number; end: number }[];
}

export function registerHover(service: CorpusService, notes?: AnnotationsAt): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: 'news-article' },
    { provideHover: (doc, pos) => hoverAt(service, doc, pos, notes) },
  );
}

export function hoverAt(service: CorpusService, doc: vscode.TextDocument, pos: vscode.Position, notes?: AnnotationsAt): vscode.Hover | undefined {
  const a = service.analysisFor(doc.uri);
  const offset = doc.offsetAt(pos);
  const parts: vscode.MarkdownString[] = [];
  const mine = (notes?.placed(doc.uri) ?? []).filter((p) => p.state !== 'orphaned' && p.start <= offset && offset <= p.end);
  for (const p of mine) parts.push(annotationHover(p.annotation));
  const n = a && spanAt(a.numbers, offset);
  const e = a && spanAt(a.entities, offset);
  const q = a && spanAt(a.quotes, offset);
  if (a && n) parts.push(numberHover(service, a, n));
  if (a && e) parts.push(entityHover(service, a, e));
  if (q) parts.push(quoteHover(q));
  // Anywhere else in a claim's sentence (most claims state no figure): the claim itself.
  const claim = a && !n && a.claims.find((c) => c.start <= offset && offset < c.end);
  if (a && claim && !e && !q) {
    const m = md();
    appendClaim(service, m, a, claim);
    parts.push(m);
  }
  const finding = n ? { kind: 'number', s: n } : e ? { kind: 'entity', s: e } : q ? { kind: 'quote', s: q } : undefined;
  if (finding && notes) {
    const decided = notes.placed(doc.uri).find((p) => p.annotation.finding && p.annotation.finding.kind === finding.kind && p.annotation.finding.start === finding.s.start && p.annotation.finding.end === finding.s.end);
    parts.push(decisionLinks(doc.uri, finding.kind, finding.s.start, finding.s.end, decided?.annotation));
  }
  if (parts.length === 0) return undefined;
  // Said wherever corpus-wide facts (related figures, mention counts) are not complete yet.
  const incomplete = a && (n || e || claim) ? service.incompleteNote() : undefined;
  // An article still waiting for its analysis is shown from its first look: its numbers alone.
  if (a && n && service.isFirstLook(a)) parts.push(md().appendMarkdown(`*${escapeMarkdown(incomplete ?? 'analysing')}: this article's claims, names and quotations are still being analysed*`));
  else if (incomplete) parts.push(md().appendMarkdown(`*${escapeMarkdown(incomplete)}: related claims and counts across the corpus are not complete yet*`));
  const span = n ?? e ?? q ?? mine[0];
  return new vscode.Hover(parts, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
}

const ANNOTATION_COMMANDS = ['acceptFinding', 'rejectFinding', 'relabelAnnotation', 'growAnnotationStart', 'shrinkAnnotationEnd', 'noteAnnotation', 'setVerdict', 'linkAnnotation', 'deleteAnnotation', 'tagAnnotation'].map((c) => `corpusAnnotator.${c}`);

/** Hover Markdown: every piece of article or sidecar text in it goes through `esc`; only these commands run from its links. */
function md(): vscode.MarkdownString {
  return safeMarkdown('', [OPEN_LOCATION, ...ANNOTATION_COMMANDS]);
}

function command(name: string, args: unknown[], label: string): string {
  return `[${label}](command:corpusAnnotator.${name}?${commandArgs(args)})`;
}

/** Arguments of a command link, encoded so that nothing in them (an id or a file name with `)`) can end the link early. */
function commandArgs(args: unknown[]): string {
  return encodeURIComponent(JSON.stringify(args)).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * What can be done with the finding under the cursor, given what was decided on it:
 * its state first (accepted, rejected, corrected), then only the actions that change it.
 */
function decisionLinks(uri: vscode.Uri, kind: string, start: number, end: number, decided?: Annotation): vscode.MarkdownString {
  const ref = { uri: uri.toString(), kind, start, end };
  const state = decided ? annotationState(decided) : undefined;
  const accept = command('acceptFinding', [ref], state === 'corrected' ? '$(check) Accept as found' : '$(check) Accept');
  const reject = command('rejectFinding', [ref], '$(close) Reject');
  const relabel = command('relabelAnnotation', [decided && state !== 'rejected' ? decided.id : ref], 'Relabel…');
  const bounds = `${command('growAnnotationStart', [decided?.id ?? ref], '⇤ Widen')} · ${command('shrinkAnnotationEnd', [decided?.id ?? ref], 'Narrow ⇥')}`;
  const said =
    state === 'accepted' ? '$(check) **Finding accepted**' : state === 'rejected' ? '$(close) **Finding rejected**' : state === 'corrected' ? `$(edit) **Finding corrected** to ${esc(decided!.label)}` : '**Finding** (not reviewed)';
  const actions = state === 'accepted' ? [reject, relabel, bounds] : state === 'rejected' ? [accept, relabel] : state === 'corrected' ? [accept, reject] : [accept, reject, relabel, bounds];
  return md().appendMarkdown(`${said} — ${actions.join(' · ')}`);
}

function annotationHover(x: Annotation): vscode.MarkdownString {
  const m = md();
  const state = annotationState(x);
  const icon = state === 'manual' || state === 'corrected' ? 'edit' : state === 'accepted' ? 'check' : state === 'suggested' ? 'lightbulb' : 'close';
  const said = state === 'corrected' && x.finding ? `corrected from the ${esc(x.finding.kind)} finding` : esc(state);
  m.appendMarkdown(`$(${icon}) **Annotation** — ${esc(x.label)}, ${said}${x.annotator ? ` by ${esc(x.annotator)}` : ''}\n\n`);
  if (x.note) m.appendMarkdown(`${esc(x.note, 2000)}\n\n`);
  if (x.tags?.length) m.appendMarkdown(`Tags: ${x.tags.map(esc).join(', ')}\n\n`);
  if (x.verdict) m.appendMarkdown(`Verdict: **${esc(x.verdict)}**\n\n`);
  if (x.relations?.length) m.appendMarkdown(`Linked: ${x.relations.map((r) => `${esc(r.type)} → ${esc(r.to)}`).join(', ')}\n\n`);
  const review = state === 'suggested' ? [command('acceptFinding', [x.id], '$(check) Accept'), command('rejectFinding', [x.id], '$(close) Reject')] : [];
  const links = [...review, command('relabelAnnotation', [x.id], 'Relabel…'), command('noteAnnotation', [x.id], 'Note…'), command('tagAnnotation', [x.id], 'Tags…')];
  if (x.label === 'claim') links.push(command('setVerdict', [x.id], 'Verdict…'));
  if (x.label === 'claim' || x.label === 'quote') links.push(command('linkAnnotation', [x.id], x.label === 'claim' ? 'Link source…' : 'Link speaker…'));
  links.push(command('deleteAnnotation', [x.id], 'Delete'));
  m.appendMarkdown(links.join(' · '));
  return m;
}

function entityHover(service: CorpusService, a: ArticleAnalysis, e: Entity): vscode.MarkdownString {
  const m = md();
  const here = a.entities.filter((x) => x.canonical === e.canonical);
  const all = service.index.mentions(e.canonical);
  const otherFiles = new Set(all.filter((x) => x.file !== a.file).map((x) => x.file));
  m.appendMarkdown(`$(${icon(e.kind)}) **${esc(e.canonical)}** — ${e.kind}\n\n`);
  if (e.text !== e.canonical) m.appendMarkdown(`Written here as “${esc(e.text)}”.\n\n`);
  m.appendMarkdown(`${countOf(here.length, 'mention')} in this article, ${all.length} across the corpus`);
  m.appendMarkdown(otherFiles.size ? ` (${countOf(otherFiles.size, 'other article')}):\n\n` : '.\n\n');
  const byFile = new Map<string, number>();
  for (const x of all) if (x.file !== a.file && !byFile.has(x.file)) byFile.set(x.file, x.entity.start);
  for (const [file, start] of [...byFile].slice(0, MAX_LISTED)) m.appendMarkdown(`- ${link(file, start, articleLabel(file))}\n`);
  if (byFile.size > MAX_LISTED) m.appendMarkdown(`- … and ${byFile.size - MAX_LISTED} more\n`);
  return m;
}

function numberHover(service: CorpusService, a: ArticleAnalysis, n: NumberMention): vscode.MarkdownString {
  const m = md();
  const value = n.malformed ? '_unreadable_' : formatValue(n);
  m.appendMarkdown(`$(symbol-number) **${esc(n.text)}** — ${n.kind}\n\n`);
  m.appendMarkdown(`Value: **${value}**${n.unit ? ` · unit: **${esc(n.unit)}**` : ''}${n.currency ? ` · currency: ${esc(n.currency)}` : ''}\n\n`);
  const flags = [n.approx ? '≈ approximate' : '', n.malformed ? '⚠ malformed: not read as a number' : ''].filter(Boolean);
  if (flags.length) m.appendMarkdown(flags.join(' · ') + '\n\n');
  const index = a.numbers.indexOf(n);
  const claim = a.claims.find((c) => c.numbers.includes(index));
  if (claim) appendClaim(service, m, a, claim);
  return m;
}

function appendClaim(service: CorpusService, m: vscode.MarkdownString, a: ArticleAnalysis, claim: Claim) {
  m.appendMarkdown(`---\n\n**Claim** (${KIND_LABEL[claim.kind]}) · ${esc(claim.topicLabel)}${claim.source ? ` · source: ${esc(claim.source)}` : ''}${claim.date ? ` · ${esc(claim.date)}` : ''}\n\n`);
  const group = service.index.groupOf(claim.id);
  if (!group) {
    m.appendMarkdown('_No related claims in the corpus._\n');
    return;
  }
  const disagree = new Set(group.disagreements.filter((p) => p.includes(claim.id)).flat());
  const changed = new Set(group.changes.filter((p) => p.includes(claim.id)).flat());
  m.appendMarkdown(`Related claims (${relatedCount(service, claim)} others of the group's ${group.points.length}):\n\n`);
  // Figures from other articles first: they are what a reader comes to compare.
  const others = group.points.filter((x) => x.id !== claim.id).sort((x, y) => Number(x.file === a.file) - Number(y.file === a.file));
  for (const p of others.slice(0, MAX_LISTED)) {
    const mark = disagree.has(p.id) ? ' **≠ disagrees**' : changed.has(p.id) ? ' Δ differs over time' : '';
    const where = p.file === a.file ? 'this article' : articleLabel(p.file);
    const start = service.index.claim(p.id)?.claim.start ?? 0;
    const what = p.figureText ? `${p.approx ? '~' : ''}${esc(p.figureText)}` : `“${esc(clip(p.text.replace(/\s+/g, ' ').trim(), 60))}”`;
    m.appendMarkdown(`- ${what} — ${esc(p.date ?? 'undated')}, ${esc(p.source ?? 'no source')}, ${link(p.file, start, where)}${mark}\n`);
  }
  if (others.length > MAX_LISTED) m.appendMarkdown(`- … and ${others.length - MAX_LISTED} more (Show Related Claims)\n`);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function quoteHover(q: Quote): vscode.MarkdownString {
  const m = md();
  m.appendMarkdown(`$(quote) **Quotation** — speaker: ${q.speaker ? `**${esc(q.speaker)}**` : '_not attributed_'}\n`);
  return m;
}

function link(file: string, offset: number, label: string): string {
  return `[${esc(label)}](command:${OPEN_LOCATION}?${commandArgs([file, offset])})`;
}

function articleLabel(file: string): string {
  return path.posix.basename(vscode.Uri.parse(file).path).replace(/\.txt$/, '');
}

function formatValue(n: NumberMention): string {
  if (n.kind === 'date' && n.iso) return n.iso;
  if (n.value === null) return '—';
  if (n.kind === 'ordinal' && Number.isInteger(n.value)) return rankText(n.value);
  const v = n.value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return n.high !== undefined ? `${v}–${n.high.toLocaleString('en-US')}` : v;
}

function icon(kind: Entity['kind']): string {
  return kind === 'person' ? 'person' : kind === 'place' ? 'location' : 'organization';
}

/** Article or sidecar text as Markdown that renders as written (no HTML, images, links or icons). */
function esc(s: string, max?: number): string {
  return escapeMarkdown(s, max);
}
