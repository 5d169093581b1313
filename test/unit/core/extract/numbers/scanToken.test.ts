import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { numberTokenEnd } from '../../../../../src/core/extract/numbers/scanToken';
import { isJsSpace } from '../../../../../src/core/text/codeUnitClass';

/** The tokens as the regular expression the scanner replaced finds them. */
function byRegex(text: string): [number, number][] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|\S/gu)].map((m) => [m.index, m.index + m[0].length]);
}

function byScanner(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (isJsSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = numberTokenEnd(text, i);
    out.push([i, end]);
    i = end;
  }
  return out;
}

// Figures with separators in every position, letters and marks (composed, combining,
// non-Latin, astral), lone surrogates, and every space JavaScript's \s knows, plus
// U+0085, which it does not.
const PIECES = [
  '500,000', '3.5', '1,2345', '7,', ',000', '2023-02-02', '3,0o0', '1.', '.5', '12..3', 'km', 'Kyiv', 'é', 'e\u0301', '\u0301',
  'ß', 'Ω', '٣', '५', '𝐀', '😀', '🇺🇦', '\uD800', '\uDC00', '€', '$', '%', '½', '-', '—', '.', ',', '"', '“',
  ' ', '\n', '\r', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f',
  '\u3000', '\ufeff', '\u0085', '\u200b',
];

describe('numberTokenEnd', () => {
  it('finds the tokens of /\\d+(?:[.,]\\d+)*|[\\p{L}\\p{M}]+|\\S/gu on any text', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, (t) => assert.deepEqual(byScanner(t), byRegex(t))), { numRuns: 3000 });
  });

  it('finds the same tokens on every bundled article', () => {
    const dir = path.join(__dirname, '../../../../../../corpus');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.equal(files.length, 5);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      assert.deepEqual(byScanner(text), byRegex(text), f);
    }
  });
});
