import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sha256 } from '../../../../src/core/analyze';
import { emptySidecar, serializeSidecar } from '../../../../src/core/annotations/sidecar';
import { SidecarStore } from '../../../../src/core/annotations/sidecarStore';
import type { Sidecar } from '../../../../src/core/annotations/schema';
import { FORMATS } from '../../../../src/core/export/formats';
import { formatImportReport, IMPORT_FORMATS, importCorpus, importFailure, type ArticleImport, type ImportReport } from '../../../../src/core/export/importCorpus';
import { nodeWriteIo, type WriteIo } from '../../../../src/core/util/atomicWrite';
import { importInto, locateSpans } from '../../../../src/core/export/importAnnotations';
import type { ImportedArticle } from '../../../../src/core/export/formats';
import { exportArticle } from '../../../../src/core/export/items';
import { annotation } from '../annotations/fixtures';
import { exportedFiles } from './exportFixtures';

// An emoji makes code-point offsets differ from UTF-16 ones; the quote spans a line break.
const TEXT = 'Kyiv 🇺🇦 says Oleksii Reznikov, "the minister,\nsaid so" about 500,000 troops.\r\nMoscow denied it.\n';
const SIDECAR: Sidecar = {
  ...emptySidecar('a.txt'),
  annotations: [
    annotation(TEXT, 'Oleksii Reznikov', 'r', 0, { note: 'defence minister, "quoted"' }),
    annotation(TEXT, '"the minister,\nsaid so"', 'q', 0, { label: 'quote', status: 'accepted' }),
    annotation(TEXT, '500,000', 'n', 0, { label: 'number' }),
    annotation(TEXT, 'Moscow', 'm', 0, { label: 'place' }),
  ],
};

const spans = (s: Sidecar) => s.annotations.map((a) => `${a.label}:${a.target.start}-${a.target.end}:${a.note ?? ''}`).sort();

function exported(format: string, text = TEXT): Map<string, string> {
  const { item } = exportArticle('a.txt', text, sha256(text), undefined, SIDECAR, false);
  return exportedFiles(format, [item]);
}

