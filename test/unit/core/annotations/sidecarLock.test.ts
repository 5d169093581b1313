import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lockHeld, lockPathFor, SidecarLockedError, withSidecarLock } from '../../../../src/core/annotations/sidecarLock';

describe('the lock of a sidecar', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-lock-'));
    file = path.join(dir, 'a.annotations.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is a hidden folder beside the sidecar, taken while the work runs and gone after', async () => {
    assert.equal(lockPathFor(file), path.join(dir, '.a.annotations.json.lock'));
    assert.equal(await lockHeld(file), false);
    const seen = await withSidecarLock(file, async (stillHeld) => {
      assert.ok(fs.statSync(lockPathFor(file)).isDirectory());
      assert.equal(await lockHeld(file), true);
      assert.equal(stillHeld(), true);
      return 'done';
    });
    assert.equal(seen, 'done');
    assert.equal(fs.existsSync(lockPathFor(file)), false);
    assert.equal(await lockHeld(file), false);
  });

  it('is released when the work fails, and the failure passes through', async () => {
    await assert.rejects(
      withSidecarLock(file, async () => {
        throw new Error('disk full');
      }),
      /disk full/,
    );
    assert.equal(fs.existsSync(lockPathFor(file)), false);
  });

  it('waits about as long as asked before giving up, with an error naming the sidecar and the lock', async () => {
    const held = withSidecarLock(file, () => new Promise<void>((r) => setTimeout(r, 3000)));
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    const err = await withSidecarLock(file, async () => 'got it', { staleMs: 10_000, waitMs: 600 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const waited = Date.now() - started;
    assert.ok(err instanceof SidecarLockedError, String(err));
    assert.equal(err.code, 'ELOCKED');
    assert.equal(err.file, file);
    assert.ok(err.message.includes(lockPathFor(file)), err.message);
    assert.ok(waited >= 400, `gave up after ${waited} ms, asked to wait 600`);
    await held;
  });

  it('says a lock left behind is not held once it is stale', async () => {
    fs.mkdirSync(lockPathFor(file));
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPathFor(file), old, old);
    assert.equal(await lockHeld(file, { staleMs: 10_000, waitMs: 0 }), false);
    const now = new Date();
    fs.utimesSync(lockPathFor(file), now, now);
    assert.equal(await lockHeld(file, { staleMs: 10_000, waitMs: 0 }), true);
  });

  it('says no lock is held where none can be, as false', async () => {
    assert.equal(await lockHeld(path.join(dir, 'no-such-folder', 'a.annotations.json')), false);
  });
});
