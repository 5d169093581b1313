import * as vscode from 'vscode';
import { sha256 } from '../../core/analyze';
import { createAnnotation, retarget, stepBoundary } from '../../core/annotations/editing';
import type { Annotation } from '../../core/annotations/schema';
import type { ArticleAnalysis } from '../../core/types';
import type { CorpusService } from '../corpusService';
import type { AnnotationService, Placed } from './annotationService';
import { plain, plainText } from '../untrustedText';
import { asksForNote, labelForKey, pickLabel } from './labels';

export type FindingKind = 'entity' | 'number' | 'quote' | 'claim';
export interface FindingRef {
  uri: string;
  kind: FindingKind;
  start: number;
  end: number;
}

const SECTION = 'corpusAnnotator';

/**
 * Every annotation command, keyboard-first: each works on the selection or the
 * annotation or finding at the cursor, and also takes its inputs as arguments
 * (hover links, the sidebar and tests call it that way).
 */
export function registerAnnotationCommands(corpus: CorpusService, notes: AnnotationService): vscode.Disposable {
  const reg = (id: string, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(`${SECTION}.${id}`, fn);
  return vscode.Disposable.from(
    reg('annotateSelection', (label?: string, note?: string) => annotateSelection(corpus, notes, label, note)),
    reg('acceptFinding', (ref?: FindingRef | ClaimNode | AnnotationNode | string) => decide(corpus, notes, 'accepted', ref)),
    reg('rejectFinding', (ref?: FindingRef | ClaimNode | AnnotationNode | string) => decide(corpus, notes, 'rejected', ref)),
    reg('nextSuggestion', () => stepSuggestion(notes, +1)),
    reg('previousSuggestion', () => stepSuggestion(notes, -1)),
    reg('relabelAnnotation', (id?: Target, label?: string) => relabel(corpus, notes, id, label)),
    reg('quickLabel', (key?: number) => quickLabel(corpus, notes, key)),
    reg('noteAnnotation', (id?: Target, note?: string) =>
      update(corpus, notes, id, async (a) => ({ ...a, note: note ?? (await vscode.window.showInputBox({ prompt: 'Note', value: a.note ?? '' })) ?? a.note })),
    ),
    reg('tagAnnotation', (id?: Target, tags?: string[]) =>
      update(corpus, notes, id, async (a) => {
        const typed = tags ?? (await vscode.window.showInputBox({ prompt: 'Tags, separated by commas', value: (a.tags ?? []).join(', ') }))?.split(',');
        return typed ? { ...a, tags: typed.map((t) => t.trim()).filter(Boolean) } : a;
      }),
    ),
    reg('setVerdict', (id?: Target, verdict?: string) =>
      update(corpus, notes, id, async (a) => {
        const verdicts = vscode.workspace.getConfiguration(SECTION).get<string[]>('verdicts', ['unverified', 'supported', 'disputed', 'false']);
        const v = verdict ?? (await vscode.window.showQuickPick(verdicts.map((x) => ({ label: plainText(x), value: x })), { placeHolder: 'Verdict on this claim' }))?.value;
        return v ? { ...a, verdict: v } : a;
      }),
    ),
    reg('editAnnotationFields', (id?: Target, fields?: Annotation['fields']) =>
      update(corpus, notes, id, async (a) => ({ ...a, fields: { ...a.fields, ...(fields ?? (await askFields(a))) } })),
    ),
    reg('growAnnotationStart', (id?: Target) => boundary(corpus, notes, id, 'start', true)),
    reg('shrinkAnnotationStart', (id?: Target) => boundary(corpus, notes, id, 'start', false)),
    reg('growAnnotationEnd', (id?: Target) => boundary(corpus, notes, id, 'end', true)),
    reg('shrinkAnnotationEnd', (id?: Target) => boundary(corpus, notes, id, 'end', false)),
    reg('linkAnnotation', (id?: string, type?: 'speaker' | 'source', to?: string) => link(notes, id, type, to)),
    reg('reattachAnnotation', (id?: string, start?: number, end?: number) => reattach(notes, id, start, end)),
    reg('acceptMovedAnnotation', (uri?: string, id?: string) => (uri && id ? notes.acceptMoved(vscode.Uri.parse(uri), id) : undefined)),
    reg('deleteAnnotation', (id?: string) => withTarget(notes, id, (uri, p) => notes.mutate(uri, (list) => list.filter((x) => x.id !== p.annotation.id)))),
    reg('undoAnnotation', () => undoOrRedo(notes, 'undo')),
    reg('redoAnnotation', () => undoOrRedo(notes, 'redo')),
  );
}

/** A claim in the Claims view, as its context menu passes it. */
interface ClaimNode {
  claim: { start: number; end: number };
  file: string;
}

/** An annotation in the Annotations view, as its inline buttons pass it. */
interface AnnotationNode {
  placed: Placed;
}

function asRef(x?: FindingRef | ClaimNode): FindingRef | undefined {
  if (!x) return undefined;
  if ('claim' in x) return { uri: x.file, kind: 'claim', start: x.claim.start, end: x.claim.end };
  return x;
}

/** Undo and redo say what they did and show it: the caret goes to the annotation, scrolled into view. */
async function undoOrRedo(notes: AnnotationService, dir: 'undo' | 'redo'): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const uri = editor.document.uri;
  const done = dir === 'undo' ? await notes.undo(uri) : await notes.redo(uri);
  if (!done) {
    void vscode.window.setStatusBarMessage(`Corpus Annotator: no annotation change to ${dir}.`, 4000);
    return undefined;
  }
  const message = plain`${dir === 'undo' ? 'Undid' : 'Redid'}: ${done.summary}`;
  const id = done.annotation?.id;
  const placed = id ? notes.placed(uri).find((p) => p.annotation.id === id) : undefined;
  const offset = placed?.start ?? done.annotation?.target.start;
  if (offset !== undefined && offset <= editor.document.getText().length) {
    const at = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  void vscode.window.setStatusBarMessage(`$(discard) ${message}`, 6000);
  return message;
}

async function annotateSelection(corpus: CorpusService, notes: AnnotationService, label?: string, note?: string): Promise<Annotation | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Select the text to annotate first.');
    return undefined;
  }
  const chosen = label ?? (await pickLabel('Label for the selection (1–9 takes one at once)'));
  if (!chosen) return undefined;
  const text = editor.document.getText();
  const start = editor.document.offsetAt(editor.selection.start);
  const end = editor.document.offsetAt(editor.selection.end);
  // The note prompt is a second stop on every label: only when asked for (setting).
  const typed = note ?? (!asksForNote() ? undefined : await vscode.window.showInputBox({ prompt: 'Note (optional)', placeHolder: 'Press Enter to skip' }));
  const annotation = createAnnotation(text, sha256(text), start, end, { label: chosen, status: 'manual', ...(typed ? { note: typed } : {}), ...annotator() });
  if (!(await notes.mutate(editor.document.uri, (list) => [...list, annotation]))) return undefined;
  // The labelled text stays selected no longer: one more key must not replace it.
  editor.selection = new vscode.Selection(editor.selection.end, editor.selection.end);
  return annotation;
}

