/**
 * Format: a quantity, or a range of two, becomes a NumberMention, with the year test for bare
 * 4-digit figures, the noun a count counts, and approximation words around it.
 */
import type { NumberMention } from '../../types';
import { MINOR_UNITS, STOP_WORDS } from './lexicon';
import { approxBefore, findNoun, isPluralWord } from './nouns';
import { mergeRange, rangeConnector, ratioAfter } from './ranges';
import { readQuantity } from './quantity';
import type { TokenStream } from './tokens';

/** Words after which `one` picks someone out rather than counts (`the one deputy`, `that one man`, `no one`). */
const DETERMINERS_BEFORE_ONE = new Set(['the', 'this', 'that', 'which', 'whichever', 'no']);

/** Reads a quantity starting at token i (a single figure with its unit, or a range), or returns null. */
export function readMention(ts: TokenStream, i: number): { mention: NumberMention | null; next: number } | null {
  const toks = ts.toks;
  const a = readQuantity(ts, i);
  if (!a) return null;
  if (a.skip) return { mention: null, next: a.next };
  let q = a;
  let high: number | undefined = a.high;
  let k = a.next;
  // --- a range: 4-5 months, 5-10W, between 15kHz and 17kHz, $3 billion to $5 billion, 2014-15
  const conn = rangeConnector(ts, k, i, a);
  if (conn !== null) {
    const b = readQuantity(ts, conn.next);
    if (b && !b.skip && b.value !== null && a.value !== null && !b.malformed) {
      const merged = mergeRange(ts, a, b, conn.dash, conn.from);
      if (merged === 'score') return { mention: null, next: b.next };
      if (merged) {
        q = merged.q;
        high = merged.high;
        k = b.next;
      }
    }
  }
  const ratio = conn === null ? ratioAfter(ts, a) : null;
  if (ratio) {
    q = ratio;
    k = ratio.next;
  }
  let kind = q.kind;
  let unit = q.unit;
  const currency = q.currency;
  let approx = q.approx;
  if (q.wordOne && kind === 'count' && (!oneIsCount(ts, k) || DETERMINERS_BEFORE_ONE.has(toks[i - 1]?.lc ?? ''))) return { mention: null, next: k };

  // --- a bare 4-digit figure (no comma) that measures nothing is a year (news style writes
  // counts of 1,000 and more with a comma), unless it is a round hundred or comes after an
  // approximation, and a plural noun follows: "2000 people", "some 1500 soldiers".
  if (kind === 'count' && q.fourDigits && q.value !== null && q.value >= 1000 && q.value < 2200 && q.sign === 1 && q.unit === null) {
    const noun = findNoun(ts, k, false);
    const yearCue = /^(?:in|since|by|until|till|from|between|and|early|late|mid|during|before|after|throughout)$/.test(toks[i - 1]?.lc ?? '');
    const countLike = noun !== null && isPluralWord(noun) && (q.value % 100 === 0 || approxBefore(ts, i)) && !yearCue;
    if (!countLike) {
      kind = 'year';
      if (high !== undefined && high < 100) high = Math.floor(q.value / 100) * 100 + high;
    }
  }
  if (kind === 'count' && unit === null && !q.fraction) unit = findNoun(ts, k, q.ofNoun);
  if (kind === 'year' || kind === 'ordinal') unit = null;

  // --- approximation words before (and `or so` after); vague amounts are approximate
  if (kind !== 'date' && kind !== 'year' && kind !== 'ordinal') {
    if (approxBefore(ts, i)) approx = true;
    if (toks[k]?.lc === 'or' && toks[k + 1]?.lc === 'so') approx = true;
  }

  const start = toks[i].s;
  const end = toks[k - 1].e;
  const mention: NumberMention = {
    start,
    end,
    text: ts.text.slice(start, end),
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

/** `one` as a number: followed by a noun or unit, not `one of`, `no one`, `considering one.` */
export function oneIsCount(ts: TokenStream, k: number): boolean {
  const toks = ts.toks;
  const n = toks[k];
  if (!n || n.type !== 'w') return false;
  if (STOP_WORDS.has(n.lc) || n.lc === 'another' || n.lc === 'ones') return false;
  return true;
}

/** `3 km (1.9 miles)`: a conversion in brackets is as approximate as the figure it converts. */
export function inheritApproxIntoParentheses(text: string, ms: NumberMention[]): void {
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1], b = ms[i];
    if (!a.approx || b.approx) continue;
    const between = text.slice(a.end, b.start);
    if (/^\s*\(\s*(?:about|around|approx\.?|c\.|or)?\s*$/.test(between) && a.kind === b.kind) b.approx = true;
  }
}
