import * as assert from 'node:assert/strict';
import { OffsetMap, wholeCharacterBoundary } from '../../../../src/core/export/offsets';

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

  it('slices from the very start and to an empty span', () => {
    assert.equal(map.slice(text, 0, 1), 'a');
    assert.equal(map.slice(text, 0, 0), '');
  });

  it('pairs surrogates at both ends of their ranges, and only a high one followed by a low one', () => {
    // U+10000 is d800 dc00, U+10FFFF is dbff dfff: each one code point.
    const edges = new OffsetMap('\u{10000}\u{10FFFF}x');
    assert.equal(edges.codePoints, 3);
    assert.deepEqual([0, 1, 2].map((p) => edges.unit(p)), [0, 2, 4]);
    // Two low surrogates, a high one before a private-use character (U+E000), a high one before a high one: no pairs.
    for (const unpaired of ['\udc00\udc00', '\ud83c\ue000', '\udbff\ud800']) assert.equal(new OffsetMap(unpaired).codePoints, 2, JSON.stringify(unpaired));
  });

  it('moves a boundary off the middle of a surrogate pair, towards the side asked, and keeps it inside the text', () => {
    const t = 'a🇺🇦b';
    assert.equal(wholeCharacterBoundary(t, 2, -1), 1, 'inside 🇺 going back');
    assert.equal(wholeCharacterBoundary(t, 2, 1), 3, 'inside 🇺 going on');
    assert.equal(wholeCharacterBoundary(t, 4, 1), 5, 'inside 🇦');
    assert.equal(wholeCharacterBoundary(t, 3, -1), 3, 'between 🇺 and 🇦: already whole');
    assert.equal(wholeCharacterBoundary(t, 1, 1), 1);
    assert.equal(wholeCharacterBoundary(t, 0, 1), 0);
    assert.equal(wholeCharacterBoundary(t, -5, 1), 0);
    assert.equal(wholeCharacterBoundary(t, t.length, -1), t.length);
    assert.equal(wholeCharacterBoundary(t, 99, -1), t.length);
    assert.equal(wholeCharacterBoundary('x\udc00\ud83c', 2, 1), 2, 'a low surrogate before a high one is no pair');
    // Only a high surrogate (d800–dbff) then a low one (dc00–dfff) is a pair, at both ends of each range.
    assert.equal(wholeCharacterBoundary('\u{10000}', 1, 1), 2, 'd800 dc00');
    assert.equal(wholeCharacterBoundary('\u{10FFFF}', 1, 1), 2, 'dbff dfff');
    for (const noPair of ['a\udc00', '\udc00\udc00', '\ud83cx', '\ud83c\ue000']) assert.equal(wholeCharacterBoundary(noPair, 1, 1), 1, JSON.stringify(noPair));
  });

  it('is the identity on text without astral characters', () => {
    const plain = new OffsetMap('Kyiv – “quoted”');
    for (let i = 0; i <= 15; i++) assert.equal(plain.codePoint(i), i);
    assert.equal(plain.codePoints, 15);
  });
});
