/**
 * Dates as articles print them in their headers: `2023-02-02`, `2 February 2023`,
 * `Tuesday, 19 Nov 2024`, `March 22, 2024`, `2:09 PM EDT, March 22, 2024`.
 */

import { bareWord } from '../text/letterCase';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';

/** ISO, day-month-year and month-day-year dates (groups: iso y m d | d mon y | mon d y). */
const DATE_RE = new RegExp(
  `\\b(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))\\b`,
  'i',
);

const TIME_RE = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?\b/gi;
const ZONE_RE = /\b(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|PT|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?\b/g;
const LABEL_RE = /\b(?:first\s+published|last\s+updated|published|updated|posted|modified|date|on|at)\b\s*:?/gi;
const WEEKDAY_RE = new RegExp(`\\b${WEEKDAY}(?=[\\s,]|$)`, 'gi');

export interface FoundDate {
  iso: string;
  /** Offsets of the date expression within the searched string. */
  start: number;
  end: number;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return null;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > dim) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthOf(name: string): number {
  return MONTHS[bareWord(name)] ?? 0;
}

/** The first well-formed date in `s`, or null. */
export function findDate(s: string): FoundDate | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  let out: string | null;
  if (m[1]) out = iso(+m[1], +m[2], +m[3]);
  else if (m[4]) out = iso(+m[6], monthOf(m[5]), +m[4]);
  else out = iso(+m[9], monthOf(m[7]), +m[8]);
  return out ? { iso: out, start: m.index, end: m.index + m[0].length } : null;
}

/**
 * When `line` is nothing but a dateline — a date with at most a weekday, a time, a
 * time zone and a label such as `Published` or `Updated` — its ISO date, else null.
 */
export function parseDateline(line: string): string | null {
  if (line.length > 100) return null;
  const d = findDate(line);
  if (!d) return null;
  const rest = (line.slice(0, d.start) + ' ' + line.slice(d.end))
    .replace(TIME_RE, ' ')
    .replace(ZONE_RE, ' ')
    .replace(WEEKDAY_RE, ' ')
    .replace(LABEL_RE, ' ')
    .replace(/[\s,|•·:;()\-–—/]+/g, '');
  return rest === '' ? d.iso : null;
}

/** `date 2023-02-02 Putin amasses …`: a date label glued before the title on one line. */
const DATE_PREFIX_RE = /^(\s*(?:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+(?=\S)/i;

/** Length of a leading `date YYYY-MM-DD` prefix of `line` (without the following space), with its date; or null. */
export function datePrefix(line: string): { length: number; iso: string } | null {
  const m = DATE_PREFIX_RE.exec(line);
  if (!m) return null;
  const d = findDate(m[1]);
  return d ? { length: m[1].length, iso: d.iso } : null;
}

export { WEEKDAY, MONTH, monthOf, iso as isoDate };
