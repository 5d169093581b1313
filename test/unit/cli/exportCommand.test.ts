import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The CLI as compiled by tsc beside this test (out/src/cli/main.js).
const CLI = path.resolve(__dirname, '../../../src/cli/main.js');
const ROOT = path.resolve(__dirname, '../../../..');

describe('corpus-annotator export', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-export-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: path.join(dir, 'cache'), NO_COLOR: '1' } });

  it('analyses the corpus and writes the set as the golden file has it', function () {
    this.timeout(60000);
    const out = path.join(dir, 'out');
    const r = run(['export', '--format', 'jsonl', '--out', out, 'corpus']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^exported set 'all' as jsonl: \d+ annotations in 5 articles → 1 file in /);
    assert.equal(fs.readFileSync(path.join(out, 'annotations.jsonl'), 'utf8'), fs.readFileSync(path.join(ROOT, 'test/golden/export/jsonl/annotations.jsonl'), 'utf8'));
  });

  it('names the formats when --format is wrong, and writes nothing', () => {
    const out = path.join(dir, 'out');
    const r = run(['export', '--format', 'xml', '--out', out, 'corpus']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format is one of jsonl, .*doccano/);
    assert.equal(fs.existsSync(out), false);
  });

  // Issue 30 #2: a repository that ships `exports/all-brat/<article>.txt → ~/.bashrc`.
  it('refuses to write through a link in the output folder, says which, and changes nothing', () => {
    const out = path.join(dir, 'exports', 'all-brat');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(dir, 'bashrc'), 'precious');
    fs.symlinkSync(path.join(dir, 'bashrc'), path.join(out, '000-putin-amasses-500000-troops.txt'));
    fs.symlinkSync(path.join(dir, 'created'), path.join(out, '001-putin-tells-us-officials-leave-russia.ann'));
    const r = run(['export', '--format', 'brat', '--out', out, 'corpus']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /000-putin-amasses-500000-troops\.txt is a symbolic link/);
    assert.equal(fs.readFileSync(path.join(dir, 'bashrc'), 'utf8'), 'precious');
    assert.equal(fs.existsSync(path.join(dir, 'created')), false);
    assert.deepEqual(fs.readdirSync(out).sort(), ['000-putin-amasses-500000-troops.txt', '001-putin-tells-us-officials-leave-russia.ann']);
  });
});

describe('corpus-annotator export, when something would be left out or cannot be written', () => {
  let dir: string;
  const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv.\n';
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, 'export', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: path.join(dir, 'cache'), NO_COLOR: '1' } });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-export-partial-'));
    fs.mkdirSync(path.join(dir, 'corpus'));
    fs.writeFileSync(path.join(dir, 'corpus', 'a.txt'), TEXT);
    fs.writeFileSync(path.join(dir, 'corpus', 'b.txt'), TEXT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an invalid sidecar: exit 1 and nothing written, or with --allow-partial the rest written and exit 0', () => {
    fs.writeFileSync(path.join(dir, 'corpus', 'b.annotations.json'), '{"version": 2, "annotations": [{"id": 1}]}');
    const strict = run(['--format', 'jsonl', '--out', 'out', 'corpus']);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /^error: corpus\/b\.annotations\.json is not valid and its annotations were left out \(corpus-annotator check shows why\)$/m);
    assert.match(strict.stderr, /nothing written\. --allow-partial writes the rest/);
    assert.equal(fs.existsSync(path.join(dir, 'out')), false);
    const partial = run(['--format', 'jsonl', '--out', 'out', '--allow-partial', 'corpus']);
    assert.equal(partial.status, 0, partial.stderr);
    assert.match(partial.stderr, /^warning: corpus\/b\.annotations\.json is not valid/m);
    assert.ok(fs.existsSync(path.join(dir, 'out', 'annotations.jsonl')));
  });

  it('a folder it may not write to: one line naming the folder and the cause, no stack trace', function () {
    const ro = path.join(dir, 'read-only');
    fs.mkdirSync(ro);
    let mounted = false;
    if (process.getuid?.() === 0) {
      // root writes through file modes; a read-only mount stops it.
      mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', ro]).status === 0;
      if (!mounted) this.skip();
    } else {
      fs.chmodSync(ro, 0o555);
    }
    try {
      const r = run(['--format', 'jsonl', '--out', path.join('read-only', 'brat'), 'corpus']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /read-only\/brat.*: (the file system is read-only \(EROFS\)|permission denied \(EACCES\))$/m);
      assert.doesNotMatch(r.stderr, /^\s+at /m);
    } finally {
      if (mounted) spawnSync('umount', [ro]);
    }
  });
});
