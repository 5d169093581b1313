import * as assert from 'node:assert/strict';
import { linkClaims, MAX_RELATED } from '../../../../src/core/corpus/relatedClaims';
import { HAND_LINKER, type LinkerWeights } from '../../../../src/core/corpus/claimLinking/pairFeatures';
import type { ArticleAnalysis, Claim, NumberMention } from '../../../../src/core/types';
import { article, lineStructure } from '../../claimFixtures';
import { claim } from './claimLinking/claimFrames';

/** One article holding one claim over its whole text, with its main figure's mention when it has one. */
function holding(file: string, text: string, date: string | null, c: Claim, figure?: NumberMention): ArticleAnalysis {
  c.text = text;
  c.start = 0;
  c.end = text.length;
  c.date = date;
  c.numbers = figure ? [0] : [];
  return article(file, text, { structure: lineStructure(text, date), numbers: figure ? [figure] : [], claims: [c] });
}

/** A toll of `value` reported in `file` on `date`, in the same words (figures aside) as every other. */
function toll(file: string, date: string | null, value: number, before = 'The toll rose to '): ArticleAnalysis {
  const figure = value.toLocaleString('en-US');
  const text = `${before}${figure} in Veloria.`;
  const start = before.length;
  const n: NumberMention = { start, end: start + figure.length, text: figure, kind: 'count', value, unit: null, currency: null, approx: false, malformed: false };
  return holding(file, text, date, claim(file.replace('.txt', '#1'), { lemmas: ['toll', 'rise', 'veloria'], measured: 'toll', entities: ['Veloria'], figure: { kind: 'count', value, text: figure } }), n);
}

const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);

