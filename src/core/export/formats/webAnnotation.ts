import { OffsetMap } from '../offsets';
import { filesEnding, parseJson } from './readFiles';
import type { Format, ImportedArticle } from './types';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * W3C Web Annotation (JSON-LD): one AnnotationCollection per export, each
 * annotation with a tagging body (the label), a commenting body (the note) and a
 * target carrying both a TextQuoteSelector and a TextPositionSelector (code points).
 */
export const webAnnotation: Format = {
  name: 'webanno',
  export: (items) => {
    const annotations = items.flatMap((i) => {
      const map = new OffsetMap(i.text);
      return i.annotations.map((a) => ({
        id: `urn:corpus-annotator:${encodeURIComponent(i.article)}:${a.id}`,
        type: 'Annotation',
        motivation: 'tagging',
        ...(a.annotator ? { creator: { type: 'Person', nickname: a.annotator } } : {}),
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: a.label },
          ...(a.note ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note }] : []),
          ...(a.verdict ? [{ type: 'TextualBody', purpose: 'assessing', value: a.verdict }] : []),
        ],
        target: {
          source: i.article,
          selector: [
            { type: 'TextQuoteSelector', exact: a.text, prefix: i.text.slice(Math.max(0, a.start - 32), a.start), suffix: i.text.slice(a.end, a.end + 32) },
            { type: 'TextPositionSelector', start: map.codePoint(a.start), end: map.codePoint(a.end) },
          ],
        },
      }));
    });
    const collection = { '@context': CONTEXT, id: 'urn:corpus-annotator:export', type: 'AnnotationCollection', total: annotations.length, first: { type: 'AnnotationPage', items: annotations } };
    return [{ path: 'annotations.jsonld', content: JSON.stringify(collection, null, 2) + '\n' }];
  },
  validate: (files, items) => {
    const doc = JSON.parse(files.get('annotations.jsonld') ?? '{}') as { '@context'?: string; type?: string; total?: number; first?: { type?: string; items?: WebAnno[] } };
    const problems: string[] = [];
    if (doc['@context'] !== CONTEXT) problems.push(`@context is not ${CONTEXT}`);
    if (doc.type !== 'AnnotationCollection' || doc.first?.type !== 'AnnotationPage') problems.push('not an AnnotationCollection with a first AnnotationPage');
    const list = doc.first?.items ?? [];
    if (doc.total !== list.length) problems.push(`total is ${doc.total} for ${list.length} annotations`);
    const texts = new Map(items.map((i) => [i.article, i.text]));
    const maps = new Map<string, OffsetMap>();
    for (const w of list) {
      const where = `annotation ${w.id}`;
      if (w.type !== 'Annotation' || typeof w.id !== 'string') problems.push(`${where}: needs "type": "Annotation" and an id`);
      const bodies = Array.isArray(w.body) ? w.body : [w.body];
      if (!bodies.every((b) => b?.type === 'TextualBody' && typeof b.value === 'string')) problems.push(`${where}: every body must be a TextualBody with a value`);
      const text = texts.get(w.target?.source);
      if (text === undefined) {
        problems.push(`${where}: target.source names no exported article`);
        continue;
      }
      const pos = w.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
      const quote = w.target.selector.find((s) => s.type === 'TextQuoteSelector') as { exact: string } | undefined;
      if (!pos || !quote) {
        problems.push(`${where}: needs a TextQuoteSelector and a TextPositionSelector`);
        continue;
      }
      const map = maps.get(w.target.source) ?? new OffsetMap(text);
      maps.set(w.target.source, map);
      if (map.slice(text, pos.start, pos.end) !== quote.exact) problems.push(`${where}: the position selector ${pos.start}-${pos.end} does not select the quote “${quote.exact}”`);
    }
    return problems;
  },
  import: (files, texts) => {
    const byArticle = new Map<string, ImportedArticle>();
    // One offset map per article, not one per annotation: building it reads the whole text.
    const maps = new Map<string, OffsetMap>();
    for (const [path, content] of filesEnding(files, ['.jsonld', '.json'])) {
      const doc = parseJson(path, content) as { first?: { items?: WebAnno[] }; items?: WebAnno[] } | WebAnno[];
      const list = Array.isArray(doc) ? doc : (doc.first?.items ?? doc.items);
      if (!Array.isArray(list)) throw new Error(`${path} is not a Web Annotation collection, page or list`);
      for (const w of list) {
        const article = typeof w?.target?.source === 'string' ? w.target.source.split('/').pop()! : undefined;
        if (!article || !Array.isArray(w.target.selector)) continue;
        const text = texts.get(article) ?? '';
        const map = maps.get(article) ?? new OffsetMap(text);
        maps.set(article, map);
        const span = locate(text, map, w.target.selector);
        const bodies = Array.isArray(w.body) ? w.body : [w.body];
        const label = bodies.find((b) => b?.purpose === 'tagging')?.value ?? 'annotation';
        const note = bodies.find((b) => b?.purpose === 'commenting')?.value;
        const entry = byArticle.get(article) ?? { article, annotations: [] };
        entry.annotations.push({ label, ...span, ...(note ? { note } : {}) });
        byArticle.set(article, entry);
      }
    }
    return [...byArticle.values()];
  },
};

/**
 * The position selector where it still selects the quoted text; otherwise the
 * quote itself (with its prefix where it repeats), as the W3C model intends when a
 * document has changed since it was annotated.
 */
function locate(text: string, map: OffsetMap, selectors: { type: string }[]): { start: number; end: number } {
  const pos = selectors.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix?: string } | undefined;
  if (pos) {
    const start = map.unitOrMissing(pos.start);
    const end = map.unitOrMissing(pos.end);
    if (start >= 0 && end >= 0 && (!quote || text.slice(start, end) === quote.exact)) return { start, end };
  }
  if (quote?.exact) {
    const withPrefix = quote.prefix ? text.indexOf(quote.prefix + quote.exact) : -1;
    const start = withPrefix >= 0 ? withPrefix + quote.prefix!.length : text.indexOf(quote.exact);
    if (start >= 0) return { start, end: start + quote.exact.length };
  }
  return { start: -1, end: -1 };
}

interface WebAnno {
  id?: string;
  type?: string;
  body: { type?: string; purpose?: string; value: string } | { type?: string; purpose?: string; value: string }[];
  target: { source: string; selector: { type: string }[] };
}
