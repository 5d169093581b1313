import { lowerBound } from '../../util/lowerBound';
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

/** RFC 4180 back to rows, for validating what was written. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < content.length) {
    const c = content[i];
    if (c === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        const q = content.indexOf('"', j);
        if (q < 0) throw new Error('a quoted field is not closed');
        field += content.slice(j, q);
        if (content[q + 1] === '"') {
          field += '"';
          j = q + 2;
          continue;
        }
        j = q;
        break;
      }
      i = j + 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && content[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      // Up to the next delimiter in one slice.
      let j = i + 1;
      while (j < content.length && content[j] !== ',' && content[j] !== '\r' && content[j] !== '"') j++;
      field += content.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** 1-based line numbers of offsets, from the offsets where lines start. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [{ start: 0 }];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push({ start: i + 1 });
  // The lines starting at or before the offset, counted.
  return (offset) => lowerBound(starts, offset + 1);
}

/** Two spreadsheets: every annotation, and the claims with their figure, source, date and verdict. */
export const csv: Format = {
  name: 'csv',
  export: (items: ExportArticle[]) => {
    const all = [row(['article', 'line', 'id', 'label', 'status', 'start', 'end', 'text', 'note', 'tags', 'verdict', 'annotator', 'number kind'])];
    const claims = [row(['article', 'line', 'date', 'figure', 'unit', 'source', 'topic', 'verdict', 'status', 'text'])];
    for (const i of items) {
      const lineOf = lineFinder(i.text);
      for (const a of i.annotations) {
        const line = lineOf(a.start);
        all.push(row([i.article, line, a.id, a.label, a.status, a.start, a.end, a.text, a.note, a.tags, a.verdict, a.annotator, a.numberKind]));
        if (a.label === 'claim') claims.push(row([i.article, line, i.date, a.fields?.value, a.fields?.unit, a.fields?.source, a.topic, a.verdict, a.status, a.text.replace(/\s+/g, ' ')]));
      }
    }
    return [
      { path: 'annotations.csv', content: all.join('\r\n') + '\r\n' },
      { path: 'claims.csv', content: claims.join('\r\n') + '\r\n' },
    ];
  },
  validate: (files, items) => {
    const problems: string[] = [];
    const texts = new Map(items.map((i) => [i.article, i.text]));
    for (const [name, expected] of [['annotations.csv', items.reduce((n, i) => n + i.annotations.length, 0)], ['claims.csv', undefined]] as const) {
      let rows: string[][];
      try {
        rows = parseCsv(files.get(name) ?? '');
      } catch (e) {
        problems.push(`${name}: ${(e as Error).message}`);
        continue;
      }
      const [header, ...body] = rows;
      body.forEach((r, k) => {
        if (r.length !== header.length) problems.push(`${name} row ${k + 2}: ${r.length} fields, the header has ${header.length}`);
      });
      if (expected !== undefined && body.length !== expected) problems.push(`${name}: ${body.length} rows for ${expected} annotations`);
      if (name === 'annotations.csv')
        for (const [k, r] of body.entries()) if (texts.get(r[0])?.slice(Number(r[5]), Number(r[6])) !== r[7]) problems.push(`${name} row ${k + 2}: start and end do not slice the text column`);
    }
    return problems;
  },
};
