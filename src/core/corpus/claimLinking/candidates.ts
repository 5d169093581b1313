import type { Claim } from '../../types';
import { runSteps } from '../../util/runSteps';
import { conceptsOf } from './wordConcepts';

const CONCEPTS = process.env.CONCEPTS !== '0';

/** A claim's weighted terms: content lemmas, entity names and the measured thing, L2-normalised. */
export interface TermVector {
  terms: number[];
  weights: number[];
  /** The terms' idf weights before normalising (for re-weighting a pair by its articles, see focusCosine); `weights` when absent. */
  idf?: number[];
}

/** Prefixes keep the kinds of term apart: `l:` lemma, `b:` two adjacent lemmas, `e:` entity, `m:` measured thing. */
export function claimTerms(c: Claim): string[] {
  const out = new Set<string>();
  const ls = c.frame.lemmas.map(termLemma);
  for (const l of ls) out.add('l:' + l);
  // Adjacent lemmas (`death toll`, `interest rate`, `pension plan`) are rarer than either word and say more.
  for (let i = 1; i < ls.length; i++) out.add('b:' + ls[i - 1] + '_' + ls[i]);
  for (const e of c.frame.entities) out.add('e:' + e.toLowerCase());
  if (c.frame.measured) for (const m of c.frame.measured.split(' ')) out.add('m:' + termLemma(m));
  // What the words mean (WordNet concepts): `troops`, `soldiers` and `men` meet there.
  const conceptWords = process.env.CONCEPT_FROM === 'all' ? c.frame.lemmas : c.frame.measured ? c.frame.measured.split(' ') : [];
  if (CONCEPTS) for (const l of conceptWords) for (const k of conceptsOf(l)) out.add('c:' + k);
  return [...out];
}

/**
 * A lemma as a term: the word table leaves the stems of verbs it does not hold cut short
 * (`described` → `describ`, `violated` → `violat`, `bonuses` → `bonuse`) while their bare forms
 * keep the `e`; without a final `e` the two forms of one word meet.
 */
export function termLemma(lemma: string): string {
  return lemma.length > 4 ? lemma.replace(/e$/, '') : lemma;
}

/** A concept shared counts for less than a word shared: words that share one may still mean different things. */
const CONCEPT_WEIGHT = Number(process.env.CONCEPT_WEIGHT ?? 0.5);

/**
 * TF-IDF vectors over the corpus's claims: a term shared by few claims says more about
 * which fact a claim states than one shared by many (`toll` against `say`). Binary term
 * frequency, idf = ln(1 + N / df).
 */
export function termVectors(termLists: string[][]): { vectors: TermVector[]; df: Int32Array; ids: Map<string, number> } {
  const ids = new Map<string, number>();
  const lists = termLists.map((ts) =>
    ts.map((t) => {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      return id;
    }),
  );
  const df = new Int32Array(ids.size);
  const kinds: string[] = [];
  for (const [t, i] of ids) kinds[i] = t[0];
  for (const l of lists) for (const t of l) df[t]++;
  const n = lists.length;
  const vectors = lists.map((terms) => {
    const weights = terms.map((t) => Math.log(1 + n / df[t]) * (kinds[t] === 'c' ? CONCEPT_WEIGHT : 1));
    const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1;
    return { terms, weights: weights.map((w) => w / norm), idf: weights };
  });
  return { vectors, df, ids };
}

/**
 * Candidate pairs by an inverted index: each claim meets only the earlier claims that
 * share a term with it, and a term held by more than `maxPostings` claims (a word of
 * every other sentence) is no key, so the work grows with the postings read, not with
 * all pairs. Yields each pair (i < j) once, with the cosine of their vectors over the
 * shared key terms.
 */
export function candidatePairs(vectors: TermVector[], df: Int32Array, maxPostings: number, visit: (i: number, j: number, cosine: number) => void): number {
  return runSteps(candidatePairsInSteps(vectors, df, maxPostings, visit));
}

/** Postings read, and pairs visited (each scored by the caller: about 0.1 ms), between two pauses of candidatePairsInSteps. */
const POSTINGS_PER_STEP = 100_000;
const PAIRS_PER_STEP = 500;

