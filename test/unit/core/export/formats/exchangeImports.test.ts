import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SidecarStore } from '../../../../../src/core/annotations/sidecarStore';
import { FORMATS } from '../../../../../src/core/export/formats';
import { exportedFiles } from '../exportFixtures';
import { formatImportReport, importCorpus, importFailure } from '../../../../../src/core/export/importCorpus';

// Label Studio's own end-to-end test counts code points: "test" is 21–25 here.
const LS_TEXT = '🐱 Warning: This is a test text';
const TEXT = 'Kyiv 😀 — Oleksii Reznikov said:\r\n“We hold Bakhmut.” Zelensky agreed.\r\n';
const units = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];
const points = (s: string) => units(s).map((u) => [...TEXT.slice(0, u)].length);
const spans = (xs: { label: string; start: number; end: number }[], text: string) => xs.map((x) => `${x.label}:${text.slice(x.start, x.end)}`).sort();

describe('importing other tools’ files as they write them', () => {
  const only = (format: string, files: Record<string, string>, texts: Record<string, string> = { 'a.txt': TEXT }) => FORMATS[format].import!(new Map(Object.entries(files)), new Map(Object.entries(texts)));

  describe('Label Studio', () => {
    it('reads code-point offsets (its own test: "test" at 21–25 after an emoji)', () => {
      const task = { id: 1, data: { text: LS_TEXT }, annotations: [{ result: [{ id: 'x', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 21, end: 25, labels: ['claim'] } }] }] };
      const [doc] = only('label-studio', { 'p.json': JSON.stringify([task]) });
      assert.equal(LS_TEXT.slice(doc.annotations[0].start, doc.annotations[0].end), 'test');
    });

    it('reads every annotation with its annotator, skips cancelled ones with a count, and predictions as suggestions', () => {
      const result = (s: string, label: string, id: string) => ({ id, from_name: 'label', to_name: 'text', type: 'labels', value: { start: points(s)[0], end: points(s)[1], text: s, labels: [label] } });
      const task = {
        id: 7,
        data: { text: TEXT },
        annotations: [
          { id: 1, completed_by: { id: 3, email: 'anna@example.org' }, result: [result('Oleksii Reznikov', 'person', 'a'), result('“We hold Bakhmut.”', 'quote', 'b'), { type: 'relation', from_id: 'b', to_id: 'a', labels: ['speaker'] }] },
          { id: 2, completed_by: 4, result: [result('Zelensky', 'person', 'c'), { type: 'choices', value: { choices: ['war'] } }] },
          { id: 3, completed_by: 5, was_cancelled: true, result: [result('Kyiv', 'place', 'd')] },
        ],
        predictions: [{ model_version: 'ner-1', result: [result('Kyiv', 'place', 'e')] }],
      };
      const [doc] = only('label-studio', { 'project-3-at-2026.json': JSON.stringify([task]) });
      assert.deepEqual(
        doc.annotations.map((a) => `${a.label}:${TEXT.slice(a.start, a.end)}:${a.annotator ?? ''}:${a.suggested ? 'suggested' : 'person'}`),
        ['person:Oleksii Reznikov:anna@example.org:person', 'quote:“We hold Bakhmut.”:anna@example.org:person', 'person:Zelensky:label-studio-user-4:person', 'place:Kyiv::suggested'],
      );
      assert.deepEqual(doc.annotations[1].links, [{ type: 'speaker', to: 'a' }]);
      assert.deepEqual(
        doc.notImported?.map((x) => `${x.count} ${x.kind}`),
        ['1 choices result', '1 cancelled annotation'],
      );
    });

    it('reads JSON-MIN with the spans under the from_name key, and the older "completions"', () => {
      const min = [{ id: 1, text: TEXT, ner: [{ start: points('Zelensky')[0], end: points('Zelensky')[1], text: 'Zelensky', labels: ['person'] }], annotator: 'anna@example.org' }];
      const [a] = only('label-studio', { 'min.json': JSON.stringify(min) });
      assert.deepEqual(spans(a.annotations, TEXT), ['person:Zelensky']);
      assert.equal(a.annotations[0].annotator, 'anna@example.org');
      const old = { data: { text: TEXT }, completions: [{ result: [{ type: 'labels', value: { start: points('Kyiv')[0], end: points('Kyiv')[1], labels: ['place'] } }] }] };
      const [b] = only('label-studio', { 'old.json': JSON.stringify(old) });
      assert.deepEqual(spans(b.annotations, TEXT), ['place:Kyiv']);
    });

    it('says what is wrong with junk, never a TypeError', () => {
      for (const junk of ['[null]', '[1]', '"tasks"', '[{}]', '[{"data": {"text": "x"}, "annotations": [null]}]', 'null']) {
        assert.throws(
          () => only('label-studio', { 'x.json': junk }),
          (e: Error) => !(e instanceof TypeError) && /x\.json.*(not a Label Studio task|without a result list|has no data\.text)/.test(e.message),
          junk,
        );
      }
    });
  });

  describe('brat', () => {
    const ANN = [
      `T1\tperson ${points('Oleksii Reznikov').join(' ')}\tOleksii Reznikov`,
      `T2\tquote ${points('“We hold Bakhmut.”').join(' ')}\t“We hold Bakhmut.”`,
      // A discontinuous span: "Oleksii" … "said".
      `T3\tclaim ${points('Oleksii').join(' ')};${points('said').join(' ')}\tOleksii said`,
      `R1\tspeaker Arg1:T2 Arg2:T1\t`,
      `R2\tMentions Arg1:T3 Arg2:T1\t`,
      `E1\tSay:T3 Agent:T1`,
      `A1\tNegated E1`,
      `N1\tReference T1 Wikidata:Q1\tReznikov`,
      `#1\tAnnotatorNotes T1\tdefence minister`,
    ].join('\r\n');

    it('reads a CRLF .ann whole: notes, links, discontinuous fragments; counts what it cannot hold by kind', () => {
      const [doc] = only('brat', { 'a.ann': ANN });
      const byText = new Map(doc.annotations.map((a) => [TEXT.slice(a.start, a.end), a]));
      assert.equal(byText.get('Oleksii Reznikov')?.note, 'defence minister', 'the note survives the \\r');
      assert.deepEqual(byText.get('“We hold Bakhmut.”')?.links, [{ type: 'speaker', to: 'T1' }]);
      const claim = doc.annotations.filter((a) => a.label === 'claim');
      assert.deepEqual(claim.map((a) => TEXT.slice(a.start, a.end)), ['Oleksii', 'said'], 'fragments kept apart, not one span across the gap');
      assert.deepEqual(claim.map((a) => a.tags), [['fragment 1 of 2 of brat T3'], ['fragment 2 of 2 of brat T3']]);
      assert.deepEqual(doc.notImported?.map((x) => `${x.count} ${x.kind}`).sort(), ['1 attribute', '1 event', '1 normalisation', '1 relation']);
    });

    it('joins fragments that only a line break separates (brat splits spans there)', () => {
      const s = TEXT.indexOf('said:');
      const line = `T1\tquote ${[...TEXT.slice(0, s)].length} ${[...TEXT.slice(0, s + 5)].length};${points('“We hold')[0]} ${points('“We hold')[1]}\tsaid: “We hold`;
      const [doc] = only('brat', { 'a.ann': line });
      assert.equal(doc.annotations.length, 1);
      assert.equal(TEXT.slice(doc.annotations[0].start, doc.annotations[0].end), 'said:\r\n“We hold');
    });
  });

  describe('W3C Web Annotation', () => {
    const anno = (extra: object = {}) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno23',
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'person' },
      target: { source: 'http://example.org/corpus/a.txt', selector: { type: 'TextQuoteSelector', exact: 'Zelensky', prefix: '” ', suffix: ' agreed' } },
      ...extra,
    });
    it('takes a single annotation with its selector as one object, a page, a collection and a plain list', () => {
      const shapes: Record<string, unknown> = {
        single: anno(),
        page: { type: 'AnnotationPage', items: [anno()] },
        collection: { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [anno()] } },
        list: [anno()],
      };
      for (const [name, doc] of Object.entries(shapes)) {
        const [a] = only('w3c', { 'x.jsonld': JSON.stringify(doc) });
        assert.deepEqual(spans(a.annotations, TEXT), ['person:Zelensky'], name);
      }
    });

    it('finds the article of an annotation without a source by its quote; reports the ones it cannot place', () => {
      const sourceless = (exact: string) => anno({ target: { selector: [{ type: 'TextQuoteSelector', exact }] } });
      const docs = only('w3c', { 'x.json': JSON.stringify([sourceless('Zelensky'), sourceless('Vilnius')]) }, { 'a.txt': TEXT, 'b.txt': 'Nothing here.' });
      assert.equal(docs[0].article, 'a.txt');
      assert.deepEqual(spans(docs[0].annotations, TEXT), ['person:Zelensky']);
      assert.deepEqual(docs[0].notImported?.map((x) => `${x.count} ${x.kind}`), ['1 annotation without a source']);
    });

    it('reads a linking annotation (Recogito’s shape: two targets by id, the type as a tagging body) as a link; other link types are counted', () => {
      const quote = anno({ id: 'http://example.org/q', body: { type: 'TextualBody', purpose: 'tagging', value: 'quote' }, target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: '“We hold Bakhmut.”' } } });
      const link = (value: string, to: string) => ({ type: 'Annotation', motivation: 'linking', body: [{ type: 'TextualBody', purpose: 'tagging', value }], target: [{ id: 'http://example.org/q' }, to] });
      const [doc] = only('w3c', { 'x.jsonld': JSON.stringify([anno(), quote, link('speaker', 'http://example.org/anno23'), link('cites', 'http://example.org/anno23')]) });
      const byText = new Map(doc.annotations.map((a) => [TEXT.slice(a.start, a.end), a]));
      assert.deepEqual(byText.get('“We hold Bakhmut.”')?.links, [{ type: 'speaker', to: 'http://example.org/anno23' }]);
      assert.equal(byText.get('Zelensky')?.ref, 'http://example.org/anno23');
      assert.deepEqual(doc.notImported?.map((x) => `${x.count} ${x.kind}`), ['1 link']);
    });

    it('an export reads back with its links', () => assertLinksReadBack('w3c'));
  });

  describe('WebAnno TSV (INCEpTION)', () => {
    it('reads INCEpTION’s annotation/<document>/<user>.tsv with its named-entity layer; counts relation layers', () => {
      const [s, e] = units('Zelensky');
      const tsv = [
        '#FORMAT=WebAnno TSV 3.3',
        '#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value',
        '#T_RL=webanno.custom.Rel|kind|BT_de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity',
        '',
        '',
        '#Text=“We hold Bakhmut.” Zelensky agreed.',
        `2-1\t${s}-${e}\tZelensky\t*\tPER\trel\t2-2`,
        `2-2\t${e + 1}-${e + 7}\tagreed\t_\t_\t_\t_`,
        '',
      ].join('\n');
      const [doc] = only('webanno-tsv', { 'annotation/a.txt/alice.tsv': tsv });
      assert.equal(doc.article, 'a.txt');
      assert.equal(doc.sourceText, undefined, 'the tokens sit where the article has them');
      assert.deepEqual(doc.annotations.map((a) => `${a.label}:${TEXT.slice(a.start, a.end)}:${a.annotator}`), ['PER:Zelensky:alice']);
      assert.deepEqual(doc.notImported?.map((x) => `${x.count} ${x.kind}`), ['1 relation']);
    });

    it('reads a speaker relation as INCEpTION writes one (governor’s first token and both numbers on the dependent’s row) as a link', () => {
      const [qs, qe] = units('“We hold Bakhmut.”');
      const [zs, ze] = units('Zelensky');
      const [as, ae] = units('agreed');
      const tsv = [
        '#FORMAT=WebAnno TSV 3.3',
        '#T_SP=webanno.custom.Span|value',
        '#T_RL=webanno.custom.Link|type|BT_webanno.custom.Span',
        '',
        '',
        '#Text=“We hold Bakhmut.” Zelensky agreed.',
        `2-1\t${qs}-${qs + 1}\t“\tquote[1]\t_\t_\t`,
        `2-2\t${qs + 1}-${qe}\tWe hold Bakhmut.”\tquote[1]\t_\t_\t`,
        `2-3\t${zs}-${ze}\tZelensky\tperson\tspeaker|colleague\t2-1[1_0]|2-1[1_0]\t`,
        `2-4\t${as}-${ae}\tagreed\t_\t_\t_\t`,
        '',
      ].join('\n');
      const [doc] = only('webanno-tsv', { 'a.tsv': tsv });
      const quote = doc.annotations.find((a) => a.label === 'quote')!;
      const person = doc.annotations.find((a) => a.label === 'person')!;
      assert.equal(TEXT.slice(quote.start, quote.end), '“We hold Bakhmut.”');
      assert.ok(person.ref, 'the linked-to span has a ref');
      assert.deepEqual(quote.links, [{ type: 'speaker', to: person.ref }]);
      assert.deepEqual(doc.notImported?.map((x) => `${x.count} ${x.kind}: ${x.reason}`), ["1 relation: relation type colleague has no counterpart (links are a quotation's speaker and a claim's source)"]);
    });

    it('an exported file reads back with its links', () => assertLinksReadBack('webanno-tsv'));

    it('refuses a file that is not WebAnno TSV by name', () => {
      assert.throws(() => only('webanno-tsv', { 'x.tsv': 'a\tb\n' }), /x\.tsv is not WebAnno TSV 3/);
    });
  });
});

