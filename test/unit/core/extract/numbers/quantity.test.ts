import * as assert from 'node:assert/strict';
import { readQuantity } from '../../../../../src/core/extract/numbers/quantity';
import { tokenAt, tokenStreamOf } from './tokenStreamOf';

function quantity(text: string, part: string) {
  const ts = tokenStreamOf(text);
  const i = tokenAt(ts, part);
  const q = readQuantity(ts, i);
  return q && { value: q.value, kind: q.kind, unit: q.unit, currency: q.currency, took: text.slice(ts.toks[i].s, ts.toks[q.next - 1].e), unitRead: q.unitRead };
}

describe('numbers, parse: one quantity', () => {
  it('reads a currency, the figure, its multiplier and unit as one quantity', () => {
    assert.deepEqual(quantity('fined €1.2bn on Monday', '€'), { value: 1.2e9, kind: 'money', unit: null, currency: 'EUR', took: '€1.2bn', unitRead: true });
    assert.deepEqual(quantity('ran 42 km today', '42'), { value: 42, kind: 'measure', unit: 'km', currency: null, took: '42 km', unitRead: true });
  });

  it('reads a sign glued to the figure and the words minus and negative', () => {
    assert.equal(quantity('rates at -0.1 % now', '-')?.value, -0.1);
    assert.equal(quantity('minus 0.1 pct', 'minus')?.value, -0.1);
    assert.equal(quantity('rose by +3 points', '+')?.value, 3);
  });

  it('reads a bare figure as a count with no unit yet', () => {
    assert.deepEqual(quantity('5,200 dead', '5,200'), { value: 5200, kind: 'count', unit: null, currency: null, took: '5,200', unitRead: false });
  });

  it('reads nothing at a designator', () => {
    assert.equal(quantity('the F-16 flew', '16'), null);
  });
});
