import * as assert from 'node:assert/strict';
import { extractNumbers } from '../../../../../src/core/extract/numbers';
import type { ArticleStructure, NumberMention } from '../../../../../src/core/types';

const EMPTY: ArticleStructure = { meta: { title: '', date: null, byline: null }, paragraphs: [], sentences: [], entries: [] };
const find = (text: string): NumberMention[] => extractNumbers(text, EMPTY);

describe('extractNumbers: durations written whole, and numbers that are names', () => {
  const durations: { text: string; span: string; hours: number }[] = [
    { text: 'Kipchoge won in 2hr 1min 27sec on Sunday.', span: '2hr 1min 27sec', hours: 2 + 1 / 60 + 27 / 3600 },
    { text: 'The record is 2 hours, 1 minute, 25 seconds now.', span: '2 hours, 1 minute, 25 seconds', hours: 2 + 1 / 60 + 25 / 3600 },
    { text: 'Kiptum ran 2:00:35 in Chicago.', span: '2:00:35', hours: 2 + 35 / 3600 },
  ];
  for (const c of durations) {
    it(`${c.span} is one duration in hours`, () => {
      const ms = find(c.text);
      assert.equal(ms.length, 1, JSON.stringify(ms.map((m) => m.text)));
      assert.equal(ms[0].text, c.span);
      assert.equal(ms[0].kind, 'duration');
      assert.ok(Math.abs(ms[0].value! - c.hours) < 1e-9, `${ms[0].value} ≠ ${c.hours}`);
    });
  }

  it('a clock time with seconds after `at` stays a time of day', () => {
    const [m] = find('The meeting began at 10:30:15 today.');
    assert.equal(m.kind, 'time');
    assert.equal(m.value, 1030);
  });

  it('two durations a comma apart join only when the second is the smaller unit', () => {
    assert.deepEqual(find('It took 3 minutes, 2 hours later.').map((m) => m.text), ['3 minutes', '2 hours']);
  });

  it('`a couple of weeks` is 2 weeks, approximate; `the last couple of years` 2 years', () => {
    const [w] = find('it might take a couple of weeks');
    assert.deepEqual([w.text, w.kind, w.value, w.unit, w.approx], ['a couple of weeks', 'duration', 2, 'weeks', true]);
    const [y] = find('over the last couple of years, I felt');
    assert.deepEqual([y.kind, y.value, y.unit], ['duration', 2, 'years']);
  });

  it('`a decade` is 10 years; `decades` is no quantity', () => {
    const [d] = find('for more than a decade');
    assert.deepEqual([d.text, d.kind, d.value, d.unit], ['a decade', 'duration', 10, 'years']);
    assert.deepEqual(find('decades of stimulus'), []);
  });

  it('`911 dispatcher`, `737 Max` and `401(k)` are names, not counts', () => {
    assert.deepEqual(find('The 911 dispatcher answered.'), []);
    assert.deepEqual(find('setbacks with its 737 Max fleet'), []);
    assert.deepEqual(find('a plan like a 401(k), since'), []);
    // A count of calls stays a count.
    assert.equal(find('Police made 911 arrests.')[0]?.value, 911);
  });

  it('`the one deputy` picks someone out; `one deputy` counts', () => {
    assert.deepEqual(find('the one deputy on duty'), []);
    assert.equal(find('only one deputy was on duty')[0]?.value, 1);
  });
});
