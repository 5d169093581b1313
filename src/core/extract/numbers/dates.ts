/**
 * Dates and clock times, found by patterns over the raw text before any other number is
 * read (so that `19 Nov 2024` is one date, not a count and a year).
 *
 * Value conventions (see also index.ts):
 * - date: `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when the text gives a year; without
 *   one it is the ISO 8601 year-less form `--MM-DD` / `--MM` (we never guess the year
 *   from the article's date: "by January 31" and "last February" point different ways).
 *   `value` is the year when the text gives one, otherwise null.
 * - time: `value` is the 24-hour clock as the number HHMM (`2:09 PM` → 1409, `16:24` →
 *   1624) and `iso` is `HH:MM`; a time zone written after it is part of the span.
 * - an elapsed time with seconds (`2:01:25`, a marathon) is a duration in hours (2.0236).
 */
import type { NumberMention } from '../../types';
import { MONTHS, TIME_ZONES } from './lexicon';
import { bareWord } from '../../text/letterCase';

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ANY = `${MONTH_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun';
const TZ = TIME_ZONES.map((z) => z.replace(/ /g, '\\s')).join('|');
const WD = `(?:(?:${WEEKDAY})\\.?,?\\s+(?:the\\s+)?)?`;
const M = `(?:${MONTH_ANY})(?![a-z])\\.?`;

const pad = (n: number) => String(n).padStart(2, '0');
const monthNum = (s: string) => MONTHS[bareWord(s)];

function dateIso(year: number | null, month: number, day: number | null): string {
  const ym = year !== null ? `${year}-${pad(month)}` : `--${pad(month)}`;
  return day !== null ? `${ym}-${pad(day)}` : ym;
}

interface Found {
  start: number;
  end: number;
  mention: NumberMention;
}

function mk(text: string, start: number, end: number, kind: 'date' | 'time', value: number | null, iso: string): Found {
  return {
    start,
    end,
    mention: { start, end, text: text.slice(start, end), kind, value, unit: null, currency: null, approx: false, malformed: false, iso },
  };
}

const PATTERNS: { re: RegExp; read(m: RegExpExecArray, text: string): Found | null }[] = [
  {
    // 2023-02-02, 2019-09-01T10:38:07.190Z
    re: /(?<![\d\-\/])(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d\-\/])/g,
    read(m, text) {
      const y = +m[1], mo = +m[2], d = +m[3];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return mk(text, m.index, m.index + m[0].length, 'date', y, dateIso(y, mo, d));
    },
  },
  {
    // Tuesday, 19 Nov 2024 · 2 February 2023 · 24 February · the 22nd of February
    re: new RegExp(`(?<![\\w.,])${WD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ANY})(?![a-z])\\.?(?:,?\\s+(\\d{4})(?!\\d|:\\d))?`, 'g'),
    read(m, text) {
      const d = +m[1], mo = monthNum(m[2]);
      if (d < 1 || d > 31) return null;
      const y = m[3] ? +m[3] : null;
      let end = m.index + m[0].length;
      if (text[end - 1] === '.' && !m[3] && (m[2].length > 4 || m[2] === 'June' || m[2] === 'July')) end -= 1;
      return mk(text, m.index, end, 'date', y, dateIso(y, mo, d));
    },
  },
  {
    // March 22, 2024 · February 02, 2023 · January 31 · Feb. 21 · Tuesday, March 5
    re: new RegExp(`(?<![\\w])${WD}(${MONTH_ANY})(?![a-z])\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d)(?:,?\\s+(\\d{4})(?!\\d|:\\d))?`, 'g'),
    read(m, text) {
      const mo = monthNum(m[1]), d = +m[2];
      if (d < 1 || d > 31) return null;
      const y = m[3] ? +m[3] : null;
      return mk(text, m.index, m.index + m[0].length, 'date', y, dateIso(y, mo, d));
    },
  },
  {
    // February 2022 · June of 2018 · September-November 2022
    re: new RegExp(`(?<![\\w])(${MONTH_ANY})(?![a-z])\\.?(?:\\s*[-–]\\s*(?:${MONTH_ANY})(?![a-z]))?,?\\s+(?:of\\s+)?(\\d{4})(?!\\d|:\\d)`, 'g'),
    read(m, text) {
      const mo = monthNum(m[1]), y = +m[2];
      if (y < 1000 || y > 2200) return null;
      return mk(text, m.index, m.index + m[0].length, 'date', y, dateIso(y, mo, null));
    },
  },
  {
    // fall of 2022 · spring 2023
    re: /(?<![\w])(?:spring|summer|autumn|fall|winter)(?:\s+of)?\s+(\d{4})(?!\d|:\d)/gi,
    read(m, text) {
      const y = +m[1];
      if (y < 1000 || y > 2200) return null;
      return mk(text, m.index, m.index + m[0].length, 'date', y, String(y));
    },
  },
  {
    // 14/02/2023 — day and month are ordered only when one of them is above 12
    re: /(?<![\d\/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d\/])/g,
    read(m, text) {
      const a = +m[1], b = +m[2];
      let y = +m[3];
      if (m[3].length === 2) y += y > 50 ? 1900 : 2000;
      if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
      const iso = a > 12 ? dateIso(y, b, a) : b > 12 ? dateIso(y, a, b) : String(y);
      return mk(text, m.index, m.index + m[0].length, 'date', y, iso);
    },
  },
  {
    // A race or elapsed time `2:01:25` (hours, minutes and seconds, with no am/pm or time
    // zone, not after `at`): a duration, valued in hours as compound durations are.
    re: new RegExp(`(?<![\\d.:,])(\\d{1,2}):([0-5]\\d):([0-5]\\d)(?:\\.\\d+)?(?![\\d:])(?!\\s?[aApP]\\.?[mM](?![a-zA-Z]))(?!\\s+(?:${TZ})(?![A-Za-z]))`, 'g'),
    read(m, text) {
      if (/\bat\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
      const hours = +m[1] + +m[2] / 60 + +m[3] / 3600;
      const end = m.index + m[0].length;
      return { start: m.index, end, mention: { start: m.index, end, text: text.slice(m.index, end), kind: 'duration', value: hours, unit: 'hours', currency: null, approx: false, malformed: false } };
    },
  },
  {
    // 16:24 · 2:09 PM EDT · 1.56pm · 12:01 a.m.
    re: new RegExp(`(?<![\\d.:,])([01]?\\d|2[0-3])(?::([0-5]\\d)(?::[0-5]\\d)?|\\.([0-5]\\d)(?=\\s?[ap]\\.?m))(?:\\s?([aApP])\\.?[mM](?![a-zA-Z])\\.?)?(?:\\s+(?:${TZ})(?![A-Za-z]))?(?![\\d:])`, 'g'),
    read(m, text) {
      let h = +m[1];
      const min = +(m[2] ?? m[3]);
      const ap = m[4]?.toLowerCase();
      if (ap && (h < 1 || h > 12)) return null;
      if (ap === 'p' && h < 12) h += 12;
      if (ap === 'a' && h === 12) h = 0;
      let end = m.index + m[0].length;
      // a sentence-final period after "p.m." stays in the span (it is the abbreviation's).
      return mk(text, m.index, end, 'time', h * 100 + min, `${pad(h)}:${pad(min)}`);
    },
  },
  {
    // 11am · 12pm GMT · 2 p.m.
    re: new RegExp(`(?<![\\d.:,])(1[0-2]|0?[1-9])\\s?([aApP])\\.?[mM](?![a-zA-Z])\\.?(?:\\s+(?:${TZ})(?![A-Za-z]))?`, 'g'),
    read(m, text) {
      let h = +m[1];
      if (m[2].toLowerCase() === 'p' && h < 12) h += 12;
      if (m[2].toLowerCase() === 'a' && h === 12) h = 0;
      // "2 am" could be "2 am" in "I am"? Only digits reach here, so accept.
      return mk(text, m.index, m.index + m[0].length, 'time', h * 100, `${pad(h)}:00`);
    },
  },
  {
    // 0401 GMT
    re: new RegExp(`(?<![\\d.,:])([01]\\d|2[0-3])([0-5]\\d)\\s+(?:${TZ})(?![A-Za-z])`, 'g'),
    read(m, text) {
      const h = +m[1], min = +m[2];
      return mk(text, m.index, m.index + m[0].length, 'time', h * 100 + min, `${pad(h)}:${pad(min)}`);
    },
  },
  {
    // A month on its own: "in September", "last February", "June-July". May and March only
    // after a word that makes them a date (they are also a verb and a modal).
    re: new RegExp(`(?<![\\w])(${MONTH_FULL})(?![a-z])(?:\\s*[-–]\\s*(?:${MONTH_FULL})(?![a-z]))?`, 'g'),
    read(m, text) {
      if (m[1] === 'May' || m[1] === 'March') {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        if (!/\b(?:in|since|by|until|till|from|last|next|this|early|late|mid|of|during|before|after|through|throughout|between|and|or|to|for|every|each|that)\s+$/i.test(before) && !/-\s*$/.test(before)) return null;
      }
      return mk(text, m.index, m.index + m[0].length, 'date', null, dateIso(null, monthNum(m[1]), null));
    },
  },
];

/** Every date and time in `text`, earliest patterns first; later patterns never overlap earlier finds. */
export function findDatesAndTimes(text: string, taken: Uint8Array): NumberMention[] {
  const out: NumberMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) !== null) {
      const f = p.read(m, text);
      if (!f) continue;
      let free = true;
      for (let i = f.start; i < f.end; i++) if (taken[i]) { free = false; break; }
      if (!free) continue;
      taken.fill(1, f.start, f.end);
      out.push(f.mention);
    }
  }
  return out;
}
