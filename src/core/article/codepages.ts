/**
 * The two single-byte code pages UTF-8 text is most often misread as: Windows-1252
 * (`â€™` for `’`) and Mac Roman (`‚Äô` for `’`). Each table maps a character back to
 * the byte it stands for (only bytes 0x80–0xFF matter: mojibake of ASCII is ASCII).
 */

// Windows-1252, bytes 0x80–0x9F. The five bytes the code page leaves undefined
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through most decoders as the C1 control of
// the same number, so they are listed as such. 0xA0–0xFF are Latin-1.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// Mac Roman (Mac OS Roman with the euro at 0xDB), bytes 0x80–0xFF.
const MAC_ROMAN_80_FF =
  'ÄÅÇÉÑÖÜáàâäãåçéè' +
  'êëíìîïñóòôöõúùûü' +
  '†°¢£§•¶ß®©™´¨≠ÆØ' +
  '∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ' +
  '–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' +
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ' +
  '\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

export interface CodePage {
  name: 'windows-1252' | 'macintosh';
  /** Character → byte (0x80–0xFF). */
  byte: Map<string, number>;
  /** Byte (0x80–0xFF) → character, index `byte - 0x80`. */
  chars: string;
}

function build(name: CodePage['name'], chars: string): CodePage {
  if (chars.length !== 128) throw new Error(`code page ${name}: ${chars.length} characters`);
  const byte = new Map<string, number>();
  for (let i = 0; i < 128; i++) byte.set(chars[i], 0x80 + i);
  return { name, byte, chars };
}

let latin1Upper = '';
for (let b = 0xa0; b <= 0xff; b++) latin1Upper += String.fromCharCode(b);

export const CP1252 = build('windows-1252', CP1252_80_9F + latin1Upper);
export const MAC_ROMAN = build('macintosh', MAC_ROMAN_80_FF);

/** Escapes the characters of `s` for use inside a RegExp character class. */
export function classOf(s: string): string {
  const codes = [...new Set([...s].map((c) => c.charCodeAt(0)))].sort((a, b) => a - b);
  const hex = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    out += j > i ? hex(codes[i]) + '-' + hex(codes[j]) : hex(codes[i]);
    i = j + 1;
  }
  return out;
}
