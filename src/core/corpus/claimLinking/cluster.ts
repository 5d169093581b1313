/**
 * Average-linkage clustering over a sparse graph of scored pairs: two groups merge while
 * the mean score over every pair between them (a pair never scored counts as 0) is at
 * least `threshold`. Unlike joining every pair above the threshold, one strong link
 * cannot chain two facts of a story into one group through a sentence that mentions
 * both. Each group keeps the summed scores to its neighbour groups, so a merge costs the
 * smaller group's neighbours, and a heap with lazy deletion keeps the best merge on top:
 * O(E log E) for E scored pairs.
 */
export function averageLinkage(n: number, edges: { a: number; b: number; score: number }[], threshold: number): Int32Array {
  const size = new Int32Array(n).fill(1);
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
