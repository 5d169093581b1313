import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fastTokenize, tokenizeSpans } from '../../../../src/core/text/fastTokenize';
import { TITLE_ABBREVIATIONS } from '../../../../src/core/text/abbreviations';
import { tokenize } from '../../../../src/core/text/tokenize';

// Pieces that exercise every rule of the tokenizer: joiners, digit separators,
// abbreviations, clitics, non-ASCII letters and marks, odd spaces, punctuation,
// and astral characters (emoji, a mathematical letter).
const PIECES = [
  'Putin', 'U.S.', 'Mr.', 'Rev.', 'Del', 'Dr', 'etc.', 'don', "n't", "'s", '’s', 'O’Brien', 'Zakir-Hussain', 'a‐b', 'x‑y', 'AT&T',
  '500,000', '1,2345', '3.5', '7,', ',000', '2023-02-02', 'Kyiv', 'Zelenskyy', 'é', 'e\u0301', 'Ω', '٣', 'ß',
  ' ', ' ', '\n', '\r\n', '\t', '\u00a0', '\u2009', '\u3000', '\u0085', '\u200b', '\u180e', '\ufeff', '.', ',', '"', '“', '”', "'", '’', '-', '—', '(', ')', '•', '%', '$', '€',
  '🇺🇦', '😀', '𝐀',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
const bmpText = fc.array(fc.constantFrom(...PIECES.filter((p) => !/[\uD800-\uDFFF]/.test(p))), { maxLength: 40 }).map((xs) => xs.join(''));

describe('fastTokenize and tokenizeSpans', () => {
  it('fastTokenize gives the tokens of tokenize on any text without astral characters', () => {
    fc.assert(fc.property(bmpText, (t) => assert.deepEqual(fastTokenize(t), tokenize(t))), { numRuns: 2000 });
  });

  it('tokenizeSpans gives tokenize(text, start, end) for any spans, cut through tokens or not, astral characters or not', () => {
    const withSpans = text.chain((t) =>
      fc.tuple(fc.constant(t), fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })), { maxLength: 6 })),
    );
    fc.assert(
      fc.property(withSpans, ([t, spans]) => assert.deepEqual(tokenizeSpans(t, spans), spans.map((s) => tokenize(t, s.start, s.end)))),
      { numRuns: 2000 },
    );
  });

  it('keeps the period of a rank or title, so the name after it is not cut off', () => {
    const t = 'said the Rev. Peter Wherry, Del. Stacey Plaskett and Adm. Rob Bauer.';
    assert.deepEqual(
      fastTokenize(t).map((x) => x.text).filter((w) => w.length > 1 && w.endsWith('.')),
      ['Rev.', 'Del.', 'Adm.'],
    );
  });

  it('keeps the period of every title that the sentence splitter reads as one (`Mt.`, `Messrs.`)', () => {
    for (const title of TITLE_ABBREVIATIONS) {
      const word = `${title[0].toUpperCase()}${title.slice(1)}.`;
      const t = `They met ${word} Peter Wherry there.`;
      assert.ok(fastTokenize(t).some((x) => x.text === word), word);
      assert.ok(tokenize(t).some((x) => x.text === word), word);
    }
  });

  it('splits a sentence boundary inside U.S. the way tokenize does', () => {
    const t = 'He went to the U.S. Then he left.';
    const cut = t.indexOf('S.') + 1;
    assert.deepEqual(tokenizeSpans(t, [{ start: 0, end: cut }, { start: cut, end: t.length }]), [tokenize(t, 0, cut), tokenize(t, cut, t.length)]);
  });
});
