import { Buffer } from 'node:buffer';

/*
 * V8 keeps a string whose characters all fit one byte as one byte per character, and
 * any other as two. An article with a single `’` or `“` is two-byte, and so is every
 * word sliced from it, even `said`. Each use of such a word takes a slower path than
 * the same word in one byte: hashing it and comparing it with the one-byte keys of
 * Maps and Sets, `toLowerCase` (through ICU), and regular expressions, whose code for
 * two-byte subjects tests a `\p{…}` class with a call per character. The stages slice
 * their words, sentences and paragraphs through OneByteText instead, so that these
 * are one-byte wherever they can be.
 */

const WIDE = /[^\x00-\xff]/;

/** A text to slice one-byte strings from. */
export class OneByteText {
  /**
   * As long as `text`, one-byte, and equal to it wherever `text` is Latin-1 (the
   * rest is meaningless): Buffer's latin1 encoding keeps each code unit's low byte.
   * `text` itself when that is all Latin-1.
   */
  private readonly shadow: string;
  private readonly wide: boolean;

  constructor(readonly text: string) {
    this.wide = WIDE.test(text);
    this.shadow = this.wide ? Buffer.from(text, 'latin1').toString('latin1') : text;
  }

  /** `text.slice(start, end)` (0 ≤ start, end past the text allowed), as a one-byte string when every code unit of it is Latin-1. */
  slice(start: number, end: number): string {
    const stop = Math.min(end, this.text.length);
    if (this.wide) for (let i = start; i < stop; i++) if (this.text.charCodeAt(i) > 0xff) return this.text.slice(start, end);
    return this.shadow.slice(start, end);
  }
}

let last = new OneByteText('');

/** OneByteText over `text`; the last one made is kept for the next stage over the same article. */
export function oneByteText(text: string): OneByteText {
  if (last.text !== text) last = new OneByteText(text);
  return last;
}
