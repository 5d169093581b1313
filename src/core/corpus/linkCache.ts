import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { articleName, sha256 } from '../analyze';
import type { ArticleAnalysis, Claim, ClaimGroup, EntityKind } from '../types';
import { renameInArticle, type LocalNames } from './localNames';
import { claimPoint, relatedByTime } from './relatedClaims';
import { runSteps } from '../util/runSteps';

/**
 * What linking a corpus gave (linkCorpus: names merged across articles, claims grouped),
 * kept on disk so that a corpus whose articles did not change is not linked again: with
 * 2,000 articles the link takes 8 s of CPU, reading this back well under one. It holds
 * only what the link decided, by position in the analyses, never the analyses themselves:
 * each entity whose name or kind the merge changed, the topic and label of each claim of
 * no group, and each group as its claims (article, claim), the figures' ≠ / Δ marks and
 * its listed pairs. The points, related ids and renamed speakers and sources are derived
 * again from those, as the link derives them.
 */
export interface StoredLink {
  format: typeof LINK_FORMAT;
  /** linkKey of the analyses linked. */
  key: string;
  articles: StoredArticle[];
  groups: StoredGroup[];
}

interface StoredArticle {
  name: string;
  sha256: string;
  /** [entity index, corpus name, kind] where the merge changed the article's own name or kind. */
  entities: [number, string, string][];
  /** [claim index, topic, label] for each claim of no group. */
  alone: [number, string, string][];
}

interface StoredGroup {
  topic: string;
  label: string;
  /** The group's claims in its order, flat: article index, claim index, article index, … */
  claims: number[];
  /** One character per claim: `≠`, `Δ` or `-` (no mark). */
  marks: string;
  /** The listed pairs, flat, as indices into `claims`. */
  disagreements: number[];
  changes: number[];
  disagreementCount: number;
  changeCount: number;
}

/** Bumped when StoredLink's form changes; an entry of another form is a miss. */
export const LINK_FORMAT = 1;

export interface LinkCache {
  get(key: string): Promise<StoredLink | undefined>;
  set(link: StoredLink): Promise<void>;
}

/**
 * The key of a link: the articles' names (claim ids start with them) and content hashes,
 * in the order they are linked. The code and models that link are the cache's folder (see
 * sharedLinkCache), so a new linker never reads an old one's results.
 */
export function linkKey(analyses: readonly ArticleAnalysis[]): string {
  return sha256(analyses.map((a) => `${articleName(a.file)}\u0000${a.sha256}\n`).join(''));
}

/**
 * The link of `analyses` as stored: `own` are each article's own names and kinds (before
 * the merge), `groups` what linking gave. Undefined when an article's own names do not
 * fit its analysis (spans moved by typing), which is then not worth keeping.
 */
export function storeLink(analyses: readonly ArticleAnalysis[], own: readonly (LocalNames | undefined)[], groups: readonly ClaimGroup[]): StoredLink | undefined {
  const where = new Map<string, number>();
  const articles: StoredArticle[] = [];
  const grouped = new Set<string>();
  for (const g of groups) for (const p of g.points) grouped.add(p.id);
  for (const [i, a] of analyses.entries()) {
    const names = own[i];
    if (!names || names.entities.length !== a.entities.length || names.kinds.length !== a.entities.length) return undefined;
    const entities: StoredArticle['entities'] = [];
    a.entities.forEach((e, k) => {
      if (e.canonical !== names.entities[k] || e.kind !== names.kinds[k]) entities.push([k, e.canonical, e.kind]);
    });
    const alone: StoredArticle['alone'] = [];
    if (a.claims.length > 0xffff) return undefined;
    a.claims.forEach((c, k) => {
      where.set(c.id, i * 0x10000 + k);
      if (!grouped.has(c.id)) alone.push([k, c.topic, c.topicLabel]);
    });
    articles.push({ name: articleName(a.file), sha256: a.sha256, entities, alone });
  }
  const stored: StoredGroup[] = [];
  for (const g of groups) {
    const claims: number[] = [];
    const at = new Map<string, number>();
    for (const [n, p] of g.points.entries()) {
      const w = where.get(p.id);
      if (w === undefined) return undefined;
      claims.push(Math.floor(w / 0x10000), w % 0x10000);
      at.set(p.id, n);
    }
    const flat = (pairs: [string, string][]) => pairs.flatMap(([x, y]) => [at.get(x)!, at.get(y)!]);
    stored.push({
      topic: g.topic,
      label: g.label,
      claims,
      marks: g.points.map((p) => p.mark ?? '-').join(''),
      disagreements: flat(g.disagreements),
      changes: flat(g.changes),
      disagreementCount: g.disagreementCount,
      changeCount: g.changeCount,
    });
  }
  return { format: LINK_FORMAT, key: linkKey(analyses), articles, groups: stored };
}

/**
 * Puts a stored link back onto `analyses`, which hold their own names (as analysed, or
 * restored: restoreLocalNames), and returns the groups, the same as linking them gives.
 * Undefined, changing nothing, when the link is not of these analyses or is damaged: the
 * caller links them then.
 */
export function applyLink(analyses: ArticleAnalysis[], stored: StoredLink): ClaimGroup[] | undefined {
  return runSteps(applyLinkInSteps(analyses, stored));
}

/** Articles, or claims of groups, put back between two pauses of applyLinkInSteps. */
const STEP = 5000;

