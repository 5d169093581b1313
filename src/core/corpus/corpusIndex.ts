import { sha256 } from '../analyze';
import type { ArticleAnalysis, Claim, ClaimGroup, Entity } from '../types';
import { CACHE_READS, type AnalysisCache } from './analysisCache';
import { linkCorpusInSteps, withFile } from './linkCorpus';
import { runSteps } from '../util/runSteps';
import { localNames, renameInArticle, restoreLocalNames, type LocalNames } from './localNames';
import { ClaimPostings, linkTouched } from './linkTouched';
import { applyLinkInSteps, linkKey, storeLink, type LinkCache, type StoredLink } from './linkCache';
import { slimAnalysis, wholeAgain } from './slimAnalysis';
import { StringPool } from './stringPool';
import { limited } from '../util/limited';

/** At most this many changed articles are linked by what they touched (linkChanged); more, and the corpus is linked afresh. */
const TOUCHED_MAX_FILES = 20;

/** Analyses one article; `first` puts it ahead of articles already waiting (the one a person is looking at). */
export type Analyzer = (raw: string, file: string, opts?: { first?: boolean; sha?: string }) => Promise<ArticleAnalysis>;

export interface IndexUpdate {
  /** Files whose analysis changed, sorted. */
  changed: string[];
  /** Articles whose analysis failed, sorted by file, with the error's message. */
  failed: { file: string; error: string }[];
  /** How many of the changed articles came from the cache rather than being analysed. */
  cached: number;
}

export interface UpdateOptions {
  /** Called once per article, analysed, found unchanged or failed. */
  onEach?: (file: string) => void;
  /** Link claims across the corpus afterwards (default). Off, the index is `stale` until relink(). */
  link?: boolean;
  /** Analyse ahead of what is waiting (the visible article). */
  first?: boolean;
  /** Called for an article not found in the cache, as it goes to be analysed. */
  onMiss?: (file: string) => void;
}

export interface IndexOptions {
  /**
   * Articles for which this is false (closed ones) are kept slim (slimAnalysis) when a
   * cache is given to make them whole again from (whole, keepWhole). Without it every
   * article is kept whole.
   */
  keepWhole?: (file: string) => boolean;
  /**
   * Where links of the corpus are kept (the command line's, shared): relinkInSteps takes
   * the link of an unchanged corpus from it rather than linking again, and keeps each
   * link of the whole corpus it makes there.
   */
  linkCache?: LinkCache;
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
  /** How long the last link took (the editor's benchmark prints it), and whether it linked the corpus or what an edit touched. */
  lastLinkMs = 0;
  lastLink: { kind: 'corpus' | 'touched'; claims: number } | undefined;
  /** The longest single step of the last link in steps: how long it held the thread at a time (the editor's benchmark prints it). */
  longestLinkStepMs = 0;
  /** Whether the last link of the corpus was taken from the link cache. */
  lastLinkFromCache = false;
  /**
   * False once an edit was linked by what it touched (linkChanged): the groups are close
   * to, not always those of, linking the corpus afresh, which relink/relinkInSteps do.
   */
  exact = true;
  /** Articles stored, put or removed since claims were last linked. */
  private readonly pending = new Set<string>();
  private linking: Promise<void> | undefined;
  /** Resolves once the running link's groups are in place (what relinkInSteps gives). */
  private grouping: Promise<void> | undefined;
  /** Set from the moment a link in steps starts (its first pause comes before `linking` is set). */
  private inSteps = false;
  /** From the last link of the corpus: where changed articles' claims find candidates, and each merged name (kind, own name → corpus name). */
  private postings: ClaimPostings | undefined;
  private corpusNames = new Map<string, string>();
  /** The groups that held each changed article's claims before it changed (where linkChanged takes them out). */
  private held = new Map<string, Set<ClaimGroup>>();

  private readonly strings = new StringPool();
  private readonly cacheRead = limited(CACHE_READS);
  /** How often each article was removed: an analysis that lands after its article was removed is dropped, not stored. */
  private readonly removals = new Map<string, number>();
  /** Articles kept slim (see IndexOptions.keepWhole). */
  private readonly slim = new Set<string>();

