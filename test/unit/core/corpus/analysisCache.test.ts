import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText, sha256 } from '../../../../src/core/analyze';
import { DiskAnalysisCache, MemoryAnalysisCache, type CachedAnalysis } from '../../../../src/core/corpus/analysisCache';
import { analyzeCorpus } from '../../../../src/core/corpus/analyzeCorpus';
import { engineFingerprint } from '../../../../src/core/corpus/engineFingerprint';

const { file: _file, ...ANALYSIS } = analyzeText('Russia has massed 100,000 troops on the border, Reznikov said.', 'a.txt');
const SHA = ANALYSIS.sha256;

describe('analysis caches', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('in memory give back what was put', async () => {
    const c = new MemoryAnalysisCache();
    assert.equal(await c.get(SHA), undefined);
    await c.set(SHA, ANALYSIS);
    assert.deepEqual(await c.get(SHA), ANALYSIS);
  });

  it('on disk give back what was put, under the engine fingerprint, and leave no temporary file', async () => {
    const c = new DiskAnalysisCache(dir, 'f'.repeat(64));
    assert.equal(await c.get(SHA), undefined);
    await c.set(SHA, ANALYSIS);
    assert.deepEqual(await c.get(SHA), ANALYSIS);
    const folder = path.join(dir, 'f'.repeat(16), SHA.slice(0, 2));
    assert.deepEqual(fs.readdirSync(folder), [`${SHA}.json`]);
    assert.equal(await new DiskAnalysisCache(dir, 'e'.repeat(64)).get(SHA), undefined, 'another engine never reads it');
  });

  it('on disk take a damaged or mislabelled entry for a miss', async () => {
    const c = new DiskAnalysisCache(dir, 'f'.repeat(64));
    const file = path.join(dir, 'f'.repeat(16), SHA.slice(0, 2), `${SHA}.json`);
    await c.set(SHA, ANALYSIS);
    fs.writeFileSync(file, '{"sha256": "');
    assert.equal(await c.get(SHA), undefined);
    fs.writeFileSync(file, JSON.stringify({ ...ANALYSIS, sha256: 'other' } satisfies CachedAnalysis));
    assert.equal(await c.get(SHA), undefined);
  });

  it('on disk take an entry with any part missing or of the wrong kind for a miss', async () => {
    const c = new DiskAnalysisCache(dir, 'f'.repeat(64));
    const file = path.join(dir, 'f'.repeat(16), SHA.slice(0, 2), `${SHA}.json`);
    await c.set(SHA, ANALYSIS);
    const whole = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const damaged: [string, unknown][] = [
      ['an array', [whole]],
      ['no meta', { ...whole, meta: undefined }],
      ['meta a list', { ...whole, meta: [] }],
      ['no title', { ...whole, meta: { ...ANALYSIS.meta, title: undefined } }],
      ['no structure', { ...whole, structure: null }],
      ['structure a list', { ...whole, structure: [] }],
      ['structure a string', { ...whole, structure: 'x' }],
      ...(['paragraphs', 'sentences', 'entries'] as const).map((k): [string, unknown] => [`no ${k}`, { ...whole, structure: { ...ANALYSIS.structure, [k]: undefined } }]),
      ...(['entities', 'numbers', 'quotes', 'claims'] as const).flatMap((k): [string, unknown][] => [
        [`no ${k}`, { ...whole, [k]: undefined }],
        [`${k} an object`, { ...whole, [k]: {} }],
        [`a null in ${k}`, { ...whole, [k]: [...(whole[k] as unknown[]), null] }],
        [`a span of ${k} without start`, { ...whole, [k]: [{ end: 3 }] }],
        [`a span of ${k} without end`, { ...whole, [k]: [{ start: 3 }] }],
        [`a span of ${k} with a start in words`, { ...whole, [k]: [{ start: '3', end: 4 }] }],
      ]),
    ];
    for (const [what, entry] of damaged) {
      fs.writeFileSync(file, JSON.stringify(entry));
      assert.equal(await c.get(SHA), undefined, what);
    }
    fs.writeFileSync(file, JSON.stringify({ ...whole, claims: [] }));
    assert.deepEqual(await c.get(SHA), { ...ANALYSIS, claims: [] }, 'an empty list is a list');
  });

  it('on disk leave no temporary file when the rename fails', async () => {
    const c = new DiskAnalysisCache(dir, 'f'.repeat(64));
    const target = path.join(dir, 'f'.repeat(16), SHA.slice(0, 2), `${SHA}.json`);
    // A folder with something in it where the entry goes: the write succeeds, the rename cannot.
    fs.mkdirSync(path.join(target, 'x'), { recursive: true });
    await c.set(SHA, ANALYSIS);
    assert.deepEqual(fs.readdirSync(path.dirname(target)), [`${SHA}.json`]);
    assert.equal(await c.get(SHA), undefined);
  });

  it('on disk never fail a run when they cannot write', async () => {
    const blocked = path.join(dir, 'file');
    fs.writeFileSync(blocked, '');
    const c = new DiskAnalysisCache(blocked, 'f'.repeat(64));
    await c.set(SHA, ANALYSIS);
    assert.equal(await c.get(SHA), undefined);
  });
});

describe('engineFingerprint', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-engine-'));
    fs.writeFileSync(path.join(dir, 'engine.js'), 'code');
    fs.mkdirSync(path.join(dir, 'models'));
    fs.writeFileSync(path.join(dir, 'models', 'weights.bin'), 'w1');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const fp = () => engineFingerprint([path.join(dir, 'engine.js')], path.join(dir, 'models'));

  it('is the same for the same code and models, wherever they are', () => {
    const first = fp();
    assert.match(first, /^[0-9a-f]{64}$/);
    assert.equal(fp(), first);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-engine-'));
    fs.cpSync(dir, elsewhere, { recursive: true });
    try {
      assert.equal(engineFingerprint([path.join(elsewhere, 'engine.js')], path.join(elsewhere, 'models')), first);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('changes with the code, with a model, with a new model file, and with a file gone', () => {
    const seen = new Set([fp()]);
    fs.writeFileSync(path.join(dir, 'engine.js'), 'code 2');
    seen.add(fp());
    fs.writeFileSync(path.join(dir, 'models', 'weights.bin'), 'w2');
    seen.add(fp());
    fs.writeFileSync(path.join(dir, 'models', 'vocab.txt'), 'v');
    seen.add(fp());
    fs.rmSync(path.join(dir, 'engine.js'));
    seen.add(fp());
    assert.equal(seen.size, 5);
    assert.notEqual(engineFingerprint([path.join(dir, 'engine.js')]), fp(), 'without the models folder');
    assert.equal(engineFingerprint([path.join(dir, 'engine.js')], path.join(dir, 'no-models')), engineFingerprint([path.join(dir, 'engine.js')]));
  });
});

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
