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

interface ConceptTable {
  byLemma: Map<string, number[]>;
  /** How many lemmas stand for each concept: a concept of few words is narrow (`soldier`), one of hundreds broad (`person`, `event`). */
  breadth: Map<number, number>;
}

function table(byLemma: Map<string, number[]>): ConceptTable {
  const breadth = new Map<number, number>();
  for (const ks of byLemma.values()) for (const k of ks) breadth.set(k, (breadth.get(k) ?? 0) + 1);
  return { byLemma, breadth };
}

const concepts = committedModel(
  WORD_CONCEPTS_FILE,
  'word concepts',
  (bytes) => table(new Map(Object.entries(gzippedJson<WordConceptsFile>(bytes, WORD_CONCEPTS_VERSION).concepts))),
  () => table(new Map<string, number[]>()),
);

/** The concepts of a lemma (empty when the table does not know it, or is missing). */
export function conceptsOf(lemma: string): number[] {
  return concepts.get().byLemma.get(lemma) ?? [];
}

/** The concepts of a lemma that at most `maxWords` lemmas of the table stand for. */
export function narrowConceptsOf(lemma: string, maxWords: number): number[] {
  const t = concepts.get();
  return (t.byLemma.get(lemma) ?? []).filter((k) => (t.breadth.get(k) ?? 0) <= maxWords);
}

export const reloadWordConcepts = (): void => concepts.reload();
