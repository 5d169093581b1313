/**
 * Features of tokens for the entity tagger. Training and tagging share this file, so
 * the model always sees the same features. A feature is a 32-bit hash of a template
 * id and one or two per-token values (the lower-cased word, its shape, an affix, a
 * gazetteer category…); the per-token value hashes are computed once per sentence,
 * so tagging builds no feature strings at all.
 */
import { gazetteerTags, gazLookup, type GazWord } from './gazetteer';
import { fnv1a } from '../../util/fnv1a';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;

/** May tag `t` follow tag `p` (index; -1 = sentence start)? I-X only after B-X or I-X. */
export const ALLOWED: boolean[][] = [-1, ...TAGS.map((_, i) => i)].map((p) =>
  TAGS.map((t) => !t.startsWith('I-') || (p >= 0 && TAGS[p] !== 'O' && TAGS[p].slice(2) === t.slice(2))),
);

/** Combines a template id and values into one feature hash (never 0: 0 marks an empty slot). */
export function mix(a: number, b: number, c = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2d);
  h ^= h >>> 15;
  return h >>> 0 || 1;
}

/** Xxxx, XX, dd, x.x. … with runs collapsed: what capitalisation and digits look like. */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = w[i];
    else {
      const ch = w[i];
      c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'x' : ch;
    }
    if (c !== last || (c !== 'X' && c !== 'x' && c !== 'd')) out += c;
    last = c;
  }
  return out;
}

function isUpperStart(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = w[0];
  return ch !== ch.toLowerCase();
}

/** Two or more characters, at least one letter, no lower-case letter. */
function isAllCaps(w: string): boolean {
  if (w.length < 2) return false;
  let letter = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
    else if (c >= 128) return w === w.toUpperCase() && w !== w.toLowerCase();
  }
  return letter;
}

/** Has no letter at all (punctuation, digits). */
function noLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
    if (c >= 128 && w[i].toLowerCase() !== w[i].toUpperCase()) return false;
  }
  return true;
}

