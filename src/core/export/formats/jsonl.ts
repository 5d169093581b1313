import { sha256 } from '../../analyze';
import { filesEnding, parseJson } from './readFiles';
import type { Format } from './types';

/** One article per line in the project's own shape, with the article's sha256 and text. */
export const jsonl: Format = {
  name: 'jsonl',
  export: (items) => [
    {
      path: 'annotations.jsonl',
      content: items.map((i) => JSON.stringify({ article: i.article, sha256: i.sha256, date: i.date, text: i.text, annotations: i.annotations })).join('\n') + '\n',
    },
  ],
  validate: (files, items) => {
    const lines = (files.get('annotations.jsonl') ?? '').split('\n').filter(Boolean);
    if (lines.length !== items.length) return [`annotations.jsonl has ${lines.length} lines for ${items.length} articles`];
    return lines.flatMap((line, k) => {
      const o = JSON.parse(line) as { article: string; sha256: string; text: string; annotations: { id: string; start: number; end: number; text: string }[] };
      const problems = o.sha256 === sha256(o.text) && o.text === items[k].text ? [] : [`annotations.jsonl line ${k + 1}: sha256 or text does not match ${items[k].article}`];
      for (const a of o.annotations) if (o.text.slice(a.start, a.end) !== a.text) problems.push(`annotations.jsonl line ${k + 1}, ${a.id}: ${a.start}-${a.end} does not slice “${a.text}”`);
      return problems;
    });
  },
  import: (files) =>
    filesEnding(files, ['.jsonl']).flatMap(([path, content]) =>
      content
        .split('\n')
        .filter((l) => l.trim())
        .map((line, k) => {
          const o = parseJson(`${path} line ${k + 1}`, line) as { article?: string; text?: string; annotations?: { label: string; start: number; end: number; note?: string }[] };
          if (typeof o.article !== 'string' || !Array.isArray(o.annotations)) throw new Error(`${path} line ${k + 1} is not a corpus-annotator JSON Lines record ({"article", "annotations": […]})`);
          return {
            article: o.article,
            ...(typeof o.text === 'string' ? { sourceText: o.text } : {}),
            annotations: o.annotations.map((a) => ({ label: a.label, start: a.start, end: a.end, ...(a.note ? { note: a.note } : {}) })),
          };
        }),
    ),
};
