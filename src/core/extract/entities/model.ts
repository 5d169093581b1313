import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { packageRoot } from '../../util/paths';
import {
  ALLOWED,
  NTAGS,
  TAGS,
  TRANSITION_SLOTS,
  CONTEXT_SLOTS,
  documentContext,
  prepareSentence,
  transitionFeatures,
  transitionHash,
  type DocContext,
  type Lexicon,
  type PreparedSentence,
  type WordInfo,
} from './features';

export const MODEL_FILE = 'entity-perceptron.bin.gz';

/** Adds the weight vector of feature `h` to `out[at..at+NTAGS)`. */
export type AddWeights = (h: number, out: Float64Array, at: number) => void;

const trans = new Uint32Array(TRANSITION_SLOTS);

/**
 * First-order Viterbi over the tags of one sentence: static features score each
 * token once; the transition features (previous tag alone, with the word, with the
 * shape) score each pair. I-X only follows B-X or I-X. Returns tag indices.
 */
export function viterbi(s: PreparedSentence, add: AddWeights): number[] {
  const n = s.n;
  if (n === 0) return [];
  const stat = new Float64Array(n * NTAGS);
  for (let i = 0; i < n; i++) {
    for (const h of s.info[i].self) if (h !== 0) add(h, stat, i * NTAGS);
    for (let k = i * CONTEXT_SLOTS, end = k + CONTEXT_SLOTS; k < end; k++) {
      const h = s.feats[k];
      if (h !== 0) add(h, stat, i * NTAGS);
    }
  }
  const delta = new Float64Array(n * NTAGS);
  const back = new Int8Array(n * NTAGS);
  const tr = new Float64Array(NTAGS);
  // Token 0 follows the sentence start.
  tr.fill(0);
  transitionFeatures(s, 0, -1, trans);
  for (const h of trans) add(h, tr, 0);
  for (let t = 0; t < NTAGS; t++) {
    delta[t] = ALLOWED[0][t] ? stat[t] + tr[t] : -Infinity;
    back[t] = -1;
  }
  for (let i = 1; i < n; i++) {
    const row = i * NTAGS;
    for (let t = 0; t < NTAGS; t++) delta[row + t] = -Infinity;
    for (let p = 0; p < NTAGS; p++) {
      const prev = delta[row - NTAGS + p];
      if (prev === -Infinity) continue;
      tr.fill(0);
      transitionFeatures(s, i, p, trans);
      for (const h of trans) add(h, tr, 0);
      const allowed = ALLOWED[p + 1];
      for (let t = 0; t < NTAGS; t++) {
        if (!allowed[t]) continue;
        const v = prev + tr[t] + stat[row + t];
        if (v > delta[row + t]) {
          delta[row + t] = v;
          back[row + t] = p;
        }
      }
    }
  }
  let best = 0;
  for (let t = 1; t < NTAGS; t++) if (delta[(n - 1) * NTAGS + t] > delta[(n - 1) * NTAGS + best]) best = t;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = best;
    best = back[i * NTAGS + best];
  }
  return out;
}

/**
 * The weights file: gzip of `EPT2`, a uint32 header length, a JSON header, then the
 * features in ascending hash order, each as varint(hash delta), a 16-bit tag mask and
 * a zigzag varint per tag in the mask (weight × scale, rounded).
 */
export interface ModelHeader {
  version: 2;
  tags: readonly string[];
  scale: number;
  features: number;
  lowerWords: string[];
  trainedOn: string;
}

export function encodeModel(header: ModelHeader, weights: Map<number, ArrayLike<number>>): Buffer {
  const keys = [...weights.keys()].sort((a, b) => a - b);
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  let last = 0;
  for (const k of keys) {
    varint(k - last);
    last = k;
    const w = weights.get(k)!;
    let mask = 0;
    for (let t = 0; t < NTAGS; t++) if (w[t] !== 0) mask |= 1 << t;
    bytes.push(mask & 0xff, mask >> 8);
    for (let t = 0; t < NTAGS; t++) if (w[t] !== 0) varint(w[t] < 0 ? -2 * w[t] - 1 : 2 * w[t]);
  }
  const head = Buffer.from(JSON.stringify({ ...header, features: keys.length }), 'utf8');
  const pre = Buffer.alloc(8);
  pre.write('EPT2', 0, 'latin1');
  pre.writeUInt32LE(head.length, 4);
  return zlib.gzipSync(Buffer.concat([pre, head, Buffer.from(bytes)]), { level: 9 });
}

/** A trained model, ready to tag: an open-addressing table from feature hash to a row of weights. */
export class EntityTagger {
  /** Interleaved [hash, row offset] pairs; hash 0 marks an empty slot. */
  private readonly slots: Uint32Array;
  /** Weights × scale, as stored (the best path does not depend on the scale). */
  private readonly weights: Int16Array;
  private readonly mask: number;
  /** Weights of the previous-tag-alone feature, [prev + 1][tag], read once at load. */
  private readonly prevBias: Float64Array;
  readonly lex: Lexicon;

