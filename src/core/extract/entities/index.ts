import type { ArticleStructure, Entity } from '../../types';

/** People, places and organisations, every mention, with a canonical name per article. */
export function recognizeEntities(text: string, structure: ArticleStructure): Entity[] {
  return [];
}

/** Merges canonical names across articles (`Zelenskyy` in one, `Volodymyr Zelensky` in another). */
export function mergeCanonicalNames(entitiesPerArticle: Entity[][]): void {}