describe('an import reports what it could not bring in, and fails when it brought in nothing', () => {
  let root: string;
  let article: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-exchange-'));
    article = path.join(root, 'a.txt');
    fs.writeFileSync(article, TEXT);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('counts by kind; --strict fails on them; suggestions are stored as suggested, links as relations', async () => {
    const ann = [`T1\tperson ${points('Oleksii Reznikov').join(' ')}\tOleksii Reznikov`, `T2\tquote ${points('“We hold Bakhmut.”').join(' ')}\tx`, 'R1\tspeaker Arg1:T2 Arg2:T1\t', 'E1\tSay:T2', 'E2\tSay:T2', 'R2\tOther Arg1:T2 Arg2:T1'].join('\n');
    const report = await importCorpus('brat', new Map([['a.ann', ann]]), [article]);
    const text = formatImportReport(report);
    assert.match(text, /^2 events, 1 relation not imported:$/m);
    assert.match(text, /^ {4}2 events: this project has no events$/m);
    assert.equal(importFailure(report, false), undefined);
    assert.match(importFailure(report, true)!, /3 items skipped or not imported.*--strict/);
    const back = await new SidecarStore().load(article);
    assert.ok(back.state === 'ok');
    if (back.state !== 'ok') return;
    const quote = back.sidecar.annotations.find((a) => a.label === 'quote')!;
    const person = back.sidecar.annotations.find((a) => a.label === 'person')!;
    assert.deepEqual(quote.relations, [{ type: 'speaker', to: person.id }]);

    const task = { data: { text: TEXT, article: 'a.txt' }, predictions: [{ result: [{ type: 'labels', value: { start: points('Kyiv')[0], end: points('Kyiv')[1], labels: ['place'] } }] }] };
    const suggested = await importCorpus('label-studio', new Map([['t.json', JSON.stringify([task])]]), [article]);
    assert.equal(suggested.articles[0].added[0].status, 'suggested');
    assert.match(formatImportReport(suggested), /1 imported \(1 as suggestions for review\)/);
  });

  it('fails when the file held annotations and none was imported, and when it held none', async () => {
    const elsewhere = await importCorpus('doccano', new Map([['x.jsonl', JSON.stringify({ text: 'another text entirely', label: [[0, 7, 'place']] })]]), [article], { dryRun: true });
    assert.match(importFailure(elsewhere, false)!, /held 1 item and none was imported/);
    const empty = await importCorpus('doccano', new Map([['x.jsonl', JSON.stringify({ text: TEXT, label: [] })]]), [article], { dryRun: true });
    assert.equal(importFailure(empty, false), 'the file held no annotations');
    await assert.rejects(importCorpus('brat', new Map([['notes.txt', 'hello']]), [article]), /no \.ann file/);
  });
});

