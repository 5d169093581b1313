import * as assert from 'node:assert/strict';
import { mergeForGit, unresolvedConflicts } from '../../../../src/core/annotations/gitMerge';
import { emptySidecar } from '../../../../src/core/annotations/sidecar';
import type { Annotation, Sidecar } from '../../../../src/core/annotations/schema';
import { annotation } from './fixtures';

const TEXT = 'Ukrainian defence minister Oleksii Reznikov said Kyiv would hold. Vladimir Putin was in Moscow.';
const kyiv = annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' });
const putin = annotation(TEXT, 'Vladimir Putin', 'p');
const moscow = annotation(TEXT, 'Moscow', 'm', 0, { label: 'place' });

const sidecar = (...annotations: Annotation[]): Sidecar => ({ ...emptySidecar('a.txt'), annotations });
const ids = (s: Sidecar) => s.annotations.map((a) => a.id).sort();

describe('mergeForGit: a three-way merge of one sidecar', () => {
  it('takes what each branch added', () => {
    const r = mergeForGit(sidecar(kyiv), sidecar(kyiv, putin), sidecar(kyiv, moscow));
    assert.deepEqual(ids(r.merged), ['k', 'm', 'p']);
    assert.deepEqual(r.bothChanged, []);
    assert.deepEqual(r.keptOverDeletion, []);
  });

  it('takes a change made on one branch, and a deletion made on one branch', () => {
    const noted = { ...kyiv, note: 'the capital' };
    const r = mergeForGit(sidecar(kyiv, putin), sidecar(noted, putin), sidecar(kyiv));
    assert.deepEqual(r.merged.annotations, [noted]);
    const r2 = mergeForGit(sidecar(kyiv, putin), sidecar(kyiv), sidecar(noted, putin));
    assert.deepEqual(r2.merged.annotations, [noted], 'the same from the other side');
  });

  it('takes the same change made on both branches once', () => {
    const noted = { ...kyiv, note: 'the capital' };
    const r = mergeForGit(sidecar(kyiv), sidecar(noted), sidecar({ ...noted }));
    assert.deepEqual(r.merged.annotations, [noted]);
    assert.deepEqual(r.bothChanged, []);
    const both = mergeForGit(sidecar(kyiv), sidecar(kyiv, putin), sidecar(kyiv, putin));
    assert.deepEqual(ids(both.merged), ['k', 'p'], 'the same annotation added on both');
  });

  it('keeps both versions of an annotation both branches changed differently, marked, and says so', () => {
    const ours = { ...kyiv, note: 'ours' };
    const theirs = { ...kyiv, label: 'organization' };
    const r = mergeForGit(sidecar(kyiv), sidecar(ours), sidecar(theirs));
    assert.deepEqual(r.merged.annotations, [
      { ...ours, conflict: 'k' },
      { ...theirs, id: 'k~theirs', conflict: 'k' },
    ]);
    assert.deepEqual(r.bothChanged, [{ id: 'k', ids: ['k', 'k~theirs'] }]);
    assert.deepEqual([...unresolvedConflicts(r.merged).keys()], ['k']);
  });

  it('keeps two annotations both branches added under one id', () => {
    const ours = { ...putin, note: 'ours' };
    const theirs = { ...putin, note: 'theirs' };
    const r = mergeForGit(null, sidecar(ours), sidecar(theirs));
    assert.deepEqual(ids(r.merged), ['p', 'p~theirs']);
  });

  it('names the second version so that it takes no id already in use', () => {
    const taken = { ...moscow, id: 'k~theirs' };
    const r = mergeForGit(sidecar(kyiv, taken), sidecar({ ...kyiv, note: 'ours' }, taken), sidecar({ ...kyiv, note: 'theirs' }, taken));
    assert.deepEqual(ids(r.merged), ['k', 'k~theirs', 'k~theirs2']);
    assert.deepEqual(r.bothChanged, [{ id: 'k', ids: ['k', 'k~theirs2'] }]);
    const again = { ...moscow, id: 'k~theirs2' };
    const r3 = mergeForGit(sidecar(kyiv, taken, again), sidecar({ ...kyiv, note: 'ours' }, taken, again), sidecar({ ...kyiv, note: 'theirs' }, taken, again));
    assert.deepEqual(r3.bothChanged[0].ids, ['k', 'k~theirs3']);
  });

  it('keeps the conflict an annotation already had', () => {
    const ours = { ...kyiv, note: 'ours', conflict: 'x' };
    const theirs = { ...kyiv, note: 'theirs', conflict: 'y' };
    const r = mergeForGit(sidecar(kyiv), sidecar(ours), sidecar(theirs));
    assert.deepEqual(
      r.merged.annotations.map((a) => a.conflict),
      ['x', 'y'],
    );
  });

  it('keeps an annotation one branch changed and the other deleted, as changed', () => {
    const noted = { ...kyiv, note: 'the capital' };
    const r = mergeForGit(sidecar(kyiv, putin), sidecar(noted, putin), sidecar(putin));
    assert.deepEqual(r.merged.annotations, [noted, putin]);
    assert.deepEqual(r.keptOverDeletion, ['k']);
    const r2 = mergeForGit(sidecar(kyiv, putin), sidecar(putin), sidecar(noted, putin));
    assert.deepEqual(r2.merged.annotations, [noted, putin]);
    assert.deepEqual(r2.keptOverDeletion, ['k']);
  });

  it('drops an annotation both branches deleted', () => {
    const r = mergeForGit(sidecar(kyiv, putin), sidecar(putin), sidecar(putin));
    assert.deepEqual(r.merged.annotations, [putin]);
    assert.deepEqual(r.keptOverDeletion, []);
  });

  it('takes the sidecar’s own fields from the branch that changed them', () => {
    const base = sidecar(kyiv);
    const renamed = { ...sidecar(kyiv), article: 'b.txt' };
    assert.equal(mergeForGit(base, base, renamed).merged.article, 'b.txt', 'theirs changed it');
    assert.equal(mergeForGit(base, renamed, base).merged.article, 'b.txt', 'ours changed it');
    assert.equal(mergeForGit(null, renamed, base).merged.article, 'b.txt', 'no base: ours');
  });
});

describe('unresolvedConflicts', () => {
  it('lists only conflicts that still hold two versions', () => {
    const s = sidecar({ ...kyiv, conflict: 'k' }, { ...kyiv, id: 'k~theirs', conflict: 'k' }, { ...putin, conflict: 'p' }, moscow, { ...moscow, id: 'm2' });
    const groups = unresolvedConflicts(s);
    assert.deepEqual([...groups.keys()], ['k']);
    assert.deepEqual(
      groups.get('k')!.map((a) => a.id),
      ['k', 'k~theirs'],
    );
  });
});
