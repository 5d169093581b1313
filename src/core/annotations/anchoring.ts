import type { Target } from './schema';

/** Characters of context kept either side of an annotation. */
export const CONTEXT = 32;

export type AnchorState = 'anchored' | 'moved' | 'orphaned';

export interface AnchorResult {
  state: AnchorState;
  start?: number;
  end?: number;
  /** 1 for an exact match at the stored position; lower for moved and approximate matches. */
  score: number;
}

/** The selectors of a span of `text`, as stored when an annotation is made. */
export function captureTarget(text: string, start: number, end: number): Target {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/**
 * Finds an annotation's text again, from cheap to fuzzy: the stored position
 * checked against the quote; the quote found exactly (nearest, best context);
 * the quote with its line endings changed; then approximately, with at most a
 * fifth of its characters wrong, near the old position first and then anywhere.
 * What cannot be found is orphaned, never guessed.
 */
export function anchor(text: string, t: Target): AnchorResult {
  if (text.slice(t.start, t.end) === t.exact) return { state: 'anchored', start: t.start, end: t.end, score: 1 };
  const variants = [t.exact, t.exact.replace(/\r\n/g, '\n'), t.exact.replace(/(?<!\r)\n/g, '\r\n')].filter((v, i, a) => a.indexOf(v) === i);
  for (const exact of variants) {
    const best = bestExact(text, { ...t, exact });
    if (best) return best;
  }
  const approx = approximate(text, t);
  return approx ?? { state: 'orphaned', score: 0 };
}

function bestExact(text: string, t: Target): AnchorResult | undefined {
  let best: AnchorResult | undefined;
  let found = 0;
  for (let i = text.indexOf(t.exact); i >= 0 && found < 1000; i = text.indexOf(t.exact, i + 1), found++) {
    const score = 0.5 + 0.5 * contextScore(text, i, i + t.exact.length, t) - proximityPenalty(i, t.start, text.length);
    if (!best || score > best.score) best = { state: 'moved', start: i, end: i + t.exact.length, score };
  }
  return best;
}

/** How much of the stored prefix and suffix surround a candidate (0…1). */
export function contextScore(text: string, start: number, end: number, t: Target): number {
  const pre = commonSuffix(text.slice(Math.max(0, start - t.prefix.length), start), t.prefix);
  const suf = commonPrefix(text.slice(end, end + t.suffix.length), t.suffix);
  const total = t.prefix.length + t.suffix.length;
  return total === 0 ? 1 : (pre + suf) / total;
}

function proximityPenalty(at: number, was: number, length: number): number {
  return length === 0 ? 0 : (0.1 * Math.abs(at - was)) / length;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Longest quote searched approximately: longer ones are only found exactly. */
const MAX_APPROX_PATTERN = 2000;

function approximate(text: string, t: Target): AnchorResult | undefined {
  const m = t.exact.length;
  if (m === 0 || m > MAX_APPROX_PATTERN) return undefined;
  const k = Math.max(1, Math.floor(m / 5));
  const radius = m * 4 + 2000;
  const windows: [number, number][] = [[Math.max(0, t.start - radius), Math.min(text.length, t.end + radius)]];
  if (windows[0][0] > 0 || windows[0][1] < text.length) windows.push([0, text.length]);
  for (const [from, to] of windows) {
    const hit = sellers(text, from, to, t.exact, k);
    if (hit) {
      const score = 0.5 * (1 - hit.errors / m) + 0.2 * contextScore(text, hit.start, hit.end, t) - proximityPenalty(hit.start, t.start, text.length);
      return { state: 'moved', start: hit.start, end: hit.end, score };
    }
  }
  return undefined;
}

/**
 * Sellers' approximate substring search: the end of the substring of text[from,to)
 * with the fewest edits from `pattern` (at most k), with its start carried along
 * the dynamic programme. O(m·n) time, O(m) memory.
 */
export function sellers(text: string, from: number, to: number, pattern: string, k: number): { start: number; end: number; errors: number } | undefined {
  const m = pattern.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = from;
  }
  let best: { start: number; end: number; errors: number } | undefined;
  for (let j = from; j < to; j++) {
    cur[0] = 0;
    curStart[0] = j + 1;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      const del = prev[i] + 1; // text char not in pattern
      const ins = cur[i - 1] + 1; // pattern char not in text
      if (sub <= del && sub <= ins) {
        cur[i] = sub;
        curStart[i] = i === 1 ? j : prevStart[i - 1];
      } else if (del <= ins) {
        cur[i] = del;
        curStart[i] = prevStart[i];
      } else {
        cur[i] = ins;
        curStart[i] = curStart[i - 1];
      }
    }
    if (cur[m] <= k && (!best || cur[m] < best.errors)) best = { start: curStart[m], end: j + 1, errors: cur[m] };
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best;
}
