import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { packageRoot } from '../../util/paths';
import { TAGS, prepare, tokenFeatures, type Lexicon } from './features';

/** The weights file as `npm run train` writes it (gzip of this JSON). */
export interface ModelFile {
  version: 1;
  tags: readonly string[];
  /** Feature → flat pairs [tagIndex, weight × SCALE, …]. */
  weights: Record<string, number[]>;
  lowerWords: string[];
  scale: number;
  trainedOn: string;
}

export const MODEL_FILE = 'entity-perceptron.json.gz';

/** A trained averaged perceptron, ready to tag sentences greedily left to right. */
export class EntityTagger {
  private readonly weights = new Map<string, Float32Array>();
  private readonly lex: Lexicon;

  constructor(file: ModelFile) {
    for (const [feat, pairs] of Object.entries(file.weights)) {
      const w = new Float32Array(TAGS.length);
      for (let k = 0; k < pairs.length; k += 2) w[pairs[k]] = pairs[k + 1] / file.scale;
      this.weights.set(feat, w);
    }
    this.lex = { lowerWords: new Set(file.lowerWords) };
  }

  /** BIO tags for one sentence's words. */
  tag(words: string[]): string[] {
    const p = prepare(words);
    const out: string[] = [];
    const scores = new Float32Array(TAGS.length);
    for (let i = 0; i < words.length; i++) {
      scores.fill(0);
      const feats = tokenFeatures(p.words, p.lower, p.shapes, i, out[i - 1] ?? '<s>', out[i - 2] ?? '<s>', this.lex);
      for (const f of feats) {
        const w = this.weights.get(f);
        if (w) for (let t = 0; t < scores.length; t++) scores[t] += w[t];
      }
      out.push(TAGS[bestAllowed(scores, out[i - 1] ?? 'O')]);
    }
    return out;
  }
}

/** The best tag that may follow `prev` (I-X only after B-X or I-X). */
export function bestAllowed(scores: ArrayLike<number>, prev: string): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < TAGS.length; t++) {
    const tag = TAGS[t];
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) continue;
    if (scores[t] > bestScore) {
      bestScore = scores[t];
      best = t;
    }
  }
  return best;
}

let loaded: EntityTagger | null | undefined;

/** The committed model, loaded on first use; null (with a warning once) when the weights are missing. */
export function defaultTagger(): EntityTagger | null {
  if (loaded !== undefined) return loaded;
  const root = packageRoot();
  const file = root ? path.join(root, 'models', MODEL_FILE) : '';
  try {
    loaded = new EntityTagger(JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as ModelFile);
  } catch (e) {
    process.emitWarning(`corpus-annotator: entity model not loaded from ${file || 'models/'}: ${(e as Error).message}; run npm run train`);
    loaded = null;
  }
  return loaded;
}