function annotator(): { annotator?: string } {
  const name = vscode.workspace.getConfiguration(SECTION).get<string>('annotator', '');
  return name ? { annotator: name } : {};
}

/** The automatic finding at the cursor: a number, else an entity, else a quote, else a claim. */
export function findingAt(a: ArticleAnalysis, offset: number): { kind: FindingKind; start: number; end: number; label: string } | undefined {
  const hit = <T extends { start: number; end: number }>(xs: T[]) => xs.find((x) => x.start <= offset && offset <= x.end);
  const n = hit(a.numbers);
  if (n) return { kind: 'number', start: n.start, end: n.end, label: 'number' };
  const e = hit(a.entities);
  if (e) return { kind: 'entity', start: e.start, end: e.end, label: e.kind };
  const q = hit(a.quotes);
  if (q) return { kind: 'quote', start: q.start, end: q.end, label: 'quote' };
  const c = hit(a.claims);
  if (c) return { kind: 'claim', start: c.start, end: c.end, label: 'claim' };
  return undefined;
}

/**
 * Accept or reject what is at the cursor (or what a hover link or the sidebar names):
 * another tool's suggestion waiting for review first, else the engine's finding.
 */
async function decide(corpus: CorpusService, notes: AnnotationService, status: 'accepted' | 'rejected', given?: FindingRef | ClaimNode | AnnotationNode | string): Promise<Annotation | undefined> {
  const target = given && typeof given === 'object' && 'placed' in given ? given.placed.annotation.id : given;
  if (typeof target === 'string' || !target) {
    const reviewed = await withTarget(notes, typeof target === 'string' ? target : undefined, (uri, p) => review(notes, uri, p.annotation, status), typeof target !== 'string', (p) => p.annotation.status === 'suggested');
    // Reviewing by keyboard goes on to the next suggestion, one key per decision.
    if (reviewed && !target) await stepSuggestion(notes, +1, true);
    if (reviewed || typeof target === 'string') return reviewed;
  }
  return decideFinding(corpus, notes, status, asRef(target as FindingRef | ClaimNode | undefined));
}

