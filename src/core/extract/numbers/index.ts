/**
 * The number extractor: a hand-written scanner (find → parse), no NLP library.
 *
 * Passes, each one claiming the characters it uses so later passes do not re-read them:
 *  1. blocked text: URLs, e-mail addresses, #tags/@handles, phone numbers;
 *  2. dates and clock times (dates.ts);
 *  3. tokens; malformed figures (`3,0o0`) are merged into one token that reads as null;
 *  4. designators: model names and codes (`F-16`, `Su-27`, `Leopard 2`, `BBC Radio 4`,
 *     `Covid-19`, `G7`, `World War Two`, `mobilization 2.0`) are marked and skipped;
 *  5. quantities: an optional currency, a figure or written-out number (with its
 *     multiplier and an optional range end), then what follows it decides the kind:
 *     `%`/per cent → percent, currency → money, unit of time → duration, unit of measure
 *     → measure, ordinal → ordinal, a bare 4-digit figure in 1000–2100 that counts nothing
 *     → year, anything else → count with the noun it counts as `unit`.
 *
 * Value conventions:
 *  - money is the full amount (`€500m` → 500 000 000), `currency` its ISO code, `unit` null;
 *  - percent is the figure as written (`97%` → 97), `unit` `%`;
 *  - fractions written out are fractions (`a third` → 0.333…, `half` → 0.5);
 *  - vague amounts are ranges one order of magnitude wide, value the low end and always
 *    approximate: `dozens` → 12–120, `hundreds` → 100–1000, `hundreds of thousands` →
 *    100 000–1 000 000, `tens of thousands` → 10 000–100 000 (the related-claim linker
 *    compares these values with the figures of other articles);
 *  - `a couple of` is 2, approximate; `a decade` is 10 years;
 *  - ranges (`4-5 months`, `between 15 and 17`, `1 to 2 thousand`) give `value` the low end and
 *    `high` the high end; `from X to Y` is a change, not a range, and gives two mentions;
 *  - dates and times: see dates.ts (date value = year or null, iso with or without year;
 *    time value = HHMM);
 *  - years are their number (`2014` → 2014), ordinals their rank (`seventh` → 7);
 *  - the pronoun `one` (`one of the researchers`, `considering one.`) is not a count;
 *    `one` before a noun or unit is (`one year on`, `any one axis`), but not after `the`,
 *    `this`, `that` (`the one deputy` picks someone out);
 *  - emergency numbers (`911 dispatcher`) and model codes (`737 Max`, `401(k)`) are names, not counts.
 * Spans hold the figure with its multiplier, currency and unit of measure/time/percent, but
 * not the counted noun (`500,000` in `500,000 troops`) nor the approximating words.
 */
import { numberTokenEnd, spacedGroupsEnd } from './scanToken';
import { isJsSpace } from '../../text/codeUnitClass';
import { oneByteText } from '../../text/oneByte';
import { startsUpper } from '../../text/letterCase';
import type { ArticleStructure, NumberKind, NumberMention } from '../../types';
import { findDatesAndTimes } from './dates';
import { joinCompoundMeasures } from './compoundMeasures';
import {
  ADJECTIVES, APPROX_BEFORE, ATTACHED_MULTIPLIERS, ATTACHED_ONLY_UNITS, CAPITAL_OK_BEFORE, COMPOUND_UNITS,
  CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, DURATION_UNITS,
  FRACTION_WORDS, IRREGULAR_PLURALS, MEASURE_UNITS, MINOR_UNITS, MONTHS, MULTIPLIER_WORDS, ORDINAL_WORDS, PERCENT_WORDS,
  SCALES, SMALL, STOP_WORDS, TENS, VAGUE, WEEKDAYS,
} from './lexicon';

interface Tok {
  s: number;
  e: number;
  t: string;
  lc: string;
  /** n: figure, w: word, p: one other character */
  type: 'n' | 'w' | 'p';
  malformed?: boolean;
}

const MALFORMED_RE = /(?<![\w.,])\d[\d,.]*[OoIl][\d,.OoIl]*\d(?![\w])/g;
const VULGAR: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 0.2, '⅖': 0.4, '⅗': 0.6, '⅘': 0.8, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
const HYPHENS = new Set(['-', '‐', '‑', '–', '—']);
const DASHES = new Set(['-', '‐', '‑', '–', '—', '~']);
const SIGNS = new Set(['-', '+', '−']);
const LOWER_DESIGNATOR_PREFIXES = new Set(['covid', 'sars', 'mig', 'su', 'tu', 'il', 'mi', 'ka', 'an', 'f']);
const VERBISH_BEFORE_VERSION = /(?:ed|s)$/;
const CARDINAL_WORD = (lc: string) => lc in SMALL || lc in TENS || lc in SCALES || lc === 'dozen';

