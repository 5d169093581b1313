// Where the timeline puts its marks: pure arithmetic on days, tested in Node.

/**
 * The date axis, in days: the data's first and last day with a margin of a twentieth
 * of the span, at least one day. Chart.js's own fit gave a one-day group a
 * 2019–2027 axis.
 */
export function dayAxis(days: number[]): { min: number; max: number } | undefined {
  if (days.length === 0) return undefined;
  const first = Math.min(...days);
  const last = Math.max(...days);
  const margin = Math.max(1, Math.ceil((last - first) / 20));
  return { min: first - margin, max: last + margin };
}

/** Horizontal room one mark takes, as a share of the axis: marks about 14 px wide on a chart of about 800. */
const MARK_SHARE = 1 / 60;

/**
 * Each point's x in days, with points at one day and one value (the same figure
 * stated the same day) spread side by side around their day, so that 13 claims show
 * as 13 marks rather than 4 dots. The spread is a share of the axis, so it reads the
 * same on a three-day axis and a five-year one.
 */
export function spreadDays(points: { day: number; value: number }[], axis: { min: number; max: number }): number[] {
  const step = (axis.max - axis.min) * MARK_SHARE;
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${p.day}|${p.value}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const x = points.map((p) => p.day);
  for (const members of groups.values()) members.forEach((i, k) => (x[i] = points[i].day + (k - (members.length - 1) / 2) * step));
  return x;
}
