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
 *
 * Stages, one file each: find (blocked.ts, dates.ts, tokens.ts, designators.ts), parse
 * (figures.ts, words.ts, quantity.ts, ranges.ts), classify (units.ts, nouns.ts) and format
 * (mention.ts, compoundMeasures.ts).
 */
import type { ArticleStructure, NumberMention } from '../../types';
import { blockNonNumbers } from './blocked';
import { findDatesAndTimes } from './dates';
import { markDesignators } from './designators';
import { VULGAR } from './figures';
import { joinCompoundMeasures } from './compoundMeasures';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, ORDINAL_WORDS, SCALES, SMALL, TENS, VAGUE } from './lexicon';
import { inheritApproxIntoParentheses, readMention } from './mention';
import { SIGNS, TokenStream, tokenize, type Tok } from './tokens';

/** Counts, percentages, money, dates, times, years, ordinals, durations and measures. */
export function extractNumbers(text: string, _structure: ArticleStructure): NumberMention[] {
  const taken = new Uint8Array(text.length);
  blockNonNumbers(text, taken);
  const out: NumberMention[] = findDatesAndTimes(text, taken);
  const toks = tokenize(text, taken);
  const ts = new TokenStream(text, toks, markDesignators(text, toks));
  for (let i = 0; i < toks.length; ) {
    const tk = toks[i];
    if (tk.type === 'w' ? !mayStartNumber(tk) : tk.type === 'p' && !(tk.t in CURRENCY_SYMBOLS) && !SIGNS.has(tk.t) && !(tk.t in VULGAR)) { i++; continue; }
    const r = readMention(ts, i);
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

const START_WORDS = new Set([
  'couple', 'a', 'an', 'half', 'quarter', 'minus', 'negative', 'tens', 'dozen', 'no', 'number',
  ...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(VAGUE), ...Object.keys(ORDINAL_WORDS),
  ...Object.keys(CURRENCY_CODES).map((c) => c.toLowerCase()), ...Object.keys(DOLLAR_PREFIXES),
]);
/** Cheap test: can a quantity start at this word? */
function mayStartNumber(t: Tok): boolean {
  return START_WORDS.has(t.lc) || t.lc.endsWith('fold');
}
