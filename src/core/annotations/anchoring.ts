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
 * checked against the quote; else every exact occurrence of the quote (also with
 * its line endings changed) and the best approximate match near the old place
 * compete on one score; only when neither exists is the whole text searched
 * approximately. At most a fifth of the quote's characters may be wrong. What
 * cannot be found is orphaned, never guessed.
 *
 * The score weighs the quote (half: how few characters differ), its context (two
 * fifths: how much of the 32 characters either side still surround it) and the
 * distance from the old place (a tenth), so a slightly damaged quote where it was,
 * with its context intact, beats an exact copy of a short name elsewhere.
 */
export function anchor(text: string, t: Target): AnchorResult {
  if (text.slice(t.start, t.end) === t.exact) return { state: 'anchored', start: t.start, end: t.end, score: 1 };
  const m = t.exact.length;
  const k = Math.max(1, Math.floor(m / 5));
  let best: AnchorResult | undefined;
  const consider = (start: number, end: number, errors: number) => {
    const score = 0.5 * (1 - errors / m) + 0.4 * contextScore(text, start, end, t) + 0.1 * (1 - Math.min(1, Math.abs(start - t.start) / Math.max(1, text.length)));
    if (!best || score > best.score) best = { state: 'moved', start, end, score };
  };
  const variants = [t.exact, t.exact.replace(/\r\n/g, '\n'), t.exact.replace(/(?<!\r)\n/g, '\r\n')].filter((v, i, a) => a.indexOf(v) === i);
  for (const exact of variants) {
    let found = 0;
    for (let i = text.indexOf(exact); i >= 0 && found < 1000; i = text.indexOf(exact, i + 1), found++) consider(i, i + exact.length, 0);
  }
  if (m <= MAX_APPROX_PATTERN) {
    const pad = k + CONTEXT;
    const near = sellers(text, Math.max(0, t.start - pad), Math.min(text.length, t.end + pad), t.exact, k);
    if (near) consider(near.start, near.end, near.errors);
    // Text inserted before the annotation moves it away from its old place: look
    // where its context still stands (the end of the prefix, the start of the suffix).
    if (!best || best.score < 0.8) {
      for (const [probe, before] of [[t.prefix.slice(-16), true], [t.suffix.slice(0, 16), false]] as [string, boolean][]) {
        if (probe.length < 8) continue;
        let seen = 0;
        for (let i = text.indexOf(probe); i >= 0 && seen < 20; i = text.indexOf(probe, i + 1), seen++) {
          const from = before ? i + probe.length - k : i - m - 2 * k;
          const hit = sellers(text, Math.max(0, from), Math.min(text.length, from + m + 3 * k), t.exact, k);
          if (hit) consider(hit.start, hit.end, hit.errors);
        }
      }
    }
    if (!best) {
      const radius = m * 4 + 2000;
      const wide = sellers(text, Math.max(0, t.start - radius), Math.min(text.length, t.end + radius), t.exact, k) ?? sellers(text, 0, text.length, t.exact, k);
      if (wide) consider(wide.start, wide.end, wide.errors);
    }
  }
  return best ?? { state: 'orphaned', score: 0 };
}

/**
 * Where a span of another version of the text (an import's source, another
 * annotator's copy) is in `text`: the same offsets when the texts are equal,
 * else found by its quote and context; undefined when it is no longer there.
 */
export function relocate(text: string, sourceText: string, start: number, end: number): { start: number; end: number } | undefined {
  if (sourceText === text) return { start, end };
  const r = anchor(text, captureTarget(sourceText, start, end));
  return r.state === 'orphaned' ? undefined : { start: r.start!, end: r.end! };
}

/** How much of the stored prefix and suffix surround a candidate (0…1). */
export function contextScore(text: string, start: number, end: number, t: Target): number {
  const pre = commonSuffix(text.slice(Math.max(0, start - t.prefix.length), start), t.prefix);
  const suf = commonPrefix(text.slice(end, end + t.suffix.length), t.suffix);
  const total = t.prefix.length + t.suffix.length;
  return total === 0 ? 1 : (pre + suf) / total;
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
