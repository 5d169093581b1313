import type { ArticleStructure, NumberMention } from '../../types';

/** Counts, percentages, money, dates, times, years, ordinals, durations and measures. */
export function extractNumbers(text: string, structure: ArticleStructure): NumberMention[] {
  return [];
}
