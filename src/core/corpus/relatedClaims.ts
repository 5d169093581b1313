import type { ArticleAnalysis, Claim, ClaimGroup, TimelinePoint } from '../types';
import { topicKey } from '../extract/claims/topicLabel';
import { committedModel } from '../util/committedModel';
import { runSteps } from '../util/runSteps';
import { articleTerms, candidatePairsInSteps, claimTerms, focusCosine, termVectors } from './claimLinking/candidates';
import { compareFiguresInSteps, type ComparedPoint } from './claimLinking/compareFigures';
import { baseValue, figureRange, measureOf } from './claimLinking/figures';
import { groupLabel } from './claimLinking/label';
import { differentStates } from '../extract/claims/figureState';
import { averageLinkage, contract } from './claimLinking/cluster';
import { HAND_LINKER, PAIR_FEATURES, pairScore, pairVector, sameMeasuredThing, type LinkerWeights, type PairClaim } from './claimLinking/pairFeatures';

export { figureRange } from './claimLinking/figures';
export { SAME_TIME_DAYS } from './claimLinking/compareFigures';

/** The most related ids listed on one claim (the nearest in time); the group itself holds every claim. */
export const MAX_RELATED = 50;

interface Ref extends PairClaim {
  analysis: ArticleAnalysis;
}

/** Every candidate pair the linker scored, for training and measuring it. */
export interface ScoredPair {
  a: Claim;
  b: Claim;
  vector: number[];
  score: number;
}

export interface LinkOptions {
  weights?: LinkerWeights;
  /** Called with every candidate pair and its evidence (`npm run train` fits the weights on them). */
  onPair?: (p: ScoredPair) => void;
}

/**
 * Links claims about the same fact across a corpus, by meaning and with no word list of
 * any story: candidate pairs come from an inverted index over each claim's rarer terms
 * (content lemmas, entity names, the measured thing), so the work grows with the
 * postings read rather than with all pairs; each candidate is scored on its evidence
 * (TF-IDF cosine, same measured thing, same figure or comparable measure, shared
 * entities, same verb, days apart) by a logistic model whose weights and threshold
 * were fitted on development data (`npm run train`); pairs above the threshold join
 * their claims' groups. Within a group, figures of one measure are compared over time.
 * Claims whose sentences are the same but for their figures (syndicated copy) are one
 * candidate for the index and always related.
 */
export function linkClaims(analyses: ArticleAnalysis[], opts: LinkOptions = {}): ClaimGroup[] {
  return runSteps(linkClaimsInSteps(analyses, opts));
}


/** Articles (or groups) handled between two pauses of the stepped linker. */
const STEP = 100;

/**
 * linkClaims as a series of steps, pausing (a `yield`) between its stages and every
 * STEP articles or groups: the editor runs it with a turn of the event loop at each
 * pause, so that hovers answer while 100,000 claims are linked. Run to its end in one
 * go it is linkClaims itself, so both give the same groups.
 */
