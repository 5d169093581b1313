import type { ClaimGroup, TimelinePoint } from '../../types';
import { conceptsOf } from './wordConcepts';

/** Figures at most this many days apart were stated "at about the same time". */
export const SAME_TIME_DAYS = 7;

export interface ComparedPoint {
  point: TimelinePoint;
  day: number | null;
  /** Lemmas of what the figure measures: figures of one measure but different things (`24 titles`, `13 of those`) are not set against each other. */
  measured: string[];
  /** The claim's verb: `gathered 300,000 men` and `amassed 500,000 troops` say the same of different words. */
  predicate: string | null;
}

/** Measured things that say nothing about what is counted. */
const GENERIC = new Set(['people', 'person', 'number', 'figure', 'total', 'amount']);

function shareSense(a: string[], b: string[]): boolean {
  if (a.some((w) => b.includes(w))) return true;
  const senses = new Set(a.flatMap((w) => conceptsOf(w)));
  return b.some((w) => conceptsOf(w).some((k) => senses.has(k)));
}

/**
 * Same measure, and what is measured is the same word or shares a sense (`troops`,
 * `soldiers`), or the verbs do (`amassed 500,000 troops`, `gathered 300,000 men`).
 */
function comparable(a: ComparedPoint, b: ComparedPoint): boolean {
  if (a.point.measure === null || a.point.measure !== b.point.measure) return false;
  const ma = a.measured.filter((w) => !GENERIC.has(w));
  const mb = b.measured.filter((w) => !GENERIC.has(w));
  if (ma.length === 0 || mb.length === 0 || shareSense(ma, mb)) return true;
  return a.predicate !== null && b.predicate !== null && shareSense([a.predicate], [b.predicate]);
}

function disjoint(a: TimelinePoint, b: TimelinePoint): boolean {
  return a.up < b.low || b.up < a.low;
}

/**
 * Disagreements: comparable figures within SAME_TIME_DAYS of each other whose ranges
 * (after reading `almost`, `up to`, `more than` …) do not overlap. Changes: the same
 * between each date cluster and the one before it. Every pair in those windows is
 * compared and every differing pair is listed, with no cap: the work is the number of
 * pairs inside the windows, which a time-sorted sweep visits without the rest. Each
 * point's `mark` says the same per claim.
 */
export function compareFigures(points: ComparedPoint[]): Pick<ClaimGroup, 'disagreements' | 'changes'> {
  const disagreements: [string, string][] = [];
  const changes: [string, string][] = [];
  const dated = points.filter((r) => r.day !== null && r.point.measure !== null).sort((a, b) => a.day! - b.day!);
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length && dated[j].day! - dated[i].day! <= SAME_TIME_DAYS; j++) {
      if (comparable(dated[i], dated[j]) && disjoint(dated[i].point, dated[j].point)) {
        disagreements.push([dated[i].point.id, dated[j].point.id]);
        dated[i].point.mark = dated[j].point.mark = '≠';
      }
    }
  }
  let prev: ComparedPoint[] = [];
  let cur: ComparedPoint[] = [];
  const flush = () => {
    for (const b of cur) {
      for (const a of prev) {
        if (comparable(a, b) && disjoint(a.point, b.point)) {
          changes.push([a.point.id, b.point.id]);
          if (b.point.mark === null) b.point.mark = 'Δ';
          if (a.point.mark === null) a.point.mark = 'Δ';
        }
      }
    }
  };
  for (const r of dated) {
    if (cur.length > 0 && r.day! - cur[0].day! > SAME_TIME_DAYS) {
      flush();
      prev = cur;
      cur = [];
    }
    cur.push(r);
  }
  flush();
  return { disagreements, changes };
}
