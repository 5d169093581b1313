import * as assert from 'node:assert/strict';
import { rankText } from '../../../../src/core/text/rankText';

describe('rankText', () => {
  it('writes the English suffix, with 11th–13th as exceptions', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 101, 111, 1000].map(rankText),
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '24th', '101st', '111th', '1,000th']);
  });
});