/** Lower-case words that start or join surnames (`goalkeeper van der Sar`, `al-`): never plain. */
const NAME_PARTICLES = new Set(['al', 'bin', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von', 'zu']);

/** Lower-case ASCII letters only (`troops`), or ASCII punctuation only (`,` `.` `--`); not a name particle. */
function isPlain(w: string): boolean {
  if (w.length === 0 || NAME_PARTICLES.has(w)) return false;
  const lower = w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const isLower = c >= 97 && c <= 122;
    if (lower ? !isLower : isLower || c >= 128 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * Marks the tokens outside every name (1): plain words with no capital on either
 * side. The tagger tags them O without scoring them, which is Viterbi constrained to O
 * there; on text it was not trained on this changed no tag (CoNLL `eng.testa`, the
 * bench corpus), and most of a news text is such words.
 */
export function markOutsideNames(info: readonly WordInfo[], n: number, out: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    out[i] = info[i].plain && (i === 0 || !info[i - 1].upperStart) && (i === n - 1 || !info[i + 1].upperStart) ? 1 : 0;
  }
}

/** Headline capitals (`VLADIMIR Putin`, `RUSSIA and the Ukraine`) look like names to the model once title-cased. */
export function normaliseCase(words: string[], info: readonly WordInfo[] = words.map((w) => wordInfo(w))): string[] {
  let letters = 0;
  let upper = 0;
  let shouted = false;
  for (let i = 0; i < words.length; i++) {
    const x = info[i];
    if (!x.letters) continue;
    letters++;
    if (x.allCaps) {
      upper++;
      if (words[i].length >= 4) shouted = true;
    }
  }
  // Only words of four capitals or more change; most sentences have none.
  if (!shouted) return words;
  const mostlyUpper = letters > 3 && upper / letters > 0.6;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const titleCase =
      w.length >= 4 &&
      info[i].allCaps &&
      // An all-caps word at a sentence start before a word in lower or title case, or in an all-caps line.
      (mostlyUpper || (i === 0 && i + 1 < words.length && (!isAllCaps(words[i + 1]) || words[i + 1] === words[i + 1].toLowerCase())));
    out.push(titleCase ? w[0] + w.slice(1).toLowerCase() : w);
  }
  return out;
}

/** What the training text says about words: a capital on a mostly lower-case word is sentence-start noise. */
export interface Lexicon {
  lowerWords: Set<string>;
}

/**
 * What the rest of the document says about a word, in the spirit of the non-local
 * features of Ratinov & Roth (2009): seen in lower case elsewhere (so a capital here is
 * probably sentence-start noise), or seen capitalised in the middle of a sentence (so
 * it is a name even at a sentence start or in a headline in capitals).
 */
export interface DocContext {
  lowerSeen: Set<string>;
  capMidSeen: Set<string>;
  /**
   * Capitalised words seen somewhere in the document right before a word that ends
   * organisation names (`Pirelli SpA`, `Chelsea FC`), with the capitalised words before
   * them: the name is an organisation's where it stands alone too (`Pirelli said`).
   */
  orgSeen: Set<string>;
  /** Capitalised words seen right after a title or a given name (`Mr Snyder`, `Governor Snyder`, `Margaret Quarmby`). */
  personSeen: Set<string>;
  /**
   * Two or more lines of results (`Chicago 11 TORONTO 2`, `Saracens 25 Leicester 23`): in
   * such a document a place's name is mostly a team's.
   */
  scores: boolean;
  /**
   * Capitalised words seen in a line of results or a row of a table right before a
   * score (`Sale 31 Wasps 33`, `TORONTO 63 71 .470`): a team's name, in this document,
   * wherever else it stands (`Wasps` in prose, `Toronto` at a sentence start).
   */
  teamSeen: Set<string>;
}

/** A word form: the hashes of its context-free features (word, shape, affixes, length, capitals) and what the gazetteer says of it. */
export interface WordInfo extends GazWord {
  wordHash: number;
  shapeHash: number;
  upperStart: boolean;
  allCaps: boolean;
  /** Has at least one letter. */
  letters: boolean;
  /** Lower-case ASCII letters only, or punctuation only: a word that is no name by itself (see EntityTagger.decode). */
  plain: boolean;
  self: Uint32Array;
  /**
   * Where a tagger keeps this form's summed weights: the offset in its slab, valid
   * while `formEpoch` is that tagger's epoch. Kept here rather than in a map keyed by
   * the form because a property read is a fraction of a hash lookup, once per token.
   */
  formAt: number;
  formEpoch: number;
}

/** `info`, when given, holds wordInfo of every word (as `wordsInfo` gives it). */
export function documentContext(sentences: string[][], info: readonly (readonly WordInfo[])[] = wordsInfo(sentences)): DocContext {
  const lowerSeen = new Set<string>();
  const capMidSeen = new Set<string>();
  const orgSeen = new Set<string>();
  const personSeen = new Set<string>();
  const teamSeen = new Set<string>();
  let scoreLines = 0;
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s];
    const xs = info[s];
    let upper = 0;
    for (const x of xs) if (x.allCaps) upper++;
    const headline = upper > words.length / 2;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const x = xs[i];
      if (!x.letters) continue;
      const l = x.lower;
      if (w === l) lowerSeen.add(l);
      else if (i > 0 && !headline && !x.allCaps && !OPENERS.has(words[i - 1])) capMidSeen.add(l);
    }
    nameEvidence(xs, orgSeen, personSeen);
    if (isScoreLine(xs)) scoreLines++;
    // Rows only: a line of prose with two names before numbers (`Boeing 737 jets and Airbus 320 jets`) names no team.
    if (isTableRow(xs)) {
      for (let i = 0; i < xs.length; i++) if (xs[i].letters && nameBeforeScore(xs, i)) teamSeen.add(xs[i].lower);
    }
  }
  return { lowerSeen, capMidSeen, orgSeen, personSeen, scores: scoreLines >= 2, teamSeen };
}

/** Adds the names a sentence shows to be organisations' or people's by the words beside them (DocContext.orgSeen, personSeen). */
function nameEvidence(xs: readonly WordInfo[], orgSeen: Set<string>, personSeen: Set<string>): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    if (!x.upperStart) continue;
    if (x.gazWord === 'orgword') {
      for (let j = i - 1; j >= 0 && xs[j].upperStart && xs[j].gazWord !== 'orgword' && xs[j].gazWord !== 'title'; j--) orgSeen.add(xs[j].lower);
    } else if (!x.gazWord) {
      const before = xs[i - 1];
      if (before.gazWord === 'title' || (before.upperStart && before.gazWord === 'given')) personSeen.add(x.lower);
    }
  }
}

