import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { numbersOnly } from '../core/analyze';
import { linkedLocation, linkedLocationNow } from '../core/corpus/collectArticles';
import { CorpusAnalyzer } from '../core/corpus/corpusAnalyzer';
import type { CorpusIndex } from '../core/corpus/corpusIndex';
import { CorpusPipeline } from '../core/corpus/corpusPipeline';
import { lazyAnalysisCache, lazyLinkCache, sharedAnalysisCache, sharedLinkCache } from '../core/corpus/sharedCache';
import { EXPORT_MARKER } from '../core/export/exportMarker';
import { shiftAnalysis, withTypedNumbers } from '../core/corpus/shiftSpans';
import { findWorkerScript } from '../core/corpus/workerPool';
import type { ArticleAnalysis } from '../core/types';
import { plain, plainText } from '../core/text/untrusted';
import { articleTexts } from './articleTexts';
import { configuration, isArticle } from './configuration';
import { output } from './output';

/** How long an opened article waits for the cache before its first look is painted (see refreshDocument). */
const FIRST_LOOK_WAIT_MS = 150;
/** How long typing must pause before an edited article is analysed again. */
const REANALYSE_DELAY_MS = 300;
/**
 * How long after the last change the corpus is linked afresh, in steps: each change is
 * linked at once by what it touched (CorpusIndex.linkChanged, milliseconds), which gives
 * groups close to those of a fresh link; the fresh link makes them exactly those, once
 * typing has stopped rather than on every pause.
 */
const EXACT_RELINK_DELAY_MS = 10000;
/** How much nicer than the host the analysis workers' threads run: see AnalysisWorkerPool. */
const WORKER_NICE = 10;
/**
 * Workers while the person waits for the first index: one per core, as the command line
 * uses (niced, so the host and the window still answer first); a single one afterwards,
 * for the edited or opened article. Each holds 90–140 MB, hence no more than four.
 */
const INDEXING_WORKERS = Math.min(4, os.availableParallelism());
/**
 * The analysis worker is closed once it has had nothing to do for this long: its engine
 * and models hold 90–140 MB of the host's memory (measured: a worker after 100 articles
 * 183 MB RSS, 90 MB once closed). The next analysis starts it again (a second or two).
 */
const WORKER_IDLE_MS = 20000;

/**
 * The corpus as the editor sees it: the corpus pipeline the command line uses too
 * (CorpusPipeline: open documents first, the disk otherwise; worker threads; the shared
 * content-hash cache; per-article errors; claim links), wired to the editor's events:
 * files open, change on disk, or are edited. The extension host never parses text or
 * loads the entity model; edits first move the existing spans (instantly) and the
 * article is re-analysed once typing pauses.
 */
export class CorpusService implements vscode.Disposable {
  readonly pipeline: CorpusPipeline;
  readonly index: CorpusIndex;
  private readonly changed = new vscode.EventEmitter<string[]>();
  /** The longest the listeners of one onDidChange held the thread (views, counts, highlights; the editor's benchmark prints it). */
  longestChangeMs = 0;
  /** Fires with the URIs (as strings) whose analysis changed; claim links may have changed everywhere. */
  readonly onDidChange = this.changed.event;
  private readonly moved = new vscode.EventEmitter<string[]>();
  /**
   * Fires with the URIs (as strings) whose spans moved with typing, before the article
   * is analysed again: what is painted follows, while the views and counts over the
   * whole corpus (thousands of articles) wait for the analysis.
   */
  readonly onDidMove = this.moved.event;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly reported = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private indexing: Promise<void> | undefined;
  /** Articles left out because they are symbolic links or lie behind one (URIs as strings), as the command line leaves them out. */
  readonly skippedLinks = new Set<string>();
  /** How long the last full indexing took (status bar tooltip, tests, the README's figures). */
  lastIndexing: { articles: number; ms: number } | undefined;
  /** Articles of the current indexing run done so far, of how many; done === total when none runs. */
  readonly progress = { done: 0, total: 0, running: false };
  private exactTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  /**
   * Open articles not analysed yet, as first seen on this thread (numbersOnly: their
   * numbers, no claims or names), by document version: what hovers and highlights show
   * while the article waits for its worker. Only articles found not to be links out of
   * the workspace are in `readable`, and only those get a first look.
   */
  private readonly firstLooks = new Map<string, { version: number; analysis: ArticleAnalysis }>();
  private readonly readable = new Set<string>();
  /** Why the last first look failed, if one did (npm run bench:editor prints it). */
  firstLookFailure: string | undefined;
  /** When each open article was found readable (ms since the epoch; npm run bench:editor prints it). */
  readonly readableAt = new Map<string, number>();

