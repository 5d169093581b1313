import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectArticles, reachedThroughLink } from '../../../../src/core/corpus/collectArticles';

// Issue 30 #3: `corpus/passwd.txt → /etc/passwd` must not be read as an article, by
// the command line's folder walk or by the editor (which asks reachedThroughLink).
describe('articles behind symbolic links', () => {
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
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('the folder walk reads neither a linked article nor a linked folder', async () => {
    const { files } = await collectArticles([path.join(dir, 'corpus')]);
    assert.deepEqual(files.map((f) => path.relative(dir, f)), ['corpus/a.txt', 'corpus/sub/b.txt']);
  });

  it('reachedThroughLink tells a linked article, or one in a linked folder, from a plain one', async () => {
    const at = (p: string) => reachedThroughLink(path.join(dir, p), dir);
    assert.equal(await at('corpus/a.txt'), false);
    assert.equal(await at('corpus/sub/b.txt'), false);
    assert.equal(await at('corpus/passwd.txt'), true);
    assert.equal(await at('corpus/linked-folder/secret.txt'), true);
    assert.equal(await at('corpus/missing.txt'), false);
  });
});