/** A number token: digits, with `.`, `,`, `-` or `/` between them. */
function isNumberToken(x: WordInfo): boolean {
  return !x.letters && /^\d/.test(x.lower);
}

/** A date or a year (`1996-08-30`, `30/08/96`, `1996`): after a name, a dateline's or an event's, not a score. */
const DATE_LIKE = /^(?:\d{4}-\d\d?-\d\d?|\d\d?\/\d\d?(?:\/\d{2,4})?|(?:19|20)\d\d)$/;

/** A number that may be a score or a count in a table: digits, not a date or a year. */
function isScoreToken(x: WordInfo): boolean {
  return isNumberToken(x) && !DATE_LIKE.test(x.lower);
}

/**
 * Whether token i is in a run of capitalised words (with `&`, `.` and `-` between
 * them) that a score-like number follows (`Kansas City 1`, `ST LOUIS 69 65`).
 */
export function nameBeforeScore(xs: readonly WordInfo[], i: number): boolean {
  if (!xs[i].upperStart) return false;
  let j = i + 1;
  while (j < xs.length && (xs[j].upperStart || xs[j].lower === '&' || xs[j].lower === '.' || xs[j].lower === '-')) j++;
  return j < xs.length && isScoreToken(xs[j]);
}

/**
 * A row of a table of results or standings (`TORONTO 63 71 .470 11 1/2`): it opens
 * with a capitalised word, holds two or more numbers, and no word in lower case.
 */
export function isTableRow(xs: readonly WordInfo[]): boolean {
  if (xs.length < 3 || !xs[0].upperStart) return false;
  let numbers = 0;
  for (const x of xs) {
    if (x.letters && !x.upperStart) return false;
    if (isScoreToken(x)) numbers++;
  }
  return numbers >= 2;
}

/** `Chicago 11 TORONTO 2`: a capitalised word before a number, twice in a sentence. */
function isScoreLine(xs: readonly WordInfo[]): boolean {
  let seen = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    if (xs[i].upperStart && isNumberToken(xs[i + 1]) && ++seen === 2) return true;
  }
  return false;
}

/** Tokens after which a capital says nothing (a quotation or a clause starts). */
const OPENERS = new Set(['"', "'", '“', '‘', '(', '-', '–', '—', ':', '•', '*']);

/** Template ids (salts for the hash). */
const enum T {
  Bias = 1, Word, Shape, P1, P2, P3, X2, X3, X4, Wm1, Wp1, Wm2, Wp2, Sm1, Sp1, Sm1S, SSp1, Wm1W, WWp1, First, CapLower,
  AllCaps, Hyphen, NextPoss, Gaz, GazM1, GazP1, DocLower, DocCapMid, Wm1S, SWp1, GazS, Len, Wm2Wm1,
  DocOrg, DocPer, ScoresGaz, ScoresCap, RowName, DocTeam,
  // Transition templates (depend on the previous tag).
  Prev = 100, PrevW, PrevS,
}

/** Context-free features per word form (WordInfo.self). */
export const SELF_SLOTS = 11;

/**
 * Context features that read one neighbour's word or shape hash (`offset` from the
 * token). Each is a function of that neighbour's word form alone, so the tagger sums
 * their weights once per form instead of once per token.
 */
export const NEIGHBOUR_FEATURES: readonly { template: number; offset: number; shape: boolean }[] = [
  { template: T.Wm1, offset: -1, shape: false },
  { template: T.Wp1, offset: 1, shape: false },
  { template: T.Wm2, offset: -2, shape: false },
  { template: T.Wp2, offset: 2, shape: false },
  { template: T.Sm1, offset: -1, shape: true },
  { template: T.Sp1, offset: 1, shape: true },
];
/** The other context features (pairs of values, gazetteer, sentence and document cues): at most this many per token. */
export const OTHER_SLOTS = 22;
/** Features that depend on the neighbours, the sentence or the document, per token (0 = absent). */
export const CONTEXT_SLOTS = NEIGHBOUR_FEATURES.length + OTHER_SLOTS;

/** A sentence ready for the tagger. */
export interface PreparedSentence {
  n: number;
  info: WordInfo[];
  /** CONTEXT_SLOTS hashes per token. */
  feats: Uint32Array;
  wordHash: Uint32Array;
  shapeHash: Uint32Array;
}

