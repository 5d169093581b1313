import * as assert from 'node:assert/strict';
import { multiplierOf, readUnit } from '../../../../../src/core/extract/numbers/units';
import { readCore } from '../../../../../src/core/extract/numbers/figures';
import { tokenAt, tokenStreamOf } from './tokenStreamOf';

/** The unit read after the figure at `part`: kind, unit, currency and the text taken. */
function unit(text: string, part: string, currency: string | null = null) {
  const ts = tokenStreamOf(text);
  const j = tokenAt(ts, part);
  const c = readCore(ts, j, currency !== null)!;
  const u = readUnit(ts, c.next, c, currency);
  return u && { kind: u.kind, unit: u.unit, currency: u.currency, took: text.slice(ts.toks[c.next].s, ts.toks[u.next - 1].e) };
}

describe('numbers, classify: the unit after a figure', () => {
  it('reads percent in its spellings', () => {
    assert.deepEqual(unit('up 5 % today', '5'), { kind: 'percent', unit: '%', currency: undefined, took: '%' });
    assert.equal(unit('5 per cent', '5')?.kind, 'percent');
    assert.equal(unit('3 percentage points', '3')?.unit, 'percentage points');
  });

  it('reads hyphen compounds: ages, durations, measures, counted nouns', () => {
    assert.deepEqual(unit('a 36-year-old man', '36'), { kind: 'duration', unit: 'year-old', currency: undefined, took: '-year-old' });
    assert.equal(unit('a four-year deal', 'four')?.kind, 'duration');
    assert.deepEqual([unit('a 12-page report', '12')?.kind, unit('a 12-page report', '12')?.unit], ['count', 'page']);
  });

  it('reads currency words, and pounds as a weight without money around them', () => {
    assert.deepEqual(unit('11 billion euros', '11'), { kind: 'money', unit: null, currency: 'EUR', took: 'euros' });
    assert.equal(unit('7.5 million Danish crowns', '7.5')?.currency, 'DKK');
    assert.equal(unit('weighs 200 pounds', '200')?.kind, 'measure');
    assert.equal(unit('costs 200 pounds sterling', '200')?.kind, 'money');
  });

  it('reads measures, compound units and durations', () => {
    assert.deepEqual(unit('50 km per hour', '50'), { kind: 'measure', unit: 'km per hour', currency: undefined, took: 'km per hour' });
    assert.equal(unit('14 square miles', '14')?.unit, 'square miles');
    assert.deepEqual([unit('four months old', 'four')?.kind, unit('four months old', 'four')?.unit], ['duration', 'months old']);
  });

  it('reads nothing after a figure followed by a plain word', () => {
    assert.equal(unit('500,000 troops', '500,000'), null);
  });

  it('finds the multiplier word between a figure and its end', () => {
    const ts = tokenStreamOf('2.6 million people');
    assert.equal(multiplierOf(ts, 0, 2), 1e6);
    assert.equal(multiplierOf(ts, 0, 1), undefined);
  });
});
