/**
 * Text as the extractors see it. Mojibake (UTF-8 read as Mac Roman or Windows-1252,
 * e.g. `‚Äô` for `’`) is repaired for analysis only: the repaired text has its own
 * offsets, and `toOriginal` maps them back so that every span still points into the
 * exact file text.
 */
import { CP1252, MAC_ROMAN, classOf, type CodePage } from './codepages';

export interface NormalizedText {
  text: string;
  /** True when `text` is the file text itself (no mapping needed). */
  identity: boolean;
  /** Maps an offset in `text` (0..text.length) to an offset in the original text. */
  toOriginal(offset: number): number;
}

// Lead bytes whose misreading we repair. Two-byte sequences only from C2–C5
// (U+0080–U+017F: NBSP, ©, é, ł, š …) and D0–D1 (Cyrillic, Windows-1252 only, and
// only in runs); three-byte from E0–EF; four-byte (emoji) from F0.
const LEAD_BYTES = [0xc2, 0xc3, 0xc4, 0xc5, 0xd0, 0xd1, ...range(0xe0, 0xef), 0xf0];

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

function charsFor(cp: CodePage, bytes: number[]): string {
  return bytes.map((b) => cp.chars[b - 0x80]).join('');
}

const CONT_BYTES = range(0x80, 0xbf);
const LEADS = charsFor(CP1252, LEAD_BYTES) + charsFor(MAC_ROMAN, LEAD_BYTES.filter((b) => b !== 0xd0 && b !== 0xd1));
const CONTS = charsFor(CP1252, CONT_BYTES) + charsFor(MAC_ROMAN, CONT_BYTES);

/** One test decides the fast path: a lead character directly followed by a continuation character, or a BOM. */
// (All these characters are in the BMP: no `u` flag, which keeps the scan fast.)
const SUSPECT = new RegExp(`^\\uFEFF|[${classOf(LEADS)}][${classOf(CONTS)}]`);
const CANDIDATE = new RegExp(`^\\uFEFF|[${classOf(LEADS)}](?=[${classOf(CONTS)}])`, 'g');

const IDENTITY = (o: number): number => o;

interface Decoded {
  /** The repaired character(s). */
  out: string;
  /** How many characters of the original it replaces. */
  len: number;
  cyrillic: boolean;
}

function plausible(cp: number, bytes: number): boolean {
  if (bytes === 2) return (cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x400 && cp <= 0x4ff);
  if (bytes === 3) return (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf) || (cp >= 0x2100 && cp <= 0x215f);
  return cp >= 0x1f000 && cp <= 0x1faff;
}

/** Reads the UTF-8 sequence that the characters at `i` spell in code page `page`, if any. */
function decodeAt(text: string, i: number, page: CodePage): Decoded | null {
  const b0 = page.byte.get(text[i]);
  if (b0 === undefined) return null;
  let n: number;
  let cp: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    n = 2;
    cp = b0 & 0x1f;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    n = 3;
    cp = b0 & 0x0f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    n = 4;
    cp = b0 & 0x07;
  } else return null;
  if (n === 2 && page === MAC_ROMAN && b0 > 0xc5) return null;
  for (let k = 1; k < n; k++) {
    const c = text[i + k];
    const b = c === undefined ? undefined : page.byte.get(c);
    if (b === undefined || b < 0x80 || b > 0xbf) {
      // `â€` whose third byte (0x9D, undefined in Windows-1252) was dropped: `”`.
      if (page === CP1252 && n === 3 && k === 2 && b0 === 0xe2 && cp === 0x80) return { out: '\u201d', len: 2, cyrillic: false };
      return null;
    }
    cp = (cp << 6) | (b & 0x3f);
  }
  // Overlong forms and surrogates are not UTF-8.
  if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  if (!plausible(cp, n)) return null;
  return { out: String.fromCodePoint(cp), len: n, cyrillic: cp >= 0x400 && cp <= 0x4ff };
}

function decodeEither(text: string, i: number): Decoded | null {
  return decodeAt(text, i, CP1252) ?? decodeAt(text, i, MAC_ROMAN);
}

/**
 * Repairs mojibake and drops a leading BOM. Most files have neither: one regex test,
 * and the text comes back as it is with an identity mapping.
 */
export function normalizeForAnalysis(raw: string): NormalizedText {
  if (!SUSPECT.test(raw)) return { text: raw, identity: true, toOriginal: IDENTITY };

  const parts: string[] = [];
  // Per replacement: where it starts and ends in the repaired text and in the original.
  const nStart: number[] = [];
  const nEnd: number[] = [];
  const oStart: number[] = [];
  const oEnd: number[] = [];
  let copied = 0; // original offset up to which `parts` holds the text
  let nLen = 0; // length of the repaired text so far
  let lastCyrillicEnd = -1;

  const replace = (at: number, len: number, out: string) => {
    parts.push(raw.slice(copied, at));
    nLen += at - copied;
    nStart.push(nLen);
    oStart.push(at);
    parts.push(out);
    nLen += out.length;
    nEnd.push(nLen);
    oEnd.push(at + len);
    copied = at + len;
  };

  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(raw)) !== null) {
    const i = m.index;
    if (raw.charCodeAt(i) === 0xfeff) {
      replace(i, 1, '');
      continue;
    }
    const d = decodeEither(raw, i);
    if (!d) continue;
    if (d.cyrillic && lastCyrillicEnd !== i) {
      // A lone `Ñ”` is more likely Spanish in quotes than Russian mojibake: Cyrillic only in runs.
      const next = decodeEither(raw, i + d.len);
      if (!next || !next.cyrillic) continue;
    }
    replace(i, d.len, d.out);
    if (d.cyrillic) lastCyrillicEnd = i + d.len;
    CANDIDATE.lastIndex = i + d.len;
  }
  if (nStart.length === 0) return { text: raw, identity: true, toOriginal: IDENTITY };
  parts.push(raw.slice(copied));
  const text = parts.join('');

  const count = nStart.length;
  const toOriginal = (o: number): number => {
    // Last replacement that ends at or before `o`.
    let lo = 0;
    let hi = count - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (nEnd[mid] <= o) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const j = k + 1;
    // Inside a replacement that is longer than one unit (a surrogate pair): its end.
    if (j < count && nStart[j] < o) return oEnd[j];
    return k < 0 ? o : o - nEnd[k] + oEnd[k];
  };
  return { text, identity: false, toOriginal };
}
