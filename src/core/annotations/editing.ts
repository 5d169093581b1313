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

/** The random digits already given to ids of the millisecond of the last id. */
let issued = { time: NaN, digits: new Set<string>() };
const RANDOM_DIGITS = 5;

/**
 * Short and sortable: time in base 36, then random digits. Never the same id twice
 * in one process: a bulk change (an import of thousands of spans into one article,
 * seeding a merged set with one `now` for every annotation) makes many ids in one
 * millisecond, where random digits alone repeat (3 in 1,000 imports of the bundled
 * corpus's words did), and a sidecar with two equal ids is invalid and no longer written.
 * Other processes stay apart by the random digits.
 */
export function newId(now = new Date()): string {
  const time = now.getTime();
  if (time !== issued.time) issued = { time, digits: new Set() };
  let digits: string;
  do digits = Math.floor(Math.random() * 36 ** RANDOM_DIGITS).toString(36).padStart(RANDOM_DIGITS, '0');
  while (issued.digits.has(digits));
  issued.digits.add(digits);
  return `a${time.toString(36)}${digits}`;
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
