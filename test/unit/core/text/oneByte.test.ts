import * as assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { OneByteText, oneByteText } from '../../../../src/core/text/oneByte';

/** Whether V8 holds `s` in one byte per character: its serializer tags a one-byte string `"`, a two-byte one `c`. */
function isOneByte(s: string): boolean {
  return serialize(s)[2] === 0x22;
}

describe('OneByteText', () => {
  const texts = [
    'Putin said “500,000 troops” would go.', // wide quotation marks
    'Russia’s army, Ölfeld and Зеленський.', // wide apostrophe, Latin-1 letter, Cyrillic
    'Plain ASCII only, and café.', // no wide character at all
    '🙂 emoji first, then Kyiv', // a surrogate pair
    '',
  ];

  it('slices exactly what String.prototype.slice gives, for every range', () => {
    for (const text of texts) {
      const narrow = new OneByteText(text);
      for (let a = 0; a <= text.length; a++) for (let b = a; b <= text.length + 3; b++) assert.equal(narrow.slice(a, b), text.slice(a, b), `${JSON.stringify(text)} ${a}..${b}`);
    }
  });

  it('gives a one-byte string wherever the slice is Latin-1, in a text that is not', () => {
    const text = texts[0];
    assert.equal(isOneByte(text.slice(0, 5)), false, 'the premise: a plain slice of a wide text is two-byte');
    const narrow = new OneByteText(text);
    for (const word of ['Putin', 'said', '500,000 troops', 'would go.']) {
      const at = text.indexOf(word);
      const s = narrow.slice(at, at + word.length);
      assert.equal(s, word);
      assert.equal(isOneByte(s), true, word);
    }
    const quoted = narrow.slice(text.indexOf('“'), text.indexOf('”') + 1);
    assert.equal(quoted, '“500,000 troops”');
  });

  it('oneByteText keeps a text for the next stage, and makes another for a new one', () => {
    const a = oneByteText(texts[0]);
    assert.equal(oneByteText(texts[0]), a);
    const b = oneByteText(texts[1]);
    assert.notEqual(b, a);
    assert.equal(b.slice(0, 6), 'Russia');
  });

  it('oneByteText keeps every text of a batch for the stages after the first (analyzeBatch)', () => {
    const first = texts.map((t) => oneByteText(t));
    texts.forEach((t, i) => assert.equal(oneByteText(t), first[i]));
  });

  it('oneByteText lets go of the oldest texts once more than 256 K code units follow them', () => {
    const old = `${'a'.repeat(200_000)}’`;
    const kept = oneByteText(old);
    assert.equal(oneByteText(old), kept);
    oneByteText(`${'b'.repeat(300_000)}’`);
    const again = oneByteText(old);
    assert.notEqual(again, kept);
    assert.equal(again.slice(199_999, 200_001), 'a’');
  });
});
