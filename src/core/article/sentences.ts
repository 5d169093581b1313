import { MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../text/abbreviations';

/**
 * A rule-based sentence splitter. A sentence ends at `.`, `?`, `!` or an ellipsis
 * (with any closing quotes or brackets after it) when whitespace and a capital, a
 * digit or an opening quote follow — unless the period ends an abbreviation (`Mr.`,
 * `U.S.`, `Jan. 31`, `No. 10`) or an initial. A period glued between two words
 * (`same time.Mr Stoltenberg`) also ends a sentence. The end of the range always does.
 */

/** Titles before a name: never the end of a sentence. */
const TITLES = new Set(TITLE_ABBREVIATIONS);
/** Before a number they never end a sentence (`No. 10`, `Jan. 31`, `pp. 4`). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'nr', 'art', 'fig', 'figs', 'vol', 'vols', 'p', 'pp', 'ch', 'sec', 'para', ...MONTH_ABBREVIATIONS, 'approx', 'ca', 'est', 'op']);
/** Never end a sentence. */
const NEVER = new Set('vs v cf viz al'.split(' '));
/** End a sentence only when a typical sentence opener follows (`… Corp. The company …`). */
const MAYBE = new Set('etc inc ltd co corp jr sr bros plc llc ave blvd rd dept univ assn est'.split(' '));

/** Words that open sentences: after `U.S.` or `Inc.` they signal a sentence break. */
const OPENERS = new Set(
  ('The A An It Its He His She Her They Their Them We Our I You Your This That These Those There Here ' +
    'But And Or So Yet In On At By For From With Without After Before During Since While When Where Why How What Who ' +
    'If As Although Though However Meanwhile Moreover Still Also Then Now Later Earlier Some Many Most Several Both ' +
    'Each All No Not One Two Three Other Such Mr Mrs Ms Dr').split(' '),
);

const TERMINAL = /[.!?…]/;
const CLOSERS = /['"’”»)\]]/;
const OPENERS_PUNCT = /['"“‘«(\[]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}.'’\-]/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

/** Candidate ends: runs of terminal punctuation (no `u` flag: a plain, fast scan). */
const CANDIDATE = /[.!?\u2026]+/g;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c > 127 && SPACE.test(String.fromCharCode(c)));
}

function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(ch);
}

export type Range = [start: number, end: number];

function trimRange(text: string, s: number, e: number): Range | null {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? [s, e] : null;
}

/** The word (letters, digits, inner periods) that ends at `i` (exclusive). */
function wordBefore(text: string, from: number, i: number): string {
  let j = i;
  while (j > from && WORD_CHAR.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/** The next word after position `i` (skipping spaces and opening punctuation). */
function nextWord(text: string, i: number, to: number): string {
  let j = i;
  while (j < to && (isSpace(text.charCodeAt(j)) || OPENERS_PUNCT.test(text[j]))) j++;
  let k = j;
  while (k < to && /[\p{L}\p{M}\p{N}]/u.test(text[k])) k++;
  return text.slice(j, k);
}

/** Whether a single `.` at `dot` (text[dot] === '.') ends an abbreviation that should not end the sentence. */
function abbreviationHolds(text: string, from: number, dot: number, to: number): boolean {
  const word = wordBefore(text, from, dot); // e.g. `Mr`, `U.S`, `H`, `Jan`, `1`
  if (word === '') return false;
  const next = nextWord(text, dot + 1, to);
  const nextIsNumber = /^\p{N}/u.test(next);
  const lower = word.toLowerCase();
  if (TITLES.has(lower) && /^\p{Lu}/u.test(word)) return true;
  if (NEVER.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && nextIsNumber) return true;
  // Initialisms (U.S., a.m., e.g.) and single initials (Jens H. Stoltenberg).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return !OPENERS.has(next);
  if (MAYBE.has(lower)) return !OPENERS.has(next);
  // `1. First point` at the start of a paragraph is a list number.
  if (/^\d{1,2}$/.test(word) && dot - word.length === from) return true;
  return false;
}

/**
 * Splits `text[from, to)` into sentences; returns their ranges, trimmed of whitespace.
 * Every non-blank range yields at least one sentence.
 */
export function splitSentences(text: string, from = 0, to = text.length): Range[] {
  const cuts: number[] = [];
  // Searched in the range alone: over the whole text, a range with no terminal left to find
  // searched on to the next one however far below (a text of many lines without any: quadratic).
  const range = text.slice(from, to);
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(range)) !== null) {
    const p = from + m.index; // first terminal char
    let e = Math.min(p + m[0].length, to); // after the terminal run
    // closing quotes and brackets belong to the sentence; so does a period after them (`country”.`)
    while (e < to && (CLOSERS.test(text[e]) || (text[e] === '.' && CLOSERS.test(text[e - 1])))) e++;
    if (e >= to) break;
    CANDIDATE.lastIndex = e - from;
    if (!isSpace(text.charCodeAt(e))) {
      // `same time.Mr Stoltenberg`: a period glued between a word and the next sentence
      if (m[0].length === 1 && e === p + 1 && isLower(text[p - 1]) && isLower(text[p - 2]) && isUpper(text[e]) && isLower(text[e + 1])) {
        const w = wordBefore(text, from, p);
        if (!/\.|www|http/i.test(w)) cuts.push(e);
      }
      continue;
    }
    let n = e;
    while (n < to && isSpace(text.charCodeAt(n))) n++;
    if (n >= to) break;
    // what follows: a capital or digit, possibly after opening quotes or a bracket
    let k = n;
    while (k < to && OPENERS_PUNCT.test(text[k])) k++;
    if (k >= to || !UPPER_OR_DIGIT.test(text[k])) continue;
    if (m[0] === '.' && abbreviationHolds(text, from, p, to)) continue;
    cuts.push(e);
  }

  const out: Range[] = [];
  let s = from;
  for (const c of cuts) {
    const r = trimRange(text, s, c);
    if (r) out.push(r);
    s = c;
  }
  const r = trimRange(text, s, to);
  if (r) {
    // A stray tail of punctuation (`… night. .`) joins the sentence before it.
    if (out.length > 0 && !/[\p{L}\p{N}]/u.test(text.slice(r[0], r[1]))) out[out.length - 1][1] = r[1];
    else out.push(r);
  }
  return out;
}

export { TERMINAL };
