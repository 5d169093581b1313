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
  /** Set when the approximate search ran out of its budget: an orphan that was not searched for everywhere. */
  outOfBudget?: true;
}

/**
 * How much approximate search may be done, counted in cells of the edit-distance
 * table (about a quote character times a text character each). A sidecar or an
 * import comes from others: 2,000-character quotes that are nowhere in a long
 * article cost quote length × article length each, which was 17 s for a 24 KB
 * sidecar and minutes for 707 KB. Counted, not timed, so that the same files give
 * the same result on any machine.
 */
export class AnchorBudget {
  used = 0;
  exhausted = false;
  constructor(readonly cells: number) {}

  get remaining(): number {
    return Math.max(0, this.cells - this.used);
  }

  /** Pays for `cells`; false (and exhausted from then on) when they are more than what is left. */
  spend(cells: number): boolean {
    if (this.used + cells > this.cells) {
      this.exhausted = true;
      return false;
    }
    this.used += cells;
    return true;
  }
}

/**
 * Approximate search one annotation may do: a damaged 2,000-character quote over some
 * 12,000 characters of text, or a 100-character one over 200,000 (tens of milliseconds;
 * the editor lets its thread go between annotations, so this is its longest hold).
 */
export const ANNOTATION_CELLS = 5_000_000;
/** Approximate search all the annotations of one sidecar (or one article of an import) may do together (some 1.5 s at worst). */
export const SIDECAR_CELLS = 100_000_000;

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
export function anchor(text: string, t: Target, shared?: AnchorBudget): AnchorResult {
  if (text.slice(t.start, t.end) === t.exact) return { state: 'anchored', start: t.start, end: t.end, score: 1 };
  const limitedByShared = shared !== undefined && shared.remaining < ANNOTATION_CELLS;
  const budget = new AnchorBudget(limitedByShared ? shared.remaining : ANNOTATION_CELLS);
  const result = search(text, t, budget);
  if (shared) {
    shared.spend(budget.used);
    if (budget.exhausted && limitedByShared) shared.exhausted = true;
  }
  return budget.exhausted && result.state === 'orphaned' ? { ...result, outOfBudget: true } : result;
}

function search(text: string, t: Target, budget: AnchorBudget): AnchorResult {
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
  if (m <= MAX_APPROX_PATTERN && mayOccur(text, t.exact, k)) {
    const pad = k + CONTEXT;
    const near = sellers(text, Math.max(0, t.start - pad), Math.min(text.length, t.end + pad), t.exact, k, budget);
    if (near) consider(near.start, near.end, near.errors);
    // Text inserted before the annotation moves it away from its old place: look
    // where its context still stands (the end of the prefix, the start of the suffix).
    if (!best || best.score < 0.8) {
      for (const [probe, before] of [[t.prefix.slice(-16), true], [t.suffix.slice(0, 16), false]] as [string, boolean][]) {
        if (probe.length < 8) continue;
        // The occurrences nearest the old place first: the likeliest, and the ones the budget pays for.
        const found: number[] = [];
        for (let i = text.indexOf(probe); i >= 0 && found.length < 200; i = text.indexOf(probe, i + 1)) found.push(i);
        for (const i of found.sort((x, y) => Math.abs(x - t.start) - Math.abs(y - t.start)).slice(0, 20)) {
          const from = before ? i + probe.length - k : i - m - 2 * k;
          const hit = sellers(text, Math.max(0, from), Math.min(text.length, from + m + 3 * k), t.exact, k, budget);
          if (hit) consider(hit.start, hit.end, hit.errors);
        }
      }
    }
    if (!best) {
      const radius = m * 4 + 2000;
      const wide = sellers(text, Math.max(0, t.start - radius), Math.min(text.length, t.end + radius), t.exact, k, budget) ?? sellers(text, 0, text.length, t.exact, k, budget);
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
export function relocate(text: string, sourceText: string, start: number, end: number, budget?: AnchorBudget): { start: number; end: number } | undefined {
  if (sourceText === text) return { start, end };
  const r = anchor(text, captureTarget(sourceText, start, end), budget);
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

/** Length of the pieces of a quote the q-gram filter looks for. */
const Q = 3;
let grams: { text: string; set: Set<number> } | undefined;

/**
 * False when `pattern` cannot be anywhere in `text` with at most k edits: each edit
 * spoils at most Q of the pattern's Q-grams, so a match keeps at least
 * m − Q + 1 − kQ of them, and each kept one occurs in the text (the q-gram lemma).
 * One pass over the text (kept for the next annotation of the same text) and one
 * over the pattern: a quote that is nowhere in the text is told in O(m), without
 * the O(m·n) search.
 */
export function mayOccur(text: string, pattern: string, k: number): boolean {
  const needed = pattern.length - Q + 1 - k * Q;
  if (needed <= 0) return true;
  if (grams?.text !== text) grams = { text, set: qgrams(text) };
  let present = 0;
  for (let i = 0; i + Q <= pattern.length; i++) if (grams.set.has(gram(pattern, i)) && ++present >= needed) return true;
  return false;
}

function qgrams(text: string): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + Q <= text.length; i++) set.add(gram(text, i));
  return set;
}

function gram(s: string, i: number): number {
  return (s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1)) * 65536 + s.charCodeAt(i + 2);
}

/** Longest quote searched approximately: longer ones are only found exactly. */
const MAX_APPROX_PATTERN = 2000;


/**
 * Sellers' approximate substring search: the end of the substring of text[from,to)
 * with the fewest edits from `pattern` (at most k), with its start carried along
 * the dynamic programme. O(m) memory. With Ukkonen's cut-off only the rows that can
 * still be within k are computed: about k+1 per character on text unlike the
 * pattern instead of m. Every cell computed is paid from `budget`; when it runs out
 * the search stops and finds nothing (the budget says so).
 */
export function sellers(text: string, from: number, to: number, pattern: string, k: number, budget?: AnchorBudget): { start: number; end: number; errors: number } | undefined {
  const m = pattern.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = from;
  }
  // Rows above `last` are known to be more than k; k+1 stands for them.
  let last = Math.min(m, k + 1);
  let best: { start: number; end: number; errors: number } | undefined;
  for (let j = from; j < to; j++) {
    const top = Math.min(m, last + 1);
    if (budget && !budget.spend(top)) return undefined;
    cur[0] = 0;
    curStart[0] = j + 1;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= top; i++) {
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
    if (top < m) cur[top + 1] = k + 1;
    last = top;
    while (last > 0 && cur[last] > k) last--;
    if (last === m && (!best || cur[m] < best.errors)) best = { start: curStart[m], end: j + 1, errors: cur[m] };
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best;
}
