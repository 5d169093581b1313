/** Parse: ranges (`4-5 months`, `between 15 and 17`, `$3 billion to $5 billion`, `2014-15`) and proportions (`one in five`). */
import { DURATION_UNITS } from './lexicon';
import { nounFollows } from './nouns';
import { readQuantity, type Quantity } from './quantity';
import { DASHES, type TokenStream } from './tokens';

/** `-`, `–`, `~`, `to`, `and` (after `between`) joining two figures into a range. */
export function rangeConnector(ts: TokenStream, k: number, startTok: number, a: Quantity): { next: number; dash: boolean; from: boolean } | null {
  const toks = ts.toks;
  const t = toks[k];
  if (!t || a.value === null || a.malformed || a.kind === 'year' || a.kind === 'ordinal' || a.kind === 'date' || a.kind === 'time' || a.high !== undefined) return null;
  const prev = toks[startTok - 1]?.lc ?? '';
  const from = prev === 'from' || (prev === 'up' && toks[startTok - 2]?.lc === 'from');
  if (DASHES.has(t.t)) {
    const tight = ts.adj(k - 1, k) && ts.adj(k, k + 1);
    const enDash = t.t === '–' || t.t === '~';
    // 40 - 50 years: a spaced hyphen between two figures
    const spacedFigures = toks[k - 1]?.type === 'n' && toks[k + 1]?.type === 'n' && !ts.adj(k - 1, k) && !ts.adj(k, k + 1);
    if (!tight && !enDash && !spacedFigures) return null;
    let next = k + 1;
    if (toks[next]?.lc === 'to' && ts.adj(k, next)) next++; // 200,000 to-260,000
    return { next, dash: true, from };
  }
  if (t.lc === 'to' || (t.lc === 'up' && toks[k + 1]?.lc === 'to')) return { next: t.lc === 'up' ? k + 2 : k + 1, dash: false, from };
  if (t.lc === 'and' && prev === 'between') return { next: k + 1, dash: false, from };
  return null;
}

export function mergeRange(ts: TokenStream, a: Quantity, b: Quantity, dash: boolean, from: boolean): { q: Quantity; high: number } | 'score' | null {
  const av = a.value as number;
  let bv = b.value as number;
  if (b.kind === 'year' || b.kind === 'ordinal' || b.kind === 'date' || b.kind === 'time') return null;
  // 2014-15, 2014-2015
  if (dash && a.fourDigits && a.kind === 'count' && !a.unitRead && ts.adj(a.next - 1, a.next) && av >= 1000 && av < 2200) {
    const bt = ts.toks[b.numTok].t;
    if (/^\d{2}$/.test(bt) && +bt > av % 100 && !b.unitRead) return { q: { ...a, next: b.next }, high: Math.floor(av / 100) * 100 + +bt };
    if (b.fourDigits && bv > av && bv < 2200 && !b.unitRead) return { q: { ...a, next: b.next }, high: bv };
  }
  // between 2014 and 2017 · from 1600 to 1900: two years
  if (!dash && a.fourDigits && b.fourDigits && !a.unitRead && !b.unitRead) return null;
  let q: Quantity = { ...a, next: b.next };
  if (!a.unitRead && b.unitRead) {
    // 4-5 months, 5-10W, 89 to $93 billion, 1 to 2 thousand: the second figure's unit and multiplier
    // belong to both
    q = { ...q, kind: b.kind, unit: b.unit, currency: b.currency ?? a.currency };
    if (b.multiplier && !a.multiplier && av * b.multiplier <= bv + 1e-9) q.value = av * b.multiplier;
    q.unitRead = true;
  } else if (a.unitRead && b.unitRead) {
    if (a.kind !== b.kind || (a.unit !== b.unit && a.kind !== 'money') || (a.kind === 'money' && a.currency !== b.currency)) return null;
  } else if (a.unitRead && !b.unitRead) {
    // 15% to 20 — the unit is said once, first; 1 to 1.5 degrees reads the other way. Keep apart.
    if (!(a.kind === 'money' && b.kind === 'count' && !nounFollows(ts, b.next))) return null;
    if (a.multiplier && !b.multiplier && bv * a.multiplier > av) bv *= a.multiplier; // $3 to 5 billion handled above
  } else if (!a.unitRead && !b.unitRead && !b.multiplier && a.multiplier) {
    return null;
  }
  if (b.multiplier && !a.multiplier && q.value === av && av * b.multiplier <= bv + 1e-9) q.value = av * b.multiplier;
  const lo = q.value as number;
  if (bv < lo) {
    // 2-1 is a score; "from 208 pounds to 193" is a change: neither is a range
    if (dash && a.kind === 'count' && !a.unitRead && !b.unitRead && a.plainInt && b.plainInt) return 'score';
    return null;
  }
  if (bv === lo) return null;
  if (!dash && !from && a.kind === 'count' && !a.unitRead && !b.unitRead && !nounFollows(ts, b.next) && ts.toks[a.next]?.lc === 'to') {
    // "rose 5 to 7" without anything counted is still read as a range
  }
  return { q, high: bv };
}

/**
 * `one in five adults`, `3 in 10 voters`, `one in every four`: a proportion, read as a/b (0.2), a fraction
 * like `a fifth of` (no unit). Only whole counts with b up to 1,000 (not `2 in 2023`),
 * and not before a time (`2 in 10 days`).
 */
export function ratioAfter(ts: TokenStream, a: Quantity): Quantity | null {
  if (ts.toks[a.next]?.lc !== 'in' || a.kind !== 'count' || a.unitRead || a.fraction || a.value === null || !Number.isInteger(a.value) || a.value < 1) return null;
  // `one in every five`: `every` adds nothing to the ratio.
  const b = readQuantity(ts, a.next + (ts.toks[a.next + 1]?.lc === 'every' ? 2 : 1));
  if (!b || b.skip || b.kind !== 'count' || b.currency !== null || b.fraction || b.fourDigits || b.value === null || !Number.isInteger(b.value)) return null;
  if (b.value <= a.value || b.value > 1000 || (b.unit !== null && DURATION_UNITS.has(b.unit.toLowerCase()))) return null;
  return { ...b, value: a.value / b.value, fraction: true, plainInt: false, wordOne: false, approx: a.approx || b.approx };
}

