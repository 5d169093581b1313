import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMATS } from '../../../../src/core/export/formats';
import type { ExportArticle } from '../../../../src/core/export/items';
import { CORPUS_DIR, GOLDEN_DIR, seedExport, seedItems } from './seedExports';

describe('exports of the bundled corpus match the golden files', () => {
  let items: ExportArticle[];
  before(function () {
    this.timeout(60000);
    items = seedItems();
  });

  for (const format of Object.keys(FORMATS)) {
    it(`${format}`, () => {
      const files = FORMATS[format].export(items);
      assert.deepEqual(FORMATS[format].validate(new Map(files.map((f) => [f.path, f.content])), items), []);
      for (const f of seedExport(format, items)) {
        const golden = path.join(GOLDEN_DIR, format, f.path);
        assert.ok(fs.existsSync(golden), `${golden} is missing: run npm run golden`);
        // Compared line by line so that a failure shows where, not a 1 MB string.
        const want = fs.readFileSync(golden, 'utf8').split('\n');
        const got = f.content.split('\n');
        const first = got.findIndex((line, k) => line !== want[k]);
        assert.ok(first < 0 && got.length === want.length, `${format}/${f.path} differs from the golden file at line ${first + 1}:\n  golden: ${want[first]?.slice(0, 200)}\n  now:    ${got[first]?.slice(0, 200)}\n(if the change is meant, run npm run golden and review the diff)`);
      }
      if (format === 'brat') for (const f of files.filter((x) => x.path.endsWith('.txt'))) assert.equal(f.content, fs.readFileSync(path.join(CORPUS_DIR, f.path), 'utf8'), `${f.path} is the article byte for byte`);
    });
  }
});
