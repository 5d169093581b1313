import type { ClaimGroup, TimelinePoint } from '../../types';
import { runSteps } from '../../util/runSteps';
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

/** Pairs listed per group and kind; the counts and every claim's mark cover all of them. */
export const LISTED_PAIRS = 5000;

/**
 * Disagreements: comparable figures within SAME_TIME_DAYS of each other whose ranges
 * (after reading `almost`, `up to`, `more than` …) do not overlap. Changes: the same
 * between each date cluster and the one before it. Every pair in those windows is
 * compared, with no cap: each differing pair is counted and marks both its claims
 * (`mark`), and the first LISTED_PAIRS of each kind are listed (a corpus of thousands
 * of reports of one figure differs in millions of pairs, which no reader lists). The
 * work is the number of pairs inside the windows, which a time-sorted sweep visits
 * without the rest.
 */
export function compareFigures(points: ComparedPoint[]): FigureComparison {
  return runSteps(compareFiguresInSteps(points));
}

type FigureComparison = Pick<ClaimGroup, 'disagreements' | 'changes' | 'disagreementCount' | 'changeCount'>;

/** Pairs of points compared between two pauses of compareFiguresInSteps. */
const PAIRS_PER_STEP = 20_000;

/**
 * compareFigures with a pause (a `yield`) every PAIRS_PER_STEP pairs looked at: a group of
 * thousands of claims stated on the same days holds millions of pairs (a second or more
 * of the editor's thread in one go, measured at 2,000 articles).
 */
export function* compareFiguresInSteps(points: ComparedPoint[]): Generator<void, FigureComparison> {
  const disagreements: [string, string][] = [];
  const changes: [string, string][] = [];
  let disagreementCount = 0;
  let changeCount = 0;
  const dated = points.filter((r) => r.day !== null && r.point.measure !== null).sort((a, b) => a.day! - b.day!);
  // Large groups repeat a few wordings: each pair of wordings is decided once.
  const wordingIds = new Map<string, number>();
  const wording = dated.map((r) => {
    const key = `${r.point.measure}|${r.measured.join(' ')}|${r.predicate}`;
    let id = wordingIds.get(key);
    if (id === undefined) wordingIds.set(key, (id = wordingIds.size));
    return id;
  });
  const memo = new Map<number, boolean>();
  const comparableAt = (i: number, j: number) => {
    const key = wording[i] * wordingIds.size + wording[j];
    let known = memo.get(key);
    if (known === undefined) memo.set(key, (known = comparable(dated[i], dated[j])));
    return known;
  };
  let looked = 0;
  for (let i = 0; i < dated.length; i++) {
    if (looked >= PAIRS_PER_STEP) {
      looked = 0;
      yield;
    }
    for (let j = i + 1; j < dated.length && dated[j].day! - dated[i].day! <= SAME_TIME_DAYS; j++) {
      looked++;
      if (disjoint(dated[i].point, dated[j].point) && comparableAt(i, j)) {
        if (disagreementCount++ < LISTED_PAIRS) disagreements.push([dated[i].point.id, dated[j].point.id]);
        dated[i].point.mark = dated[j].point.mark = '≠';
      }
    }
  }
  let prev: number[] = [];
  let cur: number[] = [];
  const flush = function* () {
    for (const b of cur) {
      looked += prev.length;
      if (looked >= PAIRS_PER_STEP) {
        looked = 0;
        yield;
      }
      for (const a of prev) {
        if (disjoint(dated[a].point, dated[b].point) && comparableAt(a, b)) {
          if (changeCount++ < LISTED_PAIRS) changes.push([dated[a].point.id, dated[b].point.id]);
          if (dated[b].point.mark === null) dated[b].point.mark = 'Δ';
          if (dated[a].point.mark === null) dated[a].point.mark = 'Δ';
        }
      }
    }
  };
  for (const [i, r] of dated.entries()) {
    if (cur.length > 0 && r.day! - dated[cur[0]].day! > SAME_TIME_DAYS) {
      yield* flush();
      prev = cur;
      cur = [];
    }
    cur.push(i);
  }
  yield* flush();
  return { disagreements, changes, disagreementCount, changeCount };
}
