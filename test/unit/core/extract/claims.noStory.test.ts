import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../../../src/core/analyze';
import { englishWords } from '../../../../src/core/extract/claims/englishWords';
import { packageRoot } from '../../../../src/core/util/paths';

const root = packageRoot()!;

/** Every source file of the claims stage and of claim linking, and the weights they read. */
function claimsCode(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else if (/\.ts$/.test(f.name)) files.push(p);
    }
  };
  walk(path.join(root, 'src/core/extract/claims'));
  walk(path.join(root, 'src/core/corpus/claimLinking'));
  files.push(path.join(root, 'src/core/corpus/relatedClaims.ts'), path.join(root, 'models/claim-detector.json'), path.join(root, 'models/claim-linker.json'));
  return files;
}

describe('the claims and linking code', () => {
  it('holds none of the bundled articles’ proper names: it works on stories it never saw', () => {
    const dir = path.join(root, 'corpus');
    const words = new Set<string>();
    const table = englishWords();
    const texts = fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
    // A word the articles also write in lower case (`group`, `council`) is a common noun.
    const lower = new Set(texts.flatMap(([, t]) => t.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []));
    for (const [f, text] of texts) {
      const a = analyzeText(text, f);
      for (const e of a.entities) {
        for (const w of `${e.text} ${e.canonical}`.split(/[^\p{L}]+/u)) {
          // Words of general English (`Ministry`, `Defence`) may stand in code; names may not.
          if (w.length >= 3 && /^\p{Lu}/u.test(w) && table.classOf(w.toLowerCase()) === undefined && !lower.has(w.toLowerCase())) words.add(w.toLowerCase());
        }
      }
    }
    assert.ok(words.size > 50, `names found in the bundled corpus: ${words.size}`);
    const found: string[] = [];
    for (const file of claimsCode()) {
      const text = fs.readFileSync(file, 'utf8').toLowerCase();
      for (const w of words) if (new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text)) found.push(`${path.relative(root, file)}: ${w}`);
    }
    assert.deepEqual(found, []);
  });
});
