import { OffsetMap } from '../offsets';
import type { Format, ImportedArticle } from './types';

/** doccano's sequence-labelling JSONL: `{"text", "label": [[start, end, label], …]}`, code-point offsets. */
export const doccano: Format = {
  name: 'doccano',
  export: (items) => [
    {
      path: 'doccano.jsonl',
      content:
        items
          .map((i) => {
            const map = new OffsetMap(i.text);
            return JSON.stringify({ text: i.text, label: i.annotations.map((a) => [map.codePoint(a.start), map.codePoint(a.end), a.label]), article: i.article });
          })
          .join('\n') + '\n',
    },
  ],
  import: (files) =>
    (files.get('doccano.jsonl') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line, k): ImportedArticle => {
        const o = JSON.parse(line) as { text: string; label: [number, number, string][]; article?: string };
        const map = new OffsetMap(o.text);
        return { article: o.article ?? `doccano-${k + 1}.txt`, annotations: o.label.map(([s, e, l]) => ({ label: l, start: map.unit(s), end: map.unit(e) })) };
      }),
};
