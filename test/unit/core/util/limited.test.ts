import * as assert from 'node:assert/strict';
import { limited } from '../../../../src/core/util/limited';

describe('limited', () => {
  it('runs at most n tasks at once, in the order given, and a failed task frees its place', async () => {
    const run = limited(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (i === 1) throw new Error('task 1 failed');
      return i * 10;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map((i) => run(task(i))));
    assert.equal(most, 2);
    assert.deepEqual(started, [0, 1, 2, 3, 4]);
    assert.deepEqual(
      results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
      [0, 'task 1 failed', 20, 30, 40],
    );
    // Every place was given back: n more run together at once.
    running = most = 0;
    await Promise.all([5, 6].map((i) => run(task(i))));
    assert.equal(most, 2);
  });
});