  constructor(
    private readonly analyze: Analyzer,
    private readonly cache?: AnalysisCache,
    private readonly opts: IndexOptions = {},
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
  /** True when articles changed since claims were last linked, or a link in steps is running: corpus-wide facts are behind. */
  get stale(): boolean {
    return this.pending.size > 0 || this.inSteps;
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
    const { onEach, link = true, first = false, onMiss } = typeof opts === 'function' ? { onEach: opts } : opts;
    const changed: string[] = [];
    const failed: IndexUpdate['failed'] = [];
    let cached = 0;
    await Promise.all(
      items.map(async ({ file, text }) => {
        try {
          const sha = sha256(text);
          const old = this.articles.get(file);
          const removals = this.removals.get(file);
          if (!old || old.sha256 !== sha) {
            const got = await this.analysisOf(text, file, sha, first, onMiss);
            if (this.removals.get(file) === removals) {
              this.store(got.analysis);
              if (got.cached) cached++;
              changed.push(file);
            }
          }
        } catch (e) {
          failed.push({ file, error: e instanceof Error ? e.message : String(e) });
        }
        onEach?.(file);
      }),
    );
    if (changed.length > 0 && link) this.relink();
    return { changed: changed.sort(), failed: failed.sort((x, y) => x.file.localeCompare(y.file)), cached };
  }

  /** Adds or refreshes one article; true if its analysis changed. Throws the article's error when its analysis fails. */
  async update(file: string, text: string, opts: Omit<UpdateOptions, 'onEach'> = {}): Promise<boolean> {
    const { changed, failed } = await this.updateMany([{ file, text }], opts);
    if (failed.length > 0) throw new Error(failed[0].error);
    return changed.length > 0;
  }

  /** True while the article is kept slim: whole() gives all of its analysis. */
  isSlim(file: string): boolean {
    return this.slim.has(file);
  }

  /**
   * The article's whole analysis: the one held, or for a slim article the one made whole
   * from the cache (not kept: see keepWhole). Undefined for an unknown article, or a slim
   * one whose cached analysis is gone.
   */
  async whole(file: string): Promise<ArticleAnalysis | undefined> {
    const held = this.articles.get(file);
    if (!held || !this.slim.has(file)) return held;
    const cached = await this.cache?.get(held.sha256).catch(() => undefined);
    return cached && wholeAgain(held, cached);
  }

  /**
   * Makes a slim article whole and keeps it so (it was opened). False when it cannot
   * (its cached analysis is gone, or it changed meanwhile): analyse it again then.
   */
  async keepWhole(file: string): Promise<boolean> {
    const held = this.articles.get(file);
    if (!held || !this.slim.has(file)) return held !== undefined;
    const whole = await this.whole(file);
    if (!whole || this.articles.get(file) !== held) return false;
    this.articles.set(file, whole);
    this.slim.delete(file);
    return true;
  }

  /** Which articles to keep whole, when closed ones are kept slim: only with a cache to make them whole again. */
  private get slimming(): ((file: string) => boolean) | undefined {
    return this.cache && this.opts.keepWhole;
  }

  /** Keeps an article slim from now on (it was closed); nothing without a cache to make it whole again. */
  release(file: string): void {
    const held = this.articles.get(file);
    if (!held || this.slim.has(file) || !this.slimming) return;
    this.articles.set(file, slimAnalysis(held));
    this.slim.add(file);
  }

  /** Replaces an article's analysis directly (e.g. spans shifted after an edit, before re-analysis); its own names stay those of its last analysis. */
  put(analysis: ArticleAnalysis, relink = false): void {
    this.forgetClaims(analysis.file);
    this.pending.add(analysis.file);
    this.articles.set(analysis.file, analysis);
    this.slim.delete(analysis.file);
    for (const c of analysis.claims) this.claimIndex.set(c.id, { claim: c, file: analysis.file });
    if (relink) this.relink();
  }

  /** Forgets an article; `link` false leaves the index `stale` until linkChanged or relink. */
  remove(file: string, link = true): boolean {
    this.forgetClaims(file);
    const had = this.articles.delete(file);
    this.removals.set(file, (this.removals.get(file) ?? 0) + 1);
    this.local.delete(file);
    this.slim.delete(file);
    if (had) this.pending.add(file);
    if (had && link) this.relink();
    return had;
  }

  /**
   * Links the claims of the articles changed since the last link against their
   * candidate groups only (linkTouched), not the corpus: milliseconds where a link of
   * the corpus takes seconds. Returns the files whose claims' groups changed, or
   * undefined, changing nothing, when it cannot: the corpus was never linked, a link
   * in steps is running, or more than TOUCHED_MAX_FILES articles changed (relink then).
   */
  linkChanged(): Set<string> | undefined {
    if (this.pending.size === 0) return new Set();
    if (this.inSteps || !this.postings || this.pending.size > TOUCHED_MAX_FILES) return undefined;
    const started = performance.now();
    const files = new Set(this.pending);
    this.pending.clear();
    for (const f of files) {
      const a = this.articles.get(f);
      const own = this.local.get(f);
      if (!a || !own || !restoreLocalNames(a, own)) continue;
      const renamed = new Map<string, string>();
      for (const e of a.entities) {
        const corpus = this.corpusNames.get(`${e.kind}\u0000${e.canonical}`);
        if (corpus !== undefined) {
          renamed.set(e.canonical, corpus);
          e.canonical = corpus;
        }
      }
      renameInArticle(a, renamed);
    }
    const held = this.held;
    this.held = new Map();
    const linked = linkTouched(
      {
        groups: this.groupList,
        groupsHeld: (fs) => new Set([...fs].flatMap((f) => [...(held.get(f) ?? [])])),
        groupOf: (id) => this.groupOfClaim.get(id),
        claim: (id) => this.claimIndex.get(id),
        article: (f) => this.articles.get(f),
      },
      files,
      this.postings,
    );
    for (const id of linked.left) this.groupOfClaim.delete(id);
    for (const g of linked.dropped) for (const p of g.points) this.groupOfClaim.delete(p.id);
    for (const [c, g] of linked.joined) this.groupOfClaim.set(c.id, g);
    const affected = new Set(files);
    for (const g of [...linked.changed, ...linked.dropped, ...linked.created]) for (const p of g.points) affected.add(p.file);
    this.groupList = linked.groups;
    for (const f of files) for (const c of this.articles.get(f)?.claims ?? []) this.postings.add(c);
    this.exact = false;
    this.lastLinkMs = performance.now() - started;
    this.lastLink = { kind: 'touched', claims: [...files].reduce((n, f) => n + (this.articles.get(f)?.claims.length ?? 0), 0) };
    return affected;
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
    runSteps(this.postingsSteps(runSteps(this.relinkSteps())));
  }

  /** relink at once, taking the link of an unchanged corpus from the link cache (IndexOptions.linkCache) when it has it. */
  async relinkOrStored(): Promise<void> {
    const stored = await this.storedLink();
    runSteps(this.postingsSteps(runSteps(this.relinkSteps(stored))));
  }

  /** Resolves once no link in steps is running. */
  async whenLinked(): Promise<void> {
    while (this.linking) await this.linking;
  }

  /**
   * relink with a turn of the event loop between its steps (`pause`, setImmediate by
   * default), so that the editor's host answers hovers while a large corpus is linked;
   * the same groups as relink. Until the groups are in place the index stays `stale`, and
   * it stays so when articles changed meanwhile (the caller links again). It resolves
   * then; where edits find their candidates (linkChanged) is built after, in steps too,
   * and whenLinked waits for that. One link runs at a time: a call while one runs waits for it.
   */
  relinkInSteps(pause: () => Promise<void> = () => new Promise((r) => setImmediate(r))): Promise<void> {
    if (this.linking) return this.grouping!;
    let grouped!: () => void;
    const groupsInPlace = new Promise<void>((r) => (grouped = r));
    const stepped = async <T>(steps: Generator<void, T>): Promise<T> => {
      for (;;) {
        const started = performance.now();
        const r = steps.next();
        this.longestLinkStepMs = Math.max(this.longestLinkStepMs, performance.now() - started);
        if (r.done) return r.value;
        await pause();
      }
    };
    const run = async () => {
      this.longestLinkStepMs = 0;
      const linked = await stepped(this.relinkSteps(await this.storedLink()));
      this.inSteps = false;
      grouped();
      await stepped(this.postingsSteps(linked));
    };
    this.inSteps = true;
    this.linking = run().finally(() => {
      this.linking = undefined;
      this.inSteps = false;
    });
    this.grouping = Promise.race([groupsInPlace, this.linking]);
    return this.grouping;
  }

  /** The link kept for the corpus as it is now, if the link cache has one. */
  private async storedLink(): Promise<StoredLink | undefined> {
    if (!this.opts.linkCache || this.articles.size === 0) return undefined;
    return this.opts.linkCache.get(linkKey(this.analyses)).catch(() => undefined);
  }

  /** `stored`: a link kept for the corpus, put back in place of linking when it is still the corpus's (nothing changed meanwhile). */
  private *relinkSteps(stored?: StoredLink): Generator<void, ArticleAnalysis[]> {
    const started = performance.now();
    // What changes from here on is left `pending`: the link did not see it.
    this.pending.clear();
    const analyses = this.analyses;
    const own = analyses.map((a) => this.local.get(a.file));
    const restored = analyses.map((a, i) => own[i] !== undefined && restoreLocalNames(a, own[i]));
    yield;
    const kept = stored && restored.every(Boolean) ? yield* applyLinkInSteps(analyses, stored) : undefined;
    const groups = kept ?? (yield* linkCorpusInSteps(analyses));
    this.lastLinkFromCache = kept !== undefined;
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
    // Articles changed during the link are in its groups as the link saw them.
    const held = new Map<string, Set<ClaimGroup>>();
    if (this.pending.size > 0) {
      for (const g of groups) for (const p of g.points) if (this.pending.has(p.file)) (held.get(p.file) ?? held.set(p.file, new Set()).get(p.file)!).add(g);
    }
    this.held = held;
    this.exact = this.pending.size === 0;
    const corpusNames = new Map<string, string>();
    for (const a of analyses) {
      const own = this.local.get(a.file);
      if (own?.entities.length !== a.entities.length) continue;
      a.entities.forEach((e, k) => {
        if (e.canonical !== own.entities[k]) corpusNames.set(`${e.kind}\u0000${own.entities[k]}`, e.canonical);
      });
    }
    this.corpusNames = corpusNames;
    this.lastLinkMs = performance.now() - started;
    this.lastLink = { kind: 'corpus', claims: claimIndex.size };
    // A link of the corpus as it stands is kept for the next start (one made while articles changed is not of any corpus).
    if (!kept && this.opts.linkCache && this.pending.size === 0 && restored.every(Boolean)) {
      const link = storeLink(analyses, own, groups);
      if (link) void this.opts.linkCache.set(link).catch(() => undefined);
    }
    return analyses;
  }

  /** Where edits find their candidates (linkChanged), from the analyses last linked: built after the groups are in place (hovers read them meanwhile). */
  private *postingsSteps(analyses: readonly ArticleAnalysis[]): Generator<void, void> {
    const postings = new ClaimPostings();
    yield* postings.addAll(analyses);
    this.postings = postings;
  }

  /** The cached analysis of this text, else a fresh one (cached for next time). */
  private async analysisOf(text: string, file: string, sha: string, first: boolean, onMiss?: (file: string) => void): Promise<{ analysis: ArticleAnalysis; cached: boolean }> {
    const hit = this.cache && (await this.cacheRead(() => this.cache!.get(sha)).catch(() => undefined));
    if (hit) return { analysis: withFile(hit, file), cached: true };
    onMiss?.(file);
    const a = await this.analyze(text, file, { first, sha });
    const { file: _omit, ...rest } = a;
    await this.cache?.set(sha, rest).catch(() => undefined);
    return { analysis: a, cached: false };
  }

  private store(a: ArticleAnalysis) {
    this.forgetClaims(a.file);
    this.pending.add(a.file);
    this.strings.internAnalysis(a);
    const keepWhole = this.slimming;
    const slim = keepWhole !== undefined && !keepWhole(a.file);
    this.articles.set(a.file, slim ? slimAnalysis(a) : a);
    if (slim) this.slim.add(a.file);
    else this.slim.delete(a.file);
    this.local.set(a.file, localNames(a));
    // Found by id at once (hovers, Show Related), before the next link places it in a group.
    for (const c of a.claims) this.claimIndex.set(c.id, { claim: c, file: a.file });
  }

  /** An article's claims are no longer found by id (it is replaced or gone). */
  private forgetClaims(file: string) {
    let held = this.held.get(file);
    for (const c of this.articles.get(file)?.claims ?? []) {
      const g = this.groupOfClaim.get(c.id);
      if (g) (held ??= this.held.set(file, new Set()).get(file)!).add(g);
      if (this.claimIndex.get(c.id)?.file === file) this.claimIndex.delete(c.id);
    }
  }
}
