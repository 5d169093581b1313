import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setsSchemaText } from '../../../../scripts/export-schema';
import { sha256 } from '../../../../src/core/analyze';
import { FORMATS } from '../../../../src/core/export/formats';
import { csvField } from '../../../../src/core/export/formats/csv';
import type { ExportArticle } from '../../../../src/core/export/items';
import { applySet } from '../../../../src/core/export/sets';
import { spanIn } from './exportFixtures';

// An emoji before the spans makes code-point offsets differ from UTF-16 ones; a
// quotation runs over a line break, as brat must split it.
const TEXT = 'Kyiv 🇺🇦 says Oleksii Reznikov, "the minister,\nsaid so" about 500,000 troops.';
const at = spanIn(TEXT);
const ITEM: ExportArticle = {
  article: 'a.txt',
  text: TEXT,
  sha256: sha256(TEXT),
  date: '2023-02-02',
  annotations: [
    { id: 'k', label: 'place', status: 'accepted', ...at('Kyiv') },
    { id: 'r', label: 'person', status: 'manual', note: 'Ukrainian defence minister, "quoted"', ...at('Oleksii Reznikov') },
    { id: 'q', label: 'quote', status: 'unreviewed', ...at('"the minister,\nsaid so"') },
    { id: 'n', label: 'number', status: 'rejected', ...at('500,000') },
  ],
};

const spans = (xs: { label: string; start: number; end: number }[]) => xs.map((x) => `${x.label}:${x.start}-${x.end}`).sort();

