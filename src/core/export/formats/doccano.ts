import { filesEnding, parseJson } from './readFiles';
import type { Format, ImportedArticle } from './types';
import { countNotImported } from './types';

/**
 * doccano's sequence-labelling JSONL: `{"text", "label": [[start, end, label], …]}`.
 * Offsets count UTF-16 code units, as doccano's annotation screen does in the
 * browser (doccano issue #2290), and as this project does: nothing to convert.
 */
export const doccano: Format = {
  name: 'doccano',
  export: (items) => [
    {
      path: 'doccano.jsonl',
      content:
        items
          .map((i) => JSON.stringify({ text: i.text, label: i.annotations.map((a) => [a.start, a.end, a.label]), article: i.article }))
          .join('\n') + '\n',
    },
  ],
  validate: (files, items) => {
    const lines = (files.get('doccano.jsonl') ?? '').split('\n').filter(Boolean);
    if (lines.length !== items.length) return [`doccano.jsonl has ${lines.length} lines for ${items.length} articles`];
    return lines.flatMap((line, k) => {
      const o = JSON.parse(line) as { text: string; label: [number, number, string][] };
      const n = o.text.length;
      const problems = o.text === items[k].text ? [] : [`doccano.jsonl line ${k + 1}: the text is not the article's`];
      for (const [s, e, l] of o.label) if (!(Number.isInteger(s) && s < e && e <= n && typeof l === 'string' && l)) problems.push(`doccano.jsonl line ${k + 1}: span [${s}, ${e}, ${l}] is not inside the text with a label`);
      return problems;
    });
  },
  import: (files) => {
    const found = filesEnding(files, ['.jsonl', '.json']);
    if (!found.length) throw new Error('no .jsonl or .json file: a doccano import is its JSONL export');
    return found.flatMap(([path, content]) =>
      content
        .split('\n')
        .filter((l) => l.trim())
        .map((line, k): ImportedArticle => {
          const parsed = parseJson(`${path} line ${k + 1}`, line);
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${path} line ${k + 1} is ${parsed === null ? 'null' : Array.isArray(parsed) ? 'a list' : typeof parsed}, not doccano sequence labelling ({"text", "label": [[start, end, label], …]} or "entities")`);
          const o = parsed as { text?: unknown; label?: unknown; labels?: unknown; entities?: unknown; relations?: unknown; article?: string };
          // doccano writes `label` (older versions) or `entities` with named offsets (1.x).
          const spans = Array.isArray(o.entities)
            ? (o.entities as { start_offset: number; end_offset: number; label: string }[]).filter((e) => typeof e === 'object' && e !== null).map((e): [number, number, string] => [e.start_offset, e.end_offset, e.label])
            : ((o.label ?? o.labels) as [number, number, string][] | undefined);
          if (typeof o.text !== 'string' || !Array.isArray(spans)) throw new Error(`${path} line ${k + 1} is not doccano sequence labelling ({"text", "label": [[start, end, label], …]} or "entities")`);
          const text = o.text;
          if (!spans.every((x) => Array.isArray(x) && x.length >= 3)) throw new Error(`${path} line ${k + 1}: a span is not [start, end, label]`);
          return {
            article: typeof o.article === 'string' ? o.article : `doccano-${k + 1}.txt`,
            sourceText: text,
            annotations: spans.map(([s, e, l]) => ({ label: String(l), start: Number.isInteger(s) && s >= 0 && s <= text.length ? s : -1, end: Number.isInteger(e) && e >= 0 && e <= text.length ? e : -1 })),
            // doccano's relation labelling joins entities by their ids with a free type; the project's links have two fixed meanings.
            notImported: countNotImported((Array.isArray(o.relations) ? o.relations : []).map(() => ({ kind: 'relation', reason: "doccano relations are not mapped to this project's links" }))),
          };
        }),
    );
  },
};
