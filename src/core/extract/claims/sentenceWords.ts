import type { Entity, NumberMention, Quote } from '../../types';
import { englishWords, type WordClass } from './englishWords';
import { lowerBound } from '../../util/lowerBound';
import type { Token } from '../../text/tokenize';

/** A word of a sentence, with what the engine and the word table know of it. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  cls: WordClass | undefined;
  /** Inside a quotation. */
  quoted: boolean;
  /** Index into the sentence's entities, or -1. */
  entity: number;
  /** Index into the sentence's numbers, or -1. */
  number: number;
}

/** One sentence and the engine's findings inside it, offsets into the article text. */
export interface SentenceView {
  text: string;
  start: number;
  end: number;
  words: Word[];
  entities: Entity[];
  numbers: NumberMention[];
  quotes: Quote[];
}

const WORD_START = /[\p{L}\p{N}]/u;
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.\-](?=[\p{L}\p{N}]))*/gu;

/** The items of a start-sorted list that overlap [start, end). */
function overlapping<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  // Items that start before `start` can overlap it only if they are long (a quotation over sentences): look back a little.
  let i = lowerBound(items, start);
  while (i > 0 && items[i - 1].end > start) i--;
  const out: T[] = [];
  for (; i < items.length && items[i].start < end; i++) if (items[i].end > start) out.push(items[i]);
  return out;
}

/**
 * A finder for the first item (in start order) that contains [s, e): a binary search to the
 * last item starting at or before s, then a walk back only while some earlier item still
 * reaches e (a running maximum of ends says when none can). A sentence of thousands of
 * figures stays linear: a `findIndex` per word made it words × figures (issue 30, fuzz).
 */
function containerFinder<T extends { start: number; end: number }>(items: readonly T[]): (s: number, e: number) => number {
  if (items.length === 0) return () => -1;
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const x of items) maxEnd.push((max = Math.max(max, x.end)));
  return (s, e) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[mid].start <= s) lo = mid + 1;
      else hi = mid;
    }
    let found = -1;
    for (let k = lo - 1; k >= 0 && maxEnd[k] >= e; k--) if (items[k].start <= s && e <= items[k].end) found = k;
    return found;
  };
}

/**
 * The words of `text.slice(start, end)`: possessive `'s` dropped, each word lemmatised and
 * classed through the distilled word table, and marked with the entity, number or
 * quotation it falls in. `tokens`, when the caller has the article's (fastTokenize), saves
 * tokenising again.
 */
export function viewSentence(text: string, start: number, end: number, entities: Entity[], numbers: NumberMention[], quotes: Quote[], tokens?: readonly Token[]): SentenceView {
  const table = englishWords();
  const ents = overlapping(entities, start, end);
  const nums = overlapping(numbers, start, end);
  const qs = overlapping(quotes, start, end);
  const inEntity = containerFinder(ents);
  const inNumber = containerFinder(nums);
  const inQuote = containerFinder(qs);
  const words: Word[] = [];
  const push = (s: number, w: string) => {
    const e = s + w.length;
    const lower = w.toLowerCase().replace(/’/g, "'");
    const isNumber = /\d/.test(lower);
    words.push({
      start: s,
      end: e,
      text: w,
      lower,
      lemma: isNumber ? lower : table.lemmaOf(lower),
      cls: isNumber ? undefined : table.classOf(lower),
      quoted: inQuote(s, e) >= 0,
      entity: inEntity(s, e),
      number: inNumber(s, e),
    });
  };
  if (tokens) {
    for (let i = lowerBound(tokens, start); i < tokens.length && tokens[i].end <= end; i++) {
      const t = tokens[i];
      if (!WORD_START.test(t.text[0]) || /^['’]s$/i.test(t.text)) continue;
      push(t.start, t.text.endsWith('.') && t.text.length > 1 && !/^(?:\p{L}\.)+$/u.test(t.text) ? t.text.slice(0, -1) : t.text);
    }
  } else {
    const slice = text.slice(start, end);
    WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD_RE.exec(slice))) push(start + m.index, /['’]s$/i.test(m[0]) && m[0].length > 2 ? m[0].slice(0, -2) : m[0]);
  }
  return { text: text.slice(start, end), start, end, words, entities: ents, numbers: nums, quotes: qs };
}

/** The share of a sentence's characters inside quotations. */
export function quotedShare(v: SentenceView): number {
  let inside = 0;
  for (const q of v.quotes) inside += Math.max(0, Math.min(q.end, v.end) - Math.max(q.start, v.start));
  return v.end > v.start ? inside / (v.end - v.start) : 0;
}
