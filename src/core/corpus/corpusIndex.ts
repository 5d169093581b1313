import { sha256 } from '../analyze';
import type { ArticleAnalysis, Claim, ClaimGroup, Entity } from '../types';
import { linkCorpus } from './analyzeCorpus';

export type Analyzer = (raw: string, file: string) => Promise<ArticleAnalysis>;

export interface IndexUpdate {
  /** Files whose analysis changed, sorted. */
  changed: string[];
  /** Articles whose analysis failed, sorted by file, with the error's message. */
  failed: { file: string; error: string }[];
}

export interface EntityMention {
  file: string;
  entity: Entity;
}

/**
 * The analyses of a whole corpus, kept up to date one article at a time: updating
 * an article re-analyses it only when its text changed (by sha256), then re-runs
 * the cheap corpus-wide steps (canonical names, claim links). The editor holds one.
 */
export class CorpusIndex {
  private readonly articles = new Map<string, ArticleAnalysis>();
  private groupList: ClaimGroup[] = [];
  private claimIndex = new Map<string, { claim: Claim; file: string }>();
  private groupOfClaim = new Map<string, ClaimGroup>();

  constructor(private readonly analyze: Analyzer) {}

  get files(): string[] {
    return [...this.articles.keys()].sort();
  }
  get analyses(): ArticleAnalysis[] {
    return this.files.map((f) => this.articles.get(f)!);
  }
  get groups(): ClaimGroup[] {
    return this.groupList;
  }

  get(file: string): ArticleAnalysis | undefined {
    return this.articles.get(file);
  }

  /**
   * Adds or refreshes articles without relinking in between. An article whose analysis
   * fails is reported in `failed` and keeps its previous analysis, if it had one; the
   * others are still indexed and linked.
   */
  async updateMany(items: { file: string; text: string }[], onEach?: (file: string) => void): Promise<IndexUpdate> {
    const changed: string[] = [];
    const failed: IndexUpdate['failed'] = [];
    await Promise.all(
      items.map(async ({ file, text }) => {
        const old = this.articles.get(file);
        if (!old || old.sha256 !== sha256(text)) {
          try {
            this.articles.set(file, await this.analyze(text, file));
            changed.push(file);
          } catch (e) {
            failed.push({ file, error: e instanceof Error ? e.message : String(e) });
          }
        }
        onEach?.(file);
      }),
    );
    if (changed.length > 0) this.relink();
    return { changed: changed.sort(), failed: failed.sort((x, y) => x.file.localeCompare(y.file)) };
  }

  /** Adds or refreshes one article; true if its analysis changed. Throws the article's error when its analysis fails. */
  async update(file: string, text: string): Promise<boolean> {
    const { changed, failed } = await this.updateMany([{ file, text }]);
    if (failed.length > 0) throw new Error(failed[0].error);
    return changed.length > 0;
  }

  /** Replaces an article's analysis directly (e.g. spans shifted after an edit, before re-analysis). */
  put(analysis: ArticleAnalysis, relink = false): void {
    this.articles.set(analysis.file, analysis);
    if (relink) this.relink();
  }

  remove(file: string): boolean {
    const had = this.articles.delete(file);
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

  private relink() {
    this.groupList = linkCorpus(this.analyses);
    this.claimIndex = new Map();
    this.groupOfClaim = new Map();
    for (const a of this.articles.values()) for (const c of a.claims) this.claimIndex.set(c.id, { claim: c, file: a.file });
    for (const g of this.groupList) for (const p of g.points) this.groupOfClaim.set(p.id, g);
  }
}
