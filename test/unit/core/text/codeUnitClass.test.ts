import * as assert from 'node:assert/strict';
import { cachedCodeUnitTest, isJsSpace } from '../../../../src/core/text/codeUnitClass';

describe('code-unit classes', () => {
  it('isJsSpace is \\s, code unit by code unit (U+0085 is not a space)', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16).padStart(4, '0')}`);
    assert.equal(isJsSpace(0x85), false);
  });

  it('a cached test answers as its expression does, asked once or again', () => {
    const letter = cachedCodeUnitTest(/\p{L}/u);
    for (const pass of [1, 2]) {
      for (let c = 0; c < 0x10000; c += 7) assert.equal(letter(c), /\p{L}/u.test(String.fromCharCode(c)), `pass ${pass}, U+${c.toString(16)}`);
    }
  });
});
