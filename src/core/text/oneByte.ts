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

/**
 * Code units of text whose OneByteText is kept for the stages after the one that made
 * it: analyzeBatch runs each stage over a whole batch of articles (64 KB on the calling
 * thread, 32 KB on a worker) before the next stage, and every stage slices its article
 * through this, so a batch's texts must all stay. Kept for only the last text, the
 * 1.2 MiB generated corpus made 3,168 of them (7.5 M code units) instead of 528.
 */
const KEPT_CHARS = 256 * 1024;
/** The texts kept, oldest first (a Map keeps insertion order), and their total length. */
const kept = new Map<string, OneByteText>();
let keptChars = 0;

/** OneByteText over `text`, made once for as long as the texts after it stay within KEPT_CHARS. */
export function oneByteText(text: string): OneByteText {
  let found = kept.get(text);
  if (found) return found;
  found = new OneByteText(text);
  kept.set(text, found);
  keptChars += text.length;
  for (const old of kept.keys()) {
    if (keptChars <= KEPT_CHARS || old === text) break;
    kept.delete(old);
    keptChars -= old.length;
  }
  return found;
}
