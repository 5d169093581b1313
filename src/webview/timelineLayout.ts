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

/**
 * Above this many plotted figures a group's marks are gathered into buckets. It is the
 * number of marks that fit side by side across the axis (1 / MARK_SHARE: 60 marks of
 * about 14 px on a chart of about 800): beyond it the spread of one day runs into the
 * next, and a group of 2,000 claims drew a solid band.
 */
export const CROWDED = Math.round(1 / MARK_SHARE);

/** Value bands on the value axis when crowded: marks about 14 px high on a chart of about 420. */
const VALUE_BANDS = 30;

/** The largest and smallest radius of a mark, in px; a single claim keeps today's 7. */
const MARK_RADIUS = 7;
const MAX_BUCKET_RADIUS = 20;
/** Room around the chart for the largest mark drawn on its edge, hovered (radius + 2) with its ring (3 px). */
export const MARK_ROOM = MAX_BUCKET_RADIUS + 2 + 3;

export type SlotUnit = 'day' | 'week' | 'month' | 'year';

/** One mark on the chart: where it is, the indices of the points it stands for, its radius. */
export interface TimelineMark {
  x: number;
  y: number;
  members: number[];
  radius: number;
  disagrees: boolean;
}

export interface TimelineLayout {
  marks: TimelineMark[];
  axis: { min: number; max: number } | undefined;
  /** The time slot of a bucket, or undefined when every point is its own mark (not crowded). */
  unit: SlotUnit | undefined;
}

export interface LayoutPoint {
  day: number;
  value: number;
  disagrees?: boolean;
}

/**
 * The smallest slot in which the span of days needs no more slots than marks fit
 * across the axis, so that neighbouring buckets do not overlap sideways.
 */
export function slotUnit(first: number, last: number): SlotUnit {
  const span = last - first;
  if (span <= CROWDED) return 'day';
  if (span <= CROWDED * 7) return 'week';
  if (span <= CROWDED * 30.44) return 'month';
  return 'year';
}

/** The slot a day falls in: a key and its middle day. Weeks run Monday to Sunday (day 0, 1970-01-01, was a Thursday). */
export function slotOf(day: number, unit: SlotUnit): { key: number; centre: number } {
  if (unit === 'day') return { key: day, centre: day };
  if (unit === 'week') {
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    return { key: monday, centre: monday + 3 };
  }
  const date = new Date(day * 86400000);
  const year = date.getUTCFullYear();
  const month = unit === 'month' ? date.getUTCMonth() : 0;
  const start = Date.UTC(year, month, 1) / 86400000;
  const next = (unit === 'month' ? Date.UTC(year, month + 1, 1) : Date.UTC(year + 1, 0, 1)) / 86400000;
  return { key: start, centre: (start + next - 1) / 2 };
}

/**
 * The marks of a timeline. Up to CROWDED points, one mark per point, as spreadDays
 * places them. Beyond, one mark per bucket of a time slot (day, week, month or year,
 * by the span) and a value band (a thirtieth of the value axis), at the slot's middle
 * and the bucket's most common value, its area growing with its count; a bucket
 * holding a disagreeing point disagrees.
 */
export function timelineMarks(points: LayoutPoint[]): TimelineLayout {
  const days = points.map((p) => p.day);
  if (points.length <= CROWDED) {
    const axis = dayAxis(days);
    const x = axis ? spreadDays(points, axis) : [];
    return { marks: points.map((p, i) => ({ x: x[i], y: p.value, members: [i], radius: MARK_RADIUS, disagrees: !!p.disagrees })), axis, unit: undefined };
  }
  const unit = slotUnit(Math.min(...days), Math.max(...days));
  const low = Math.min(0, ...points.map((p) => p.value));
  const high = Math.max(...points.map((p) => p.value));
  const band = (high - low) / VALUE_BANDS || 1;
  const buckets = new Map<string, { centre: number; members: number[] }>();
  points.forEach((p, i) => {
    const slot = slotOf(p.day, unit);
    // The top of the axis belongs to the last band, not a band of its own.
    const key = `${slot.key}|${Math.min(VALUE_BANDS - 1, Math.floor((p.value - low) / band))}`;
    const bucket = buckets.get(key) ?? { centre: slot.centre, members: [] };
    bucket.members.push(i);
    buckets.set(key, bucket);
  });
  const largest = Math.max(...[...buckets.values()].map((b) => b.members.length));
  const marks = [...buckets.values()].map(({ centre, members }) => ({
    x: centre,
    y: mostCommon(members.map((i) => points[i].value)),
    members,
    // Area, not radius, in proportion to the count.
    radius: largest > 1 ? MARK_RADIUS + (MAX_BUCKET_RADIUS - MARK_RADIUS) * Math.sqrt((members.length - 1) / (largest - 1)) : MARK_RADIUS,
    disagrees: members.some((i) => points[i].disagrees),
  }));
  return { marks, axis: dayAxis(marks.map((m) => m.x)), unit };
}

/** The most frequent of some numbers; of equally frequent ones, the smallest. */
function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/** What a bucket's tooltip says about the claims in it, as plain text lines: how many, which figures, dates and articles. */
export function bucketSummary(claims: { figure: string; approx: boolean; date: string; article: string; disagrees: boolean }[]): string[] {
  const figures = tally(claims.map((c) => `${c.approx ? '~' : ''}${c.figure}`));
  const dates = [...new Set(claims.map((c) => c.date))].sort();
  const articles = tally(claims.map((c) => c.article));
  const disagreeing = claims.filter((c) => c.disagrees).length;
  return [
    `${claims.length} claims: ${listed(figures.map(([f, n]) => (n > 1 ? `${f} ×${n}` : f)), 4, 'figure')}`,
    `dates: ${dates.length > 1 ? `${dates[0]} to ${dates[dates.length - 1]}` : dates[0]}`,
    `articles: ${listed(articles.map(([a]) => clip(a, 40)), 3, 'article')}`,
    ...(disagreeing ? [`${disagreeing} disagree (≠)`] : []),
    'click to list them',
  ];
}

/** Distinct strings with their counts, the most frequent first. */
function tally(items: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function listed(items: string[], shown: number, noun: string): string {
  const more = items.length - shown;
  return more > 0 ? `${items.slice(0, shown).join(', ')} and ${more} more ${noun}${more > 1 ? 's' : ''}` : items.join(', ');
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
