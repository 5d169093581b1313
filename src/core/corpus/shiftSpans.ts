import type { ArticleAnalysis, Span } from '../types';
import { numbersOnly } from '../analyze';

/** One edit of an article: the text between `start` and `end` (old offsets) became `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

interface Range {
  start: number;
  end: number;
}

/**
 * Moves an analysis's spans through edits so highlights follow typing at once,
 * before the article is analysed again. Spans after an edit shift; short spans
 * the edit touches (an entity, a number) are dropped, since what they are is no
 * longer known; long spans holding the edit (a quotation, a claim, a paragraph)
 * stretch. Edits apply in order, each in the offsets the one before left.
 */
export function shiftAnalysis(a: ArticleAnalysis, edits: TextEdit[], newText: string): ArticleAnalysis {
  const copy = <T extends Range>(xs: T[]) => xs.map((x) => ({ ...x }));
  let entities = copy(a.entities);
  // Numbers keep their old index alongside, so that claims can be re-pointed.
  let numbers = a.numbers.map((n, i) => ({ n: { ...n }, i }));
  let quotes = copy(a.quotes);
  let claims = copy(a.claims);
  let paragraphs = copy(a.structure.paragraphs);
  let sentences = copy(a.structure.sentences);
  let entries = copy(a.structure.entries);
  for (const edit of edits) {
    const keep = (x: Range) => move(x, edit, false);
    const stretch = (x: Range) => move(x, edit, true);
    entities = entities.filter(keep);
    numbers = numbers.filter((x) => keep(x.n));
    quotes = quotes.filter(stretch);
    claims = claims.filter(stretch);
    paragraphs = paragraphs.filter(stretch);
    sentences = sentences.filter(stretch);
    entries = entries.filter(stretch);
  }
  const newIndex = new Map(numbers.map((x, k) => [x.i, k]));
  for (const c of claims) c.numbers = c.numbers.filter((k) => newIndex.has(k)).map((k) => newIndex.get(k)!);
  const retext = <T extends Span>(xs: T[]) => xs.map((x) => ({ ...x, text: newText.slice(x.start, x.end) }));
  return {
    ...a,
    entities: retext(entities),
    numbers: retext(numbers.map((x) => x.n)),
    quotes: retext(quotes),
    claims: retext(claims.filter((c) => c.numbers.length > 0)),
    structure: { paragraphs, sentences, entries },
  };
}

/** Moves one span through one edit in place; false when the span is gone. */
export function move(x: Range, edit: TextEdit, stretch: boolean): boolean {
  const delta = edit.text.length - (edit.end - edit.start);
  if (x.end <= edit.start) return true; // before the edit (typing just after a span does not grow it)
  if (x.start >= edit.end) {
    x.start += delta;
    x.end += delta;
    return true;
  }
  if (stretch && x.start <= edit.start && edit.end <= x.end) {
    x.end += delta;
    return x.end > x.start;
  }
  return false;
}

/**
 * The numbers typed into an article, found before it is analysed again: the paragraph
 * around `at` (blank lines bound it) is read for numbers alone (numbersOnly, about a
 * millisecond), and those that no number of the analysis overlaps are added after its
 * own (claims point at numbers by index, so theirs stay where they are). The analysis
 * that follows replaces them with what the whole engine finds.
 */
export function withTypedNumbers(a: ArticleAnalysis, text: string, at: number): ArticleAnalysis {
  const before = text.lastIndexOf('\n\n', Math.max(0, at - 1));
  const start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', at);
  const end = after < 0 ? text.length : after;
  if (end <= start) return a;
  // The paragraph's numbers that no claim holds (those typed before among them) are read afresh.
  const claimed = new Set(a.claims.flatMap((c) => c.numbers));
  const kept = a.numbers.map((n, i) => ({ n, i })).filter(({ n, i }) => claimed.has(i) || n.end <= start || n.start >= end);
  const typed = numbersOnly(text.slice(start, end), a.file)
    .numbers.map((n) => ({ ...n, start: n.start + start, end: n.end + start }))
    .filter((n) => !kept.some(({ n: m }) => m.start < n.end && n.start < m.end));
  if (typed.length === 0 && kept.length === a.numbers.length) return a;
  const newIndex = new Map(kept.map((x, k) => [x.i, k]));
  const claims = kept.length === a.numbers.length ? a.claims : a.claims.map((c) => ({ ...c, numbers: c.numbers.map((k) => newIndex.get(k)!) }));
  return { ...a, numbers: [...kept.map((x) => x.n), ...typed], claims };
}
