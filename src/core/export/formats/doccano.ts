import { OffsetMap } from '../offsets';
import { filesEnding, parseJson } from './readFiles';
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
    filesEnding(files, ['.jsonl', '.json']).flatMap(([path, content]) =>
      content
        .split('\n')
        .filter((l) => l.trim())
        .map((line, k): ImportedArticle => {
          const o = parseJson(`${path} line ${k + 1}`, line) as { text?: unknown; label?: unknown; labels?: unknown; article?: string };
          const spans = (o.label ?? o.labels) as [number, number, string][] | undefined;
          if (typeof o.text !== 'string' || !Array.isArray(spans)) throw new Error(`${path} line ${k + 1} is not doccano sequence labelling ({"text", "label": [[start, end, label], …]})`);
          const map = new OffsetMap(o.text);
          return {
            article: o.article ?? `doccano-${k + 1}.txt`,
            sourceText: o.text,
            annotations: spans.map(([s, e, l]) => ({ label: String(l), start: map.unitOrMissing(s), end: map.unitOrMissing(e) })),
          };
        }),
    ),
};
