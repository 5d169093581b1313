/**
 * Classify: what follows a figure decides its kind (`%`/per cent → percent, currency →
 * money, unit of time → duration, unit of measure → measure, `times`, a hyphen compound).
 */
import { startsUpper } from '../../text/letterCase';
import type { NumberKind } from '../../types';
import type { Core } from './quantity';
import {
  ATTACHED_MULTIPLIERS, COMPOUND_UNITS, CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_WORDS, DURATION_UNITS, MEASURE_UNITS,
  MULTIPLIER_WORDS, PERCENT_WORDS, STOP_WORDS,
} from './lexicon';
import { HYPHENS, type TokenStream } from './tokens';

/** What follows a figure: %, currency, unit of measure or time, `times`, a hyphen compound. */
export function readUnit(ts: TokenStream, k: number, core: Core, currency: string | null):
    { next: number; kind?: NumberKind; unit?: string | null; currency?: string | null; multiplier?: number; skip?: boolean } | null {
  const toks = ts.toks;
  const t = toks[k];
  if (!t) return null;
  const lc = t.lc;
  const glued = ts.adj(k - 1, k);
  const span = (a: number, b: number) => ts.text.slice(toks[a].s, toks[b].e);
  // percent
  if (t.t === '%') return { next: k + 1, kind: 'percent', unit: '%' };
  if (lc === 'per' && toks[k + 1]?.lc === 'cent') {
    return { next: k + 2, kind: 'percent', unit: '%' };
  }
  if (PERCENT_WORDS.has(lc)) {
    if (lc === 'percentage' && toks[k + 1]?.lc === 'points') return { next: k + 2, kind: 'percent', unit: 'percentage points' };
    return { next: k + 1, kind: 'percent', unit: '%' };
  }
  // hyphen compounds: 10-gallon, one-year, 65-year-old, 12-page, three-fold, 40-odd
  if (HYPHENS.has(t.t) && t.t !== '—' && glued && toks[k + 1]?.type === 'w' && ts.adj(k, k + 1)) {
    const w = toks[k + 1];
    let e = k + 1;
    if (w.lc === 'odd') return { next: k + 2 };
    if (w.lc === 'fold') return { next: k + 2, kind: 'count', unit: 'fold' };
    if ((DURATION_UNITS.has(w.lc)) && HYPHENS.has(toks[e + 1]?.t ?? '') && toks[e + 2]?.lc === 'old' && ts.adj(e, e + 1)) {
      e += 2;
      return { next: e + 1, kind: 'duration', unit: span(k + 1, e) };
    }
    if (DURATION_UNITS.has(w.lc)) return { next: e + 1, kind: 'duration', unit: w.t };
    if (MEASURE_UNITS.has(w.lc) && w.lc !== 'degree' && w.lc !== 'degrees' || (w.lc in COMPOUND_UNITS && w.lc !== 'light' && w.lc !== 'miles')) {
      return { next: e + 1, kind: 'measure', unit: w.t };
    }
    if (core.wordOne) return { next: e + 1, skip: true }; // one-time, one-off
    if (w.lc in CURRENCY_WORDS || STOP_WORDS.has(w.lc)) return null;
    // 12-page, three-point, 5-star: the compound names what is counted
    let e2 = e;
    while (HYPHENS.has(toks[e2 + 1]?.t ?? '') && toks[e2 + 2]?.type === 'w' && ts.adj(e2, e2 + 1) && ts.adj(e2 + 1, e2 + 2)) e2 += 2;
    return { next: e2 + 1, kind: 'count', unit: span(k + 1, e2) };
  }
  // degree sign
  if (t.t === '°') {
    let e = k;
    if (toks[k + 1] && ts.adj(k, k + 1) && /^[CF]$/.test(toks[k + 1].t)) e++;
    return { next: e + 1, kind: 'measure', unit: span(k, e) };
  }
  if (t.type !== 'w') return null;
  // currency words: 11 billion euros, 7.5 million Danish crowns, 8.99 Australian dollars
  {
    let e = k, adjWords = '';
    if (startsUpper(t.t) && !(lc in CURRENCY_WORDS)) {
      if (toks[k + 1]?.type === 'w' && toks[k + 1].lc in CURRENCY_WORDS) { adjWords = lc; e = k + 1; }
      else if (startsUpper(toks[k + 1]?.t ?? '') && toks[k + 2]?.lc in CURRENCY_WORDS) { adjWords = lc + ' ' + toks[k + 1].lc; e = k + 2; }
    }
    const cw = toks[e].lc;
    if (cw in CURRENCY_WORDS && (e === k || /(dollar|crown|pound)/.test(cw))) {
      const single = cw.replace(/s$/, '');
      let code = CURRENCY_WORDS[cw];
      if (adjWords) code = CURRENCY_ADJECTIVES[single]?.[adjWords] ?? (adjWords ? null : code);
      // `pounds` without a multiplier or £ context is a weight
      if ((cw === 'pounds' || cw === 'pound') && !adjWords && !core.hasMult && !currency &&
          toks[e + 1]?.lc !== 'sterling' && !(core.value !== null && core.value >= 1e5)) {
        return { next: e + 1, kind: 'measure', unit: toks[e].t };
      }
      if (cw === 'cents' || cw === 'cent') return { next: e + 1, kind: 'money', currency: currency ?? 'USD', unit: toks[e].t };
      if (cw === 'pence') return { next: e + 1, kind: 'money', currency: 'GBP', unit: toks[e].t };
      let next = e + 1;
      if (toks[next]?.lc === 'sterling') next++;
      return { next, kind: 'money', currency: code ?? currency ?? null, unit: null };
    }
  }
  if (t.t in CURRENCY_CODES && !glued) return { next: k + 1, kind: 'money', currency: CURRENCY_CODES[t.t] };
  // compound units: square miles, degrees Celsius, miles per hour
  if (lc in COMPOUND_UNITS && toks[k + 1] && COMPOUND_UNITS[lc].includes(toks[k + 1].lc)) {
    let e = k + 1;
    if (toks[e].lc === 'per' || toks[e].lc === 'an' || toks[e].lc === 'a') {
      if (!toks[e + 1] || !DURATION_UNITS.has(toks[e + 1].lc)) return { next: k + 1, kind: 'measure', unit: t.t };
      e++;
    }
    return { next: e + 1, kind: 'measure', unit: span(k, e) };
  }
  if (MEASURE_UNITS.has(lc) && !(t.t.length === 1 && !glued && !/^[WVA]$/.test(t.t)) && lc !== 'sq') {
    let e = k;
    // metres per second, km per hour
    if (toks[k + 1]?.lc === 'per' && DURATION_UNITS.has(toks[k + 2]?.lc ?? '')) e = k + 2;
    if (toks[k + 1]?.t === '/' && ts.adj(k, k + 1) && DURATION_UNITS.has(toks[k + 2]?.lc ?? '') ) e = k + 2;
    if ((lc === 'degrees' || lc === 'degree') && /^(?:C|F|Celsius|Fahrenheit)$/.test(toks[k + 1]?.t ?? '')) e = k + 1;
    return { next: e + 1, kind: 'measure', unit: span(k, e) };
  }
  if (DURATION_UNITS.has(lc)) {
    let e = k;
    if (toks[k + 1]?.lc === 'old') e = k + 1; // four months old
    else if (toks[k + 1]?.lc === 'of' && toks[k + 2]?.lc === 'age') e = k + 2;
    return { next: e + 1, kind: 'duration', unit: span(k, e) };
  }
  if (lc === 'times' && core.value !== null && !glued) return { next: k + 1, kind: 'count', unit: 'times' };
  return null;
}

export function multiplierOf(ts: TokenStream, from: number, to: number): number | undefined {
  for (let k = to - 1; k > from; k--) {
    const tk = ts.toks[k];
    const m = MULTIPLIER_WORDS[tk.lc] ?? ATTACHED_MULTIPLIERS[tk.t];
    if (m) return m;
  }
  return undefined;
}

