import * as assert from 'node:assert/strict';
import { dayAxis, spreadDays } from '../../../src/webview/timelineLayout';

describe('the timeline layout', () => {
  it('fits the date axis to the data: a day either side of a one-day group, a twentieth of the span for longer ones', () => {
    assert.deepEqual(dayAxis([19000, 19000, 19000]), { min: 18999, max: 19001 });
    assert.deepEqual(dayAxis([19000, 19400]), { min: 18980, max: 19420 });
    assert.equal(dayAxis([]), undefined);
  });

  it('spreads the same figure on the same day side by side, centred on its day, and leaves other points where they are', () => {
    const points = [
      { day: 100, value: 500000 },
      { day: 100, value: 500000 },
      { day: 100, value: 500000 },
      { day: 100, value: 300000 },
      { day: 101, value: 500000 },
    ];
    const axis = dayAxis(points.map((p) => p.day))!;
    const x = spreadDays(points, axis);
    assert.equal(new Set(x.slice(0, 3)).size, 3, 'three marks, not one');
    assert.ok(Math.abs((x[0] + x[1] + x[2]) / 3 - 100) < 1e-9, 'centred on their day');
    assert.ok(x[1] - x[0] > 0 && Math.abs(x[1] - x[0] - (x[2] - x[1])) < 1e-9, 'evenly');
    assert.deepEqual([x[3], x[4]], [100, 101]);
    const wide = spreadDays(points, { min: 0, max: 3000 });
    assert.ok(wide[1] - wide[0] > (x[1] - x[0]) * 100, 'the spread is a share of the axis, so it shows on a long one too');
  });
});
