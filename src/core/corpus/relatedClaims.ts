import type { ArticleAnalysis, Claim, ClaimGroup, TimelinePoint } from '../types';
import { ACTORS } from '../extract/claims/lexicon';

/** Figures at most this many days apart were stated "at about the same time". */
export const SAME_TIME_DAYS = 7;
/** The most related ids listed on one claim (the nearest in time); groups can be larger. */
export const MAX_RELATED = 50;
const GENERIC_CONCEPTS = new Set(['count', 'share', 'money']);
const ACTOR_KEYS = new Set(Object.keys(ACTORS));

interface Ref {
  claim: Claim;
  analysis: ArticleAnalysis;
  point: TimelinePoint;
  day: number | null;
}

/**
 * Links claims about the same measured thing across a corpus and builds a timeline
 * per group. Claims are blocked by topic (actor, counted thing, event), so the work
 * grows with the size of each block, never with all pairs of the corpus. Topics
 * without an actor, counting something generic, or with a small or vague figure,
 * link only repeats of the same figure: a reader would reject "36 tanks" in Norway
 * and "8 tanks" sent to Ukraine as one measured thing.
 */
export function linkClaims(analyses: ArticleAnalysis[]): ClaimGroup[] {
  const blocks = new Map<string, Ref[]>();
  for (const analysis of analyses) {
    for (const claim of analysis.claims) {
      claim.related = [];
      const key = blockKey(claim);
      let block = blocks.get(key);
      if (!block) blocks.set(key, (block = []));
      const point = toPoint(claim, analysis);
      block.push({ claim, analysis, point, day: dayNumber(claim.date) });
    }
  }
  const groups: ClaimGroup[] = [];
  for (const [key, block] of blocks) {
    for (const refs of key.includes('@') ? repeatClusters(block) : [block]) addGroup(groups, key, refs);
  }
  return groups.sort((a, b) => b.points.length - a.points.length || a.topic.localeCompare(b.topic));
}

function addGroup(groups: ClaimGroup[], key: string, refs: Ref[]) {
  if (refs.length < 2) return;
  refs.sort(byTime);
  for (let i = 0; i < refs.length; i++) refs[i].claim.related = nearestIds(refs, i);
  groups.push({
    topic: key,
    label: refs[0].claim.topicLabel + (key.includes('@') ? `: ${refs[0].point.figureText}` : ''),
    points: refs.map((r) => r.point),
    ...compareFigures(refs),
  });
}

/**
 * Repeats of one small or vague figure are the same claim only when they are told
 * in much the same words (a headline and its body sentence); "two countries" in two
 * unrelated sentences are not. Clusters by shared content words.
 */
function repeatClusters(block: Ref[]): Ref[][] {
  if (block.length < 2) return [block];
  const words = block.map((r) => contentWords(r.claim.text));
  const parent = Int32Array.from(block, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < block.length; i++) {
    for (let j = i + 1; j < block.length; j++) {
      // Repeats of one sentence are many in a large corpus: a pair already joined needs no comparing.
      const a = find(i);
      const b = find(j);
      if (a !== b && overlap(words[i], words[j]) >= 0.5) parent[a] = b;
    }
  }
  const clusters = new Map<number, Ref[]>();
  block.forEach((r, i) => {
    const root = find(i);
    const cluster = clusters.get(root);
    if (cluster) cluster.push(r);
    else clusters.set(root, [r]);
  });
  return [...clusters.values()];
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'with', 'by', 'at', 'from', 'that', 'this', 'its', 'it', 'is', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'as', 'said', 'says']);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)));
}

/** Shared words over the smaller sentence's words: a headline inside its body sentence scores 1. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function blockKey(c: Claim): string {
  const parts = c.topic.split('-');
  const hasActor = ACTOR_KEYS.has(parts[0]);
  const concept = hasActor ? parts[1] : parts[0];
  if (hasActor && !GENERIC_CONCEPTS.has(concept) && isAggregate(c)) return c.topic;
  return `${c.topic}@${c.figure.value}${c.figure.high !== undefined ? '-' + c.figure.high : ''}`;
}

/**
 * A figure that can be set against others of its topic: an amount, share or large
 * count stated in digits. Small counts (`two lines`, `8 tanks`) are about one
 * incident and vague ones (`dozens`, `millions of men`) cannot be compared, so
 * those link only to repeats of themselves.
 */
