import * as assert from 'node:assert/strict';
import { approxBefore, findNoun, isAdjective, isPluralWord } from '../../../../../src/core/extract/numbers/nouns';
import { tokenAt, tokenStreamOf } from './tokenStreamOf';

describe('numbers, classify: counted nouns and approximation', () => {
  it('finds the plural a count counts, skipping adjectives', () => {
    const noun = (text: string, after: string, allowOf = false) => {
      const ts = tokenStreamOf(text);
      return findNoun(ts, tokenAt(ts, after) + 1, allowOf);
    };
    assert.equal(noun('500,000 Russian troops arrived', '500,000'), 'troops');
    assert.equal(noun('millions of the refugees', 'millions', true), 'refugees');
    assert.equal(noun('5 said so', '5'), null);
    assert.equal(noun('12 child refugees', '12'), 'refugees');
  });

  it('tells plurals and adjectives', () => {
    assert.deepEqual(['troops', 'people', 'news', 'bus', 'F-35s'].map(isPluralWord), [true, true, false, false, true]);
    assert.deepEqual(['russian', 'military', 'troop', 'said'].map(isAdjective), [true, true, false, false]);
  });

  it('sees approximation words before a figure', () => {
    const ts = tokenStreamOf('about 5 and more than 6 but 7 and nearly 8');
    assert.deepEqual(['5', '6', '7', '8'].map((p) => approxBefore(ts, tokenAt(ts, p))), [true, true, false, true]);
  });
});
