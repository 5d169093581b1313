import * as assert from 'node:assert/strict';
import { ordinalWordIsNumber, readWords } from '../../../../../src/core/extract/numbers/words';
import { tokenAt, tokenStreamOf } from './tokenStreamOf';

function words(text: string, part: string) {
  const ts = tokenStreamOf(text);
  const i = tokenAt(ts, part);
  const c = readWords(ts, i);
  return c && { value: c.value, took: text.slice(ts.toks[i].s, ts.toks[c.next - 1].e), kind: c.kind, high: c.high, approx: !!c.approx, fraction: !!c.fraction };
}

describe('numbers, parse: written-out numbers', () => {
  it('reads cardinals with scales, hyphens and `and`', () => {
    assert.equal(words('two hundred and fifty men', 'two')?.value, 250);
    assert.equal(words('twenty-eight days', 'twenty')?.value, 28);
    assert.equal(words('one and a half million', 'one')?.value, 1.5e6);
    assert.equal(words('a dozen eggs', 'a')?.value, 12);
  });

  it('reads ordinals, hyphenated and after a scale', () => {
    assert.deepEqual([words('the twenty-fifth day', 'twenty')?.value, words('the twenty-fifth day', 'twenty')?.kind], [25, 'ordinal']);
    assert.deepEqual([words('his third title', 'third')?.value, words('his third title', 'third')?.kind], [3, 'ordinal']);
    assert.equal(words('one hundred twenty-fifth', 'one')?.value, 125);
  });

  it('reads fractions', () => {
    assert.deepEqual(words('two-thirds of voters', 'two'), { value: 2 / 3, took: 'two-thirds', kind: undefined, high: undefined, approx: false, fraction: true });
    assert.equal(words('half of them', 'half')?.value, 0.5);
    assert.equal(words('a third of them', 'a')?.value, 1 / 3);
  });

  it('reads vague amounts as an order of magnitude, approximate', () => {
    const w = words('hundreds of thousands of people', 'hundreds');
    assert.deepEqual([w?.value, w?.high, w?.approx, w?.took], [1e5, 1e6, true, 'hundreds of thousands']);
    assert.deepEqual([words('a couple of weeks', 'a')?.value, words('a couple of weeks', 'a')?.approx], [2, true]);
  });

  it('does not read idioms and a lone article', () => {
    assert.equal(words('at first he', 'first'), null);
    assert.equal(words('a man came', 'a'), null);
  });

  it('tells a rank from a unit of time and an idiom', () => {
    const ts = tokenStreamOf('second place, a second later, first of all, a second-hand car');
    assert.equal(ordinalWordIsNumber(ts, tokenAt(ts, 'second place')), true);
    assert.equal(ordinalWordIsNumber(ts, tokenAt(ts, 'second later')), false);
    assert.equal(ordinalWordIsNumber(ts, tokenAt(ts, 'first')), false);
    assert.equal(ordinalWordIsNumber(ts, tokenAt(ts, 'second-hand')), false);
  });
});
