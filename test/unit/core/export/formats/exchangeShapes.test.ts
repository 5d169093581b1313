import * as assert from 'node:assert/strict';
import { sha256 } from '../../../../../src/core/analyze';
import { FORMATS, formatNamed } from '../../../../../src/core/export/formats';
import { textInceptionRebuilds } from '../../../../../src/core/export/formats/webannoTsv';
import type { ExportArticle } from '../../../../../src/core/export/items';
import { exportedFiles, spanIn } from '../exportFixtures';

// The shapes other tools' own files and readers have, made here with the project's
// own text: an emoji (two UTF-16 units, one code point), a combining mark, CRLF line
// ends and a U+2028 line separator inside a quotation.
const TEXT = 'Kyiv 😀 — Zoe\u0308 said:\r\n“We hold Bakhmut.\u2028The line holds.” Oleksii Reznikov agreed.\r\n';
const at = spanIn(TEXT);
const ITEM: ExportArticle = {
  article: 'a.txt',
  text: TEXT,
  sha256: sha256(TEXT),
  date: null,
  annotations: [
    { id: 'p', label: 'person', status: 'manual', annotator: 'alice', ...at('Zoe\u0308') },
    { id: 'q', label: 'quote', status: 'manual', annotator: 'alice', relations: [{ type: 'speaker', to: 'r' }], ...at('“We hold Bakhmut.\u2028The line holds.”') },
    { id: 'r', label: 'person', status: 'manual', annotator: 'alice', ...at('Oleksii Reznikov') },
    { id: 'r2', label: 'person', status: 'manual', annotator: 'bob', ...at('Oleksii Reznikov') },
    { id: 'k', label: 'place', status: 'unreviewed', ...at('Kyiv') },
  ],
};
const files = (format: string) => exportedFiles(format, [ITEM]);

