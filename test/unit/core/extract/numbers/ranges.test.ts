import * as assert from 'node:assert/strict';
import { mergeRange, rangeConnector, ratioAfter } from '../../../../../src/core/extract/numbers/ranges';
import { readQuantity } from '../../../../../src/core/extract/numbers/quantity';
import { tokenAt, tokenStreamOf } from './tokenStreamOf';

/** The range read from the quantity at `part`: low, high, kind and unit, or why there is none. */
function range(text: string, part: string) {
  const ts = tokenStreamOf(text);
  const i = tokenAt(ts, part);
  const a = readQuantity(ts, i)!;
  const conn = rangeConnector(ts, a.next, i, a);
  if (!conn) return 'no connector';
  const b = readQuantity(ts, conn.next)!;
  const m = mergeRange(ts, a, b, conn.dash, conn.from);
  if (m === null || m === 'score') return m;
  return { value: m.q.value, high: m.high, kind: m.q.kind, unit: m.q.unit };
}

describe('numbers, parse: ranges and proportions', () => {
  it('joins two figures that share the second one\'s unit and multiplier', () => {
    assert.deepEqual(range('for 4-5 months', '4'), { value: 4, high: 5, kind: 'duration', unit: 'months' });
    assert.deepEqual(range('between 15 and 17 people', '15'), { value: 15, high: 17, kind: 'count', unit: null });
    assert.deepEqual(range('89 to $93 billion', '89'), { value: 89e9, high: 93e9, kind: 'money', unit: null });
  });

  it('reads a two-digit year after a year as the end of a span', () => {
    assert.deepEqual(range('in 2014-15 it', '2014'), { value: 2014, high: 2015, kind: 'count', unit: null });
  });

  it('reads a falling pair of plain figures as a score, and keeps apart units said once first', () => {
    assert.equal(range('won 2-1 at home', '2'), 'score');
    assert.equal(range('from 15% to 20', '15'), null);
    assert.equal(range('5 people', '5'), 'no connector');
  });

  it('reads `one in five` as a proportion, not `2 in 10 days`', () => {
    const ts = tokenStreamOf('one in five adults and 2 in 10 days');
    const r = ratioAfter(ts, readQuantity(ts, 0)!);
    assert.deepEqual([r?.value, r?.fraction], [0.2, true]);
    assert.equal(ratioAfter(ts, readQuantity(ts, tokenAt(ts, '2'))!), null);
  });
});
