import * as assert from 'node:assert/strict';
import { createAnnotation, stepBoundary } from '../../../../src/core/annotations/editing';
import { Annotation } from '../../../../src/core/annotations/schema';

const T = 'Ukrainian defence minister Oleksii Reznikov has said.';

describe('annotation editing', () => {
  it('creates a valid annotation with its quote and context', () => {
    const start = T.indexOf('Oleksii');
    const a = createAnnotation(T, 'b'.repeat(64), start, start + 'Oleksii Reznikov'.length, { label: 'person', status: 'manual', note: 'minister' });
    assert.ok(Annotation.safeParse(a).success);
    assert.equal(a.target.exact, 'Oleksii Reznikov');
    assert.equal(a.target.prefix, 'Ukrainian defence minister ');
  });

  const at = (s: string) => [T.indexOf(s), T.indexOf(s) + s.length] as [number, number];
  const cases: { name: string; from: string; side: 'start' | 'end'; grow: boolean; want: string }[] = [
    { name: 'grow the start by a word', from: 'Reznikov', side: 'start', grow: true, want: 'Oleksii Reznikov' },
    { name: 'grow the end by a word', from: 'Oleksii', side: 'end', grow: true, want: 'Oleksii Reznikov' },
    { name: 'shrink the start by a word', from: 'minister Oleksii Reznikov', side: 'start', grow: false, want: 'Oleksii Reznikov' },
    { name: 'shrink the end by a word', from: 'Oleksii Reznikov has', side: 'end', grow: false, want: 'Oleksii Reznikov' },
    { name: 'never shrink to nothing', from: 'Oleksii', side: 'end', grow: false, want: 'Oleksii' },
    { name: 'grow past the last word stays put', from: 'said', side: 'end', grow: true, want: 'said' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [s, e] = stepBoundary(T, ...at(c.from), c.side, c.grow);
      assert.equal(T.slice(s, e), c.want);
    });
  }
});
