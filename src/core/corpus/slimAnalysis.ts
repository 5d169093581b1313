import type { ArticleAnalysis, NumberMention } from '../types';
import type { CachedAnalysis } from './analysisCache';

/**
 * What a closed article keeps in memory: what the corpus-wide features read (claims
 * with their frames and figures, entities with their names and places for counts and
 * mentions, quotations' speakers for the names' merge, paragraphs for bylines), not what
 * only its open editor needs (sentences, live-blog entries, quotations' text, the
 * numbers no claim states). With 2,000 articles that is about a fifth of their analyses.
 * The same claim, entity and paragraph objects: links and indexes made over the whole
 * analysis hold for the slim one. `wholeAgain` puts the rest back from the content-hash
 * cache when the article is opened.
 */
export function slimAnalysis(a: ArticleAnalysis): ArticleAnalysis {
  // Claims name their numbers by position: those stay at their places, the others are holes.
  const numbers: NumberMention[] = new Array<NumberMention>(a.numbers.length);
  for (const c of a.claims) for (const k of c.numbers) if (a.numbers[k]) numbers[k] = a.numbers[k];
  return {
    ...a,
    numbers,
    quotes: a.quotes.map((q) => ({ ...q, text: '' })),
    structure: { paragraphs: a.structure.paragraphs, sentences: [], entries: [] },
  };
}

/**
 * A slim analysis made whole from the cached analysis of the same text: its own claims,
 * entities and speakers (they carry the corpus-wide names and links), the rest from the
 * cache. Undefined when the cached analysis is not of the same text or shape.
 */
export function wholeAgain(slim: ArticleAnalysis, cached: CachedAnalysis): ArticleAnalysis | undefined {
  if (cached.sha256 !== slim.sha256 || cached.quotes.length !== slim.quotes.length || cached.numbers.length !== slim.numbers.length) return undefined;
  return {
    ...slim,
    // Array.from visits the holes (map would keep them).
    numbers: Array.from(slim.numbers, (n, k) => n ?? cached.numbers[k]),
    quotes: cached.quotes.map((q, i) => ({ ...q, speaker: slim.quotes[i].speaker })),
    structure: cached.structure,
  };
}
