import * as assert from 'node:assert/strict';
import { bucketSummary, CROWDED, dayAxis, slotOf, slotUnit, spreadDays, timelineMarks } from '../../../src/webview/timelineLayout';

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

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

  it('keeps one mark per claim, placed as spreadDays places them, up to CROWDED figures', () => {
    const points = Array.from({ length: CROWDED }, (_, i) => ({ day: 100 + (i % 3), value: i % 2 ? 500 : 700, disagrees: i === 5 }));
    const layout = timelineMarks(points);
    assert.equal(layout.unit, undefined);
    assert.equal(layout.marks.length, CROWDED);
    assert.deepEqual(layout.axis, dayAxis(points.map((p) => p.day)));
    assert.deepEqual(
      layout.marks.map((m) => m.x),
      spreadDays(points, layout.axis!),
    );
    assert.deepEqual(
      layout.marks.map((m) => [m.members, m.y, m.radius]),
      points.map((p, i) => [[i], p.value, 7]),
    );
    assert.deepEqual(
      layout.marks.flatMap((m, i) => (m.disagrees ? [i] : [])),
      [5],
    );
    assert.equal(timelineMarks([...points, { day: 100, value: 500 }]).unit, 'day', 'one more and they are bucketed');
  });

  it('buckets a crowded group by day and value: one mark per bucket, every claim in one, the largest the biggest', () => {
    // 150 claims of 500,000 on day 100, 40 of 500,000 on day 101, 10 of 300,000 on day 101.
    const points = [
      ...Array.from({ length: 150 }, () => ({ day: 100, value: 500000 })),
      ...Array.from({ length: 40 }, () => ({ day: 101, value: 500000 })),
      ...Array.from({ length: 10 }, () => ({ day: 101, value: 300000 })),
    ];
    const { marks, unit, axis } = timelineMarks(points);
    assert.equal(unit, 'day');
    const seen = marks.map((m) => [m.x, m.y, m.members.length]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    assert.deepEqual(seen, [
      [100, 500000, 150],
      [101, 300000, 10],
      [101, 500000, 40],
    ]);
    assert.deepEqual(
      marks.flatMap((m) => m.members).sort((a, b) => a - b),
      points.map((_, i) => i),
      'each claim in exactly one mark',
    );
    const radius = new Map(marks.map((m) => [m.members.length, m.radius]));
    assert.equal(radius.get(150), 20);
    assert.ok(radius.get(10)! < radius.get(40)! && radius.get(40)! < 20 && radius.get(10)! > 7, 'the radius grows with the count');
    assert.deepEqual(axis, { min: 99, max: 102 });
  });

  it('merges figures within a thirtieth of the value axis, at their most common value, and keeps the top value in the last band', () => {
    const points = [
      ...Array.from({ length: 50 }, () => ({ day: 10, value: 1000 })),
      ...Array.from({ length: 20 }, () => ({ day: 10, value: 1010 })),
      ...Array.from({ length: 5 }, () => ({ day: 10, value: 2990 })),
      ...Array.from({ length: 5 }, () => ({ day: 10, value: 3000 })),
    ];
    const marks = timelineMarks(points).marks.sort((a, b) => a.y - b.y);
    assert.deepEqual(
      marks.map((m) => [m.y, m.members.length]),
      [
        [1000, 70],
        [2990, 10],
      ],
    );
  });

  it('keeps a disagreement visible: a bucket holding one disagreeing claim among many disagrees, and the others do not', () => {
    const points = [...Array.from({ length: 100 }, () => ({ day: 50, value: 7 })), { day: 50, value: 7, disagrees: true }, ...Array.from({ length: 30 }, () => ({ day: 52, value: 7 }))];
    const marks = timelineMarks(points).marks.sort((a, b) => a.x - b.x);
    assert.deepEqual(
      marks.map((m) => [m.x, m.members.length, m.disagrees]),
      [
        [50, 101, true],
        [52, 30, false],
      ],
    );
  });

  it('slots by week or month or year when the span is long, so that the slots fit across the axis', () => {
    assert.equal(slotUnit(0, CROWDED), 'day');
    assert.equal(slotUnit(0, CROWDED + 1), 'week');
    assert.equal(slotUnit(0, CROWDED * 7), 'week');
    assert.equal(slotUnit(0, CROWDED * 7 + 1), 'month');
    assert.equal(slotUnit(0, 1800), 'month');
    assert.equal(slotUnit(0, 1900), 'year');
    // 2024-01-01 was a Monday: the week runs to Sunday the 7th.
    const week = slotOf(dayOf('2024-01-01'), 'week');
    assert.deepEqual(slotOf(dayOf('2024-01-07'), 'week'), week);
    assert.notDeepEqual(slotOf(dayOf('2024-01-08'), 'week'), week);
    assert.notDeepEqual(slotOf(dayOf('2023-12-31'), 'week'), week);
    assert.equal(week.centre, dayOf('2024-01-04'));
    assert.deepEqual(slotOf(dayOf('2024-02-29'), 'month'), slotOf(dayOf('2024-02-01'), 'month'));
    assert.notDeepEqual(slotOf(dayOf('2024-01-31'), 'month'), slotOf(dayOf('2024-02-01'), 'month'));
    assert.equal(slotOf(dayOf('2024-02-10'), 'month').centre, dayOf('2024-02-15'));
    assert.deepEqual(slotOf(dayOf('2024-12-31'), 'year'), slotOf(dayOf('2024-01-01'), 'year'));
    assert.notDeepEqual(slotOf(dayOf('2025-01-01'), 'year'), slotOf(dayOf('2024-12-31'), 'year'));
  });

  it('puts a crowded group of a year and a half into months, each mark in its month and on the axis', () => {
    const start = dayOf('2023-01-01');
    const points = Array.from({ length: 500 }, (_, i) => ({ day: start + i, value: 100 }));
    const { marks, unit, axis } = timelineMarks(points);
    assert.equal(unit, 'month');
    assert.equal(marks.length, 17, 'January 2023 to May 2024');
    assert.deepEqual(
      marks.map((m) => m.members.length).slice(0, 3),
      [31, 28, 31],
    );
    assert.ok(marks.every((m) => axis!.min < m.x && m.x < axis!.max));
  });

  it("says in a bucket's tooltip how many claims, which figures, dates and articles, and how many disagree", () => {
    const claim = (figure: string, date: string, article: string, disagrees = false) => ({ figure, approx: false, date, article, disagrees });
    assert.deepEqual(
      bucketSummary([claim('500', '2024-01-03', 'b.txt'), claim('500', '2024-01-01', 'a.txt', true), claim('510', '2024-01-02', 'a.txt')]),
      ['3 claims: 500 ×2, 510', 'dates: 2024-01-01 to 2024-01-03', 'articles: a.txt, b.txt', '1 disagree (≠)', 'click to list them'],
    );
    const many = Array.from({ length: 9 }, (_, i) => claim(String(i % 6), '2024-01-01', `<b>article ${i}</b>`));
    const [counts, dates, articles, click] = bucketSummary(many);
    assert.equal(counts, '9 claims: 0 ×2, 1 ×2, 2 ×2, 3 and 2 more figures');
    assert.equal(dates, 'dates: 2024-01-01');
    assert.equal(articles, 'articles: <b>article 0</b>, <b>article 1</b>, <b>article 2</b> and 6 more articles', 'text as it is: the canvas draws it, no HTML');
    assert.equal(click, 'click to list them');
  });
});