  constructor(gz: Buffer) {
    const buf = zlib.gunzipSync(gz);
    if (buf.toString('latin1', 0, 4) !== 'EPT2') throw new Error('not an entity model (EPT2)');
    const headLen = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + headLen)) as ModelHeader;
    if (header.tags.join() !== TAGS.join()) throw new Error('model tags differ from the code');
    const n = header.features;
    let cap = 1;
    while (cap < n * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Uint32Array(cap * 2);
    this.weights = new Int16Array(n * NTAGS);
    let pos = 8 + headLen;
    const varint = () => {
      let v = 0;
      let mul = 1;
      for (;;) {
        const b = buf[pos++];
        v += (b & 0x7f) * mul;
        if (b < 0x80) return v;
        mul *= 128;
      }
    };
    let key = 0;
    for (let r = 0; r < n; r++) {
      key += varint();
      const m = buf[pos] | (buf[pos + 1] << 8);
      pos += 2;
      for (let t = 0; t < NTAGS; t++) {
        if (!(m & (1 << t))) continue;
        const z = varint();
        this.weights[r * NTAGS + t] = z & 1 ? -(z + 1) / 2 : z / 2;
      }
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = r * NTAGS;
    }
    this.lex = { lowerWords: new Set(header.lowerWords) };
    this.prevBias = new Float64Array((NTAGS + 1) * NTAGS);
    for (let p = -1; p < NTAGS; p++) {
      const at = this.find(transitionHash(0, p, 0, 0));
      if (at >= 0) for (let t = 0; t < NTAGS; t++) this.prevBias[(p + 1) * NTAGS + t] = this.weights[at + t];
    }
  }

  /** Offset of the weights of feature `h`, or -1. */
  private find(h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = slots[slot * 2];
      if (k === h) return slots[slot * 2 + 1];
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** The same algorithm as `viterbi`, specialised to this table (no callbacks, the previous-tag weights precomputed). */
  /**
   * Weights that depend only on the word form, summed once per form and document:
   * [0, NTAGS) its context-free features; then per previous tag (start first) the
   * transition features (previous tag alone, with the word, with the shape).
   */
  private formScores(info: WordInfo, cache: Map<WordInfo, Float64Array>): Float64Array {
    let v = cache.get(info);
    if (v) return v;
    const W = this.weights;
    v = new Float64Array(NTAGS * (NTAGS + 2));
    for (const h of info.self) {
      if (h === 0) continue;
      const at = this.find(h);
      if (at >= 0) for (let t = 0; t < NTAGS; t++) v[t] += W[at + t];
    }
    for (let p = -1; p < NTAGS; p++) {
      const base = (p + 2) * NTAGS;
      for (let t = 0; t < NTAGS; t++) v[base + t] = this.prevBias[(p + 1) * NTAGS + t];
      for (let k = 1; k < TRANSITION_SLOTS; k++) {
        const at = this.find(transitionHash(k, p, info.wordHash, info.shapeHash));
        if (at >= 0) for (let t = 0; t < NTAGS; t++) v[base + t] += W[at + t];
      }
    }
    cache.set(info, v);
    return v;
  }

  /** The same algorithm as `viterbi`, specialised to this table, with per-form weights cached. */
  private decode(s: PreparedSentence, cache: Map<WordInfo, Float64Array>): number[] {
    const n = s.n;
    if (n === 0) return [];
    const W = this.weights;
    const stat = new Float64Array(n * NTAGS);
    const forms: Float64Array[] = new Array(n);
    const feats = s.feats;
    for (let i = 0; i < n; i++) {
      const row = i * NTAGS;
      const form = (forms[i] = this.formScores(s.info[i], cache));
      for (let t = 0; t < NTAGS; t++) stat[row + t] = form[t];
      for (let k = i * CONTEXT_SLOTS, end = k + CONTEXT_SLOTS; k < end; k++) {
        const h = feats[k];
        if (h === 0) continue;
        const at = this.find(h);
        if (at < 0) continue;
        for (let t = 0; t < NTAGS; t++) stat[row + t] += W[at + t];
      }
    }
    const delta = new Float64Array(n * NTAGS);
    const back = new Int8Array(n * NTAGS);
    for (let i = 0; i < n; i++) {
      const row = i * NTAGS;
      const form = forms[i];
      for (let t = 0; t < NTAGS; t++) delta[row + t] = -Infinity;
      const firstP = i === 0 ? -1 : 0;
      const lastP = i === 0 ? -1 : NTAGS - 1;
      for (let p = firstP; p <= lastP; p++) {
        const prev = i === 0 ? 0 : delta[row - NTAGS + p];
        if (prev === -Infinity) continue;
        const base = (p + 2) * NTAGS;
        const allowed = ALLOWED[p + 1];
        for (let t = 0; t < NTAGS; t++) {
          if (!allowed[t]) continue;
          const v = prev + form[base + t] + stat[row + t];
          if (v > delta[row + t]) {
            delta[row + t] = v;
            back[row + t] = p;
          }
        }
      }
    }
    let best = 0;
    for (let t = 1; t < NTAGS; t++) if (delta[(n - 1) * NTAGS + t] > delta[(n - 1) * NTAGS + best]) best = t;
    const out = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) {
      out[i] = best;
      best = back[i * NTAGS + best];
    }
    return out;
  }

  /** BIO tags for each sentence (word lists) of one document. */
  tagDocument(sentences: string[][]): string[][] {
    const doc = documentContext(sentences);
    const cache = new Map<WordInfo, Float64Array>();
    return sentences.map((words) => this.decode(prepareSentence(words, this.lex, doc), cache).map((t) => TAGS[t]));
  }

  /** BIO tags for one sentence's words; `doc` gives what the rest of the document says about them. */
  tag(words: string[], doc: DocContext | null = null): string[] {
    return this.decode(prepareSentence(words, this.lex, doc), new Map()).map((t) => TAGS[t]);
  }
}

let loaded: EntityTagger | null | undefined;

/** The committed model, loaded on first use; null (with a warning once) when the weights are missing. */
export function defaultTagger(): EntityTagger | null {
  if (loaded !== undefined) return loaded;
  const root = packageRoot();
  const file = root ? path.join(root, 'models', MODEL_FILE) : '';
  try {
    loaded = new EntityTagger(fs.readFileSync(file));
  } catch (e) {
    process.emitWarning(`corpus-annotator: entity model not loaded from ${file || 'models/'}: ${(e as Error).message}; run npm run train`);
    loaded = null;
  }
  return loaded;
}