/**
 * The caret to the next (or previous) suggestion waiting for review in the article,
 * wrapping at its end; says so when none is left.
 */
async function stepSuggestion(notes: AnnotationService, direction: 1 | -1, quiet = false): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const waiting = notes
    .placed(editor.document.uri)
    .filter((p) => p.annotation.status === 'suggested' && p.state !== 'orphaned')
    .sort((x, y) => x.start - y.start);
  if (!waiting.length) {
    const elsewhere = notes.loaded().filter((u) => u.toString() !== editor.document.uri.toString() && notes.placed(u).some((p) => p.annotation.status === 'suggested')).length;
    void vscode.window.setStatusBarMessage(`$(lightbulb) No suggestion left to review in this article${elsewhere ? ` (${elsewhere} other articles have some)` : ''}.`, 5000);
    return undefined;
  }
  const caret = editor.document.offsetAt(editor.selection.active);
  const next = direction > 0 ? (waiting.find((p) => p.start > caret) ?? waiting[0]) : ([...waiting].reverse().find((p) => p.start < caret) ?? waiting[waiting.length - 1]);
  const at = editor.document.positionAt(next.start);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, editor.document.positionAt(next.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (!quiet) void vscode.window.setStatusBarMessage(`$(lightbulb) ${waiting.length} suggestion${waiting.length === 1 ? '' : 's'} to review in this article`, 4000);
  return next.annotation.id;
}

/**
 * A suggestion a person reviewed: it keeps its span, label and fields and becomes the
 * reviewer's (when the annotator setting names one), accepted or rejected.
 */
async function review(notes: AnnotationService, uri: vscode.Uri, suggestion: Annotation, status: 'accepted' | 'rejected'): Promise<Annotation | undefined> {
  const reviewed: Annotation = { ...suggestion, status, ...annotator(), modified: new Date().toISOString() };
  const saved = await notes.mutate(uri, (list) => list.map((x) => (x.id === suggestion.id ? reviewed : x)));
  return saved ? reviewed : undefined;
}

async function decideFinding(corpus: CorpusService, notes: AnnotationService, status: 'accepted' | 'rejected', ref?: FindingRef): Promise<Annotation | undefined> {
  const editor = vscode.window.activeTextEditor;
  const uri = ref ? vscode.Uri.parse(ref.uri) : editor?.document.uri;
  if (!uri) return undefined;
  const analysis = corpus.analysisFor(uri);
  const finding = ref
    ? { kind: ref.kind, start: ref.start, end: ref.end, label: labelOf(analysis, ref) }
    : analysis && editor && findingAt(analysis, editor.document.offsetAt(editor.selection.active));
  if (!finding) {
    void vscode.window.showInformationMessage('No automatic finding at the cursor to accept or reject.');
    return undefined;
  }
  let made: Annotation | undefined;
  await notes.mutate(uri, (list, text) => {
    // One decision per finding: a new decision replaces the old one.
    const rest = list.filter((x) => !(x.finding && x.finding.kind === finding.kind && x.finding.start === finding.start && x.finding.end === finding.end));
    made = createAnnotation(text, sha256(text), finding.start, finding.end, {
      label: finding.label,
      status,
      finding: { kind: finding.kind, start: finding.start, end: finding.end },
      ...fieldsOf(analysis, finding),
      ...annotator(),
    });
    return [...rest, made];
  });
  return made;
}

function labelOf(a: ArticleAnalysis | undefined, ref: FindingRef): string {
  if (ref.kind === 'entity') return a?.entities.find((e) => e.start === ref.start && e.end === ref.end)?.kind ?? 'person';
  return ref.kind;
}

/** The finding's own fields travel with the decision, so an accepted finding keeps what was accepted. */
function fieldsOf(a: ArticleAnalysis | undefined, f: { kind: FindingKind; start: number; end: number }): Pick<Annotation, 'fields'> | object {
  if (!a) return {};
  if (f.kind === 'entity') {
    const e = a.entities.find((x) => x.start === f.start && x.end === f.end);
    return e ? { fields: { canonical: e.canonical } } : {};
  }
  if (f.kind === 'number') {
    const n = a.numbers.find((x) => x.start === f.start && x.end === f.end);
    return n ? { fields: { value: n.value, unit: n.unit } } : {};
  }
  if (f.kind === 'quote') {
    const q = a.quotes.find((x) => x.start === f.start && x.end === f.end);
    return q ? { fields: { speaker: q.speaker } } : {};
  }
  const c = a.claims.find((x) => x.start === f.start && x.end === f.end);
  return c ? { fields: { topic: c.topic, source: c.source } } : {};
}

