import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILT_CLI, hiddenFiles, layOutTrial, runCli, sidecarStates } from './importTrials';

// A real full disk: a 1 MiB tmpfs holds the corpus and the first sidecars of an import,
// not all of them (the largest is 3 MB). Mounting needs root; elsewhere the injected ENOSPC
// tests (sidecarStore, importCorpus) cover the same paths.
describe('corpus-annotator import onto a full disk (tmpfs)', () => {
  let mountPoint: string | undefined;
  let work: string;
  before(function () {
    const skip = (why: string) => {
      console.log(`      (skipped: ${why}; the injected ENOSPC tests still run)`);
      this.skip();
    };
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return skip('mounting a small tmpfs needs root on Linux');
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-fulldisk-'));
    const mp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-tmpfs-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mp], { encoding: 'utf8' });
    if (mounted.status !== 0) {
      fs.rmdirSync(mp);
      return skip(`mount -t tmpfs failed: ${(mounted.stderr || mounted.error?.message || '').trim()}`);
    }
    mountPoint = mp;
  });
  after(() => {
    if (mountPoint) {
      spawnSync('umount', [mountPoint]);
      fs.rmdirSync(mountPoint);
    }
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('writes the sidecars that fit, names the one that did not and the cause, leaves no temporary file, and finishes once there is room', async function () {
    this.timeout(60_000);
    layOutTrial(work, 1);
    fs.cpSync(path.join(work, 'corpus'), path.join(mountPoint!, 'corpus'), { recursive: true });
    const args = ['import', '--from', 'jsonl', path.join(work, 'annotator-0.jsonl'), '--into', 'corpus', '--annotator', 'a0'];
    const full = await runCli(BUILT_CLI, args, mountPoint!, { CORPUS_ANNOTATOR_CODE_CACHE: '0' });
    assert.equal(full.code, 1);
    const lines = full.stdout.trimEnd().split('\n');
    const imported = lines.filter((l) => /^\d{3}-.*\.txt: \d+ imported/.test(l)).length;
    const notImported = lines.filter((l) => l.startsWith('not imported '));
    assert.ok(imported >= 1 && notImported.length >= 1, full.stdout);
    assert.equal(imported + notImported.length, 5);
    // The first that did not fit is named with its cause; the rest were not tried.
    assert.match(notImported[0], /^not imported (\d{3}-.*)\.txt: nothing written: could not write corpus\/\1\.annotations\.json: no space left on the disk \(ENOSPC\)$/);
    for (const l of notImported.slice(1)) assert.match(l, /: the import stopped at \d{3}-.*\.txt: no space left on the disk \(ENOSPC\)$/);
    assert.match(lines.at(-1)!, new RegExp(`^${notImported.length} of 5 articles not imported: `));
    assert.match(full.stderr, new RegExp(`^corpus-annotator import: nothing written: could not write .*: no space left on the disk \\(ENOSPC\\); ${imported} articles imported, ${notImported.length} not \\(listed above\\)$`, 'm'));
    assert.doesNotMatch(full.stderr, /^\s+at /m, 'no stack trace');
    const written = sidecarStates(mountPoint!);
    assert.equal(written.size, imported);
    assert.deepEqual(hiddenFiles(mountPoint!), [], 'no temporary file or lock left on the full disk');

    assert.equal(spawnSync('mount', ['-o', 'remount,size=16m', mountPoint!]).status, 0);
    const again = await runCli(BUILT_CLI, args, mountPoint!, { CORPUS_ANNOTATOR_CODE_CACHE: '0' });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`^\\d+ annotations imported from jsonl into ${notImported.length} articles$`, 'm'));
    const complete = sidecarStates(mountPoint!);
    assert.equal(complete.size, 5);
    // What the full disk let through was whole: the second run found it all already there.
    for (const [name, state] of written) assert.equal(complete.get(name), state, name);
  });
});
