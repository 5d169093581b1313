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
