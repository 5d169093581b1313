import { committedModel, gzippedJson } from '../../util/committedModel';

/** models/word-concepts.json.gz, distilled from WordNet by `npm run train` (scripts/train/wordnetConcepts.ts). */
export interface WordConceptsFile {
  version: number;
  source: string;
  /** Lemma → ids of the concepts it stands for (its senses, their hypernyms, derived forms). */
  concepts: Record<string, number[]>;
}

export const WORD_CONCEPTS_VERSION = 1;
export const WORD_CONCEPTS_FILE = 'word-concepts.json.gz';

const concepts = committedModel(
  WORD_CONCEPTS_FILE,
  'word concepts',
  (bytes) => new Map(Object.entries(gzippedJson<WordConceptsFile>(bytes, WORD_CONCEPTS_VERSION).concepts)),
  () => new Map<string, number[]>(),
);

/** The concepts of a lemma (empty when the table does not know it, or is missing). */
export function conceptsOf(lemma: string): number[] {
  return concepts.get().get(lemma) ?? [];
}

export const reloadWordConcepts = (): void => concepts.reload();
