import * as assert from 'node:assert/strict';
import type { ExportAnnotation, ExportArticle } from '../../../../src/core/export/items';
import { AnnotationSet, applySet, DEFAULT_SET } from '../../../../src/core/export/sets';
import { BUILTIN_SETS, CURATOR } from '../../../../src/core/export/setsFile';

const TEXT = 'Vladimir Putin met Oleksii Reznikov. Russia has 500,000 troops, Reznikov said.';
function ann(id: string, exact: string, extra: Partial<ExportAnnotation> = {}): ExportAnnotation {
  const start = TEXT.indexOf(exact);
  return { id, label: 'person', status: 'manual', start, end: start + exact.length, text: exact, ...extra };
}
const ARTICLE: ExportArticle = {
  article: '000-troops.txt',
  text: TEXT,
  sha256: 'x',
  date: null,
  annotations: [
    ann('putin', 'Vladimir Putin', { annotator: 'anna', fields: { canonical: 'Vladimir Putin' } }),
    ann('rez', 'Oleksii Reznikov', { status: 'accepted', annotator: 'ben' }),
    ann('claim', 'Russia has 500,000 troops, Reznikov said', { label: 'claim', status: 'unreviewed', topic: 'russian-troop-numbers', verdict: 'disputed' }),
    ann('num', '500,000', { label: 'number', status: 'rejected' }),
  ],
};
const OTHER: ExportArticle = { ...ARTICLE, article: '001-other.txt', annotations: [ARTICLE.annotations[0]] };

/** The ids each article keeps under `set`, by article. */
function ids(set: Omit<AnnotationSet, 'name'>): Record<string, string[]> {
  return Object.fromEntries(applySet([ARTICLE, OTHER], { name: 's', ...set }).map((i) => [i.article, i.annotations.map((a) => a.id)]));
}

describe('annotation sets', () => {
  it('with no filter select everything', () => {
    assert.deepEqual(ids({}), { '000-troops.txt': ['putin', 'rez', 'claim', 'num'], '001-other.txt': ['putin'] });
  });

  it('filter each on its own: labels, statuses, topics, verdicts, annotators, articles', () => {
    assert.deepEqual(ids({ labels: ['claim', 'number'] })['000-troops.txt'], ['claim', 'num']);
    assert.deepEqual(ids({ statuses: ['rejected', 'unreviewed'] })['000-troops.txt'], ['claim', 'num']);
    assert.deepEqual(ids({ topics: ['russian-troop-numbers'] })['000-troops.txt'], ['claim']);
    assert.deepEqual(ids({ topics: ['other-topic'] })['000-troops.txt'], [], 'an annotation without that topic is left out');
    assert.deepEqual(ids({ verdicts: ['disputed'] })['000-troops.txt'], ['claim']);
    assert.deepEqual(ids({ verdicts: ['false'] })['000-troops.txt'], []);
    assert.deepEqual(ids({ annotators: ['ben'] }), { '000-troops.txt': ['rez'], '001-other.txt': [] });
    assert.deepEqual(ids({ articles: ['001-*.txt'] }), { '001-other.txt': ['putin'] });
  });

  it('by entity keep annotations of that canonical name and spans that mention its surname', () => {
    // `putin` by its canonical field; `rez` and the claim by the surname in their text.
    assert.deepEqual(ids({ entities: ['Oleksii Reznikov'] })['000-troops.txt'], ['rez', 'claim']);
    assert.deepEqual(ids({ entities: ['Vladimir Putin'] })['000-troops.txt'], ['putin']);
    assert.deepEqual(ids({ entities: ['Sergei Shoigu'] })['000-troops.txt'], []);
  });

  it('keep only what every given filter allows', () => {
    assert.deepEqual(ids({ labels: ['person'], statuses: ['accepted'] })['000-troops.txt'], ['rez']);
    assert.deepEqual(ids({ labels: ['person'], annotators: ['anna'], articles: ['000-*'] }), { '000-troops.txt': ['putin'] });
  });

  it('reviewed, the default, is what a person made or accepted', () => {
    assert.deepEqual(applySet([ARTICLE], DEFAULT_SET)[0].annotations.map((a) => a.id), ['putin', 'rez']);
  });

  it('by entity keep an annotation whose canonical name it is even where the text does not name it, and any of several entities', () => {
    const text = 'The Russian president spoke. Shoigu listened.';
    const president = { id: 'pres', label: 'person', status: 'manual' as const, start: 0, end: 21, text: 'The Russian president', fields: { canonical: 'Vladimir Putin' } };
    const shoigu = { id: 'shoigu', label: 'person', status: 'manual' as const, start: 29, end: 35, text: 'Shoigu' };
    const article: ExportArticle = { article: 'a.txt', text, sha256: 'x', date: null, annotations: [president, shoigu] };
    const kept = (entities: string[]) => applySet([article], { name: 's', entities })[0].annotations.map((a) => a.id);
    assert.deepEqual(kept(['Vladimir Putin']), ['pres']);
    assert.deepEqual(kept(['Vladimir Putin', 'Sergei Shoigu']), ['pres', 'shoigu']);
  });

  it('the built-in sets: all but rejected, what a person made or accepted, what was rejected, the curated merged set', () => {
    const curated: ExportAnnotation = { ...ARTICLE.annotations[1], id: 'gold', status: 'accepted', annotator: CURATOR };
    const article: ExportArticle = { ...ARTICLE, annotations: [...ARTICLE.annotations, { ...ARTICLE.annotations[0], id: 'sugg', status: 'suggested' }, curated] };
    const byName = Object.fromEntries(BUILTIN_SETS.map((set) => [set.name, applySet([article], set)[0].annotations.map((a) => a.id)]));
    assert.deepEqual(byName, {
      all: ['putin', 'rez', 'claim', 'sugg', 'gold'],
      reviewed: ['putin', 'rez', 'gold'],
      rejected: ['num'],
      curated: ['gold'],
    });
    assert.equal(CURATOR, 'curated');
    assert.ok(BUILTIN_SETS.every((set) => set.description && set.description.length > 10), 'each says what it holds when picked');
  });

  it('leave the articles themselves unchanged', () => {
    const [kept] = applySet([ARTICLE], { name: 'n', labels: ['number'] });
    assert.equal(ARTICLE.annotations.length, 4);
    assert.deepEqual({ ...kept, annotations: [] }, { ...ARTICLE, annotations: [] });
  });
});
