/** Parse: written-out numbers (`two hundred and fifty`, `twenty-fifth`), fractions (`two-thirds`), ordinals and vague amounts (`hundreds of thousands`). */
import { startsUpper } from '../../text/letterCase';
import { DURATION_UNITS, FRACTION_WORDS, ORDINAL_WORDS, SCALES, SMALL, TENS, VAGUE } from './lexicon';
import type { Core } from './quantity';
import { isRankMarker, readRank } from './ranks';
import { HYPHENS, isSentenceStart, type TokenStream } from './tokens';

/** Written-out numbers, fractions, ordinals and vague amounts. */
export function readWords(ts: TokenStream, j: number): Core | null {
  const toks = ts.toks;
  const t = toks[j];
  const lc = t.lc;
  const at = (k: number) => toks[k];
  const lcAt = (k: number) => toks[k]?.lc ?? '';
  // --- ranks: No. 1, world number one
  if (isRankMarker(lc)) return readRank(ts, j);
  // --- vague: dozens, hundreds of thousands, tens of thousands, scores of
  if (lc in VAGUE || (lc === 'tens' && lcAt(j + 1) === 'of' && lcAt(j + 2) in VAGUE)) {
    let base: number;
    let k: number;
    if (lc === 'tens') { base = 10 * VAGUE[lcAt(j + 2)]; k = j + 3; }
    else { base = VAGUE[lc]; k = j + 1; }
    if (lc === 'scores' && lcAt(k) !== 'of') return null;
    if ((lc === 'hundreds' || lc === 'thousands' || lc === 'millions' || lc === 'billions') && startsUpper(t.t) && !isSentenceStart(ts.text, t.s) && lcAt(k) !== 'of') return null;
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
    if (!n || HYPHENS.has(n.t) && ts.adj(j, j + 1)) return null;
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
      const r = readCardinal(ts, j + 1, 1);
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
    if (!ordinalWordIsNumber(ts, j)) return null;
    return { value: ORDINAL_WORDS[lc], next: j + 1, kind: 'ordinal' };
  }
  // --- cardinals
  if (lc in SMALL || lc in TENS) {
    return readCardinal(ts, j, 0);
  }
  return null;
}

export function readCardinal(ts: TokenStream, j: number, afterArticle: number): Core | null {
  const toks = ts.toks;
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
      if (lc in TENS && HYPHENS.has(toks[k]?.t ?? '') && ts.adj(k - 1, k) && ts.adj(k, k + 1) && lcAt(k + 1) in SMALL && SMALL[lcAt(k + 1)] < 10) {
        v += SMALL[lcAt(k + 1)];
        k += 2;
      } else if (lc in TENS && HYPHENS.has(toks[k]?.t ?? '') && ts.adj(k - 1, k) && ts.adj(k, k + 1) && lcAt(k + 1) in ORDINAL_WORDS) {
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
  const fr = lcAt(k) && HYPHENS.has(toks[k].t) && ts.adj(k - 1, k) ? k + 1 : k;
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
export function ordinalWordIsNumber(ts: TokenStream, j: number): boolean {
  const toks = ts.toks;
  const lc = toks[j].lc;
  const prev = toks[j - 1]?.lc ?? '';
  const next = toks[j + 1]?.lc ?? '';
  if (lc === 'first' && (prev === 'at' || (next === 'of' && toks[j + 2]?.lc === 'all'))) return false;
  if (lc === 'second' && (['per', 'split', 'every', 'a', 'one'].includes(prev) && !/^\p{L}/u.test(toks[j + 1]?.t ?? '') || next === 'ago' || next === 'later' || prev === 'per' || prev === 'split')) return false;
  if (FRACTION_WORDS[lc] && next === 'of' && (prev === 'a' || prev === 'one' || prev in SMALL)) return false;
  if (lc === 'fourth' && next === 'of' && toks[j + 2]?.lc === 'july') return true;
  // hyphen compounds that are not ranks: second-hand, first-hand
  if (HYPHENS.has(toks[j + 1]?.t ?? '') && ts.adj(j, j + 1) && ['hand', 'rate', 'guess', 'guessing'].includes(toks[j + 2]?.lc ?? '')) return false;
  return true;
}


