import * as assert from 'node:assert/strict';
import { ProgressLine } from '../../../src/cli/progressLine';

describe('ProgressLine in a log (stderr not a terminal)', () => {
  const run = (ticks: [ms: number, done: number][], total: number) => {
    const lines: string[] = [];
    let now = 0;
    const progress = new ProgressLine({ isTTY: false, write: (s: string) => lines.push(s) }, () => now);
    for (const [ms, done] of ticks) {
      now = ms;
      progress.update({ done, total, file: `a${done}.txt` });
    }
    progress.done();
    return lines.join('');
  };

  it('says nothing for a run under a second', () => {
    assert.equal(run([[100, 1], [500, 5], [900, 10]], 10), '');
  });

  it('writes a line at each tenth of the way, with the share and the time, and a closing line', () => {
    const ticks: [number, number][] = [];
    for (let done = 1; done <= 10_000; done++) ticks.push([done * 2, done]); // 20 s in all
    const out = run(ticks, 10_000);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], 'analysing 1000/10000 articles (10 %), 2.0 s');
    assert.equal(lines[8], 'analysing 9000/10000 articles (90 %), 18.0 s');
    assert.equal(lines.at(-1), 'analysed 10000 articles in 20.0 s');
    assert.equal(lines.length, 10);
  });

  it('writes at least every five seconds when progress is slow, and one line a second at most in a burst', () => {
    // 8 s for the first 4 of 10,000 (the case of issue 28), then the rest at once.
    const ticks: [number, number][] = [[1200, 1], [4000, 2], [6300, 3], [8000, 4]];
    for (let done = 5; done <= 10_000; done++) ticks.push([8500, done]);
    const lines = run(ticks, 10_000).trimEnd().split('\n');
    assert.deepEqual(lines, ['analysing 3/10000 articles (0 %), 6.3 s', 'analysing 1000/10000 articles (10 %), 8.5 s', 'analysed 10000 articles in 8.5 s']);
  });
});
