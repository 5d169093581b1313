import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The CLI as compiled by tsc beside this test (out/src/cli/main.js).
const CLI = path.resolve(__dirname, '../../../src/cli/main.js');
const CORPUS = path.resolve(__dirname, '../../../../corpus');

function run(args: string[], cwd = process.cwd()) {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-cache-'));
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

describe('corpus-annotator analyze', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-cli-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), 'Vladimir Putin has amassed almost 500,000 troops, Oleksii Reznikov said.\n');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Kyiv\n', 'latin1'));
    fs.mkdirSync(path.join(dir, 'empty'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object per article with the documented fields and slices that match', () => {
    const r = run(['analyze', '--json', CORPUS]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 5);
    for (const line of lines) {
      const a = JSON.parse(line);
      assert.deepEqual(Object.keys(a).slice(0, 7), ['file', 'sha256', 'meta', 'entities', 'numbers', 'quotes', 'claims']);
      const text = fs.readFileSync(a.file.startsWith('/') ? a.file : path.resolve(a.file), 'utf8');
      assert.match(a.sha256, /^[0-9a-f]{64}$/);
      for (const span of [...a.entities, ...a.numbers, ...a.quotes, ...a.claims]) {
        assert.equal(text.slice(span.start, span.end), span.text, `${a.file} ${span.start}-${span.end}`);
      }
    }
  });

  it('reports each bad input on one line, exits non-zero, and still analyses the rest', () => {
    const r = run(['analyze', '--json', path.join(dir, 'missing.txt'), path.join(dir, 'empty'), path.join(dir, 'binary.txt'), path.join(dir, 'latin1.txt'), path.join(dir, 'good.txt')]);
    assert.equal(r.code, 1);
    const errs = r.stderr.trim().split('\n');
    assert.equal(errs.length, 4, r.stderr);
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.match(r.stderr, /empty: folder has no \.txt articles/);
    assert.match(r.stderr, /binary\.txt: binary file/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((a) => path.basename(a.file)), ['good.txt']);
  });

  it('prints a readable summary without --json', () => {
    const r = run(['analyze', path.join(CORPUS, '000-putin-amasses-500000-troops.txt')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /000-putin-amasses-500000-troops\.txt/);
    assert.match(r.stdout, /entities \d+/);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'NO_COLOR output has no escape codes');
  });

  it('says a percentage once and "organization" as the JSON does', () => {
    const file = path.join(dir, 'turnout.txt');
    fs.writeFileSync(file, 'Turnout was 97 per cent on Sunday, 45 percent on Monday and 12% on Tuesday, the Electoral Commission said.\n');
    const r = run(['analyze', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /numbers 3: 97 per cent, 45 percent, 12%$/m);
    assert.match(r.stdout, /\d+ organization\)/);
  });

  it('refuses unknown commands and missing arguments with usage', () => {
    assert.equal(run(['frobnicate']).code, 2);
    const r = run(['analyze']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /name at least one file or folder/);
  });
});
