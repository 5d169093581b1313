/**
 * The number stage's tokens, as `/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|\S/gu` finds them,
 * read by a scanner: the regular expression was a tenth of the stage's time, and a
 * scanner also skips the match objects. The test compares the two on every seed
 * article and on text made to catch the edges (astral letters, lone surrogates,
 * combining marks, every kind of space).
 */

import { cachedCodeUnitTest, isDigit } from '../../text/codeUnitClass';

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const isLetterOrMarkBmp = cachedCodeUnitTest(LETTER_OR_MARK);

function isLetterOrMarkUnit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isLetterOrMarkBmp(c);
}

/** Length in code units of the letter-or-mark code point at i, or 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return c >= 0xdc00 && c <= 0xdfff ? 0 : isLetterOrMarkUnit(c) ? 1 : 0;
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
}

/**
 * The end of the token starting at `start`, which holds no `\s` character: a figure
 * (digits with `.` or `,` between digit groups), a run of letters and marks, or any
 * other single code point.
 */
export function numberTokenEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  if (isDigit(text.charCodeAt(i))) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if ((c === 46 || c === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      } else return i;
    }
  }
  let len = letterAt(text, i);
  if (len > 0) {
    while (len > 0) {
      i += len;
      len = i < n ? letterAt(text, i) : 0;
    }
    return i;
  }
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/** The spaces that group digits by thousands (`40 000`): a space, a no-break space, a narrow no-break space or a thin space. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * The end of a figure whose thousands are grouped by spaces (`40 000`, `1 234 567.89`,
 * as SI style and many European papers write them), when the figure token
 * [start, end) of one to three digits begins one; else `end`. Each further group is
 * one space and exactly three digits, not followed by a digit or a letter; the last
 * may carry decimals.
 */
export function spacedGroupsEnd(text: string, start: number, end: number): number {
  if (end - start > 3) return end;
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return end;
  let at = end;
  for (;;) {
    const g = at + 1;
    if (!isGroupSpace(text.charCodeAt(at)) || !isDigit(text.charCodeAt(g)) || !isDigit(text.charCodeAt(g + 1)) || !isDigit(text.charCodeAt(g + 2))) return at;
    let after = g + 3;
    if (isDigit(text.charCodeAt(after)) || letterAt(text, after) > 0 || text.charCodeAt(after) === 44) return at;
    if (text.charCodeAt(after) === 46 && isDigit(text.charCodeAt(after + 1))) {
      after += 2;
      while (isDigit(text.charCodeAt(after))) after++;
      return after;
    }
    at = after;
  }
}
