import * as zlib from 'node:zlib';
import { committedModel } from '../../util/committedModel';
import {
  ALLOWED,
  NTAGS,
  TAGS,
  TRANSITION_SLOTS,
  CONTEXT_SLOTS,
  NEIGHBOUR_FEATURES,
  OTHER_SLOTS,
  BIAS_HASH,
  GAZ_NONE,
  cueFeatures,
  documentContext,
  markOutsideNames,
  gazAfterHash,
  gazBeforeHash,
  gazSelfHash,
  gazShapeHash,
  wordsInfo,
  neighbourBoundaryHash,
  neighbourHash,
  pairFeatures,
  sentenceValues,
  transitionFeatures,
  transitionHash,
  type DocContext,
  type Lexicon,
  type PreparedSentence,
  type ValueScratch,
  type WordInfo,
} from './features';

export const MODEL_FILE = 'entity-perceptron.bin.gz';

/** Adds the weight vector of feature `h` to `out[at..at+NTAGS)`. */
export type AddWeights = (h: number, out: Float64Array, at: number) => void;

const trans = new Uint32Array(TRANSITION_SLOTS);

/**
 * First-order Viterbi over the tags of one sentence: static features score each
 * token once; the transition features (previous tag alone, with the word, with the
 * shape) score each pair. I-X only follows B-X or I-X, and tokens outside every name
 * (markOutsideNames) are O. Returns tag indices.
 */
export function viterbi(s: PreparedSentence, add: AddWeights): number[] {
  const n = s.n;
  if (n === 0) return [];
  const outside = new Uint8Array(n);
  markOutsideNames(s.info, n, outside);
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
    delta[t] = ALLOWED[0][t] && (t === 0 || !outside[0]) ? stat[t] + tr[t] : -Infinity;
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
        if (!allowed[t] || (t !== 0 && outside[i])) continue;
        const v = prev + tr[t] + stat[row + t];
        if (v > delta[row + t]) {
          delta[row + t] = v;
          back[row + t] = p;
        }
      }
    }
  }
  return bestPath(delta, back, n);
}

/** The best path's tags, read back from the last token's best score through `back` (rows of NTAGS per token). */
function bestPath(delta: Float64Array, back: Int8Array, n: number): number[] {
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

/**
 * NEIGHBOUR_FEATURES that read the same neighbour (Wm1 and Sm1 both read the token
 * before) share one row of a form's sums: NEIGHBOUR_ROW[r] is feature r's row, one per
 * distinct offset, NEIGHBOUR_ROW_OFFSETS the offsets in row order.
 */
const NEIGHBOUR_ROW_OFFSETS = Int32Array.from(new Set(NEIGHBOUR_FEATURES.map((f) => f.offset)));
const NEIGHBOUR_ROW = Int32Array.from(NEIGHBOUR_FEATURES, (f) => NEIGHBOUR_ROW_OFFSETS.indexOf(f.offset));
const NEIGHBOUR_ROWS = NEIGHBOUR_ROW_OFFSETS.length;
/** Layout of EntityTagger.formAt's rows, in rows of NTAGS. */
const FORM_SELF = 0;
const FORM_GAZ_NONE = 1;
const FORM_TRANS = 2;
const FORM_NEIGHBOUR = FORM_TRANS + NTAGS + 1;
const FORM_SIZE = (FORM_NEIGHBOUR + NEIGHBOUR_ROWS) * NTAGS;
/** Forms the slab first has room for; it doubles as needed. */
const SLAB_FORMS = 1024;
/** Forms kept per tagger (about 600 bytes each); emptied when full. */
const FORM_CACHE_MAX = 1 << 15;
/** Epochs of form caches, unique across taggers (0 is none), so a form never reads another tagger's offset. */
let nextEpoch = 1;
/** A constant, not `-Infinity` in decode, which is a negation V8 may not yet have seen run (see decode). */
const MINUS_INFINITY = -Infinity;
/** ALLOWED as scores to add: [p + 1][t] is 0, or -Infinity where tag t may not follow tag p. */
const TRANSITION_MASK = Float64Array.from(ALLOWED.flat(), (ok) => (ok ? 0 : -Infinity));
/** The previous tags allowed before tag t, ascending: PREV_OF[PREV_START[t]..PREV_START[t + 1]). */
const PREV_START = new Int32Array(NTAGS + 1);
const PREV_OF = Int8Array.from(
  Array.from({ length: NTAGS }, (_, t) => {
    const ps = Array.from({ length: NTAGS }, (_, p) => p).filter((p) => ALLOWED[p + 1][t]);
    PREV_START[t + 1] = PREV_START[t] + ps.length;
    return ps;
  }).flat(),
);

/** The filter's bit for a hash: other bits of it than the table's slot uses. */
function filterBit(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - FILTER_LOG2);
}

