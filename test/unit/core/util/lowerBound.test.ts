import * as assert from 'node:assert/strict';
import { firstEndingAfter, lowerBound, lowerBoundNumber } from '../../../../src/core/util/lowerBound';

// Spans as the extractors hold them: sorted by start, unnested.
const spans = [
  { start: 0, end: 4 },
  { start: 6, end: 9 },
  { start: 9, end: 15 },
];

describe('lowerBound and its kin: where a position falls among sorted spans', () => {
  it('lowerBound: the first span starting at or after the position', () => {
    assert.deepEqual([-1, 0, 1, 6, 7, 9, 10, 99].map((p) => lowerBound(spans, p)), [0, 0, 1, 1, 2, 2, 3, 3]);
    assert.equal(lowerBound([], 5), 0);
  });

  it('firstEndingAfter: the first span ending after the position (a span ending at it does not count)', () => {
    assert.deepEqual([-1, 0, 3, 4, 5, 9, 14, 15, 99].map((p) => firstEndingAfter(spans, p)), [0, 0, 0, 1, 1, 2, 2, 3, 3]);
    assert.equal(firstEndingAfter([], 5), 0);
  });

  it('lowerBoundNumber: the first number at or above x, in an array or a typed array', () => {
    assert.deepEqual([0, 1, 2, 3, 8, 9].map((x) => lowerBoundNumber([1, 3, 3, 8], x)), [0, 0, 1, 1, 3, 4]);
    assert.equal(lowerBoundNumber(Int32Array.from([2, 4]), 3), 1);
  });
});
