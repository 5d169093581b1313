import type { ArticleAnalysis, ArticleStructure, Entity, NumberMention, Quote } from '../../src/core/types';

/** A number mention over the first occurrence of `figure` at or after `from`. */
export function num(text: string, figure: string, fields: Partial<NumberMention> & Pick<NumberMention, 'kind' | 'value'>, from = 0): NumberMention {
  const start = text.indexOf(figure, from);
  if (start < 0) throw new Error(`fixture: '${figure}' not in text`);
  return { start, end: start + figure.length, text: figure, unit: null, currency: null, approx: false, malformed: false, ...fields };
}

export function ent(text: string, name: string, kind: Entity['kind'], canonical = name, from = 0): Entity {
  const start = text.indexOf(name, from);
  if (start < 0) throw new Error(`fixture: '${name}' not in text`);
  return { start, end: start + name.length, text: name, kind, canonical };
}

export function quote(text: string, inner: string, speaker: string | null): Quote {
  const start = text.indexOf(inner) - 1;
  return { start, end: start + inner.length + 2, text: text.slice(start, start + inner.length + 2), speaker };
}

/** One paragraph per line, one sentence per paragraph: enough structure for claim tests. */
export function lineStructure(text: string, date: string | null = null, kinds: Record<number, ArticleStructure['paragraphs'][number]['kind']> = {}): ArticleStructure {
  const paragraphs: ArticleStructure['paragraphs'] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) paragraphs.push({ start: m.index, end: m.index + m[0].length, kind: kinds[paragraphs.length] ?? 'body' });
  return {
    meta: { title: '', date, byline: null },
    paragraphs,
    sentences: paragraphs.map((p, i) => ({ start: p.start, end: p.end, paragraph: i })),
    entries: [],
  };
}

export function article(file: string, text: string, parts: Partial<ArticleAnalysis> & { structure: ArticleStructure }): ArticleAnalysis {
  return {
    file,
    sha256: '',
    meta: parts.structure.meta,
    entities: parts.entities ?? [],
    numbers: parts.numbers ?? [],
    quotes: parts.quotes ?? [],
    claims: parts.claims ?? [],
    structure: { paragraphs: parts.structure.paragraphs, sentences: parts.structure.sentences, entries: parts.structure.entries },
  };
}
