import * as fs from 'node:fs';
import * as path from 'node:path';
import { prng as seededRandom } from '../../../scripts/generateCorpus';

/**
 * Texts built to find superlinear spots in the analysis: each family repeats a small
 * pattern that, with a per-item rescan, costs the item count times the text length
 * (many quotations on one line, many figures, no sentence end, …). Shared by the fuzz
 * test (test/unit/core/analyze.fuzz.test.ts) and `npm run bench:adversarial`.
 */

/** A small seeded PRNG, the generated corpora's, so that a family's text is the same in every run. */
export { seededRandom };

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const WORDS = ['troops', 'said', 'the', 'ministry', 'border', 'report', 'according', 'to', 'officials', 'added', 'he', 'she', 'told', 'of', 'and'];
const NAMES = ['Anna', 'Boris', 'Kyiv', 'Ministry', 'Defence', 'Jane', 'Okafor', 'Council', 'Smith', 'Moscow', 'NATO', 'Ltd'];
const OPEN = ['“', '‘', '"', "'", '«', '„', '(', '[', '``'];
const CLOSE = ['”', '’', '"', "'", '»', '“', ')', ']', "''"];

/** One adversarial family: a piece of text to repeat, drawn afresh each time from `r`. */
export interface AdversarialFamily {
  name: string;
  piece: (r: Random) => string;
}

export const ADVERSARIAL_FAMILIES: readonly AdversarialFamily[] = [
  // The reported case: one line of short quotations, none of them speech.
  { name: 'short quotations on one line', piece: () => '“ab” ' },
  // Four words make a quotation speech without a verb: its attribution is looked for up to the line's end.
  { name: 'speech without attribution, one line', piece: (r) => `“${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}” ` },
  { name: 'attributed quotations, one line', piece: (r) => `“${pick(r, WORDS)} ${pick(r, WORDS)},” ${pick(r, ['he', 'she', 'the ministry', pick(r, NAMES)])} ${pick(r, ['said', 'told', 'added'])} ` },
  { name: 'attributed quotations, sentences', piece: (r) => `“${pick(r, WORDS)} ${pick(r, WORDS)},” ${pick(r, NAMES)} ${pick(r, NAMES)} said. ` },
  { name: 'unclosed quotations', piece: (r) => `${pick(r, OPEN)}${pick(r, WORDS)} ` },
  { name: 'nested brackets and quotation marks', piece: (r) => (r() < 0.5 ? pick(r, OPEN) : pick(r, CLOSE)) + (r() < 0.3 ? ` ${pick(r, WORDS)} ` : '') },
  { name: 'figures in one sentence', piece: (r) => `${pick(r, ['', '$', '£'])}${int(r, 1, 999)}${pick(r, ['', ',000', '.5'])}${pick(r, ['%', ' troops', 'm', ' km', ' people', ''])} ` },
  { name: 'the same claim repeated', piece: () => 'Officials said 500,000 troops were at the border. ' },
  { name: 'attributed claims', piece: (r) => `${pick(r, ['He', 'She', `${pick(r, NAMES)} ${pick(r, NAMES)}`])} said ${int(r, 100, 999)} troops died in ${pick(r, NAMES)}. ` },
  { name: 'claims in live-blog entries', piece: (r) => `${int(r, 10, 23)}:${int(r, 10, 59)} , Jane Okafor\n\nThe ministry said ${int(r, 100, 999)} troops died.\n\n` },
  { name: 'one line, no sentence end', piece: (r) => `${pick(r, WORDS)} ${pick(r, NAMES)} ` },
  { name: 'many short lines', piece: (r) => `${pick(r, [...WORDS, ...NAMES, '“a”', '5', '.'])}\n` },
  // Found by the fuzz test: every paragraph's search for a sentence end ran on to the text's next full stop.
  { name: 'many lines without a full stop', piece: (r) => `${pick(r, NAMES)} ${pick(r, WORDS)}${r() < 0.5 ? '\n' : '\n\n'}` },
  { name: 'capitalised words, no punctuation', piece: (r) => `${pick(r, NAMES)} ` },
  { name: 'digits and separators', piece: (r) => `${int(r, 0, 9999)}${pick(r, [',', '.', '-', '/', ':', '%', ' ', '–', ' to '])}` },
  { name: 'speakers and pronouns', piece: (r) => `${pick(r, NAMES)} ${pick(r, NAMES)} said. He said “${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}” ` },
  // Nothing before `it` or `the spokesman` can be its antecedent: the look-back goes to the window's start.
  { name: 'pronouns with no antecedent, one line', piece: (r) => `${pick(r, NAMES)} ${pick(r, NAMES)} and it said “${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}” ` },
  { name: 'descriptions with no antecedent, one line', piece: (r) => `${pick(r, NAMES)} ${pick(r, NAMES)} and the ${pick(r, ['spokesman', 'minister', 'agency', 'ministry'])} said “${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}” ` },
  { name: 'random unicode', piece: (r) => randomUnicode(r, int(r, 1, 12)) },
];

/** Code points from every plane, weighted to letters, spaces, punctuation and line breaks. */
export function randomUnicode(r: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const x = r();
    if (x < 0.15) s += ' ';
    else if (x < 0.18) s += '\n';
    else if (x < 0.3) s += pick(r, [...OPEN, ...CLOSE, '.', ',', '!', '?', ':', '…', '—', '-']);
    else if (x < 0.5) s += String.fromCharCode(int(r, 0x41, 0x5a) + (r() < 0.5 ? 32 : 0));
    else if (x < 0.95) s += String.fromCodePoint(int(r, 0xa0, 0xd7ff));
    else s += String.fromCodePoint(int(r, 0x10000, 0x10ffff));
  }
  return s;
}

/** Pieces from `piece` (given a seeded random source) up to `length` UTF-16 code units. */
export function repeatToLength(piece: (r: Random) => string, length: number, seed = 1): string {
  const r = seededRandom(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const p = piece(r);
    if (!p) continue;
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, length);
}

/**
 * News prose of `length` code units, the baseline the families are measured against: the
 * bundled corpus's paragraphs in a seeded random order, as one long article.
 */
export function proseOfLength(corpusDir: string, length: number, seed = 1): string {
  const paragraphs = fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 40);
  return repeatToLength((r) => `${pick(r, paragraphs)}\n\n`, length, seed);
}