/** Counts, percentages, money, dates, times, years, ordinals, durations and measures. */
export function extractNumbers(text: string, _structure: ArticleStructure): NumberMention[] {
  const taken = new Uint8Array(text.length);
  blockNonNumbers(text, taken);
  const out: NumberMention[] = findDatesAndTimes(text, taken);
  const toks = tokenize(text, taken);
  const designator = markDesignators(text, toks);
  const scanner = new Scanner(text, toks, designator);
  for (let i = 0; i < toks.length; ) {
    const tk = toks[i];
    if (tk.type === 'w' ? !mayStartNumber(tk) : tk.type === 'p' && !(tk.t in CURRENCY_SYMBOLS) && !SIGNS.has(tk.t) && !(tk.t in VULGAR)) { i++; continue; }
    const r = scanner.parseAt(i);
    if (r) {
      if (r.mention) out.push(r.mention);
      i = Math.max(r.next, i + 1);
    } else i++;
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const joined = joinCompoundMeasures(text, out);
  inheritApproxIntoParentheses(text, joined);
  return joined;
}

/** Words after which `one` picks someone out rather than counts (`the one deputy`, `that one man`). */
const DETERMINERS_BEFORE_ONE = new Set(['the', 'this', 'that', 'which', 'whichever']);

const START_WORDS = new Set([
  'couple', 'a', 'an', 'half', 'quarter', 'minus', 'negative', 'tens', 'dozen',
  ...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(VAGUE), ...Object.keys(ORDINAL_WORDS),
  ...Object.keys(CURRENCY_CODES).map((c) => c.toLowerCase()), ...Object.keys(DOLLAR_PREFIXES),
]);
/** Cheap test: can a quantity start at this word? */
function mayStartNumber(t: Tok): boolean {
  return START_WORDS.has(t.lc) || t.lc.endsWith('fold');
}

// ---------------------------------------------------------------- pass 1: not numbers

function blockNonNumbers(text: string, taken: Uint8Array): void {
  const block = (re: RegExp, keep?: (m: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) if (!keep || keep(m)) taken.fill(1, m.index, m.index + m[0].length);
  };
  // Each pattern runs only where its anchor character occurs: scanning text without
  // one costs a regex attempt at every word character.
  if (text.includes('http') || text.includes('www.')) block(/\b(?:https?:\/\/|www\.)[^\s<>"”]+/g);
  if (text.includes('@')) block(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g);
  block(/(?<![\w&])[#@][\p{L}\p{N}_]+/gu);
  // Phone numbers: digit groups separated by single spaces, dots or hyphens, nine digits
  // or more in all, starting with 0 or + or made of three groups or more.
  block(/(?<![\w.,\-])\+?\(?\d+\)?(?:[ .\-]\d+){1,5}(?![\w,]|\.\d)/g, (m) => {
    const digits = m[0].replace(/\D/g, '').length;
    const groups = m[0].split(/[ .\-]/).length;
    if (/^\d{4}-\d{2}-\d{2}$/.test(m[0])) return false;
    if (/^\d+(?:\.\d+)?$/.test(m[0])) return false;
    return digits >= 9 && (/^[+(0]/.test(m[0]) || groups >= 3) && !/[.]\d+ /.test(m[0]);
  });
}

// ---------------------------------------------------------------- pass 3: tokens

function tokenize(text: string, taken: Uint8Array): Tok[] {
  // Malformed figures are kept whole.
  const malformed: [number, number][] = [];
  MALFORMED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MALFORMED_RE.exec(text)) !== null) if (!taken[m.index]) malformed.push([m.index, m.index + m[0].length]);
  const toks: Tok[] = [];
  let mi = 0;
  const n = text.length;
  const narrow = oneByteText(text);
  let next = 0;
  while (next < n) {
    const s = next;
    if (isJsSpace(text.charCodeAt(s))) {
      next++;
      continue;
    }
    next = numberTokenEnd(text, s);
    if (taken[s]) continue;
    // `40 000`: one figure, unless part of it is taken (a phone number, a designator).
    const grouped = spacedGroupsEnd(text, s, next);
    if (grouped > next && taken.subarray(s, grouped).every((x) => x === 0)) next = grouped;
    while (mi < malformed.length && malformed[mi][1] <= s) mi++;
    if (mi < malformed.length && malformed[mi][0] <= s) {
      const [ms, me] = malformed[mi];
      toks.push({ s: ms, e: me, t: text.slice(ms, me), lc: text.slice(ms, me).toLowerCase(), type: 'n', malformed: true });
      next = me;
      mi++;
      continue;
    }
    const t = narrow.slice(s, next);
    const c = t.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    // 22,24,26,31 is a list, not one figure badly grouped
    if (digit && t.includes(',') && /^\d+(?:,\d+)+$/.test(t) && !/,\d{3}(?:,|$)/.test(t)) {
      let o = s;
      for (const part of t.split(',')) {
        if (o > s) { toks.push({ s: o, e: o + 1, t: ',', lc: ',', type: 'p' }); o++; }
        toks.push({ s: o, e: o + part.length, t: part, lc: part, type: 'n' });
        o += part.length;
      }
      continue;
    }
    // ASCII decides at once; only other characters need the Unicode classes.
    const type = digit ? 'n' : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'w' : c < 128 ? 'p' : /^[\p{L}\p{M}]/u.test(t) ? 'w' : 'p';
    toks.push({ s, e: s + t.length, t, lc: type === 'w' ? t.toLowerCase() : t, type });
  }
  return toks;
}

// ---------------------------------------------------------------- pass 4: designators

const hasUpper = (t: string) => /\p{Lu}/u.test(t);

function isSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || '“"‘\'([•*'.includes(text[i]))) {
    if ('“"‘\'([•*'.includes(text[i]) && i < pos - 1) return true;
    i--;
  }
  if (i < 0) return true;
  return '.!?:\n;–—-'.includes(text[i]);
}

function markDesignators(text: string, toks: Tok[]): Uint8Array {
  const d = new Uint8Array(toks.length);
  const adj = (a: number, b: number) => a >= 0 && b < toks.length && toks[a].e === toks[b].s;
  const extend = (i: number) => {
    // `IL-20M`, `F-35s`, `ISO 3888-2`, `Shahed-131`: take glued letters and -/. + figure.
    d[i] = 1;
    let k = i;
    for (;;) {
      if (adj(k, k + 1) && toks[k + 1].type === 'w' && toks[k].type === 'n') { d[++k] = 1; continue; }
      if (adj(k, k + 1) && adj(k + 1, k + 2) && (HYPHENS.has(toks[k + 1].t) || toks[k + 1].t === '.') && toks[k + 2].type === 'n') {
        d[k + 1] = 1; d[k + 2] = 1; k += 2; continue;
      }
      break;
    }
    // mark the letter prefix as well
    let j = i - 1;
    while (j >= 0 && adj(j, j + 1) && (toks[j].type === 'w' || HYPHENS.has(toks[j].t) || toks[j].t === '.')) d[j--] = 1;
    return k;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type !== 'n' || d[i]) continue;
    const p = toks[i - 1], pp = toks[i - 2];
    // (1) letters glued to the figure: G7, A320, M21 (not currency codes: RM23.50, INR1)
    if (p && p.type === 'w' && adj(i - 1, i) && !(p.t in CURRENCY_CODES) && !(p.lc in DOLLAR_PREFIXES && toks[i - 2]?.t === '$')) {
      i = extend(i);
      continue;
    }
    // (2) letters-hyphen-figure: F-16, Su-27, Covid-19, ID.3 (not mid-2022, pre-war)
    if (p && pp && adj(i - 2, i - 1) && adj(i - 1, i) && (HYPHENS.has(p.t) || p.t === '.') && pp.type === 'w' &&
        (hasUpper(pp.t) || LOWER_DESIGNATOR_PREFIXES.has(pp.lc)) && !(pp.lc in MONTHS)) {
      i = extend(i);
      continue;
    }
    // (3) a figure glued to letters that are no unit, multiplier or suffix: 9AB8
    const nx = toks[i + 1];
    if (nx && nx.type === 'w' && adj(i, i + 1) && !t.malformed && !isKnownSuffix(nx.t)) {
      i = extend(i);
      continue;
    }
    // (4) capitalised name + small plain figure: Leopard 2, BBC Radio 4, Stoxx 600
    if (p && p.type === 'w' && hasUpper(p.t) && !adj(i - 1, i) && /^\d{1,4}$/.test(t.t) && !(+t.t >= 1000 && +t.t <= 2100) &&
        !CAPITAL_OK_BEFORE.has(p.lc) && !(p.lc in MONTHS) && !WEEKDAYS.has(p.lc) && !(p.t in CURRENCY_CODES) &&
        !(p.lc in CURRENCY_WORDS) && !followedByUnitOrPercent(toks, i) && !(p.lc in SMALL) && !(p.lc in TENS)) {
      i = extend(i);
      continue;
    }
    // (5) `Shahed-131 and -136`: a signed figure continuing a list of designators
    if (p && HYPHENS.has(p.t) && adj(i - 1, i) && !adj(i - 2, i - 1)) {
      let k = i - 2;
      while (k >= 0 && (toks[k].lc === 'and' || toks[k].lc === 'or' || toks[k].t === ',')) k--;
      if (k >= 0 && k < i - 2 && d[k]) { d[i - 1] = 1; i = extend(i); continue; }
    }
    // (6) plan and model codes: `401(k)` (a figure glued to a bracketed letter), `737 Max` (a
    // figure before a capitalised model word, after a name or a possessive)
    if (nx && nx.t === '(' && adj(i, i + 1) && toks[i + 2]?.type === 'w' && toks[i + 2].t.length === 1 && toks[i + 3]?.t === ')') {
      d[i] = d[i + 1] = d[i + 2] = d[i + 3] = 1;
      continue;
    }
    if (nx && nx.type === 'w' && MODEL_WORDS.has(nx.lc) && startsUpper(nx.t) && /^\d{2,4}$/.test(t.t)) {
      d[i] = d[i + 1] = 1;
      continue;
    }
    // (7) emergency numbers named by what they reach: `911 dispatcher`, `a 999 call`
    if (EMERGENCY_NUMBERS.has(t.t) && nx && nx.type === 'w' && EMERGENCY_SERVICE.has(nx.lc)) {
      d[i] = 1;
      continue;
    }
    // (8) version labels: `mobilization 2.0`
    if (/^\d+\.0$/.test(t.t) && p && p.type === 'w' && !adj(i - 1, i) && !STOP_WORDS.has(p.lc) && !(p.lc in APPROX_SET) &&
        !VERBISH_BEFORE_VERSION.test(p.lc) && !followedByUnitOrPercent(toks, i) && (!nx || nx.type === 'p')) {
      d[i] = 1;
    }
  }
  // Capitalised written-out numbers inside a sentence are names: World War Two, Group of Seven.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // The case test first: it reads one character, where a lexicon lookup hashes a fresh string.
    if (t.type === 'w' && startsUpper(t.t) && NAMEABLE_NUMBER_WORDS.has(t.lc) && !/^\p{Lu}+$/u.test(t.t) && !isSentenceStart(text, t.s)) {
      const p = toks[i - 1];
      if (p && p.type === 'w' && startsUpper(p.t) && !CAPITAL_OK_BEFORE.has(p.lc) && !/^\p{Lu}+$/u.test(p.t)) d[i] = 1;
      else if (p && (p.lc === 'of' || p.lc === 'the') && toks[i - 2] && startsUpper(toks[i - 2].t)) d[i] = 1;
    }
  }
  return d;
}

