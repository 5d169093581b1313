import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mergeSidecars } from '../../../../src/core/annotations/merge';
import { emptySidecar, parseSidecar, serializeSidecar } from '../../../../src/core/annotations/sidecar';
import { lockPathFor, SidecarLockedError, withSidecarLock } from '../../../../src/core/annotations/sidecarLock';
import { removeLeftoverTemps, SidecarStore } from '../../../../src/core/annotations/sidecarStore';
import { nodeWriteIo, type WriteIo } from '../../../../src/core/util/atomicWrite';
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

  // Issue 30, held well: a sidecar that is a link to a file elsewhere is replaced, never written through.
  it('replaces a symlinked sidecar with a file and leaves the link target alone', async () => {
    const outside = path.join(dir, 'outside.json');
    fs.writeFileSync(outside, serializeSidecar(emptySidecar('a.txt')));
    fs.symlinkSync(outside, path.join(dir, 'a.annotations.json'));
    const before = fs.readFileSync(outside, 'utf8');
    const r = await store.save(article, emptySidecar('a.txt'), { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Kyiv', 'k')] });
    assert.ok(r.saved);
    assert.equal(fs.readFileSync(outside, 'utf8'), before);
    assert.equal(fs.lstatSync(path.join(dir, 'a.annotations.json')).isSymbolicLink(), false);
    assert.match(fs.readFileSync(path.join(dir, 'a.annotations.json'), 'utf8'), /"Kyiv"/);
  });

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
    // The disk fills up after half of what is written: the temporary file holds half the sidecar.
    const halfDisk: WriteIo = {
      ...nodeWriteIo,
      open: async (tmp) => {
        const handle = await nodeWriteIo.open(tmp);
        let calls = 0;
        return {
          writeFile: async (data: Uint8Array) => {
            if (++calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            await handle.writeFile(data);
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await assert.rejects(new SidecarStore({ io: halfDisk }).save(article, first, { ...first, annotations: [...first.annotations, annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' })] }), /ENOSPC/);
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
    assert.deepEqual(r, { saved: true, file: path.join(dir, 'a.annotations.json'), sidecar: next, conflicts: [], written: true });
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
    const readOnly: WriteIo = {
      ...nodeWriteIo,
      open: async () => {
        throw Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' });
      },
    };
    await assert.rejects(new SidecarStore({ io: readOnly }).save(article, null, emptySidecar('a.txt')), /EROFS/);
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

describe('SidecarStore across writers', () => {
  let dir: string;
  let article: string;
  const sidecarFile = () => path.join(dir, 'a.annotations.json');
  const ids = () => {
    const parsed = parseSidecar(fs.readFileSync(sidecarFile(), 'utf8'));
    assert.ok(parsed.ok);
    return parsed.sidecar.annotations.map((a) => a.id).sort();
  };
  const adding = (id: string, exact = 'Kyiv') => (disk: { sidecar: ReturnType<typeof emptySidecar> }) => ({ ...disk.sidecar, annotations: [...disk.sidecar.annotations, annotation(TEXT, exact, id)] });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-store-lock-'));
    article = path.join(dir, 'a.txt');
    fs.writeFileSync(article, TEXT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('twenty saves at once, each made from the same empty base, all keep their annotation', async () => {
    const store = new SidecarStore();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, k) => store.save(article, null, { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Kyiv', `k${String(k).padStart(2, '0')}`)] })),
    );
    assert.ok(results.every((r) => r.saved));
    assert.deepEqual(ids(), Array.from({ length: 20 }, (_, k) => `k${String(k).padStart(2, '0')}`));
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.annotations.json', 'a.txt'], 'no lock or temporary file left');
  });

  it('waits for a lock another writer holds, then merges with what that writer wrote', async () => {
    const store = new SidecarStore();
    let release!: () => void;
    const held = withSidecarLock(sidecarFile(), async () => {
      await new Promise<void>((r) => (release = r));
      fs.writeFileSync(sidecarFile(), serializeSidecar({ ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Kyiv', 'first')] }));
    });
    await new Promise((r) => setTimeout(r, 50));
    const saving = store.update(article, adding('second', 'Vladimir Putin'));
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(fs.existsSync(sidecarFile()), false, 'the second writer waited');
    release();
    await held;
    const r = await saving;
    assert.ok(r.saved && r.written);
    assert.deepEqual(r.conflicts, [], 'an update merges nothing: it changed the sidecar as it was on disk');
    assert.deepEqual(ids(), ['first', 'second']);
  });

  it('takes over a lock left by a writer killed with SIGKILL once it is stale', async function () {
    this.timeout(30_000);
    const lockModule = path.resolve(__dirname, '../../../../src/core/annotations/sidecarLock.js');
    // A process that takes the lock, says so, and hangs until it is killed.
    const holder = spawn(process.execPath, ['-e', `require(${JSON.stringify(lockModule)}).withSidecarLock(${JSON.stringify(sidecarFile())}, () => { process.stdout.write('locked\\n'); setInterval(() => {}, 1000); return new Promise(() => {}); })`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    assert.ok(fs.existsSync(lockPathFor(sidecarFile())), 'the killed writer left its lock');
    const store = new SidecarStore({ lock: { staleMs: 2000, waitMs: 10_000 } });
    const started = Date.now();
    const r = await store.update(article, adding('after-crash'));
    assert.ok(r.saved && r.written);
    assert.deepEqual(ids(), ['after-crash']);
    assert.ok(Date.now() - started >= 1000, 'a lock still fresh was waited for, not broken at once');
    assert.equal(fs.existsSync(lockPathFor(sidecarFile())), false);
  });

  it('refuses its write when another writer took its lock over while it was stalled, and keeps that writer\'s sidecar', async function () {
    this.timeout(20_000);
    let resume!: () => void;
    let stalledAt!: () => void;
    const stalled = new Promise<void>((r) => (stalledAt = r));
    // A writer frozen between taking the lock and writing (its read of the sidecar hangs).
    class StallingStore extends SidecarStore {
      override async load(articlePath: string) {
        stalledAt();
        await new Promise<void>((r) => (resume = r));
        return super.load(articlePath);
      }
    }
    const saving = new StallingStore({ lock: { staleMs: 2000, waitMs: 1000 } }).update(article, adding('stalled'));
    await stalled;
    // Meanwhile another writer found the lock stale, took it over (a fresh lock folder) and wrote.
    fs.rmSync(lockPathFor(sidecarFile()), { recursive: true });
    fs.mkdirSync(lockPathFor(sidecarFile()));
    fs.writeFileSync(sidecarFile(), serializeSidecar({ ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Kyiv', 'other')] }));
    // The stalled writer's lock refresh (every staleMs / 2) sees the lock is no longer its own.
    await new Promise((r) => setTimeout(r, 2500));
    resume();
    await assert.rejects(saving, (e: Error & { code?: string }) => {
      assert.match(e.message, /a\.annotations\.json/);
      assert.match(e.message, /could not write .*locked by another corpus-annotator \(ELOCKED\)/);
      return true;
    });
    assert.deepEqual(ids(), ['other'], "the other writer's sidecar stands");
    assert.ok(fs.existsSync(lockPathFor(sidecarFile())), "the other writer's lock is not released by the stalled one");
  });

  it('says it could not read a sidecar that is there but unreadable, naming it, rather than taking it for missing', async () => {
    fs.mkdirSync(sidecarFile());
    await assert.rejects(new SidecarStore().load(article), /could not read .*a\.annotations\.json/);
  });

  it('gives up on a lock held longer than it waits, naming the sidecar and the lock', async () => {
    const store = new SidecarStore({ lock: { staleMs: 10_000, waitMs: 300 } });
    let release!: () => void;
    const held = withSidecarLock(sidecarFile(), () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 50));
    await assert.rejects(store.update(article, adding('late')), (e: Error) => {
      assert.ok(e instanceof SidecarLockedError);
      assert.match(e.message, /a\.annotations\.json is being written by another corpus-annotator.*remove .*\.a\.annotations\.json\.lock if none is running/);
      return true;
    });
    release();
    await held;
    assert.equal(fs.existsSync(sidecarFile()), false);
  });

  it('on a disk that fills part-way through, keeps the old sidecar byte for byte, removes its temporary file and names the sidecar and the cause', async () => {
    await new SidecarStore().update(article, adding('old'));
    const before = fs.readFileSync(sidecarFile(), 'utf8');
    const fullDisk: WriteIo = {
      ...nodeWriteIo,
      open: async (file) => {
        const handle = await nodeWriteIo.open(file);
        let written = 0;
        return {
          ...handle,
          sync: () => handle.sync(),
          close: () => handle.close(),
          // The first bytes fit, then the disk is full: a temporary file is left half written.
          writeFile: async (data) => {
            if (written > 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            written += data.length;
            await handle.writeFile(data);
          },
        };
      },
    };
    await assert.rejects(new SidecarStore({ io: fullDisk }).update(article, adding('new', 'Vladimir Putin')), (e: Error) => {
      assert.equal(e.message, `could not write ${sidecarFile()}: no space left on the disk (ENOSPC)`);
      assert.equal((e as NodeJS.ErrnoException).code, 'ENOSPC');
      return true;
    });
    assert.equal(fs.readFileSync(sidecarFile(), 'utf8'), before);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.annotations.json', 'a.txt']);
  });

  it('removes temporary files a killed writer left, but not one whose sidecar is being written', async () => {
    const leftover = path.join(dir, '.a.annotations.json.999999.1700000000000.abc123.tmp');
    const busy = path.join(dir, '.b.annotations.json.999999.1700000000000.def456.tmp');
    const unrelated = path.join(dir, '.notes.txt.1.2.x.tmp');
    for (const f of [leftover, busy, unrelated]) fs.writeFileSync(f, '{"half": ');
    let release!: () => void;
    const held = withSidecarLock(path.join(dir, 'b.annotations.json'), () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(await removeLeftoverTemps(dir), [leftover]);
    assert.ok(fs.existsSync(busy) && fs.existsSync(unrelated));
    release();
    await held;
    assert.deepEqual(await removeLeftoverTemps(dir), [busy]);
  });
});
