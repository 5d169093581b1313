import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryAnalysisCache, type AnalysisCache } from '../../../../src/core/corpus/analysisCache';
import { lazyAnalysisCache, sharedAnalysisCache } from '../../../../src/core/corpus/sharedCache';

describe('the analysis cache the command line and the editor share', () => {
  let dir: string;
  let xdg: string | undefined;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-shared-'));
    xdg = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = path.join(dir, 'cache');
  });
  after(() => {
    if (xdg === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = xdg;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A build folder holding an analysis worker bundle with this text. */
  function build(name: string, worker: string): string {
    const d = path.join(dir, name);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'analysis-worker.js'), worker);
    return d;
  }
  const folderOf = (c: AnalysisCache) => (c as unknown as { dir: string }).dir;

  it('is one folder for two callers beside the same engine (the CLI in one bundle, the extension in another), and another for another engine', () => {
    const cli = sharedAnalysisCache(build('cli', 'engine v1'), path.join(dir, 'cli', 'cli-main.js'));
    const editor = sharedAnalysisCache(build('extension', 'engine v1'), path.join(dir, 'extension', 'extension.js'));
    const changed = sharedAnalysisCache(build('next', 'engine v2'), path.join(dir, 'next', 'extension.js'));
    assert.equal(folderOf(cli), folderOf(editor));
    assert.notEqual(folderOf(changed), folderOf(cli));
    assert.ok(folderOf(cli).startsWith(path.join(dir, 'cache', 'corpus-annotator')), 'under $XDG_CACHE_HOME');
  });

  it('is made on first use only, once', async () => {
    let made = 0;
    const memory = new MemoryAnalysisCache();
    const lazy = lazyAnalysisCache(() => {
      made++;
      return memory;
    });
    assert.equal(made, 0);
    assert.equal(await lazy.get('abc'), undefined);
    await lazy.set('abc', { sha256: 'abc' } as never);
    assert.deepEqual(await lazy.get('abc'), { sha256: 'abc' });
    assert.equal(made, 1);
  });
});
