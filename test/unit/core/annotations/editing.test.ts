import * as assert from 'node:assert/strict';
import { createAnnotation, newId, retarget, stepBoundary } from '../../../../src/core/annotations/editing';
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

  it('stamps a new annotation created and modified at the same time, with a fresh id', () => {
    const now = new Date('2026-11-23T10:00:00.000Z');
    const a = createAnnotation(T, 'b'.repeat(64), 0, 9, { label: 'place', status: 'accepted', finding: { kind: 'entity', start: 0, end: 9 } }, now);
    assert.equal(a.created, '2026-11-23T10:00:00.000Z');
    assert.equal(a.modified, a.created);
    assert.deepEqual([a.label, a.status, a.articleSha256, a.finding], ['place', 'accepted', 'b'.repeat(64), { kind: 'entity', start: 0, end: 9 }]);
    assert.deepEqual(a.target, { start: 0, end: 9, exact: 'Ukrainian', prefix: '', suffix: ' defence minister Oleksii Reznik' });
  });

  it('makes ids that sort by time and differ within the same millisecond', () => {
    const now = new Date('2026-11-23T10:00:00.000Z');
    const ids = Array.from({ length: 50 }, () => newId(now));
    assert.ok(ids.every((id) => id.startsWith(`a${now.getTime().toString(36)}`) && /^a[0-9a-z]{13}$/.test(id)), ids[0]);
    assert.equal(new Set(ids).size, 50);
    assert.ok(newId(new Date('2026-11-23T10:00:01.000Z')) > ids[0]);
  });

  it('never repeats an id in one process, even 50,000 made in one millisecond (a bulk import or seeding)', () => {
    // 5 random base-36 digits alone repeat about 20 times in 50,000 draws.
    const now = new Date('2026-11-23T10:00:00.000Z');
    const ids = Array.from({ length: 50_000 }, () => newId(now));
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.every((id) => /^a[0-9a-z]{13}$/.test(id)));
  });

  it('re-targets an annotation to a new span and stamps it, keeping the rest', () => {
    const a = createAnnotation(T, 'b'.repeat(64), 0, 9, { label: 'place', status: 'manual', note: 'n' }, new Date('2026-01-01T00:00:00.000Z'));
    const start = T.indexOf('Oleksii');
    const r = retarget(a, T, 'c'.repeat(64), start, start + 7, new Date('2026-02-01T00:00:00.000Z'));
    assert.deepEqual(r, { ...a, target: { start, end: start + 7, exact: 'Oleksii', prefix: 'Ukrainian defence minister ', suffix: ' Reznikov has said.' }, articleSha256: 'c'.repeat(64), modified: '2026-02-01T00:00:00.000Z' });
  });

  it('steps over punctuation, and keeps apostrophes and hyphens inside a word', () => {
    const text = 'Kyiv, the capital — Zelensky’s well-known city.';
    const span = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    const sliced = ([a, b]: [number, number]) => text.slice(a, b);
    assert.equal(sliced(stepBoundary(text, ...span('city'), 'start', true)), 'well-known city');
    assert.equal(sliced(stepBoundary(text, ...span('capital'), 'end', true)), 'capital — Zelensky’s');
    assert.equal(sliced(stepBoundary(text, ...span('the capital'), 'start', true)), 'Kyiv, the capital');
    assert.equal(sliced(stepBoundary(text, ...span('Kyiv'), 'start', true)), 'Kyiv', 'nothing before the first word');
    assert.equal(sliced(stepBoundary(text, ...span('Kyiv, the'), 'start', false)), 'the');
    assert.equal(sliced(stepBoundary(text, ...span('Kyiv, the'), 'end', false)), 'Kyiv');
    assert.equal(sliced(stepBoundary(text, ...span('city'), 'start', false)), 'city', 'never narrowed to nothing');
    // A span that ends inside a word narrows to the end of the word before.
    assert.equal(sliced(stepBoundary(text, text.indexOf('the'), text.indexOf('capital') + 3, 'end', false)), 'the');
    // A span that starts inside a word widens to the start of the whole word before it.
    assert.equal(sliced(stepBoundary(text, text.indexOf('apital'), text.indexOf('apital') + 6, 'start', true)), 'the capital');
  });

  it('moves a boundary to a word that touches it, with nothing between', () => {
    const text = 'Kyiv,Lviv';
    const sliced = ([a, b]: [number, number]) => text.slice(a, b);
    assert.equal(sliced(stepBoundary(text, 4, 9, 'start', true)), 'Kyiv,Lviv', 'the word ending where the span starts');
    assert.equal(sliced(stepBoundary(text, 0, 5, 'end', true)), 'Kyiv,Lviv', 'the word starting where the span ends');
    assert.equal(sliced(stepBoundary(text, 0, 5, 'start', false)), 'Kyiv,', 'no word starts inside: unchanged, never empty');
    assert.equal(sliced(stepBoundary(text, 4, 9, 'end', false)), ',Lviv', 'no word ends inside: unchanged, never empty');
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
