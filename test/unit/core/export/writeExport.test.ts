import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXPORT_MARKER } from '../../../../src/core/export/exportMarker';
import { ExportRefused, ExportWouldMix, planExport, writeExport } from '../../../../src/core/export/writeExport';
import { FileError } from '../../../../src/core/util/fsErrors';

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
  it('keeps the temporary folder of an export still running, and folders that are not an export\'s', async () => {
    // This process is alive: its export may be under way in another window.
    const kept = [`.out.export-${process.pid}-abc`, '.out.export-0-abc', '.out.export-x-abc', '.other.export-999999999-abc', 'out.export-999999999-abc'];
    for (const k of kept) fs.mkdirSync(path.join(dir, k));
    await writeExport(path.join(dir, 'out'), FILES);
    assert.deepEqual(fs.readdirSync(dir).sort(), [...kept, 'out'].sort());
  });

  it('names what is in the way: a file where the folder goes, a file where a subfolder goes', async () => {
    const out = path.join(dir, 'out');
    fs.writeFileSync(out, 'x');
    await assert.rejects(writeExport(out, FILES), (e: Error) => e instanceof ExportRefused && e.message === `${out} is a file, not a folder.`);
    fs.rmSync(out);
    await writeExport(out, FILES.slice(0, 1));
    fs.writeFileSync(path.join(out, 'sub'), 'in the way');
    await assert.rejects(writeExport(out, FILES, undefined, { force: true }), (e: Error) => e instanceof ExportRefused && e.message === `${path.join(out, 'sub')} is in the way: a folder is to be written there.`);
    assert.equal(fs.readFileSync(path.join(out, 'sub'), 'utf8'), 'in the way');
  });

  it('lists at most three of the files no export wrote, sorted, and counts the rest', async () => {
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const mine = ['e.md', 'b.md', 'd.md', 'a.md', 'c.md'];
    for (const f of mine) fs.writeFileSync(path.join(out, f), 'mine');
    await assert.rejects(writeExport(out, FILES), (e: Error) => e instanceof ExportWouldMix && e.foreign.join() === 'a.md,b.md,c.md,d.md,e.md' && e.message.includes('holds 5 files that no export wrote (a.md, b.md, c.md, and 2 more);'));
    for (const f of ['d.md', 'e.md']) fs.rmSync(path.join(out, f));
    await assert.rejects(writeExport(out, FILES), (e: Error) => e.message.includes('holds 3 files that no export wrote (a.md, b.md, c.md);'));
  });

  it('marks the folder with the list of its own files, whatever the format put under the marker\'s name', async () => {
    const out = path.join(dir, 'out');
    await writeExport(out, [...FILES, { path: EXPORT_MARKER, content: 'forged' }]);
    const marker = fs.readFileSync(path.join(out, EXPORT_MARKER), 'utf8');
    assert.deepEqual(JSON.parse(marker), { writtenBy: 'corpus-annotator', files: ['a.ann', 'a.txt', 'sub/b.txt'] });
    assert.ok(marker.endsWith('}\n'), 'a text file: ends with a newline');
  });

  it('refuses each kind of file name that is not inside the folder, naming it, and takes a colon inside a name', async () => {
    for (const bad of ['a//b.txt', './a.txt', 'a/./b.txt', 'sub/', 'a\0b.txt', 'c:x.txt', '..']) {
      await assert.rejects(writeExport(path.join(dir, 'out'), [{ path: bad, content: 'x' }]), (e: Error) => e instanceof ExportRefused && e.message === `the export would write ${JSON.stringify(bad)}, which is not a file name inside its folder; nothing was written.`, JSON.stringify(bad));
    }
    assert.deepEqual(fs.readdirSync(dir), []);
    await writeExport(path.join(dir, 'out'), [{ path: 'notes/part:1.txt', content: 'x' }]);
    assert.equal(fs.readFileSync(path.join(dir, 'out', 'notes', 'part:1.txt'), 'utf8'), 'x');
  });

  it('writes below a corpus opened through a link, and outside the corpus through a linked parent', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'linked'));
    const root = path.join(dir, 'linked');
    await writeExport(path.join(root, 'out'), FILES, root);
    assert.equal(fs.readFileSync(path.join(dir, 'real', 'out', 'a.txt'), 'utf8'), 'new a');
    fs.mkdirSync(path.join(dir, 'real', 'corpus'));
    await writeExport(path.join(root, 'elsewhere'), FILES, path.join(root, 'corpus'));
    assert.equal(fs.readFileSync(path.join(dir, 'real', 'elsewhere', 'a.txt'), 'utf8'), 'new a');
  });

  it('on a failure takes away the files and folders the new export added, and names the folder asked for', async () => {
    const out = path.join(dir, 'out');
    await writeExport(out, FILES);
    const before = tree(dir);
    const realRename = fs.promises.rename;
    (fs.promises as { rename: unknown }).rename = async (from: fs.PathLike, to: fs.PathLike) => {
      // The marker goes last: by then the new files and folders are in place.
      if (String(to) === path.join(out, EXPORT_MARKER) && String(from).includes('new')) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      return realRename(from, to);
    };
    try {
      await assert.rejects(writeExport(out, [...FILES, { path: 'added.txt', content: 'new' }, { path: 'deep/er/c.txt', content: 'new' }]), (e: Error) => e instanceof FileError && e.message.startsWith(`could not write the export into ${out}: `) && /EIO/.test(e.message));
    } finally {
      (fs.promises as { rename: unknown }).rename = realRename;
    }
    assert.deepEqual(tree(dir), before);
    assert.equal(fs.existsSync(path.join(out, 'deep')), false, 'the folders it made are gone too');
    assert.deepEqual(fs.readdirSync(dir), ['out'], 'no temporary folder left');
  });
});
