import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mergeSidecars } from '../../../../src/core/annotations/merge';
import { emptySidecar, parseSidecar, serializeSidecar } from '../../../../src/core/annotations/sidecar';
import { SidecarStore } from '../../../../src/core/annotations/sidecarStore';
import { annotation } from './fixtures';

const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv.';

describe('SidecarStore', () => {
  let dir: string;
  let article: string;
  const store = new SidecarStore();
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-store-'));
    article = path.join(dir, 'a.txt');
    fs.writeFileSync(article, TEXT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes atomically: the sidecar appears whole and no temporary file is left', async () => {
    const next = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p')] };
    const r = await store.save(article, null, next);
    assert.ok(r.saved);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.annotations.json', 'a.txt']);
    const loaded = await store.load(article);
    assert.equal(loaded.state, 'ok');
    assert.equal(loaded.state === 'ok' && loaded.sidecar.annotations[0].id, 'p');
  });

  it('replaces the sidecar by a rename, never by rewriting the file in place', async () => {
    const file = path.join(dir, 'a.annotations.json');
    const first = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p')] };
    await store.save(article, null, first);
    const before = fs.statSync(file).ino;
    const r = await store.save(article, first, { ...first, annotations: [...first.annotations, annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' })] });
    assert.ok(r.saved);
    // Written in place, the file would keep its inode, and a crash mid-write would leave it half written.
    assert.notEqual(fs.statSync(file).ino, before, 'a new file took the old one’s name');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.annotations.json', 'a.txt']);
  });

  it('leaves the old sidecar whole, and no temporary file, when writing fails half way', async () => {
    const file = path.join(dir, 'a.annotations.json');
    const first = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p')] };
    await store.save(article, null, first);
    const before = fs.readFileSync(file, 'utf8');
    // The disk fills up after half of what is written.
    const writeFile = fs.promises.writeFile;
    fs.promises.writeFile = async (target: Parameters<typeof writeFile>[0], data: Parameters<typeof writeFile>[1]) => {
      await writeFile(target, String(data).slice(0, String(data).length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    try {
      await assert.rejects(store.save(article, first, { ...first, annotations: [...first.annotations, annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' })] }), /ENOSPC/);
    } finally {
      fs.promises.writeFile = writeFile;
    }
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.annotations.json', 'a.txt']);
  });

  it('loads a missing sidecar as empty, and says a version 1 file was migrated', async () => {
    assert.deepEqual(await store.load(article), { state: 'missing', file: path.join(dir, 'a.annotations.json'), sidecar: emptySidecar('a.txt') });
    const v1 = { version: 1, article: 'a.txt', sha256: 'a'.repeat(64), annotations: [] };
    fs.writeFileSync(path.join(dir, 'a.annotations.json'), JSON.stringify(v1));
    const loaded = await store.load(article);
    assert.equal(loaded.state, 'ok');
    assert.equal(loaded.state === 'ok' && loaded.migratedFrom, 1);
    assert.equal(loaded.state === 'ok' && loaded.text, JSON.stringify(v1));
    const current = await store.save(article, null, emptySidecar('a.txt'));
    assert.ok(current.saved);
    const again = await store.load(article);
    assert.ok(again.state === 'ok' && !('migratedFrom' in again), 'a current file was not migrated');
  });

  it('fails loudly, rather than as an empty sidecar, when the sidecar cannot be read', async () => {
    fs.mkdirSync(path.join(dir, 'a.annotations.json'));
    await assert.rejects(store.load(article), /EISDIR/);
  });

  it('merges with what appeared on disk when there was no sidecar at load time', async () => {
    const theirs = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' })] };
    fs.writeFileSync(path.join(dir, 'a.annotations.json'), serializeSidecar(theirs));
    const r = await store.save(article, null, { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p')] });
    assert.ok(r.saved);
    assert.deepEqual(r.sidecar.annotations.map((a) => a.id).sort(), ['k', 'p']);
    assert.equal(fs.readFileSync(path.join(dir, 'a.annotations.json'), 'utf8'), serializeSidecar(r.sidecar));
  });

  it('writes exactly what it was given when the disk still has what was loaded', async () => {
    const base = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p')] };
    await store.save(article, null, base);
    const next = { ...base, annotations: [] };
    const r = await store.save(article, base, next);
    assert.ok(r.saved);
    assert.deepEqual(r, { saved: true, file: path.join(dir, 'a.annotations.json'), sidecar: next, conflicts: [] });
    assert.equal(fs.readFileSync(path.join(dir, 'a.annotations.json'), 'utf8'), serializeSidecar(next));
  });

  it('writes all it has when the sidecar was deleted on disk meanwhile', async () => {
    const base = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p')] };
    await store.save(article, null, base);
    fs.rmSync(path.join(dir, 'a.annotations.json'));
    const next = { ...base, annotations: [...base.annotations, annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' })] };
    const r = await store.save(article, base, next);
    assert.ok(r.saved);
    assert.deepEqual(r.sidecar.annotations.map((a) => a.id).sort(), ['k', 'p']);
  });

  it('reports the write’s own error when the temporary file could not even be created', async () => {
    const writeFile = fs.promises.writeFile;
    fs.promises.writeFile = async () => {
      throw Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' });
    };
    try {
      await assert.rejects(store.save(article, null, emptySidecar('a.txt')), /EROFS/);
    } finally {
      fs.promises.writeFile = writeFile;
    }
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });

  it('merges a change made on disk meanwhile instead of overwriting it', async () => {
    const base = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p')] };
    await store.save(article, null, base);
    // Another window adds an annotation on disk…
    const theirs = { ...base, annotations: [...base.annotations, annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' })] };
    fs.writeFileSync(path.join(dir, 'a.annotations.json'), serializeSidecar(theirs));
    // …while this one adds another.
    const ours = { ...base, annotations: [...base.annotations, annotation(TEXT, 'Oleksii Reznikov', 'r')] };
    const r = await store.save(article, base, ours);
    assert.ok(r.saved);
    assert.deepEqual(r.conflicts, []);
    const onDisk = parseSidecar(fs.readFileSync(path.join(dir, 'a.annotations.json'), 'utf8'));
    assert.ok(onDisk.ok);
    assert.deepEqual(onDisk.sidecar.annotations.map((a) => a.id).sort(), ['k', 'p', 'r']);
  });

  it('reports a true conflict and keeps the version on disk', async () => {
    const base = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p')] };
    await store.save(article, null, base);
    const theirs = { ...base, annotations: [{ ...base.annotations[0], note: 'theirs' }] };
    fs.writeFileSync(path.join(dir, 'a.annotations.json'), serializeSidecar(theirs));
    const ours = { ...base, annotations: [{ ...base.annotations[0], note: 'ours' }] };
    const r = await store.save(article, base, ours);
    assert.ok(r.saved);
    assert.equal(r.conflicts.length, 1);
    assert.equal(r.conflicts[0].ours?.note, 'ours');
    assert.equal(r.sidecar.annotations[0].note, 'theirs');
  });

  it('never overwrites a corrupt sidecar, and says where it is broken', async () => {
    const file = path.join(dir, 'a.annotations.json');
    fs.writeFileSync(file, '{ "version": 2, "annotations": [ {"id": } ] }');
    const before = fs.readFileSync(file, 'utf8');
    const loaded = await store.load(article);
    assert.equal(loaded.state, 'invalid');
    const r = await store.save(article, null, { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Kyiv', 'k')] });
    assert.equal(r.saved, false);
    assert.match(!r.saved ? r.reason : '', /not valid; it was not overwritten/);
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    // The column (1-based) of the `}` where a value was expected.
    assert.equal(loaded.state === 'invalid' && loaded.problems[0].column, before.indexOf('"id": }') + '"id": '.length + 1);
  });
});

describe('mergeSidecars', () => {
  const base = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p'), annotation(TEXT, 'Kyiv', 'k')] };
  it('takes a deletion on one side when the other left the annotation alone', () => {
    const ours = { ...base, annotations: [base.annotations[0]] };
    const { merged, conflicts } = mergeSidecars(base, ours, base);
    assert.deepEqual(merged.annotations.map((a) => a.id), ['p']);
    assert.deepEqual(conflicts, []);
  });
  it('keeps an edit against a deletion, as a conflict', () => {
    const ours = { ...base, annotations: [base.annotations[0]] };
    const theirs = { ...base, annotations: [base.annotations[0], { ...base.annotations[1], note: 'keep me' }] };
    const { merged, conflicts } = mergeSidecars(base, ours, theirs);
    assert.equal(merged.annotations.find((a) => a.id === 'k')?.note, 'keep me');
    assert.equal(conflicts.length, 1);
  });
});
