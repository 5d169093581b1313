import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../../src/core/export/offsets';

describe('OffsetMap: UTF-16 offsets to code points and back', () => {
  // 🇺🇦 is two code points of two UTF-16 units each.
  const text = 'a🇺🇦b c';
  const map = new OffsetMap(text);

  it('counts a surrogate pair as one code point', () => {
    assert.equal(map.codePoints, 6);
    assert.deepEqual([0, 1, 3, 5, 6, 7, 8].map((u) => map.codePoint(u)), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((p) => map.unit(p)), [0, 1, 3, 5, 6, 7, 8]);
  });

  it('slices by code points, and says when an offset is outside the text', () => {
    assert.equal(map.slice(text, 1, 3), '🇺🇦');
    assert.equal(map.slice(text, 3, 6), 'b c');
    assert.equal(map.slice(text, 0, 7), undefined);
    assert.equal(map.slice(text, -1, 2), undefined);
    assert.equal(map.unitOrMissing(1.5), -1, 'not an offset at all');
    assert.equal(map.unitOrMissing(6), 8);
    assert.throws(() => map.unit(7), /offset 7 is outside the text/);
  });

  it('takes a lone surrogate for one code point, as Python does', () => {
    for (const lone of ['x\ud83cy', 'x\udde6y', 'xy\ud83c']) {
      const m = new OffsetMap(lone);
      assert.equal(m.codePoints, [...lone].length, JSON.stringify(lone));
      assert.equal(m.unit(2), 2);
      assert.equal(m.codePoint(3), 3);
    }
  });

  it('is the identity on text without astral characters', () => {
    const plain = new OffsetMap('Kyiv – “quoted”');
    for (let i = 0; i <= 15; i++) assert.equal(plain.codePoint(i), i);
    assert.equal(plain.codePoints, 15);
  });
});
