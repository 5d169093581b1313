import type { Entity, EntityKind } from '../../types';

/**
 * A spelling-blind key for a name word: case, apostrophes, doubled letters and the
 * usual transliteration variants folded (`Zelenskyy`, `Zelenskiy`, `Zelensky` →
 * `zelensky`; `Cherniak`, `Chernyak`; `Nato`, `NATO`).
 */
export function wordKey(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/(?:iy|ij|yj|ii|yi|yy)$/, 'y')
    .replace(/(.)\1+/g, '$1')
    .replace(/ia/g, 'ya');
  return ALIASES.get(w) ?? w;
}

/** Different romanisations of the same place that no spelling rule joins. */
const ALIASES = new Map([
  ['kiev', 'kyiv'],
  ['kharkov', 'kharkiv'],
  ['odessa', 'odesa'],
]);

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

function nameKey(name: string): string {
  return words(name).map(wordKey).join(' ');
}

function lastKey(name: string): string {
  const w = words(name);
  return wordKey(w[w.length - 1] ?? '');
}

/** Of several spellings, the commonest; ties go to acronyms in capitals, then to the shorter. */
function preferred(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || capsScore(b[0]) - capsScore(a[0]) || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0][0];
}

function capsScore(s: string): number {
  return s.length <= 6 && s === s.toUpperCase() ? 1 : 0;
}

function bump(m: Map<string, number>, k: string, n = 1) {
  m.set(k, (m.get(k) ?? 0) + n);
}

/**
 * Canonical names within one article: a person's surname alone (`Putin`, `Mr
 * Reznikov`) takes the full name the article gives; other names take their
 * commonest spelling. Each canonical name gets the kind most of its mentions have.
 */
export function canonicalizeArticle(entities: Entity[]): void {
  const fullNames = new Map<string, Map<string, number>>(); // surname key → full names
  const spellings = new Map<string, Map<string, number>>(); // name key → spellings
  for (const e of entities) {
    bump(spellings.get(nameKey(e.text)) ?? spellings.set(nameKey(e.text), new Map()).get(nameKey(e.text))!, e.text);
    if (e.kind === 'person' && words(e.text).length > 1) {
      const k = lastKey(e.text);
      bump(fullNames.get(k) ?? fullNames.set(k, new Map()).get(k)!, e.text);
    }
  }
  for (const e of entities) {
    const full = e.kind === 'person' || words(e.text).length === 1 ? fullNames.get(lastKey(e.text)) : undefined;
    e.canonical = full && (words(e.text).length === 1 || full.size === 1) ? preferred(full) : preferred(spellings.get(nameKey(e.text))!);
  }
  unifyKinds(entities);
}

function unifyKinds(entities: Entity[]) {
  const kinds = new Map<string, Map<string, number>>();
  for (const e of entities) bump(kinds.get(e.canonical) ?? kinds.set(e.canonical, new Map()).get(e.canonical)!, e.kind);
  for (const e of entities) {
    const k = kinds.get(e.canonical)!;
    if (k.size > 1) e.kind = preferred(k) as EntityKind;
  }
}

/**
 * Canonical names across articles. People: all full names sharing a surname key and
 * first name are one person, named with the commonest first name and surname
 * spellings (`Volodymyr Zelenskyy` in one article, `Volodymyr Zelensky` in
 * another); an article that gives only the surname takes that name when the corpus
 * knows one person by it. Other names: the commonest spelling across the corpus.
 */
export function mergeCanonicalNames(entitiesPerArticle: Entity[][]): void {
  const all = entitiesPerArticle.flat();
  const surnameSpellings = new Map<string, Map<string, number>>();
  const firstNames = new Map<string, Map<string, number>>();
  const spellings = new Map<string, Map<string, number>>();
  for (const e of all) {
    const w = words(e.canonical);
    if (e.kind === 'person') {
      const k = lastKey(e.canonical);
      bump(surnameSpellings.get(k) ?? surnameSpellings.set(k, new Map()).get(k)!, words(e.text).pop() ?? '');
      if (w.length > 1) bump(firstNames.get(k) ?? firstNames.set(k, new Map()).get(k)!, w[0]);
    } else {
      bump(spellings.get(nameKey(e.canonical)) ?? spellings.set(nameKey(e.canonical), new Map()).get(nameKey(e.canonical))!, e.canonical);
    }
  }
  for (const e of all) {
    if (e.kind !== 'person') {
      e.canonical = preferred(spellings.get(nameKey(e.canonical))!);
      continue;
    }
    const k = lastKey(e.canonical);
    const firsts = firstNames.get(k);
    const w = words(e.canonical);
    if (!firsts) continue;
    const firstKeys = new Set([...firsts.keys()].map(wordKey));
    // Two people share the surname: only names with a first name can be joined.
    if (firstKeys.size > 1 && w.length === 1) continue;
    if (w.length > 1 && !firstKeys.has(wordKey(w[0]))) continue;
    const first = w.length > 1 && firstKeys.size > 1 ? preferred(new Map([...firsts].filter(([f]) => wordKey(f) === wordKey(w[0])))) : preferred(firsts);
    const surname = preferred(new Map([...surnameSpellings.get(k)!].filter(([s]) => /^\p{Lu}\p{Ll}/u.test(s)).concat([['', 0]])));
    e.canonical = `${first} ${surname || w[w.length - 1]}`;
  }
}
