import * as assert from 'node:assert/strict';
import { inheritApproxIntoParentheses, readMention } from '../../../../../src/core/extract/numbers/mention';
import type { NumberMention } from '../../../../../src/core/types';
import { tokenAt, tokenStreamOf } from './tokenStreamOf';

function mention(text: string, part: string) {
  const ts = tokenStreamOf(text);
  const r = readMention(ts, tokenAt(ts, part));
  return r?.mention ? { text: r.mention.text, kind: r.mention.kind, value: r.mention.value, unit: r.mention.unit, approx: r.mention.approx, high: r.mention.high } : r && null;
}

describe('numbers, format: one mention', () => {
  it('reads a bare 4-digit figure as a year unless a round count of a plural', () => {
    assert.equal(mention('in 2014 they', '2014')?.kind, 'year');
    assert.equal(mention('some 1500 soldiers', '1500')?.kind, 'count');
    assert.equal(mention('2000 people came', '2000')?.kind, 'count');
    assert.equal(mention('in 2000 people came', '2000')?.kind, 'year');
  });

  it('gives a count the noun it counts, and makes it approximate after `about` or before `or so`', () => {
    assert.deepEqual(mention('about 500,000 Russian troops', '500,000'), { text: '500,000', kind: 'count', value: 500000, unit: 'troops', approx: true, high: undefined });
    assert.equal(mention('5 days or so', '5')?.approx, true);
    assert.equal(mention('in 2014 or so', '2014')?.approx, false);
  });

  it('reads `one` as a count before a noun, not as a pronoun or after `the`', () => {
    assert.equal(mention('one year on', 'one')?.value, 1);
    assert.equal(mention('one of them', 'one'), null);
    assert.equal(mention('the one deputy', 'one'), null);
  });

  it('keeps a range\'s high end and a money mention\'s currency', () => {
    assert.deepEqual(mention('for 4-5 months', '4'), { text: '4-5 months', kind: 'duration', value: 4, unit: 'months', approx: false, high: 5 });
  });

  it('makes a conversion in brackets as approximate as the figure before it', () => {
    const text = 'about 3 km (1.9 miles)';
    const m = (part: string, approx: boolean): NumberMention => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part, kind: 'measure', value: parseFloat(part), unit: null, currency: null, approx, malformed: false });
    const ms = [m('3 km', true), m('1.9 miles', false)];
    inheritApproxIntoParentheses(text, ms);
    assert.equal(ms[1].approx, true);
    const apart = [m('3 km', true), { ...m('1.9 miles', false), kind: 'count' as const }];
    inheritApproxIntoParentheses(text, apart);
    assert.equal(apart[1].approx, false);
  });
});
