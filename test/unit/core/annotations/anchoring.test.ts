import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor, AnchorBudget, captureTarget, mayOccur, sellers, SIDECAR_CELLS } from '../../../../src/core/annotations/anchoring';
import { anchorSidecar } from '../../../../src/core/annotations/anchorSidecar';
import { emptySidecar } from '../../../../src/core/annotations/sidecar';
import { annotation } from './fixtures';

const TEXT = 'Vladimir Putin has amassed almost 500,000 troops, Oleksii Reznikov said. Putin denied it. Reznikov repeated it.';

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

describe('anchoring', () => {
  const cases: { name: string; edit: (t: string) => string; quote: string; from?: number; state: string; found?: string }[] = [
    { name: 'unchanged text: anchored where it was', edit: (t) => t, quote: 'Oleksii Reznikov', state: 'anchored' },
    { name: 'insertion before: moved by the insertion', edit: (t) => 'LIVE: ' + t, quote: 'Oleksii Reznikov', state: 'moved', found: 'Oleksii Reznikov' },
    { name: 'insertion after: still anchored', edit: (t) => t + ' More later.', quote: 'Oleksii Reznikov', state: 'anchored' },
    { name: 'insertion inside: found approximately', edit: (t) => t.replace('Oleksii Reznikov', 'Oleksii V. Reznikov'), quote: 'Oleksii Reznikov', state: 'moved', found: 'Oleksii V. Reznikov' },
    { name: 'deleted span: orphaned', edit: (t) => t.replace(', Oleksii Reznikov said', ''), quote: 'Oleksii Reznikov', state: 'orphaned' },
    { name: 'repeated quote: the occurrence with the same context', edit: (t) => 'Putin. ' + t, quote: 'Putin', from: 60, state: 'moved', found: 'Putin' },
    { name: 'CRLF line endings after LF', edit: (t) => t.replace(/\n/g, '\r\n'), quote: 'said.\nPutin', state: 'moved' },
    { name: 'a BOM added in front', edit: (t) => '\uFEFF' + t, quote: 'almost 500,000 troops', state: 'moved', found: 'almost 500,000 troops' },
    { name: 'mojibake in the span', edit: (t) => t.replace('Oleksii Reznikov said', 'Oleksii Reznikov‚Äôs said'), quote: 'Oleksii Reznikov said', state: 'moved' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const base = c.name.startsWith('CRLF') ? TEXT.replace('. Putin', '.\nPutin') : TEXT;
      const start = base.indexOf(c.quote, c.from ?? 0);
      const target = captureTarget(base, start, start + c.quote.length);
      const after = c.edit(base);
      const r = anchor(after, target);
      if (c.name.startsWith('CRLF')) {
        assert.equal(r.state, 'moved');
        assert.equal(after.slice(r.start, r.end), 'said.\r\nPutin');
        return;
      }
      assert.equal(r.state, c.state);
      if (c.found) assert.equal(after.slice(r.start, r.end), c.found);
      if (c.name.startsWith('repeated')) assert.equal(r.start, after.indexOf('Putin denied'));
      if (c.state === 'moved' && !c.found) assert.ok(editDistance(after.slice(r.start, r.end), c.quote) <= Math.floor(c.quote.length / 5));
    });
  }

  it('scores an exact match at the old place above one elsewhere', () => {
    const t = 'Putin said. Putin said.';
    const target = captureTarget(t, 12, 17);
    const here = anchor(t, target);
    const moved = anchor('x' + t.slice(0, 12) + 'Putni said.', target);
    assert.equal(here.score, 1);
    assert.ok(moved.score < here.score);
  });

  it('Sellers search finds the substring with the fewest edits', () => {
    const hit = sellers('the Oleksiy Reznikov said', 0, 25, 'Oleksii Reznikov', 3);
    assert.deepEqual(hit && { start: hit.start, end: hit.end, errors: hit.errors }, { start: 4, end: 20, errors: 1 });
  });

  it('property: random edits never lose an annotation', () => {
    const base = TEXT + ' ' + TEXT.toUpperCase();
    const quotes = ['Vladimir Putin', '500,000 troops', 'Oleksii Reznikov', 'Putin denied it', 'REZNIKOV REPEATED'];
    const sidecar = { ...emptySidecar('a.txt'), annotations: quotes.map((q, i) => annotation(base, q, `a${i}`)) };
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), ins: fc.string({ maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        let t = base;
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          t = t.slice(0, at) + e.ins + t.slice(at + e.del);
        }
        const summary = anchorSidecar(sidecar, t);
        assert.equal(summary.items.length, quotes.length, 'every annotation is reported');
        assert.equal(summary.anchored + summary.moved + summary.orphaned, quotes.length);
        for (const { annotation: a, result } of summary.items) {
          if (result.state === 'orphaned') continue;
          const found = t.slice(result.start, result.end);
          if (result.state === 'anchored') assert.equal(found, a.target.exact);
          else assert.ok(editDistance(found, a.target.exact) <= Math.floor(a.target.exact.length / 5), `${found} ~ ${a.target.exact}`);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  /** Sellers' search without the cut-off, as the textbook has it: the reference the fast one must equal. */
  function fullSellers(text: string, pattern: string, k: number): { end: number; errors: number } | undefined {
    let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
    let best: { end: number; errors: number } | undefined;
    for (let j = 0; j < text.length; j++) {
      const cur = [0];
      for (let i = 1; i <= pattern.length; i++) cur[i] = Math.min(prev[i - 1] + (pattern[i - 1] === text[j] ? 0 : 1), prev[i] + 1, cur[i - 1] + 1);
      if (cur[pattern.length] <= k && (!best || cur[pattern.length] < best.errors)) best = { end: j + 1, errors: cur[pattern.length] };
      prev = cur;
    }
    return best;
  }

  it('property: Sellers search with the cut-off finds what the full table finds', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 60 });
    fc.assert(
      fc.property(letters, fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 12 }), fc.nat({ max: 4 }), (text, pattern, k) => {
        const fast = sellers(text, 0, text.length, pattern, k);
        const full = fullSellers(text, pattern, k);
        assert.deepEqual(fast && { end: fast.end, errors: fast.errors }, full);
        if (fast) assert.ok(editDistance(text.slice(fast.start, fast.end), pattern) <= fast.errors);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('property: the q-gram filter never rules out a quote that is in the text with few edits', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 40, maxLength: 300 }), fc.nat(), fc.nat({ max: 200 }), fc.array(fc.record({ at: fc.nat(), ins: fc.string({ maxLength: 1 }) }), { maxLength: 12 }), (text, s, len, edits) => {
        const start = s % (text.length - 5);
        let q = text.slice(start, start + 5 + (len % 100));
        const k = Math.max(1, Math.floor(q.length / 5));
        for (const e of edits.slice(0, k)) {
          const at = e.at % (q.length + 1);
          q = q.slice(0, at) + e.ins + q.slice(at + 1);
        }
        if (editDistance(q, text.slice(start, start + 5 + (len % 100))) <= Math.max(1, Math.floor(q.length / 5))) assert.equal(mayOccur(text, q, Math.max(1, Math.floor(q.length / 5))), true, q);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  // Issue 30 #5: 2,000-character quotes that are no longer in a long article cost
  // quote length × article length each (17 s for a 24 KB sidecar, minutes for 707 KB).
  describe('bounded work on hostile sidecars', () => {
    const article = Array.from({ length: 4000 }, (_, i) => `Officials said ${i * 7} troops moved near town ${i % 97} on day ${i % 31}.`).join(' ');
    let seed = 1;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const target = (exact: string) => ({ start: 1000, end: 3000, exact, prefix: article.slice(968, 1000), suffix: article.slice(1000, 1032) });

    it('rules out a quote made of letters the text does not have in that order without any search', () => {
      const exact = Array.from({ length: 2000 }, () => 'qxzjvkw'[Math.floor(rnd() * 7)]).join('');
      const budget = new AnchorBudget(SIDECAR_CELLS);
      const r = anchor(article, target(exact), budget);
      assert.equal(r.state, 'orphaned');
      assert.equal(budget.used, 0, 'no cell of the edit-distance table was computed');
    });

    it('a sidecar of quotes stitched from the text itself stops at its budget, and says so', () => {
      const stitched = () => {
        let s = '';
        while (s.length < 2000) {
          const a = Math.floor(rnd() * (article.length - 12));
          s += article.slice(a, a + 4 + Math.floor(rnd() * 8));
        }
        return s.slice(0, 2000);
      };
      const sidecar = { ...emptySidecar('a.txt'), annotations: Array.from({ length: 40 }, (_, i) => ({ ...annotation(article, 'Officials', `s${i}`), target: target(stitched()) })) };
      const budget = new AnchorBudget(SIDECAR_CELLS);
      const summary = anchorSidecar(sidecar, article, budget);
      assert.equal(summary.orphaned, 40, 'none of them is in the text');
      assert.ok(budget.used <= SIDECAR_CELLS, `${budget.used} cells`);
      assert.ok(summary.outOfBudget > 0, 'the orphans not searched for everywhere are counted');
      assert.ok(summary.items.filter((i) => i.result.outOfBudget).every((i) => i.result.state === 'orphaned'));
    });

    it('still finds a damaged quote that moved, within the budget', () => {
      const at = article.indexOf('town 50 on day 19');
      const t = captureTarget(article, at, at + 400);
      const moved = 'LIVE UPDATE. '.repeat(40) + article.slice(0, at + 10) + 'X' + article.slice(at + 11);
      const budget = new AnchorBudget(SIDECAR_CELLS);
      const r = anchor(moved, t, budget);
      assert.equal(r.state, 'moved');
      assert.equal(r.start, at + 13 * 40);
    });
  });
});