/** candidatePairs with a pause (a `yield`) every POSTINGS_PER_STEP postings read or PAIRS_PER_STEP pairs visited. */
export function* candidatePairsInSteps(vectors: TermVector[], df: Int32Array, maxPostings: number, visit: (i: number, j: number, cosine: number) => void): Generator<void, number> {
  const postings: number[][] = Array.from({ length: df.length }, () => []);
  const weightOf: Map<number, number>[] = vectors.map((v) => new Map(v.terms.map((t, k) => [t, v.weights[k]])));
  const acc = new Float64Array(vectors.length);
  const touched: number[] = [];
  let read = 0;
  let sincePause = 0;
  let visited = 0;
  for (let j = 0; j < vectors.length; j++) {
    if (read - sincePause >= POSTINGS_PER_STEP || visited >= PAIRS_PER_STEP) {
      sincePause = read;
      visited = 0;
      yield;
    }
    const v = vectors[j];
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k];
      if (df[t] > maxPostings) continue;
      const list = postings[t];
      read += list.length;
      for (const i of list) {
        if (acc[i] === 0) touched.push(i);
        acc[i] += v.weights[k] * weightOf[i].get(t)!;
      }
      list.push(j);
    }
    visited += touched.length;
    for (const i of touched) {
      visit(i, j, acc[i]);
      acc[i] = 0;
    }
    touched.length = 0;
  }
  return read;
}

/** The exact cosine of two vectors (all terms, not only keys). */
export function cosine(a: TermVector, b: TermVector): number {
  let s = 0;
  const m = new Map(a.terms.map((t, k) => [t, a.weights[k]]));
  b.terms.forEach((t, k) => {
    const w = m.get(t);
    if (w !== undefined) s += w * b.weights[k];
  });
  return s;
}

/** How many of an article's claims hold each term: a term most of them hold names the story, not the fact. */
export interface ArticleTerms {
  claims: number;
  counts: Map<number, number>;
}

export function articleTerms(vectors: TermVector[], articleOf: (i: number) => string): Map<string, ArticleTerms> {
  const out = new Map<string, ArticleTerms>();
  vectors.forEach((v, i) => {
    const key = articleOf(i);
    let a = out.get(key);
    if (!a) out.set(key, (a = { claims: 0, counts: new Map() }));
    a.claims++;
    for (const t of v.terms) a.counts.set(t, (a.counts.get(t) ?? 0) + 1);
  });
  return out;
}

/**
 * The cosine of two claims with each term's idf scaled by how rarely the two claims'
 * articles use it: 1 − (the share of the articles' claims holding it). The corpus-wide idf
 * cannot tell the facts of one story apart — the place, the event and the people of a
 * story are rare in the corpus but in nearly every sentence of its articles — while the
 * words of one fact (`missing` against `killed`, `yield curve` against `rate hike`) are
 * in few of them. Learned from no list: the articles themselves say which words are the story.
 */
export function focusCosine(a: TermVector, b: TermVector, at: ArticleTerms, bt: ArticleTerms): number {
  const same = at === bt;
  // The other claims of the two articles: the pair's own sentences say nothing about which words are the story's.
  const others = (same ? at.claims : at.claims + bt.claims) - 2;
  const inB = new Set(b.terms);
  const weightOf = (t: number, idf: number, own: number) => {
    if (others <= 0) return idf;
    const held = (at.counts.get(t) ?? 0) + (same ? 0 : bt.counts.get(t) ?? 0) - own;
    return idf * Math.max(0, 1 - held / others);
  };
  const wa = new Map<number, number>();
  let na = 0;
  a.terms.forEach((t, k) => {
    const w = weightOf(t, (a.idf ?? a.weights)[k], inB.has(t) ? 2 : 1);
    wa.set(t, w);
    na += w * w;
  });
  let nb = 0;
  let dot = 0;
  b.terms.forEach((t, k) => {
    const x = wa.get(t);
    const w = weightOf(t, (b.idf ?? b.weights)[k], x !== undefined ? 2 : 1);
    nb += w * w;
    if (x !== undefined) dot += x * w;
  });
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