describe('importCorpus', () => {
  let root: string;
  let article: string;
  const store = new SidecarStore();
  const sidecarFile = () => article.replace(/\.txt$/, '.annotations.json');
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-import-'));
    article = path.join(root, 'a.txt');
    fs.writeFileSync(article, TEXT);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  for (const format of IMPORT_FORMATS) {
    it(`${format}: export then import into an unannotated copy gives the same annotations back`, async () => {
      const report = await importCorpus(format, exported(format), [article]);
      assert.deepEqual(report.written, [sidecarFile()]);
      assert.equal(report.articles[0].imported, 4);
      const back = await store.load(article);
      assert.equal(back.state, 'ok');
      if (back.state !== 'ok') return;
      // doccano's sequence-labelling format has no place for notes.
      const expected = spans(format === 'doccano' ? { ...SIDECAR, annotations: SIDECAR.annotations.map(({ note: _, ...a }) => a) } : SIDECAR);
      assert.deepEqual(spans(back.sidecar), expected);
      assert.ok(back.sidecar.annotations.every((a) => a.status === 'manual' && a.target.exact === TEXT.slice(a.target.start, a.target.end)));
    });
  }

  it('importing the same file twice adds nothing and leaves the sidecar byte for byte', async () => {
    await importCorpus('brat', exported('brat'), [article]);
    const before = fs.readFileSync(sidecarFile(), 'utf8');
    const again = await importCorpus('brat', exported('brat'), [article]);
    assert.equal(again.articles[0].imported, 0);
    assert.equal(again.articles[0].merged, 4);
    assert.deepEqual(again.written, []);
    assert.equal(fs.readFileSync(sidecarFile(), 'utf8'), before);
  });

  it('with an annotator named, the same span by another person is imported as that person\'s, not counted as already there', async () => {
    await importCorpus('brat', exported('brat'), [article], { annotator: 'anna' });
    const ben = await importCorpus('brat', exported('brat'), [article], { annotator: 'ben' });
    assert.equal(ben.articles[0].imported, 4);
    const again = await importCorpus('brat', exported('brat'), [article], { annotator: 'ben' });
    assert.equal(again.articles[0].merged, 4);
    const back = await store.load(article);
    assert.ok(back.state === 'ok');
    if (back.state === 'ok') assert.deepEqual(back.sidecar.annotations.map((a) => a.annotator).sort(), ['anna', 'anna', 'anna', 'anna', 'ben', 'ben', 'ben', 'ben']);
  });

  it('never relabels: a span annotated here with another label keeps it, and the imported label goes beside it', async () => {
    const mine = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Moscow', 'mine', 0, { label: 'organization', note: 'mine' })] };
    fs.writeFileSync(sidecarFile(), serializeSidecar(mine));
    const report = await importCorpus('label-studio', exported('label-studio'), [article]);
    assert.equal(report.articles[0].imported, 4);
    const back = await store.load(article);
    assert.equal(back.state, 'ok');
    if (back.state !== 'ok') return;
    assert.deepEqual(back.sidecar.annotations.find((a) => a.id === 'mine'), mine.annotations[0]);
    assert.deepEqual(back.sidecar.annotations.filter((a) => a.target.exact === 'Moscow').map((a) => a.label).sort(), ['organization', 'place']);
  });

  it('finds spans again when the other tool annotated a different version of the text', async () => {
    const older = 'Update: edited.\n' + TEXT.replace('about', 'around');
    const files = exported('brat', older);
    const report = await importCorpus('brat', files, [article]);
    assert.equal(report.articles[0].imported, 4, JSON.stringify(report.articles[0].skipped));
    const back = await store.load(article);
    assert.ok(back.state === 'ok');
    if (back.state === 'ok') assert.deepEqual(spans(back.sidecar), spans(SIDECAR));
  });

  it('matches a Label Studio task without an article name by its text', async () => {
    const tasks = JSON.parse(exported('label-studio').get('label-studio.json')!) as { data: { article?: string } }[];
    delete tasks[0].data.article;
    const report = await importCorpus('label-studio', new Map([['project-3-at-2026-11-23.json', JSON.stringify(tasks)]]), [article]);
    assert.equal(report.articles[0].article, 'a.txt');
    assert.equal(report.articles[0].imported, 4);
  });

  it('reads doccano 1.x "entities" and Label Studio JSON-MIN, as those tools export them', async () => {
    const cp = (s: string) => [...TEXT.slice(0, TEXT.indexOf(s))].length;
    const doccano = JSON.stringify({ id: 7, text: TEXT, entities: [{ id: 1, label: 'place', start_offset: cp('Moscow'), end_offset: cp('Moscow') + 6 }] });
    const min = JSON.stringify([{ id: 3, text: TEXT, label: [{ start: TEXT.indexOf('Moscow'), end: TEXT.indexOf('Moscow') + 6, text: 'Moscow', labels: ['place'] }] }]);
    for (const [format, files] of [['doccano', new Map([['admin.jsonl', doccano]])], ['label-studio', new Map([['project-1-min.json', min]])]] as const) {
      const report = await importCorpus(format, files, [article], { dryRun: true });
      assert.equal(report.articles[0].article, 'a.txt', `${format}: matched by text`);
      assert.equal(report.articles[0].imported, 1, format);
    }
  });

  it('a dry run reports what would be imported and writes nothing', async () => {
    const report = await importCorpus('doccano', exported('doccano'), [article], { dryRun: true });
    assert.equal(report.articles[0].imported, 4);
    assert.deepEqual(report.written, []);
    assert.equal(fs.existsSync(sidecarFile()), false);
  });

  it('refuses an article whose sidecar is invalid, and an article not in the corpus, writing nothing', async () => {
    fs.writeFileSync(sidecarFile(), '{"version": 2, "annotations": [{"status": "maybe"}]}');
    const files = exported('jsonl');
    files.set('more.jsonl', JSON.stringify({ article: 'elsewhere.txt', annotations: [{ label: 'person', start: 0, end: 4 }] }));
    const report = await importCorpus('jsonl', files, [article]);
    assert.match(report.articles.find((a) => a.article === 'a.txt')!.refused!, /not valid/);
    assert.match(report.articles.find((a) => a.article === 'elsewhere.txt')!.refused!, /no article named elsewhere\.txt/);
    assert.equal(fs.readFileSync(sidecarFile(), 'utf8'), '{"version": 2, "annotations": [{"status": "maybe"}]}');
  });

  it('skips spans whose offsets do not fit the text, and says so', async () => {
    const line = JSON.stringify({ text: TEXT, label: [[0, 4, 'place'], [70, 999, 'number']], article: 'a.txt' });
    const report = await importCorpus('doccano', new Map([['x.jsonl', line]]), [article]);
    assert.equal(report.articles[0].imported, 1);
    assert.match(report.articles[0].skipped[0].reason, /do not fit the text/);
  });

  it('names the file and the shape expected when a file is not the format', async () => {
    await assert.rejects(importCorpus('label-studio', new Map([['x.json', '{"tasks": 1}']]), [article]), /x\.json is an object without text, not a Label Studio task/);
    await assert.rejects(importCorpus('webanno', new Map([['x.jsonld', '{oops']]), [article]), /x\.jsonld is not JSON/);
  });

  // Issue 30 #10: a label the schema refuses made the whole sidecar invalid, and every later edit refused.
  it('checks each annotation against the sidecar schema before writing, and says what it refused', async () => {
    const line = JSON.stringify({ text: TEXT, label: [[0, 4, 'place'], [5, 7, ''], [8, 12, 'person']], article: 'a.txt' });
    const report = await importCorpus('doccano', new Map([['x.jsonl', line]]), [article]);
    const a = report.articles[0];
    assert.equal(a.imported, 2);
    assert.deepEqual(a.skipped.map((x) => x.reason), ['not a valid annotation (label: Too small: expected string to have >=1 characters)']);
    const back = await store.load(article);
    assert.equal(back.state, 'ok', 'the sidecar written is valid');
  });

  it('refuses labels and notes that are not text, and offsets that are not whole numbers, from any importer', async () => {
    const raw = [
      { label: 'place', start: 0, end: 4 },
      { label: 123, start: 5, end: 7 },
      { label: 'person', start: 8, end: 12, note: { html: '<img>' } },
      { label: 'person', start: Number.NaN, end: 12 },
      { label: 'person', start: 1.5, end: 4 },
    ] as unknown as ImportedArticle['annotations'];
    const outcome = importInto(emptySidecar('a.txt'), TEXT, await locateSpans(TEXT, { article: 'a.txt', annotations: raw }));
    assert.equal(outcome.imported, 1);
    assert.deepEqual(outcome.skipped.map((x) => x.reason), ['the label 123 is not text', 'the note is not text', 'offsets NaN-12 do not fit the text (98 characters)', 'offsets 1.5-4 do not fit the text (98 characters)']);
  });

  it('takes spans from the first to the last character, and skips empty, reversed and out-of-text ones with the span they quote', async () => {
    const t = 'Kyiv and Moscow.';
    const raw = [
      { label: 'place', start: 0, end: 4 },
      { label: 'place', start: 9, end: 16 },
      { label: 'place', start: 9, end: 17 },
      { label: 'place', start: -1, end: 4 },
      { label: 'place', start: 4, end: 4 },
      { label: 'place', start: 5, end: 4 },
      { label: undefined, start: 9, end: 15 },
    ] as unknown as ImportedArticle['annotations'];
    const located = await locateSpans(t, { article: 'a.txt', annotations: raw });
    assert.deepEqual(located.spans.map((x) => t.slice(x.start, x.end)), ['Kyiv', 'Moscow.']);
    assert.deepEqual(located.skipped, [
      { reason: 'offsets 9-17 do not fit the text (16 characters)', text: '' },
      { reason: 'offsets -1-4 do not fit the text (16 characters)', text: '' },
      { reason: 'offsets 4-4 do not fit the text (16 characters)', text: '' },
      { reason: 'offsets 5-4 do not fit the text (16 characters)', text: '' },
      { reason: 'the label undefined is not text', text: 'Moscow' },
    ]);
  });

  it('finds spans made on another copy of the text, and says which it could not find', async () => {
    const source = 'Kyiv and Moscow.';
    const located = await locateSpans('Update: Kyiv and Moscow.', { article: 'a.txt', sourceText: source, annotations: [{ label: 'place', start: 0, end: 4 }] });
    assert.deepEqual(located.spans.map((x) => [x.start, x.end]), [[8, 12]]);
    const gone = await locateSpans('Nothing in common here at all, not a word.', { article: 'a.txt', sourceText: source, annotations: [{ label: 'place', start: 9, end: 15 }] });
    assert.deepEqual(gone, { spans: [], skipped: [{ reason: 'the other tool had a different text and this span is not in the article', text: 'Moscow' }] });
  });

  it('links an imported span to one already there, keeps its tags, and reports links to spans not imported', () => {
    const t = 'Reznikov said "we hold".';
    const there = annotation(t, 'Reznikov', 'old', 0);
    const sidecar = { ...emptySidecar('a.txt'), annotations: [there] };
    const quote = { label: 'quote', start: 14, end: 23, tags: ['direct'], ref: 'q', links: [{ type: 'speaker' as const, to: 'p' }] };
    const located = { spans: [{ label: 'person', start: 0, end: 8, ref: 'p' }, quote], skipped: [] };
    const outcome = importInto(sidecar, t, located);
    assert.equal(outcome.merged, 1);
    const [added] = outcome.added;
    assert.deepEqual([added.target.exact, added.tags, added.relations], ['"we hold"', ['direct'], [{ type: 'speaker', to: 'old' }]]);
    assert.deepEqual(outcome.skipped, []);
    const lost = importInto(emptySidecar('a.txt'), t, { spans: [{ ...quote, links: [{ type: 'speaker', to: 'x' }, { type: 'source', to: 'y' }] }], skipped: [] });
    assert.equal(lost.added[0].relations, undefined);
    assert.deepEqual(lost.skipped, [{ reason: '2 links to a span that was not imported', text: '"we hold"' }]);
    const one = importInto(emptySidecar('a.txt'), t, { spans: [{ label: 'person', start: 0, end: 8, ref: 'p' }, { ...quote, links: [{ type: 'speaker', to: 'p' }, { type: 'source', to: 'y' }] }], skipped: [] });
    assert.deepEqual(one.added[1].relations, [{ type: 'speaker', to: one.added[0].id }]);
    assert.deepEqual(one.skipped, [{ reason: 'a link to a span that was not imported', text: '"we hold"' }]);
  });

  it('links to the first of two spans the file gave one ref, whether new or already there', () => {
    const t = 'Reznikov said "we hold". Reznikov again.';
    const there = annotation(t, 'Reznikov', 'old', 0);
    const spans = [
      { label: 'person', start: 0, end: 8, ref: 'p' },
      { label: 'person', start: 25, end: 33, ref: 'p' },
      { label: 'quote', start: 14, end: 23, links: [{ type: 'speaker' as const, to: 'p' }] },
    ];
    const withOld = importInto({ ...emptySidecar('a.txt'), annotations: [there] }, t, { spans, skipped: [] });
    assert.deepEqual(withOld.added.find((a) => a.label === 'quote')!.relations, [{ type: 'speaker', to: 'old' }]);
    const fresh = importInto(emptySidecar('a.txt'), t, { spans: [spans[1], { ...spans[0] }, spans[2]], skipped: [] });
    const second = fresh.added.find((a) => a.target.start === 25)!;
    assert.deepEqual(fresh.added.find((a) => a.label === 'quote')!.relations, [{ type: 'speaker', to: second.id }]);
  });

  // Issue 30 #7: a million spans in one import made a 495 MB sidecar and took 3.3 GB.
  it('refuses an import over the limit per file whole, and an article over the limit per article', async () => {
    const many = (n: number) => JSON.stringify({ text: TEXT, label: Array.from({ length: n }, (_, i) => [i % 60, (i % 60) + 1 + (i % 7), `l${i}`]), article: 'a.txt' });
    await assert.rejects(importCorpus('doccano', new Map([['x.jsonl', many(50)]]), [article], { limits: { perFile: 40 } }), /holds 50 annotations, more than the 40 one import may add; nothing was imported/);
    assert.equal(fs.existsSync(sidecarFile()), false);
    const other = path.join(root, 'b.txt');
    fs.writeFileSync(other, TEXT);
    const two = many(30) + '\n' + JSON.stringify({ text: TEXT, label: [[0, 4, 'place']], article: 'b.txt' });
    const report = await importCorpus('doccano', new Map([['x.jsonl', two]]), [article, other], { limits: { perArticle: 20 } });
    assert.match(report.articles.find((x) => x.article === 'a.txt')!.refused!, /30 annotations for this article, more than the 20 one import may add to one article/);
    assert.equal(report.articles.find((x) => x.article === 'b.txt')!.imported, 1);
    assert.deepEqual(report.written, [other.replace(/\.txt$/, '.annotations.json')]);
  });

  it('has limits by default: 100,000 per import and 10,000 per article', async () => {
    const line = JSON.stringify({ text: TEXT, label: Array.from({ length: 10_001 }, (_, i) => [i % 60, (i % 60) + 1, `l${i % 50}`]), article: 'a.txt' });
    const report = await importCorpus('doccano', new Map([['x.jsonl', line]]), [article], { dryRun: true });
    assert.match(report.articles[0].refused!, /10,001 annotations for this article, more than the 10,000/);
  });
  // Issue 30, held well: an import names its articles, but a name only ever matches an
  // article of the corpus by its file name; nothing is written anywhere else.
  it('matches hostile article names only against the corpus, writing nothing elsewhere', async () => {
    const names = ['../a.txt', '/etc/passwd', 'file:///etc/passwd', 'C:\\Windows\\a.txt', 'a.txt\u0000.json', 'a.txt\n', '../../outside/a.txt'];
    const lines = names.map((article) => JSON.stringify({ article, text: 'other text', annotations: [{ label: 'person', start: 0, end: 4 }] })).join('\n');
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-import-names-'));
    try {
      const corpus = path.join(parent, 'corpus');
      fs.mkdirSync(corpus);
      fs.writeFileSync(path.join(corpus, 'a.txt'), TEXT);
      const report = await importCorpus('jsonl', new Map([['x.jsonl', lines]]), [path.join(corpus, 'a.txt')]);
      assert.deepEqual(report.written, []);
      assert.ok(report.articles.every((a) => a.refused && /no article named/.test(a.refused)), JSON.stringify(report.articles.map((a) => a.refused)));
      assert.deepEqual(fs.readdirSync(parent), ['corpus']);
      assert.deepEqual(fs.readdirSync(corpus), ['a.txt']);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('importCorpus when a sidecar cannot be written', () => {
  let root: string;
  const names = ['a', 'b', 'c', 'd', 'e'];
  const articles = () => names.map((n) => path.join(root, `${n}.txt`));
  const jsonl = () => new Map([['x.jsonl', names.map((n) => JSON.stringify({ article: `${n}.txt`, annotations: [{ label: 'place', start: 0, end: 4 }] })).join('\n')]]);
  /** A store whose `failAt`-th write fails with `code` after writing the first half of the file. */
  const failingStore = (failAt: number, code: string) => {
    let writes = 0;
    const io: WriteIo = {
      ...nodeWriteIo,
      open: async (file) => {
        const handle = await nodeWriteIo.open(file);
        const failing = ++writes === failAt;
        let chunks = 0;
        return {
          sync: () => handle.sync(),
          close: () => handle.close(),
          writeFile: async (data) => {
            if (failing && chunks++ > 0) throw Object.assign(new Error(`${code}: write`), { code });
            await handle.writeFile(data);
          },
        };
      },
    };
    return new SidecarStore({ io });
  };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-import-fail-'));
    for (const f of articles()) fs.writeFileSync(f, TEXT);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('on a full disk stops, says which articles were imported and which not, and leaves no temporary file', async () => {
    const report = await importCorpus('jsonl', jsonl(), articles(), { store: failingStore(3, 'ENOSPC') });
    assert.deepEqual(report.articles.map((a) => [a.article, a.imported, !!a.failed]), [['a.txt', 1, false], ['b.txt', 1, false], ['c.txt', 0, true], ['d.txt', 0, true], ['e.txt', 0, true]]);
    assert.equal(report.articles[2].refused, `nothing written: could not write ${path.join(root, 'c.annotations.json')}: no space left on the disk (ENOSPC)`);
    assert.equal(report.articles[3].refused, 'the import stopped at c.txt: no space left on the disk (ENOSPC)');
    assert.deepEqual(fs.readdirSync(root).filter((f) => !f.endsWith('.txt')).sort(), ['a.annotations.json', 'b.annotations.json']);
    const text = formatImportReport(report);
    assert.match(text, /^a\.txt: 1 imported/m);
    assert.match(text, /^not imported c\.txt: nothing written: could not write .*c\.annotations\.json: no space left on the disk \(ENOSPC\)$/m);
    assert.match(text, /^3 of 5 articles not imported: c\.txt, d\.txt, e\.txt$/m);
  });

  it('on a permission error goes on with the other articles', async () => {
    const report = await importCorpus('jsonl', jsonl(), articles(), { store: failingStore(2, 'EACCES') });
    assert.deepEqual(report.articles.map((a) => a.imported), [1, 0, 1, 1, 1]);
    assert.match(report.articles[1].refused!, /could not write .*b\.annotations\.json: permission denied \(EACCES\)$/);
    assert.equal(fs.existsSync(path.join(root, 'b.annotations.json')), false);
    assert.deepEqual(fs.readdirSync(root).filter((f) => f.startsWith('.')), []);
  });

});

describe('the import report a person reads, and when an import fails', () => {
  const suggestion = { status: 'suggested' } as ArticleImport['added'][number];
  const accepted = { status: 'accepted' } as ArticleImport['added'][number];
  const article = (name: string, imported: number, extra: Partial<ArticleImport> = {}): ArticleImport => ({ article: name, imported, merged: 0, skipped: [], added: [], notImported: [], ...extra });
  const report = (articles: ArticleImport[], extra: Partial<ImportReport> = {}): ImportReport => ({ format: 'jsonl', held: 0, articles, notImported: [], written: [], leftoversRemoved: [], ...extra });
  const long = 'x'.repeat(60);

  it('says per article what was imported, skipped and refused, then the totals, with plurals', () => {
    const r = report(
      [
        article('a.txt', 3, { merged: 1, added: [suggestion, accepted, suggestion], skipped: [{ reason: 'not in the text', text: long }, { reason: 'no label', text: '' }] }),
        article('b.txt', 0),
        article('c.txt', 0, { refused: 'its sidecar is not valid' }),
      ],
      {
        leftoversRemoved: ['.a.annotations.json.tmp'],
        notImported: [
          { kind: 'relation', count: 2, reason: 'no such annotation' },
          { kind: 'box', count: 1, reason: 'not text' },
          { kind: 'relation', count: 1, reason: 'a loop' },
          { kind: 'entry of a dictionary', count: 3, reason: 'not a span' },
          { kind: 'category', count: 2, reason: 'no labels' },
        ],
      },
    );
    assert.equal(
      formatImportReport(r),
      [
        'removed .a.annotations.json.tmp, left by an interrupted write',
        'a.txt: 3 imported (2 as suggestions for review), 1 already there, 2 skipped',
        `    skipped “${'x'.repeat(50)}”: not in the text`,
        '    skipped: no label',
        'b.txt: 0 imported, 0 already there, 0 skipped',
        'not imported c.txt: its sidecar is not valid',
        '3 annotations imported from jsonl into 1 articles',
        '3 relations, 1 box, 3 entries of a dictionary, 2 categories not imported:',
        '    2 relations: no such annotation',
        '    1 box: not text',
        '    1 relation: a loop',
        '    3 entries of a dictionary: not a span',
        '    2 categories: no labels',
        '2 spans skipped (listed above)',
        '1 of 3 articles not imported: c.txt',
        '',
      ].join('\n'),
    );
    const dry = formatImportReport(r, true);
    assert.match(dry, /^a\.txt: 3 would import \(2 as suggestions for review\), 1 already there, 2 skipped$/m);
    assert.match(dry, /^3 annotations would import from jsonl into 1 articles$/m);
    assert.match(dry, /^1 of 3 articles would not be imported: c\.txt\n$/m);
    assert.equal(formatImportReport(report([article('a.txt', 1)])), 'a.txt: 1 imported, 0 already there, 0 skipped\n1 annotations imported from jsonl into 1 articles\n');
    const words = (kind: string) => formatImportReport(report([], { notImported: [{ kind, count: 2, reason: 'r' }] })).split('\n')[1];
    assert.deepEqual(['match', 'bush', 'day', 'key', 'status quo', 'bass'].map(words), ['2 matches not imported:', '2 bushes not imported:', '2 days not imported:', '2 keys not imported:', '2 status quos not imported:', '2 basses not imported:']);
  });

  it('fails an import that held annotations and imported none, or held none; with strict, one that skipped anything', () => {
    const none = report([article('a.txt', 0)], { held: 2, notImported: [{ kind: 'relation', count: 1, reason: 'r' }] });
    assert.equal(importFailure(none, false), 'the file held 3 items and none was imported (listed above)');
    assert.equal(importFailure(report([article('a.txt', 0)], { notImported: [{ kind: 'relation', count: 1, reason: 'r' }] }), false), 'the file held 1 item and none was imported (listed above)');
    assert.equal(importFailure(report([article('a.txt', 0, { merged: 2 })], { held: 2 }), false), undefined, 'all already there is no failure');
    assert.equal(importFailure(report([article('a.txt', 0)]), false), 'the file held no annotations');
    const partly = report([article('a.txt', 2, { skipped: [{ reason: 'r', text: 't' }] }), article('b.txt', 0, { refused: 'no' })], { held: 4, notImported: [{ kind: 'relation', count: 2, reason: 'r' }] });
    assert.equal(importFailure(partly, false), undefined);
    assert.equal(importFailure(partly, true), '4 items skipped or not imported (listed above); --strict makes that an error');
    const whole = report([article('a.txt', 2)], { held: 2 });
    assert.equal(importFailure(whole, true), undefined, 'nothing skipped: strict has nothing to fail');
    const onlyNotImported = report([article('a.txt', 2)], { held: 2, notImported: [{ kind: 'relation', count: 1, reason: 'r' }] });
    assert.equal(importFailure(onlyNotImported, true), '1 item skipped or not imported (listed above); --strict makes that an error');
  });
});
