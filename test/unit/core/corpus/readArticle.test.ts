import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectArticles } from '../../../../src/core/corpus/collectArticles';
import { decodeArticle, MAX_ARTICLE_BYTES, readArticle, readArticleSync } from '../../../../src/core/corpus/readArticle';

const bytes = (...xs: (number | string)[]) => Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'utf8')] : [x])));

describe('decodeArticle', () => {
  it('reads UTF-8, without a byte-order mark, with tabs and line breaks of every kind', () => {
    assert.deepEqual(decodeArticle(bytes(0xef, 0xbb, 0xbf, 'Kyiv – “yes”\t\r\n\f\v')), { ok: true, text: 'Kyiv – “yes”\t\r\n\f\v' });
    assert.deepEqual(decodeArticle(new Uint8Array()), { ok: true, text: '' });
  });

  it('refuses a binary file at its first NUL byte', () => {
    assert.deepEqual(decodeArticle(bytes('abc', 0, 'def')), { ok: false, error: 'binary file (NUL byte at offset 3), not a text article' });
  });

  it('refuses mostly control characters: more than one in ten of the first 8 KB', () => {
    const text = (controls: number, of: number) => Uint8Array.from({ length: of }, (_, i) => (i < controls ? 1 : 0x61));
    assert.equal(decodeArticle(text(10, 100)).ok, true, 'one in ten is still text');
    assert.deepEqual(decodeArticle(text(11, 100)), { ok: false, error: 'binary file (mostly control characters), not a text article' });
    for (const c of [8, 14, 31]) assert.equal(decodeArticle(text(11, 100).map((b) => (b === 1 ? c : b))).ok, false, `byte ${c}`);
    for (const c of [9, 13, 32]) assert.equal(decodeArticle(text(11, 100).map((b) => (b === 1 ? c : b))).ok, true, `byte ${c}`);
    // Only the first 8 KB are looked at.
    const late = Uint8Array.from({ length: 20000 }, (_, i) => (i >= 8192 ? 1 : 0x61));
    assert.equal(decodeArticle(late).ok, true);
    assert.equal(decodeArticle(Uint8Array.from({ length: 8193 }, (_, i) => (i === 8192 ? 0 : 0x61))).ok, true, 'a NUL byte just after the first 8 KB');
  });

  it('names the first byte that is not UTF-8, for sequences of every length', () => {
    const at = (b: Uint8Array) => {
      const r = decodeArticle(b);
      assert.ok(!r.ok);
      return Number(/offset (\d+)/.exec(r.error)![1]);
    };
    assert.equal(at(bytes('ab', 0xff, 'c')), 2);
    assert.equal(at(bytes('ab', 0xc0, 0x80)), 2, 'an overlong two-byte form');
    assert.equal(at(bytes('é', 0xc3)), 2, 'cut short at the end');
    assert.equal(at(bytes('€', 0xe2, 0x82, 'x')), 3, 'a three-byte form cut short');
    assert.equal(at(bytes('🇺', 0xf0, 0x9f, 0x87, 0x41)), 4, 'a four-byte form cut short');
    assert.equal(at(bytes('a', 0xf5, 0x80, 0x80, 0x80)), 1, 'beyond U+10FFFF');
    assert.equal(at(bytes('a', 0x80, 'b')), 1, 'a continuation byte with no lead');
    assert.equal(at(bytes('ab', 0xc0, 0x80, 0x80, 0x80, 0xff)), 2, 'an overlong lead followed by continuation bytes');
    assert.equal(at(bytes('ab©', 0xff)), 4, 'U+00A9 (lead byte C2) is read whole');
    assert.equal(at(bytes('ࠀ', 0xff)), 3, 'U+0800 (lead byte E0) is read whole');
    assert.equal(at(bytes('𐀀', 0xff)), 4, 'U+10000 (lead byte F0) is read whole');
    assert.match((decodeArticle(bytes(0xff)) as { error: string }).error, /^not valid UTF-8 \(first bad byte at offset 0\); re-save it as UTF-8$/);
  });

  it('refuses an article over 16 MB with its size', () => {
    const r = decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES + 1));
    assert.deepEqual(r, { ok: false, error: 'too large (16.0 MB; the limit is 16 MB)' });
    const atLimit = decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61));
    assert.ok(atLimit.ok && atLimit.text.length === MAX_ARTICLE_BYTES, 'exactly 16 MB is read');
    assert.equal(MAX_ARTICLE_BYTES, 16 * 1024 * 1024);
  });
});

