import type { Claim, ClaimFrame, NumberMention } from '../../types';
import { baseValue, measureOf, sameAmount } from './figures';
import { conceptsOf, narrowConceptsOf } from './wordConcepts';

/** A sense shared by more words than this says little about two claims (`destruction` and `win` are both acts). */
export const NARROW_SENSE_WORDS = 20;

/** The evidence that two claims state the same fact, by name, as a vector the linker weighs. */
/**
 * Time is no evidence here, only in how figures are compared once linked (≠ at about the
 * same time, Δ over time): in the development set every story's articles are a day or
 * two apart and stories months apart, so a weight on days apart learns "another story",
 * and then cuts a story followed over months (a death toll that changes, troop figures a
 * year apart) into pieces. Measured: with days apart (capped at 30) leave-one-story-out
 * related F1 was 0.345, without 0.323, the difference of a few pairs.
 */
export const PAIR_FEATURES = ['bias', 'cosine', 'focusCosine', 'sameMeasured', 'measuredOverlap', 'measuredSense', 'sameFigure', 'closeValue', 'sharedFigure', 'sameMeasure', 'otherMeasure', 'oneFigure', 'sharedEntities', 'samePredicate', 'predicateSense', 'sameSubject', 'sameArticle', 'nextClaim', 'otherMeasured'] as const;
export type PairFeature = (typeof PAIR_FEATURES)[number];

export interface PairClaim {
  claim: Claim;
  /** The main figure's number mention (for its currency), when the claim has one. */
  number: NumberMention | undefined;
  /** Every figure of the claim (the main one first); just `number` when absent. */
  figures?: NumberMention[];
  file: string;
  day: number | null;
  /** The claim's place among its article's claims (0 first), when known. */
  order?: number;
}

/**
 * The two claims state one figure somewhere, not only as their main one (`24th` title in a
 * sentence led by the score, `€1.2bn` beside `£1bn`): the same kind and value, or for a
 * figure without a value (a set score) the same digits.
 */
export function shareFigure(a: NumberMention[], b: NumberMention[]): boolean {
  const key = (n: NumberMention) => (n.kind === 'date' || n.kind === 'year' ? null : n.value !== null && n.value !== undefined ? `${n.kind}:${n.value}` : n.text.replace(/\D+/g, ' ').trim() ? 's:' + n.text.replace(/\D+/g, ' ').trim() : null);
  const ka = new Set(a.map(key).filter((k): k is string => k !== null));
  return b.some((n) => {
    const k = key(n);
    return k !== null && ka.has(k);
  });
}

function figuresOf(c: PairClaim): NumberMention[] {
  return c.figures ?? (c.number ? [c.number] : []);
}

function senseShared(a: string | null, b: string | null, maxWords = Infinity): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (maxWords !== Infinity) {
    const ka = new Set(narrowConceptsOf(a, maxWords));
    return narrowConceptsOf(b, maxWords).some((k) => ka.has(k));
  }
  const ka = new Set(conceptsOf(a));
  return conceptsOf(b).some((k) => ka.has(k));
}

/**
 * How near two figures of one measure are, on a log scale: 1 for equal, 0 at a factor of
 * 1,000 or more apart, 0 for figures of different measures. Reports of one fact differ
 * (2,300 against 11,300 dead; 100,000 against 500,000 troops) but rarely by orders of magnitude.
 */
export function closeness(a: PairClaim, b: PairClaim, measureA: string | null, measureB: string | null): number {
  if (measureA === null || measureA !== measureB) return 0;
  const va = Math.abs(baseValue(a.claim)?.value ?? 0);
  const vb = Math.abs(baseValue(b.claim)?.value ?? 0);
  if (va === 0 || vb === 0) return va === vb ? 1 : 0;
  return Math.max(0, 1 - Math.abs(Math.log10(va / vb)) / 3);
}

/**
 * Two claims measure one thing: a word of each is the same or shares a narrow sense
 * (`troops`, `soldiers`, `men`). Senses that many words share (`destruction` and `win`
 * are both acts) are no evidence here.
 */
