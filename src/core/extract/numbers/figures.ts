/**
 * Parse: a figure (`2.6 million`, `$5bn`, `1/16`, `2½`, `24th`) or a currency before one, read
 * to its value with the suffixes and multipliers attached to it.
 */
import { startsUpper } from '../../text/letterCase';
import {
  ATTACHED_MULTIPLIERS, ATTACHED_ONLY_UNITS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, DURATION_UNITS,
  MEASURE_UNITS, MULTIPLIER_WORDS, PERCENT_WORDS, SCALES, SMALL, TENS,
} from './lexicon';
import { isPluralWord } from './nouns';
import type { Core } from './quantity';
import { isRankMarker } from './ranks';
import type { Tok, TokenStream } from './tokens';
import { readWords } from './words';

export const VULGAR: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 0.2, '⅖': 0.4, '⅗': 0.6, '⅘': 0.8, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
const CARDINAL_WORD = (lc: string) => lc in SMALL || lc in TENS || lc in SCALES || lc === 'dozen';

/** `$`, `€`, `US$`, `$US`, `HK$`, `RM`, `INR`, `USD` before a figure. */
export function currencyPrefix(ts: TokenStream, i: number): { currency: string; numTok: number } | null {
  const toks = ts.toks;
  const t = toks[i];
  const n1 = toks[i + 1], n2 = toks[i + 2];
  const near = (a: Tok, b: Tok) => b.s - a.e <= 1;
  if (t.t in CURRENCY_SYMBOLS) {
    if (t.t === '$' && n1?.type === 'w' && ts.adj(i, i + 1) && n1.lc in DOLLAR_PREFIXES && startsUpper(n1.t) && n2?.type === 'n' && ts.adj(i + 1, i + 2)) {
      return { currency: DOLLAR_PREFIXES[n1.lc], numTok: i + 2 };
    }
    if (n1?.type === 'n' && near(t, n1)) return { currency: CURRENCY_SYMBOLS[t.t], numTok: i + 1 };
    if (n1?.type === 'w' && near(t, n1) && (CARDINAL_WORD(n1.lc) || n1.lc === 'a')) return { currency: CURRENCY_SYMBOLS[t.t], numTok: i + 1 };
    return null;
  }
  if (t.type === 'w' && t.lc in DOLLAR_PREFIXES && /^\p{Lu}+$/u.test(t.t) && n1?.t === '$' && near(t, n1) && n2?.type === 'n' && near(n1, n2)) {
    return { currency: DOLLAR_PREFIXES[t.lc], numTok: i + 2 };
  }
  if (t.type === 'w' && t.t in CURRENCY_CODES && n1?.type === 'n' && near(t, n1) && !ts.desig[i + 1]) {
    return { currency: CURRENCY_CODES[t.t], numTok: i + 1 };
  }
  return null;
}

/** The figure or written-out number at j, with attached suffixes and multipliers. */
export function readCore(ts: TokenStream, j: number, isMoney: boolean): Core | null {
  const toks = ts.toks;
  const t = toks[j];
  if (!t || (ts.desig[j] && !isRankMarker(t.lc))) return null;
  if (t.type === 'n') {
    const c = readFigure(ts, j, isMoney);
    // 2½
    if (c && c.value !== null && !c.kind && c.next === j + 1 && toks[j + 1] && toks[j + 1].t in VULGAR && ts.adj(j, j + 1)) {
      return { ...c, value: c.value + VULGAR[toks[j + 1].t], next: j + 2, plainInt: false, fourDigits: false };
    }
    return c;
  }
  if (t.type === 'w') return readWords(ts, j);
  if (t.t in VULGAR) return { value: VULGAR[t.t], next: j + 1, fraction: false };
  return null;
}

