import type { Claim, NumberMention } from '../../types';
import { measureOf, sameAmount } from './figures';

/** The evidence that two claims state the same fact, by name, as a vector the linker weighs. */
/**
 * Time is no evidence here, only in how figures are compared once linked (≠ at about the
 * same time, Δ over time): in the development set every story's articles are a day or
 * two apart and stories months apart, so a weight on days apart learns "another story",
 * and then cuts a story followed over months (a death toll that changes, troop figures a
 * year apart) into pieces. Measured: with days apart (capped at 30) leave-one-story-out
 * related F1 was 0.345, without 0.323, the difference of a few pairs.
 */
export const PAIR_FEATURES = ['bias', 'cosine', 'sameMeasured', 'measuredOverlap', 'sameFigure', 'sameMeasure', 'otherMeasure', 'sharedEntities', 'samePredicate', 'sameSubject'] as const;
export type PairFeature = (typeof PAIR_FEATURES)[number];

export interface PairClaim {
  claim: Claim;
  /** The main figure's number mention (for its currency), when the claim has one. */
  number: NumberMention | undefined;
  file: string;
  day: number | null;
}

export function pairVector(a: PairClaim, b: PairClaim, cos: number): number[] {
  const fa = a.claim.frame;
  const fb = b.claim.frame;
  const ma = fa.measured ? fa.measured.split(' ') : [];
  const mb = fb.measured ? fb.measured.split(' ') : [];
  const shared = ma.filter((w) => mb.includes(w)).length;
  const measureA = measureOf(a.claim, a.number);
  const measureB = measureOf(b.claim, b.number);
  const ea = new Set(fa.entities);
  const sharedEntities = fb.entities.filter((e) => ea.has(e)).length;
  const values: Record<PairFeature, number> = {
    bias: 1,
    cosine: cos,
    sameMeasured: ma.length > 0 && fa.measured === fb.measured ? 1 : 0,
    measuredOverlap: ma.length && mb.length ? shared / Math.min(ma.length, mb.length) : 0,
    sameFigure: a.claim.figure && b.claim.figure && sameAmount(a.claim, b.claim, a.number, b.number) ? 1 : 0,
    sameMeasure: measureA !== null && measureA === measureB ? 1 : 0,
    otherMeasure: measureA !== null && measureB !== null && measureA !== measureB ? 1 : 0,
    sharedEntities: Math.min(3, sharedEntities) / 3,
    samePredicate: fa.predicate !== null && fa.predicate === fb.predicate ? 1 : 0,
    sameSubject: fa.subject !== null && fa.subject === fb.subject ? 1 : 0,
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
  weights: { bias: -4, cosine: 6, sameMeasured: 1.5, measuredOverlap: 1, sameFigure: 2, sameMeasure: 0.5, otherMeasure: -0.5, sharedEntities: 1, samePredicate: 0.5, sameSubject: 0.5 },
  threshold: 0.5,
  maxPostingsShare: 0.05,
};
