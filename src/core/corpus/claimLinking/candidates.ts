import type { Claim } from '../../types';
import { conceptsOf } from './wordConcepts';

const CONCEPTS = process.env.CONCEPTS !== '0';

/** A claim's weighted terms: content lemmas, entity names and the measured thing, L2-normalised. */
export interface TermVector {
  terms: number[];
  weights: number[];
}

/** Prefixes keep the kinds of term apart: `l:` lemma, `b:` two adjacent lemmas, `e:` entity, `m:` measured thing. */
export function claimTerms(c: Claim): string[] {
  const out = new Set<string>();
  const ls = c.frame.lemmas;
  for (const l of ls) out.add('l:' + l);
  // Adjacent lemmas (`death toll`, `interest rate`, `pension plan`) are rarer than either word and say more.
  for (let i = 1; i < ls.length; i++) out.add('b:' + ls[i - 1] + '_' + ls[i]);
  for (const e of c.frame.entities) out.add('e:' + e.toLowerCase());
  if (c.frame.measured) for (const m of c.frame.measured.split(' ')) out.add('m:' + m);
  // What the words mean (WordNet concepts): `troops`, `soldiers` and `men` meet there.
  const conceptWords = process.env.CONCEPT_FROM === 'all' ? ls : c.frame.measured ? c.frame.measured.split(' ') : [];
  if (CONCEPTS) for (const l of conceptWords) for (const k of conceptsOf(l)) out.add('c:' + k);
  return [...out];
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
    return { terms, weights: weights.map((w) => w / norm) };
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
  const postings: number[][] = Array.from({ length: df.length }, () => []);
  const weightOf: Map<number, number>[] = vectors.map((v) => new Map(v.terms.map((t, k) => [t, v.weights[k]])));
  const acc = new Float64Array(vectors.length);
  const touched: number[] = [];
  let read = 0;
  for (let j = 0; j < vectors.length; j++) {
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
