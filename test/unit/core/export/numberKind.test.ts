import * as assert from 'node:assert/strict';
import { analyzeText, sha256 } from '../../../../src/core/analyze';
import type { Sidecar } from '../../../../src/core/annotations/schema';
import { emptySidecar } from '../../../../src/core/annotations/sidecar';
import { FORMATS } from '../../../../src/core/export/formats';
import { exportArticle, type ExportArticle } from '../../../../src/core/export/items';
import { annotation } from '../annotations/fixtures';
import { exportedFiles, spanIn } from './exportFixtures';

const TEXT = 'Prices rose 12% this year, and the city spent $40 million on 300 new buses.\n';
const at = spanIn(TEXT);

/** One article with a percent and a count, and a place without a kind. */
const ITEM: ExportArticle = {
  article: 'a.txt',
  text: TEXT,
  sha256: sha256(TEXT),
  date: null,
  annotations: [
    { id: 'p', label: 'number', status: 'unreviewed', numberKind: 'percent', ...at('12%') },
    { id: 'c', label: 'number', status: 'accepted', numberKind: 'count', ...at('300') },
    { id: 'x', label: 'person', status: 'manual', ...at('Prices') },
  ],
};

const files = (format: string) => exportedFiles(format, [ITEM]);

describe('exports carry a number’s kind where the format has a place for it', () => {
  it('exportArticle gives the engine’s numbers their kind, and a person’s number annotation on the same span too', () => {
    const analysis = analyzeText(TEXT, 'a.txt');
    const kinds = new Map(analysis.numbers.map((n) => [TEXT.slice(n.start, n.end), n.kind]));
    assert.equal(kinds.get('12%'), 'percent');
    const auto = exportArticle('a.txt', TEXT, sha256(TEXT), analysis, undefined, true).item.annotations.filter((a) => a.label === 'number');
    assert.ok(auto.length >= 2);
    for (const a of auto) assert.equal(a.numberKind, kinds.get(a.text), a.text);
    const sidecar: Sidecar = {
      ...emptySidecar('a.txt'),
      annotations: [annotation(TEXT, '12%', 'n', 0, { label: 'number', status: 'accepted' }), annotation(TEXT, 'this year', 'y', 0, { label: 'number' })],
    };
    const mine = exportArticle('a.txt', TEXT, sha256(TEXT), analysis, sidecar, false).item.annotations;
    assert.equal(mine.find((a) => a.id === 'n')?.numberKind, 'percent');
    // No number the engine found on that span: no kind is made up.
    assert.equal(mine.find((a) => a.id === 'y')?.numberKind, undefined);
  });

  it('brat: an A line per kind, declared with its values in annotation.conf, which the validator checks', () => {
    const out = files('brat');
    const ann = out.get('a.ann')!.split('\n');
    const tOf = (s: string) => ann.find((l) => l.endsWith(`\t${s}`))!.split('\t')[0];
    assert.ok(ann.includes(`A1\tNumberKind ${tOf('12%')} percent`), out.get('a.ann'));
    assert.ok(ann.includes(`A2\tNumberKind ${tOf('300')} count`));
    assert.equal(ann.filter((l) => l.startsWith('A')).length, 2);
    assert.match(out.get('annotation.conf')!, /\[attributes\]\nNumberKind\tArg:number, Value:count\|percent\n/);
    assert.deepEqual(FORMATS.brat.validate(out, [ITEM]), []);
    const bad = new Map(out);
    bad.set('a.ann', out.get('a.ann') + 'A3\tNumberKind T1 money\nA4\tNumberKind T9 count\n');
    assert.deepEqual(FORMATS.brat.validate(bad, [ITEM]), ['a.ann line 6: money is not a value annotation.conf declares for NumberKind', 'a.ann line 7: attribute of T9, which is not defined above']);
  });

  it('brat: importing an export back reads the spans and says the kinds are not kept', () => {
    const back = FORMATS.brat.import!(files('brat'), new Map([['a.txt', TEXT]]))[0];
    assert.equal(back.annotations.length, 3);
    assert.deepEqual(back.notImported?.map((n) => [n.kind, n.count]), [['attribute', 2]]);
  });

  it('w3c: a classifying body with the kind, on numbers only', () => {
    const doc = JSON.parse(files('w3c').get([...files('w3c').keys()][0])!) as { first: { items: { body: { purpose: string; value: string }[]; target: { selector: { type: string; exact?: string }[] } }[] } };
    const classes = new Map(doc.first.items.map((a) => [a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact, a.body.filter((b) => b.purpose === 'classifying').map((b) => b.value)]));
    assert.deepEqual(classes.get('12%'), ['percent']);
    assert.deepEqual(classes.get('300'), ['count']);
    assert.deepEqual(classes.get('Prices'), []);
    assert.deepEqual(FORMATS.w3c.validate(files('w3c'), [ITEM]), []);
  });

  it('jsonl: the annotation’s numberKind', () => {
    const line = JSON.parse(files('jsonl').get('annotations.jsonl')!.trim()) as { annotations: { id: string; numberKind?: string }[] };
    assert.deepEqual(line.annotations.map((a) => [a.id, a.numberKind ?? null]), [['p', 'percent'], ['c', 'count'], ['x', null]]);
  });

  it('webanno-tsv: a numberKind feature column, `*` on spans without a kind', () => {
    const tsv = files('webanno-tsv').get('a.tsv')!;
    assert.match(tsv, /^#T_SP=webanno\.custom\.CorpusAnnotation\|label\|note\|numberKind$/m);
    const row = (token: string) => tsv.split('\n').find((l) => l.split('\t')[2] === token)!.split('\t');
    assert.deepEqual(row('12').slice(3, 6), ['number[1]', '*[1]', 'percent[1]']);
    assert.deepEqual(row('300').slice(3, 6), ['number', '*', 'count']);
    assert.deepEqual(row('Prices').slice(3, 6), ['person', '*', '*']);
    assert.deepEqual(FORMATS['webanno-tsv'].validate(files('webanno-tsv'), [ITEM]), []);
  });

  it('csv: a number kind column on the annotations sheet', () => {
    const sheet = files('csv').get('annotations.csv')!.split('\r\n');
    assert.equal(sheet[0].split(',').pop(), 'number kind');
    assert.deepEqual(sheet.slice(1, 4).map((r) => [r.split(',')[2], r.split(',').pop()]), [['p', 'percent'], ['c', 'count'], ['x', '']]);
  });
});
