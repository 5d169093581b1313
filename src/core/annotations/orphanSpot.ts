import type { Target } from './schema';

/**
 * Where an orphaned annotation's text was: between the context it was captured with,
 * when that context is still in the text (its prefix, then its suffix soon after).
 * That span is what replaced the annotated text, so it is where the warning belongs
 * and the first candidate to re-anchor to. Of several places, the one nearest the old
 * position. Undefined when the context is gone too, or the span would be empty
 * (the text was deleted, not replaced).
 */
export function orphanSpot(text: string, target: Target): { start: number; end: number } | undefined {
  const { prefix, suffix } = target;
  // Short contexts (an annotation at the start or end of the article) match too easily.
  if (prefix.length < 8 || suffix.length < 8) return undefined;
  const reach = Math.max(200, target.exact.length * 4);
  let best: { start: number; end: number } | undefined;
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    const start = at + prefix.length;
    const end = text.indexOf(suffix, start);
    if (end < 0) break;
    if (end - start > reach || end === start) continue;
    if (!best || Math.abs(start - target.start) < Math.abs(best.start - target.start)) best = { start, end };
  }
  return best;
}