/** Int16 units per slot of the table: the 32-bit hash, then NTAGS weights (padded to 8 bytes). */
const SLOT16 = Math.ceil((2 + NTAGS) / 4) * 4;
/** Bits of the filter of known hashes (128 KB, 7% false positives for 75,105 features): small enough to stay in a core's cache, where the 6 MB table does not; 32 KB to 512 KB measured the same. */
const FILTER_LOG2 = 20;
const FILTER_BITS = 1 << FILTER_LOG2;

/**
 * A trained model, ready to tag: an open-addressing table from feature hash to a row
 * of weights. Tagging is bound by memory reads (about ten table lookups per token,
 * a third of them for features the model never saw), so each slot holds its hash and
 * its weights together (one cache line per hit, not two), and a bit filter of the
 * known hashes answers most misses without touching the table.
 */
export class EntityTagger {
  /** Slot s: hash at 32-bit index s * SLOT16 / 2 (0 marks an empty slot), weights at 16-bit index s * SLOT16 + 2. */
  private readonly slots: Uint32Array;
  /** The same memory as Int16: weights × scale, as stored (the best path does not depend on the scale). */
  private readonly weights: Int16Array;
  private readonly filter: Int32Array;
  private readonly mask: number;
  /**
   * A hash's home slot is its top bits (`h >>> shift`). The file lists features in
   * ascending hash order, so loading fills the 6 MB table front to back instead of at
   * random: 25 ms → 17 ms warm, 38–40 ms → 24 ms in a fresh process (2 cores). Feature
   * hashes are mixed well enough that probes stay as short (1.20 per hit on average).
   */
  private readonly shift: number;
  /** Weights of the previous-tag-alone feature, [prev + 1][tag], read once at load. */
  private readonly prevBias: Float64Array;
  /** Neighbour feature weights past the sentence's ends, one row per neighbour row (NEIGHBOUR_ROW). */
  private readonly boundary: Int32Array;
  /** Weights of the features reading GAZ_NONE from the token before, and from the token after. */
  private readonly gazBeforeNone: Int32Array;
  private readonly gazAfterNone: Int32Array;
  /*
   * The arrays below start empty and are replaced as they grow, beginning with the
   * first sentence tagged. V8 treats a field written only once as a constant in the
   * code it optimises, and throws that code away when the field is first written
   * again: a slab that first outgrew its initial size after a few articles, or a
   * sentence of 253 tokens deep into a corpus, cost `decode` a recompile each.
   */
  /** Forms with rows in `slab` now; a form's offset is on its WordInfo, tagged with `epoch`. */
  private forms = 0;
  private epoch = nextEpoch++;
  private slab = new Int32Array(0);
  private stat = new Float64Array(0);
  private delta = new Float64Array(0);
  private back = new Int8Array(0);
  private formOf = new Int32Array(0);
  private readonly values: ValueScratch = { hw: new Uint32Array(0), hs: new Uint32Array(0), hg: new Uint32Array(0) };
  /** 1 where a token is tagged O without scoring it (see `decode`). */
  private outside = new Uint8Array(0);
  /** Scratch for one token's other context features. */
  private readonly other = new Uint32Array(OTHER_SLOTS);
  readonly lex: Lexicon;

