import { sha256 } from '../analyze';
import type { ArticleAnalysis, Claim, ClaimGroup, Entity } from '../types';
import type { AnalysisCache } from './analysisCache';
import { linkCorpusInSteps, withFile } from './analyzeCorpus';
import { runSteps } from './relatedClaims';
import { localNames, restoreLocalNames, type LocalNames } from './localNames';

/** Analyses one article; `first` puts it ahead of articles already waiting (the one a person is looking at). */
export type Analyzer = (raw: string, file: string, opts?: { first?: boolean }) => Promise<ArticleAnalysis>;

export interface IndexUpdate {
  /** Files whose analysis changed, sorted. */
  changed: string[];
  /** Articles whose analysis failed, sorted by file, with the error's message. */
  failed: { file: string; error: string }[];
}

export interface UpdateOptions {
  /** Called once per article, analysed, found unchanged or failed. */
  onEach?: (file: string) => void;
  /** Link claims across the corpus afterwards (default). Off, the index is `stale` until relink(). */
  link?: boolean;
  /** Analyse ahead of what is waiting (the visible article). */
  first?: boolean;
}

export interface EntityMention {
  file: string;
  entity: Entity;
}

/**
 * The analyses of a whole corpus, kept up to date one article at a time: updating
 * an article re-analyses it only when its text changed (by sha256), taking it from the
 * content-hash cache when one is given (the command line's cache, so a corpus either
 * analysed is warm for the other), then re-runs the corpus-wide steps (canonical names,
 * claim links) over every article, from each article's own names, so that the groups,
 * their ids and labels are the ones linking the corpus afresh gives. The editor holds one.
 */
export class CorpusIndex {
  private readonly articles = new Map<string, ArticleAnalysis>();
  private readonly local = new Map<string, LocalNames>();
  private groupList: ClaimGroup[] = [];
  private claimIndex = new Map<string, { claim: Claim; file: string }>();
  private groupOfClaim = new Map<string, ClaimGroup>();
  /** True when articles changed since claims were last linked: corpus-wide facts are behind. */
  stale = false;
  /** How long the last link took (the editor's benchmark prints it). */
  lastLinkMs = 0;
  /** Bumped whenever an article is stored, put or removed: a link in steps that saw another version is behind when it ends. */
  private version = 0;
  private linking: Promise<void> | undefined;

  constructor(
    private readonly analyze: Analyzer,
    private readonly cache?: AnalysisCache,
  ) {}

  get files(): string[] {
    return [...this.articles.keys()].sort();
  }
  get analyses(): ArticleAnalysis[] {
    return this.files.map((f) => this.articles.get(f)!);
  }
  get size(): number {
    return this.articles.size;
  }
  get groups(): ClaimGroup[] {
    return this.groupList;
  }

  get(file: string): ArticleAnalysis | undefined {
    return this.articles.get(file);
  }

  /**
   * Adds or refreshes articles, linking once at the end (unless `link` is false). An
   * article whose analysis fails is reported in `failed` and keeps its previous analysis,
   * if it had one; the others are still indexed and linked. Never rejects for one article.
   */
  async updateMany(items: { file: string; text: string }[], opts: UpdateOptions | ((file: string) => void) = {}): Promise<IndexUpdate> {
    const { onEach, link = true, first = false } = typeof opts === 'function' ? { onEach: opts } : opts;
    const changed: string[] = [];
    const failed: IndexUpdate['failed'] = [];
    await Promise.all(
      items.map(async ({ file, text }) => {
        try {
          const sha = sha256(text);
          const old = this.articles.get(file);
          if (!old || old.sha256 !== sha) {
            this.store(await this.analysisOf(text, file, sha, first));
            changed.push(file);
          }
        } catch (e) {
          failed.push({ file, error: e instanceof Error ? e.message : String(e) });
        }
        onEach?.(file);
      }),
    );
    if (changed.length > 0) {
      if (link) this.relink();
      else this.stale = true;
    }
    return { changed: changed.sort(), failed: failed.sort((x, y) => x.file.localeCompare(y.file)) };
  }

