/**
 * Whether a word starts with an upper-case letter (`\p{Lu}`). ASCII, most of the
 * words in English news, is decided without the Unicode regular expression.
 */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

/** A word as word lists hold it: lower case, without one final full stop (`Gen.` → `gen`). */
export function bareWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}
