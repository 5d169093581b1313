import type { ArticleAnalysis } from '../core/types';

/**
 * One article as a JSON line, with the documented fields first in their documented
 * order (other tools read them), then the structure as an extra field.
 */
export function toJsonLine(a: ArticleAnalysis): string {
  return JSON.stringify({
    file: a.file.split('\\').join('/'),
    sha256: a.sha256,
    meta: a.meta,
    entities: a.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, kind: e.kind, canonical: e.canonical })),
    numbers: a.numbers,
    quotes: a.quotes,
    claims: a.claims,
    structure: a.structure,
  });
}