describe('export formats', () => {
  for (const name of ['jsonl', 'brat', 'w3c', 'webanno-tsv', 'label-studio', 'doccano']) {
    it(`${name}: exporting then importing gives the same annotations back`, () => {
      const f = FORMATS[name];
      const files = new Map(f.export([ITEM]).map((x) => [x.path, x.content]));
      const back = f.import!(files, new Map([['a.txt', TEXT]]));
      assert.equal(back.length, 1);
      assert.equal(back[0].article, 'a.txt');
      assert.deepEqual(spans(back[0].annotations), spans(ITEM.annotations));
      if (name !== 'doccano') assert.equal(back[0].annotations.find((a) => a.label === 'person')?.note, ITEM.annotations[1].note);
    });
  }

  it('brat: .ann offsets are code points that slice the .txt to the annotated text, split at line breaks', () => {
    const files = new Map(FORMATS.brat.export([ITEM]).map((x) => [x.path, x.content]));
    const txt = [...files.get('a.txt')!];
    assert.equal(files.get('a.txt'), TEXT, 'the text is copied unchanged');
    for (const line of files.get('a.ann')!.split('\n').filter((l) => l.startsWith('T'))) {
      const [, head, shown] = line.split('\t');
      const frags = head.split(' ').slice(1).join(' ').split(';').map((f) => f.trim().split(' ').map(Number));
      assert.equal(frags.map(([s, e]) => txt.slice(s, e).join('')).join(' '), shown, line);
      for (const [s, e] of frags) assert.ok(!txt.slice(s, e).includes('\n'));
    }
    assert.match(files.get('annotation.conf')!, /\[entities\]\nnumber\nperson\nplace\nquote\n/);
  });

  it('w3c: each annotation has the W3C shape with both selectors', () => {
    const doc = JSON.parse(FORMATS.w3c.export([ITEM])[0].content);
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    for (const a of doc.first.items) {
      assert.equal(a.type, 'Annotation');
      assert.ok(a.id.startsWith('urn:'));
      assert.ok(a.body.some((b: { purpose: string; type: string }) => b.type === 'TextualBody' && b.purpose === 'tagging'));
      const types = a.target.selector.map((s: { type: string }) => s.type).sort();
      assert.deepEqual(types, ['TextPositionSelector', 'TextQuoteSelector']);
      const pos = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
      const quote = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
      assert.equal([...TEXT].slice(pos.start, pos.end).join(''), quote.exact);
    }
  });

  it('csv: fields with commas, quotes and line breaks are quoted; claims have their own sheet', () => {
    assert.equal(csvField('a, "b"\nc'), '"a, ""b""\nc"');
    // Each reason to quote on its own: a comma, a quote, a line feed, a carriage return.
    assert.equal(csvField('Kyiv, Ukraine'), '"Kyiv, Ukraine"');
    assert.equal(csvField('the "Wagner" group'), '"the ""Wagner"" group"');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('two\rlines'), '"two\rlines"');
    assert.equal(csvField('plain text; 500 000'), 'plain text; 500 000', 'nothing to quote');
    assert.equal(csvField(null), '');
    assert.equal(csvField(3), '3');
    assert.equal(csvField(['x', 'y']), 'x; y');
    const [all, claims] = FORMATS.csv.export([ITEM]);
    assert.equal(all.path, 'annotations.csv');
    assert.equal(all.content.split('\r\n')[0], 'article,line,id,label,status,start,end,text,note,tags,verdict,annotator,number kind');
    assert.match(all.content, /"Ukrainian defence minister, ""quoted"""/);
    assert.equal(claims.content.split('\r\n').filter(Boolean).length, 1, 'no claims in this article: header only');
  });

  it('conll: entity tokens carry B-/I- tags, everything else O', () => {
    const out = FORMATS.conll.export([ITEM])[0].content;
    assert.match(out, /^-DOCSTART- -X- a\.txt O/);
    assert.match(out, /\nKyiv\tB-LOC\n/);
    assert.match(out, /\nOleksii\tB-PER\nReznikov\tI-PER\n/);
    assert.match(out, /\n500,000\tO\n/);
  });

  it('annotation-sets.json has a committed JSON Schema that matches the zod schema (npm run schema)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../../../schemas/annotation-sets.schema.json'), 'utf8');
    assert.equal(committed, setsSchemaText());
    assert.deepEqual(JSON.parse(committed).required, ['sets']);
  });

  it('sets select by status and label', () => {
    const reviewed = applySet([ITEM], { name: 'reviewed', statuses: ['manual', 'accepted'] })[0].annotations.map((a) => a.id);
    assert.deepEqual(reviewed, ['k', 'r']);
    const people = applySet([ITEM], { name: 'p', labels: ['person'] })[0].annotations.map((a) => a.id);
    assert.deepEqual(people, ['r']);
    assert.deepEqual(applySet([ITEM], { name: 'other', articles: ['b*.txt'] }), []);
  });

  for (const [name, f] of Object.entries(FORMATS)) {
    it(`${name}: the export validates against the format`, () => {
      const files = new Map(f.export([ITEM]).map((x) => [x.path, x.content]));
      assert.deepEqual(f.validate(files, [ITEM]), []);
    });
  }

  // One realistic fault per format, as a hand edit or a buggy exporter would make it.
  const BREAK: Record<string, [string, (s: string) => string, RegExp]> = {
    jsonl: ['annotations.jsonl', (s) => s.replace('"start":0', '"start":1'), /does not slice “Kyiv”/],
    csv: ['annotations.csv', (s) => s.replace('a.txt,1,k,place', 'a.txt,1,k,place,extra'), /row 2: 14 fields, the header has 13/],
    brat: ['a.ann', (s) => s.replace('place 0 4', 'place 1 4'), /offsets 1 4 slice “yiv”, not “Kyiv”/],
    w3c: ['annotations.jsonld', (s) => s.replace('"start": 0', '"start": 2'), /does not select the quote “Kyiv”/],
    conll: ['entities.conll', (s) => s.replace('Kyiv\tB-LOC', 'Kyiv\tI-LOC'), /I-LOC does not continue a LOC entity/],
    'label-studio': ['label-studio.json', (s) => s.replace('"end": 4', '"end": 5'), /code points 0-5 do not slice “Kyiv”/],
    'webanno-tsv': ['a.tsv', (s) => s.replace('0-4\tKyiv', '1-4\tKyiv'), /offsets 1-4 slice “yiv”, not the token “Kyiv”/],
    doccano: ['doccano.jsonl', (s) => s.replace('[0,4,"place"]', '[0,400,"place"]'), /span \[0, 400, place\] is not inside the text/],
  };
  for (const [name, [file, damage, message]] of Object.entries(BREAK)) {
    it(`${name}: the validator names a damaged ${file}`, () => {
      const files = new Map(FORMATS[name].export([ITEM]).map((x) => [x.path, x.content]));
      const damaged = damage(files.get(file)!);
      assert.notEqual(damaged, files.get(file), 'the fixture damage applies');
      files.set(file, damaged);
      assert.ok(FORMATS[name].validate(files, [ITEM]).some((p) => message.test(p)), FORMATS[name].validate(files, [ITEM]).join('\n'));
    });
  }
});