/** What a sentence's features read per token, padded so that positions past either end read the boundary values. */
export interface SentenceValues {
  n: number;
  info: WordInfo[];
  /** Word hashes; token k at k + 2, START twice before, END twice after. */
  hw: Uint32Array;
  /** Shape hashes, laid out as `hw`. */
  hs: Uint32Array;
  /** Gazetteer values; token k at k + 1, START before, START after (as trained). */
  hg: Uint32Array;
}

const GAZ_NEEDS_CAPITAL = new Set(['country', 'city', 'region', 'media', 'given', 'demonym', 'org', 'company', 'surname']);
const NEEDS_CAPITAL = new Map<string, boolean>();
/** Whether a gazetteer value (`city`, `city+given`) counts only on a capitalised word: a place or a name, not a title or `ministry`. */
function needsCapital(cat: string): boolean {
  let v = NEEDS_CAPITAL.get(cat);
  if (v === undefined) NEEDS_CAPITAL.set(cat, (v = cat.split('+').some((c) => GAZ_NEEDS_CAPITAL.has(c))));
  return v;
}
const START = fnv1a('<s>');
const END = fnv1a('</s>');
const EMPTY = fnv1a('');
export const BIAS_HASH = mix(T.Bias, 0);
const GAZ_HASHES = new Map<string, number>();
function gazHash(key: string): number {
  let h = GAZ_HASHES.get(key);
  if (h === undefined) GAZ_HASHES.set(key, (h = fnv1a(key)));
  return h;
}

/** Hash of neighbour feature `r` read from a neighbour with these word and shape hashes. */
export function neighbourHash(r: number, wordHash: number, shapeHash: number): number {
  const f = NEIGHBOUR_FEATURES[r];
  return mix(f.template, f.shape ? shapeHash : wordHash);
}

/** Hash of neighbour feature `r` when the neighbour is past the start (offset < 0) or the end of the sentence. */
export function neighbourBoundaryHash(r: number): number {
  const edge = NEIGHBOUR_FEATURES[r].offset < 0 ? START : END;
  return neighbourHash(r, edge, edge);
}

/**
 * Word forms seen so far, across documents: everything in a WordInfo depends on the
 * form alone, and a corpus repeats its vocabulary. Bounded (emptied when full) so a
 * long-lived process does not grow without end.
 */
const WORD_INFO = new Map<string, WordInfo>();
const WORD_INFO_MAX = 1 << 16;
/** Forgets the cached word forms (after the gazetteer they read changed: useLearnedGazetteer). */
export function forgetWordForms(): void {
  WORD_INFO.clear();
}
export function wordInfo(w: string): WordInfo {
  let info = WORD_INFO.get(w);
  if (info) return info;
  const lw = w.toLowerCase();
  const sh = shape(w);
  const wordHash = fnv1a(lw);
  const shapeHash = fnv1a(sh);
  const allCaps = isAllCaps(w);
  const self = new Uint32Array(SELF_SLOTS);
  let k = 0;
  self[k++] = mix(T.Word, wordHash);
  self[k++] = mix(T.Shape, shapeHash);
  self[k++] = mix(T.P1, fnv1a(lw.slice(0, 1)));
  self[k++] = mix(T.P2, fnv1a(lw.slice(0, 2)));
  self[k++] = mix(T.P3, fnv1a(lw.slice(0, 3)));
  self[k++] = mix(T.X2, fnv1a(lw.slice(-2)));
  self[k++] = mix(T.X3, fnv1a(lw.slice(-3)));
  self[k++] = mix(T.X4, fnv1a(lw.slice(-4)));
  self[k++] = mix(T.Len, Math.min(w.length, 8));
  if (allCaps) self[k++] = mix(T.AllCaps, Math.min(w.length, 6));
  if (w.includes('-')) self[k++] = mix(T.Hyphen, 0);
  const { gazWord, gazAll, gazMulti } = gazLookup(lw);
  info = {
    lower: lw,
    wordHash,
    shapeHash,
    upperStart: isUpperStart(w),
    allCaps,
    letters: !noLetters(w),
    plain: isPlain(w),
    self,
    formAt: 0,
    formEpoch: 0,
    gazWord,
    gazAll,
    gazMulti,
  };
  if (WORD_INFO.size >= WORD_INFO_MAX) WORD_INFO.clear();
  WORD_INFO.set(w, info);
  return info;
}

/**
 * wordInfo of every word of every sentence. Arrays on the tagging path are built with
 * push, never map: V8's optimised map makes holey arrays where the unoptimised one
 * makes packed ones, and every function that reads both kinds is thrown away and
 * compiled again (a cold pass over the 1.2 MiB bench corpus deoptimised 49 times).
 */
