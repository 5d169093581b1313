import * as assert from 'node:assert/strict';
import { firstClaimOfEachGroup, navigationOrder } from '../../../../src/core/corpus/claimOrder';

describe('the order related claims are walked in', () => {
  it('goes by date, undated last, then by article, then by place in the article', () => {
    const starts: Record<string, number> = { a: 900, b: 100, c: 50, d: 10, e: 5 };
    const points = [
      { id: 'a', file: 'x.txt', date: '2022-01-01' },
      { id: 'e', file: 'y.txt', date: null },
      { id: 'b', file: 'x.txt', date: '2022-01-01' },
      { id: 'c', file: 'w.txt', date: '2022-01-01' },
      { id: 'd', file: 'z.txt', date: '2021-12-31' },
    ];
    assert.deepEqual(
      navigationOrder(points, (id) => starts[id]).map((p) => p.id),
      ['d', 'c', 'b', 'a', 'e'],
    );
  });

  it('puts the articles of one date in order of their names whatever the places of the claims in them', () => {
    const starts: Record<string, number> = { w: 900, x: 500, y: 100 };
    const points = ['y', 'x', 'w'].map((id) => ({ id, file: `${id}.txt`, date: '2022-01-01' }));
    for (const given of [points, [...points].reverse(), [points[1], points[0], points[2]]]) {
      assert.deepEqual(
        navigationOrder(given, (id) => starts[id]).map((p) => p.id),
        ['w', 'x', 'y'],
      );
    }
  });
});

describe('where CodeLens go in an article', () => {
  it('on the first claim of each group in text order, with how many of the group the article holds; none on claims without a group', () => {
    const claims = [
      { id: 'c', start: 300 },
      { id: 'a', start: 10 },
      { id: 'b', start: 120 },
      { id: 'd', start: 400 },
      { id: 'e', start: 50 },
    ];
    const groups: Record<string, string> = { a: 'troops', b: 'troops', c: 'losses', d: 'troops' };
    const lenses = firstClaimOfEachGroup(claims, (id) => groups[id]);
    assert.deepEqual(
      lenses.map((l) => [l.claim.id, l.group, l.inArticle]),
      [
        ['a', 'troops', 3],
        ['c', 'losses', 1],
      ],
    );
  });
});
