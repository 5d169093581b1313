import * as assert from 'node:assert/strict';
import { bareWord, startsUpper } from '../../../../src/core/text/letterCase';

describe('letterCase', () => {
  it('startsUpper reads ASCII and other scripts', () => {
    for (const w of ['Putin', 'Ölfeld', 'Зеленський', 'É']) assert.equal(startsUpper(w), true, w);
    for (const w of ['troops', '500,000', '“Putin', 'ölfeld', '']) assert.equal(startsUpper(w), false, w);
  });

  it('bareWord lower-cases and drops one final full stop, as the word lists hold words', () => {
    const cases: [string, string][] = [['Gen.', 'gen'], ['Sept.', 'sept'], ['U.S.', 'u.s'], ['MINISTRY', 'ministry'], ['Putin', 'putin'], ['etc..', 'etc.'], ['', '']];
    for (const [w, bare] of cases) assert.equal(bareWord(w), bare, w);
  });
});