export function sameMeasuredThing(a: ClaimFrame, b: ClaimFrame): boolean {
  const ma = measuredWords(a);
  const mb = measuredWords(b);
  return ma.some((x) => mb.some((y) => senseShared(x, y, NARROW_SENSE_WORDS)));
}

/** The measured thing's words and the state of what it counts (`person` + `dead` meets `death toll` + `dead`). */
function measuredWords(f: ClaimFrame): string[] {
  const words = f.measured ? f.measured.split(' ') : [];
  return f.state && !words.includes(f.state) ? [...words, f.state] : words;
}

export function pairVector(a: PairClaim, b: PairClaim, cos: number, focus = cos): number[] {
  const fa = a.claim.frame;
  const fb = b.claim.frame;
  const ma = measuredWords(fa);
  const mb = measuredWords(fb);
  const shared = ma.filter((w) => mb.includes(w)).length;
  const measureA = measureOf(a.claim, a.number);
  const measureB = measureOf(b.claim, b.number);
  const ea = new Set(fa.entities);
  const sharedEntities = fb.entities.filter((e) => ea.has(e)).length;
  const values: Record<PairFeature, number> = {
    bias: 1,
    cosine: cos,
    focusCosine: focus,
    sameMeasured: ma.length > 0 && ma.join(' ') === mb.join(' ') ? 1 : 0,
    measuredOverlap: ma.length && mb.length ? shared / Math.min(ma.length, mb.length) : 0,
    measuredSense: ma.length > 0 && mb.length > 0 && ma.some((x) => mb.some((y) => senseShared(x, y))) ? 1 : 0,
    closeValue: closeness(a, b, measureA, measureB),
    sameFigure: a.claim.figure && b.claim.figure && sameAmount(a.claim, b.claim, a.number, b.number) ? 1 : 0,
    sharedFigure: shareFigure(figuresOf(a), figuresOf(b)) ? 1 : 0,
    sameMeasure: measureA !== null && measureA === measureB ? 1 : 0,
    otherMeasure: measureA !== null && measureB !== null && measureA !== measureB ? 1 : 0,
    oneFigure: (measureA === null) !== (measureB === null) ? 1 : 0,
    sharedEntities: Math.min(3, sharedEntities) / 3,
    samePredicate: fa.predicate !== null && fa.predicate === fb.predicate ? 1 : 0,
    predicateSense: senseShared(fa.predicate, fb.predicate) ? 1 : 0,
    sameSubject: fa.subject !== null && fa.subject === fb.subject ? 1 : 0,
    sameArticle: a.file === b.file ? 1 : 0,
    // Both say what they measure and no word of one shares a sense with the other: a death toll against a count of the missing.
    otherMeasured: ma.length > 0 && mb.length > 0 && !ma.some((x) => mb.some((y) => senseShared(x, y))) ? 1 : 0,
    // A writer tells one fact over consecutive sentences (`Hospitals … are no longer operable`, `Dead bodies have been left outside the morgues`).
    nextClaim: a.file === b.file && a.order !== undefined && b.order !== undefined && Math.abs(a.order - b.order) === 1 ? 1 : 0,
  };
  return PAIR_FEATURES.map((f) => values[f]);
}

export interface LinkerWeights {
  weights: Record<PairFeature, number>;
  threshold: number;
  /** A term held by more than this share of a corpus's claims is no blocking key. */
  maxPostingsShare: number;
}

export function pairScore(w: LinkerWeights, x: number[]): number {
  let z = 0;
  PAIR_FEATURES.forEach((f, i) => (z += (w.weights[f] ?? 0) * x[i]));
  return 1 / (1 + Math.exp(-z));
}

/** Before any training: the shared words carry most, a shared figure or measured thing adds. */
export const HAND_LINKER: LinkerWeights = {
  weights: { bias: -4, cosine: 6, focusCosine: 0, sameMeasured: 1.5, measuredOverlap: 1, measuredSense: 0, sameFigure: 2, closeValue: 0, sharedFigure: 0, sameMeasure: 0.5, otherMeasure: -0.5, oneFigure: 0, sharedEntities: 1, samePredicate: 0.5, predicateSense: 0, sameSubject: 0.5, sameArticle: 0, nextClaim: 0, otherMeasured: 0 },
  threshold: 0.5,
  maxPostingsShare: 0.05,
};
