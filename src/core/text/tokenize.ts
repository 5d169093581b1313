/**
 * A small, fast word tokenizer shared by the extractors. It never copies the text:
 * tokens are offsets plus the token string. Possessive `'s`/`’s` and `n't` are split
 * off (as in the CoNLL and Penn conventions) so that entity spans can stop before them.
 */

import { MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations';

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Words: letters/digits joined by inner apostrophes, hyphens, periods (U.S.) or
// digit separators; everything else that is not space is a one-character token.
const TOKEN_RE =
  /[\p{L}\p{M}\p{N}]+(?:(?:[.'’\-‐‑&]|,(?=\d{3}\b))[\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

/** `mr` → `Mr`. */
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Words that keep their period: initialisms (`U.S.`), titles and ranks (`Mr.`, `Rev.`), company forms and months. */
export const ABBREV_WITH_DOT = new RegExp(
  String.raw`^(?:[\p{L}]\.)+$|^(?:` +
    [...[...TITLE_ABBREVIATIONS, 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'no', ...MONTH_ABBREVIATIONS].map(capitalised), 'vs', 'etc'].join('|') +
    String.raw`)\.$`,
  'u',
);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    let word = m[0];
    const start = m.index + from;
    // A trailing period belongs to the word only for abbreviations (U.S., Mr.).
    if (word.length > 1 && word.charCodeAt(word.length - 1) === 46 && !ABBREV_WITH_DOT.test(word)) {
      word = word.slice(0, -1);
      TOKEN_RE.lastIndex -= 1;
    }
    // Split possessive / clitic endings: Putin's → Putin + 's ; don't → do + n't
    // (the ending is checked by character first: most words have neither).
    const len = word.length;
    const apostrophe = len > 2 ? word.charCodeAt(len - 2) : 0;
    if (apostrophe === 39 || apostrophe === 0x2019) {
      const last = word.charCodeAt(len - 1);
      if (last === 115 || last === 83) {
        tokens.push({ start, end: start + len - 2, text: word.slice(0, len - 2) });
        tokens.push({ start: start + len - 2, end: start + len, text: word.slice(len - 2) });
        continue;
      }
      const nn = word.charCodeAt(len - 3);
      if ((last === 116 || last === 84) && (nn === 110 || nn === 78) && len > 3) {
        tokens.push({ start, end: start + len - 3, text: word.slice(0, len - 3) });
        tokens.push({ start: start + len - 3, end: start + len, text: word.slice(len - 3) });
        continue;
      }
    }
    tokens.push({ start, end: start + len, text: word });
  }
  return tokens;
}
