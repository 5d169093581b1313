import { committedModel, gzippedJson } from '../../util/committedModel';

/** The coarse class of an English word, as the claim frames need it. */
export type WordClass = 'verb' | 'noun' | 'noun|verb' | 'adj' | 'adv' | 'function' | 'modal' | 'copula' | 'neg' | 'comparative' | 'superlative';

/** models/english-words.json.gz, distilled from compromise's lexicon by `npm run train` (scripts/train/englishWords.ts). */
export interface EnglishWordsFile {
  version: number;
  source: string;
  classes: Record<string, WordClass>;
  /** Inflected form → lemma (`took` → `take`, `casualties` → `casualty`); regular forms are left to the suffix rules. */
  lemmas: Record<string, string>;
}

export const ENGLISH_WORDS_VERSION = 1;
export const ENGLISH_WORDS_FILE = 'english-words.json.gz';

export interface EnglishWords {
  classOf(lower: string): WordClass | undefined;
  lemmaOf(lower: string): string;
}

const table = committedModel(
  ENGLISH_WORDS_FILE,
  'word table',
  (bytes) => fromTable(gzippedJson<EnglishWordsFile>(bytes, ENGLISH_WORDS_VERSION)),
  () => fromTable({ classes: {}, lemmas: {} }),
);

/** The committed table, loaded on first use; with no table (a warning once), suffix rules alone. */
export const englishWords = (): EnglishWords => table.get();

export function fromTable(data: Pick<EnglishWordsFile, 'classes' | 'lemmas'>): EnglishWords {
  const classes = new Map(Object.entries(data.classes));
  const lemmas = new Map(Object.entries(data.lemmas));
  const cache = new Map<string, string>();
  const guessed = new Map<string, WordClass | undefined>();
  return {
    classOf(w) {
      const known = classes.get(w);
      if (known !== undefined) return known;
      if (guessed.has(w)) return guessed.get(w);
      const g = guessClass(w);
      if (guessed.size < 50000) guessed.set(w, g);
      return g;
    },
    lemmaOf(w) {
      let l = cache.get(w);
      if (l === undefined) {
        l = lemmas.get(w) ?? regularLemma(w, classes);
        if (cache.size < 50000) cache.set(w, l);
      }
      return l;
    },
  };
}

/** The class of a word the table does not hold, read from its ending. */
function guessClass(w: string): WordClass | undefined {
  if (/(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ist|age|ure)s?$/.test(w)) return 'noun';
  if (/(?:ous|ful|ive|able|ible|ical|less|ish|ary|ic|al)$/.test(w)) return 'adj';
  if (/ly$/.test(w)) return 'adv';
  if (/(?:ed|ing)$/.test(w) && w.length > 5) return 'verb';
  if (/(?:ise|ize|ify|ate)$/.test(w)) return 'verb';
  return undefined;
}

/**
 * The lemma of a regular form: `-ies` → `-y`, `-s`, `-ed`, `-ing`, keeping the form whose
 * stem the table knows (`rated` → `rate`, `rallied` → `rally`, `dammed` → `dam`).
 */
function regularLemma(w: string, known: Map<string, WordClass>): string {
  if (w.length <= 3) return w;
  const firstKnown = (...c: string[]) => c.find((x) => known.has(x));
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) {
    const s = w.slice(0, -3);
    return firstKnown(s, s + 'e', undouble(s) ?? s) ?? (/[^aeiou][aeiou][^aeiouwxy]$/.test(s) && s.length <= 4 ? s + 'e' : undouble(s) ?? s);
  }
  if (w.endsWith('ed') && w.length > 4) {
    const s = w.slice(0, -2);
    return firstKnown(s + 'e', s, undouble(s) ?? s) ?? (w.endsWith('eed') ? w : s.endsWith('e') ? s : undouble(s) ?? s);
  }
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) {
    if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
    return w.slice(0, -1);
  }
  return w;
}

function undouble(s: string): string | undefined {
  return /([bdgklmnprt])\1$/.test(s) ? s.slice(0, -1) : undefined;
}

/** Forgets the loaded table, so that the next use reads the file again (after `npm run train` writes it). */
export const reloadEnglishWords = (): void => table.reload();
