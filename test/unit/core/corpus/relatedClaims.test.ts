import * as assert from 'node:assert/strict';
import { findClaims } from '../../../../src/core/extract/claims';
import { countAndDeed, figureRange, linkClaims } from '../../../../src/core/corpus/relatedClaims';
import { averageLinkage } from '../../../../src/core/corpus/claimLinking/cluster';
import type { ArticleAnalysis, Entity, NumberMention } from '../../../../src/core/types';
import { article, ent, lineStructure, num } from '../../claimFixtures';

/** One article of one line, with the figures and names given as [text, fields] pairs. */
function analysed(file: string, date: string, line: string, figures: [string, Partial<NumberMention> & Pick<NumberMention, 'kind' | 'value'>][], names: [string, Entity['kind']][] = []): ArticleAnalysis {
  const structure = lineStructure(line, date);
  const numbers = figures.map(([t, f]) => num(line, t, f));
  const entities = names.map(([t, k]) => ent(line, t, k));
  const a = article(file, line, { structure, numbers, entities });
  a.claims = findClaims({ text: line, structure, numbers, entities, quotes: [], article: file.replace('.txt', '') });
  assert.equal(a.claims.length, 1, `${file}: one claim in "${line}"`);
  return a;
}

const quake = () => [
  analysed('a.txt', '2024-04-02', 'The death toll from the earthquake in Veloria rose to 1,200, the civil protection agency said.', [['1,200', { kind: 'count', value: 1200 }]], [['Veloria', 'place']]),
  analysed('b.txt', '2024-04-03', 'The earthquake death toll in Veloria has reached 2,900, officials said.', [['2,900', { kind: 'count', value: 2900 }]], [['Veloria', 'place']]),
  analysed('c.txt', '2024-04-20', 'Rescuers say the death toll from the Veloria earthquake now stands at 4,100.', [['4,100', { kind: 'count', value: 4100 }]], [['Veloria', 'place']]),
];

const unrelated = () => [
  analysed('x.txt', '2024-04-02', 'The central bank raised its main interest rate to 4.5 per cent.', [['4.5 per cent', { kind: 'percent', value: 4.5, unit: '%' }]]),
  analysed('y.txt', '2024-04-03', 'The striker scored 31 goals in the league this season.', [['31', { kind: 'count', value: 31, unit: 'goals' }]]),
];

