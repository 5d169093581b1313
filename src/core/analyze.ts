import { createHash } from 'node:crypto';
import { normalizeForAnalysis, type NormalizedText } from './article/normalize';
import { segmentArticle } from './article/segment';
import { recognizeEntities } from './extract/entities';
import { defaultTagger } from './extract/entities/model';
import { fastTokenize } from './text/fastTokenize';
import { extractNumbers } from './extract/numbers';
import { extractQuotes } from './extract/quotes';
import { findClaims } from './extract/claims';
import type { ArticleAnalysis, ArticleStructure, Entity, Span } from './types';
import { hasAuthorLines, inAuthorLine } from './article/authorLines';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Analyses one article. `raw` is the exact file text; every span in the result
 * points into it, whatever the extractors saw after normalisation. `sha`, when the
 * caller has hashed `raw` already (to look it up in a cache), is its sha256.
 */
export function analyzeText(raw: string, file: string, sha: string = sha256(raw)): ArticleAnalysis {
  const norm = normalizeForAnalysis(raw);
  const text = norm.text;
  const structure = segmentArticle(text);
  // One tokenization for the entity and quotation stages.
  const tokens = fastTokenize(text);
  const entities = recognizeEntities(text, structure, defaultTagger(), tokens);
  const numbers = extractNumbers(text, structure);
  const speakers = withoutAuthors(entities, structure);
  const quotes = extractQuotes(text, structure, speakers, tokens);
  const claims = findClaims({ text, structure, numbers, entities: speakers, quotes, article: articleName(file) });
  const analysis: ArticleAnalysis = {
    file,
    sha256: sha,
    meta: structure.meta,
    entities,
    numbers,
    quotes,
    claims,
    structure: { paragraphs: structure.paragraphs, sentences: structure.sentences, entries: structure.entries },
  };
  if (!norm.identity) mapToOriginal(analysis, structure, norm, raw);
  return analysis;
}

/**
 * The entities that may speak or be referred to in the story: not the names in a
 * byline or a live-blog entry header, which say who wrote it (`he said` after
 * `12:20 , Sam Rkaina` is not Sam Rkaina).
 */
function withoutAuthors(entities: Entity[], structure: ArticleStructure): Entity[] {
  const { paragraphs } = structure;
  if (!hasAuthorLines(paragraphs)) return entities;
  return entities.filter((e) => !inAuthorLine(paragraphs, e.start));
}

/** Rewrites every span from normalised offsets to offsets into the file text. */
function mapToOriginal(a: ArticleAnalysis, s: ArticleStructure, norm: NormalizedText, raw: string): void {
  const spans: Span[] = [...a.entities, ...a.numbers, ...a.quotes, ...a.claims];
  for (const span of spans) {
    span.start = norm.toOriginal(span.start);
    span.end = norm.toOriginal(span.end);
    span.text = raw.slice(span.start, span.end);
  }
  for (const q of a.quotes) {
    if (q.speakerSpan) q.speakerSpan = { start: norm.toOriginal(q.speakerSpan.start), end: norm.toOriginal(q.speakerSpan.end) };
  }
  for (const r of [...s.paragraphs, ...s.sentences, ...s.entries]) {
    r.start = norm.toOriginal(r.start);
    r.end = norm.toOriginal(r.end);
  }
}

/** The name claim ids start with: the file name without folder or `.txt`. */
export function articleName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.txt$/i, '');
}
