import * as assert from 'node:assert/strict';
import { csv, csvField, parseCsv } from '../../../../src/core/export/formats/csv';
import type { ExportArticle } from '../../../../src/core/export/items';

describe('CSV', () => {
  it('parses RFC 4180: quoted fields with commas, doubled quotes and line breaks, CRLF between rows', () => {
    assert.deepEqual(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n'), [
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
    ]);
  });

  it('keeps empty fields, a last row without CRLF, and a lone LF inside a field', () => {
    assert.deepEqual(parseCsv(',a,,\r\nb'), [['', 'a', '', ''], ['b']]);
    assert.deepEqual(parseCsv('a\nb,c'), [['a\nb', 'c']]);
    assert.deepEqual(parseCsv(''), []);
    assert.deepEqual(parseCsv('a,\r\n'), [['a', '']]);
  });

  it('takes a quote inside an unquoted field as text, and refuses a quoted field never closed', () => {
    assert.deepEqual(parseCsv('5" gun,x'), [['5" gun', 'x']]);
    assert.throws(() => parseCsv('a,"open\r\n'), /a quoted field is not closed/);
  });

  it('reads back whatever csvField wrote', () => {
    const values = ['', 'plain', 'a,b', '"', '""', 'x\r\ny', '\n', ' lead', 'trail ', 'Kyiv – “quoted”'];
    const line = values.map(csvField).join(',');
    assert.deepEqual(parseCsv(line + '\r\n'), [values]);
  });

  const text = 'Kyiv said.\nRussia has 500,000\ntroops.\nMore.';
  const item: ExportArticle = {
    article: 'a.txt',
    text,
    sha256: 'x',
    date: '2023-02-02',
    annotations: [
      { id: 'k', label: 'place', status: 'manual', start: 0, end: 4, text: 'Kyiv', tags: ['a', 'b'], annotator: 'anna' },
      { id: 'c', label: 'claim', status: 'unreviewed', start: 11, end: 37, text: text.slice(11, 37), topic: 'russian-troop-numbers', verdict: 'disputed', fields: { value: 500000, unit: 'troops', source: 'Kyiv' } },
    ],
  };

  it('writes each annotation with its line, and each claim on the claims sheet', () => {
    const [all, claims] = csv.export([item]);
    assert.deepEqual(parseCsv(all.content).slice(1), [
      ['a.txt', '1', 'k', 'place', 'manual', '0', '4', 'Kyiv', '', 'a; b', '', 'anna', ''],
      ['a.txt', '2', 'c', 'claim', 'unreviewed', '11', '37', 'Russia has 500,000\ntroops.', '', '', 'disputed', '', ''],
    ]);
    assert.deepEqual(parseCsv(claims.content), [
      ['article', 'line', 'date', 'figure', 'unit', 'source', 'topic', 'verdict', 'status', 'text'],
      ['a.txt', '2', '2023-02-02', '500000', 'troops', 'Kyiv', 'russian-troop-numbers', 'disputed', 'unreviewed', 'Russia has 500,000 troops.'],  // line breaks folded for a spreadsheet
    ]);
    assert.ok(all.content.endsWith('\r\n') && claims.content.endsWith('\r\n'));
    assert.deepEqual(csv.validate(new Map([[all.path, all.content], [claims.path, claims.content]]), [item]), []);
  });

  it('finds what a hand edit broke: a row too short, a row missing, offsets that do not slice, an unclosed quote', () => {
    const [all, claims] = csv.export([item]);
    const check = (annotations: string, claimSheet = claims.content) => csv.validate(new Map([['annotations.csv', annotations], ['claims.csv', claimSheet]]), [item]);
    assert.deepEqual(check(all.content.replace(',anna,\r\n', ',\r\n')), ['annotations.csv row 2: 12 fields, the header has 13']);
    const lines = all.content.split('\r\n');
    assert.deepEqual(check([lines[0], lines[2], ''].join('\r\n')), ['annotations.csv: 1 rows for 2 annotations']);
    assert.deepEqual(check(all.content.replace('a.txt,1,k,place,manual,0,4', 'a.txt,1,k,place,manual,1,4')), ['annotations.csv row 2: start and end do not slice the text column']);
    assert.deepEqual(check(all.content, claims.content + '"open'), ['claims.csv: a quoted field is not closed']);
    assert.deepEqual(csv.validate(new Map([['annotations.csv', all.content]]), [item]).length, 0, 'a missing claims sheet has no rows to get wrong');
  });
});
