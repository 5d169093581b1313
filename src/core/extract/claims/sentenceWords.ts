import type { Entity, NumberMention, Quote } from '../../types';
import { englishWords, type WordClass } from './englishWords';

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

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.\-](?=[\p{L}\p{N}]))*/gu;

/**
 * The words of `text.slice(start, end)`: possessive `'s` dropped, each word lemmatised and
 * classed through the distilled word table, and marked with the entity, number or
 * quotation it falls in.
 */
export function viewSentence(text: string, start: number, end: number, entities: Entity[], numbers: NumberMention[], quotes: Quote[]): SentenceView {
  const table = englishWords();
  const slice = text.slice(start, end);
  const ents = entities.filter((e) => e.start < end && e.end > start);
  const nums = numbers.filter((n) => n.start < end && n.end > start);
  const qs = quotes.filter((q) => q.start < end && q.end > start);
  const words: Word[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice))) {
    let w = m[0];
    if (/['’]s$/i.test(w) && w.length > 2) w = w.slice(0, -2);
    const s = start + m.index;
    const e = s + w.length;
    const lower = w.toLowerCase().replace(/’/g, "'");
    words.push({
      start: s,
      end: e,
      text: w,
      lower,
      lemma: /\d/.test(lower) ? lower : table.lemmaOf(lower),
      cls: table.classOf(lower),
      quoted: qs.some((q) => q.start <= s && e <= q.end),
      entity: ents.findIndex((x) => x.start <= s && e <= x.end),
      number: nums.findIndex((x) => x.start <= s && e <= x.end),
    });
  }
  return { text: slice, start, end, words, entities: ents, numbers: nums, quotes: qs };
}

/** The share of a sentence's characters inside quotations. */
export function quotedShare(v: SentenceView): number {
  let inside = 0;
  for (const q of v.quotes) inside += Math.max(0, Math.min(q.end, v.end) - Math.max(q.start, v.start));
  return v.end > v.start ? inside / (v.end - v.start) : 0;
}