describe('linkClaims', () => {
  it('links claims about the same fact across articles, by their words, with no list of the story', () => {
    const corpus = [...quake(), ...unrelated()];
    const groups = linkClaims(corpus);
    const quakeIds = corpus.slice(0, 3).map((a) => a.claims[0].id);
    const g = groups.find((x) => x.points.some((p) => p.id === quakeIds[0]));
    assert.ok(g, 'the death tolls form a group');
    assert.deepEqual(new Set(g.points.map((p) => p.id)), new Set(quakeIds));
    assert.deepEqual(g.points.map((p) => p.date), ['2024-04-02', '2024-04-03', '2024-04-20'], 'oldest first');
    assert.equal(corpus[0].claims[0].related.length, 2);
    for (const a of corpus.slice(3)) assert.deepEqual(a.claims[0].related, [], a.file);
  });

  it('labels a group with its claims’ own words and gives every member its topic', () => {
    const corpus = quake();
    const [g] = linkClaims(corpus);
    assert.match(g.label, /death toll/i);
    assert.match(g.label, /Veloria/);
    for (const a of corpus) {
      assert.equal(a.claims[0].topic, g.topic);
      assert.equal(a.claims[0].topicLabel, g.label);
    }
  });

  it('marks ≠ at about the same time and Δ over time', () => {
    const corpus = quake();
    const [g] = linkClaims(corpus);
    const [a, b, c] = corpus.map((x) => x.claims[0].id);
    assert.deepEqual(g.disagreements, [[a, b]]);
    assert.ok(g.changes.some(([x, y]) => y === c && [a, b].includes(x)));
    const mark = Object.fromEntries(g.points.map((p) => [p.id, p.mark]));
    assert.equal(mark[a], '≠');
    assert.equal(mark[c], 'Δ');
  });

  it('compares every pair of a large group: no cap leaves the newest claims unmarked', () => {
    // 60 reports of one toll on one day, each figure at least 3% from the next: 1,770 disagreeing pairs.
    const corpus = Array.from({ length: 60 }, (_, i) => {
      const value = 100 * (i + 1) ** 2;
      const figure = value.toLocaleString('en-US');
      return analysed(`r${String(i).padStart(2, '0')}.txt`, '2024-04-02', `The death toll from the earthquake in Veloria rose to ${figure}.`, [[figure, { kind: 'count', value }]], [['Veloria', 'place']]);
    });
    const [g] = linkClaims(corpus);
    assert.equal(g.points.length, 60);
    assert.equal(g.disagreementCount, (60 * 59) / 2);
    assert.equal(g.disagreements.length, (60 * 59) / 2, 'all listed while under LISTED_PAIRS');
    assert.ok(g.points.every((p) => p.mark === '≠'));
  });

  it('keeps a group’s topic when an unrelated article joins the corpus', () => {
    const before = linkClaims(quake())[0].topic;
    const after = linkClaims([...quake(), ...unrelated()]).find((g) => g.points.length === 3)!.topic;
    assert.equal(after, before);
  });

  it('keeps a statement of what troops did out of the group counting them, and the counts together', () => {
    const counts = [
      analysed('a.txt', '2023-02-02', 'Vladimir Putin has amassed almost 500,000 troops near the border of Ukraine.', [['500,000', { kind: 'count', value: 500000, approx: true }]], [['Vladimir Putin', 'person'], ['Ukraine', 'place']]),
      analysed('b.txt', '2023-01-30', 'Vladimir Putin has massed 100,000 troops on the border of Ukraine.', [['100,000', { kind: 'count', value: 100000 }]], [['Vladimir Putin', 'person'], ['Ukraine', 'place']]),
    ];
    const deed = analysed('c.txt', '2023-02-02', 'Russian troops have broken through the border defences of Ukraine.', [], [['Ukraine', 'place']]);
    const corpus = [...counts, deed];
    const [a, b] = counts.map((x) => x.claims[0]);
    linkClaims(corpus);
    assert.ok(a.related.includes(b.id), 'the two counts are one group');
    assert.deepEqual(deed.claims[0].related, []);
    assert.ok(countAndDeed(a, deed.claims[0]) && !countAndDeed(a, b), 'one figure and one measured thing, not two figures');
  });

  it('reads qualifiers into the range a figure allows', () => {
    assert.deepEqual(figureRange(500000, undefined, true, 'has amassed almost '), [425000, 500000]);
    assert.deepEqual(figureRange(3500, undefined, true, 'involving up to '), [0, 3500]);
    assert.deepEqual(figureRange(4, 5, false, ''), [4, 5]);
    assert.equal(figureRange(10, undefined, true, 'more than ')[0], 10);
  });
});

describe('averageLinkage', () => {
  it('does not chain two tight groups into one through one strong link', () => {
    // 0-1-2 and 3-4-5 are tight; 2-3 alone is strong; the average between the groups is low.
    const edges = [
      { a: 0, b: 1, score: 0.9 },
      { a: 1, b: 2, score: 0.9 },
      { a: 0, b: 2, score: 0.9 },
      { a: 3, b: 4, score: 0.9 },
      { a: 4, b: 5, score: 0.9 },
      { a: 3, b: 5, score: 0.9 },
      { a: 2, b: 3, score: 0.95 },
    ];
    const g = averageLinkage(6, edges, 0.5);
    assert.equal(g[0], g[1]);
    assert.equal(g[4], g[5]);
    assert.notEqual(g[0], g[5]);
    assert.equal(new Set(g).size, 3, 'the two bridged sentences stay a pair of their own');
  });
});

describe('linkClaims keys and labels', () => {
  it('keeps a group’s key when unrelated articles change the corpus’s word counts', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      analysed(`u${i}.txt`, '2024-04-0' + (i + 1), `The river rose to ${i + 3} metres near the earthquake museum.`, [[`${i + 3} metres`, { kind: 'measure', value: i + 3, unit: 'metres' }]]),
    );
    const alone = linkClaims(quake()).find((g) => g.points.length === 3)!;
    const crowded = linkClaims([...quake(), ...many]).find((g) => g.points.some((p) => p.id === alone.points[0].id))!;
    assert.equal(crowded.topic, alone.topic);
  });

  it('writes the label from the claims’ printed words', () => {
    const [g] = linkClaims(quake());
    assert.match(g.label, /^Veloria (earthquake )?death toll$/);
  });
});
