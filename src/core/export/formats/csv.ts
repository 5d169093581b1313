import type { ExportArticle } from '../items';
import type { Format } from './types';

/** RFC 4180: quote a field when it holds a comma, a quote or a line break. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(values: unknown[]): string {
  return values.map(csvField).join(',');
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Two spreadsheets: every annotation, and the claims with their figure, source, date and verdict. */
export const csv: Format = {
  name: 'csv',
  export: (items: ExportArticle[]) => {
    const all = [row(['article', 'line', 'id', 'label', 'status', 'start', 'end', 'text', 'note', 'tags', 'verdict', 'annotator'])];
    const claims = [row(['article', 'line', 'date', 'figure', 'unit', 'source', 'topic', 'verdict', 'status', 'text'])];
    for (const i of items) {
      for (const a of i.annotations) {
        const line = lineOf(i.text, a.start);
        all.push(row([i.article, line, a.id, a.label, a.status, a.start, a.end, a.text, a.note, a.tags, a.verdict, a.annotator]));
        if (a.label === 'claim') claims.push(row([i.article, line, i.date, a.fields?.value, a.fields?.unit, a.fields?.source, a.topic, a.verdict, a.status, a.text.replace(/\s+/g, ' ')]));
      }
    }
    return [
      { path: 'annotations.csv', content: all.join('\r\n') + '\r\n' },
      { path: 'claims.csv', content: claims.join('\r\n') + '\r\n' },
    ];
  },
};
