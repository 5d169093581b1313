import * as assert from 'node:assert/strict';
import { averageLinkage, contract } from '../../../../../src/core/corpus/claimLinking/cluster';

/** Groups as sorted lists of members, in order of their first member. */
function groups(g: Int32Array): number[][] {
  const by = new Map<number, number[]>();
  g.forEach((r, i) => (by.get(r) ?? by.set(r, []).get(r)!).push(i));
  return [...by.values()];
}

describe('claim linking: average-linkage clustering', () => {
  it('leaves every item alone without edges', () => {
    assert.deepEqual([...averageLinkage(3, [], 0.5)], [0, 1, 2]);
  });

  it('joins a pair at the threshold, not below it', () => {
    assert.deepEqual(groups(averageLinkage(2, [{ a: 0, b: 1, score: 0.5 }], 0.5)), [[0, 1]]);
    assert.deepEqual(groups(averageLinkage(2, [{ a: 0, b: 1, score: 0.49 }], 0.5)), [[0], [1]]);
  });

  it('ignores an edge from an item to itself', () => {
    assert.deepEqual(groups(averageLinkage(2, [{ a: 1, b: 1, score: 0.9 }], 0.5)), [[0], [1]]);
  });

  it('adds up the scores of a pair given twice', () => {
    const twice = [
      { a: 0, b: 1, score: 0.3 },
      { a: 1, b: 0, score: 0.3 },
    ];
    assert.deepEqual(groups(averageLinkage(2, twice, 0.5)), [[0, 1]]);
  });

  it('joins a third item by its mean score to both, counting a missing pair as 0', () => {
    // 0-1 join at 0.9; 2 scores 0.8 with 0 and nothing with 1: mean 0.4 < 0.5.
    const edges = [
      { a: 0, b: 1, score: 0.9 },
      { a: 0, b: 2, score: 0.8 },
    ];
    assert.deepEqual(groups(averageLinkage(3, edges, 0.5)), [[0, 1], [2]]);
    // With 0.3 to 1 as well, the mean is 0.55: it joins.
    assert.deepEqual(groups(averageLinkage(3, [...edges, { a: 1, b: 2, score: 0.3 }], 0.5)), [[0, 1, 2]]);
  });

  it('merges the best pair first', () => {
    // 1-2 (0.9) merge first; then 0 has 0.6 to 1 and nothing to 2: mean 0.3, it stays alone.
    // Merging 0-1 first (0.6) would leave 2 with a mean of 0.45 to {0, 1}, below 0.5, and split 1 from 2.
    const edges = [
      { a: 0, b: 1, score: 0.6 },
      { a: 1, b: 2, score: 0.9 },
    ];
    assert.deepEqual(groups(averageLinkage(3, edges, 0.5)), [[0], [1, 2]]);
  });

  it('gives every member of a chain of merges one root, whatever the order of the edges', () => {
    const n = 12;
    const edges = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) edges.push({ a: j, b: i, score: 0.6 + ((i * 7 + j * 3) % 5) / 20 });
    const g = averageLinkage(n, edges.reverse(), 0.5);
    assert.equal(new Set(g).size, 1);
    const root = g[0];
    assert.equal(g[root], root, 'the root is a member of its group');
  });

  it('keeps two tight groups apart when only their weak links remain', () => {
    // Many items, so that the heap is deep: two cliques of 6 at 0.9, every cross pair at 0.1.
    const edges = [];
    for (let i = 0; i < 12; i++)
      for (let j = i + 1; j < 12; j++) edges.push({ a: i, b: j, score: Math.floor(i / 6) === Math.floor(j / 6) ? 0.9 - 0.01 * ((i + j) % 7) : 0.1 });
    assert.deepEqual(groups(averageLinkage(12, edges, 0.5)), [
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11],
    ]);
  });
});

/** Average linkage the slow way: merge the two groups of highest mean score while it is at least `threshold`. */
function naiveAverageLinkage(n: number, edges: { a: number; b: number; score: number }[], threshold: number): number[][] {
  const score = new Map<string, number>();
  for (const e of edges) if (e.a !== e.b) score.set(`${Math.min(e.a, e.b)},${Math.max(e.a, e.b)}`, (score.get(`${Math.min(e.a, e.b)},${Math.max(e.a, e.b)}`) ?? 0) + e.score);
  let groups = Array.from({ length: n }, (_, i) => [i]);
  const mean = (x: number[], y: number[]) => {
    let s = 0;
    for (const i of x) for (const j of y) s += score.get(`${Math.min(i, j)},${Math.max(i, j)}`) ?? 0;
    return s / (x.length * y.length);
  };
  for (;;) {
    let best: [number, number, number] | undefined;
    for (let x = 0; x < groups.length; x++)
      for (let y = x + 1; y < groups.length; y++) {
        const m = mean(groups[x], groups[y]);
        if (m >= threshold && (!best || m > best[2])) best = [x, y, m];
      }
    if (!best) break;
    const [x, y] = best;
    groups = [...groups.filter((_, k) => k !== x && k !== y), [...groups[x], ...groups[y]].sort((p, q) => p - q)];
  }
  return groups.sort((p, q) => p[0] - q[0]);
}

describe('claim linking: average linkage against the slow way', () => {
  it('gives the same groups as merging the best pair of groups again and again, on random graphs', () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 40; round++) {
      const n = 3 + Math.floor(rnd() * 14);
      const edges: { a: number; b: number; score: number }[] = [];
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (rnd() < 0.45) edges.push(rnd() < 0.5 ? { a, b, score: rnd() } : { a: b, b: a, score: rnd() });
      const threshold = 0.2 + rnd() * 0.4;
      assert.deepEqual(groups(averageLinkage(n, edges, threshold)), naiveAverageLinkage(n, edges, threshold), `round ${round}`);
    }
  });

  it('averages over the members of items that stand for groups', () => {
    // Item 0 stands for 3 members: 0.9 summed over 3 pairs is a mean of 0.3.
    assert.deepEqual(groups(averageLinkage(2, [{ a: 0, b: 1, score: 0.9 }], 0.5, [3, 1])), [[0], [1]]);
    assert.deepEqual(groups(averageLinkage(2, [{ a: 0, b: 1, score: 1.8 }], 0.5, [3, 1])), [[0, 1]]);
  });
});

describe('claim linking: joined pairs as items of the clustering', () => {
  it('makes each joined chain one item, sums the edges between items and drops those inside one', () => {
    const edges = [
      { a: 0, b: 1, score: 0.9 },
      { a: 0, b: 2, score: 0.4 },
      { a: 1, b: 2, score: 0.2 },
      { a: 3, b: 4, score: 0.1 },
    ];
    const c = contract(5, [[0, 1], [3, 4]], edges);
    assert.deepEqual([...c.groupOf], [0, 0, 1, 2, 2]);
    assert.deepEqual([...c.sizes], [2, 1, 2]);
    assert.equal(c.edges.length, 1);
    assert.equal(c.edges[0].a, 0);
    assert.equal(c.edges[0].b, 1);
    assert.ok(Math.abs(c.edges[0].score - 0.6) < 1e-12);
  });

  it('keeps a group joined by a timeline apart from a neighbour that only one of its members is near', () => {
    // 0-1 are one timeline; 2 scores 0.8 with 1 only: a mean of 0.4 over the two, below 0.5.
    const c = contract(3, [[0, 1]], [{ a: 1, b: 2, score: 0.8 }]);
    const g = averageLinkage(c.sizes.length, c.edges, 0.5, c.sizes);
    assert.notEqual(g[c.groupOf[0]], g[c.groupOf[2]]);
  });
});
