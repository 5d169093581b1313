import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sha256 } from '../../../../src/core/analyze';
import { DiskAnalysisCache } from '../../../../src/core/corpus/analysisCache';
import { analyzeCorpus } from '../../../../src/core/corpus/analyzeCorpus';

describe('DiskAnalysisCache', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-analysis-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes a damaged entry for a miss, and the analysis runs as without it', async () => {
    const article = path.join(dir, 'a.txt');
    const text = 'Vladimir Putin has amassed almost 500,000 troops, Oleksii Reznikov said.\n';
    fs.writeFileSync(article, text);
    const cache = new DiskAnalysisCache(path.join(dir, 'cache'), 'f'.repeat(64));
    const sha = sha256(text);
    const entry = path.join(dir, 'cache', 'f'.repeat(16), sha.slice(0, 2), `${sha}.json`);
    fs.mkdirSync(path.dirname(entry), { recursive: true });
    // Issue 28: this entry made every command fail with "TypeError … reading 'map'".
    for (const damaged of [JSON.stringify({ sha256: sha }), JSON.stringify({ sha256: sha, meta: { title: '' }, entities: 'x' }), '{"sha256": "', '[]', 'null']) {
      fs.writeFileSync(entry, damaged);
      assert.equal(await cache.get(sha), undefined, damaged);
      const r = await analyzeCorpus([article], { cache, jobs: 0 });
      assert.deepEqual(r.errors, []);
      assert.ok(r.analyses[0].entities.length > 0);
    }
    // The analysis that replaced it is a hit.
    assert.equal((await cache.get(sha))?.sha256, sha);
  });
});
