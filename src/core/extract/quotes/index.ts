import type { ArticleStructure, Entity, Quote } from '../../types';

/** Direct quotations with their speaker. */
export function extractQuotes(text: string, structure: ArticleStructure, entities: Entity[]): Quote[] {
  return [];
}
