/** Parse: one quantity, a figure or written-out number with its sign, currency, multiplier and unit. */
import type { NumberKind } from '../../types';
import { currencyPrefix, readCore } from './figures';
import { SMALL, TENS } from './lexicon';
import { isRankMarker } from './ranks';
import { multiplierOf, readUnit } from './units';
import { SIGNS, type TokenStream } from './tokens';

export interface Core {
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

export interface Quantity {
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

export const BLANK: Quantity = {
  next: 0, value: null, kind: 'count', unit: null, currency: null, sign: 1, approx: false, malformed: false, fourDigits: false,
  plainInt: false, ofNoun: false, fraction: false, wordOne: false, unitRead: false, numTok: 0,
};

/** One figure or written-out number with its currency, multiplier and unit. */
export function readQuantity(ts: TokenStream, i: number): Quantity | null {
  const toks = ts.toks;
  const t = toks[i];
  if (!t || (ts.desig[i] && !isRankMarker(t.lc))) return null;
  let j = i;
  let currency: string | null = null;
  let sign = 1;
  const pre = currencyPrefix(ts, i);
  if (pre) {
    currency = pre.currency;
    j = pre.numTok;
  } else if (SIGNS.has(t.t) && toks[i + 1]?.type === 'n' && ts.adj(i, i + 1) && !ts.desig[i + 1] &&
      (i === 0 || !ts.adj(i - 1, i) || '([/'.includes(toks[i - 1].t))) {
    sign = t.t === '+' ? 1 : -1;
    j = i + 1;
  } else if ((t.lc === 'minus' || t.lc === 'negative') && toks[i + 1] && (toks[i + 1].type === 'n' || toks[i + 1].lc in SMALL || toks[i + 1].lc in TENS)) {
    sign = -1;
    j = i + 1;
  }
  const core = readCore(ts, j, currency !== null);
  if (!core) return null;
  if (core.skip) return { ...BLANK, next: core.next, skip: true };
  let value = core.value === null ? null : core.value * sign;
  let kind: NumberKind = core.kind ?? 'count';
  let unit: string | null = core.unit ?? null;
  let k = core.next;
  let multiplier = core.hasMult ? multiplierOf(ts, j, k) : undefined;
  if (core.currency !== undefined) currency = core.currency;
  if (!core.kind || core.kind === 'count') {
    const u = readUnit(ts, k, core, currency);
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

