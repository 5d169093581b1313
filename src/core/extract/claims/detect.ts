import { committedModel } from '../../util/committedModel';
import type { ClaimKind, NumberMention, ParagraphKind } from '../../types';
import type { Cues } from './checkworthiness';
import { FURNITURE_LABEL } from './cues';
import { quotedShare, type SentenceView } from './sentenceWords';

/** Figure kinds in order of precedence for a claim's main figure. */
const FIGURE_RANK: Record<NumberMention['kind'], number> = { count: 0, percent: 0, money: 0, measure: 0, duration: 1, ordinal: 2, year: 3, date: 4, time: 5 };

/**
 * The figure a claim is about: an amount, share or measure first, then a duration, a
 * rank (an ordinal before a noun: `24th title`, `No. 1 ranking`), the year of an event;
 * never a stray `one`, a date alone, or a figure inside a name.
 */
export function mainFigure(v: SentenceView): NumberMention | undefined {
  let best: NumberMention | undefined;
  for (const n of v.numbers) {
    if (!isClaimFigure(n, v)) continue;
    if (!best || FIGURE_RANK[n.kind] < FIGURE_RANK[best.kind]) best = n;
  }
  return best;
}

export function isClaimFigure(n: NumberMention, v: SentenceView): boolean {
  if (n.malformed || n.kind === 'time' || n.kind === 'date') return false;
  if (n.value === null && n.kind !== 'count') return false;
  if (n.kind === 'count') {
    if (/^(?:one|a|an)$/i.test(n.text)) return false;
    // A bare small figure with no noun is a designator or part of a score more often than a count.
    return n.unit !== null || (n.value ?? 0) >= 10 || n.approx;
  }
  if (n.kind === 'ordinal') {
    // `24th title`, `fourth US Open`, `No. 1 ranking`: a rank is an ordinal before a noun.
    const next = v.words.find((w) => w.start >= n.end);
    return !!next && next.start - n.end < 30 && (next.cls === 'noun' || next.cls === 'noun|verb' || next.cls === 'adj' || next.entity >= 0 || next.cls === undefined) && !/^of$/i.test(next.lower);
  }
  return true;
}

/** The inputs of the claim decision, by name, as a vector the detector weighs. */
export const DETECTOR_FEATURES = [
  'bias',
  'checkworthy',
  'amount',
  'otherFigure',
  'record',
  'action',
  'cause',
  'change',
  'attribution',
  'opinion',
  'prediction',
  'negation',
  'firstPerson',
  'quoted',
  'quotedFirstPerson',
  'entities',
  'short',
  'headline',
] as const;

export type DetectorFeature = (typeof DETECTOR_FEATURES)[number];

export interface DetectorInput {
  view: SentenceView;
  cues: Cues;
  checkworthiness: number;
  figure: NumberMention | undefined;
  paragraph: ParagraphKind | undefined;
}

/** Page furniture, questions and headings are never claims, whatever the model says. */
export function ruledOut(d: DetectorInput): boolean {
  if (d.paragraph && NOT_CLAIM_PARAGRAPHS.has(d.paragraph)) return true;
  if (d.cues.question || FURNITURE_LABEL.test(d.view.text)) return true;
  if (d.paragraph === 'heading' && !d.figure) return true;
  return d.view.words.length < 3;
}

const NOT_CLAIM_PARAGRAPHS = new Set<ParagraphKind>(['furniture', 'byline', 'dateline', 'entry-header']);

export function detectorVector(d: DetectorInput): number[] {
  const p = Math.min(0.999, Math.max(0.001, d.checkworthiness));
  const quoted = quotedShare(d.view) > 0.5;
  const amount = !!d.figure && FIGURE_RANK[d.figure.kind] === 0;
  const values: Record<DetectorFeature, number> = {
    bias: 1,
    checkworthy: Math.log(p / (1 - p)),
    amount: amount ? 1 : 0,
    otherFigure: d.figure && !amount ? 1 : 0,
    record: d.cues.record ? 1 : 0,
    action: d.cues.action ? 1 : 0,
    cause: d.cues.cause ? 1 : 0,
    change: d.cues.change || d.cues.comparison ? 1 : 0,
    attribution: d.cues.attribution ? 1 : 0,
    opinion: d.cues.opinion ? 1 : 0,
    prediction: d.cues.prediction ? 1 : 0,
    negation: d.cues.negation ? 1 : 0,
    firstPerson: d.cues.firstPerson ? 1 : 0,
    quoted: quoted ? 1 : 0,
    quotedFirstPerson: quoted && d.cues.firstPerson ? 1 : 0,
    entities: Math.min(3, new Set(d.view.entities.map((e) => e.canonical)).size) / 3,
    short: d.view.words.length < 8 ? 1 : 0,
    headline: d.paragraph === 'title' ? 1 : 0,
  };
  return DETECTOR_FEATURES.map((f) => values[f]);
}

/** The detector's weights: a logistic model over DETECTOR_FEATURES (models/claim-detector.json, `npm run train`). */
export interface DetectorWeights {
  weights: Record<DetectorFeature, number>;
  threshold: number;
}

export function detectorScore(w: DetectorWeights, x: number[]): number {
  let z = 0;
  DETECTOR_FEATURES.forEach((f, i) => (z += (w.weights[f] ?? 0) * x[i]));
  return 1 / (1 + Math.exp(-z));
}

export function claimKind(d: DetectorInput): ClaimKind {
  if (d.figure) return 'quantity';
  if (d.cues.record) return 'record';
  if (d.cues.change || d.cues.comparison) return 'comparison';
  if (d.cues.cause) return 'cause';
  if (d.cues.action) return 'action';
  return 'statement';
}

export const DETECTOR_FILE = 'claim-detector.json';

/** Before any training: figures and cue words for, feelings, predictions and first-person quotations against. */
export const HAND_WEIGHTS: DetectorWeights = {
  weights: {
    bias: -1,
    checkworthy: 0.5,
    amount: 3,
    otherFigure: 1.5,
    record: 1,
    action: 1,
    cause: 1,
    change: 1,
    attribution: 0.5,
    opinion: -1.5,
    prediction: -1.5,
    negation: 0.3,
    firstPerson: -1,
    quoted: -1,
    quotedFirstPerson: -2,
    entities: 1,
    short: -1,
    headline: 0.5,
  },
  threshold: 0.5,
};

const detector = committedModel(DETECTOR_FILE, 'claim detector', (bytes) => JSON.parse(bytes.toString('utf8')) as DetectorWeights, () => HAND_WEIGHTS);

/** The committed detector weights (models/claim-detector.json), or HAND_WEIGHTS with a warning when missing. */
export const defaultDetector = (): DetectorWeights => detector.get();
export const reloadDetector = (): void => detector.reload();
