import * as path from 'node:path';
import * as vscode from 'vscode';
import { sha256 } from '../../core/analyze';
import { anchor, AnchorBudget, SIDECAR_CELLS, type AnchorState } from '../../core/annotations/anchoring';
import { breathe } from '../../core/util/breathe';
import { retarget } from '../../core/annotations/editing';
import { describeChange, type ChangeDescription } from '../../core/annotations/describeChange';
import type { Annotation, Sidecar } from '../../core/annotations/schema';
import { emptySidecar, serializeSidecar, sidecarPathFor, type SidecarProblem } from '../../core/annotations/sidecar';
import { SidecarLockedError } from '../../core/annotations/sidecarLock';
import { SidecarStore } from '../../core/annotations/sidecarStore';
import { FileError } from '../../core/util/fsErrors';
import { move } from '../../core/corpus/shiftSpans';
import { articleTexts } from '../articleTexts';
import { isArticle } from '../configuration';
import { plain, plainText } from '../untrustedText';
import { allowWrite } from '../trust';

/** Where an annotation is in the open document now. Orphans keep their stored target. */
export interface Placed {
  annotation: Annotation;
  state: AnchorState;
  start: number;
  end: number;
}

interface Article {
  uri: vscode.Uri;
  /** The sidecar as last read from or written to disk (the base of a three-way merge). */
  base: Sidecar | null;
  placed: Placed[];
  problems?: SidecarProblem[];
  undo: Annotation[][];
  redo: Annotation[][];
  timer?: NodeJS.Timeout;
  dirty: boolean;
  /** Saves under way: the disk may already hold what they wrote while `base` does not yet. */
  saving?: number;
}

const SAVE_DELAY_MS = 400;
const UNDO_DEPTH = 100;

/**
 * The hand annotations of every open article: loaded from the sidecar and
 * anchored, moved with the text while it is edited, changed through `mutate`
 * (with undo and redo), and written back atomically a moment after each change.
 */