export function wordsInfo(sentences: readonly (readonly string[])[]): WordInfo[][] {
  const out: WordInfo[][] = [];
  for (const words of sentences) {
    const info: WordInfo[] = [];
    for (const w of words) info.push(wordInfo(w));
    out.push(info);
  }
  return out;
}

/** Arrays SentenceValues may be written into, grown by sentenceValues as needed. */
export interface ValueScratch {
  hw: Uint32Array;
  hs: Uint32Array;
  hg: Uint32Array;
}

/**
 * `rawInfo`, when given, is wordInfo of each raw word. With `scratch`, the values are
 * written into its arrays (valid until the next call): a typed array costs more to
 * allocate than a short sentence takes to tag.
 */
export function sentenceValues(rawWords: string[], rawInfo: readonly WordInfo[] = rawWords.map((w) => wordInfo(w)), scratch?: ValueScratch): SentenceValues {
  const n = rawWords.length;
  const words = normaliseCase(rawWords, rawInfo);
  let info = rawInfo as WordInfo[];
  if (words !== rawWords) {
    info = [];
    for (let i = 0; i < n; i++) info.push(words[i] === rawWords[i] ? rawInfo[i] : wordInfo(words[i]));
  }
  const gaz = gazetteerTags(info);
  const gazPos = gaz.pos;
  const gazCat = gaz.cat;
  if (scratch && scratch.hw.length < n + 4) {
    const size = Math.max(n + 4, 2 * scratch.hw.length);
    scratch.hw = new Uint32Array(size);
    scratch.hs = new Uint32Array(size);
    scratch.hg = new Uint32Array(size);
  }
  const hw = scratch ? scratch.hw : new Uint32Array(n + 4);
  const hs = scratch ? scratch.hs : new Uint32Array(n + 4);
  const hg = scratch ? scratch.hg : new Uint32Array(n + 2);
  hw[0] = hw[1] = hs[0] = hs[1] = START;
  hw[n + 2] = hw[n + 3] = hs[n + 2] = hs[n + 3] = END;
  hg[0] = hg[n + 1] = START;
  for (let i = 0; i < n; i++) {
    hw[i + 2] = info[i].wordHash;
    hs[i + 2] = info[i].shapeHash;
    const cat = gazCat[i];
    hg[i + 1] = cat && (info[i].upperStart || !needsCapital(cat)) ? gazHash(cat + gazPos[i]) : EMPTY;
  }
  return { n, info, hw, hs, hg };
}

/** Writes the context features of token i other than NEIGHBOUR_FEATURES into `f` from `k`; returns where they end. */
export function otherFeatures(v: SentenceValues, i: number, rawWords: string[], lex: Lexicon, doc: DocContext | null, f: Uint32Array, k: number): number {
  const { hg, hs } = v;
  // In the order training has always summed them (floating-point sums depend on it).
  f[k++] = BIAS_HASH;
  k = pairFeatures(v, i, f, k);
  f[k++] = gazSelfHash(hg[i + 1]);
  f[k++] = gazBeforeHash(hg[i]);
  f[k++] = gazAfterHash(hg[i + 2]);
  f[k++] = gazShapeHash(hg[i + 1], hs[i + 2]);
  return cueFeatures(v, i, rawWords, lex, doc, f, k);
}

/*
 * The bias and the gazetteer features are hashed apart from the others because the
 * tagger sums them without hashing them per token: the bias once per word form, the
 * gazetteer features once where the value they read is GAZ_NONE (most tokens).
 */

/** The gazetteer value (SentenceValues.hg) of a token the gazetteer says nothing of. */
export const GAZ_NONE = EMPTY;
/** The token's own gazetteer value. */
export function gazSelfHash(g: number): number {
  return mix(T.Gaz, g);
}
/** The token's own gazetteer value with its shape. */
export function gazShapeHash(g: number, shapeHash: number): number {
  return mix(T.GazS, g, shapeHash);
}
/** The gazetteer value of the token before. */
export function gazBeforeHash(g: number): number {
  return mix(T.GazM1, g);
}
/** The gazetteer value of the token after. */
export function gazAfterHash(g: number): number {
  return mix(T.GazP1, g);
}

