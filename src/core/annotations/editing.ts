import { captureTarget } from './anchoring';
import type { Annotation } from './schema';

/** A new annotation over text[start, end) of an article whose text hashes to `sha`. */
export function createAnnotation(
  text: string,
  sha: string,
  start: number,
  end: number,
  fields: Pick<Annotation, 'label' | 'status'> & Partial<Pick<Annotation, 'note' | 'finding' | 'fields' | 'tags' | 'annotator'>>,
  now = new Date(),
): Annotation {
  const stamp = now.toISOString();
  return {
    id: newId(now),
    ...fields,
    target: captureTarget(text, start, end),
    articleSha256: sha,
    created: stamp,
    modified: stamp,
  };
}

/** Short, sortable, unique enough for one corpus: time in base 36 and random digits. */
export function newId(now = new Date()): string {
  return `a${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** The same annotation, re-targeted to text[start, end) and stamped as modified. */
export function retarget(a: Annotation, text: string, sha: string, start: number, end: number, now = new Date()): Annotation {
  return { ...a, target: captureTarget(text, start, end), articleSha256: sha, modified: now.toISOString() };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/**
 * Widens or narrows one end of a span by a word, skipping the spaces and
 * punctuation between words. Narrowing never makes the span empty.
 */
export function stepBoundary(text: string, start: number, end: number, side: 'start' | 'end', grow: boolean): [number, number] {
  const words = [...text.matchAll(WORD)].map((m) => [m.index!, m.index! + m[0].length] as const);
  if (side === 'start') {
    if (grow) {
      const prev = words.filter(([, e]) => e <= start).pop();
      return [prev ? prev[0] : start, end];
    }
    const next = words.find(([s]) => s > start);
    return next && next[0] < end ? [next[0], end] : [start, end];
  }
  if (grow) {
    const next = words.find(([s]) => s >= end);
    return [start, next ? next[1] : end];
  }
  const prev = words.filter(([, e]) => e < end).pop();
  return prev && prev[1] > start ? [start, prev[1]] : [start, end];
}
