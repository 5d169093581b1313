import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptySidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import { annotation } from '../core/annotations/fixtures';

const CLI = path.resolve(__dirname, '../../../src/cli/main.js');
/** The bundled command line (npm run build), which loads the sidecar commands from a bundle of their own. */
const BUNDLED_CLI = path.resolve(__dirname, '../../../../dist/cli.js');
const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv.';

function check(args: string[], cli = CLI) {
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('corpus-annotator check', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-check-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p'), annotation(TEXT, 'Kyiv', 'k')] };
    fs.writeFileSync(path.join(dir, 'a.annotations.json'), serializeSidecar(s));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('counts anchored, moved and orphaned annotations per article', () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Update: ' + TEXT.replace(' in Kyiv', ''));
    const r = check([dir]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /a\.txt: 0 anchored, 1 moved, 1 orphaned/);
    assert.match(r.out, /orphaned k \(person\) “Kyiv”/);
    assert.equal(check([dir, '--strict']).code, 1, '--strict fails on an orphan');
  });

  it('runs from the bundle as from tsc output', function () {
    if (!fs.existsSync(BUNDLED_CLI)) this.skip();
    const r = check([dir], BUNDLED_CLI);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /a\.txt: 2 anchored, 0 moved, 0 orphaned/);
  });

  it('exits 1 on an invalid sidecar and names the file, line and what was expected', () => {
    fs.writeFileSync(path.join(dir, 'b.txt'), TEXT);
    fs.writeFileSync(path.join(dir, 'b.annotations.json'), JSON.stringify({ version: 2, article: 'b.txt', annotations: [{ id: 1 }] }, null, 2));
    const r = check([dir]);
    assert.equal(r.code, 1);
    assert.match(r.out, /invalid .*b\.annotations\.json:\d+:\d+: annotations\/0\/id: .*\(expected string\)/);
    assert.match(r.out, /a\.txt: 2 anchored, 0 moved, 0 orphaned/, 'the rest of the corpus is still checked');
  });

  it('exits 1 when two annotations share an id, naming the id and where the second is', () => {
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'twice'), annotation(TEXT, 'Kyiv', 'twice')] };
    fs.writeFileSync(path.join(dir, 'a.annotations.json'), serializeSidecar(s));
    const r = check([dir]);
    assert.equal(r.code, 1);
    assert.match(r.out, /invalid .*a\.annotations\.json:\d+:\d+: annotations\/1\/id: "twice" is also the id of annotation 0; ids must be unique/);
  });

  it('says which articles a symbolic link out of the folder left out, exiting 1 unless --allow-partial', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-check-elsewhere-'));
    try {
      fs.writeFileSync(path.join(elsewhere, 'x.txt'), TEXT);
      fs.symlinkSync(path.join(elsewhere, 'x.txt'), path.join(dir, 'x.txt'));
      const r = check([dir]);
      assert.equal(r.code, 1);
      assert.match(r.err, /^skipped: .*x\.txt: a symbolic link to .*x\.txt, outside the corpus folder/m);
      const partial = check([dir, '--allow-partial']);
      assert.equal(partial.code, 0, partial.err);
      assert.match(partial.err, /^skipped: .*x\.txt/m);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