/** What a command works on: an annotation id, a finding (from a hover link), or else what is at the cursor. */
type Target = string | FindingRef;

/** The annotation named by id, or the innermost one at the cursor. */
async function withTarget<T>(
  notes: AnnotationService,
  id: string | undefined,
  fn: (uri: vscode.Uri, p: Placed) => Promise<T>,
  quiet = false,
  which: (p: Placed) => boolean = () => true,
): Promise<T | undefined> {
  const editor = vscode.window.activeTextEditor;
  for (const uri of id ? notes.loaded() : editor ? [editor.document.uri] : []) {
    const placed = notes.placed(uri).filter(which);
    const offset = editor && editor.document.uri.toString() === uri.toString() ? editor.document.offsetAt(editor.selection.active) : -1;
    const p = id
      ? placed.find((x) => x.annotation.id === id)
      : placed.filter((x) => x.state !== 'orphaned' && x.start <= offset && offset <= x.end).sort((x, y) => x.end - x.start - (y.end - y.start))[0];
    if (p) return fn(uri, p);
  }
  if (!quiet) void vscode.window.showInformationMessage(id ? plain`Annotation ${id} was not found.` : 'No annotation or finding at the cursor.');
  return undefined;
}

/**
 * The annotation a change applies to, made in place when the target is a finding:
 * changing a finding makes it a person's annotation that remembers the finding it
 * came from (and replaces any earlier decision on it).
 */
interface Editable {
  uri: vscode.Uri;
  annotation: Annotation;
  start: number;
  end: number;
  /** True when the annotation does not exist yet (a finding being corrected). */
  fresh: boolean;
}

async function resolve(corpus: CorpusService, notes: AnnotationService, target: Target | undefined): Promise<Editable | undefined> {
  if (typeof target === 'string') return withTarget(notes, target, async (uri, p) => ({ uri, annotation: p.annotation, start: p.start, end: p.end, fresh: false }));
  if (!target) {
    const at = await withTarget(notes, undefined, async (uri, p) => ({ uri, annotation: p.annotation, start: p.start, end: p.end, fresh: false }), true);
    if (at) return at;
  }
  const editor = vscode.window.activeTextEditor;
  const uri = target ? vscode.Uri.parse(target.uri) : editor?.document.uri;
  const analysis = uri && corpus.analysisFor(uri);
  const finding = target
    ? { kind: target.kind, start: target.start, end: target.end, label: labelOf(analysis, target) }
    : analysis && editor && findingAt(analysis, editor.document.offsetAt(editor.selection.active));
  if (!uri || !finding) {
    void vscode.window.showInformationMessage('No annotation or finding at the cursor.');
    return undefined;
  }
  const text = editor && editor.document.uri.toString() === uri.toString() ? editor.document.getText() : (await vscode.workspace.openTextDocument(uri)).getText();
  const annotation = createAnnotation(text, sha256(text), finding.start, finding.end, {
    label: finding.label,
    status: 'manual',
    finding: { kind: finding.kind, start: finding.start, end: finding.end },
    ...fieldsOf(analysis, finding),
    ...annotator(),
  });
  return { uri, annotation, start: finding.start, end: finding.end, fresh: true };
}

/** Saves a changed annotation: a decision on a finding that a person changed becomes a correction of it. */
function commit(notes: AnnotationService, e: Editable, next: Annotation): Promise<boolean> {
  const stamped: Annotation = { ...next, status: next.finding && next.status !== 'manual' ? 'manual' : next.status, modified: new Date().toISOString() };
  const f = e.annotation.finding;
  return notes.mutate(e.uri, (list) =>
    e.fresh
      ? [...list.filter((x) => !(f && x.finding && x.finding.kind === f.kind && x.finding.start === f.start && x.finding.end === f.end)), stamped]
      : list.map((x) => (x.id === e.annotation.id ? stamped : x)),
  );
}

async function update(corpus: CorpusService, notes: AnnotationService, id: Target | undefined, change: (a: Annotation) => Promise<Annotation>) {
  const e = await resolve(corpus, notes, id);
  if (!e) return undefined;
  const next = await change(e.annotation);
  if (next === e.annotation) return false;
  return commit(notes, e, next);
}

