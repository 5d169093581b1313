import type { Paragraph, ParagraphKind } from '../types';
import { lowerBound } from '../util/lowerBound';

/** Paragraphs that say who wrote the text: a byline, a live-blog entry header (`12:20 , Sam Rkaina`). */
const AUTHOR_PARAGRAPHS = new Set<ParagraphKind>(['byline', 'entry-header']);

/** Whether `offset` lies in a byline or an entry header (`paragraphs` sorted by start). */
export function inAuthorLine(paragraphs: readonly Paragraph[], offset: number): boolean {
  const p = paragraphs[lowerBound(paragraphs, offset + 1) - 1];
  return !!p && offset < p.end && AUTHOR_PARAGRAPHS.has(p.kind);
}

/** Whether any paragraph is a byline or an entry header (most articles have none, and skip the lookups). */
export function hasAuthorLines(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => AUTHOR_PARAGRAPHS.has(p.kind));
}