function isAggregate(c: Claim): boolean {
  const f = c.figure;
  if (f.approx && !/\d/.test(f.text)) return false;
  return f.kind !== 'count' || (f.value ?? 0) >= 100;
}

function nearestIds(refs: Ref[], i: number): string[] {
  if (refs.length - 1 <= MAX_RELATED) return refs.filter((_, k) => k !== i).map((r) => r.claim.id);
  const out: string[] = [];
  let lo = i - 1;
  let hi = i + 1;
  while (out.length < MAX_RELATED && (lo >= 0 || hi < refs.length)) {
    const dl = lo >= 0 ? distance(refs[lo], refs[i]) : Infinity;
    const dh = hi < refs.length ? distance(refs[hi], refs[i]) : Infinity;
    out.push(dl <= dh ? refs[lo--].claim.id : refs[hi++].claim.id);
  }
  return out;
}

function distance(a: Ref, b: Ref): number {
  return a.day === null || b.day === null ? 1e9 : Math.abs(a.day - b.day);
}

/**
 * Disagreements: figures within SAME_TIME_DAYS of each other whose ranges (after
 * reading `almost`, `up to`, `more than` …) do not overlap. Changes: the same across
 * a longer gap. A sliding window over the time-sorted group keeps this near-linear.
 */
function compareFigures(refs: Ref[]): Pick<ClaimGroup, 'disagreements' | 'changes'> {
  const disagreements: [string, string][] = [];
  const changes: [string, string][] = [];
  const dated = refs.filter((r) => r.day !== null && r.point.value !== null);
  for (let i = 0; i < dated.length && disagreements.length < 1000; i++) {
    for (let j = i + 1; j < dated.length && dated[j].day! - dated[i].day! <= SAME_TIME_DAYS; j++) {
      if (disjoint(dated[i].point, dated[j].point)) disagreements.push([dated[i].claim.id, dated[j].claim.id]);
    }
  }
  // Changes: each date cluster against the previous one.
  let prev: Ref[] = [];
  let cur: Ref[] = [];
  const flush = () => {
    for (const a of prev) for (const b of cur) if (disjoint(a.point, b.point) && changes.length < 1000) changes.push([a.claim.id, b.claim.id]);
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

function disjoint(a: TimelinePoint, b: TimelinePoint): boolean {
  return a.up < b.low || b.up < a.low;
}

function toPoint(c: Claim, a: ArticleAnalysis): TimelinePoint {
  const n = a.numbers[c.numbers[0]];
  const before = n ? textBefore(c, n.start) : "";
  const [low, up] = figureRange(c.figure.value ?? 0, c.figure.high, c.figure.approx, before);
  return {
    id: c.id,
    file: a.file,
    date: c.date,
    ...(c.time ? { time: c.time } : {}),
    source: c.source,
    text: c.text,
    figureText: c.figure.text,
    value: c.figure.value,
    ...(c.figure.high !== undefined ? { high: c.figure.high } : {}),
    unit: c.figure.unit,
    approx: c.figure.approx,
    low,
    up,
  };
}

function textBefore(c: Claim, start: number): string {
  return c.text.slice(Math.max(0, start - c.start - 30), start - c.start);
}

/** The values a figure allows once its qualifier is read. */
export function figureRange(value: number, high: number | undefined, approx: boolean, before: string): [number, number] {
  if (high !== undefined) return [value, high];
  const q = before.toLowerCase();
  if (/\b(?:up to|as many as|at most|no more than)\s*$/.test(q)) return [0, value];
  if (/\b(?:almost|nearly|just under|close to|fewer than|less than|under)\s*$/.test(q)) return [value * 0.85, value];
  if (/\b(?:at least|upwards of|no fewer than|a minimum of)\s*$/.test(q)) return [value, Infinity];
  if (/\b(?:more than|over|above|exceeds?|exceeding)\s*$/.test(q)) return [value, value * 1.5];
  if (approx) return [value * 0.75, value * 1.25];
  return [value * 0.99, value * 1.01];
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
