/**
 * Features of one token for the entity tagger, as short strings. Training and
 * tagging share this file, so the model always sees the same features.
 */

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

/** Xxxx, XX, dd, x.x. … with runs collapsed: what capitalisation and digits look like. */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last || (c !== 'X' && c !== 'x' && c !== 'd')) out += c;
    last = c;
  }
  return out;
}

/** Headline capitals (`VLADIMIR Putin`) look like names to the model once title-cased. */
export function normaliseCase(words: string[]): string[] {
  const letters = words.filter((w) => /\p{L}/u.test(w));
  const upper = letters.filter((w) => w.length > 1 && w === w.toUpperCase()).length;
  const mostlyUpper = letters.length > 3 && upper / letters.length > 0.6;
  return words.map((w, i) => {
    if (w.length < 4 || w !== w.toUpperCase() || !/\p{Lu}/u.test(w)) return w;
    // An all-caps word at a sentence start before a capitalised word, or in an all-caps line.
    const next = words[i + 1] ?? '';
    if (mostlyUpper || (i === 0 && /^\p{Lu}\p{Ll}/u.test(next))) return w[0] + w.slice(1).toLowerCase();
    return w;
  });
}

export interface Lexicon {
  /** Words seen mostly in lower case in the training text: a capital on them is sentence-start noise. */
  lowerWords: Set<string>;
}

/** Features of token i; `prev` and `prev2` are the tags already chosen to its left. */
export function tokenFeatures(words: string[], lower: string[], shapes: string[], i: number, prev: string, prev2: string, lex: Lexicon): string[] {
  const w = words[i];
  const lw = lower[i];
  const f: string[] = [
    'b',
    'w=' + lw,
    's=' + shapes[i],
    'p1=' + lw.slice(0, 1),
    'p2=' + lw.slice(0, 2),
    'p3=' + lw.slice(0, 3),
    'x2=' + lw.slice(-2),
    'x3=' + lw.slice(-3),
    'x4=' + lw.slice(-4),
    'w-1=' + (i > 0 ? lower[i - 1] : '<s>'),
    'w+1=' + (i + 1 < words.length ? lower[i + 1] : '</s>'),
    'w-2=' + (i > 1 ? lower[i - 2] : '<s>'),
    'w+2=' + (i + 2 < words.length ? lower[i + 2] : '</s>'),
    's-1=' + (i > 0 ? shapes[i - 1] : '<s>'),
    's+1=' + (i + 1 < words.length ? shapes[i + 1] : '</s>'),
    's-1s=' + (i > 0 ? shapes[i - 1] : '<s>') + '|' + shapes[i],
    'ss+1=' + shapes[i] + '|' + (i + 1 < words.length ? shapes[i + 1] : '</s>'),
    't-1=' + prev,
    't-2t-1=' + prev2 + '|' + prev,
    't-1w=' + prev + '|' + lw,
    't-1s=' + prev + '|' + shapes[i],
    'w-1w=' + (i > 0 ? lower[i - 1] : '<s>') + '|' + lw,
    'ww+1=' + lw + '|' + (i + 1 < words.length ? lower[i + 1] : '</s>'),
  ];
  if (i === 0) f.push('first|' + shapes[i]);
  if (/^\p{Lu}/u.test(w) && lex.lowerWords.has(lw)) f.push(i === 0 ? 'cap-lower-first' : 'cap-lower');
  if (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) f.push('allcaps', 'allcaps-len=' + Math.min(w.length, 6));
  if (w.includes('-')) f.push('hyphen');
  if (i + 1 < words.length && /^['’]s$/i.test(words[i + 1])) f.push('next-poss');
  return f;
}

/** The words a tagger sees for a token list: text, lower case and shape, computed once per sentence. */
export function prepare(words: string[]): { words: string[]; lower: string[]; shapes: string[] } {
  const norm = normaliseCase(words);
  return { words: norm, lower: norm.map((w) => w.toLowerCase()), shapes: norm.map(shape) };
}