describe('exchange with other tools: the shapes their readers accept', () => {
  it('every format validates the fixture (emoji, combining mark, CRLF, U+2028)', () => {
    for (const [name, f] of Object.entries(FORMATS)) assert.deepEqual(f.validate(new Map(f.export([ITEM]).map((x) => [x.path, x.content])), [ITEM]), [], name);
  });

  it('brat: annotation.conf allows overlaps and declares the relations; links are R lines; U+2028 ends a fragment', () => {
    const out = files('brat');
    const conf = out.get('annotation.conf')!;
    assert.match(conf, /^<OVERLAP> Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>$/m);
    assert.match(conf, /^speaker\tArg1:quote, Arg2:person$/m);
    const ann = out.get('a.ann')!;
    const quote = ann.split('\n').find((l) => l.includes('\tquote '))!;
    assert.ok(!quote.includes('\u2028'), 'brat (Python) would read the rest of the line as a line of its own');
    const [, head] = quote.split('\t');
    assert.equal(head.split(';').length, 2, 'two fragments, split at the line separator');
    const tOf = (s: string) => ann.split('\n').find((l) => l.endsWith(`\t${s}`))!.split('\t')[0];
    assert.match(ann, new RegExp(`^R1\\tspeaker Arg1:${tOf(quote.split('\t')[2])} Arg2:${tOf('Oleksii Reznikov')}\\t$`, 'm'));
    // Code points: the emoji counts one, the combining mark one.
    const cp = [...TEXT];
    const person = ann.split('\n').find((l) => l.endsWith('\tZoe\u0308'))!;
    const [s, e] = person.split('\t')[1].split(' ').slice(1).map(Number);
    assert.equal(cp.slice(s, e).join(''), 'Zoe\u0308');
    assert.equal(s, TEXT.indexOf('Zoe') - 1);
  });

  it('Label Studio: tasks with ids, code-point offsets, one annotation per annotator, findings as predictions', () => {
    const [task] = JSON.parse(files('label-studio').get('label-studio.json')!);
    assert.equal(task.id, 1);
    assert.deepEqual(task.annotations.map((a: { completed_by: { email: string } }) => a.completed_by.email), ['alice', 'bob']);
    assert.deepEqual(task.predictions[0].result.map((r: { value: { labels: string[] } }) => r.value.labels[0]), ['place']);
    const alice = task.annotations[0].result;
    const rez = alice.find((r: { value?: { text: string } }) => r.value?.text === 'Oleksii Reznikov');
    assert.equal([...TEXT].slice(rez.value.start, rez.value.end).join(''), 'Oleksii Reznikov');
    assert.equal(rez.value.start, TEXT.indexOf('Oleksii') - 1, 'one less than the UTF-16 offset: the emoji is one code point');
    assert.ok(alice.some((r: { type: string; labels?: string[] }) => r.type === 'relation' && r.labels?.[0] === 'speaker'));
  });

  it('doccano: offsets are UTF-16 code units', () => {
    const line = JSON.parse(files('doccano').get('doccano.jsonl')!.trim());
    const [s, e] = line.label.find((l: [number, number, string]) => l[2] === 'quote');
    assert.equal(TEXT.slice(s, e), '“We hold Bakhmut.\u2028The line holds.”');
  });

  it('W3C: the source is an IRI; prefix and suffix never hold half of a surrogate pair', () => {
    // 32 units before "x" start inside the emoji's pair.
    const text = `😀${'a'.repeat(31)}x${'b'.repeat(31)}😀`;
    const item: ExportArticle = { article: 'b c.txt', text, sha256: sha256(text), date: null, annotations: [{ id: 'x', label: 'place', status: 'manual', start: 33, end: 34, text: 'x' }] };
    const doc = JSON.parse(FORMATS.w3c.export([item])[0].content);
    const a = doc.first.items[0];
    assert.equal(a.target.source, 'urn:corpus-annotator:article:b%20c.txt');
    const quote = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
    assert.equal(quote.prefix, 'a'.repeat(31));
    assert.equal(quote.suffix, 'b'.repeat(31));
    assert.equal(doc.first.id, 'urn:corpus-annotator:export:page-1');
  });

  it("'webanno' still names the W3C format, with a warning that it is deprecated", () => {
    const named = formatNamed('webanno')!;
    assert.equal(named.format.name, 'w3c');
    assert.match(named.warning!, /deprecated.*'w3c'.*'webanno-tsv'/);
    assert.equal(formatNamed('w3c')!.warning, undefined);
    assert.equal(formatNamed('inception'), undefined);
  });

  it('CoNLL: -DOCSTART- by default, none with docstart: false (doccano reads every non-blank line as token and tag)', () => {
    assert.match(FORMATS.conll.export([ITEM])[0].content, /^-DOCSTART- /);
    const plain = FORMATS.conll.export([ITEM], { docstart: false })[0].content;
    assert.ok(!plain.includes('-DOCSTART-'));
    for (const line of plain.split('\n').filter(Boolean)) assert.equal(line.split('\t').length, 2, line);
    assert.deepEqual(FORMATS.conll.validate(new Map([['entities.conll', plain]]), [ITEM], { docstart: false }), []);
    assert.ok(FORMATS.conll.validate(new Map([['entities.conll', plain]]), [ITEM]).some((p) => /0 -DOCSTART- lines for 1 articles/.test(p)));
  });

  it('WebAnno TSV: stacked and multi-token spans carry their number; UTF-16 offsets slice the tokens', () => {
    const tsv = files('webanno-tsv').get('a.tsv')!;
    assert.match(tsv, /^#FORMAT=WebAnno TSV 3\.3\n#T_SP=webanno\.custom\.CorpusAnnotation\|label\|note\|numberKind\n/);
    const rows = tsv.split('\n').filter((l) => /^\d+-\d+\t/.test(l));
    for (const r of rows) {
      const [, offsets, token] = r.split('\t');
      const [s, e] = offsets.split('-').map(Number);
      assert.equal(TEXT.slice(s, e), token);
    }
    const oleksii = rows.find((r) => r.split('\t')[2] === 'Oleksii')!;
    assert.match(oleksii.split('\t')[3], /^person\[\d+\]\|person\[\d+\]$/, 'alice and bob both marked him: stacked');
    // The speaker link: on the person's first token, naming the quotation's first token and both numbers (governor_dependent).
    assert.match(tsv, /^#T_RL=webanno\.custom\.CorpusLink\|type\|BT_webanno\.custom\.CorpusAnnotation$/m);
    const quoteRow = rows.find((r) => r.split('\t')[2] === '“')!;
    const quoteNumber = /quote\[(\d+)\]/.exec(quoteRow)![1];
    const aliceNumber = /^person\[(\d+)\]/.exec(oleksii.split('\t')[3])![1];
    assert.deepEqual(oleksii.split('\t').slice(6, 8), ['speaker', `${quoteRow.split('\t')[0]}[${quoteNumber}_${aliceNumber}]`]);
  });

  it('WebAnno TSV: INCEpTION rebuilds the text from the #Text lines with every token at its offsets (leading spaces, CRLF inside a span, tab, backslash, control character)', () => {
    const text = '  Lead para\\graph by Ann Lee.\r\n\tSecond\tline \u0001 says “a quote\r\nover two lines” here.\r\n';
    const span = (s: string, label: string) => ({ id: s, label, status: 'manual' as const, start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const item: ExportArticle = {
      article: 'b.txt',
      text,
      sha256: sha256(text),
      date: null,
      annotations: [span('Ann Lee', 'person'), span('“a quote\r\nover two lines”', 'quote'), { ...span('Lead', 'claim'), note: 'a\r\nnote' }],
    };
    const tsv = FORMATS['webanno-tsv'].export([item])[0].content;
    assert.deepEqual(FORMATS['webanno-tsv'].validate(new Map([['b.tsv', tsv]]), [item]), []);
    assert.match(tsv, /^#Text=Lead para\\\\graph by Ann Lee\.$/m, 'the first sentence starts at its first token; a backslash is doubled');
    assert.match(tsv, /^#Text=Second\\tline \\\u0001 says “a quote\\r$/m, 'tab and carriage return escaped as INCEpTION escapes them, split at the line feed');
    assert.ok(!tsv.includes('\r'), 'no raw carriage return: it would end the line for INCEpTION');
    assert.match(tsv, /\ta\\nnote(\[\d+\])?\t/, "a note's line break is written \\n");
    const rebuilt = textInceptionRebuilds(tsv);
    const rows = tsv.split('\n').filter((l) => /^\d+-\d+\t/.test(l));
    assert.ok(rows.length > 10);
    for (const r of rows) {
      const [, offsets, token] = r.split('\t');
      const [s, e] = offsets.split('-').map(Number);
      assert.equal(rebuilt.slice(s, e), token, `token ${r.split('\t')[0]} in the rebuilt text`);
    }
    assert.equal(rebuilt.slice(text.indexOf('“'), text.indexOf('”') + 1), '“a quote\r\nover two lines”', 'the line break inside the quotation keeps both characters');
  });

  it('WebAnno TSV: the validator rejects a file whose #Text lines would misplace the tokens in INCEpTION', () => {
    const text = '  Ann Lee spoke.';
    const item: ExportArticle = { article: 'c.txt', text, sha256: sha256(text), date: null, annotations: [{ id: 'p', label: 'person', status: 'manual', start: 2, end: 9, text: 'Ann Lee' }] };
    const good = FORMATS['webanno-tsv'].export([item])[0].content;
    const shifted = good.replace('#Text=Ann Lee spoke.', '#Text=  Ann Lee spoke.');
    assert.notEqual(shifted, good);
    assert.match(FORMATS['webanno-tsv'].validate(new Map([['c.tsv', shifted]]), [item]).join('\n'), /tokens are not at their offsets in the text INCEpTION rebuilds/);
  });
});

