/**
 * Text as the extractors see it. Mojibake (UTF-8 read as Mac Roman or Windows-1252,
 * e.g. `‚Äô` for `’`) is repaired for analysis only: the repaired text has its own
 * offsets, and `toOriginal` maps them back so that every span still points into the
 * exact file text.
 */
export interface NormalizedText {
  text: string;
  /** True when `text` is the file text itself (no mapping needed). */
  identity: boolean;
  /** Maps an offset in `text` (0..text.length) to an offset in the original text. */
  toOriginal(offset: number): number;
}

export function normalizeForAnalysis(raw: string): NormalizedText {
  return { text: raw, identity: true, toOriginal: (o) => o };
}