export class AnnotationService implements vscode.Disposable {
  private readonly articles = new Map<string, Article>();
  private readonly loading = new Map<string, Promise<Article>>();
  private readonly store = new SidecarStore();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly reported = new Set<string>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => void this.onSidecarChangedOnDisk(u)),
      watcher.onDidCreate((u) => void this.onSidecarChangedOnDisk(u)),
      watcher.onDidDelete((u) => void this.onSidecarChangedOnDisk(u)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (isArticle(d.uri)) void this.load(d.uri);
      }),
    );
    for (const d of vscode.workspace.textDocuments) if (isArticle(d.uri)) void this.load(d.uri);
  }

  placed(uri: vscode.Uri): Placed[] {
    return this.articles.get(uri.toString())?.placed ?? [];
  }

  /**
   * Findings a person rejected or corrected: their engine highlights stay hidden (a
   * correction shows as the person's annotation instead, wherever its bounds now are).
   */
  rejected(uri: vscode.Uri): { start: number; end: number }[] {
    return this.placed(uri)
      .filter((p) => p.state !== 'orphaned' && (p.annotation.status === 'rejected' || (p.annotation.status === 'manual' && p.annotation.finding)))
      .map((p) => (p.annotation.status === 'rejected' ? p : p.annotation.finding!));
  }

  problems(uri: vscode.Uri): SidecarProblem[] | undefined {
    return this.articles.get(uri.toString())?.problems;
  }

  /** Articles with annotations loaded (for the sidebar and the Problems panel). */
  loaded(): vscode.Uri[] {
    return [...this.articles.values()].map((a) => a.uri);
  }

  async load(uri: vscode.Uri, force = false): Promise<Article> {
    const key = uri.toString();
    if (!force && this.articles.has(key)) return this.articles.get(key)!;
    if (!force && this.loading.has(key)) return this.loading.get(key)!;
    const p = this.read(uri);
    this.loading.set(key, p);
    try {
      const a = await p;
      this.articles.set(key, a);
      this.changed.fire(uri);
      return a;
    } finally {
      this.loading.delete(key);
    }
  }

  private async read(uri: vscode.Uri): Promise<Article> {
    const loaded = await this.store.load(uri.fsPath);
    const text = await textOf(uri);
    if (loaded.state === 'invalid') {
      this.reportInvalid(uri, loaded.problems);
      return { uri, base: null, placed: [], problems: loaded.problems, undo: [], redo: [], dirty: false };
    }
    const sidecar = loaded.sidecar;
    return { uri, base: loaded.state === 'ok' ? sidecar : null, placed: await placeAll(sidecar.annotations, text), undo: [], redo: [], dirty: false };
  }

  /** A sidecar that fails validation is shown once, with a way to open it at the problem; it is never overwritten. */
  private reportInvalid(uri: vscode.Uri, problems: SidecarProblem[]) {
    const file = sidecarPathFor(uri.fsPath);
    const p = problems[0];
    const key = `${file}:${p.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    void vscode.window
      .showErrorMessage(plain`Corpus Annotator: ${path.basename(file)} is not valid and will not be changed: ${p.message} (line ${p.line}, expected ${p.expected}).`, 'Open at Problem')
      .then(async (choice) => {
        if (choice !== 'Open at Problem') return;
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        const at = doc.positionAt(p.offset);
        await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at) });
      });
  }

  /**
   * Changes an article's annotations: `fn` gets the current list and returns the
   * new one. The old list goes on the undo stack; the sidecar is saved shortly after.
   */
  async mutate(uri: vscode.Uri, fn: (annotations: Annotation[], text: string) => Annotation[]): Promise<boolean> {
    if (!allowWrite('changing annotations', vscode.workspace, vscode.window)) return false;
    const a = await this.load(uri);
    if (a.problems) {
      this.reportInvalid(uri, a.problems);
      return false;
    }
    const text = await textOf(uri);
    const before = this.current(a, text);
    const after = fn(before, text);
    a.undo.push(before);
    if (a.undo.length > UNDO_DEPTH) a.undo.shift();
    a.redo = [];
    this.replace(a, after, text);
    return true;
  }

  /** Undoes the last change; says what it undid (undefined: nothing to undo). */
  async undo(uri: vscode.Uri): Promise<ChangeDescription | undefined> {
    return this.step(uri, 'undo');
  }

  async redo(uri: vscode.Uri): Promise<ChangeDescription | undefined> {
    return this.step(uri, 'redo');
  }

  private async step(uri: vscode.Uri, dir: 'undo' | 'redo'): Promise<ChangeDescription | undefined> {
    const a = await this.load(uri);
    const from = dir === 'undo' ? a.undo : a.redo;
    const to = dir === 'undo' ? a.redo : a.undo;
    const snapshot = from.pop();
    if (!snapshot) return undefined;
    const text = await textOf(uri);
    const now = this.current(a, text);
    to.push(now);
    this.replace(a, snapshot, text);
    return describeChange(now, snapshot);
  }

  /** The annotations with their targets updated to where they are now (orphans unchanged). */
  private current(a: Article, text: string): Annotation[] {
    const sha = sha256(text);
    return a.placed.map((p) => {
      const t = p.annotation.target;
      // Only annotations anchored in this editor follow its edits into the file; a
      // "moved" one (the text changed elsewhere) waits for a person to accept it.
      if (p.state !== 'anchored' || (p.start === t.start && p.end === t.end && text.slice(p.start, p.end) === t.exact)) return p.annotation;
      return { ...retarget(p.annotation, text, sha, p.start, p.end), modified: p.annotation.modified };
    });
  }

  private replace(a: Article, annotations: Annotation[], text: string) {
    a.placed = placeAgain(annotations, text, a.placed);
    a.dirty = true;
    this.changed.fire(a.uri);
    clearTimeout(a.timer);
    a.timer = setTimeout(() => void this.save(a.uri), SAVE_DELAY_MS);
  }

  /** Takes an annotation's new place (after the text changed elsewhere) as its place. */
  async acceptMoved(uri: vscode.Uri, id: string): Promise<boolean> {
    const a = await this.load(uri);
    const p = a.placed.find((x) => x.annotation.id === id && x.state === 'moved');
    if (!p) return false;
    return this.mutate(uri, (list, text) => list.map((x) => (x.id === id ? retarget(x, text, sha256(text), p.start, p.end) : x)));
  }

  /** Writes pending changes now (commands and tests call it; normally a timer does). */
  async flush(uri?: vscode.Uri): Promise<void> {
    const targets = uri ? [this.articles.get(uri.toString())].filter((x): x is Article => !!x) : [...this.articles.values()];
    await Promise.all(targets.filter((a) => a.dirty).map((a) => this.save(a.uri)));
  }

  private async save(uri: vscode.Uri): Promise<void> {
    const a = this.articles.get(uri.toString());
    if (!a || !a.dirty) return;
    clearTimeout(a.timer);
    a.dirty = false;
    a.saving = (a.saving ?? 0) + 1;
    try {
      await this.write(a, uri);
    } finally {
      a.saving--;
    }
  }

  private async write(a: Article, uri: vscode.Uri): Promise<void> {
    const text = await textOf(uri);
    const next: Sidecar = { ...(a.base ?? emptySidecar(path.basename(uri.fsPath))), annotations: this.current(a, text) };
    try {
      const r = await this.store.save(uri.fsPath, a.base, next);
      if (!r.saved) {
        a.problems = r.problems;
        if (r.problems) this.reportInvalid(uri, r.problems);
        return;
      }
      a.base = r.sidecar;
      if (r.conflicts.length) {
        void vscode.window.showWarningMessage(
          `Corpus Annotator: ${r.conflicts.length} annotation${r.conflicts.length === 1 ? ' was' : 's were'} changed both here and on disk in ${plainText(path.basename(r.file))}; the version on disk was kept. Your version is in the undo history.`,
        );
        a.undo.push(next.annotations);
        a.placed = placeAgain(r.sidecar.annotations, text, a.placed);
        this.changed.fire(uri);
      } else if (r.sidecar.annotations.length !== next.annotations.length) {
        a.placed = placeAgain(r.sidecar.annotations, text, a.placed);
        this.changed.fire(uri);
      }
    } catch (e) {
      a.dirty = true;
      // The message names the sidecar and the cause (a full disk, a lock held too long); the change stays pending.
      const message = e instanceof FileError || e instanceof SidecarLockedError ? e.message : `could not save ${path.basename(sidecarPathFor(uri.fsPath))}: ${(e as Error).message}`;
      void vscode.window.showErrorMessage(`Corpus Annotator: ${plainText(message, 500)}. Your change is kept in this window and saved again with your next change.`);
    }
  }

  private async onSidecarChangedOnDisk(sidecarUri: vscode.Uri) {
    const article = vscode.Uri.file(sidecarUri.fsPath.replace(/\.annotations\.json$/, '.txt'));
    const a = this.articles.get(article.toString());
    if (!a) return;
    // Our own write comes back as a change event: nothing to do when the disk holds what we wrote.
    const loaded = await this.store.load(article.fsPath);
    // Compared as written (stable key order): the parsed file and the object we wrote
    // hold the same data with keys in different orders.
    if (loaded.state === 'ok' && a.base && serializeSidecar(loaded.sidecar) === serializeSidecar(a.base)) return;
    if (loaded.state === 'missing' && !a.base) return;
    // The next save merges it; a save under way already does (the store merges with the disk
    // under its lock), and reloading now would take our own write for a stranger's and drop
    // the undo history.
    if (a.dirty || a.saving) return;
    await this.load(article, true);
  }

  /** Annotations move with the text while the article is edited, as decorations do. */
  private onEdit(e: vscode.TextDocumentChangeEvent) {
    const a = this.articles.get(e.document.uri.toString());
    if (!a || e.contentChanges.length === 0) return;
    for (const c of e.contentChanges) {
      const edit = { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text };
      for (const p of a.placed) {
        if (p.state === 'orphaned') continue;
        if (!move(p, edit, true)) p.state = 'orphaned';
      }
    }
    this.changed.fire(a.uri);
  }

  dispose() {
    for (const a of this.articles.values()) clearTimeout(a.timer);
    void this.flush();
    this.disposables.forEach((d) => d.dispose());
  }
}

function place(annotation: Annotation, text: string, budget: AnchorBudget): Placed {
  const r = anchor(text, annotation.target, budget);
  return { annotation, state: r.state, start: r.start ?? annotation.target.start, end: r.end ?? annotation.target.end };
}

/**
 * Places a sidecar's annotations as it is loaded. The sidecar may be someone
 * else's: all its annotations share one search budget, and the thread is let go
 * between them, so a sidecar of long quotes that are no longer in the text cannot
 * hold the extension host (a 24 KB one held it ~10 s, a 707 KB one minutes).
 */
async function placeAll(annotations: Annotation[], text: string): Promise<Placed[]> {
  const budget = new AnchorBudget(SIDECAR_CELLS);
  const out: Placed[] = [];
  for (const x of annotations) {
    await breathe();
    out.push(place(x, text, budget));
  }
  return out;
}

/** After a change: annotations that did not change keep their places (edits have moved them along); only the others are anchored. */
function placeAgain(annotations: Annotation[], text: string, previous: Placed[]): Placed[] {
  const known = new Map(previous.map((p) => [p.annotation, p]));
  const budget = new AnchorBudget(SIDECAR_CELLS);
  return annotations.map((x) => known.get(x) ?? place(x, text, budget));
}

/** The article's text as its analysis read it (articleTexts), so that annotations anchor to the same offsets. */
async function textOf(uri: vscode.Uri): Promise<string> {
  const read = await articleTexts.read(uri.toString());
  if (!read.ok) throw new Error(`${vscode.workspace.asRelativePath(uri)}: ${read.error}`);
  return read.text;
}