/** applyLink with pauses (a `yield`) every STEP claims: the editor's host answers meanwhile. */
export function* applyLinkInSteps(analyses: ArticleAnalysis[], stored: StoredLink): Generator<void, ClaimGroup[] | undefined> {
  if (!fits(analyses, stored)) return undefined;
  yield;
  let done = 0;
  for (const [i, a] of analyses.entries()) {
    done += a.claims.length;
    if (done >= STEP) {
      done = 0;
      yield;
    }
    const renamed = new Map<string, string>();
    for (const [k, canonical, kind] of stored.articles[i].entities) {
      const e = a.entities[k];
      if (e.canonical !== canonical) renamed.set(e.canonical, canonical);
      e.canonical = canonical;
      e.kind = kind as EntityKind;
    }
    renameInArticle(a, renamed);
    for (const c of a.claims) c.related = [];
    for (const [k, topic, label] of stored.articles[i].alone) {
      a.claims[k].topic = topic;
      a.claims[k].topicLabel = label;
    }
  }
  const groups: ClaimGroup[] = [];
  for (const g of stored.groups) {
    const claims: Claim[] = [];
    const points: ClaimGroup['points'] = [];
    for (let n = 0; n < g.claims.length; n += 2) {
      if (++done >= STEP) {
        done = 0;
        yield;
      }
      const a = analyses[g.claims[n]];
      const c = a.claims[g.claims[n + 1]];
      c.topic = g.topic;
      c.topicLabel = g.label;
      const point = claimPoint(c, a);
      const mark = g.marks[n / 2];
      point.mark = mark === '≠' || mark === 'Δ' ? mark : null;
      claims.push(c);
      points.push(point);
    }
    relatedByTime(points).forEach((ids, n) => (claims[n].related = ids));
    const pairs = (flat: number[]) => {
      const out: [string, string][] = [];
      for (let n = 0; n < flat.length; n += 2) out.push([points[flat[n]].id, points[flat[n + 1]].id]);
      return out;
    };
    groups.push({ topic: g.topic, label: g.label, points, disagreements: pairs(g.disagreements), changes: pairs(g.changes), disagreementCount: g.disagreementCount, changeCount: g.changeCount });
    yield;
  }
  return groups;
}

/** Whether every position the stored link names is in the analyses, and its values have their types: a damaged entry is a miss. */
function fits(analyses: readonly ArticleAnalysis[], s: StoredLink): boolean {
  if (s.format !== LINK_FORMAT || s.key !== linkKey(analyses) || !Array.isArray(s.articles) || s.articles.length !== analyses.length || !Array.isArray(s.groups)) return false;
  const text = (x: unknown) => typeof x === 'string';
  const within = (k: unknown, n: number) => Number.isInteger(k) && (k as number) >= 0 && (k as number) < n;
  const triples = (list: unknown, n: number) => Array.isArray(list) && list.every((t) => Array.isArray(t) && t.length === 3 && within(t[0], n) && text(t[1]) && text(t[2]));
  for (const [i, a] of analyses.entries()) {
    const st = s.articles[i];
    if (!st || st.sha256 !== a.sha256 || st.name !== articleName(a.file) || !triples(st.entities, a.entities.length) || !triples(st.alone, a.claims.length)) return false;
  }
  const indices = (flat: unknown, n: number) => Array.isArray(flat) && flat.length % 2 === 0 && flat.every((k) => within(k, n));
  return s.groups.every((g) => {
    if (!g || !text(g.topic) || !text(g.label) || !Array.isArray(g.claims) || g.claims.length % 2 !== 0 || !text(g.marks)) return false;
    const n = g.claims.length / 2;
    if ([...g.marks].length !== n || !indices(g.disagreements, n) || !indices(g.changes, n) || !Number.isInteger(g.disagreementCount) || !Number.isInteger(g.changeCount)) return false;
    for (let k = 0; k < g.claims.length; k += 2) {
      if (!within(g.claims[k], analyses.length) || !within(g.claims[k + 1], analyses[g.claims[k]].claims.length)) return false;
    }
    return true;
  });
}

export class MemoryLinkCache implements LinkCache {
  private readonly entries = new Map<string, StoredLink>();
  async get(key: string) {
    return this.entries.get(key);
  }
  async set(link: StoredLink) {
    this.entries.set(link.key, link);
  }
}

/** Links kept on disk: the newest this many (each corpus changed and linked again leaves one). */
const KEEP_LINKS = 8;

/**
 * Links on disk, one file per key under a folder named after the linker's fingerprint.
 * A missing, damaged or foreign entry is a miss, never an error: the cache only saves time.
 */
export class DiskLinkCache implements LinkCache {
  private readonly dir: string;
  constructor(root: string, linkerFingerprint: string) {
    this.dir = path.join(root, 'links', linkerFingerprint.slice(0, 16));
  }
  async get(key: string): Promise<StoredLink | undefined> {
    try {
      const parsed = JSON.parse(await fsp.readFile(path.join(this.dir, key + '.json'), 'utf8')) as StoredLink;
      // applyLink checks the rest against the analyses it is put on.
      return typeof parsed === 'object' && parsed !== null && parsed.format === LINK_FORMAT && parsed.key === key ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  async set(link: StoredLink): Promise<void> {
    const target = path.join(this.dir, link.key + '.json');
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    try {
      await fsp.mkdir(this.dir, { recursive: true });
      await fsp.writeFile(tmp, JSON.stringify(link));
      await fsp.rename(tmp, target);
      await this.prune();
    } catch {
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
    }
  }
  /** Keeps the KEEP_LINKS newest links (a link of a corpus since changed is seldom read again). */
  private async prune() {
    const names = (await fsp.readdir(this.dir)).filter((n) => n.endsWith('.json'));
    if (names.length <= KEEP_LINKS) return;
    const dated = await Promise.all(names.map(async (n) => ({ n, t: (await fsp.stat(path.join(this.dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.t - a.t);
    await Promise.all(dated.slice(KEEP_LINKS).map((d) => fsp.rm(path.join(this.dir, d.n), { force: true })));
  }
}
