/**
 * A hand-rolled scanner that produces the same tokens as `text/tokenize.ts` (words joined
 * by inner apostrophes, hyphens, periods and digit separators; abbreviations keep their
 * period; `'s` and `n't` split off; any other non-space character alone) several times
 * faster, with no regular expression per token. The quotation stage tokenises whole
 * articles, so this keeps it within a few milliseconds on a 50 KB live blog.
 */
import { lowerBound } from '../util/lowerBound';
import { cachedCodeUnitTest, isDigit, isJsSpace } from './codeUnitClass';
import { ABBREV_WITH_DOT, tokenize, type Token } from './tokenize';
import { oneByteText } from './oneByte';

const isWordUnit = cachedCodeUnitTest(/[\p{L}\p{M}\p{N}]/u);

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: treat surrogates as word characters
  return isWordUnit(c);
}

/** `\w` without the `i` flag: ASCII letters, digits and the underscore. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Joiners inside a word: . ' ’ - ‐ ‑ & */
function isJoiner(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011 || c === 38;
}

export function fastTokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const narrow = oneByteText(text);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // `\s`, as tokenize splits on: U+0085 is a one-character token there (`…` in text decoded as Latin-1).
    if (isJsSpace(c)) {
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      out.push({ start: i, end: i + 1, text: text[i] });
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 < n) {
        const j = text.charCodeAt(i);
        if (isJoiner(j) && isWordCode(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        // `500,000`: a comma before three digits and a word boundary (`\b`, which knows
        // only ASCII word characters), then the rest of the word as after any joiner.
        if (j === 44 && i + 3 < n && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !(i + 4 < n && isAsciiWordCode(text.charCodeAt(i + 4)))) {
          i += 4;
          continue;
        }
      }
      break;
    }
    let end = i;
    // A trailing period stays only on abbreviations (U.S., Mr.).
    if (end < n && text.charCodeAt(end) === 46) {
      const withDot = narrow.slice(start, end + 1);
      if (ABBREV_WITH_DOT.test(withDot)) {
        end++;
        i = end;
      }
    }
    const word = narrow.slice(start, end);
    const len = word.length;
    // Possessive `'s` / `’s` (not the whole word).
    if (len > 2) {
      const a = word.charCodeAt(len - 2);
      const b = word.charCodeAt(len - 1);
      if ((a === 39 || a === 0x2019) && (b === 115 || b === 83)) {
        out.push({ start, end: end - 2, text: word.slice(0, len - 2) });
        out.push({ start: end - 2, end, text: word.slice(len - 2) });
        continue;
      }
      // `n't`
      if (len > 3 && (b === 116 || b === 84) && (a === 39 || a === 0x2019)) {
        const nn = word.charCodeAt(len - 3);
        if (nn === 110 || nn === 78) {
          out.push({ start, end: end - 3, text: word.slice(0, len - 3) });
          out.push({ start: end - 3, end, text: word.slice(len - 3) });
          continue;
        }
      }
    }
    out.push({ start, end, text: word });
  }
  return out;
}

/**
 * The tokens of each span, as `tokenize(text, start, end)` gives them, from one pass
 * of `fastTokenize` over the whole text. A span cut through a token (a sentence
 * boundary inside `U.S.`) or between tokens with no space between, and any text with characters outside the Basic
 * Multilingual Plane (the scanner treats surrogates as letters; the regular
 * expression does not), are tokenized on their own instead, so the result is the
 * same in every case. `all`, when given, is `fastTokenize(text)`, made once for every stage.
 */
export function tokenizeSpans(text: string, spans: readonly { start: number; end: number }[], all?: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  if (/[\uD800-\uDFFF]/.test(text)) {
    for (const s of spans) out.push(tokenize(text, s.start, s.end));
    return out;
  }
  all ??= fastTokenize(text);
  for (const s of spans) out.push(spanTokens(text, s, all));
  return out;
}

/** The tokens of one span, from `all` where it holds them as `tokenize` would give them. */
function spanTokens(text: string, s: { start: number; end: number }, all: readonly Token[]): Token[] {
  const lo = lowerBound(all, s.start);
  const k = lowerBound(all, s.end);
  // A boundary through a token, or between two tokens with no space between them
  // (`Putin|'s`: alone, `'s` is two tokens), is tokenized on its own.
  const cut = (lo > 0 && all[lo - 1].end > s.start) || (k > lo && all[k - 1].end > s.end);
  if (cut) return tokenize(text, s.start, s.end);
  if (lo === k) return /\S/.test(text.slice(s.start, s.end)) ? tokenize(text, s.start, s.end) : [];
  const glued = (lo > 0 && all[lo - 1].end === all[lo].start) || (k < all.length && all[k].start === all[k - 1].end);
  return glued ? tokenize(text, s.start, s.end) : all.slice(lo, k);
}
