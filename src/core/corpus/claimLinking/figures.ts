import type { Claim, NumberMention } from '../../types';

/** Days in a unit of time, to compare `seven weeks`, `53 days` and `two months`. */
const DAYS: [RegExp, number][] = [
  [/^(?:decade)s?$/i, 3652.5],
  [/^(?:years?|yrs?|year-old|years-old)$/i, 365.25],
  [/^(?:months?)$/i, 30.44],
  [/^(?:weeks?|wks?)$/i, 7],
  [/^(?:days?)$/i, 1],
  [/^(?:hours?|hrs?|h)$/i, 1 / 24],
  [/^(?:minutes?|mins?)$/i, 1 / 1440],
  [/^(?:seconds?|secs?|s)$/i, 1 / 86400],
];

export function daysPer(unit: string | null): number | null {
  if (!unit) return null;
  const last = unit.trim().split(/[\s-]+/).pop() ?? '';
  for (const [re, d] of DAYS) if (re.test(last) || re.test(unit)) return d;
  return null;
}

/**
 * What a figure can be compared with: its kind, with the currency of money and the unit
 * of a measure; durations in days, so that different units of time meet.
 */
export function measureOf(c: Claim, n: NumberMention | undefined): string | null {
  const f = c.figure;
  if (!f || f.value === null) return null;
  if (f.kind === 'money') return 'money:' + (n?.currency ?? '?');
  if (f.kind === 'measure') return 'measure:' + (f.unit ?? '').toLowerCase();
  if (f.kind === 'duration') return daysPer(f.unit) !== null ? 'duration' : 'duration:' + (f.unit ?? '');
  return f.kind;
}

/** A figure's value in the measure's base unit (days for durations). */
export function baseValue(c: Claim): { value: number; high?: number } | null {
  const f = c.figure;
  if (!f || f.value === null) return null;
  const k = f.kind === 'duration' ? daysPer(f.unit) ?? 1 : 1;
  return { value: f.value * k, ...(f.high !== undefined ? { high: f.high * k } : {}) };
}

/** Two figures state the same amount: equal within the approximation either allows. */
export function sameAmount(a: Claim, b: Claim, na: NumberMention | undefined, nb: NumberMention | undefined): boolean {
  const ma = measureOf(a, na);
  if (!ma || ma !== measureOf(b, nb)) return false;
  const va = baseValue(a)!;
  const vb = baseValue(b)!;
  const loose = a.figure!.approx || b.figure!.approx || a.figure!.kind === 'duration' ? 0.25 : 0.01;
  return Math.abs(va.value - vb.value) <= loose * Math.max(Math.abs(va.value), Math.abs(vb.value));
}

/** The values a figure allows once its qualifier is read. */
export function figureRange(value: number, high: number | undefined, approx: boolean, before: string): [number, number] {
  if (high !== undefined) return [value, high];
  const q = before.toLowerCase();
  if (/\b(?:up to|as many as|as much as|at most|no more than)\s*$/.test(q)) return [0, value];
  if (/\b(?:almost|nearly|just under|close to|fewer than|less than|under)\s*(?:a\s+)?$/.test(q)) return [value * 0.85, value];
  if (/\b(?:at least|upwards of|no fewer than|a minimum of)\s*$/.test(q)) return [value, Infinity];
  if (/\b(?:more than|over|above|exceeds?|exceeding|in excess of)\s*$/.test(q)) return [value, value * 1.5];
  if (approx) return [value * 0.75, value * 1.25];
  return [value * 0.99, value * 1.01];
}
