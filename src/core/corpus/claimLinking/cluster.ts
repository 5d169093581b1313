/**
 * Groups already joined (`joins`, pairs whose groups become one) as items of their own: each pair's
 * items become their groups, and the edges between two groups are summed. Returns the
 * group of every item, the number of groups, each group's size and the summed edges.
 */
export function contract(n: number, joins: [number, number][], edges: { a: number; b: number; score: number }[]): { groupOf: Int32Array; sizes: Int32Array; edges: { a: number; b: number; score: number }[] } {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const [a, b] of joins) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const index = new Int32Array(n).fill(-1);
  const groupOf = new Int32Array(n);
  const sizeList: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (index[r] < 0) {
      index[r] = sizeList.length;
      sizeList.push(0);
    }
    groupOf[i] = index[r];
    sizeList[index[r]]++;
  }
  const summed = new Map<number, number>();
  const g = sizeList.length;
  for (const e of edges) {
    const a = groupOf[e.a];
    const b = groupOf[e.b];
    if (a === b) continue;
    const key = Math.min(a, b) * g + Math.max(a, b);
    summed.set(key, (summed.get(key) ?? 0) + e.score);
  }
  const out = [...summed].map(([key, score]) => ({ a: Math.floor(key / g), b: key % g, score }));
  return { groupOf, sizes: Int32Array.from(sizeList), edges: out };
}

/**
 * Average-linkage clustering over a sparse graph of scored pairs: two groups merge while
 * the mean score over every pair between them (a pair never scored counts as 0) is at
 * least `threshold`. Unlike joining every pair above the threshold, one strong link
 * cannot chain two facts of a story into one group through a sentence that mentions
 * both. Each group keeps the summed scores to its neighbour groups, so a merge costs the
 * smaller group's neighbours, and a heap with lazy deletion keeps the best merge on top:
 * O(E log E) for E scored pairs.
 */
export function averageLinkage(n: number, edges: { a: number; b: number; score: number }[], threshold: number, sizes?: ArrayLike<number>): Int32Array {
  // Items may stand for groups already made (`sizes` members each): the average is over their members' pairs.
  const size = sizes ? Int32Array.from(sizes) : new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    if (e.a === e.b) continue;
    links[e.a].set(e.b, (links[e.a].get(e.b) ?? 0) + e.score);
    links[e.b].set(e.a, (links[e.b].get(e.a) ?? 0) + e.score);
  }
  const heap = new MaxHeap();
  const push = (a: number, b: number) => {
    const avg = links[a].get(b)! / (size[a] * size[b]);
    if (avg >= threshold) heap.push(avg, a, b, version[a], version[b]);
  };
  for (let a = 0; a < n; a++) for (const b of links[a].keys()) if (a < b) push(a, b);
  const owner = Int32Array.from({ length: n }, (_, i) => i);
  for (;;) {
    const top = heap.pop();
    if (!top) break;
    const { a, b, va, vb } = top;
    if (!alive[a] || !alive[b] || version[a] !== va || version[b] !== vb) continue;
    // Merge the group with fewer neighbours into the other.
    const [keep, gone] = links[a].size >= links[b].size ? [a, b] : [b, a];
    alive[gone] = 0;
    owner[gone] = keep;
    links[keep].delete(gone);
    links[gone].delete(keep);
    for (const [c, s] of links[gone]) {
      links[keep].set(c, (links[keep].get(c) ?? 0) + s);
      links[c].delete(gone);
      links[c].set(keep, (links[c].get(keep) ?? 0) + s);
    }
    links[gone].clear();
    size[keep] += size[gone];
    version[keep]++;
    // Entries naming `keep` are stale now; those between two other groups still hold.
    for (const c of links[keep].keys()) push(Math.min(keep, c), Math.max(keep, c));
  }
  // Each item's group: follow `owner` to a live root.
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let r = i;
    while (owner[r] !== r) r = owner[r];
    group[i] = r;
  }
  return group;
}

/** A binary max-heap of candidate merges. */
class MaxHeap {
  private readonly items: { s: number; a: number; b: number; va: number; vb: number }[] = [];

  push(s: number, a: number, b: number, va: number, vb: number) {
    const it = this.items;
    it.push({ s, a, b, va, vb });
    let i = it.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (it[p].s >= it[i].s) break;
      [it[p], it[i]] = [it[i], it[p]];
      i = p;
    }
  }

  pop(): { a: number; b: number; va: number; vb: number } | undefined {
    const it = this.items;
    if (it.length === 0) return undefined;
    const top = it[0];
    const last = it.pop()!;
    if (it.length > 0) {
      it[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < it.length && it[l].s > it[m].s) m = l;
        if (r < it.length && it[r].s > it[m].s) m = r;
        if (m === i) break;
        [it[m], it[i]] = [it[i], it[m]];
        i = m;
      }
    }
    return top;
  }
}
