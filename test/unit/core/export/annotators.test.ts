import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Annotation } from '../../../../src/core/annotations/schema';
import { emptySidecar, serializeSidecar } from '../../../../src/core/annotations/sidecar';
import { agreements, annotatorNames, disagreements, loadAnnotator, resolveAnnotatorSources, tokenRows, type AnnotatorAnnotations } from '../../../../src/core/export/annotators';
import { BUILTIN_SETS, loadSets } from '../../../../src/core/export/exportCorpus';
import { annotation } from '../annotations/fixtures';

const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv.';
const OTHER = 'Kyiv is quiet today.';

describe('annotators', () => {
  let root: string;
  const write = (file: string, text: string, annotations?: Annotation[] | string) => {
    const p = path.join(root, file);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    if (annotations !== undefined) fs.writeFileSync(p.replace(/\.txt$/, '.annotations.json'), typeof annotations === 'string' ? annotations : serializeSidecar({ ...emptySidecar(path.basename(file)), annotations }));
  };
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-annotators-'));
    write('shared/a.txt', TEXT, [
      annotation(TEXT, 'Vladimir Putin', 's1', 0, { annotator: 'cleo' }),
      annotation(TEXT, 'Kyiv', 's2', 0, { label: 'place', annotator: 'dan', verdict: 'supported' }),
      annotation(TEXT, 'Oleksii Reznikov', 's3', 0, { annotator: 'dan', status: 'rejected' }),
      annotation(TEXT, 'Kyiv', 's4', 0, { label: 'organization' }),
      // Made on a text where it stood elsewhere; it is found again here.
      { ...annotation(TEXT, 'Oleksii', 's5', 0, { annotator: 'cleo' }), target: { start: 0, end: 7, exact: 'Oleksii', prefix: 'Vladimir Putin met ', suffix: ' Reznikov in Kyiv.' } },
      // Its text is gone: orphaned, so not counted.
      { ...annotation(TEXT, 'Putin', 's6', 0, { annotator: 'cleo' }), target: { start: 9, end: 14, exact: 'Shoigu', prefix: '', suffix: '' } },
    ]);
    write('shared/b.txt', OTHER, '{ not json');
    fs.writeFileSync(path.join(root, 'shared/annotation-sets.json'), JSON.stringify({ sets: [{ name: 'dan-places', annotators: ['dan'], labels: ['place'] }, { name: 'rejections', statuses: ['rejected'] }, { name: 'supported', verdicts: ['supported'], articles: ['a.*'], topics: ['x'] }] }));
    write('anna/a.txt', TEXT, [annotation(TEXT, 'Vladimir Putin', 'a1'), annotation(TEXT, 'Kyiv', 'a2', 0, { label: 'place' }), annotation(TEXT, 'Oleksii Reznikov', 'a3')]);
    write('anna/b.txt', OTHER, []);
    write('ben/a.txt', TEXT, [annotation(TEXT, 'Vladimir Putin', 'b1'), annotation(TEXT, 'Kyiv', 'b2', 0, { label: 'organization' }), annotation(TEXT, 'met', 'b3', 0, { label: 'event' })]);
    write('ben/b.txt', OTHER, []);
    write('ben/c.txt', OTHER.replace('quiet', 'calm'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const ids = (a: AnnotatorAnnotations, article = 'a.txt') => (a.spans.get(article) ?? []).map((s) => s.annotation.id);

  it('are a folder when one has that name, a named set, or else an annotator field', async () => {
    const shared = path.join(root, 'shared');
    const sources = await resolveAnnotatorSources([path.join(root, 'anna'), 'dan-places', 'cleo'], shared);
    assert.deepEqual(sources[0], { name: 'anna', folder: path.join(root, 'anna') });
    assert.equal(sources[1].name, 'dan-places');
    assert.equal(sources[1].folder, shared);
    assert.deepEqual(sources[1].set?.labels, ['place']);
    assert.deepEqual(sources[2], { name: 'cleo', folder: shared, annotator: 'cleo' });
  });

  it('named in a corpus are listed once each, sorted', async () => {
    assert.deepEqual(await annotatorNames(path.join(root, 'shared')), ['cleo', 'dan']);
  });

  it('by annotator field: theirs only, anchored, without rejected or orphaned ones; a broken sidecar is a warning', async () => {
    const cleo = await loadAnnotator({ name: 'cleo', folder: path.join(root, 'shared'), annotator: 'cleo' });
    assert.deepEqual(ids(cleo), ['s5', 's1'], 'in the sidecar’s order');
    assert.deepEqual(cleo.spans.get('a.txt')!.map((s) => [s.label, s.start, s.end]), [['person', 19, 26], ['person', 0, 14]]);
    assert.equal(cleo.texts.get('a.txt'), TEXT);
    assert.equal(cleo.paths.get('b.txt'), path.join(root, 'shared/b.txt'));
    assert.deepEqual(cleo.warnings, [`${path.join(root, 'shared/b.annotations.json')} is not valid; left out`]);
    const dan = await loadAnnotator({ name: 'dan', folder: path.join(root, 'shared'), annotator: 'dan' });
    assert.deepEqual(ids(dan), ['s2'], 'a rejected annotation is no annotation');
  });

  it('by set: every filter a sidecar can answer, rejected ones only when the set asks for them, and a warning for the rest', async () => {
    const shared = path.join(root, 'shared');
    const { sets } = await loadSets(shared);
    const load = (name: string) => loadAnnotator({ name, folder: shared, set: sets.find((s) => s.name === name)! });
    assert.deepEqual(ids(await load('dan-places')), ['s2']);
    assert.deepEqual(ids(await load('rejections')), ['s3']);
    const supported = await load('supported');
    assert.deepEqual(ids(supported), ['s2']);
    assert.ok(supported.warnings.includes("set supported: its topics and entities filters need the engine's analysis and are not applied to agreement"), supported.warnings.join('\n'));
    assert.deepEqual(ids(await load('all')), ['s5', 's1', 's2', 's4']);
  });

  it('differ by span and by label, article by article in text order', async () => {
    const anna = await loadAnnotator({ name: 'anna', folder: path.join(root, 'anna') });
    const ben = await loadAnnotator({ name: 'ben', folder: path.join(root, 'ben') });
    const d = disagreements(anna, ben);
    assert.deepEqual(
      d.map((x) => [x.article, x.start, x.end, x.text, x.kind, x.a?.label ?? null, x.b?.label ?? null]),
      [
        ['a.txt', 15, 18, 'met', 'only-b', null, 'event'],
        ['a.txt', 19, 35, 'Oleksii Reznikov', 'only-a', 'person', null],
        ['a.txt', 39, 43, 'Kyiv', 'label', 'place', 'organization'],
      ],
    );
    assert.deepEqual(disagreements(anna, anna), []);
  });

  it('give token rows over the articles someone annotated, none for untouched ones', async () => {
    const anna = await loadAnnotator({ name: 'anna', folder: path.join(root, 'anna') });
    const ben = await loadAnnotator({ name: 'ben', folder: path.join(root, 'ben') });
    const { rows, articles } = tokenRows([anna, ben]);
    assert.equal(articles, 1, 'b.txt and c.txt have no annotations');
    // One row of 8 tokens per label layer: event, organization, person, place.
    const O = Array(8).fill('O');
    assert.deepEqual(rows, [
      [...O, ...O, 'person', 'person', 'O', 'person', 'person', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'place', 'O'],
      ['O', 'O', 'event', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'organization', 'O', 'person', 'person', 'O', 'O', 'O', 'O', 'O', 'O', ...O],
    ]);
  });
});

describe('loadSets', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-sets-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the built-in sets, then the folder’s own', async () => {
    assert.deepEqual(await loadSets(dir), { sets: BUILTIN_SETS });
    assert.deepEqual(BUILTIN_SETS.map((s) => s.name), ['all', 'reviewed', 'rejected', 'curated']);
    fs.writeFileSync(path.join(dir, 'annotation-sets.json'), JSON.stringify({ sets: [{ name: 'mine', labels: ['claim'] }] }));
    assert.deepEqual(await loadSets(dir), { sets: [...BUILTIN_SETS, { name: 'mine', labels: ['claim'] }] });
  });

  it('says what is wrong with a broken file, and still gives the built-in sets', async () => {
    const file = path.join(dir, 'annotation-sets.json');
    fs.writeFileSync(file, JSON.stringify({ sets: [{ name: 'x', statuses: ['maybe'] }] }));
    const bad = await loadSets(dir);
    assert.equal(bad.sets, BUILTIN_SETS);
    assert.ok(bad.error!.startsWith(`${file}: sets/0/statuses/0: `), bad.error);
    fs.writeFileSync(file, '{');
    const notJson = await loadSets(dir);
    assert.equal(notJson.sets, BUILTIN_SETS);
    assert.ok(notJson.error!.startsWith(`${file}: `), notJson.error);
  });
});

