import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireWithCodeCache } from '../../../src/cli/codeCache';

const LAUNCHER = path.resolve(__dirname, '../../../src/cli/launcher.js');
const CORPUS = path.resolve(__dirname, '../../../../corpus');

const CODE_CACHE = path.resolve(__dirname, '../../../src/cli/codeCache.js');

/**
 * One load in a fresh Node, as the command line does (within one process V8 serves a
 * script it compiled before from memory and never reads the cache): what the module
 * answers, whether V8 took the cached code, then save().
 */
function loadOnce(file: string, cacheDir: string): { fromCache: boolean; answer: number; where: string[]; line: string } {
  const script = `const { requireWithCodeCache } = require(${JSON.stringify(CODE_CACHE)});
const loaded = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)});
const m = loaded.exports;
process.stdout.write(JSON.stringify({ fromCache: loaded.fromCache, answer: m.answer(), where: m.where(), line: m.line() }));
loaded.save();`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { fromCache: boolean; answer: number; where: string[]; line: string };
}

describe('requireWithCodeCache', () => {
  let dir: string;
  let cacheDir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-codecache-'));
    cacheDir = path.join(dir, 'cache');
    fs.writeFileSync(path.join(dir, 'helper.js'), 'exports.twice = (x) => 2 * x;\n');
    file = path.join(dir, 'bundle.js');
    fs.writeFileSync(file, "#!/usr/bin/env node\nconst { twice } = require('./helper');\nconst os = require('node:os');\nexports.answer = () => twice(21);\nexports.where = () => [__filename, __dirname, typeof os.cpus];\nexports.line = () => new Error('here').stack.split('\\n')[1];\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);

  it('loads a module as require does, then from the cache it wrote', () => {
    const first = loadOnce(file, cacheDir);
    assert.equal(first.fromCache, false);
    assert.equal(first.answer, 42);
    assert.deepEqual(first.where, [file, dir, 'function']);
    // The `#!` line keeps its place: stack traces name the file's own lines.
    assert.match(first.line, /bundle\.js:6:/);
    assert.equal(cacheFiles().length, 1);
    const second = loadOnce(file, cacheDir);
    assert.equal(second.fromCache, true);
    assert.equal(second.answer, 42);
  });

  it('compiles afresh from a damaged cache file and replaces it', () => {
    loadOnce(file, cacheDir);
    const [name] = cacheFiles();
    fs.writeFileSync(path.join(cacheDir, name), 'not V8 code');
    const damaged = loadOnce(file, cacheDir);
    assert.equal(damaged.fromCache, false);
    assert.equal(damaged.answer, 42);
    assert.equal(loadOnce(file, cacheDir).fromCache, true);
  });

  it('keeps one file per bundle: a new build replaces the old one', () => {
    loadOnce(file, cacheDir);
    const before = cacheFiles();
    fs.appendFileSync(file, 'exports.more = 1;\n');
    assert.equal(loadOnce(file, cacheDir).fromCache, false);
    const after = cacheFiles();
    assert.equal(after.length, 1);
    assert.notDeepEqual(after, before);
    assert.equal(loadOnce(file, cacheDir).fromCache, true);
  });

  it('never throws when the cache cannot be written', () => {
    fs.writeFileSync(cacheDir, 'a file where the folder would go');
    const loaded = requireWithCodeCache(file, cacheDir);
    assert.doesNotThrow(() => loaded.save());
    assert.equal((loaded.exports as { answer(): number }).answer(), 42);
  });
});

describe('corpus-annotator with the code cache', () => {
  it('writes the cache on the first run and prints the same analysis on the next', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-cache-'));
    try {
      const run = () => spawnSync(process.execPath, [LAUNCHER, 'analyze', '--json', '--no-cache', CORPUS], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: '1' } });
      const first = run();
      assert.equal(first.status, 0, first.stderr);
      const code = path.join(cache, 'corpus-annotator', 'code');
      assert.equal(fs.readdirSync(code).filter((f) => f.endsWith('.v8')).length, 1);
      const second = run();
      assert.equal(second.status, 0, second.stderr);
      assert.equal(second.stdout, first.stdout);
      assert.equal(first.stdout.trim().split('\n').length, 5);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
