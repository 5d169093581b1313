import * as assert from 'node:assert/strict';
import { baseValue, daysPer, figureRange, measureOf, sameAmount } from '../../../../../src/core/corpus/claimLinking/figures';
import { claim, mention } from './claimFrames';

describe('claim linking: figures', () => {
  it('puts every unit of time in days, so that `seven weeks` meets `49 days`', () => {
    const table: [string | null, number | null][] = [
      ['decades', 3652.5],
      ['year', 365.25],
      ['yrs', 365.25],
      ['year-old', 365.25],
      ['months', 30.44],
      ['wks', 7],
      ['day', 1],
      ['hours', 1 / 24],
      ['h', 1 / 24],
      ['mins', 1 / 1440],
      ['seconds', 1 / 86400],
      ['s', 1 / 86400],
      ['fortnight', null],
      ['', null],
      [null, null],
    ];
    for (const [unit, days] of table) assert.equal(daysPer(unit), days, String(unit));
    // The last word decides; the units are whole words, not parts of one.
    assert.equal(daysPer('calendar days'), 1);
    assert.equal(daysPer('holidays'), null);
    assert.equal(daysPer('Days'), 1, 'case does not matter');
    assert.equal(daysPer('days '), 1, 'a space after the unit');
  });

  it('tells apart what figures measure: money by currency, measures by unit, durations in days', () => {
    assert.equal(measureOf(claim('a', { figure: { kind: 'money', value: 5 } }), mention('money', 5, 'EUR')), 'money:EUR');
    assert.equal(measureOf(claim('a', { figure: { kind: 'money', value: 5 } }), undefined), 'money:?');
    assert.equal(measureOf(claim('a', { figure: { kind: 'measure', value: 5, unit: 'KM' } }), undefined), 'measure:km');
    assert.equal(measureOf(claim('a', { figure: { kind: 'measure', value: 5 } }), undefined), 'measure:');
    assert.equal(measureOf(claim('a', { figure: { kind: 'duration', value: 5, unit: 'weeks' } }), undefined), 'duration');
    assert.equal(measureOf(claim('a', { figure: { kind: 'duration', value: 5, unit: 'terms' } }), undefined), 'duration:terms');
    assert.equal(measureOf(claim('a', { figure: { kind: 'duration', value: 5 } }), undefined), 'duration:');
    assert.equal(measureOf(claim('a', { figure: { kind: 'percent', value: 5 } }), undefined), 'percent');
    assert.equal(measureOf(claim('a', { figure: { kind: 'count', value: null } }), undefined), null, 'a figure without a value');
    assert.equal(measureOf(claim('a'), undefined), null, 'no figure');
  });

  it('gives a figure its value in days for durations, ranges included', () => {
    assert.deepEqual(baseValue(claim('a', { figure: { kind: 'duration', value: 2, high: 3, unit: 'weeks' } })), { value: 14, high: 21 });
    assert.deepEqual(baseValue(claim('a', { figure: { kind: 'duration', value: 2, unit: 'terms' } })), { value: 2 });
    assert.deepEqual(baseValue(claim('a', { figure: { kind: 'count', value: 7, unit: 'weeks' } })), { value: 7 }, 'only durations convert');
    assert.equal(baseValue(claim('a', { figure: { kind: 'count', value: null } })), null);
    assert.equal(baseValue(claim('a')), null);
    assert.ok(!('high' in baseValue(claim('a', { figure: { kind: 'count', value: 7 } }))!));
  });

  it('says two figures state the same amount within 1 %, or 25 % when either is approximate or a duration', () => {
    const count = (v: number, approx = false) => claim('c' + v, { figure: { kind: 'count', value: v, approx } });
    assert.ok(sameAmount(count(1000), count(1010), undefined, undefined), '1 % apart');
    assert.ok(!sameAmount(count(1000), count(1011), undefined, undefined));
    assert.ok(sameAmount(count(-1000), count(-1010), undefined, undefined), 'negative figures by their size');
    assert.ok(sameAmount(count(1000, true), count(1250), undefined, undefined), '25 % when the first is approximate');
    assert.ok(sameAmount(count(1250), count(1000, true), undefined, undefined), '25 % when the second is');
    assert.ok(!sameAmount(count(1000, true), count(1400), undefined, undefined));
    assert.ok(sameAmount(count(75, true), count(100), undefined, undefined), 'exactly 25 % of the larger');
    const weeks = claim('w', { figure: { kind: 'duration', value: 7, unit: 'weeks' } });
    const days = claim('d', { figure: { kind: 'duration', value: 53, unit: 'days' } });
    assert.ok(sameAmount(weeks, days, undefined, undefined), 'seven weeks and 53 days');
    assert.ok(!sameAmount(count(1000), claim('p', { figure: { kind: 'percent', value: 1000 } }), undefined, undefined), 'another measure');
    const euros = claim('e', { figure: { kind: 'money', value: 5 } });
    assert.ok(!sameAmount(euros, euros, mention('money', 5, 'EUR'), mention('money', 5, 'USD')), 'another currency');
    assert.ok(!sameAmount(claim('n'), claim('n'), undefined, undefined), 'no figure');
  });

  it('reads every qualifier into the range a figure allows', () => {
    const table: [string, [number, number]][] = [
      ['as many as ', [0, 100]],
      ['at most ', [0, 100]],
      ['no more than ', [0, 100]],
      ['nearly ', [85, 100]],
      ['close to a ', [85, 100]],
      ['fewer than ', [85, 100]],
      ['at least ', [100, Infinity]],
      ['upwards of ', [100, Infinity]],
      ['over ', [100, 150]],
      ['in excess of ', [100, 150]],
      ['More Than ', [100, 150]],
    ];
    for (const [before, range] of table) assert.deepEqual(figureRange(100, undefined, false, before), range, before);
    assert.deepEqual(figureRange(100, undefined, true, 'officials said '), [75, 125], 'approximate');
    assert.deepEqual(figureRange(100, undefined, false, 'officials said '), [99, 101], 'exact');
    assert.deepEqual(figureRange(100, undefined, false, 'nearly all of the '), [99, 101], 'a qualifier away from the figure');
    assert.deepEqual(figureRange(100, undefined, false, 'hover '), [99, 101], 'a word ending in a qualifier');
    // The qualifier must stand right before the figure, with or without a space.
    for (const [before, range] of [
      ['up to', [0, 100]],
      ['fewer than', [85, 100]],
      ['at least', [100, Infinity]],
      ['more than', [100, 150]],
      ['exceed ', [100, 150]],
    ] as [string, [number, number]][])
      assert.deepEqual(figureRange(100, undefined, false, before), range, before);
    for (const before of ['up to a point, officials counted ', 'nearly a week later, ', 'at least in part, ', 'over the weekend, police counted '])
      assert.deepEqual(figureRange(100, undefined, false, before), [99, 101], before);
  });
});
