import * as assert from 'node:assert/strict';
import { fastTokenize } from '../../../../src/core/text/fastTokenize';
import type { Token } from '../../../../src/core/text/tokenize';

/** The tokens of `sentence` and the token range [from, to) of the first occurrence of `name` (words split at spaces). */
export function tokenSpan(sentence: string, name: string): { tokens: Token[]; from: number; to: number } {
  const tokens = fastTokenize(sentence);
  const words = name.split(' ');
  const from = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.text === w));
  assert.ok(from >= 0, `${name} is not in ${sentence}`);
  return { tokens, from, to: from + words.length };
}

/** A case: a sentence, a name in it (as the model tagged it), and what the test should answer of that name. */
export type NameCase<T = boolean> = [sentence: string, name: string, want: T];

/** One test per case: `test` asked of the name's tokens in its sentence answers `want`. */
export function itAnswersPerName<T>(test: (tokens: Token[], from: number, to: number, sentence: string) => T, cases: readonly NameCase<T>[]): void {
  for (const [sentence, name, want] of cases) {
    it(`${name} in "${sentence}" → ${want}`, () => {
      const { tokens, from, to } = tokenSpan(sentence, name);
      assert.equal(test(tokens, from, to, sentence), want);
    });
  }
}