  /** Adds or refreshes one article; true if its analysis changed. Throws the article's error when its analysis fails. */
  async update(file: string, text: string, opts: Omit<UpdateOptions, 'onEach'> = {}): Promise<boolean> {
    const { changed, failed } = await this.updateMany([{ file, text }], opts);
    if (failed.length > 0) throw new Error(failed[0].error);
    return changed.length > 0;
  }

  /** Replaces an article's analysis directly (e.g. spans shifted after an edit, before re-analysis); its own names stay those of its last analysis. */
  put(analysis: ArticleAnalysis, relink = false): void {
    this.version++;
    this.articles.set(analysis.file, analysis);
    for (const c of analysis.claims) this.claimIndex.set(c.id, { claim: c, file: analysis.file });
    if (relink) this.relink();
  }

  remove(file: string): boolean {
    const had = this.articles.delete(file);
    if (had) this.version++;
    this.local.delete(file);
    if (had) this.relink();
    return had;
  }

  claim(id: string): { claim: Claim; file: string } | undefined {
    return this.claimIndex.get(id);
  }

  groupOf(claimId: string): ClaimGroup | undefined {
    return this.groupOfClaim.get(claimId);
  }

  /** Every mention of an entity (by canonical name) across the corpus, in file order. */
  mentions(canonical: string): EntityMention[] {
    const out: EntityMention[] = [];
    for (const a of this.analyses) for (const e of a.entities) if (e.canonical === canonical) out.push({ file: a.file, entity: e });
    return out;
  }

  /** Links claims across the whole corpus again, from every article's own names. */
  relink(): void {
    runSteps(this.relinkSteps());
  }

  /**
   * relink with a turn of the event loop between its steps (`pause`, setImmediate by
   * default), so that the editor's host answers hovers while a large corpus is linked;
   * the same groups as relink. Until it ends the index stays `stale`, and it stays so
   * when articles changed meanwhile (the caller links again). One link runs at a time:
   * a call while one runs waits for it.
   */
  relinkInSteps(pause: () => Promise<void> = () => new Promise((r) => setImmediate(r))): Promise<void> {
    if (this.linking) return this.linking;
    const run = async () => {
      const steps = this.relinkSteps();
      for (;;) {
        if (steps.next().done) return;
        await pause();
      }
    };
    this.linking = run().finally(() => (this.linking = undefined));
    return this.linking;
  }

  private *relinkSteps(): Generator<void, void> {
    const started = performance.now();
    const version = this.version;
    const analyses = this.analyses;
    for (const a of analyses) {
      const own = this.local.get(a.file);
      if (own) restoreLocalNames(a, own);
    }
    yield;
    const groups = yield* linkCorpusInSteps(analyses);
    yield;
    const groupOfClaim = new Map<string, ClaimGroup>();
    for (const g of groups) for (const p of g.points) groupOfClaim.set(p.id, g);
    yield;
    // Read after the last pause: an article put meanwhile is found by id too.
    const claimIndex = new Map<string, { claim: Claim; file: string }>();
    for (const a of this.analyses) for (const c of a.claims) claimIndex.set(c.id, { claim: c, file: a.file });
    this.groupList = groups;
    this.claimIndex = claimIndex;
    this.groupOfClaim = groupOfClaim;
    this.stale = this.version !== version;
    this.lastLinkMs = performance.now() - started;
  }

  /** The cached analysis of this text, else a fresh one (cached for next time). */
  private async analysisOf(text: string, file: string, sha: string, first: boolean): Promise<ArticleAnalysis> {
    const hit = await this.cache?.get(sha).catch(() => undefined);
    if (hit) return withFile(hit, file);
    const a = await this.analyze(text, file, { first });
    const { file: _omit, ...rest } = a;
    await this.cache?.set(sha, rest).catch(() => undefined);
    return a;
  }

  private store(a: ArticleAnalysis) {
    this.version++;
    this.articles.set(a.file, a);
    this.local.set(a.file, localNames(a));
    // Found by id at once (hovers, Show Related), before the next link places it in a group.
    for (const c of a.claims) this.claimIndex.set(c.id, { claim: c, file: a.file });
  }
}