export function* linkClaimsInSteps(analyses: ArticleAnalysis[], opts: LinkOptions = {}): Generator<void, ClaimGroup[]> {
  const w = opts.weights ?? defaultLinker();
  const refs: Ref[] = [];
  for (const [k, analysis] of analyses.entries()) {
    if (k % STEP === STEP - 1) yield;
    for (const [order, claim] of analysis.claims.entries()) {
      claim.related = [];
      const figures = claim.numbers.map((k) => analysis.numbers[k]).filter((n) => n !== undefined);
      refs.push({ claim, analysis, file: analysis.file, number: claim.figure ? analysis.numbers[claim.numbers[0]] : undefined, figures, day: dayNumber(claim.date), order });
    }
  }
  // One representative per wording (figures masked): syndicated copies and repeated templates.
  const parent = Int32Array.from(refs, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const join = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const byWording = new Map<string, number>();
  const reps: number[] = [];
  for (const [i, r] of refs.entries()) {
    if (i % (STEP * 50) === STEP * 50 - 1) yield;
    // Figures masked, punctuation dropped: a headline repeated as the standfirst without its full stop is one wording.
    const key = wordingKey(r.claim);
    const first = byWording.get(key);
    if (first === undefined) {
      byWording.set(key, i);
      reps.push(i);
    } else join(first, i);
  }
  yield;
  const termLists: string[][] = [];
  for (const [x, i] of reps.entries()) {
    if (x % (STEP * 50) === STEP * 50 - 1) yield;
    termLists.push(claimTerms(refs[i].claim));
  }
  yield;
  const { vectors, df } = termVectors(termLists);
  const terms = articleTerms(vectors, (x) => refs[reps[x]].file);
  yield;
  const maxPostings = Math.max(64, Math.ceil(w.maxPostingsShare * reps.length), Math.ceil(2 * Math.sqrt(reps.length)));
  const edges: { a: number; b: number; score: number }[] = [];
  const figureEdges: [number, number][] = [];
  yield* candidatePairsInSteps(vectors, df, maxPostings, (x, y, cos) => {
    const a = refs[reps[x]];
    const b = refs[reps[y]];
    const vector = pairVector(a, b, cos, focusCosine(vectors[x], vectors[y], terms.get(a.file)!, terms.get(b.file)!));
    const score = pairScore(w, vector);
    opts.onPair?.({ a: a.claim, b: b.claim, vector, score });
    // A count of the dead and one of the missing are two facts however alike their sentences: no edge.
    if (differentStates(a.claim, b.claim)) return;
    if (countAndDeed(a.claim, b.claim)) return;
    if (score >= w.threshold / 4) edges.push({ a: x, b: y, score });
    if (score >= w.threshold && isFigureLink(vector) && sameMeasuredThing(a.claim.frame, b.claim.frame)) figureEdges.push([x, y]);
  });
  yield;
  // A figure's timeline: two figures of one measure about one measured thing (`troops`,
  // `soldiers`: a narrow sense, see sameMeasuredThing) whose pair is over the threshold are
  // one group from the start, even where the average over their groups would not be — the
  // reports of one count across months are what the timeline is for. They join before the
  // average linkage, as one item of it: joined after, one such pair chained whole groups.
  const timelines = contract(reps.length, figureEdges, edges);
  const cluster = averageLinkage(timelines.sizes.length, timelines.edges, w.threshold, timelines.sizes);
  const first = new Int32Array(timelines.sizes.length).fill(-1);
  reps.forEach((r, x) => {
    const g = cluster[timelines.groupOf[x]];
    if (first[g] < 0) first[g] = r;
    else join(first[g], r);
  });

  yield;
  const members = new Map<number, Ref[]>();
  const docFreq = new Map<string, number>();
  for (const [i, r] of refs.entries()) {
    if (i % (STEP * 50) === STEP * 50 - 1) yield;
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(r);
    else members.set(root, [r]);
    for (const l of new Set(r.claim.frame.lemmas)) docFreq.set(l, (docFreq.get(l) ?? 0) + 1);
  }
  const rarity = (l: string) => Math.log(1 + refs.length / (docFreq.get(l) ?? 1));
  const groups: ClaimGroup[] = [];
  yield;
  let done = 0;
  for (const list of members.values()) {
    // A pause every STEP * 10 claims (labelling one takes about 0.1 ms), and within a large group.
    done += list.length;
    if (done >= STEP * 10) {
      done = 0;
      yield;
    }
    const large = list.length >= STEP * 5;
    const claims = list.map((r) => r.claim);
    const label = groupLabel(claims, rarity);
    if (large) yield;
    const topic = groupTopic(claims);
    for (const c of claims) {
      c.topic = topic;
      c.topicLabel = label;
    }
    if (list.length < 2) continue;
    list.sort(byTime);
    if (large) yield;
    const timed = list.map((r) => ({ id: r.claim.id, day: r.day }));
    list.forEach((r, i) => (r.claim.related = nearestIds(timed, i)));
    if (large) yield;
    const points = list.map((r) => toPoint(r));
    if (large) yield;
    const compared: ComparedPoint[] = points.map((point, k) => ({ point, day: list[k].day, measured: list[k].claim.frame.measured?.split(' ') ?? [], predicate: list[k].claim.frame.predicate }));
    groups.push({ topic, label, points, ...(yield* compareFiguresInSteps(compared)) });
  }
  yield;
  return groups.sort(byGroupOrder);
}

/**
 * A group's key, read from its anchor claim (the least id) alone, its own words and id:
 * the label weighs words by their rarity in the corpus, so it may change when unrelated
 * articles do; the key must not.
 */
export function groupTopic(claims: readonly Claim[]): string {
  const anchor = claims.reduce((m, c) => (c.id < m.id ? c : m), claims[0]);
  return topicKey(groupLabel([anchor], () => 1), anchor.id);
}

/** The order the corpus lists its groups in: the largest first, then by key. */
export function byGroupOrder(a: ClaimGroup, b: ClaimGroup): number {
  return b.points.length - a.points.length || a.topic.localeCompare(b.topic);
}

/**
 * One claim counts a kind of thing and the other, with no figure, says what things of that
 * kind did (`the army has amassed almost 500,000 troops` against `its troops have broken
 * through the defences`): two facts, however alike their words. Like differentStates,
 * no edge (the linker is still trained on the pair). Measured leave-one-story-out: related
 * F1 0.384 -> 0.394 (Boeing 0.26 -> 0.30, the other stories unchanged); the bundled troop
 * group no longer takes the figure-less troop statements of the live blog.
 */
export function countAndDeed(a: Claim, b: Claim): boolean {
  return !a.figure !== !b.figure && sameMeasuredThing(a.frame, b.frame);
}

const MEASURED_SENSE = PAIR_FEATURES.indexOf('measuredSense');
const SAME_MEASURE = PAIR_FEATURES.indexOf('sameMeasure');

function isFigureLink(vector: number[]): boolean {
  return vector[MEASURED_SENSE] === 1 && vector[SAME_MEASURE] === 1;
}

export const LINKER_FILE = 'claim-linker.json';
const linker = committedModel(LINKER_FILE, 'claim linker', (bytes) => JSON.parse(bytes.toString('utf8')) as LinkerWeights, () => HAND_LINKER);

/** The committed linker weights (models/claim-linker.json), or HAND_LINKER with a warning when missing. */
export const defaultLinker = (): LinkerWeights => linker.get();
export const reloadLinker = (): void => linker.reload();

/** A claim's wording with its figures masked and punctuation dropped: claims of one wording are one candidate, always related. */
export function wordingKey(c: Claim): string {
  return c.text.toLowerCase().replace(/\d[\d,.]*/g, '#').replace(/[^\p{L}\p{N}#]+/gu, ' ').trim();
}

/** A claim as the linker weighs it (its figures, its day) and as a group's timeline shows it. */
export function linkedClaim(claim: Claim, analysis: ArticleAnalysis): PairClaim & { point: () => TimelinePoint } {
  const figures = claim.numbers.map((k) => analysis.numbers[k]).filter((n) => n !== undefined);
  const ref: Ref = { claim, analysis, file: analysis.file, number: claim.figure ? analysis.numbers[claim.numbers[0]] : undefined, figures, day: dayNumber(claim.date) };
  return { ...ref, point: () => toPoint(ref) };
}

/** A claim's point on its group's timeline, as linking places it (mark unset). */
export function claimPoint(claim: Claim, analysis: ArticleAnalysis): TimelinePoint {
  return toPoint({ claim, file: analysis.file, number: claim.figure ? analysis.numbers[claim.numbers[0]] : undefined });
}

function toPoint(r: Pick<Ref, 'claim' | 'file' | 'number'>): TimelinePoint {
  const c = r.claim;
  const n = r.number;
  const base = baseValue(c);
  const [low, up] = base ? figureRange(base.value, base.high, c.figure!.approx, n ? textBefore(c, n.start) : '') : [0, 0];
  return {
    id: c.id,
    kind: c.kind,
    file: r.file,
    date: c.date,
    ...(c.time ? { time: c.time } : {}),
    source: c.source,
    text: c.text,
    figureText: c.figure?.text ?? '',
    value: c.figure?.value ?? null,
    ...(c.figure?.high !== undefined ? { high: c.figure.high } : {}),
    unit: c.figure?.unit ?? null,
    approx: c.figure?.approx ?? false,
    low,
    up,
    measure: measureOf(c, n),
    mark: null,
  };
}

/** The ids of the group's other claims, all of them up to MAX_RELATED, else the MAX_RELATED nearest in time. */
function nearestIds(refs: readonly { id: string; day: number | null }[], i: number): string[] {
  if (refs.length - 1 <= MAX_RELATED) return refs.filter((_, k) => k !== i).map((r) => r.id);
  const out: string[] = [];
  let lo = i - 1;
  let hi = i + 1;
  const distance = (a: number | null, b: number | null) => (a === null || b === null ? 1e9 : Math.abs(a - b));
  while (out.length < MAX_RELATED && (lo >= 0 || hi < refs.length)) {
    const dl = lo >= 0 ? distance(refs[lo].day, refs[i].day) : Infinity;
    const dh = hi < refs.length ? distance(refs[hi].day, refs[i].day) : Infinity;
    out.push(dl <= dh ? refs[lo--].id : refs[hi++].id);
  }
  return out;
}

/** Each point's related ids (see Claim.related) from a group's points in its order, as linking gives them. */
export function relatedByTime(points: readonly TimelinePoint[]): string[][] {
  const refs = points.map((p) => ({ id: p.id, day: dayNumber(p.date) }));
  return refs.map((_, i) => nearestIds(refs, i));
}

function textBefore(c: Claim, start: number): string {
  return c.text.slice(Math.max(0, start - c.start - 30), start - c.start);
}

function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / 86400000;
}

function byTime(a: Ref, b: Ref): number {
  if (a.day === null || b.day === null) return a.day === null ? (b.day === null ? a.claim.id.localeCompare(b.claim.id) : 1) : -1;
  return a.day - b.day || (a.claim.time ?? '').localeCompare(b.claim.time ?? '') || a.claim.id.localeCompare(b.claim.id);
}
