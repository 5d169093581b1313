import { OffsetMap } from '../offsets';
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
  import: (files, texts) => {
    const doc = JSON.parse(files.get('annotations.jsonld') ?? '{}') as { first?: { items?: WebAnno[] }; items?: WebAnno[] };
    const list = doc.first?.items ?? doc.items ?? (Array.isArray(doc) ? (doc as WebAnno[]) : []);
    const byArticle = new Map<string, ImportedArticle>();
    for (const w of list) {
      const article = w.target.source;
      const text = texts.get(article) ?? '';
      const pos = w.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
      const quote = w.target.selector.find((s) => s.type === 'TextQuoteSelector') as { exact: string } | undefined;
      let start: number;
      let end: number;
      if (pos) {
        const map = new OffsetMap(text);
        start = map.unit(pos.start);
        end = map.unit(pos.end);
      } else if (quote && text.includes(quote.exact)) {
        start = text.indexOf(quote.exact);
        end = start + quote.exact.length;
      } else continue;
      const bodies = Array.isArray(w.body) ? w.body : [w.body];
      const label = bodies.find((b) => b.purpose === 'tagging')?.value ?? 'annotation';
      const note = bodies.find((b) => b.purpose === 'commenting')?.value;
      const entry = byArticle.get(article) ?? { article, annotations: [] };
      entry.annotations.push({ label, start, end, ...(note ? { note } : {}) });
      byArticle.set(article, entry);
    }
    return [...byArticle.values()];
  },
};

interface WebAnno {
  body: { purpose?: string; value: string } | { purpose?: string; value: string }[];
  target: { source: string; selector: { type: string }[] };
}