export function readFigure(ts: TokenStream, j: number, isMoney: boolean): Core | null {
  const toks = ts.toks;
  const t = toks[j];
  let value: number | null;
  let malformed = false;
  if (t.malformed) { value = null; malformed = true; }
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t.t)) value = parseFloat(t.t.replace(/,/g, ''));
  else if (/^\d{1,3}(?:\s\d{3})+(?:\.\d+)?$/.test(t.t)) value = parseFloat(t.t.replace(/\s/g, ''));
  else if (/^\d+(?:\.\d+)?$/.test(t.t)) value = parseFloat(t.t);
  else if (/^\d+(?:\.\d+){2,}$/.test(t.t)) return { value: null, next: j + 1, skip: true }; // 1.2.3, 14.02.2023
  else { value = null; malformed = true; } // 3,0 · 1,23,4
  // a leading decimal point glued on: .25
  const c: Core = {
    value, next: j + 1, malformed, plainInt: /^\d+$/.test(t.t), fourDigits: /^\d{4}$/.test(t.t),
  };
  const p = toks[j - 1];
  if (p && p.t === '.' && ts.adj(j - 1, j) && !ts.adj(j - 2, j - 1) && value !== null && c.plainInt) {
    c.value = parseFloat('0.' + t.t);
    c.plainInt = false;
    c.fourDigits = false;
  }
  let k = j + 1;
  const nx = toks[k];
  // glued suffix
  if (nx && nx.type === 'w' && ts.adj(j, k)) {
    const s = nx.t, lc = nx.lc;
    if (['st', 'nd', 'rd', 'th'].includes(lc) && c.plainInt) return { ...c, kind: 'ordinal', next: k + 1 };
    if (lc === 's' && c.fourDigits && value !== null && value % 10 === 0) return { ...c, kind: 'year', next: k + 1, approx: true };
    if (lc === 'h' && toks[k + 1]?.type === 'n' && ts.adj(k, k + 1) && toks[k + 2]?.lc === 'm' && ts.adj(k + 1, k + 2) && value !== null) {
      return { ...c, value: value + +toks[k + 1].t / 60, kind: 'duration', unit: 'hours', next: k + 3 };
    }
    if ((lc === 'h' || lc === 'hr' || lc === 'hrs') && value !== null) return { ...c, kind: 'duration', unit: s, next: k + 1 };
    if (lc === 'p' && value !== null && !(toks[k + 1]?.type === 'w' && ts.adj(k, k + 1))) return { ...c, kind: 'money', currency: 'GBP', unit: 'p', next: k + 1 };
    const mult = MULTIPLIER_WORDS[lc] ?? ATTACHED_MULTIPLIERS[s] ?? moneyMultiplier(lc, isMoney);
    if (mult) {
      const after = toks[k + 1];
      const nounAfter = after && (after.lc === 'of' || (after.type === 'w' && (isPluralWord(after.t) || MEASURE_UNITS.has(after.lc) || after.lc in CURRENCY_WORDS)));
      const isMetres = s === 'm' && !isMoney && !nounAfter;
      if (!isMetres && !(s === 'b' && !isMoney && !nounAfter)) {
        if (value !== null) c.value = (c.value as number) * mult;
        return { ...c, next: k + 1, hasMult: true, ofNoun: false };
      }
    }
    if (MEASURE_UNITS.has(lc) || ATTACHED_ONLY_UNITS.has(lc)) {
      const after = toks[k + 1];
      if (lc === 'x') return { ...c, kind: 'count', unit: 'times', next: k + 1 };
      // 250ml, 54GB, 15kHz, 5G
      if (after && after.t === '/' && toks[k + 2]?.type === 'w' && ts.adj(k, k + 1) && ts.adj(k + 1, k + 2)) {
        return { ...c, kind: 'measure', unit: ts.text.slice(nx.s, toks[k + 2].e), next: k + 3 };
      }
      return { ...c, kind: 'measure', unit: s, next: k + 1 };
    }
    if (DURATION_UNITS.has(lc)) return { ...c, kind: 'duration', unit: s, next: k + 1 };
    if (lc in CURRENCY_WORDS || s in CURRENCY_CODES) return { ...c, next: k };
    if (PERCENT_WORDS.has(lc) || lc === 'fold') return { ...c, next: k };
  }
  // fraction 1/16
  if (nx && (nx.t === '/' || nx.t === '⁄') && ts.adj(j, k) && toks[k + 1]?.type === 'n' && ts.adj(k, k + 1) && value !== null) {
    const den = parseFloat(toks[k + 1].t);
    if (den > 0 && den <= 1000 && value < den && c.plainInt) return { ...c, value: value / den, next: k + 2, fraction: true, plainInt: false, fourDigits: false };
    if (den > 0) return { value: null, next: k + 2, skip: true };
  }
  // spaced multiplier: 2.6 million, 300 thousand, 4 hundred, $5 bn
  if (nx && !ts.adj(j, k) && nx.type === 'w') {
    if ((nx.lc === 'dozen' || nx.lc === 'dozens') && value !== null && c.plainInt) {
      c.value = value * 12;
      k++;
      c.plainInt = false;
      c.fourDigits = false;
    } else if (nx.lc === 'hundred' && value !== null && !toks[k + 1]?.lc.match(/^(thousand|million|billion)$/)) {
      c.value = value * 100;
      k++;
      c.plainInt = false;
      c.fourDigits = false;
    }
    const mw = toks[k];
    const spaced = mw && mw.type === 'w' ? MULTIPLIER_WORDS[mw.lc] ?? moneyMultiplier(mw.lc, isMoney) : undefined;
    if (spaced && c.value !== null) {
      c.value = c.value * spaced;
      k++;
      c.hasMult = true;
      c.plainInt = false;
      c.fourDigits = false;
    }
  }
  c.next = k;
  if (c.hasMult) { c.plainInt = false; c.fourDigits = false; }
  // and a half
  return c;
}

/** `$2MM`, `US$ 3 mm`: finance writes a million as MM (a thousand thousand); after a currency it cannot be millimetres. */
function moneyMultiplier(lc: string, isMoney: boolean): number | undefined {
  return isMoney && lc === 'mm' ? 1e6 : undefined;
}
