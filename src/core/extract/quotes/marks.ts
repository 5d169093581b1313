/**
 * Finds quotation spans by their marks: curly and straight double quotes (also the
 * `''`/`’’` pairs some papers print, and guillemets), and single quotes that open at
 * the start of a word. Marks may be mismatched (`“… more."`). A double quotation that
 * is still open at the end of a paragraph continues in the next paragraph when that
 * one starts with a quote mark (the English convention); otherwise it ends with its
 * paragraph. Apostrophes (`don't`, `Russia’s`, `soldiers’ widows`) never open or close.
 */
import { lowerBoundNumber } from '../../util/lowerBound';

export interface Line {
  start: number;
  end: number;
}

export interface RawQuote {
  /** Offsets of the quotation including its marks. */
  start: number;
  end: number;
  /** Offsets of the content between the marks. */
  innerStart: number;
  innerEnd: number;
  single: boolean;
  /** Indices into the line list: the first and last line the quotation covers. */
  firstLine: number;
  lastLine: number;
  /** False when the quotation runs to the end of its paragraph without a closing mark. */
  closed: boolean;
}

interface Mark {
  len: number;
  single: boolean;
  canOpen: boolean;
  canClose: boolean;
  /** `“` or `„`/`«`: an opener that may nest inside a quotation. */
  curlyOpen: boolean;
}

