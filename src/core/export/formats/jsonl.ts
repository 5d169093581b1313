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
  import: (files) =>
    (files.get('annotations.jsonl') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const o = JSON.parse(line) as { article: string; annotations: { label: string; start: number; end: number; note?: string }[] };
        return { article: o.article, annotations: o.annotations.map((a) => ({ label: a.label, start: a.start, end: a.end, ...(a.note ? { note: a.note } : {}) })) };
      }),
};
