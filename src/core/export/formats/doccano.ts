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
  validate: (files, items) => {
    const lines = (files.get('doccano.jsonl') ?? '').split('\n').filter(Boolean);
    if (lines.length !== items.length) return [`doccano.jsonl has ${lines.length} lines for ${items.length} articles`];
    return lines.flatMap((line, k) => {
      const o = JSON.parse(line) as { text: string; label: [number, number, string][] };
      const n = new OffsetMap(o.text).codePoints;
      const problems = o.text === items[k].text ? [] : [`doccano.jsonl line ${k + 1}: the text is not the article's`];
      for (const [s, e, l] of o.label) if (!(Number.isInteger(s) && s < e && e <= n && typeof l === 'string' && l)) problems.push(`doccano.jsonl line ${k + 1}: span [${s}, ${e}, ${l}] is not inside the text with a label`);
      return problems;
    });
  },
  import: (files) =>
    filesEnding(files, ['.jsonl', '.json']).flatMap(([path, content]) =>
      content
        .split('\n')
        .filter((l) => l.trim())
        .map((line, k): ImportedArticle => {
          const o = parseJson(`${path} line ${k + 1}`, line) as { text?: unknown; label?: unknown; labels?: unknown; entities?: unknown; article?: string };
          // doccano writes `label` (older versions) or `entities` with named offsets (1.x).
          const spans = Array.isArray(o.entities)
            ? (o.entities as { start_offset: number; end_offset: number; label: string }[]).map((e): [number, number, string] => [e.start_offset, e.end_offset, e.label])
            : ((o.label ?? o.labels) as [number, number, string][] | undefined);
          if (typeof o.text !== 'string' || !Array.isArray(spans)) throw new Error(`${path} line ${k + 1} is not doccano sequence labelling ({"text", "label": [[start, end, label], …]} or "entities")`);
          const map = new OffsetMap(o.text);
          return {
            article: o.article ?? `doccano-${k + 1}.txt`,
            sourceText: o.text,
            annotations: spans.map(([s, e, l]) => ({ label: String(l), start: map.unitOrMissing(s), end: map.unitOrMissing(e) })),
          };
        }),
    ),
};