const WS = /\s/u;
const QUOTE_CHAR_RE = /["“”‘’'«»„`]/g;
const WORDCH = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{<\u2014\u2013\-/"“‘'«„…:]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}>\u2014\u2013\-…"”’'»*]/u;

function isSpace(c: string | undefined): boolean {
  return c === undefined || WS.test(c);
}

/** The quote mark at `i`, if any, with whether it can open and close a quotation. */
export function markAt(text: string, i: number, lineStart: number, lineEnd: number): Mark | null {
  const c = text[i];
  const prev = i > lineStart ? text[i - 1] : undefined;
  const startCtx = prev === undefined || OPEN_CONTEXT.test(prev);
  switch (c) {
    case '“':
    case '„':
    case '«': {
      const next = i + 1 < lineEnd ? text[i + 1] : undefined;
      const canOpen = next !== undefined && !isSpace(next);
      const canClose = next === undefined || (!canOpen && !isSpace(prev)) || (isSpace(next) && prev !== undefined);
      return { len: 1, single: false, canOpen, canClose: canClose && !canOpen, curlyOpen: true };
    }
    case '”':
    case '»': {
      const next = i + 1 < lineEnd ? text[i + 1] : undefined;
      // A right mark used as an opener: after a space, before a letter.
      const canOpen = startCtx && next !== undefined && WORDCH.test(next);
      return { len: 1, single: false, canOpen, canClose: true, curlyOpen: false };
    }
    case '`': {
      if (text[i + 1] === '`' && i + 1 < lineEnd) {
        const next = i + 2 < lineEnd ? text[i + 2] : undefined;
        return { len: 2, single: false, canOpen: next !== undefined && !isSpace(next), canClose: false, curlyOpen: true };
      }
      return null;
    }
    case '"':
      return straightDouble(text, i, 1, lineEnd, prev, startCtx);
    case "'": {
      if (text[i + 1] === "'" && i + 1 < lineEnd) return straightDouble(text, i, 2, lineEnd, prev, startCtx);
      return singleMark(text, i, lineEnd, prev, startCtx, true);
    }
    case '’': {
      if (text[i + 1] === '’' && i + 1 < lineEnd && !isSpace(prev)) {
        return { len: 2, single: false, canOpen: false, canClose: true, curlyOpen: false };
      }
      return singleMark(text, i, lineEnd, prev, startCtx, true);
    }
    case '‘':
      return singleMark(text, i, lineEnd, prev, startCtx, false);
    default:
      return null;
  }
}

function straightDouble(text: string, i: number, len: number, lineEnd: number, prev: string | undefined, startCtx: boolean): Mark {
  const next = i + len < lineEnd ? text[i + len] : undefined;
  const canOpen = startCtx && next !== undefined && !isSpace(next);
  const canClose = !isSpace(prev) || next === undefined || AFTER_CLOSE.test(next);
  return { len, single: false, canOpen, canClose: canClose && !(canOpen && isSpace(prev)), curlyOpen: false };
}

function singleMark(text: string, i: number, lineEnd: number, prev: string | undefined, startCtx: boolean, canBeClose: boolean): Mark {
  const next = i + 1 < lineEnd ? text[i + 1] : undefined;
  // Opens only at the start of a word: `‘punch`, not `don't` or `’90s` (digits rarely open speech).
  const canOpen = startCtx && prev !== "'" && next !== undefined && /[\p{L}"“]/u.test(next);
  // Closes only at the end of a word: `through’`, not `Russia’s`.
  const canClose = canBeClose && prev !== undefined && !isSpace(prev) && (next === undefined || !WORDCH.test(next));
  return { len: 1, single: true, canOpen, canClose, curlyOpen: false };
}

/** Non-blank lines (paragraph units) of the text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  const n = text.length;
  while (s <= n) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = n;
    let a = s;
    let b = e;
    while (a < b && WS.test(text[a])) a++;
    while (b > a && WS.test(text[b - 1])) b--;
    if (b > a) lines.push({ start: a, end: b });
    s = e + 1;
  }
  return lines;
}

/** The offset just after a leading bullet and spaces, where a continuing quotation would reopen. */
function lineBodyStart(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && /[\s•*·\-–—]/u.test(text[i]) && !(text[i] === '-' && WORDCH.test(text[i + 1] ?? ''))) i++;
  return i;
}

export function findQuoteSpans(text: string, lines: Line[]): RawQuote[] {
  const out: RawQuote[] = [];
  let li = 0;
  let i = lines.length ? lines[0].start : 0;
  let closers: SingleClosers | null = null;
  // One search for the next quote character serves every line before it: a search per line,
  // running on to a mark far below, made many lines without marks quadratic.
  let searchedFrom = -1;
  let markAhead = -1;
  const nextMark = (from: number): number => {
    if (from < searchedFrom || from > markAhead) {
      QUOTE_CHAR_RE.lastIndex = from;
      const hit = QUOTE_CHAR_RE.exec(text);
      searchedFrom = from;
      markAhead = hit ? hit.index : text.length;
    }
    return markAhead;
  };
  while (li < lines.length) {
    const line = lines[li];
    if (i < line.start) i = line.start;
    if (i >= line.end) {
      li++;
      if (li < lines.length) i = lines[li].start;
      continue;
    }
    // Jump to the next quote character on this line.
    const hit = nextMark(i);
    if (hit >= line.end) {
      i = line.end;
      continue;
    }
    i = hit;
    const m = markAt(text, i, line.start, line.end);
    if (!m || !m.canOpen) {
      i += m ? m.len : 1;
      continue;
    }
    let found: RawQuote | null;
    if (m.single) {
      if (closers?.line !== li) closers = singleClosersOf(text, line, li);
      found = closeSingle(closers, li, i, m);
    } else found = closeDouble(text, lines, li, i, m);
    if (!found) {
      i += m.len;
      continue;
    }
    out.push(found);
    li = found.lastLine;
    i = found.end;
  }
  return out;
}

/**
 * The marks on a line that can close a single quotation, found once per line: a scan from
 * each opening mark to the line's end made a line of unclosed `‘` quadratic.
 */
interface SingleClosers {
  line: number;
  /** Closing marks, in order. */
  strong: number[];
  /** `soldiers’ widows`: a plural possessive, a close only when nothing better follows. */
  weak: number[];
}

function singleClosersOf(text: string, line: Line, li: number): SingleClosers {
  const strong: number[] = [];
  const weak: number[] = [];
  for (let j = line.start; j < line.end; j++) {
    const c = text[j];
    if (c !== '’' && c !== "'") continue;
    const k = markAt(text, j, line.start, line.end);
    if (!k || !k.single || !k.canClose) continue;
    if (text[j - 1] === 's' && text[j + 1] === ' ' && /\p{Ll}/u.test(text[j + 2] ?? '')) weak.push(j);
    else strong.push(j);
  }
  return { line: li, strong, weak };
}

/** The first of `positions` (ascending) at or after `from`, or -1. */
function firstFrom(positions: number[], from: number): number {
  const i = lowerBoundNumber(positions, from);
  return i < positions.length ? positions[i] : -1;
}

function closeSingle(closers: SingleClosers, li: number, open: number, m: Mark): RawQuote | null {
  // The first closing mark after the opening one, else the first plural possessive.
  let j = firstFrom(closers.strong, open + m.len);
  if (j < 0) j = firstFrom(closers.weak, open + m.len);
  if (j < 0) return null;
  return { start: open, end: j + 1, innerStart: open + m.len, innerEnd: j, single: true, firstLine: li, lastLine: li, closed: true };
}

function closeDouble(text: string, lines: Line[], li: number, open: number, m: Mark): RawQuote | null {
  let depth = 0;
  let cur = li;
  let j = open + m.len;
  for (;;) {
    const line = lines[cur];
    while (j < line.end) {
      const c = text[j];
      if (c !== '"' && c !== '“' && c !== '”' && c !== "'" && c !== '’' && c !== '«' && c !== '»' && c !== '„' && c !== '`') {
        j++;
        continue;
      }
      const k = markAt(text, j, line.start, line.end);
      if (!k || k.single) {
        j++;
        continue;
      }
      if (k.curlyOpen && k.canOpen) {
        depth++;
        j += k.len;
        continue;
      }
      if (k.canClose || k.canOpen) {
        if (depth > 0 && !k.curlyOpen && k.canClose) {
          depth--;
          j += k.len;
          continue;
        }
        return { start: open, end: j + k.len, innerStart: open + m.len, innerEnd: j, single: false, firstLine: li, lastLine: cur, closed: true };
      }
      j += k.len;
    }
    // Open at the end of the paragraph: continue when the next one reopens with a quote mark.
    const next = cur + 1 < lines.length ? lines[cur + 1] : undefined;
    if (next) {
      const b = lineBodyStart(text, next);
      const k = b < next.end ? markAt(text, b, next.start, next.end) : null;
      if (k && !k.single && k.canOpen) {
        cur++;
        j = b + k.len;
        depth = 0;
        continue;
      }
    }
    const end = line.end;
    if (end - (open + m.len) < 2) return null;
    return { start: open, end, innerStart: open + m.len, innerEnd: end, single: false, firstLine: li, lastLine: cur, closed: false };
  }
}
