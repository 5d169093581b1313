/**
 * Classify: what a count counts (`500,000 troops` → `troops`) and whether words before a
 * figure make it approximate (`about`, `nearly`, `more than`).
 */
import { startsUpper } from '../../text/letterCase';
import { ADJECTIVES, APPROX_BEFORE, IRREGULAR_PLURALS, MONTHS, SMALL, STOP_WORDS, TENS, WEEKDAYS } from './lexicon';
import { HYPHENS, type TokenStream } from './tokens';

/** One-word approximations (`about`, `nearly`): a version label never follows them. */
export const APPROX_SET: Record<string, true> = Object.fromEntries(APPROX_BEFORE.filter((a) => a.length === 1).map((a) => [a[0], true]));

/** The noun a count counts: the first plural within a few words, skipping adjectives. */
export function findNoun(ts: TokenStream, k: number, allowOf: boolean): string | null {
  const toks = ts.toks;
  if (allowOf && toks[k]?.lc === 'of') {
    k++;
    if (['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those'].includes(toks[k]?.lc ?? '')) k++;
  }
  let first: string | null = null;
  let scanned = 0;
  while (k < toks.length && scanned < 5) {
    const t = toks[k];
    if (t.type === 'p' && !(HYPHENS.has(t.t) && ts.adj(k - 1, k) && ts.adj(k, k + 1))) break;
    if (t.type === 'n' && !ts.desig[k]) break;
    // a word: letters, figures and hyphens glued together (German-made, F-35s, first-team)
    let e = k;
    while (e + 1 < toks.length && ts.adj(e, e + 1) && (toks[e + 1].type !== 'p' || (HYPHENS.has(toks[e + 1].t) && ts.adj(e + 1, e + 2) && toks[e + 2].type !== 'p'))) e++;
    const word = ts.text.slice(t.s, toks[e].e);
    const lc = word.toLowerCase();
    const poss = toks[e + 1] && (toks[e + 1].t === '’' || toks[e + 1].t === "'") && ts.adj(e, e + 1) && toks[e + 2]?.lc === 's' && ts.adj(e + 1, e + 2);
    if (STOP_WORDS.has(lc) || lc in MONTHS && startsUpper(word) || WEEKDAYS.has(lc)) break;
    if ((t.type === 'n' && !ts.desig[k]) || (t.type === 'w' && (lc in SMALL || lc in TENS) && e === k)) break;
    if (isPluralWord(word) && !poss) return word;
    if (!first && !poss && !startsUpper(word) && !isAdjective(lc) && !/[\p{N}\-‐‑]/u.test(word)) first = word;
    if (poss) break;
    if (!ts.desig[k]) scanned++;
    k = e + 1;
  }
  return first;
}

export function nounFollows(ts: TokenStream, k: number): boolean {
  const n = findNoun(ts, k, false);
  return n !== null;
}

export function approxBefore(ts: TokenStream, i: number): boolean {
  const toks = ts.toks;
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

export function isPluralWord(word: string): boolean {
  const lc = word.toLowerCase();
  const last = lc.split(/[-‐‑]/).pop() ?? lc;
  if (IRREGULAR_PLURALS.has(last)) return true;
  if (/\d/.test(lc)) return /\d[a-z]*s$/.test(lc);
  if (STOP_WORDS.has(last)) return false;
  return last.length >= 3 && /s$/.test(last) && !/(?:ss|us|is|ous|ics|news|series)$/.test(last);
}

export function isAdjective(lc: string): boolean {
  if (ADJECTIVES.has(lc)) return true;
  return /(?:al|ial|ian|ese|ish|ic|ive|ous|ful|less|able|ible|ary|ern|ed|est|ly)$/.test(lc) && lc.length > 3;
}
