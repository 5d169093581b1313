import * as assert from 'node:assert/strict';
import { canonicalJson, mergeSidecars } from '../../../../src/core/annotations/merge';
import type { Annotation, Sidecar } from '../../../../src/core/annotations/schema';
import { emptySidecar } from '../../../../src/core/annotations/sidecar';
import { annotation } from './fixtures';

const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv.';
const P = annotation(TEXT, 'Vladimir Putin', 'p');
const K = annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' });
const R = annotation(TEXT, 'Oleksii Reznikov', 'r');
const side = (...annotations: Annotation[]): Sidecar => ({ ...emptySidecar('a.txt'), annotations });
const ids = (s: Sidecar) => s.annotations.map((a) => a.id).sort();

describe('mergeSidecars (three-way, by annotation id)', () => {
  const base = side(P, K);

  it('keeps what either side added, and what nobody touched', () => {
    const { merged, conflicts } = mergeSidecars(base, side(P, K, R), side(P, K, { ...R, id: 'r2' }));
    assert.deepEqual(ids(merged), ['k', 'p', 'r', 'r2']);
    assert.deepEqual(conflicts, []);
  });

  it('takes an edit made on one side only, from either side', () => {
    const ours = mergeSidecars(base, side({ ...P, note: 'ours' }, K), base);
    assert.equal(ours.merged.annotations.find((a) => a.id === 'p')?.note, 'ours');
    const theirs = mergeSidecars(base, base, side(P, { ...K, note: 'theirs' }));
    assert.equal(theirs.merged.annotations.find((a) => a.id === 'k')?.note, 'theirs');
    assert.deepEqual([...ours.conflicts, ...theirs.conflicts], []);
  });

  it('takes a deletion made on either side when the other left it alone, and one made on both', () => {
    assert.deepEqual(ids(mergeSidecars(base, base, side(P)).merged), ['p']);
    assert.deepEqual(ids(mergeSidecars(base, side(P), base).merged), ['p']);
    const both = mergeSidecars(base, side(K), side(K));
    assert.deepEqual(ids(both.merged), ['k']);
    assert.deepEqual(both.conflicts, []);
  });

  it('is no conflict when both sides made the same change', () => {
    const same = { ...P, note: 'same' };
    const { merged, conflicts } = mergeSidecars(base, side(same, K), side(same, K));
    assert.deepEqual(conflicts, []);
    assert.equal(merged.annotations.find((a) => a.id === 'p')?.note, 'same');
  });

  it('compares annotations by content: key order and absent keys do not count as a change', () => {
    const reordered = Object.fromEntries(Object.entries(P).reverse()) as Annotation;
    const withUndefined = { ...K, note: undefined } as Annotation;
    const { merged, conflicts } = mergeSidecars(base, side(reordered, withUndefined), side({ ...P, note: 'theirs' }, { ...K, tags: ['x'] }));
    assert.deepEqual(conflicts, [], 'our side changed nothing');
    assert.equal(merged.annotations.find((a) => a.id === 'p')?.note, 'theirs');
    assert.deepEqual(merged.annotations.find((a) => a.id === 'k')?.tags, ['x']);
  });

  it('sees a change deep inside an annotation', () => {
    const moved = { ...P, target: { ...P.target, start: P.target.start + 1 } };
    const { conflicts } = mergeSidecars(base, side(moved, K), side({ ...P, tags: ['a', 'b'] }, K));
    assert.equal(conflicts.length, 1);
    const reordered = mergeSidecars(base, side({ ...P, tags: ['b', 'a'] }, K), side({ ...P, tags: ['a', 'b'] }, K));
    assert.equal(reordered.conflicts.length, 1, 'the order of tags is content');
  });

  it('keeps both sides of a conflict, the version on disk in the file', () => {
    const ours = { ...P, note: 'ours' };
    const theirs = { ...P, note: 'theirs' };
    const { merged, conflicts } = mergeSidecars(base, side(ours, K), side(theirs, K));
    assert.deepEqual(conflicts, [{ id: 'p', ours, theirs }]);
    assert.equal(merged.annotations.find((a) => a.id === 'p'), theirs);
  });

  it('keeps an edit against a deletion, whichever side deleted', () => {
    const edited = { ...K, note: 'keep me' };
    const a = mergeSidecars(base, side(P, edited), side(P));
    assert.deepEqual(a.conflicts, [{ id: 'k', ours: edited, theirs: null }]);
    assert.equal(a.merged.annotations.find((x) => x.id === 'k'), edited);
    const b = mergeSidecars(base, side(P), side(P, edited));
    assert.deepEqual(b.conflicts, [{ id: 'k', ours: null, theirs: edited }]);
    assert.equal(b.merged.annotations.find((x) => x.id === 'k'), edited);
  });

  it('keeps the file-level fields of the version on disk', () => {
    const theirs = { ...side(P, K), article: 'renamed.txt' };
    assert.equal(mergeSidecars(base, side(P, K, R), theirs).merged.article, 'renamed.txt');
  });

  describe('canonicalJson: what tells two annotations apart', () => {
    it('writes keys sorted, without undefined values, as JSON', () => {
      assert.equal(canonicalJson({ b: [1, 'x'], a: { d: null, c: undefined } }), '{"a":{"d":null},"b":[1,"x"]}');
    });

    it('keeps the separators that tell neighbouring values apart', () => {
      assert.notEqual(canonicalJson([1, 23]), canonicalJson([12, 3]));
    });
  });
});