describe('two annotators compared article by article', () => {
  const THIRD = 'Moscow denied it. Moscow again.';
  /** A person's spans, `[article, exact, label]`, with the texts of the articles listed in `texts` (in that order). */
  function person(name: string, texts: [string, string][], spans: [string, string, string][]): AnnotatorAnnotations {
    const byArticle = new Map<string, AnnotatorAnnotations['spans'] extends Map<string, infer S> ? S : never>();
    const textOf = new Map(texts);
    for (const [i, [article, exact, label]] of spans.entries()) {
      const a = annotation(textOf.get(article)!, exact, `${name}${i}`, 0, { label, annotator: name });
      byArticle.set(article, [...(byArticle.get(article) ?? []), { label, start: a.target.start, end: a.target.end, annotation: a }]);
    }
    return { name, spans: byArticle, texts: textOf, paths: new Map(), warnings: [] };
  }
  // Each lists its articles in another order, and each has one the other has not.
  const anna = person('anna', [['b.txt', OTHER], ['a.txt', TEXT]], [['a.txt', 'Kyiv', 'place'], ['a.txt', 'Vladimir Putin', 'person'], ['b.txt', 'Kyiv', 'place'], ['a.txt', 'Oleksii Reznikov', 'person']]);
  const ben = person('ben', [['c.txt', THIRD], ['a.txt', TEXT]], [['c.txt', 'Moscow', 'place'], ['a.txt', 'Vladimir', 'person'], ['a.txt', 'Kyiv', 'place'], ['a.txt', 'Oleksii Reznikov', 'person']]);

  it('lists the disagreements by article, then by start, then by end; spans of one start and two ends are two', () => {
    assert.deepEqual(
      disagreements(anna, ben).map((d) => `${d.article} ${d.kind} ${d.text}`),
      ['a.txt only-b Vladimir', 'a.txt only-a Vladimir Putin', 'b.txt only-a Kyiv', 'c.txt only-b Moscow'],
    );
  });

  it('lists the agreements by article and position, with the text of either side', () => {
    assert.deepEqual(
      agreements(ben, anna).map((g) => `${g.article} ${g.label} ${g.text}`),
      ['a.txt person Oleksii Reznikov', 'a.txt place Kyiv'],
    );
    const onlyBen = agreements(ben, person('cleo', [['c.txt', THIRD]], [['c.txt', 'Moscow', 'place']]));
    assert.deepEqual(onlyBen.map((g) => [g.article, g.start, g.end]), [['c.txt', 0, 6]]);
  });

  it('counts tokens of every article either annotated, in the same order whatever order the texts came in', () => {
    const { rows, articles } = tokenRows([anna, ben]);
    assert.equal(articles, 3, 'b.txt and c.txt each annotated by one person count');
    const reversed = (p: AnnotatorAnnotations): AnnotatorAnnotations => ({ ...p, texts: new Map([...p.texts].reverse()) });
    assert.deepEqual(tokenRows([reversed(anna), reversed(ben)]).rows, rows);
    assert.equal(rows[0].length, rows[1].length);
  });
});
