/**
 * Parse: a rank written with a marker, `No. 1`, `No 2`, `no. 3`, `number one`. The span holds
 * the marker, the kind is `ordinal` and the value the rank (`the No. 1 ranking` → 1).
 *
 * The marker alone does not make a rank (`No 10 said`, `a number of`, `No. 10 Downing Street`),
 * so a rank needs something around it that places someone in an order: a word before it
 * (`world`, `ranked`, `the`, `reclaim the`, `return to`) or after it (`seed`, `ranking`, `spot`),
 * or a name after `No.` (`world No. 2 Carlos Alcaraz`). `number` is the plainer word (`the
 * number 10 shirt`), so it takes only the narrower cues (`world number one`, `number one seed`).
 */
import { startsUpper } from '../../text/letterCase';
import { SMALL, TENS } from './lexicon';
import type { Core } from './quantity';
import { isSentenceStart, type TokenStream } from './tokens';

/** Words before a marker that place what follows in an order (`world No. 1`, `ranked No. 3`). */
const RANK_CUE_BEFORE = new Set(['world', 'ranked', 'seeded', 'rated', 'rank', 'ranking']);

/** Further words before `No.` (not `number`) after which it is a rank: determiners, `to`, `at`, the verbs of being. */
const NO_CUE_BEFORE = new Set([
  'the', 'a', 'his', 'her', 'their', 'its', 'our', 'new', 'former', 'at', 'to', 'as', 'is', 'was', 'are', 'were', 'be', 'been',
  'being', 'became', 'become', 'becomes', 'remain', 'remains', 'remained', 'stays', 'stayed', 'reclaim', 'reclaimed', 'regain',
  'regained', 'retake', 'retook', 'back',
]);

/** Words after the figure that say it is a place in an order (`No. 1 ranking`, `number one seed`); not `in` (`Hospital No 31 in Moscow`). */
const RANK_CUE_AFTER = new Set([
  'seed', 'seeds', 'seeded', 'ranking', 'rankings', 'ranked', 'rank', 'spot', 'position', 'place', 'slot', 'pick', 'picks',
  'priority', 'player', 'players', 'team', 'contender', 'choice', 'draft', 'status', 'overall', 'again',
]);

/**
 * Street words after a house number: `No. 10 Downing Street` is an address, not a rank. Not
 * `Lane`, `Place`, `Drive`: they are surnames as often (`220 Barry Lane`, a golfer's score).
 */
export const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd']);

/** `No`, `no`, `number`: a token a rank may start at, even where the designator pass marked it (`No.2` looks like `ID.3`). */
export function isRankMarker(lc: string): boolean {
  return lc === 'no' || lc === 'number';
}

/** A rank at token j (`No.`, `No`, `no.`, `number`), or null. */
export function readRank(ts: TokenStream, j: number): Core | null {
  const toks = ts.toks;
  const t = toks[j];
  let k = j + 1;
  const marker = t.lc;
  if (marker === 'no') {
    // `No. 1`, `No.1`, `no. 3`, `No 2`: not the lower-case word `no` (`no 5 people`).
    if (toks[k]?.t === '.' && ts.adj(j, k)) k++;
    else if (t.t !== 'No') return null;
  } else if (marker !== 'number') return null;
  const f = toks[k];
  if (!f || f.s - toks[k - 1].e > 1) return null;
  let value: number;
  if (f.type === 'n' && /^\d{1,3}$/.test(f.t) && !(toks[k + 1] && ts.adj(k, k + 1) && toks[k + 1].type === 'w')) value = +f.t;
  else if (marker === 'number' && f.type === 'w' && (f.lc in SMALL || f.lc in TENS) && !ts.adj(k, k + 1)) value = SMALL[f.lc] ?? TENS[f.lc];
  else return null;
  if (value < 1) return null;
  const before = toks[j - 1]?.lc ?? '';
  const after = toks[k + 1];
  const afterLc = after?.type === 'w' ? after.lc : '';
  if (after?.type === 'w' && startsUpper(after.t) && isStreetWord(toks[k + 2]?.t ?? '')) return null;
  const cueBefore = RANK_CUE_BEFORE.has(before) || (marker === 'no' && NO_CUE_BEFORE.has(before) && !isSentenceStart(ts.text, t.s));
  const cueAfter = RANK_CUE_AFTER.has(afterLc) || (marker === 'no' && !!after && after.type === 'w' && startsUpper(after.t) && ts.toks[k].e + 1 === after.s && !isSentenceStart(ts.text, t.s));
  if (!cueBefore && !cueAfter) return null;
  return { value, next: k + 1, kind: 'ordinal', plainInt: false, fourDigits: false };
}

/** `Street`, `St`, `Road`: capitalised, not in capitals (`ST LOUIS` in a sports schedule). */
export function isStreetWord(t: string): boolean {
  return STREET_WORDS.has(t.toLowerCase()) && startsUpper(t) && t.slice(1) === t.slice(1).toLowerCase();
}