  constructor(gz: Buffer) {
    const buf = zlib.gunzipSync(gz);
    if (buf.toString('latin1', 0, 4) !== 'EPT2') throw new Error('not an entity model (EPT2)');
    const headLen = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + headLen)) as ModelHeader;
    if (header.tags.join() !== TAGS.join()) throw new Error('model tags differ from the code');
    const n = header.features;
    let cap = 2;
    while (cap < n * 2) cap <<= 1;
    this.mask = cap - 1;
    this.shift = Math.clz32(cap) + 1;
    const table = new ArrayBuffer(cap * SLOT16 * 2);
    this.slots = new Uint32Array(table);
    this.weights = new Int16Array(table);
    this.filter = new Int32Array(FILTER_BITS / 32);
    this.load(buf, 8 + headLen, n);
    this.lex = { lowerWords: new Set(header.lowerWords) };
    this.prevBias = new Float64Array((NTAGS + 1) * NTAGS);
    for (let p = -1; p < NTAGS; p++) {
      const at = this.find(transitionHash(0, p, 0, 0));
      if (at >= 0) for (let t = 0; t < NTAGS; t++) this.prevBias[(p + 1) * NTAGS + t] = this.weights[at + t];
    }
    this.boundary = new Int32Array(NEIGHBOUR_ROWS * NTAGS);
    for (let r = 0; r < NEIGHBOUR_FEATURES.length; r++) this.addTo(neighbourBoundaryHash(r), this.boundary, NEIGHBOUR_ROW[r] * NTAGS);
    this.gazBeforeNone = new Int32Array(NTAGS);
    this.addTo(gazBeforeHash(GAZ_NONE), this.gazBeforeNone, 0);
    this.gazAfterNone = new Int32Array(NTAGS);
    this.addTo(gazAfterHash(GAZ_NONE), this.gazAfterNone, 0);
  }

  /**
   * Reads the features into the table. It runs once per process, mostly before V8
   * has optimised it, so it does the least per feature: varints read inline (a
   * weight, zigzagged, fits 17 bits, so 32-bit shifts read it; a hash delta may not)
   * and weights written straight into their slot, which starts zeroed.
   */
  private load(buf: Buffer, pos: number, n: number): void {
    const { slots, weights, filter, mask, shift } = this;
    let key = 0;
    for (let r = 0; r < n; r++) {
      // A multiplier, not 2 ** bits: that is a call to Math.pow in the interpreter, where
      // this loop mostly runs (40 M of the run's instructions under callgrind).
      let delta = 0;
      for (let scale = 1; ; scale *= 128) {
        const b = buf[pos++];
        delta += (b & 0x7f) * scale;
        if (b < 0x80) break;
      }
      key += delta;
      let slot = key >>> shift;
      while (slots[(slot * SLOT16) >> 1] !== 0) slot = (slot + 1) & mask;
      slots[(slot * SLOT16) >> 1] = key;
      const m = buf[pos] | (buf[pos + 1] << 8);
      pos += 2;
      const at = slot * SLOT16 + 2;
      for (let t = 0; t < NTAGS; t++) {
        if (!(m & (1 << t))) continue;
        let z = 0;
        for (let bits = 0; ; bits += 7) {
          const b = buf[pos++];
          z |= (b & 0x7f) << bits;
          if (b < 0x80) break;
        }
        weights[at + t] = z & 1 ? -(z + 1) / 2 : z / 2;
      }
      const bit = filterBit(key);
      filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  /** Offset of the weights of feature `h` in `weights`, or -1. */
  private find(h: number): number {
    const bit = filterBit(h);
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    let slot = h >>> this.shift;
    for (;;) {
      const k = slots[(slot * SLOT16) >> 1];
      if (k === h) return slot * SLOT16 + 2;
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds the weights of feature `h` (an `AddWeights` over this table: `viterbi` with it tags as `tagDocument` does). */
  readonly add: AddWeights = (h, out, at) => this.addTo(h, out, at);

  /** Adds the weights of feature `h` into `out[at..at+NTAGS)`. */
  private addTo(h: number, out: Float64Array | Int32Array, at: number): void {
    const w = this.find(h);
    if (w < 0) return;
    const W = this.weights;
    for (let t = 0; t < NTAGS; t++) out[at + t] += W[w + t];
  }

  /**
   * Summed weights of everything that depends on one word form only, computed once
   * per form for as long as the tagger lives (forms recur across documents; nothing
   * here reads the document). Returns the form's offset in `slab`, where it has rows
   * of NTAGS: FORM_SELF, its context-free features and the bias; FORM_GAZ_NONE, its
   * gazetteer features when the gazetteer says nothing of it; FORM_TRANS + p + 1, the
   * transition features after previous tag p (start = -1); FORM_NEIGHBOUR + row, the
   * neighbour features of that row as read by the token it neighbours. Weights are
   * integers, so the sums are exact and the order of adding is free.
   */
  private formAt(info: WordInfo): number {
    if (info.formEpoch === this.epoch) return info.formAt;
    const at = this.forms * FORM_SIZE;
    if (at + FORM_SIZE > this.slab.length) {
      const grown = new Int32Array(Math.max(this.slab.length * 2, SLAB_FORMS * FORM_SIZE));
      grown.set(this.slab);
      this.slab = grown;
    }
    const v = this.slab;
    v.fill(0, at, at + FORM_SIZE);
    for (const h of info.self) if (h !== 0) this.addTo(h, v, at + FORM_SELF * NTAGS);
    this.addTo(BIAS_HASH, v, at + FORM_SELF * NTAGS);
    this.addTo(gazSelfHash(GAZ_NONE), v, at + FORM_GAZ_NONE * NTAGS);
    this.addTo(gazShapeHash(GAZ_NONE, info.shapeHash), v, at + FORM_GAZ_NONE * NTAGS);
    for (let p = -1; p < NTAGS; p++) {
      const row = at + (FORM_TRANS + p + 1) * NTAGS;
      for (let t = 0; t < NTAGS; t++) v[row + t] = this.prevBias[(p + 1) * NTAGS + t];
      for (let k = 1; k < TRANSITION_SLOTS; k++) this.addTo(transitionHash(k, p, info.wordHash, info.shapeHash), v, row);
    }
    for (let r = 0; r < NEIGHBOUR_FEATURES.length; r++) this.addTo(neighbourHash(r, info.wordHash, info.shapeHash), v, at + (FORM_NEIGHBOUR + NEIGHBOUR_ROW[r]) * NTAGS);
    this.forms++;
    info.formAt = at;
    info.formEpoch = this.epoch;
    return at;
  }

  /** Scratch arrays for a sentence of n tokens, grown as needed (tagging allocates nothing per sentence). */
  private scratch(n: number): void {
    if (this.stat.length >= n * NTAGS) return;
    const size = Math.max(n, 2 * this.stat.length / NTAGS) * NTAGS;
    this.stat = new Float64Array(size);
    this.delta = new Float64Array(size);
    this.back = new Int8Array(size);
    this.formOf = new Int32Array(size / NTAGS);
    this.outside = new Uint8Array(size / NTAGS);
  }

  /**
   * Viterbi as `viterbi` does it, specialised to this table: per token, the form's
   * cached rows (its own features, its transitions, and what its neighbours' forms
   * add) plus a lookup for each of the other context features.
   */
  private decode(rawWords: string[], doc: DocContext | null, rawInfo?: readonly WordInfo[]): number[] {
    const v = sentenceValues(rawWords, rawInfo, this.values);
    const n = v.n;
    if (n === 0) return [];
    const nt = NTAGS;
    this.scratch(n);
    // Emptied between sentences only: offsets taken for this sentence must stay valid.
    if (this.forms + n > FORM_CACHE_MAX) {
      this.forms = 0;
      this.epoch = nextEpoch++;
    }
    const formOf = this.formOf;
    // Every form first: formAt may grow (replace) the slab.
    for (let i = 0; i < n; i++) formOf[i] = this.formAt(v.info[i]);
    const { weights: W, slab, boundary, stat, delta, back, other, gazBeforeNone, gazAfterNone, outside } = this;
    const { hg, hs } = v;
    // Tokens outside every name are tagged O unscored: their own scores would add the
    // same to every path through O there.
    markOutsideNames(v.info, n, outside);
    for (let i = 0; i < n; i++) {
      const at = i * nt;
      if (outside[i]) {
        stat[at] = 0;
        continue;
      }
      const own = formOf[i] + FORM_SELF * nt;
      for (let t = 0; t < nt; t++) stat[at + t] = slab[own + t];
      for (let r = 0; r < NEIGHBOUR_ROWS; r++) {
        const j = i + NEIGHBOUR_ROW_OFFSETS[r];
        if (j < 0 || j >= n) {
          for (let t = 0; t < nt; t++) stat[at + t] += boundary[r * nt + t];
        } else {
          const from = formOf[j] + (FORM_NEIGHBOUR + r) * nt;
          for (let t = 0; t < nt; t++) stat[at + t] += slab[from + t];
        }
      }
      // The features otherFeatures gives, without hashing those that read GAZ_NONE.
      let end = 0;
      if (hg[i + 1] === GAZ_NONE) {
        const gaz = formOf[i] + FORM_GAZ_NONE * nt;
        for (let t = 0; t < nt; t++) stat[at + t] += slab[gaz + t];
      } else {
        other[end++] = gazSelfHash(hg[i + 1]);
        other[end++] = gazShapeHash(hg[i + 1], hs[i + 2]);
      }
      if (hg[i] === GAZ_NONE) for (let t = 0; t < nt; t++) stat[at + t] += gazBeforeNone[t];
      else other[end++] = gazBeforeHash(hg[i]);
      if (hg[i + 2] === GAZ_NONE) for (let t = 0; t < nt; t++) stat[at + t] += gazAfterNone[t];
      else other[end++] = gazAfterHash(hg[i + 2]);
      end = pairFeatures(v, i, other, end);
      end = cueFeatures(v, i, rawWords, this.lex, doc, other, end);
      for (let k = 0; k < end; k++) {
        const w = this.find(other[k]);
        if (w < 0) continue;
        for (let t = 0; t < nt; t++) stat[at + t] += W[w + t];
      }
    }
    // Token 0 follows the start; later tokens every previous tag. TRANSITION_MASK is
    // -Infinity where a tag may not follow (I-X only after B-X or I-X).
    const start = formOf[0] + FORM_TRANS * nt;
    for (let t = 0; t < nt; t++) {
      // `t > 0` first, and MINUS_INFINITY: V8 optimises decode before it has seen a
      // sentence that begins outside every name, and threw the optimised code away the
      // first time `t > 0` or the negation in `-Infinity` then ran.
      delta[t] = t > 0 && outside[0] ? MINUS_INFINITY : slab[start + t] + stat[t] + TRANSITION_MASK[t];
      back[t] = -1;
    }
    // Only the allowed previous tags of each tag, in ascending order, so that ties go
    // to the lowest previous tag as in `viterbi`: 53 of the 81 pairs.
    for (let i = 1; i < n; i++) {
      const row = i * nt;
      const trans = formOf[i] + (FORM_TRANS + 1) * nt;
      const prevRow = row - nt;
      // A token outside every name is O (tag 0) only.
      const tags = outside[i] ? 1 : nt;
      for (let t = tags; t < nt; t++) {
        delta[row + t] = MINUS_INFINITY;
        back[row + t] = -1;
      }
      for (let t = 0; t < tags; t++) {
        let best = MINUS_INFINITY;
        let from = -1;
        const own = stat[row + t];
        if (PREV_START[t + 1] - PREV_START[t] === nt) {
          // Any previous tag: no list to read.
          for (let p = 0, at = trans + t; p < nt; p++, at += nt) {
            const s = delta[prevRow + p] + slab[at] + own;
            if (s > best) {
              best = s;
              from = p;
            }
          }
        } else {
          for (let k = PREV_START[t]; k < PREV_START[t + 1]; k++) {
            const p = PREV_OF[k];
            const s = delta[prevRow + p] + slab[trans + p * nt + t] + own;
            if (s > best) {
              best = s;
              from = p;
            }
          }
        }
        delta[row + t] = best;
        back[row + t] = from;
      }
    }
    return bestPath(delta, back, n);
  }

  /** BIO tags for each sentence (word lists) of one document. */
  tagDocument(sentences: string[][]): string[][] {
    const info = wordsInfo(sentences);
    const doc = documentContext(sentences, info);
    const out: string[][] = [];
    for (let s = 0; s < sentences.length; s++) out.push(tagNames(this.decode(sentences[s], doc, info[s])));
    return out;
  }

  /** BIO tags for one sentence's words; `doc` gives what the rest of the document says about them. */
  tag(words: string[], doc: DocContext | null = null): string[] {
    return tagNames(this.decode(words, doc));
  }
}

/** The tag names of tag indices (built with push, as wordsInfo says why). */
function tagNames(tags: readonly number[]): string[] {
  const out: string[] = [];
  for (const t of tags) out.push(TAGS[t]);
  return out;
}

const tagger = committedModel<EntityTagger | null>(MODEL_FILE, 'entity model', (bytes) => new EntityTagger(bytes), () => null);

/** The committed model, loaded on first use; null (with a warning once) when the weights are missing. */
export const defaultTagger = (): EntityTagger | null => tagger.get();
