import * as assert from 'node:assert/strict';
import { findClaims } from '../../../../src/core/extract/claims';
import { figureRange, linkClaims } from '../../../../src/core/corpus/relatedClaims';
import type { ArticleAnalysis } from '../../../../src/core/types';
import { article, lineStructure, num } from '../../claimFixtures';

function analysed(file: string, date: string, line: string, figure: string, value: number, unit: string | null, approx = false): ArticleAnalysis {
  const structure = lineStructure(line, date);
  const numbers = [num(line, figure, { kind: 'count', value, unit, approx })];
  const a = article(file, line, { structure, numbers });
  a.claims = findClaims({ text: line, structure, numbers, entities: [], quotes: [], article: file.replace('.txt', '') });
  return a;
}

describe('linkClaims', () => {
  it('links the same measured thing across articles whatever the wording', () => {
    const corpus = [
      analysed('a.txt', '2023-02-02', 'Putin has amassed almost 500,000 troops.', '500,000', 500000, 'troops', true),
      analysed('b.txt', '2024-03-22', 'Russia plans to deploy an additional 300,000 soldiers to Ukraine.', '300,000', 300000, 'soldiers'),
      analysed('c.txt', '2021-11-19', 'The Kremlin has massed 100,000 servicemen on the border.', '100,000', 100000, 'servicemen'),
      analysed('d.txt', '2023-01-04', 'Russia wants to mobilise 300,000 men for the front.', '300,000', 300000, 'men'),
    ];
    const groups = linkClaims(corpus);
    assert.equal(groups.length, 1);
    assert.equal(groups[0].topic, 'russian-troop-numbers');
    assert.deepEqual(groups[0].points.map((p) => p.date), ['2021-11-19', '2023-01-04', '2023-02-02', '2024-03-22'], 'oldest first');
    const a = corpus[0].claims[0];
    assert.equal(a.related.length, 3);
    assert.ok(a.related.includes(corpus[1].claims[0].id));
    assert.ok(groups[0].changes.length > 0, 'figures differing across dates are a change over time');
  });

  it('does not link different measured things: losses, people who left, other actors', () => {
    const corpus = [
      analysed('a.txt', '2023-02-02', 'Putin has amassed almost 500,000 troops.', '500,000', 500000, 'troops', true),
      analysed('b.txt', '2023-02-03', 'The strike in Makiivka killed 89 Russian soldiers.', '89', 89, 'soldiers'),
      analysed('c.txt', '2023-02-03', 'Hundreds of thousands of men left Russia after the announcement.', 'Hundreds of thousands', 200000, 'men', true),
      analysed('d.txt', '2023-02-03', 'Ukraine has deployed 60,000 Ukrainian troops near Bakhmut.', '60,000', 60000, 'troops'),
    ];
    linkClaims(corpus);
    for (const a of corpus) assert.deepEqual(a.claims[0].related, [], `${a.file}: ${a.claims[0].topic}`);
  });

  it('flags a disagreement at about the same time, not for figures that agree within approx', () => {
    const corpus = [
      analysed('a.txt', '2023-02-02', 'Russia has amassed almost 500,000 troops.', '500,000', 500000, 'troops', true),
      analysed('b.txt', '2023-02-03', 'Russia has amassed some 480,000 troops.', '480,000', 480000, 'troops', true),
      analysed('c.txt', '2023-02-04', 'Russia has amassed 150,000 troops.', '150,000', 150000, 'troops'),
    ];
    const [g] = linkClaims(corpus);
    const ids = corpus.map((a) => a.claims[0].id);
    assert.ok(!g.disagreements.some(([x, y]) => [x, y].includes(ids[0]) && [x, y].includes(ids[1])), 'almost 500,000 and some 480,000 agree');
    assert.ok(g.disagreements.some(([x, y]) => x === ids[0] && y === ids[2]));
    assert.deepEqual(g.changes, []);
  });

  it('links repeats of a figure with no actor only to each other', () => {
    const corpus = [
      analysed('a.txt', '2023-02-14', 'Norway to send 8 tanks', '8', 8, 'tanks'),
      analysed('b.txt', '2023-02-14', 'Norway will send 8 tanks.', '8', 8, 'tanks'),
      analysed('c.txt', '2023-02-14', 'Norway has 36 tanks in total.', '36', 36, 'tanks'),
    ];
    linkClaims(corpus);
    assert.deepEqual(corpus[0].claims[0].related, [corpus[1].claims[0].id]);
    assert.deepEqual(corpus[1].claims[0].related, [corpus[0].claims[0].id], 'a link goes both ways');
    assert.deepEqual(corpus[2].claims[0].related, []);
  });

  it('reads qualifiers into the range a figure allows', () => {
    assert.deepEqual(figureRange(500000, undefined, true, 'has amassed almost '), [425000, 500000]);
    assert.deepEqual(figureRange(3500, undefined, true, 'involving up to '), [0, 3500]);
    assert.deepEqual(figureRange(4, 5, false, ''), [4, 5]);
    assert.equal(figureRange(10, undefined, true, 'more than ')[0], 10);
    const table: [string, boolean, [number, number]][] = [
      ['as many as ', true, [0, 100]],
      ['at most ', false, [0, 100]],
      ['No more than ', false, [0, 100]],
      ['nearly ', true, [85, 100]],
      ['fewer than ', false, [85, 100]],
      ['just under ', false, [85, 100]],
      ['at least ', true, [100, Infinity]],
      ['upwards of ', false, [100, Infinity]],
      ['a minimum of ', false, [100, Infinity]],
      ['more than ', true, [100, 150]],
      ['exceeds ', false, [100, 150]],
      ['over ', false, [100, 150]],
      ['about ', true, [75, 125]],
      ['killed ', false, [99, 101]],
      ['moreover ', false, [99, 101]],
      ['up to a total of ', false, [99, 101]],
    ];
    for (const [before, approx, range] of table) assert.deepEqual(figureRange(100, undefined, approx, before), range, before);
  });

  it('counts "about the same time" as at most seven days apart', () => {
    const at = (date: string) => analysed(`${date}.txt`, date, 'Russia has amassed 150,000 troops.', '150,000', 150000, 'troops');
    const far = (date: string) => analysed(`far-${date}.txt`, date, 'Russia has amassed 500,000 troops.', '500,000', 500000, 'troops');
    const [week] = linkClaims([at('2023-02-01'), far('2023-02-08')]);
    assert.equal(week.disagreements.length, 1, '7 days: the same time');
    assert.deepEqual(week.changes, []);
    const [later] = linkClaims([at('2023-02-01'), far('2023-02-09')]);
    assert.deepEqual(later.disagreements, [], '8 days: a change over time');
    assert.deepEqual(later.changes, [[later.points[0].id, later.points[1].id]]);
  });

  it('orders a group oldest first, undated last, and reads a year or a month alone as its first day', () => {
    const claim = (file: string, date: string | null) => analysed(file, date as string, 'Russia has amassed 150,000 troops.', '150,000', 150000, 'troops');
    const [g] = linkClaims([claim('a.txt', null), claim('b.txt', '2023'), claim('c.txt', '2022-12-31'), claim('d.txt', '2023-01'), claim('e.txt', null)]);
    assert.deepEqual(g.points.map((p) => p.file), ['c.txt', 'b.txt', 'd.txt', 'a.txt', 'e.txt']);
    assert.deepEqual(g.changes, [], 'equal figures never change');
    assert.equal(g.label, 'Russian troop numbers');
  });

  it('lists on each claim at most the 50 nearest in time, and sorts groups largest first', () => {
    const many = Array.from({ length: 60 }, (_, i) => {
      const day = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
      return analysed(`m${String(i).padStart(2, '0')}.txt`, day, 'Russia has amassed 150,000 troops.', '150,000', 150000, 'troops');
    });
    const small = [analysed('x.txt', '2023-01-01', 'Norway to send 8 tanks', '8', 8, 'tanks'), analysed('y.txt', '2023-01-01', 'Norway will send 8 tanks.', '8', 8, 'tanks')];
    const groups = linkClaims([...small, ...many]);
    assert.deepEqual(groups.map((g) => g.points.length), [60, 2]);
    const first = many[0].claims[0].related;
    assert.equal(first.length, 50);
    assert.deepEqual(first, many.slice(1, 51).map((a) => a.claims[0].id), 'the next 50 days');
    const middle = many[30].claims[0].related;
    assert.equal(middle.length, 50);
    assert.ok(middle.includes(many[5].claims[0].id) && middle.includes(many[55].claims[0].id) && !middle.includes(many[4].claims[0].id) && !middle.includes(many[56].claims[0].id), 'the 25 days either side');
    assert.equal(groups[1].label, `${small[0].claims[0].topicLabel}: 8`, 'a repeat group names its figure');
  });
});
