import * as assert from 'node:assert/strict';
import { captureTarget } from '../../../../src/core/annotations/anchoring';
import { orphanSpot } from '../../../../src/core/annotations/orphanSpot';

const TEXT = 'The Russian president has gathered 300,000 men to be entered into a general mobilisation in September, the minister said on Tuesday.';
const target = captureTarget(TEXT, TEXT.indexOf('300,000 men'), TEXT.indexOf('300,000 men') + '300,000 men'.length);

describe('orphanSpot: where an orphaned annotation was', () => {
  it('is the text that replaced it, between its old context', () => {
    const edited = TEXT.replace('300,000 men', 'about a third of a million soldiers');
    const spot = orphanSpot(edited, target)!;
    assert.equal(edited.slice(spot.start, spot.end), 'about a third of a million soldiers');
  });

  it('takes the place nearest the old position when the context repeats', () => {
    const edited = `${TEXT} ${TEXT}`.replace(/300,000 men/g, 'many troops');
    const spot = orphanSpot(edited, target)!;
    assert.equal(spot.start, TEXT.indexOf('300,000'));
    const moved = { ...target, start: TEXT.length + 1 + TEXT.indexOf('300,000') };
    assert.equal(orphanSpot(edited, moved)!.start, moved.start);
  });

  it('is nothing when the text was deleted, its context is gone, or the context is too short to trust', () => {
    assert.equal(orphanSpot(TEXT.replace('300,000 men ', ''), target), undefined, 'deleted: nothing between prefix and suffix… or a shifted suffix');
    assert.equal(orphanSpot('Something else entirely, with no context left.', target), undefined);
    assert.equal(orphanSpot('Xb', captureTarget('ab', 0, 1)), undefined);
  });

  describe('at its limits', () => {
    // A target written by hand: contexts of exactly the lengths under test.
    const at = (prefix: string, exact: string, suffix: string, start = prefix.length) => ({ start, end: start + exact.length, exact, prefix, suffix });

    it('trusts a context of 8 characters on each side, and not one of 7 on either side', () => {
      const text = 'abcdefghREPLACEDijklmnop';
      assert.deepEqual(orphanSpot(text, at('abcdefgh', 'old', 'ijklmnop')), { start: 8, end: 16 });
      assert.equal(orphanSpot(text.slice(1), at('bcdefgh', 'old', 'ijklmnop')), undefined, 'prefix of 7');
      assert.equal(orphanSpot(text.slice(0, -1), at('abcdefgh', 'old', 'ijklmno')), undefined, 'suffix of 7');
    });

    it('finds the prefix at the very start of the text', () => {
      assert.deepEqual(orphanSpot('abcdefghNEWijklmnop and more', at('abcdefgh', 'old', 'ijklmnop')), { start: 8, end: 11 });
    });

    it('reaches 200 characters for a short annotation, and four times its length for a long one', () => {
      const span = (n: number) => `abcdefgh${'x'.repeat(n)}ijklmnop`;
      assert.deepEqual(orphanSpot(span(200), at('abcdefgh', 'old', 'ijklmnop')), { start: 8, end: 208 });
      assert.equal(orphanSpot(span(201), at('abcdefgh', 'old', 'ijklmnop')), undefined, 'a short annotation replaced by 201 characters: too far to be its spot');
      const long = 'y'.repeat(100);
      assert.deepEqual(orphanSpot(span(400), at('abcdefgh', long, 'ijklmnop')), { start: 8, end: 408 });
      assert.equal(orphanSpot(span(401), at('abcdefgh', long, 'ijklmnop')), undefined);
    });

    it('skips a place where the context closes on nothing and takes the next', () => {
      const text = 'abcdefghijklmnop … abcdefghNEWijklmnop';
      const spot = orphanSpot(text, at('abcdefgh', 'old', 'ijklmnop', 0))!;
      assert.equal(text.slice(spot.start, spot.end), 'NEW');
    });

    it('of two places at the same distance from the old position, keeps the first', () => {
      const text = 'abcdefghONEijklmnop abcdefghTWOijklmnop';
      const middle = (8 + text.lastIndexOf('TWO')) / 2;
      assert.equal(orphanSpot(text, at('abcdefgh', 'old', 'ijklmnop', middle))!.start, 8);
      assert.equal(orphanSpot(text, at('abcdefgh', 'old', 'ijklmnop', text.lastIndexOf('TWO') - 1))!.start, text.lastIndexOf('TWO'));
      // Far into the article, the first place can be the nearest too.
      const far = `${'z'.repeat(100)}${text}`;
      assert.equal(orphanSpot(far, at('abcdefgh', 'old', 'ijklmnop', 108))!.start, 108);
    });
  });
});