describe('reading and collecting articles', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-read-'));
    const write = (p: string, text = 'Text.') => {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), text);
    };
    write('corpus/b.txt');
    write('corpus/a.TXT');
    write('corpus/notes.md');
    write('corpus/sub/c.txt');
    write('corpus/node_modules/x.txt');
    write('corpus/.git/y.txt');
    write('corpus/.hidden/z.txt');
    write('corpus/out/o.txt');
    write('corpus/dist/d.txt');
    write('empty/readme.md');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a file, or says why not', async () => {
    assert.deepEqual(await readArticle(path.join(dir, 'corpus/b.txt')), { ok: true, text: 'Text.' });
    assert.deepEqual(readArticleSync(path.join(dir, 'corpus/b.txt')), { ok: true, text: 'Text.' });
    assert.deepEqual(await readArticle(path.join(dir, 'missing.txt')), { ok: false, error: 'no such file' });
    assert.deepEqual(readArticleSync(path.join(dir, 'missing.txt')), { ok: false, error: 'no such file' });
    assert.deepEqual(await readArticle(path.join(dir, 'corpus')), { ok: false, error: 'is a folder' });
    assert.deepEqual(readArticleSync(path.join(dir, 'corpus')), { ok: false, error: 'is a folder' });
    // Any other failure is named by the system's own message.
    const loop = path.join(dir, 'loop.txt');
    fs.symlinkSync(loop, loop);
    assert.match(((await readArticle(loop)) as { error: string }).error, /^ELOOP: /);
    assert.match((readArticleSync(loop) as { error: string }).error, /^ELOOP: /);
  });

  it('says permission denied for a file it may not read', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x.txt'"), { code: 'EACCES' });
    // The tests may run as root, who may read any file: the refusal is made here, in the
    // module object itself (what readArticle calls), not in this file's import of it.
    const io = nodeFs as unknown as { readFileSync: unknown; promises: { readFile: unknown } };
    const [readFile, readFileSync] = [io.promises.readFile, io.readFileSync];
    io.promises.readFile = () => Promise.reject(denied);
    io.readFileSync = () => {
      throw denied;
    };
    try {
      assert.deepEqual(await readArticle('x.txt'), { ok: false, error: 'permission denied' });
      assert.deepEqual(readArticleSync('x.txt'), { ok: false, error: 'permission denied' });
    } finally {
      io.promises.readFile = readFile;
      io.readFileSync = readFileSync;
    }
  });

  it('collects .txt articles from folders, recursively, sorted, once each, skipping tool and hidden folders', async () => {
    const r = await collectArticles([path.join(dir, 'corpus'), path.join(dir, 'corpus/b.txt'), path.join(dir, 'corpus/sub')]);
    assert.deepEqual(
      r.files.map((f) => path.relative(dir, f).split(path.sep).join('/')),
      ['corpus/a.TXT', 'corpus/b.txt', 'corpus/sub/c.txt'],
    );
    assert.deepEqual(r.errors, []);
  });

  it('says which inputs gave nothing, and keeps a file named directly whatever its extension', async () => {
    const r = await collectArticles([path.join(dir, 'empty'), path.join(dir, 'nowhere'), path.join(dir, 'corpus/notes.md')]);
    assert.deepEqual(r.files, [path.join(dir, 'corpus/notes.md')]);
    assert.deepEqual(r.errors, [
      { path: path.join(dir, 'empty'), error: 'folder has no .txt articles' },
      { path: path.join(dir, 'nowhere'), error: 'no such file or folder (ENOENT)' },
    ]);
  });
});
