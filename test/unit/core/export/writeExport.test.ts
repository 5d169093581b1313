import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ExportRefused, ExportWouldMix, planExport, writeExport } from '../../../../src/core/export/writeExport';

const FILES = [
  { path: 'a.txt', content: 'new a' },
  { path: 'a.ann', content: 'new ann' },
  { path: 'sub/b.txt', content: 'new b' },
];

/** Every file under `dir` with its content, and every link with its target. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) out[rel + e.name] = `-> ${fs.readlinkSync(p)}`;
      else if (e.isDirectory()) walk(p, `${rel}${e.name}/`);
      else out[rel + e.name] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

describe('writeExport', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-write-export-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a new folder whole, with no temporary folder left', async () => {
    const out = path.join(dir, 'exports', 'all-brat');
    const r = await writeExport(out, FILES, dir);
    assert.equal(r.replaced, 0);
    const written = tree(path.join(dir, 'exports'));
    assert.ok(written['all-brat/.corpus-annotator-export'], 'the folder is marked as an export');
    delete written['all-brat/.corpus-annotator-export'];
    assert.deepEqual(written, { 'all-brat/a.txt': 'new a', 'all-brat/a.ann': 'new ann', 'all-brat/sub/b.txt': 'new b' });
  });

  it('replaces its own files in an existing folder and, when forced, leaves other files alone', async () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'a.txt'), 'old a');
    fs.writeFileSync(path.join(out, 'notes.md'), 'mine');
    assert.deepEqual((await planExport(out, FILES, undefined, { force: true })).existing, ['a.txt']);
    const r = await writeExport(out, FILES, undefined, { force: true });
    assert.equal(r.replaced, 1);
    const written = tree(dir);
    delete written['out/.corpus-annotator-export'];
    assert.deepEqual(written, { 'out/a.txt': 'new a', 'out/a.ann': 'new ann', 'out/notes.md': 'mine', 'out/sub/b.txt': 'new b' });
  });

  // Issue 30 #2: `exports/all-brat/evil.txt → ~/.bashrc` had the article text written into ~/.bashrc.
  it('refuses a link among the files it would replace, naming it, and writes nothing', async () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(dir, 'bashrc'), 'precious');
    fs.symlinkSync(path.join(dir, 'bashrc'), path.join(out, 'a.txt'));
    fs.symlinkSync(path.join(dir, 'created-by-dangling-link'), path.join(out, 'a.ann'));
    await assert.rejects(writeExport(out, FILES), (e: Error) => e instanceof ExportRefused && e.message.includes(path.join(out, 'a.txt')) && /symbolic link/.test(e.message));
    assert.equal(fs.readFileSync(path.join(dir, 'bashrc'), 'utf8'), 'precious');
    assert.equal(fs.existsSync(path.join(dir, 'created-by-dangling-link')), false, 'a dangling link does not create its target');
    assert.deepEqual(Object.keys(tree(dir)).sort(), ['bashrc', 'out/a.ann', 'out/a.txt']);
  });

  it('refuses an output folder that is a link, and a link on the way below the root', async () => {
    fs.mkdirSync(path.join(dir, 'home'));
    fs.symlinkSync(path.join(dir, 'home'), path.join(dir, 'linked'));
    await assert.rejects(writeExport(path.join(dir, 'linked'), FILES), /linked is a symbolic link/);
    await assert.rejects(writeExport(path.join(dir, 'linked', 'all-brat'), FILES, dir), /linked is a symbolic link/);
    fs.mkdirSync(path.join(dir, 'out', 'sub'), { recursive: true });
    fs.rmdirSync(path.join(dir, 'out', 'sub'));
    fs.symlinkSync(path.join(dir, 'home'), path.join(dir, 'out', 'sub'));
    await assert.rejects(writeExport(path.join(dir, 'out'), FILES), /sub is a symbolic link/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'home')), [], 'nothing was written through a link');
  });

  it('refuses file names that would leave the folder', async () => {
    for (const bad of ['../escape.txt', '/etc/passwd', 'a/../../b', '', 'C:/x']) {
      await assert.rejects(writeExport(path.join(dir, 'out'), [{ path: bad, content: 'x' }]), ExportRefused, JSON.stringify(bad));
    }
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('keeps the previous export whole when a write fails part-way, and leaves no temporary file', async () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'a.txt'), 'old a');
    fs.writeFileSync(path.join(out, 'a.ann'), 'old ann');
    // A folder where the export has a file: found by the plan, before anything is written.
    fs.mkdirSync(path.join(out, 'sub', 'b.txt'), { recursive: true });
    await assert.rejects(writeExport(out, FILES), /sub\/b\.txt is a folder/);
    assert.deepEqual(tree(dir), { 'out/a.txt': 'old a', 'out/a.ann': 'old ann' });
    // A failure while moving into place (the subfolder cannot be made: a file appears
    // where it goes after the plan) rolls back the files already replaced.
    fs.rmSync(path.join(out, 'sub'), { recursive: true });
    const huge = [...FILES.slice(0, 2), { path: 'sub/b.txt', content: 'x' }];
    const realMkdir = fs.promises.mkdir;
    let calls = 0;
    (fs.promises as { mkdir: unknown }).mkdir = async (p: fs.PathLike, o?: fs.MakeDirectoryOptions) => {
      if (String(p) === path.join(out, 'sub') && ++calls === 1) throw Object.assign(new Error('ENOSPC: no space left on device, mkdir'), { code: 'ENOSPC' });
      return realMkdir(p, o);
    };
    try {
      await assert.rejects(writeExport(out, huge), /ENOSPC/);
    } finally {
      (fs.promises as { mkdir: unknown }).mkdir = realMkdir;
    }
    assert.deepEqual(tree(dir), { 'out/a.txt': 'old a', 'out/a.ann': 'old ann' });
  });

  it('removes the temporary folder of an earlier export that was killed', async () => {
    const stale = path.join(dir, '.out.export-999999999-abc');
    fs.mkdirSync(path.join(stale, 'new'), { recursive: true });
    fs.writeFileSync(path.join(stale, 'new', 'a.txt'), 'half');
    await writeExport(path.join(dir, 'out'), FILES);
    assert.deepEqual(fs.readdirSync(dir), ['out']);
  });

  // Issue 28 #5: a second export left the previous export's files beside the new ones.
  it('a second export into its folder replaces the previous export whole', async () => {
    const out = path.join(dir, 'out');
    await writeExport(out, [...FILES, { path: 'gone.ann', content: 'old only' }, { path: 'sub/gone.txt', content: 'old only' }]);
    const r = await writeExport(out, FILES);
    assert.deepEqual(r.removed, ['gone.ann', 'sub/gone.txt']);
    const written = tree(dir);
    assert.deepEqual(JSON.parse(written['out/.corpus-annotator-export']).files, ['a.ann', 'a.txt', 'sub/b.txt']);
    delete written['out/.corpus-annotator-export'];
    assert.deepEqual(written, { 'out/a.txt': 'new a', 'out/a.ann': 'new ann', 'out/sub/b.txt': 'new b' });
  });

  it('refuses to mix with files no export wrote, naming them, unless forced', async () => {
    const out = path.join(dir, 'out');
    await writeExport(out, FILES);
    fs.writeFileSync(path.join(out, 'notes.md'), 'mine');
    const before = tree(dir);
    await assert.rejects(writeExport(out, FILES.slice(0, 1)), (e: Error) => e instanceof ExportWouldMix && e.foreign.join() === 'notes.md' && /holds a file that no export wrote \(notes\.md\)/.test(e.message));
    assert.deepEqual(tree(dir), before, 'nothing was written or removed');
    const r = await writeExport(out, FILES.slice(0, 1), undefined, { force: true });
    assert.deepEqual(r.removed, ['a.ann', 'sub/b.txt']);
    assert.equal(tree(dir)['out/notes.md'], 'mine');
  });

  it('puts the previous export\'s removed files back when the new one fails', async () => {
    const out = path.join(dir, 'out');
    await writeExport(out, [...FILES, { path: 'gone.ann', content: 'old only' }]);
    const before = tree(dir);
    const realRename = fs.promises.rename;
    let failed = false;
    (fs.promises as { rename: unknown }).rename = async (from: fs.PathLike, to: fs.PathLike) => {
      // The new file's move into place fails, once; putting the old one back does not.
      if (String(to) === path.join(out, 'sub', 'b.txt') && !failed && (failed = true)) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      return realRename(from, to);
    };
    try {
      await assert.rejects(writeExport(out, FILES), /EIO/);
    } finally {
      (fs.promises as { rename: unknown }).rename = realRename;
    }
    assert.deepEqual(tree(dir), before);
  });
});
