import * as assert from 'node:assert/strict';
import { joinCompoundMeasures } from '../../../../../src/core/extract/numbers/compoundMeasures';
import type { NumberMention } from '../../../../../src/core/types';

/** A mention of `part` (the first at or after `from`) with the given fields. */
function m(text: string, part: string, fields: Partial<NumberMention> & Pick<NumberMention, 'kind' | 'value'>, from = 0): NumberMention {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length, text: part, unit: null, currency: null, approx: false, malformed: false, ...fields };
}

const joined = (text: string, ms: NumberMention[]) => joinCompoundMeasures(text, ms).map((x) => [x.text, x.value]);

describe('one quantity in two units', () => {
  it('joins the larger unit and the smaller that continues it, valued in the larger', () => {
    const table: [string, string, string, string | null, string, string, number][] = [
      // text, first part, its unit, second part, its unit, the joined span, value
      ['He is 5 feet 10 inches tall.', '5 feet', 'feet', '10 inches', 'inches', '5 feet 10 inches', 5 + 10 / 12],
      ['It weighed 7 lb 8 oz at birth.', '7 lb', 'lb', '8 oz', 'oz', '7 lb 8 oz', 7.5],
      ['He weighs 12 stone 7 pounds now.', '12 stone', 'stone', '7 pounds', 'pounds', '12 stone 7 pounds', 12.5],
    ];
    for (const [text, a, ua, b, ub, span, value] of table) {
      const got = joined(text, [m(text, a, { kind: 'measure', value: parseFloat(a), unit: ua }), m(text, b!, { kind: 'measure', value: parseFloat(b!), unit: ub })]);
      assert.deepEqual(got, [[span, value]], text);
    }
    const durations: [string, string, string, string, string, number][] = [
      ['2 hours and 30 minutes', '2 hours', 'hours', '30 minutes', 'minutes', 2.5],
      ['3 minutes 30 seconds', '3 minutes', 'minutes', '30 seconds', 'seconds', 3.5],
      ['2 years 6 months', '2 years', 'years', '6 months', 'months', 2.5],
      ['1 week 0 days', '1 week', 'week', '0 days', 'days', 1],
      ['2 days 12 hours', '2 days', 'days', '12 hours', 'hours', 2.5],
      ['4 Hours 15 Mins', '4 Hours', 'Hours', '15 Mins', 'Mins', 4.25],
    ];
    for (const [text, a, ua, b, ub, value] of durations) {
      const got = joined(text, [m(text, a, { kind: 'duration', value: parseFloat(a), unit: ua }), m(text, b, { kind: 'duration', value: parseFloat(b), unit: ub })]);
      assert.deepEqual(got, [[text, value]], text);
    }
  });

  it('joins dollars and cents, pounds and pence, but not pounds and cents', () => {
    const usd = '3 dollars and 75 cents';
    assert.deepEqual(joined(usd, [m(usd, '3 dollars', { kind: 'money', value: 3, currency: 'USD' }), m(usd, '75 cents', { kind: 'money', value: 75, unit: 'cents' })]), [[usd, 3.75]]);
    const gbp = '4 pounds 20 pence';
    assert.deepEqual(joined(gbp, [m(gbp, '4 pounds', { kind: 'money', value: 4, currency: 'GBP' }), m(gbp, '20 pence', { kind: 'money', value: 20, unit: 'pence' })]), [[gbp, 4.2]]);
    const mixed = '4 pounds 20 cents';
    assert.equal(joined(mixed, [m(mixed, '4 pounds', { kind: 'money', value: 4, currency: 'GBP' }), m(mixed, '20 cents', { kind: 'money', value: 20, unit: 'cents' })]).length, 2);
    const usdPence = '4 dollars 20 pence';
    assert.equal(joined(usdPence, [m(usdPence, '4 dollars', { kind: 'money', value: 4, currency: 'USD' }), m(usdPence, '20 pence', { kind: 'money', value: 20, unit: 'pence' })]).length, 2);
    const noCurrency = '4 units 20 cents';
    assert.equal(joined(noCurrency, [m(noCurrency, '4 units', { kind: 'money', value: 4 }), m(noCurrency, '20 cents', { kind: 'money', value: 20, unit: 'cents' })]).length, 2);
    const bothUnits = '4 bucks 20 cents';
    assert.equal(joined(bothUnits, [m(bothUnits, '4 bucks', { kind: 'money', value: 4, unit: 'bucks', currency: 'USD' }), m(bothUnits, '20 cents', { kind: 'money', value: 20, unit: 'cents' })]).length, 2);
    const noMinor = '4 dollars 20 more';
    assert.equal(joined(noMinor, [m(noMinor, '4 dollars', { kind: 'money', value: 4, currency: 'USD' }), m(noMinor, '20', { kind: 'money', value: 20, currency: 'USD' })]).length, 2);
  });

  it('keeps apart what is not one quantity', () => {
    const feet = (text: string, a: string, b: string, extra: Partial<NumberMention> = {}) =>
      joined(text, [m(text, a, { kind: 'measure', value: parseFloat(a), unit: 'feet' }), m(text, b, { kind: 'measure', value: parseFloat(b), unit: 'inches', ...extra }, text.indexOf(a) + a.length)]);
    assert.equal(feet('5 feet 14 inches', '5 feet', '14 inches').length, 2, 'more than one foot of inches');
    assert.equal(feet('5 feet 12 inches', '5 feet', '12 inches').length, 2, 'exactly one foot of inches');
    assert.equal(feet('5 feet -2 inches', '5 feet', '-2 inches', { value: -2 }).length, 2, 'a negative part');
    assert.equal(feet('5 feet, 10 inches', '5 feet', '10 inches').length, 2, 'a comma between');
    assert.equal(feet('5 feet or 10 inches', '5 feet', '10 inches').length, 2, 'a word other than and');
    assert.equal(feet('5 feet10 inches', '5 feet', '10 inches').length, 2, 'nothing between');
    assert.equal(feet('5 feet 1-3 inches', '5 feet', '1-3 inches', { value: 1, high: 3 }).length, 2, 'a range');
    assert.equal(feet('5 feet 10 inches', '5 feet', '10 inches', { malformed: true }).length, 2, 'a malformed part');
    assert.equal(feet('5 feet 10 inches', '5 feet', '10 inches', { value: null }).length, 2, 'a part without a value');
    const reversed = '10 inches 5 feet';
    assert.equal(joined(reversed, [m(reversed, '10 inches', { kind: 'measure', value: 10, unit: 'inches' }), m(reversed, '5 feet', { kind: 'measure', value: 5, unit: 'feet' })]).length, 2, 'the smaller first');
    const kinds = '2 hours 30 minutes';
    assert.equal(joined(kinds, [m(kinds, '2 hours', { kind: 'duration', value: 2, unit: 'hours' }), m(kinds, '30 minutes', { kind: 'measure', value: 30, unit: 'minutes' })]).length, 2, 'two kinds');
    const measureThenDuration = '2 hours 30 minutes';
    assert.equal(joined(measureThenDuration, [m(measureThenDuration, '2 hours', { kind: 'measure', value: 2, unit: 'hours' }), m(measureThenDuration, '30 minutes', { kind: 'duration', value: 30, unit: 'minutes' })]).length, 2, 'a measure, then a duration');
    const countOfCents = '$3 75 cents';
    assert.equal(joined(countOfCents, [m(countOfCents, '$3', { kind: 'money', value: 3, currency: 'USD' }), m(countOfCents, '75 cents', { kind: 'count', value: 75, unit: 'cents' })]).length, 2, 'money, then a count');
    const noUnit = '2 hours 30';
    assert.equal(joined(noUnit, [m(noUnit, '2 hours', { kind: 'duration', value: 2, unit: 'hours' }), m(noUnit, '30', { kind: 'duration', value: 30 })]).length, 2, 'no unit on the second');
    assert.equal(joined(noUnit, [m(noUnit, '2 hours', { kind: 'duration', value: 2 }), m(noUnit, '30', { kind: 'duration', value: 30, unit: 'minutes' })]).length, 2, 'no unit on the first');
  });

  it('keeps the approximation of either part, and its span from the first part to the second', () => {
    const text = 'about 5 feet 10 inches';
    const [one] = joinCompoundMeasures(text, [m(text, '5 feet', { kind: 'measure', value: 5, unit: 'feet', approx: true }), m(text, '10 inches', { kind: 'measure', value: 10, unit: 'inches' })]);
    assert.equal(one.approx, true);
    assert.equal(one.start, text.indexOf('5'));
    assert.equal(one.end, text.length);
    const [exact] = joinCompoundMeasures(text, [m(text, '5 feet', { kind: 'measure', value: 5, unit: 'feet' }), m(text, '10 inches', { kind: 'measure', value: 10, unit: 'inches' })]);
    assert.equal(exact.approx, false, 'neither part approximate');
    const [two] = joinCompoundMeasures(text, [m(text, '5 feet', { kind: 'measure', value: 5, unit: 'feet' }), m(text, '10 inches', { kind: 'measure', value: 10, unit: 'inches', approx: true })]);
    assert.equal(two.approx, true);
    const three = '5 feet 3 inches, 2 inches';
    assert.deepEqual(
      joined(three, [m(three, '5 feet', { kind: 'measure', value: 5, unit: 'feet' }), m(three, '3 inches', { kind: 'measure', value: 3, unit: 'inches' }), m(three, '2 inches', { kind: 'measure', value: 2, unit: 'inches' })]),
      [
        ['5 feet 3 inches', 5.25],
        ['2 inches', 2],
      ],
    );
  });
});
