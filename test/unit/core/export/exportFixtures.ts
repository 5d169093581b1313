import { FORMATS } from '../../../../src/core/export/formats';
import type { ExportArticle } from '../../../../src/core/export/items';

/** The span of `s` in `text` (its first occurrence from `from`), as an export item's annotation holds it. */
export const spanIn =
  (text: string) =>
  (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });

/** What `format` writes for `items`, by path. */
export const exportedFiles = (format: string, items: ExportArticle[]): Map<string, string> =>
  new Map(FORMATS[format].export(items).map((f) => [f.path, f.content]));
