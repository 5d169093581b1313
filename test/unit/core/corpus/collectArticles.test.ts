import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectArticles, linkedLocation } from '../../../../src/core/corpus/collectArticles';
import { EXPORT_MARKER } from '../../../../src/core/export/exportMarker';

describe('collectArticles with symbolic links', () => {
  let root: string;
  let corpus: string;
  let outside: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-collect-'));
    corpus = path.join(root, 'corpus');
    outside = path.join(root, 'elsewhere');
    fs.mkdirSync(path.join(corpus, 'sub'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(corpus, 'a.txt'), 'A.');
    fs.writeFileSync(path.join(corpus, 'sub', 'b.txt'), 'B.');
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'not the corpus');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('follows a link to an article inside the corpus once, under the article\'s own name, and says so', async () => {
    fs.symlinkSync(path.join(corpus, 'sub', 'b.txt'), path.join(corpus, 'b-link.txt'));
    fs.symlinkSync('sub', path.join(corpus, 'sub-link'));
    const r = await collectArticles([corpus]);
    assert.deepEqual(r.files, [path.join(corpus, 'a.txt'), path.join(corpus, 'sub', 'b.txt')]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.skipped.map((s) => [path.basename(s.path), s.leftOut]),
      [['b-link.txt', false], ['sub-link', false]],
    );
    assert.match(r.skipped[0].reason, /a symbolic link to .*sub\/b\.txt, read once under that name/);
  });

  it('reads a linked folder inside the corpus that is not reached otherwise', async () => {
    fs.mkdirSync(path.join(corpus, '.hidden-store'));
    fs.writeFileSync(path.join(corpus, '.hidden-store', 'c.txt'), 'C.');
    fs.symlinkSync('.hidden-store', path.join(corpus, 'more'));
    const r = await collectArticles([corpus]);
    assert.ok(r.files.includes(path.join(corpus, 'more', 'c.txt')), r.files.join(', '));
  });

  it('skips a link out of the corpus, naming it and where it points', async () => {
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(corpus, 'secret.txt'));
    fs.symlinkSync(outside, path.join(corpus, 'elsewhere'));
    const r = await collectArticles([corpus]);
    assert.deepEqual(r.files, [path.join(corpus, 'a.txt'), path.join(corpus, 'sub', 'b.txt')]);
    assert.deepEqual(r.skipped.map((s) => [path.basename(s.path), s.leftOut]), [['elsewhere', true], ['secret.txt', true]]);
    assert.match(r.skipped[1].reason, new RegExp(`a symbolic link to ${fs.realpathSync(outside)}/secret\\.txt, outside the corpus folder`));
  });

  it('ends a link loop between folders, reading each article once', async () => {
    fs.symlinkSync('..', path.join(corpus, 'sub', 'up'));
    const r = await collectArticles([corpus]);
    assert.deepEqual(r.files, [path.join(corpus, 'a.txt'), path.join(corpus, 'sub', 'b.txt')]);
    assert.equal(r.skipped.length, 1);
    assert.match(r.skipped[0].reason, /a folder already read \(a loop or a second path to it\)/);
  });

  it('says a link is broken or a loop, and names a loop given by name as a loop, not a missing file', async () => {
    fs.symlinkSync('gone.txt', path.join(corpus, 'dangling.txt'));
    fs.symlinkSync('loop.txt', path.join(corpus, 'loop.txt'));
    const r = await collectArticles([corpus, path.join(corpus, 'loop.txt')]);
    assert.deepEqual(r.skipped.map((s) => [path.basename(s.path), s.reason, s.leftOut]), [
      ['dangling.txt', 'a symbolic link to gone.txt, which does not exist', true],
      ['loop.txt', 'a symbolic link loop', true],
    ]);
    assert.deepEqual(r.errors, [{ path: path.join(corpus, 'loop.txt'), error: 'a symbolic link loop (ELOOP)' }]);
  });
});

describe('collectArticles and export folders', () => {
  let corpus: string;
  beforeEach(() => {
    corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-collect-export-'));
    fs.writeFileSync(path.join(corpus, 'a.txt'), 'A.');
    fs.mkdirSync(path.join(corpus, 'exports', 'brat'), { recursive: true });
    // A brat export holds copies of the articles.
    fs.writeFileSync(path.join(corpus, 'exports', 'brat', 'a.txt'), 'A.');
    fs.writeFileSync(path.join(corpus, 'exports', 'brat', 'a.ann'), '');
  });
  afterEach(() => fs.rmSync(corpus, { recursive: true, force: true }));

  it('does not read a marked export folder inside the corpus as articles, and says so', async () => {
    fs.writeFileSync(path.join(corpus, 'exports', 'brat', EXPORT_MARKER), '{}');
    const r = await collectArticles([corpus]);
    assert.deepEqual(r.files, [path.join(corpus, 'a.txt')]);
    assert.deepEqual(r.skipped, [{ path: path.join(corpus, 'exports', 'brat'), reason: `an export written by corpus-annotator (it holds ${EXPORT_MARKER}); not read as articles`, leftOut: false }]);
    const given = await collectArticles([path.join(corpus, 'exports', 'brat')]);
    assert.deepEqual(given.files, []);
    assert.match(given.errors[0].error, /an export written by corpus-annotator .* not a corpus folder/);
  });

  it('reads an unmarked folder as it always did', async () => {
    assert.equal((await collectArticles([corpus])).files.length, 2);
  });
});

// Issue 30 #3: `corpus/passwd.txt → /etc/passwd` must not be read as an article, by
// the command line's folder walk or by the editor (which asks linkedLocation).
describe('articles behind symbolic links out of the corpus', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-links-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-links-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'root:x:0:0\n');
    fs.mkdirSync(path.join(dir, 'corpus', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'corpus', 'a.txt'), 'An article.\n');
    fs.writeFileSync(path.join(dir, 'corpus', 'sub', 'b.txt'), 'Another.\n');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'corpus', 'passwd.txt'));
    fs.symlinkSync(outside, path.join(dir, 'corpus', 'linked-folder'));
    fs.symlinkSync(path.join(dir, 'corpus', 'sub', 'b.txt'), path.join(dir, 'corpus', 'b-again.txt'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('the folder walk reads neither a linked article nor a linked folder outside the corpus', async () => {
    const { files } = await collectArticles([path.join(dir, 'corpus')]);
    assert.deepEqual(files.map((f) => path.relative(dir, f)), ['corpus/a.txt', 'corpus/sub/b.txt']);
  });

  it('linkedLocation tells a link out of the root, and a second path to an article, from a plain one', async () => {
    const at = (p: string) => linkedLocation(path.join(dir, p), dir);
    assert.deepEqual(await at('corpus/a.txt'), { outside: false, real: fs.realpathSync(path.join(dir, 'corpus/a.txt')), linked: false });
    assert.equal((await at('corpus/passwd.txt'))?.outside, true);
    assert.equal((await at('corpus/linked-folder/secret.txt'))?.outside, true);
    assert.deepEqual(await at('corpus/b-again.txt'), { outside: false, real: fs.realpathSync(path.join(dir, 'corpus/sub/b.txt')), linked: true });
    assert.equal(await at('corpus/missing.txt'), undefined);
  });
});