/** A quotation's speaker and a claim's source, exported in a format and imported again: both links come back, nothing is left out. */
function assertLinksReadBack(format: string) {
  const text = '“We hold Bakhmut,” said Oleksii Reznikov. Kyiv agreed.';
  const at = (x: string) => ({ start: text.indexOf(x), end: text.indexOf(x) + x.length, text: x });
  const item = {
    article: 'a.txt',
    text,
    sha256: '',
    date: null,
    annotations: [
      { id: 'q', label: 'quote', status: 'manual' as const, relations: [{ type: 'speaker' as const, to: 'r' }], ...at('“We hold Bakhmut,”') },
      { id: 'r', label: 'person', status: 'manual' as const, ...at('Oleksii Reznikov') },
      { id: 'c', label: 'claim', status: 'manual' as const, relations: [{ type: 'source' as const, to: 'k' }], ...at('Kyiv agreed.') },
      { id: 'k', label: 'place', status: 'manual' as const, ...at('Kyiv') },
    ],
  };
  const files = exportedFiles(format, [item]);
  assert.deepEqual(FORMATS[format].validate(files, [item]), []);
  const [doc] = FORMATS[format].import!(files, new Map([['a.txt', text]]));
  const byText = new Map(doc.annotations.map((a) => [text.slice(a.start, a.end), a]));
  assert.deepEqual(byText.get('“We hold Bakhmut,”')?.links, [{ type: 'speaker', to: byText.get('Oleksii Reznikov')!.ref }]);
  assert.deepEqual(byText.get('Kyiv agreed.')?.links, [{ type: 'source', to: byText.get('Kyiv')!.ref }]);
  assert.equal(doc.notImported?.length ?? 0, 0);
}
