import type { ArticleAnalysis, Claim, ClaimGroup } from '../types';
import { articleTerms, claimTerms, cosine, focusCosine, termVectors } from './claimLinking/candidates';
import { groupLabel } from './claimLinking/label';
import { pairScore, pairVector } from './claimLinking/pairFeatures';
import { differentStates } from '../extract/claims/figureState';
import { byGroupOrder, countAndDeed, defaultLinker, groupTopic, linkedClaim, MAX_RELATED, wordingKey } from './relatedClaims';

/**
 * A term held by more claims than this is no key for finding an edited claim's
 * candidates: as in the full link, a word of every other sentence meets everything
 * and says nothing (the full link's own limit at 35,000 claims is about 2√n ≈ 370).
 */
const MAX_KEY_POSTINGS = 400;
/** The candidates an edited claim is weighed against, those sharing the most key terms with it. */
const MAX_CANDIDATES = 50;

/**
 * Which claims hold each term (claimTerms: lemmas, lemma pairs, entity names, the
 * measured thing) and each wording (figures masked), over the corpus as last linked in
 * full: where an edited article's claims find their candidates without reading the
 * corpus. Claims are held by id; an id whose claim is gone is checked against the index when read.
 */
export class ClaimPostings {
  private readonly ids: string[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly wordings = new Map<string, number>();

  /** Adds every claim of the analyses, pausing (a `yield`) every `step` articles. */
  *addAll(analyses: readonly ArticleAnalysis[], step = 100): Generator<void, void> {
    for (const [k, a] of analyses.entries()) {
      if (k % step === step - 1) yield;
      for (const c of a.claims) this.add(c);
    }
  }

  add(c: Claim): void {
    const ordinal = this.ids.push(c.id) - 1;
    const wording = wordingKey(c);
    if (!this.wordings.has(wording)) this.wordings.set(wording, ordinal);
    for (const t of claimTerms(c)) {
      const list = this.postings.get(t);
      if (!list) this.postings.set(t, [ordinal]);
      // Past the key limit a term is never read again: its list need not grow.
      else if (list.length <= MAX_KEY_POSTINGS) list.push(ordinal);
    }
  }

  /** The first claim seen with this claim's wording, figures masked (its own id when it was the first). */
  sameWording(c: Claim): string | undefined {
    const i = this.wordings.get(wordingKey(c));
    return i === undefined ? undefined : this.ids[i];
  }

  /** The ids of the claims sharing key terms with `c`, those sharing the most first. */
  candidates(c: Claim): string[] {
    const shared = new Map<number, number>();
    for (const t of claimTerms(c)) {
      const list = this.postings.get(t);
      if (!list || list.length > MAX_KEY_POSTINGS) continue;
      for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    return [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => this.ids[i]);
  }
}

export interface CorpusView {
  groups: readonly ClaimGroup[];
  /** The groups that held the articles' claims before they changed. */
  groupsHeld(files: ReadonlySet<string>): Set<ClaimGroup>;
  groupOf(id: string): ClaimGroup | undefined;
  claim(id: string): { claim: Claim; file: string } | undefined;
  article(file: string): ArticleAnalysis | undefined;
}

export interface TouchedLink {
  /** The corpus's groups after the change, sorted as linkClaims sorts them. */
  groups: ClaimGroup[];
  /** Groups changed in place (claims left or joined them). */
  changed: ClaimGroup[];
  /** Groups left with fewer than two claims, and new groups. */
  dropped: ClaimGroup[];
  created: ClaimGroup[];
  /** Ids of the claims that left their groups (the changed articles' old claims), and the claims that joined one. */
  left: string[];
  joined: [Claim, ClaimGroup][];
  /** How many claim pairs were weighed. */
  pairs: number;
}

/**
 * Links only what changed in the `files` (edited, added or removed articles), against
 * the groups of the last link, not the corpus: their old claims leave their groups,
 * and each of their current claims joins the group of a claim of the same wording
 * (figures masked: the linker always relates those), else of its best-scoring candidate
 * over the linker's threshold (candidates by shared key terms, scored by the linker's
 * own pair model), or a new group with that candidate, or stays alone. Milliseconds
 * where linking the corpus takes seconds; the groups of the claims not touched stay as
 * they are, so they are close to, not always, those of linking afresh (the editor does
 * that too, in steps, once edits stop): the figures' ≠ / Δ marks of a changed group are
 * those of its other claims until then.
 */
export function linkTouched(view: CorpusView, files: ReadonlySet<string>, postings: ClaimPostings): TouchedLink {
  const w = defaultLinker();
  // Each touched group, as it will be: old claims of the files out, new ones in.
  const members = new Map<ClaimGroup, Claim[]>();
  const pointsOf = new Map<ClaimGroup, ClaimGroup['points']>();
  const left: string[] = [];
  for (const g of view.groupsHeld(files)) {
    pointsOf.set(
      g,
      g.points.filter((p) => {
        if (!files.has(p.file)) return true;
        left.push(p.id);
        return false;
      }),
    );
  }
  const fresh: { claim: Claim; analysis: ArticleAnalysis; partner?: Claim }[] = [];
  let pairs = 0;
  for (const file of files) {
    const analysis = view.article(file);
    for (const claim of analysis?.claims ?? []) {
      claim.related = [];
      const twin = postings.sameWording(claim);
      const twinFound = twin !== undefined ? view.claim(twin) : undefined;
      if (twinFound && !files.has(twinFound.file)) {
        fresh.push({ claim, analysis: analysis!, partner: twinFound.claim });
        continue;
      }
      const ids = postings.candidates(claim).filter((id) => {
        const f = view.claim(id)?.file;
        return f !== undefined && !files.has(f);
      });
      const others = ids.slice(0, MAX_CANDIDATES).map((id) => view.claim(id)!);
      pairs += others.length;
      fresh.push({ claim, analysis: analysis!, partner: bestPartner(claim, analysis!, others, view, w) });
    }
  }
  // A claim of no group that new claims chose: one new group with all of them.
  const created = new Map<Claim, Claim[]>();
  for (const { claim, partner } of fresh) {
    const group = partner && view.groupOf(partner.id);
    if (group) {
      const list = members.get(group);
      if (list) list.push(claim);
      else members.set(group, [claim]);
      if (!pointsOf.has(group)) pointsOf.set(group, group.points);
    } else if (partner) created.set(partner, [...(created.get(partner) ?? [partner]), claim]);
    else {
      // Alone: its own topic and label, as the linker gives a claim of no group.
      claim.topic = groupTopic([claim]);
      claim.topicLabel = groupLabel([claim], () => 1);
    }
  }
  const changed: ClaimGroup[] = [];
  const dropped: ClaimGroup[] = [];
  const added: ClaimGroup[] = [];
  const joinedAll: [Claim, ClaimGroup][] = [];
  const analysisOf = (c: Claim) => view.article(view.claim(c.id)?.file ?? '')!;
  const gone = new Set(left);
  for (const [old, kept] of pointsOf) {
    const joined = members.get(old) ?? [];
    const points = kept.slice();
    for (const c of joined) insertByDate(points, linkedClaim(c, analysisOf(c)).point());
    if (points.length < 2) {
      dropped.push(old);
      continue;
    }
    const pairsIn = (list: [string, string][]) => list.filter(([a, b]) => !gone.has(a) && !gone.has(b));
    // Changed in place: every other claim of the group still finds it by its id.
    old.points = points;
    old.disagreements = pairsIn(old.disagreements);
    old.changes = pairsIn(old.changes);
    old.disagreementCount = old.disagreements.length;
    old.changeCount = old.changes.length;
    changed.push(old);
    for (const c of joined) joinedAll.push([c, old]);
    for (const c of joined) {
      c.topic = old.topic;
      c.topicLabel = old.label;
      c.related = points.filter((p) => p.id !== c.id).slice(0, MAX_RELATED).map((p) => p.id);
    }
  }
  for (const claims of created.values()) {
    const label = groupLabel(claims, () => 1);
    const topic = groupTopic(claims);
    const points: ClaimGroup['points'] = [];
    for (const c of claims) insertByDate(points, linkedClaim(c, analysisOf(c)).point());
    for (const c of claims) {
      c.topic = topic;
      c.topicLabel = label;
      c.related = claims.filter((x) => x !== c).slice(0, MAX_RELATED).map((x) => x.id);
    }
    const group: ClaimGroup = { topic, label, points, disagreements: [], changes: [], disagreementCount: 0, changeCount: 0 };
    added.push(group);
    for (const c of claims) joinedAll.push([c, group]);
  }
  const out = new Set(dropped);
  const groups = [...view.groups.filter((g) => !out.has(g)), ...added].sort(byGroupOrder);
  return { groups, changed, dropped, created: added, left, joined: joinedAll, pairs };
}

/** The candidate the linker's pair model scores highest with `claim`, if over its threshold. */
function bestPartner(claim: Claim, analysis: ArticleAnalysis, others: { claim: Claim; file: string }[], view: CorpusView, w: ReturnType<typeof defaultLinker>): Claim | undefined {
  if (others.length === 0) return undefined;
  // Terms weighed by their rarity among the claim and its candidates (the corpus-wide weights are the full link's).
  const { vectors } = termVectors([claim, ...others.map((o) => o.claim)].map(claimTerms));
  const files = [analysis.file, ...others.map((o) => o.file)];
  const terms = articleTerms(vectors, (i) => files[i]);
  const mine = linkedClaim(claim, analysis);
  let best: { claim: Claim; score: number } | undefined;
  others.forEach((o, k) => {
    const other = view.article(o.file);
    if (!other) return;
    if (differentStates(claim, o.claim) || countAndDeed(claim, o.claim)) return;
    const theirs = linkedClaim(o.claim, other);
    const cos = cosine(vectors[0], vectors[k + 1]);
    const score = pairScore(w, pairVector(mine, theirs, cos, focusCosine(vectors[0], vectors[k + 1], terms.get(analysis.file)!, terms.get(o.file)!)));
    if (score >= w.threshold && (!best || score > best.score)) best = { claim: o.claim, score };
  });
  return best?.claim;
}

/** Puts a point among points sorted oldest first, undated last (as a group's are), after those of its date. */
function insertByDate(points: ClaimGroup['points'], p: ClaimGroup['points'][number]): void {
  const after = (q: ClaimGroup['points'][number]) => p.date === null || (q.date !== null && q.date <= p.date);
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(points[mid])) lo = mid + 1;
    else hi = mid;
  }
  points.splice(lo, 0, p);
}
