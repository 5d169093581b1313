import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor, captureTarget, sellers } from '../../../../src/core/annotations/anchoring';
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
});