describe('linkClaims: groups and timelines', () => {
  it(`lists at most ${MAX_RELATED} related claims on each, the nearest in time`, () => {
    const n = MAX_RELATED + 3;
    const corpus = Array.from({ length: n }, (_, i) => toll(`t${String(i).padStart(2, '0')}.txt`, day(i), 100));
    const [g] = linkClaims(corpus);
    assert.equal(g.points.length, n, 'the group holds every claim');
    const id = (i: number) => corpus[i].claims[0].id;
    assert.deepEqual(corpus[0].claims[0].related, Array.from({ length: MAX_RELATED }, (_, k) => id(k + 1)), 'the first: the next fifty');
    const mid = 26;
    const related = new Set(corpus[mid].claims[0].related);
    assert.equal(related.size, MAX_RELATED);
    for (let i = 0; i < n; i++) assert.equal(related.has(id(i)), i !== mid && Math.abs(i - mid) <= 25, `claim ${i}`);
  });

  it(`lists every other claim of a group of ${MAX_RELATED + 1}`, () => {
    const corpus = Array.from({ length: MAX_RELATED + 1 }, (_, i) => toll(`t${String(i).padStart(2, '0')}.txt`, null, 100));
    linkClaims(corpus);
    for (const a of corpus) assert.equal(a.claims[0].related.length, MAX_RELATED, a.file);
  });

  it('orders a timeline by date, then time of day, then id, with undated claims last', () => {
    const corpus = [toll('e.txt', null, 100), toll('d.txt', '2024-03-02', 100), toll('c.txt', '2024-03-01', 100), toll('b.txt', null, 100), toll('a.txt', '2024-03-02', 100)];
    corpus[1].claims[0].time = '09:00';
    corpus[4].claims[0].time = '10:30';
    const [g] = linkClaims(corpus);
    assert.deepEqual(
      g.points.map((p) => p.file),
      ['c.txt', 'd.txt', 'a.txt', 'b.txt', 'e.txt'],
    );
    assert.equal(g.points[1].time, '09:00');
    assert.ok(!('time' in g.points[0]), 'no time on a claim without one');
  });

  it('reads a year or a month alone as its first day when comparing over time', () => {
    // 2023 and 2023-12 are eleven months apart: a change, not a disagreement; 2023-12 and 2023-12-05 are four days apart.
    const corpus = [toll('a.txt', '2023', 100), toll('b.txt', '2023-12', 200), toll('c.txt', '2023-12-05', 300), toll('d.txt', 'undated', 400)];
    const [g] = linkClaims(corpus);
    const [a, b, c] = corpus.map((x) => x.claims[0].id);
    assert.deepEqual(g.disagreements, [[b, c]]);
    assert.deepEqual(g.changes, [
      [a, b],
      [a, c],
    ]);
    assert.equal(g.points[3].mark, null, 'a date that cannot be read is not compared');
  });

  it('places each figure on the timeline with the range its qualifier allows', () => {
    const corpus = [toll('a.txt', '2024-01-01', 500000, 'The army has amassed almost '), toll('b.txt', '2024-01-02', 450000)];
    const [g] = linkClaims(corpus);
    const [p, q] = g.points;
    assert.deepEqual([p.low, p.up], [425000, 500000]);
    assert.deepEqual([q.low, q.up], [450000 * 0.99, 450000 * 1.01]);
    assert.deepEqual(g.disagreements, [], '450,000 is almost 500,000');
    assert.equal(p.figureText, '500,000');
    assert.equal(p.value, 500000);
    assert.equal(p.measure, 'count');
    assert.equal(p.file, 'a.txt');
    assert.equal(p.approx, false);
    assert.ok(!('high' in p));
  });

  it('reads only the 30 characters before a figure for its qualifier', () => {
    const before = 'almost ' + 'x'.repeat(30) + ' ';
    const [g] = linkClaims([toll('a.txt', '2024-01-01', 100, `The toll was ${before}`), toll('b.txt', '2024-01-01', 100)]);
    assert.deepEqual([g.points[0].low, g.points[0].up], [99, 101]);
  });

  it('keeps claims apart that no pair scores above the threshold, and joins them under a lower one', () => {
    const a = holding('a.txt', 'Inflation fell to two per cent.', '2024-01-01', claim('a#1', { lemmas: ['inflation', 'fall'] }));
    const b = holding('b.txt', 'Prices of bread fell sharply in winter.', '2024-01-01', claim('b#1', { lemmas: ['price', 'bread', 'fall'] }));
    // The hand weights, not the fitted ones: this is about the threshold, whatever the weights.
    assert.deepEqual(linkClaims([a, b], { weights: HAND_LINKER }), []);
    assert.deepEqual(a.claims[0].related, []);
    const eager: LinkerWeights = { ...HAND_LINKER, threshold: 0.001 };
    const pairs: number[] = [];
    const groups = linkClaims([a, b], { weights: eager, onPair: (p) => pairs.push(p.score) });
    assert.equal(groups.length, 1, 'one shared word is enough for an eager linker');
    assert.equal(pairs.length, 1, 'the pair was scored once');
    assert.deepEqual(a.claims[0].related, ['b#1']);
  });

  it('never links two figures that count things in different states (the dead, the missing, none said)', () => {
    const eager: LinkerWeights = { ...HAND_LINKER, threshold: 0.001 };
    const corpus = () => [toll('a.txt', '2024-01-01', 2300, 'In Veloria the count rose to '), toll('b.txt', '2024-01-01', 5200, 'The count in Veloria rose to ')];
    const same = corpus();
    for (const a of same) a.claims[0].frame.state = 'dead';
    assert.deepEqual(linkClaims(same, { weights: eager }).length, 1, 'two counts of the dead: one group');
    for (const other of ['missing', null]) {
      const apart = corpus();
      apart[0].claims[0].frame.state = 'dead';
      apart[1].claims[0].frame.state = other;
      const scored: number[] = [];
      assert.deepEqual(linkClaims(apart, { weights: eager, onPair: (p) => scored.push(p.score) }), [], `dead against ${other}`);
      assert.equal(scored.length, 1, 'the pair is still scored (the linker is fitted on every candidate)');
      assert.deepEqual(apart[0].claims[0].related, []);
    }
  });

  it('sorts groups by size, then by topic', () => {
    const big = [toll('a.txt', null, 1), toll('b.txt', null, 1), toll('c.txt', null, 1)];
    const small = ['x', 'y'].map((f) => holding(`${f}.txt`, 'The central bank raised its interest rate.', null, claim(`${f}#1`, { lemmas: ['bank', 'raise', 'rate'] })));
    const groups = linkClaims([...small, ...big]);
    assert.deepEqual(
      groups.map((g) => g.points.length),
      [3, 2],
    );
  });
});
