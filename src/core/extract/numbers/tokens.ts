/**
 * Find, first half: the article as tokens (figures, words, other characters), with the
 * characters an earlier pass claimed (URLs, phone numbers, dates) left out, and the view of
 * them every later stage reads.
 */
import { numberTokenEnd, spacedGroupsEnd } from './scanToken';
import { isJsSpace } from '../../text/codeUnitClass';
import { oneByteText } from '../../text/oneByte';

export interface Tok {
  s: number;
  e: number;
  t: string;
  lc: string;
  /** n: figure, w: word, p: one other character */
  type: 'n' | 'w' | 'p';
  malformed?: boolean;
}

export const HYPHENS = new Set(['-', '‐', '‑', '–', '—']);
export const DASHES = new Set(['-', '‐', '‑', '–', '—', '~']);
export const SIGNS = new Set(['-', '+', '−']);

/** The tokens of one text, which of them are designators (`F-16`, `737 Max`), and their adjacency. */
export class TokenStream {
  constructor(
    readonly text: string,
    readonly toks: Tok[],
    readonly desig: Uint8Array,
  ) {}

  /** Tokens a and b touch: no space between them. */
  adj(a: number, b: number): boolean {
    const t = this.toks;
    return a >= 0 && b < t.length && t[a].e === t[b].s;
  }
}

const MALFORMED_RE = /(?<![\w.,])\d[\d,.]*[OoIl][\d,.OoIl]*\d(?![\w])/g;

export function tokenize(text: string, taken: Uint8Array): Tok[] {
  // Malformed figures are kept whole.
  const malformed: [number, number][] = [];
  MALFORMED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MALFORMED_RE.exec(text)) !== null) if (!taken[m.index]) malformed.push([m.index, m.index + m[0].length]);
  const toks: Tok[] = [];
  let mi = 0;
  const n = text.length;
  const narrow = oneByteText(text);
  let next = 0;
  while (next < n) {
    const s = next;
    if (isJsSpace(text.charCodeAt(s))) {
      next++;
      continue;
    }
    next = numberTokenEnd(text, s);
    if (taken[s]) continue;
    // `40 000`: one figure, unless part of it is taken (a phone number, a designator).
    const grouped = spacedGroupsEnd(text, s, next);
    if (grouped > next && taken.subarray(s, grouped).every((x) => x === 0)) next = grouped;
    while (mi < malformed.length && malformed[mi][1] <= s) mi++;
    if (mi < malformed.length && malformed[mi][0] <= s) {
      const [ms, me] = malformed[mi];
      toks.push({ s: ms, e: me, t: text.slice(ms, me), lc: text.slice(ms, me).toLowerCase(), type: 'n', malformed: true });
      next = me;
      mi++;
      continue;
    }
    const t = narrow.slice(s, next);
    const c = t.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    // 22,24,26,31 is a list, not one figure badly grouped
    if (digit && t.includes(',') && /^\d+(?:,\d+)+$/.test(t) && !/,\d{3}(?:,|$)/.test(t)) {
      let o = s;
      for (const part of t.split(',')) {
        if (o > s) { toks.push({ s: o, e: o + 1, t: ',', lc: ',', type: 'p' }); o++; }
        toks.push({ s: o, e: o + part.length, t: part, lc: part, type: 'n' });
        o += part.length;
      }
      continue;
    }
    // ASCII decides at once; only other characters need the Unicode classes.
    const type = digit ? 'n' : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'w' : c < 128 ? 'p' : /^[\p{L}\p{M}]/u.test(t) ? 'w' : 'p';
    toks.push({ s, e: s + t.length, t, lc: type === 'w' ? t.toLowerCase() : t, type });
  }
  return toks;
}

/** Nothing but spaces, opening marks or bullets between pos and the start of a line or sentence. */
export function isSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || '“"‘\'([•*'.includes(text[i]))) {
    if ('“"‘\'([•*'.includes(text[i]) && i < pos - 1) return true;
    i--;
  }
  if (i < 0) return true;
  return '.!?:\n;–—-'.includes(text[i]);
}