/** Pairs of neighbouring values (word and shape bigrams), written into `f` from `k`; returns where they end. */
export function pairFeatures(v: SentenceValues, i: number, f: Uint32Array, k: number): number {
  const { hw, hs } = v;
  const W = hw[i + 2];
  const S = hs[i + 2];
  f[k++] = mix(T.Sm1S, hs[i + 1], S);
  f[k++] = mix(T.SSp1, S, hs[i + 3]);
  f[k++] = mix(T.Wm1W, hw[i + 1], W);
  f[k++] = mix(T.WWp1, W, hw[i + 3]);
  f[k++] = mix(T.Wm1S, hw[i + 1], S);
  f[k++] = mix(T.SWp1, S, hw[i + 3]);
  f[k++] = mix(T.Wm2Wm1, hw[i], hw[i + 1]);
  return k;
}

/** Sentence and document cues (first word, capital on a lower-case word, possessive next…), written as pairFeatures. */
export function cueFeatures(v: SentenceValues, i: number, rawWords: string[], lex: Lexicon, doc: DocContext | null, f: Uint32Array, k: number): number {
  const x = v.info[i];
  if (i === 0) f[k++] = mix(T.First, v.hs[i + 2]);
  if (x.upperStart && lex.lowerWords.has(x.lower)) f[k++] = mix(T.CapLower, i === 0 ? 1 : 2);
  if (i + 1 < v.n && (rawWords[i + 1] === "'s" || rawWords[i + 1] === '’s' || rawWords[i + 1] === "'S")) f[k++] = mix(T.NextPoss, 0);
  if (x.upperStart && doc) {
    if (doc.lowerSeen.has(x.lower)) f[k++] = mix(T.DocLower, i === 0 ? 1 : 2);
    if (doc.capMidSeen.has(x.lower)) f[k++] = mix(T.DocCapMid, i === 0 || isAllCaps(rawWords[i]) ? 1 : 2);
    if (doc.orgSeen.has(x.lower)) f[k++] = mix(T.DocOrg, 0);
    if (doc.personSeen.has(x.lower)) f[k++] = mix(T.DocPer, 0);
    // In a document of results, the gazetteer's place is mostly a team's (`Chicago 11 TORONTO 2`).
    if (doc.scores) f[k++] = v.hg[i + 1] !== EMPTY ? mix(T.ScoresGaz, v.hg[i + 1]) : mix(T.ScoresCap, x.allCaps ? 1 : 2);
    if (doc.teamSeen.has(x.lower)) f[k++] = mix(T.DocTeam, 0);
  }
  // A name before a score, with what the gazetteer says of it (a city there is mostly a team's)
  // and whether the line is a table's row, where every capitalised word is a name.
  if (x.letters && nameBeforeScore(v.info, i)) f[k++] = mix(T.RowName, v.hg[i + 1], isTableRow(v.info) ? 1 : 2);
  return k;
}

export function prepareSentence(rawWords: string[], lex: Lexicon, doc: DocContext | null): PreparedSentence {
  const v = sentenceValues(rawWords);
  const { n, hw, hs } = v;
  const feats = new Uint32Array(n * CONTEXT_SLOTS);
  for (let i = 0; i < n; i++) {
    let k = i * CONTEXT_SLOTS;
    for (const nb of NEIGHBOUR_FEATURES) feats[k++] = mix(nb.template, (nb.shape ? hs : hw)[i + 2 + nb.offset]);
    otherFeatures(v, i, rawWords, lex, doc, feats, k);
  }
  return { n, info: v.info, feats, wordHash: hw.subarray(2, n + 2), shapeHash: hs.subarray(2, n + 2) };
}

/** Hash of transition feature `k` (0 previous tag alone, 1 with the word, 2 with the shape) after previous tag p (-1 = start). */
export function transitionHash(k: number, p: number, wordHash: number, shapeHash: number): number {
  const pv = p + 2;
  return k === 0 ? mix(T.Prev, pv) : k === 1 ? mix(T.PrevW, pv, wordHash) : mix(T.PrevS, pv, shapeHash);
}

/** Hashes of the transition features of token i after previous tag p (-1 = start). */
export function transitionFeatures(s: PreparedSentence, i: number, p: number, out: Uint32Array): void {
  out[0] = transitionHash(0, p, 0, 0);
  out[1] = transitionHash(1, p, s.wordHash[i], 0);
  out[2] = transitionHash(2, p, 0, s.shapeHash[i]);
}
export const TRANSITION_SLOTS = 3;
