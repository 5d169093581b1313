/**
 * Live-blog entry headers: `15:20 , Maryam Zakir-Hussain`, or with the day,
 * `Tuesday 14 February 2023 18:08 , Andy Gregory`.
 */
import { MONTH, WEEKDAY, isoDate, monthOf } from './dates';

const HEADER_RE = new RegExp(
  '^(?:' + WEEKDAY + ',?\\s+)?' +
    // optional day: `14 February 2023` or `February 14, 2023`
    `(?:(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\s*,?\\s+|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*,?\\s+)?` +
    // time, optional am/pm and zone
    '(\\d{1,2}[:.]\\d{2})\\s*([ap]\\.?m\\.?)?\\s*(?:GMT|BST|UTC|CET|EET|ET|EST|EDT|PT|PST|PDT)?' +
    // separator and author
    '\\s*(?:,|\\||–|—|-|\\bby\\b)\\s*(.+?)\\s*$',
  'i',
);

/** A name, an agency (`AP`) or a few of them: capitalised words, no sentence punctuation. */
const AUTHOR_RE = /^[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|and|&|de|da|van|von|der|den|al|bin|le|la|du))*(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.\-]*)*)*$/u;

export interface EntryHeader {
  time: string;
  author: string | null;
  /** The day the header prints, as ISO, or null. */
  date: string | null;
}

/** Reads `line` (trimmed) as a live-blog entry header, or returns null. */
export function parseEntryHeader(line: string): EntryHeader | null {
  if (line.length > 90 || !/\d[:.]\d\d/.test(line)) return null;
  const m = HEADER_RE.exec(line);
  if (!m) return null;
  // Groups: 1 day, 2 month, 3 year | 4 month, 5 day, 6 year | 7 time, 8 am/pm, 9 author
  let [hh, mm] = m[7].split(/[:.]/).map(Number);
  if (m[8]) {
    const pm = /^p/i.test(m[8]);
    if (hh < 1 || hh > 12) return null;
    hh = (hh % 12) + (pm ? 12 : 0);
  }
  if (hh > 23 || mm > 59) return null;
  const author = m[9];
  if (author.split(/\s+/).length > 8 || !AUTHOR_RE.test(author)) return null;
  let date: string | null = null;
  if (m[1]) date = isoDate(+m[3], monthOf(m[2]), +m[1]);
  else if (m[4]) date = isoDate(+m[6], monthOf(m[4]), +m[5]);
  return { time: `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`, author, date };
}