async function relabel(corpus: CorpusService, notes: AnnotationService, id: Target | undefined, label?: string) {
  const e = await resolve(corpus, notes, id);
  if (!e) return undefined;
  const chosen = label ?? (await pickLabel(plain`Label for “${plainText(e.annotation.target.exact, 40)}” (1–9 takes one at once)`, e.annotation.label));
  if (!chosen || (chosen === e.annotation.label && !e.fresh)) return false;
  return commit(notes, e, { ...e.annotation, label: chosen });
}

/**
 * A number key in annotation mode: labels the selection, or relabels the
 * annotation or corrects the finding at the caret.
 */
async function quickLabel(corpus: CorpusService, notes: AnnotationService, key?: number) {
  const label = key === undefined ? undefined : labelForKey(key);
  if (!label) return undefined;
  const editor = vscode.window.activeTextEditor;
  if (editor && !editor.selection.isEmpty) {
    return annotateSelection(corpus, notes, label);
  }
  return relabel(corpus, notes, undefined, label);
}

async function boundary(corpus: CorpusService, notes: AnnotationService, id: Target | undefined, side: 'start' | 'end', grow: boolean) {
  const e = await resolve(corpus, notes, id);
  if (!e) return undefined;
  const doc = await vscode.workspace.openTextDocument(e.uri);
  const text = doc.getText();
  const [s, end] = stepBoundary(text, e.start, e.end, side, grow);
  return commit(notes, e, retarget(e.annotation, text, sha256(text), s, end));
}

async function link(notes: AnnotationService, id: string | undefined, type?: 'speaker' | 'source', to?: string) {
  return withTarget(notes, id, async (uri, p) => {
    const kind = type ?? (p.annotation.label === 'claim' ? 'source' : 'speaker');
    let target = to;
    if (!target) {
      const candidates = notes.placed(uri).filter((x) => x.annotation.id !== p.annotation.id && ['person', 'organization', 'place'].includes(x.annotation.label));
      const pick = await vscode.window.showQuickPick(
        candidates.map((x) => ({ label: plainText(x.annotation.target.exact), description: plain`${x.annotation.label} · ${x.annotation.status}`, id: x.annotation.id })),
        { placeHolder: candidates.length ? plain`Link this ${p.annotation.label} to its ${kind}` : 'Annotate or accept the entity mention first' },
      );
      target = pick?.id;
    }
    if (!target) return false;
    return notes.mutate(uri, (list) =>
      list.map((x) => (x.id === p.annotation.id ? { ...x, relations: [...(x.relations ?? []).filter((r) => r.type !== kind), { type: kind, to: target! }], modified: new Date().toISOString() } : x)),
    );
  });
}

/** Re-anchors an orphan to [start, end) of the active article (a quick fix's), else to the selection. */
async function reattach(notes: AnnotationService, id?: string, start?: number, end?: number) {
  const editor = vscode.window.activeTextEditor;
  const given = editor && start !== undefined && end !== undefined && start < end;
  if (!editor || (!given && editor.selection.isEmpty)) {
    void vscode.window.showInformationMessage('Select the text to re-attach the annotation to.');
    return false;
  }
  const uri = editor.document.uri;
  const orphan = notes.placed(uri).find((x) => (id ? x.annotation.id === id : x.state === 'orphaned'));
  if (!orphan) return false;
  const text = editor.document.getText();
  const s = given ? start : editor.document.offsetAt(editor.selection.start);
  const e = given ? end : editor.document.offsetAt(editor.selection.end);
  return notes.mutate(uri, (list) => list.map((x) => (x.id === orphan.annotation.id ? retarget(x, text, sha256(text), s, e) : x)));
}

async function askFields(a: Annotation): Promise<Annotation['fields']> {
  const ask = (prompt: string, value?: string | number | null) => vscode.window.showInputBox({ prompt, value: value === null || value === undefined ? '' : String(value) });
  if (a.label === 'number') {
    const value = await ask('Value', a.fields?.value);
    const unit = await ask('Unit', a.fields?.unit);
    return { value: value === undefined || value === '' ? null : Number(value.replace(/,/g, '')), unit: unit || null };
  }
  if (a.label === 'quote') return { speaker: (await ask('Speaker', a.fields?.speaker)) || null };
  if (a.label === 'claim') return { topic: (await ask('Topic', a.fields?.topic)) ?? a.fields?.topic, source: (await ask('Source', a.fields?.source)) || null };
  return { canonical: (await ask('Canonical name', a.fields?.canonical ?? a.target.exact)) || undefined };
}
