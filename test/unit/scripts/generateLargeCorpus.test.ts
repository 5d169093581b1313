import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateLargeCorpus } from '../../../scripts/generateLargeCorpus';
import { repoRoot } from '../../../scripts/eval/types';

describe('generateLargeCorpus', () => {
  it('keeps every copy’s date header and clock times as its source has them, while its other figures vary', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-large-'));
    try {
      const sources = fs
        .readdirSync(path.join(repoRoot(), 'corpus'))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => fs.readFileSync(path.join(repoRoot(), 'corpus', f), 'utf8'));
      const { files } = generateLargeCorpus(dir, sources.length * 4);
      let varied = 0;
      files.forEach((file, i) => {
        const copy = fs.readFileSync(file, 'utf8');
        const source = sources[i % sources.length];
        const header = (t: string) => /^ date \S+/.exec(t)?.[0];
        assert.equal(header(copy), header(source), path.basename(file));
        const times = (t: string) => new Set(t.match(/\b\d{1,2}:\d{2}\b/g) ?? []);
        for (const t of times(copy)) assert.ok(times(source).has(t), `${path.basename(file)}: ${t}`);
        const figures = (t: string) => new Set(t.match(/\b\d{1,3}(?:,\d{3})+\b/g) ?? []);
        const own = figures(source);
        if ([...figures(copy)].some((f) => !own.has(f))) varied++;
      });
      assert.ok(varied > 0, 'no figure varied');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
