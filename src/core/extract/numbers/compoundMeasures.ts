import type { NumberMention } from '../../types';
import { CENT_WORDS, PENCE_WORDS } from './lexicon';

/** A larger unit, the smaller unit that continues it, and how many of the smaller make one larger. */
interface UnitPair {
  kind: NumberMention['kind'];
  large: ReadonlySet<string>;
  small: ReadonlySet<string>;
  per: number;
}

const words = (s: string) => new Set(s.split(' '));
const FEET = words('feet foot ft');
const POUNDS = words('pounds pound lb lbs');
const HOURS = words('hours hour hrs hr');
const MINUTES = words('minutes minute mins min');
const SECONDS = words('seconds second secs sec');

const PAIRS: readonly UnitPair[] = [
  { kind: 'measure', large: FEET, small: words('inches inch'), per: 12 },
  { kind: 'measure', large: POUNDS, small: words('ounces ounce oz'), per: 16 },
  { kind: 'measure', large: words('stone stones'), small: POUNDS, per: 14 },
  { kind: 'duration', large: HOURS, small: MINUTES, per: 60 },
  { kind: 'duration', large: MINUTES, small: SECONDS, per: 60 },
  // The third part of `2 hours, 1 minute, 25 seconds` (the first two already joined, in hours).
  { kind: 'duration', large: HOURS, small: SECONDS, per: 3600 },
  { kind: 'duration', large: words('years year'), small: words('months month'), per: 12 },
  { kind: 'duration', large: words('weeks week'), small: words('days day'), per: 7 },
  { kind: 'duration', large: words('days day'), small: HOURS, per: 24 },
];

/** Only a space, or `and`, between the parts: `5 feet 10 inches`, `3 dollars and 75 cents`. */
const JOINED = /^\s+(?:and\s+)?$/;
/** A duration's parts may also be listed with commas: `2 hours, 1 minute, 25 seconds`. */
const JOINED_DURATION = /^\s*(?:,\s*)?(?:and\s+)?$/;

/** How many of `b`'s units make one of `a`'s, when `b` goes on with a smaller unit of the same quantity; else 0. */
function smallerUnitPer(a: NumberMention, b: NumberMention): number {
  if (a.kind === 'money' && b.kind === 'money') {
    // `3 dollars` has no unit (the currency says it); `75 cents` keeps its written value with unit `cents`.
    if (a.unit !== null || b.unit === null || a.currency === null) return 0;
    const minor = CENT_WORDS.has(b.unit) ? a.currency !== 'GBP' : PENCE_WORDS.has(b.unit) && a.currency === 'GBP';
    return minor ? 100 : 0;
  }
  if (a.unit === null || b.unit === null) return 0;
  const pair = PAIRS.find((p) => p.kind === a.kind && p.kind === b.kind && p.large.has(a.unit!.toLowerCase()) && p.small.has(b.unit!.toLowerCase()));
  return pair ? pair.per : 0;
}

/**
 * One quantity written in two units, the larger first (`5 feet 10 inches`, `2 hours
 * and 30 minutes`, `3 dollars and 75 cents`), becomes one mention, valued in the larger
 * unit (5.83 feet, 2.5 hours, 3.75 dollars), as Recognizers-Text reads them; a duration
 * in three (`2hr 1min 27sec`, `2 hours, 1 minute, 25 seconds`) is one mention in hours. The
 * smaller part must be less than one of the larger (`10 inches`, not `14 inches`), and
 * neither part a range or malformed. `ms` is sorted by start.
 */
export function joinCompoundMeasures(text: string, ms: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of ms) {
    const a = out[out.length - 1];
    const per = a && a.end <= m.start ? smallerUnitPer(a, m) : 0;
    if (per && joinable(a, m, per) && (a.kind === 'duration' ? JOINED_DURATION : JOINED).test(text.slice(a.end, m.start))) {
      out[out.length - 1] = { ...a, end: m.end, text: text.slice(a.start, m.end), value: a.value! + m.value! / per, approx: a.approx || m.approx };
    } else {
      out.push(m);
    }
  }
  return out;
}

function joinable(a: NumberMention, b: NumberMention, per: number): boolean {
  const whole = (m: NumberMention) => m.value !== null && m.high === undefined && !m.malformed;
  return whole(a) && whole(b) && b.value! >= 0 && b.value! < per;
}
