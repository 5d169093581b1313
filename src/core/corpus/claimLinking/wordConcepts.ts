import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { packageRoot } from '../../util/paths';

/** models/word-concepts.json.gz, distilled from WordNet by `npm run train` (scripts/train/wordnetConcepts.ts). */
export interface WordConceptsFile {
  version: number;
  source: string;
  /** Lemma → ids of the concepts it stands for (its senses, their hypernyms, derived forms). */
  concepts: Record<string, number[]>;
}

export const WORD_CONCEPTS_VERSION = 1;
export const WORD_CONCEPTS_FILE = 'word-concepts.json.gz';

let loaded: Map<string, number[]> | undefined;

/** The concepts of a lemma (empty when the table does not know it, or is missing). */
export function conceptsOf(lemma: string): number[] {
  if (!loaded) {
    loaded = new Map();
    const root = packageRoot();
    const file = root ? path.join(root, 'models', WORD_CONCEPTS_FILE) : '';
    try {
      const data = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as WordConceptsFile;
      if (data.version !== WORD_CONCEPTS_VERSION) throw new Error(`version ${data.version}, expected ${WORD_CONCEPTS_VERSION}`);
      loaded = new Map(Object.entries(data.concepts));
    } catch (e) {
      process.emitWarning(`corpus-annotator: word concepts not loaded from ${file || 'models/'}: ${(e as Error).message}; run npm run train`);
    }
  }
  return loaded.get(lemma) ?? [];
}

export function reloadWordConcepts(): void {
  loaded = undefined;
}