  constructor(extensionUri: vscode.Uri) {
    // The command line's content-hash cache, shared; Restricted Mode writes nothing, so it goes without.
    const dist = vscode.Uri.joinPath(extensionUri, 'dist').fsPath;
    const cache = vscode.workspace.isTrusted ? lazyAnalysisCache(() => sharedAnalysisCache(dist, __filename)) : undefined;
    // Closed articles are kept slim (their sentences, quotations' text and unclaimed numbers are
    // read back from the cache when they are opened): 2,000 whole analyses held 330 MB.
    const open = (file: string) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === file);
    // The command line's link cache too: an unchanged corpus is not linked again at start.
    const linkCache = vscode.workspace.isTrusted ? lazyLinkCache(() => sharedLinkCache(dist, __filename)) : undefined;
    // Without a worker script (an unbundled run) analysis falls back to this thread.
    const analyzer = new CorpusAnalyzer({ jobs: 1, script: findWorkerScript(dist), nice: WORKER_NICE, idleMs: WORKER_IDLE_MS });
    this.pipeline = new CorpusPipeline(articleTexts, analyzer, cache, { keepWhole: open, linkCache });
    this.index = this.pipeline.index;
    this.disposables.push(
      this.changed,
      this.moved,
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.refreshDocument(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.firstLooks.delete(d.uri.toString());
        this.index.release(d.uri.toString());
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.txt');
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => void this.refreshFromDisk(u)),
      watcher.onDidCreate((u) => void this.refreshFromDisk(u)),
      watcher.onDidDelete((u) => {
        if (this.index.remove(u.toString(), false)) this.scheduleRelink();
      }),
    );
  }

  private fireChanged(files: string[]) {
    const started = performance.now();
    this.changed.fire(files);
    this.longestChangeMs = Math.max(this.longestChangeMs, performance.now() - started);
  }

  /** The article's analysis; for an open article not analysed yet, its first look (see isFirstLook). */
  analysisFor(uri: vscode.Uri): ArticleAnalysis | undefined {
    const key = uri.toString();
    const analysed = this.index.get(key);
    if (analysed) {
      this.firstLooks.delete(key);
      return analysed;
    }
    return this.firstLook(key);
  }

  /** True for an analysis that is only an article's first look: its numbers, before its claims, names and quotes. */
  isFirstLook(a: ArticleAnalysis): boolean {
    return this.firstLooks.get(a.file)?.analysis === a;
  }

  private firstLook(key: string): ArticleAnalysis | undefined {
    if (!this.readable.has(key)) return undefined;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!doc) {
      this.firstLookFailure = 'the document is not open on the host';
      return undefined;
    }
    const seen = this.firstLooks.get(key);
    if (seen?.version === doc.version) return seen.analysis;
    try {
      const analysis = numbersOnly(doc.getText(), key);
      this.firstLooks.set(key, { version: doc.version, analysis });
      return analysis;
    } catch (e) {
      // The worker's analysis reports what went wrong, on this article; the benchmark prints this.
      this.firstLookFailure = e instanceof Error ? e.message || e.name : String(e);
      return undefined;
    }
  }

  /** Finds and analyses every article in the workspace, with progress; later calls wait for the same run. */
  indexWorkspace(force = false): Promise<void> {
    if (!this.indexing || force) this.indexing = this.runIndexing();
    return this.indexing;
  }

  /** Waits until the corpus has been indexed once (tests and commands use it). */
  async ready(): Promise<void> {
    await this.indexWorkspace();
  }

  /**
   * While corpus-wide facts (related claims, mention counts) are incomplete, what to
   * say about it: "indexing: 412 of 2,000 articles", or "linking related claims" after
   * an edit. Undefined once they are complete.
   */
  incompleteNote(): string | undefined {
    const { done, total, running } = this.progress;
    if (!this.indexing || (running && total === 0)) return 'indexing: finding the articles';
    if (running) return `indexing: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} articles`;
    if (this.index.stale) return 'linking related claims';
    return undefined;
  }

  private async runIndexing(): Promise<void> {
    const started = Date.now();
    this.progress.done = 0;
    this.progress.total = 0;
    this.progress.running = true;
    try {
      await this.indexArticles();
    } finally {
      this.progress.running = false;
    }
    this.lastIndexing = { articles: this.index.files.length, ms: Date.now() - started };
  }

  private async indexArticles(): Promise<void> {
    const uris = await this.withoutLinks(await findArticles());
    this.progress.total = uris.length;
    this.pipeline.analyzer.jobs = INDEXING_WORKERS;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Corpus Annotator: indexing' },
      async (progress) => {
        // Reported every 1 %: each report is a message to the window, 2,000 of them kept it busy.
        let reported = 0;
        const onEach = () => {
          const { done, total } = this.progress;
          this.progress.done++;
          if (done + 1 < total && done + 1 - reported < total / 100) return;
          progress.report({ message: `${done + 1}/${total} articles`, increment: ((done + 1 - reported) * 100) / Math.max(1, total) });
          reported = done + 1;
        };
        const files = uris.map((u) => u.toString());
        const { changed, failed } = await this.pipeline.update(files, { onEach }).finally(() => (this.pipeline.analyzer.jobs = 1));
        const listed = new Set(files);
        const gone = this.index.files.filter((f) => !listed.has(f));
        for (const f of gone) this.index.remove(f, false);
        // In steps: hovers answer meanwhile (saying the links are not complete yet).
        await this.index.relinkInSteps();
        for (const f of failed) this.reportOnce(vscode.Uri.parse(f.file), f.error.split('\n')[0]);
        // Every article's claims may have joined groups: all of them changed.
        this.fireChanged([...new Set([...this.index.files, ...changed, ...gone])]);
      },
    );
  }

  /**
   * The articles as the command line's folder walk takes them: a symbolic link that
   * leads out of the workspace folder is never read (listed in the output and said
   * once in a message), and an article reached by a link and by its own path is read
   * once, under its own path.
   */
  private async withoutLinks(uris: vscode.Uri[]): Promise<vscode.Uri[]> {
    const located = await Promise.all(uris.map(async (uri) => ({ uri, where: await this.location(uri) })));
    const direct = new Set(located.filter((l) => l.where && !l.where.outside && !l.where.linked).map((l) => l.where!.real));
    const kept: vscode.Uri[] = [];
    const skipped: vscode.Uri[] = [];
    const read = new Set<string>();
    for (const { uri, where } of located) {
      if (where?.outside) skipped.push(uri);
      else if (where && where.linked && (direct.has(where.real) || read.has(where.real))) continue;
      else {
        if (where) read.add(where.real);
        kept.push(uri);
      }
    }
    const fresh = skipped.filter((u) => !this.skippedLinks.has(u.toString()));
    for (const u of skipped) this.skippedLinks.add(u.toString());
    if (fresh.length) {
      const names = fresh.map((u) => vscode.workspace.asRelativePath(u));
      output().warn(`skipped ${fresh.length} article(s) that are symbolic links to files outside the workspace folder (they are not read, as the command line does not read them):\n  ${names.map((n) => plainText(n, 500)).join('\n  ')}`);
      void vscode.window
        .showWarningMessage(
          fresh.length === 1
            ? plain`Corpus Annotator: skipped ${names[0]}: it is a symbolic link to a file outside the workspace folder, so it is not read.`
            : `Corpus Annotator: skipped ${fresh.length} articles that are symbolic links to files outside the workspace folder, so they are not read. They are listed in the output.`,
          'Show List',
        )
        .then((c) => c && output().show());
    }
    return kept;
  }

  private location(uri: vscode.Uri) {
    if (uri.scheme !== 'file') return Promise.resolve(undefined);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return linkedLocation(uri.fsPath, folder?.uri.fsPath ?? path.dirname(uri.fsPath));
  }

  /** True for an article that is a link out of its workspace folder: never read. */
  private async isLinked(uri: vscode.Uri): Promise<boolean> {
    return (await this.location(uri))?.outside ?? false;
  }

  /**
   * An article's text as the analyses saw it: the open document's, else the file
   * decoded as the engine decodes it (byte-order mark removed). Undefined, with a
   * warning once, when the file cannot be read.
   */
  async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const read = await this.pipeline.read(uri.toString());
    if (read.ok) return read.text;
    this.reportOnce(uri, read.error);
    return undefined;
  }

  /** An unreadable article is reported once per session, never silently skipped. */
  private reportOnce(uri: vscode.Uri, error: string) {
    const key = `${uri.toString()}\n${error}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    void vscode.window.showWarningMessage(plain`Corpus Annotator: ${vscode.workspace.asRelativePath(uri)} was not analysed: ${error}.`);
  }

  /**
   * An opened or edited article, analysed ahead of the rest of the corpus and shown at
   * once; its claims are linked across the corpus once indexing is done (then shortly
   * after, once typing settles). A failure is reported on that article alone.
   */
  private async refreshDocument(doc: vscode.TextDocument) {
    if (!isArticle(doc.uri)) return;
    const key = doc.uri.toString();
    if (!this.readable.has(key) && doc.uri.scheme === 'file') {
      // Checked at once: the first look should not wait behind indexing's thousands of reads.
      const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
      if (linkedLocationNow(doc.uri.fsPath, folder?.uri.fsPath ?? path.dirname(doc.uri.fsPath))?.outside) return;
    } else if (await this.isLinked(doc.uri)) return;
    let firstLook: (() => void) | undefined;
    let firstLookTimer: NodeJS.Timeout | undefined;
    if (!this.readable.has(key)) {
      this.readable.add(key);
      this.readableAt.set(key, Date.now());
      // Painted from the cache when it has the article (a warm start: milliseconds, where a
      // first look costs the host's thread 100 ms and more), else from its first look while
      // its analysis waits for a worker, or once the cache has been slow to answer.
      firstLook = () => {
        clearTimeout(firstLookTimer);
        if (this.index.get(key) || !firstLook) return;
        firstLook = undefined;
        this.moved.fire([key]);
      };
      firstLookTimer = setTimeout(firstLook, FIRST_LOOK_WAIT_MS);
    }
    // A closed article kept slim is made whole from the cache, else analysed again.
    const wasSlim = this.index.isSlim(key);
    if (wasSlim && !(await this.index.keepWhole(key))) this.index.remove(key, false);
    const { changed, failed } = await this.pipeline.update([key], { first: true, onMiss: () => firstLook?.() });
    clearTimeout(firstLookTimer);
    for (const f of failed) this.reportOnce(doc.uri, f.error.split('\n')[0]);
    if (changed.length === 0) {
      // Made whole: its quotations and every number are painted now.
      if (wasSlim && !this.index.isSlim(key)) this.moved.fire([key]);
      return;
    }
    this.fireChanged([key]);
    this.scheduleRelink();
  }

  /**
   * Links what changed once indexing is done: at once by what it touched where the
   * index can (linkChanged), else the corpus in steps; the corpus is linked afresh
   * (in steps) once changes have stopped for EXACT_RELINK_DELAY_MS.
   */
  private scheduleRelink() {
    clearTimeout(this.exactTimer);
    void this.indexing?.then(() => this.linkChanged());
  }

  private async linkChanged(): Promise<void> {
    if (this.disposed || !this.index.stale) return;
    await this.index.whenLinked();
    const affected = this.index.linkChanged();
    if (affected) {
      if (affected.size > 0) this.fireChanged([...affected]);
      clearTimeout(this.exactTimer);
      this.exactTimer = setTimeout(() => void this.linkAfresh(), EXACT_RELINK_DELAY_MS);
      return;
    }
    await this.linkAfresh();
  }

  private async linkAfresh(): Promise<void> {
    if (this.disposed || (this.index.exact && !this.index.stale)) return;
    await this.index.relinkInSteps();
    this.fireChanged(this.index.files);
    // Articles changed while it ran: link them too.
    if (this.index.stale && !this.disposed) void this.linkChanged();
  }

  private async refreshFromDisk(uri: vscode.Uri) {
    if (!isArticle(uri)) return;
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) return;
    if (await this.isLinked(uri)) return;
    const { changed, failed } = await this.pipeline.update([uri.toString()]);
    for (const f of failed) this.reportOnce(uri, f.error.split('\n')[0]);
    if (changed.length === 0) return;
    this.fireChanged([uri.toString()]);
    this.scheduleRelink();
  }

  private onEdit(e: vscode.TextDocumentChangeEvent) {
    if (e.contentChanges.length === 0 || !isArticle(e.document.uri)) return;
    const key = e.document.uri.toString();
    const current = this.index.get(key);
    if (current) {
      const edits = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
      const text = e.document.getText();
      // The figure being typed is highlighted at once, before the analysis that follows.
      this.index.put(withTypedNumbers(shiftAnalysis(current, edits, text), text, edits[edits.length - 1].start + e.contentChanges[e.contentChanges.length - 1].text.length));
      this.moved.fire([key]);
    } else if (this.readable.has(key)) {
      // Not analysed yet: its first look is taken again from the edited text.
      this.moved.fire([key]);
    }
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.refreshDocument(e.document);
      }, REANALYSE_DELAY_MS),
    );
  }

  /**
   * An article's whole analysis (a closed one is held slim): from the cache, else
   * analysed again from `text` (its names then its own, not merged across the corpus).
   */
  wholeAnalysis(file: string, text: string): Promise<ArticleAnalysis> {
    return this.pipeline.whole(file, text);
  }

  /** True while an analysis worker runs (they are closed when idle). */
  get workerRunning(): boolean {
    return this.pipeline.analyzer.workersRunning;
  }

  dispose() {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.exactTimer);
    void this.pipeline.close();
    this.disposables.forEach((d) => d.dispose());
  }
}

async function findArticles(): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const glob of configuration.corpusGlobs) {
    for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**')) seen.set(uri.toString(), uri);
  }
  // An export inside the corpus (a brat export copies the articles) is not read again as articles.
  const exports = (await vscode.workspace.findFiles(`**/${EXPORT_MARKER}`, '**/node_modules/**')).map((u) => path.dirname(u.fsPath) + path.sep);
  return [...seen.values()].filter((u) => !exports.some((d) => u.fsPath.startsWith(d))).sort((a, b) => a.toString().localeCompare(b.toString()));
}