const EMERGENCY_NUMBERS = new Set(['911', '999', '112', '000']);
const EMERGENCY_SERVICE = new Set(['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'dispatch', 'operator', 'operators', 'center', 'centre', 'line', 'service', 'services', 'system', 'emergency', 'recording', 'recordings']);

/** Capitalised words that make the figure before them a model's name (`737 Max`, `iPhone 15 Pro`). */
const MODEL_WORDS = new Set(['max', 'pro', 'plus', 'ultra', 'mini', 'neo', 'dreamliner', 'series', 'mk', 'mark']);

/** Written-out numbers that, capitalised inside a sentence, are part of a name. */
const NAMEABLE_NUMBER_WORDS = new Set([...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(ORDINAL_WORDS)]);

const APPROX_SET: Record<string, true> = Object.fromEntries(APPROX_BEFORE.filter((a) => a.length === 1).map((a) => [a[0], true]));

function isKnownSuffix(t: string): boolean {
  const lc = t.toLowerCase();
  return ['st', 'nd', 'rd', 'th', 's', 'h', 'p', 'am', 'pm'].includes(lc) || t in ATTACHED_MULTIPLIERS || lc in MULTIPLIER_WORDS ||
    MEASURE_UNITS.has(lc) || ATTACHED_ONLY_UNITS.has(lc) || DURATION_UNITS.has(lc) || lc in CURRENCY_WORDS || t in CURRENCY_CODES ||
    PERCENT_WORDS.has(lc) || lc === 'fold' || lc === 'x';
}

function followedByUnitOrPercent(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  if (!n) return false;
  if (n.t === '%' || PERCENT_WORDS.has(n.lc) || (n.lc === 'per' && toks[i + 2]?.lc === 'cent')) return true;
  if (n.lc in MULTIPLIER_WORDS || MEASURE_UNITS.has(n.lc) || DURATION_UNITS.has(n.lc)) return true;
  if (n.e === toks[i].e + 0 && n.s === toks[i].e && n.type === 'w') return true;
  return false;
}

// ---------------------------------------------------------------- pass 5: quantities

interface Core {
  value: number | null;
  /** index of the first token after the core */
  next: number;
  kind?: NumberKind;
  high?: number;
  approx?: boolean;
  malformed?: boolean;
  /** written with a multiplier or scale only (`millions`, `a dozen`): `of` may follow before the noun */
  ofNoun?: boolean;
  fraction?: boolean;
  plainInt?: boolean;
  fourDigits?: boolean;
  unit?: string | null;
  /** a multiplier (million, bn, m) was read */
  hasMult?: boolean;
  currency?: string | null;
  skip?: boolean;
  wordOne?: boolean;
}

interface Quantity {
  next: number;
  value: number | null;
  kind: NumberKind;
  unit: string | null;
  currency: string | null;
  sign: number;
  high?: number;
  approx: boolean;
  malformed: boolean;
  fourDigits: boolean;
  plainInt: boolean;
  ofNoun: boolean;
  fraction: boolean;
  wordOne: boolean;
  multiplier?: number;
  /** a unit, currency or percent was read after the figure */
  unitRead: boolean;
  numTok: number;
  skip?: boolean;
}

const BLANK: Quantity = {
  next: 0, value: null, kind: 'count', unit: null, currency: null, sign: 1, approx: false, malformed: false, fourDigits: false,
  plainInt: false, ofNoun: false, fraction: false, wordOne: false, unitRead: false, numTok: 0,
};

class Scanner {
  constructor(
    private text: string,
    private toks: Tok[],
    private desig: Uint8Array,
  ) {}

  private adj(a: number, b: number): boolean {
    const t = this.toks;
    return a >= 0 && b < t.length && t[a].e === t[b].s;
  }

  private tok(i: number): Tok | undefined {
    return this.toks[i];
  }

  /** Reads a quantity starting at token i (a single figure with its unit, or a range), or returns null. */
  parseAt(i: number): { mention: NumberMention | null; next: number } | null {
    const toks = this.toks;
    const a = this.parseOne(i);
    if (!a) return null;
    if (a.skip) return { mention: null, next: a.next };
    let q = a;
    let high: number | undefined = a.high;
    let k = a.next;
    // --- a range: 4-5 months, 5-10W, between 15kHz and 17kHz, $3 billion to $5 billion, 2014-15
    const conn = this.rangeConnector(k, i, a);
    if (conn !== null) {
      const b = this.parseOne(conn.next);
      if (b && !b.skip && b.value !== null && a.value !== null && !b.malformed) {
        const merged = this.mergeRange(a, b, conn.dash, conn.from);
        if (merged === 'score') return { mention: null, next: b.next };
        if (merged) {
          q = merged.q;
          high = merged.high;
          k = b.next;
        }
      }
    }
    const ratio = conn === null ? this.ratioAfter(a) : null;
    if (ratio) {
      q = ratio;
      k = ratio.next;
    }
    let kind = q.kind;
    let unit = q.unit;
    const currency = q.currency;
    let approx = q.approx;
    if (q.wordOne && kind === 'count' && (!this.oneIsCount(k) || DETERMINERS_BEFORE_ONE.has(toks[i - 1]?.lc ?? ''))) return { mention: null, next: k };

    // --- a bare 4-digit figure (no comma) that measures nothing is a year (news style writes
    // counts of 1,000 and more with a comma), unless it is a round hundred or comes after an
    // approximation, and a plural noun follows: "2000 people", "some 1500 soldiers".
    if (kind === 'count' && q.fourDigits && q.value !== null && q.value >= 1000 && q.value < 2200 && q.sign === 1 && q.unit === null) {
      const noun = this.findNoun(k, false);
      const yearCue = /^(?:in|since|by|until|till|from|between|and|early|late|mid|during|before|after|throughout)$/.test(toks[i - 1]?.lc ?? '');
      const countLike = noun !== null && isPluralWord(noun) && (q.value % 100 === 0 || this.approxBefore(i)) && !yearCue;
      if (!countLike) {
        kind = 'year';
        if (high !== undefined && high < 100) high = Math.floor(q.value / 100) * 100 + high;
      }
    }
    if (kind === 'count' && unit === null && !q.fraction) unit = this.findNoun(k, q.ofNoun);
    if (kind === 'year' || kind === 'ordinal') unit = null;

    // --- approximation words before (and `or so` after); vague amounts are approximate
    if (kind !== 'date' && kind !== 'year' && kind !== 'ordinal') {
      if (this.approxBefore(i)) approx = true;
      if (toks[k]?.lc === 'or' && toks[k + 1]?.lc === 'so') approx = true;
    }

    const start = toks[i].s;
    const end = toks[k - 1].e;
    const mention: NumberMention = {
      start,
      end,
      text: this.text.slice(start, end),
      kind,
      value: q.malformed ? null : q.value,
      unit: kind === 'money' && !MINOR_UNITS.has(unit ?? '') ? null : unit,
      currency: kind === 'money' ? currency : null,
      approx,
      malformed: q.malformed,
    };
    if (high !== undefined && !q.malformed && q.value !== null && high > q.value) mention.high = high;
    return { mention, next: k };
  }

  /** One figure or written-out number with its currency, multiplier and unit. */
  private parseOne(i: number): Quantity | null {
    const toks = this.toks;
    const t = toks[i];
    if (!t || this.desig[i]) return null;
    let j = i;
    let currency: string | null = null;
    let sign = 1;
    const pre = this.currencyPrefix(i);
    if (pre) {
      currency = pre.currency;
      j = pre.numTok;
    } else if (SIGNS.has(t.t) && toks[i + 1]?.type === 'n' && this.adj(i, i + 1) && !this.desig[i + 1] &&
        (i === 0 || !this.adj(i - 1, i) || '([/'.includes(toks[i - 1].t))) {
      sign = t.t === '+' ? 1 : -1;
      j = i + 1;
    } else if ((t.lc === 'minus' || t.lc === 'negative') && toks[i + 1] && (toks[i + 1].type === 'n' || toks[i + 1].lc in SMALL || toks[i + 1].lc in TENS)) {
      sign = -1;
      j = i + 1;
    }
    const core = this.readCore(j, currency !== null);
    if (!core) return null;
    if (core.skip) return { ...BLANK, next: core.next, skip: true };
    let value = core.value === null ? null : core.value * sign;
    let kind: NumberKind = core.kind ?? 'count';
    let unit: string | null = core.unit ?? null;
    let k = core.next;
    let multiplier = core.hasMult ? this.multiplierOf(j, k) : undefined;
    if (core.currency !== undefined) currency = core.currency;
    if (!core.kind || core.kind === 'count') {
      const u = this.readUnit(k, core, currency);
      if (u) {
        if (u.skip) return { ...BLANK, next: u.next, skip: true };
        if (u.kind) kind = u.kind;
        if (u.currency !== undefined) currency = u.currency;
        if (u.unit !== undefined) unit = u.unit;
        if (u.multiplier && value !== null) { value *= u.multiplier; multiplier = u.multiplier; }
        k = u.next;
      }
    }
    if (currency && kind !== 'percent') kind = 'money';
    return {
      next: k, value, kind, unit, currency, sign, high: core.high, approx: !!core.approx, malformed: !!core.malformed,
      fourDigits: !!core.fourDigits && !multiplier && sign === 1, plainInt: !!core.plainInt, ofNoun: !!core.ofNoun,
      fraction: !!core.fraction, wordOne: !!core.wordOne, multiplier, unitRead: kind !== 'count' || unit !== null,
      numTok: j,
    };
  }

  /** `-`, `–`, `~`, `to`, `and` (after `between`) joining two figures into a range. */
  private rangeConnector(k: number, startTok: number, a: Quantity): { next: number; dash: boolean; from: boolean } | null {
    const toks = this.toks;
    const t = toks[k];
    if (!t || a.value === null || a.malformed || a.kind === 'year' || a.kind === 'ordinal' || a.kind === 'date' || a.kind === 'time' || a.high !== undefined) return null;
    const prev = toks[startTok - 1]?.lc ?? '';
    const from = prev === 'from' || (prev === 'up' && toks[startTok - 2]?.lc === 'from');
    if (DASHES.has(t.t)) {
      const tight = this.adj(k - 1, k) && this.adj(k, k + 1);
      const enDash = t.t === '–' || t.t === '~';
      // 40 - 50 years: a spaced hyphen between two figures
      const spacedFigures = toks[k - 1]?.type === 'n' && toks[k + 1]?.type === 'n' && !this.adj(k - 1, k) && !this.adj(k, k + 1);
      if (!tight && !enDash && !spacedFigures) return null;
      let next = k + 1;
      if (toks[next]?.lc === 'to' && this.adj(k, next)) next++; // 200,000 to-260,000
      return { next, dash: true, from };
    }
    if (t.lc === 'to' || (t.lc === 'up' && toks[k + 1]?.lc === 'to')) return { next: t.lc === 'up' ? k + 2 : k + 1, dash: false, from };
    if (t.lc === 'and' && prev === 'between') return { next: k + 1, dash: false, from };
    return null;
  }

  private mergeRange(a: Quantity, b: Quantity, dash: boolean, from: boolean): { q: Quantity; high: number } | 'score' | null {
    const av = a.value as number;
    let bv = b.value as number;
    if (b.kind === 'year' || b.kind === 'ordinal' || b.kind === 'date' || b.kind === 'time') return null;
    // 2014-15, 2014-2015
    if (dash && a.fourDigits && a.kind === 'count' && !a.unitRead && this.adj(a.next - 1, a.next) && av >= 1000 && av < 2200) {
      const bt = this.toks[b.numTok].t;
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
      if (!(a.kind === 'money' && b.kind === 'count' && !this.nounFollows(b.next))) return null;
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
    if (!dash && !from && a.kind === 'count' && !a.unitRead && !b.unitRead && !this.nounFollows(b.next) && this.toks[a.next]?.lc === 'to') {
      // "rose 5 to 7" without anything counted is still read as a range
    }
    return { q, high: bv };
  }

  private nounFollows(k: number): boolean {
    const n = this.findNoun(k, false);
    return n !== null;
  }

  /** `$`, `€`, `US$`, `$US`, `HK$`, `RM`, `INR`, `USD` before a figure. */
  private currencyPrefix(i: number): { currency: string; numTok: number } | null {
    const toks = this.toks;
    const t = toks[i];
    const n1 = toks[i + 1], n2 = toks[i + 2];
    const near = (a: Tok, b: Tok) => b.s - a.e <= 1;
    if (t.t in CURRENCY_SYMBOLS) {
      if (t.t === '$' && n1?.type === 'w' && this.adj(i, i + 1) && n1.lc in DOLLAR_PREFIXES && startsUpper(n1.t) && n2?.type === 'n' && this.adj(i + 1, i + 2)) {
        return { currency: DOLLAR_PREFIXES[n1.lc], numTok: i + 2 };
      }
      if (n1?.type === 'n' && near(t, n1)) return { currency: CURRENCY_SYMBOLS[t.t], numTok: i + 1 };
      if (n1?.type === 'w' && near(t, n1) && (CARDINAL_WORD(n1.lc) || n1.lc === 'a')) return { currency: CURRENCY_SYMBOLS[t.t], numTok: i + 1 };
      return null;
    }
    if (t.type === 'w' && t.lc in DOLLAR_PREFIXES && /^\p{Lu}+$/u.test(t.t) && n1?.t === '$' && near(t, n1) && n2?.type === 'n' && near(n1, n2)) {
      return { currency: DOLLAR_PREFIXES[t.lc], numTok: i + 2 };
    }
    if (t.type === 'w' && t.t in CURRENCY_CODES && n1?.type === 'n' && near(t, n1) && !this.desig[i + 1]) {
      return { currency: CURRENCY_CODES[t.t], numTok: i + 1 };
    }
    return null;
  }

  /** The figure or written-out number at j, with attached suffixes and multipliers. */
  private readCore(j: number, isMoney: boolean): Core | null {
    const toks = this.toks;
    const t = toks[j];
    if (!t || this.desig[j]) return null;
    if (t.type === 'n') {
      const c = this.readFigure(j, isMoney);
      // 2½
      if (c && c.value !== null && !c.kind && c.next === j + 1 && toks[j + 1] && toks[j + 1].t in VULGAR && this.adj(j, j + 1)) {
        return { ...c, value: c.value + VULGAR[toks[j + 1].t], next: j + 2, plainInt: false, fourDigits: false };
      }
      return c;
    }
    if (t.type === 'w') return this.readWords(j);
    if (t.t in VULGAR) return { value: VULGAR[t.t], next: j + 1, fraction: false };
    return null;
  }

  private readFigure(j: number, isMoney: boolean): Core | null {
    const toks = this.toks;
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
    if (p && p.t === '.' && this.adj(j - 1, j) && !this.adj(j - 2, j - 1) && value !== null && c.plainInt) {
      c.value = parseFloat('0.' + t.t);
      c.plainInt = false;
      c.fourDigits = false;
    }
    let k = j + 1;
    const nx = toks[k];
    // glued suffix
    if (nx && nx.type === 'w' && this.adj(j, k)) {
      const s = nx.t, lc = nx.lc;
      if (['st', 'nd', 'rd', 'th'].includes(lc) && c.plainInt) return { ...c, kind: 'ordinal', next: k + 1 };
      if (lc === 's' && c.fourDigits && value !== null && value % 10 === 0) return { ...c, kind: 'year', next: k + 1, approx: true };
      if (lc === 'h' && toks[k + 1]?.type === 'n' && this.adj(k, k + 1) && toks[k + 2]?.lc === 'm' && this.adj(k + 1, k + 2) && value !== null) {
        return { ...c, value: value + +toks[k + 1].t / 60, kind: 'duration', unit: 'hours', next: k + 3 };
      }
      if ((lc === 'h' || lc === 'hr' || lc === 'hrs') && value !== null) return { ...c, kind: 'duration', unit: s, next: k + 1 };
      if (lc === 'p' && value !== null && !(toks[k + 1]?.type === 'w' && this.adj(k, k + 1))) return { ...c, kind: 'money', currency: 'GBP', unit: 'p', next: k + 1 };
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
        if (after && after.t === '/' && toks[k + 2]?.type === 'w' && this.adj(k, k + 1) && this.adj(k + 1, k + 2)) {
          return { ...c, kind: 'measure', unit: this.text.slice(nx.s, toks[k + 2].e), next: k + 3 };
        }
        return { ...c, kind: 'measure', unit: s, next: k + 1 };
      }
      if (DURATION_UNITS.has(lc)) return { ...c, kind: 'duration', unit: s, next: k + 1 };
      if (lc in CURRENCY_WORDS || s in CURRENCY_CODES) return { ...c, next: k };
      if (PERCENT_WORDS.has(lc) || lc === 'fold') return { ...c, next: k };
    }
    // fraction 1/16
    if (nx && (nx.t === '/' || nx.t === '⁄') && this.adj(j, k) && toks[k + 1]?.type === 'n' && this.adj(k, k + 1) && value !== null) {
      const den = parseFloat(toks[k + 1].t);
      if (den > 0 && den <= 1000 && value < den && c.plainInt) return { ...c, value: value / den, next: k + 2, fraction: true, plainInt: false, fourDigits: false };
      if (den > 0) return { value: null, next: k + 2, skip: true };
    }
    // spaced multiplier: 2.6 million, 300 thousand, 4 hundred, $5 bn
    if (nx && !this.adj(j, k) && nx.type === 'w') {
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

  /** Written-out numbers, fractions, ordinals and vague amounts. */
  private readWords(j: number): Core | null {
    const toks = this.toks;
    const t = toks[j];
    const lc = t.lc;
    const at = (k: number) => toks[k];
    const lcAt = (k: number) => toks[k]?.lc ?? '';
    // --- vague: dozens, hundreds of thousands, tens of thousands, scores of
    if (lc in VAGUE || (lc === 'tens' && lcAt(j + 1) === 'of' && lcAt(j + 2) in VAGUE)) {
      let base: number;
      let k: number;
      if (lc === 'tens') { base = 10 * VAGUE[lcAt(j + 2)]; k = j + 3; }
      else { base = VAGUE[lc]; k = j + 1; }
      if (lc === 'scores' && lcAt(k) !== 'of') return null;
      if ((lc === 'hundreds' || lc === 'thousands' || lc === 'millions' || lc === 'billions') && startsUpper(t.t) && !isSentenceStart(this.text, t.s) && lcAt(k) !== 'of') return null;
      while (lcAt(k) === 'of' && lcAt(k + 1) in VAGUE && lcAt(k + 1) !== 'dozens' && lcAt(k + 1) !== 'scores' && VAGUE[lcAt(k + 1)] > 100) {
        base *= VAGUE[lcAt(k + 1)];
        k += 2;
      }
      return { value: base, high: base * 10, next: k, approx: true, ofNoun: true };
    }
    // --- half million, quarter million
    if ((lc === 'half' || lc === 'quarter') && (lcAt(j + 1) === 'million' || lcAt(j + 1) === 'billion' || lcAt(j + 1) === 'trillion')) {
      return { value: (lc === 'half' ? 0.5 : 0.25) * SCALES[lcAt(j + 1)], next: j + 2, ofNoun: true };
    }
    // --- half a million, half of, half an hour
    if (lc === 'half') {
      const n = at(j + 1);
      if (!n || HYPHENS.has(n.t) && this.adj(j, j + 1)) return null;
      if ((n.lc === 'a' || n.lc === 'an') && at(j + 2)) {
        const s = lcAt(j + 2);
        if (s in SCALES || s === 'dozen') return { value: 0.5 * (s === 'dozen' ? 12 : SCALES[s]), next: j + 3, ofNoun: true };
        if (DURATION_UNITS.has(s)) return { value: 0.5, next: j + 2 };
        return null;
      }
      if (['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all'].includes(n.lc)) return { value: 0.5, next: j + 1, fraction: true };
      return null;
    }
    // --- (a) couple of: two, approximately (`a couple of weeks`, `the last couple of years`)
    if (lc === 'couple' && lcAt(j + 1) === 'of') return { value: 2, next: j + 2, approx: true, ofNoun: true };
    // --- a / an + scale or fraction: a hundred, a dozen, a third of
    if (lc === 'a' || lc === 'an') {
      const n = lcAt(j + 1);
      if (n === 'couple' && lcAt(j + 2) === 'of') return { value: 2, next: j + 3, approx: true, ofNoun: true };
      // `a decade`: ten years (`decades` alone is not a quantity).
      if (n === 'decade') return { value: 10, next: j + 2, kind: 'duration', unit: 'years' };
      if (n in SCALES || n === 'dozen') {
        const r = this.readCardinal(j + 1, 1);
        return r;
      }
      if ((n === 'third' || n === 'quarter' || n === 'fifth' || n === 'tenth') && lcAt(j + 2) === 'of') {
        return { value: 1 / FRACTION_WORDS[n], next: j + 2, fraction: true };
      }
      return null;
    }
    // --- tenfold
    const fold = /^(\p{L}+?)fold$/u.exec(lc);
    if (fold && (fold[1] in SMALL || fold[1] in TENS || fold[1] === 'hundred' || fold[1] === 'thousand')) {
      const v = SMALL[fold[1]] ?? TENS[fold[1]] ?? SCALES[fold[1]];
      return { value: v, next: j + 1, kind: 'count', unit: 'fold' };
    }
    // --- ordinals
    if (lc in ORDINAL_WORDS && !(lc in SMALL)) {
      if (!this.ordinalWordIsNumber(j)) return null;
      return { value: ORDINAL_WORDS[lc], next: j + 1, kind: 'ordinal' };
    }
    // --- cardinals
    if (lc in SMALL || lc in TENS) {
      return this.readCardinal(j, 0);
    }
    return null;
  }

  private readCardinal(j: number, afterArticle: number): Core | null {
    const toks = this.toks;
    const lcAt = (k: number) => toks[k]?.lc ?? '';
    let total = 0, current = 0, k = j, any = false, lastWasScale = false, onlyScale = true;
    let hasWordOne = false;
    for (;;) {
      const lc = lcAt(k);
      if (lc in SMALL || lc in TENS) {
        let v = SMALL[lc] ?? TENS[lc];
        if (lc === 'one' && !any) hasWordOne = true;
        k++;
        // twenty-eight
        if (lc in TENS && HYPHENS.has(toks[k]?.t ?? '') && this.adj(k - 1, k) && this.adj(k, k + 1) && lcAt(k + 1) in SMALL && SMALL[lcAt(k + 1)] < 10) {
          v += SMALL[lcAt(k + 1)];
          k += 2;
        } else if (lc in TENS && HYPHENS.has(toks[k]?.t ?? '') && this.adj(k - 1, k) && this.adj(k, k + 1) && lcAt(k + 1) in ORDINAL_WORDS) {
          // twenty-fifth
          return { value: total + current + v + ORDINAL_WORDS[lcAt(k + 1)], next: k + 2, kind: 'ordinal' };
        }
        current += v;
        any = true;
        lastWasScale = false;
        onlyScale = false;
        continue;
      }
      if ((lc in SCALES || lc === 'dozen') && !(any === false && k === j && lc !== 'dozen' && toks[j - 1]?.lc !== 'a' && toks[j - 1]?.lc !== 'an' && afterArticle === 0)) {
        const s = lc === 'dozen' ? 12 : SCALES[lc];
        if (s === 100 || lc === 'dozen') current = (current || 1) * s;
        else { total += (current || 1) * s; current = 0; }
        any = true;
        lastWasScale = true;
        k++;
        continue;
      }
      if (lc === 'and' && any && lastWasScale && (lcAt(k + 1) in SMALL || lcAt(k + 1) in TENS)) { k++; continue; }
      break;
    }
    if (!any) return null;
    let value = total + current;
    // and a half / and a quarter: of the last scale word (one million and a half = 1 500 000)
    if (lcAt(k) === 'and' && (lcAt(k + 1) === 'a' || lcAt(k + 1) === 'one') && (lcAt(k + 2) === 'half' || lcAt(k + 2) === 'quarter') && lcAt(k + 3) !== 'of') {
      const lastScale = lastWasScale ? (SCALES[lcAt(k - 1)] ?? 1) : 1;
      value += (lcAt(k + 2) === 'half' ? 0.5 : 0.25) * (lastScale >= 1000 ? lastScale : 1);
      k += 3;
      hasWordOne = false;
      // `one and a half million`: the scale after the fraction applies to the whole.
      const after = SCALES[lcAt(k)];
      if (lastScale < 1000 && after !== undefined && after >= 1000) {
        value *= after;
        k++;
      }
    }
    // two hundredth, three trillionth
    if (!lastWasScale && ['hundredth', 'thousandth', 'millionth', 'billionth', 'trillionth'].includes(lcAt(k)) && value >= 1) {
      return { value: value * ORDINAL_WORDS[lcAt(k)], next: k + 1, kind: 'ordinal' };
    }
    // two-thirds, three quarters, one third; one-fifth, one tenth of
    const fr = lcAt(k) && HYPHENS.has(toks[k].t) && this.adj(k - 1, k) ? k + 1 : k;
    const fw = lcAt(fr);
    // `one fifth` may be a rank (`the one fifth in line`); hyphenated or before `of` it is a fraction.
    const rank = (fw === 'fourth' || fw === 'fifth' || fw === 'sixth' || fw === 'eighth' || fw === 'tenth') &&
      !(value === 1 && (fr > k || lcAt(fr + 1) === 'of'));
    if (fw in FRACTION_WORDS && fw !== 'half' && fw !== 'halves' && value >= 1 && value < FRACTION_WORDS[fw] &&
        (value === 1 ? !fw.endsWith('s') || fw === 'fourths' : fw.endsWith('s')) && !rank || (fw === 'quarter' && value === 1)) {
      return { value: value / FRACTION_WORDS[fw], next: fr + 1, fraction: true };
    }
    // one hundred and first
    if (lastWasScale && lcAt(k) in ORDINAL_WORDS) return { value: value + ORDINAL_WORDS[lcAt(k)], next: k + 1, kind: 'ordinal' };
    // tenfold-like: "four times" is handled as a unit later
    const c: Core = { value, next: k, ofNoun: onlyScale, wordOne: hasWordOne && value === 1 && k === j + 1 };
    return c;
  }

  /** `first`, `second`… as ranks; not `at first`, `first of all`, `a second` (of time), `seconds`. */
  private ordinalWordIsNumber(j: number): boolean {
    const toks = this.toks;
    const lc = toks[j].lc;
    const prev = toks[j - 1]?.lc ?? '';
    const next = toks[j + 1]?.lc ?? '';
    if (lc === 'first' && (prev === 'at' || (next === 'of' && toks[j + 2]?.lc === 'all'))) return false;
    if (lc === 'second' && (['per', 'split', 'every', 'a', 'one'].includes(prev) && !/^\p{L}/u.test(toks[j + 1]?.t ?? '') || next === 'ago' || next === 'later' || prev === 'per' || prev === 'split')) return false;
    if (FRACTION_WORDS[lc] && next === 'of' && (prev === 'a' || prev === 'one' || prev in SMALL)) return false;
    if (lc === 'fourth' && next === 'of' && toks[j + 2]?.lc === 'july') return true;
    // hyphen compounds that are not ranks: second-hand, first-hand
    if (HYPHENS.has(toks[j + 1]?.t ?? '') && this.adj(j, j + 1) && ['hand', 'rate', 'guess', 'guessing'].includes(toks[j + 2]?.lc ?? '')) return false;
    return true;
  }

  /**
   * `one in five adults`, `3 in 10 voters`, `one in every four`: a proportion, read as a/b (0.2), a fraction
   * like `a fifth of` (no unit). Only whole counts with b up to 1,000 (not `2 in 2023`),
   * and not before a time (`2 in 10 days`).
   */
  private ratioAfter(a: Quantity): Quantity | null {
    if (this.toks[a.next]?.lc !== 'in' || a.kind !== 'count' || a.unitRead || a.fraction || a.value === null || !Number.isInteger(a.value) || a.value < 1) return null;
    // `one in every five`: `every` adds nothing to the ratio.
    const b = this.parseOne(a.next + (this.toks[a.next + 1]?.lc === 'every' ? 2 : 1));
    if (!b || b.skip || b.kind !== 'count' || b.currency !== null || b.fraction || b.fourDigits || b.value === null || !Number.isInteger(b.value)) return null;
    if (b.value <= a.value || b.value > 1000 || (b.unit !== null && DURATION_UNITS.has(b.unit.toLowerCase()))) return null;
    return { ...b, value: a.value / b.value, fraction: true, plainInt: false, wordOne: false, approx: a.approx || b.approx };
  }

  /** `one` as a number: followed by a noun or unit, not `one of`, `no one`, `considering one.` */
  private oneIsCount(k: number): boolean {
    const toks = this.toks;
    const n = toks[k];
    if (!n || n.type !== 'w') return false;
    if (STOP_WORDS.has(n.lc) || n.lc === 'another' || n.lc === 'ones') return false;
    return true;
  }

  private multiplierOf(from: number, to: number): number | undefined {
    for (let k = to - 1; k > from; k--) {
      const tk = this.toks[k];
      const m = MULTIPLIER_WORDS[tk.lc] ?? ATTACHED_MULTIPLIERS[tk.t];
      if (m) return m;
    }
    return undefined;
  }

  /** What follows a figure: %, currency, unit of measure or time, `times`, a hyphen compound. */
  private readUnit(k: number, core: Core, currency: string | null):
      { next: number; kind?: NumberKind; unit?: string | null; currency?: string | null; multiplier?: number; skip?: boolean } | null {
    const toks = this.toks;
    const t = toks[k];
    if (!t) return null;
    const lc = t.lc;
    const glued = this.adj(k - 1, k);
    const span = (a: number, b: number) => this.text.slice(toks[a].s, toks[b].e);
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
    if (HYPHENS.has(t.t) && t.t !== '—' && glued && toks[k + 1]?.type === 'w' && this.adj(k, k + 1)) {
      const w = toks[k + 1];
      let e = k + 1;
      if (w.lc === 'odd') return { next: k + 2 };
      if (w.lc === 'fold') return { next: k + 2, kind: 'count', unit: 'fold' };
      if ((DURATION_UNITS.has(w.lc)) && HYPHENS.has(toks[e + 1]?.t ?? '') && toks[e + 2]?.lc === 'old' && this.adj(e, e + 1)) {
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
      while (HYPHENS.has(toks[e2 + 1]?.t ?? '') && toks[e2 + 2]?.type === 'w' && this.adj(e2, e2 + 1) && this.adj(e2 + 1, e2 + 2)) e2 += 2;
      return { next: e2 + 1, kind: 'count', unit: span(k + 1, e2) };
    }
    // degree sign
    if (t.t === '°') {
      let e = k;
      if (toks[k + 1] && this.adj(k, k + 1) && /^[CF]$/.test(toks[k + 1].t)) e++;
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
      if (toks[k + 1]?.t === '/' && this.adj(k, k + 1) && DURATION_UNITS.has(toks[k + 2]?.lc ?? '') ) e = k + 2;
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

  /** The noun a count counts: the first plural within a few words, skipping adjectives. */
  findNoun(k: number, allowOf: boolean): string | null {
    const toks = this.toks;
    if (allowOf && toks[k]?.lc === 'of') {
      k++;
      if (['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those'].includes(toks[k]?.lc ?? '')) k++;
    }
    let first: string | null = null;
    let scanned = 0;
    while (k < toks.length && scanned < 5) {
      const t = toks[k];
      if (t.type === 'p' && !(HYPHENS.has(t.t) && this.adj(k - 1, k) && this.adj(k, k + 1))) break;
      if (t.type === 'n' && !this.desig[k]) break;
      // a word: letters, figures and hyphens glued together (German-made, F-35s, first-team)
      let e = k;
      while (e + 1 < toks.length && this.adj(e, e + 1) && (toks[e + 1].type !== 'p' || (HYPHENS.has(toks[e + 1].t) && this.adj(e + 1, e + 2) && toks[e + 2].type !== 'p'))) e++;
      const word = this.text.slice(t.s, toks[e].e);
      const lc = word.toLowerCase();
      const poss = toks[e + 1] && (toks[e + 1].t === '’' || toks[e + 1].t === "'") && this.adj(e, e + 1) && toks[e + 2]?.lc === 's' && this.adj(e + 1, e + 2);
      if (STOP_WORDS.has(lc) || lc in MONTHS && startsUpper(word) || WEEKDAYS.has(lc)) break;
      if ((t.type === 'n' && !this.desig[k]) || (t.type === 'w' && (lc in SMALL || lc in TENS) && e === k)) break;
      if (isPluralWord(word) && !poss) return word;
      if (!first && !poss && !startsUpper(word) && !isAdjective(lc) && !/[\p{N}\-‐‑]/u.test(word)) first = word;
      if (poss) break;
      if (!this.desig[k]) scanned++;
      k = e + 1;
    }
    return first;
  }

  private approxBefore(i: number): boolean {
    const toks = this.toks;
    const words: string[] = [];
    for (let k = i - 1; k >= 0 && words.length < 4; k--) {
      const t = toks[k];
      if (t.type === 'p' && t.t !== '~') break;
      if (k < i - 1 && toks[k].e < toks[k + 1].s - 2) break;
      words.unshift(t.t === '~' ? '~' : t.lc);
    }
    if (words.length === 0) return false;
    for (const a of APPROX_BEFORE) {
      if (a.length > words.length) continue;
      let ok = true;
      for (let x = 0; x < a.length; x++) if (words[words.length - a.length + x] !== a[x]) { ok = false; break; }
      if (ok) {
        // `some` only counts right before a figure, not `some of`; `over` not in `over the`.
        return true;
      }
    }
    return false;
  }
}

/** `$2MM`, `US$ 3 mm`: finance writes a million as MM (a thousand thousand); after a currency it cannot be millimetres. */
function moneyMultiplier(lc: string, isMoney: boolean): number | undefined {
  return isMoney && lc === 'mm' ? 1e6 : undefined;
}

function isPluralWord(word: string): boolean {
  const lc = word.toLowerCase();
  const last = lc.split(/[-‐‑]/).pop() ?? lc;
  if (IRREGULAR_PLURALS.has(last)) return true;
  if (/\d/.test(lc)) return /\d[a-z]*s$/.test(lc);
  if (STOP_WORDS.has(last)) return false;
  return last.length >= 3 && /s$/.test(last) && !/(?:ss|us|is|ous|ics|news|series)$/.test(last);
}

function isAdjective(lc: string): boolean {
  if (ADJECTIVES.has(lc)) return true;
  return /(?:al|ial|ian|ese|ish|ic|ive|ous|ful|less|able|ible|ary|ern|ed|est|ly)$/.test(lc) && lc.length > 3;
}

/** `3 km (1.9 miles)`: a conversion in brackets is as approximate as the figure it converts. */
function inheritApproxIntoParentheses(text: string, ms: NumberMention[]): void {
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1], b = ms[i];
    if (!a.approx || b.approx) continue;
    const between = text.slice(a.end, b.start);
    if (/^\s*\(\s*(?:about|around|approx\.?|c\.|or)?\s*$/.test(between) && a.kind === b.kind) b.approx = true;
  }
}
