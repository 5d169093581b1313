import * as assert from 'node:assert/strict';
import { compareFigures, SAME_TIME_DAYS, type ComparedPoint } from '../../../../../src/core/corpus/claimLinking/compareFigures';
import type { TimelinePoint } from '../../../../../src/core/types';

/** A figure of `measure` allowing [low, up], stated on `day`. */
function at(id: string, day: number | null, low: number, up: number, extra: Partial<ComparedPoint> & { measure?: string | null } = {}): ComparedPoint {
  const point: TimelinePoint = { id, kind: 'quantity', file: id + '.txt', date: null, source: null, text: id, figureText: '', value: low, unit: null, approx: false, low, up, measure: extra.measure === undefined ? 'count' : extra.measure, mark: null };
  return { point, day, measured: extra.measured ?? ['toll'], predicate: extra.predicate ?? null };
}

const marks = (ps: ComparedPoint[]) => Object.fromEntries(ps.map((p) => [p.point.id, p.point.mark]));

describe('claim linking: comparing figures', () => {
  it('flags figures that cannot both be right at about the same time, and only those', () => {
    const ps = [at('a', 0, 100, 110), at('b', 1, 105, 120), at('c', 2, 200, 200)];
    const r = compareFigures(ps);
    assert.deepEqual(r.disagreements, [
      ['a', 'c'],
      ['b', 'c'],
    ]);
    assert.equal(r.disagreementCount, 2);
    assert.deepEqual(r.changes, []);
    assert.equal(r.changeCount, 0);
    assert.deepEqual(marks(ps), { a: '≠', b: '≠', c: '≠' });
  });

  it('ranges that touch agree', () => {
    const ps = [at('a', 0, 100, 110), at('b', 0, 110, 120)];
    assert.deepEqual(compareFigures(ps).disagreements, []);
    assert.deepEqual(marks(ps), { a: null, b: null });
  });

  it(`counts ${SAME_TIME_DAYS} days apart as the same time, and a day more as a change`, () => {
    const same = [at('a', 10, 1, 1), at('b', 10 + SAME_TIME_DAYS, 2, 2)];
    const r0 = compareFigures(same);
    assert.deepEqual(r0.disagreements, [['a', 'b']]);
    assert.deepEqual(r0.changes, [], 'one date cluster: no change');
    const later = [at('a', 10, 1, 1), at('b', 10 + SAME_TIME_DAYS + 1, 2, 2)];
    const r = compareFigures(later);
    assert.deepEqual(r.disagreements, []);
    assert.deepEqual(r.changes, [['a', 'b']]);
    assert.equal(r.changeCount, 1);
    assert.deepEqual(marks(later), { a: 'Δ', b: 'Δ' });
  });

  it('compares each date cluster with the one before it only, oldest first whatever the input order', () => {
    const ps = [at('c', 40, 300, 300), at('a', 0, 100, 100), at('b', 20, 200, 200), at('b2', 21, 200, 200)];
    const r = compareFigures(ps);
    assert.deepEqual(r.changes, [
      ['a', 'b'],
      ['a', 'b2'],
      ['b', 'c'],
      ['b2', 'c'],
    ]);
    assert.equal(r.changeCount, 4, 'a and c are two clusters apart');
  });

  it('keeps ≠ on a figure that also changed', () => {
    const ps = [at('a', 0, 100, 100), at('b', 20, 200, 200), at('c', 20, 300, 300)];
    compareFigures(ps);
    assert.deepEqual(marks(ps), { a: 'Δ', b: '≠', c: '≠' });
  });

  it('sets aside undated figures, figures of no measure, other measures and other measured things', () => {
    const ps = [
      at('a', 0, 100, 100),
      at('undated', null, 500, 500),
      at('nomeasure', 0, 500, 500, { measure: null }),
      at('percent', 0, 500, 500, { measure: 'percent' }),
      at('titles', 0, 500, 500, { measured: ['title'] }),
    ];
    const r = compareFigures(ps);
    assert.deepEqual(r.disagreements, [], JSON.stringify(r.disagreements));
    assert.ok(Object.values(marks(ps)).every((m) => m === null));
  });

  it('compares figures whose measured things share a word or a sense, or whose verbs do', () => {
    const shared = [at('a', 0, 1, 1, { measured: ['death', 'toll'] }), at('b', 0, 2, 2, { measured: ['toll'] })];
    assert.equal(compareFigures(shared).disagreementCount, 1, 'a word in common');
    const generic = [at('a', 0, 1, 1, { measured: ['people'] }), at('b', 0, 2, 2, { measured: ['toll'] })];
    assert.equal(compareFigures(generic).disagreementCount, 1, '`people` says nothing of what is counted');
    const empty = [at('a', 0, 1, 1, { measured: [] }), at('b', 0, 2, 2, { measured: ['toll'] })];
    assert.equal(compareFigures(empty).disagreementCount, 1);
    const verbs = [at('a', 0, 1, 1, { measured: ['title'], predicate: 'win' }), at('b', 0, 2, 2, { measured: ['goal'], predicate: 'win' })];
    assert.equal(compareFigures(verbs).disagreementCount, 1, 'the same verb');
    const other = [at('a', 0, 1, 1, { measured: ['title'], predicate: 'win' }), at('b', 0, 2, 2, { measured: ['goal'], predicate: null })];
    assert.equal(compareFigures(other).disagreementCount, 0);
    const noVerb = [at('a', 0, 1, 1, { measured: ['title'], predicate: null }), at('b', 0, 2, 2, { measured: ['goal'], predicate: 'win' })];
    assert.equal(compareFigures(noVerb).disagreementCount, 0);
  });

  it('remembers a decision per pair of wordings, in both orders', () => {
    // Two wordings that are comparable one way round only would show a memo keyed on one side.
    const ps = [at('a', 0, 1, 1, { measured: ['title'] }), at('b', 0, 2, 2, { measured: ['goal'] }), at('c', 0, 3, 3, { measured: ['title'] }), at('d', 0, 4, 4, { measured: ['goal'] })];
    const r = compareFigures(ps);
    assert.deepEqual(r.disagreements, [['a', 'c'], ['b', 'd']]);
  });

  it('flags a later figure lower than an earlier one, as a disagreement and as a change', () => {
    const same = [at('a', 0, 200, 200), at('b', 1, 100, 100)];
    assert.equal(compareFigures(same).disagreementCount, 1);
    const later = [at('a', 0, 200, 200), at('b', 30, 100, 100)];
    assert.equal(compareFigures(later).changeCount, 1);
  });

  it('sees no change in the same figure, or in figures of different things, over time', () => {
    assert.equal(compareFigures([at('a', 0, 100, 100), at('b', 30, 100, 100)]).changeCount, 0);
    const other = [at('a', 0, 1, 1, { measured: ['title'] }), at('b', 30, 2, 2, { measured: ['goal'] })];
    const r = compareFigures(other);
    assert.equal(r.changeCount, 0);
    assert.deepEqual(marks(other), { a: null, b: null });
  });

  it('compares measured things by every word and every sense, not only by the first or by all', () => {
    // Words the WordNet table does not know: only the words themselves can meet.
    const words = [at('a', 0, 1, 1, { measured: ['qzxv', 'wyrt'] }), at('b', 0, 2, 2, { measured: ['wyrt'] })];
    assert.equal(compareFigures(words).disagreementCount, 1, 'one word in common is enough');
    const senses = [at('a', 0, 1, 1, { measured: ['troop'] }), at('b', 0, 2, 2, { measured: ['qzxv', 'soldier'] })];
    assert.equal(compareFigures(senses).disagreementCount, 1, 'one word sharing a sense is enough');
    const generic = [at('a', 0, 1, 1, { measured: ['qzxv'] }), at('b', 0, 2, 2, { measured: ['people'] })];
    assert.equal(compareFigures(generic).disagreementCount, 1, 'a generic word on the second side');
  });

  it('lists at most 5,000 pairs of each kind but counts them all', () => {
    const same = Array.from({ length: 101 }, (_, i) => at(`s${i}`, 0, i + 1, i + 1));
    const r = compareFigures(same);
    assert.equal(r.disagreementCount, (101 * 100) / 2);
    assert.equal(r.disagreements.length, 5000);
    const overTime = [...Array.from({ length: 71 }, (_, i) => at(`x${i}`, 0, i + 1, i + 1)), ...Array.from({ length: 71 }, (_, i) => at(`y${i}`, 30, 1000 + i, 1000 + i))];
    const r2 = compareFigures(overTime);
    assert.equal(r2.changeCount, 71 * 71);
    assert.equal(r2.changes.length, 5000);
  });

  it('a figure of no measure, or undated, does not move the date clusters that changes are found between', () => {
    // Clusters start at a(0), b(12) with c(17) inside b's: changes a→b and a→c. A figure of
    // no measure at day 8 counted as a cluster start would make them [a] [n, b] [c]: a→b, b→c.
    const without = [at('a', 0, 100, 100), at('b', 12, 200, 200), at('c', 17, 300, 300)];
    const expected = compareFigures(without).changes;
    assert.deepEqual(expected, [
      ['a', 'b'],
      ['a', 'c'],
    ]);
    const withNoMeasure = [at('a', 0, 100, 100), at('n', 8, 5, 5, { measure: null }), at('b', 12, 200, 200), at('c', 17, 300, 300)];
    assert.deepEqual(compareFigures(withNoMeasure).changes, expected);
    const withUndated = [at('a', 0, 100, 100), at('u', null, 5, 5), at('b', 12, 200, 200), at('c', 17, 300, 300)];
    assert.deepEqual(compareFigures(withUndated).changes, expected);
  });

  it('keeps ≠ on an earlier figure that also changed', () => {
    const ps = [at('a', 0, 100, 100), at('a2', 0, 150, 150), at('b', 20, 200, 200)];
    const r = compareFigures(ps);
    assert.deepEqual(r.changes, [
      ['a', 'b'],
      ['a2', 'b'],
    ]);
    assert.deepEqual(marks(ps), { a: '≠', a2: '≠', b: 'Δ' });
  });

  it('takes every generic word for saying nothing of what is counted', () => {
    for (const generic of ['people', 'person', 'number', 'figure', 'total', 'amount']) {
      const ps = [at('a', 0, 1, 1, { measured: [generic] }), at('b', 0, 2, 2, { measured: ['qzxv'] })];
      assert.equal(compareFigures(ps).disagreementCount, 1, generic);
    }
  });

  it('one shared sense among several is enough (troops and soldiers)', () => {
    const ps = [at('a', 0, 1, 1, { measured: ['troop'] }), at('b', 0, 2, 2, { measured: ['soldier'] })];
    assert.equal(compareFigures(ps).disagreementCount, 1);
  });

  it('never mixes up two wordings whose words differ only in where they split', () => {
    // y is comparable with x (the same word) and not with x2 (other words): a memo keyed on the
    // words run together would give y and x2 the decision taken for y and x.
    const ps = [at('y', 0, 1, 1, { measured: ['qzxvwyrt'] }), at('x', 1, 2, 2, { measured: ['qzxvwyrt'] }), at('x2', 2, 3, 3, { measured: ['qzxv', 'wyrt'] })];
    assert.deepEqual(compareFigures(ps).disagreements, [['y', 'x']]);
  });
});
