import * as zlib from 'node:zlib';
import { committedModel } from '../../util/committedModel';
import { fnv1a } from '../../util/fnv1a';
import { ATTRIBUTION_VERB } from './lexicon';
import { ACTION_VERBS, CAUSE_WORDS, CHANGE_WORDS, COMPARISON_WORDS, FIRST_PERSON, MODALS, NEGATIONS, OPINION_WORDS, PREDICTION_MODALS, RECORD_WORDS } from './cues';
import { quotedShare, type SentenceView } from './sentenceWords';

export const CHECKWORTHY_FILE = 'checkworthy.json.gz';
export const CHECKWORTHY_VERSION = 1;

/** What a sentence's cue words say it asserts; shared by the model's features and the claim kinds. */
export interface Cues {
  record: boolean;
  action: boolean;
  cause: boolean;
  change: boolean;
  comparison: boolean;
  opinion: boolean;
  prediction: boolean;
  negation: boolean;
  firstPerson: boolean;
  attribution: boolean;
  question: boolean;
}

export function cuesOf(v: SentenceView): Cues {
  const c: Cues = { record: false, action: false, cause: false, change: false, comparison: false, opinion: false, prediction: false, negation: false, firstPerson: false, attribution: false, question: /\?\s*["”’']?\s*$/.test(v.text) };
  for (const w of v.words) {
    if (w.entity >= 0) continue;
    const l = w.lemma;
    if (RECORD_WORDS.has(l) || w.cls === 'superlative') c.record = true;
    if (ACTION_VERBS.has(l) && w.cls !== 'adj') c.action = true;
    if (CAUSE_WORDS.has(l)) c.cause = true;
    if (CHANGE_WORDS.has(l)) c.change = true;
    if (COMPARISON_WORDS.has(l) || w.cls === 'comparative') c.comparison = true;
    if (OPINION_WORDS.has(l) || OPINION_WORDS.has(w.lower)) c.opinion = true;
    if (PREDICTION_MODALS.has(w.lower)) c.prediction = true;
    if (NEGATIONS.has(w.lower)) c.negation = true;
    if (FIRST_PERSON.has(w.lower) && w.text !== 'US') c.firstPerson = true;
  }
  c.attribution = ATTRIBUTION_VERB.test(v.text) || /\baccording to\b/i.test(v.text);
  return c;
}

/**
 * The features of a sentence for the check-worthiness model: its lemmas (names replaced by
 * their kind, figures by theirs), the engine's numbers, entities and quotations, the cue
 * words above, modal verbs and length. The same function serves training (on debate
 * sentences run through the engine) and scoring news sentences.
 */
export function checkworthyFeatures(v: SentenceView, cues = cuesOf(v)): string[] {
  const f = ['bias'];
  let prev = '^';
  for (const w of v.words) {
    const tok = w.entity >= 0 ? `<${v.entities[w.entity].kind}>` : w.number >= 0 ? `<${v.numbers[w.number].kind}>` : w.lemma;
    if (tok === prev) continue;
    f.push('w=' + tok, 'b=' + prev + '_' + tok);
    prev = tok;
  }
  for (const n of v.numbers) {
    f.push('n=' + n.kind);
    if (n.kind === 'count' && (n.value ?? 0) >= 100) f.push('n=big');
  }
  if (v.numbers.length) f.push('n=any');
  for (const e of v.entities) f.push('e=' + e.kind);
  if (v.entities.length >= 3) f.push('e=many');
  const share = quotedShare(v);
  if (share > 0.5) f.push('q=mostly');
  else if (share > 0) f.push('q=some');
  for (const [k, on] of Object.entries(cues)) if (on) f.push('c=' + k);
  for (const w of v.words) if (MODALS.has(w.lower)) f.push('m=' + w.lower);
  const n = v.words.length;
  f.push('len=' + (n < 6 ? 'xs' : n < 12 ? 's' : n < 25 ? 'm' : 'l'));
  return f;
}

/** A logistic model over hashed features. */
export class CheckworthinessModel {
  constructor(
    readonly bits: number,
    readonly weights: Float32Array,
  ) {}

  static decode(gz: Buffer): CheckworthinessModel {
    const file = JSON.parse(zlib.gunzipSync(gz).toString('utf8')) as CheckworthyFile;
    if (file.version !== CHECKWORTHY_VERSION) throw new Error(`version ${file.version}, expected ${CHECKWORTHY_VERSION}`);
    const q = Buffer.from(file.weights, 'base64');
    const w = new Float32Array(1 << file.bits);
    for (let i = 0; i < w.length; i++) w[i] = ((q[i] << 24) >> 24) / file.scale;
    return new CheckworthinessModel(file.bits, w);
  }

  /** The weights as the committed file: one signed byte per bucket, weight × scale. */
  encode(meta: Omit<CheckworthyFile, 'version' | 'bits' | 'scale' | 'weights'>): Buffer {
    let max = 0;
    for (const x of this.weights) max = Math.max(max, Math.abs(x));
    const scale = max > 0 ? 127 / max : 1;
    const q = Buffer.alloc(this.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(this.weights[i] * scale) & 0xff;
    const file: CheckworthyFile = { version: CHECKWORTHY_VERSION, bits: this.bits, scale, weights: q.toString('base64'), ...meta };
    return zlib.gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  }

  bucket(feature: string): number {
    return fnv1a(feature) & ((1 << this.bits) - 1);
  }

  /** Probability that the sentence is check-worthy. */
  score(features: string[]): number {
    let z = 0;
    for (const f of features) z += this.weights[this.bucket(f)];
    return 1 / (1 + Math.exp(-z));
  }
}

export interface CheckworthyFile {
  version: number;
  bits: number;
  scale: number;
  /** Base64 of one signed byte per bucket. */
  weights: string;
  /** How it was trained and what it scored on held-out data. */
  trainedOn: string;
  heldOut: Record<string, number>;
}

const checkworthiness = committedModel<CheckworthinessModel | null>(CHECKWORTHY_FILE, 'check-worthiness model', (bytes) => CheckworthinessModel.decode(bytes), () => null);

/** The committed model, loaded on first use; null (with a warning once) when missing. */
export const defaultCheckworthiness = (): CheckworthinessModel | null => checkworthiness.get();
export const reloadCheckworthiness = (): void => checkworthiness.reload();
