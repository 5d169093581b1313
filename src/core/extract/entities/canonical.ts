import type { Entity, EntityKind } from '../../types';
import { gazCategory, type GazCategory } from './gazetteer';

/**
 * A spelling-blind key for a name word: case, apostrophes, doubled letters and the
 * usual transliteration variants folded (`Zelenskyy`, `Zelenskiy`, `Zelensky` →
 * `zelensky`; `Cherniak`, `Chernyak`; `Nato`, `NATO`).
 */
export function wordKey(word: string): string {
  let key = WORD_KEYS.get(word);
  if (key === undefined) {
    if (WORD_KEYS.size >= WORD_KEYS_MAX) WORD_KEYS.clear();
    WORD_KEYS.set(word, (key = computeWordKey(word)));
  }
  return key;
}

/** Keys already computed: names recur within and across articles (bounded, emptied when full). */
const WORD_KEYS = new Map<string, string>();
const WORD_KEYS_MAX = 1 << 14;

function computeWordKey(word: string): string {
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
  return keys(name).join(' ');
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

/** Word keys of a name, with lower-case particles (`von`, `der`) kept: `Ursula von der Leyen` → ursula von der leyen. */
function keys(name: string): string[] {
  const out: string[] = [];
  for (const w of words(name)) out.push(wordKey(w));
  return out;
}

/** `a` (shorter) is the end of `b`: `Putin` / `Vladimir Putin`, `Von der Leyen` / `Ursula von der Leyen`. */
function isSuffix(a: string[], b: string[]): boolean {
  if (a.length >= b.length) return false;
  for (let i = 1; i <= a.length; i++) if (a[a.length - i] !== b[b.length - i]) return false;
  return true;
}

/**
 * A two-word name the model typed an organisation at one mention (`Oleksii Reznikov` first
 * in a sentence) whose last word the article names alone as a person at least twice is
 * that person: no word of it names a body (gazetteer organisations and companies,
 * `Ministry`, `Council`…), so its surname's other mentions outvote one guess.
 */
function personByItsSurname(entities: Entity[], keyed: (text: string) => { keys: string[] }): void {
  const alone = new Map<string, number>();
  for (const e of entities) {
    const k = keyed(e.text).keys;
    if (e.kind === 'person' && k.length === 1) alone.set(k[0], (alone.get(k[0]) ?? 0) + 1);
  }
  for (const e of entities) {
    if (e.kind !== 'organization') continue;
    const k = keyed(e.text).keys;
    if (k.length !== 2 || (alone.get(k[1]) ?? 0) < 2) continue;
    const words = e.text.split(/\s+/u);
    if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    if (words.some((w) => BODY_WORD.test(w) || isBodyCategory(gazCategory(w.toLowerCase())))) continue;
    e.kind = 'person';
  }
}

const BODY_WORD = /^(?:Ministry|Department|Council|Agency|Committee|Party|Forces?|Army|Navy|Command|Staff|Service|Assembly|Commission|Government|House|Group|Bank|Union|Office|Court|News|Times|Post)$/u;
const isBodyCategory = (c: GazCategory | undefined) => c === 'org' || c === 'company' || c === 'orgword' || c === 'media';

/**
 * Canonical names within one article: a person's surname alone (`Putin`, `Mr
 * Reznikov`, `Von der Leyen`) takes the longer name of the article it ends
 * (the commonest, if several); a full name with a middle name or patronymic
 * (`Vladimir Vladimirovich Putin`) takes the commoner form with the same first and
 * last names. A one-word person name that ends no longer one takes the only longer
 * name it begins (`Xi` / `Xi Jinping`, where the family name comes first); a word
 * that begins an organisation's name whose other words are generic or a place takes
 * that organisation (`Wagner` / `Wagner Group`, `Sheriff` / `Sheriff Tiraspol`).
 * A surname or a short form takes the kind of the name it stands for, whatever the
 * model typed it. Other names take their commonest spelling. Each canonical name
 * then gets the kind most of its mentions have, counting only the mentions in
 * `decided` (whose kind the words around them decided) when there are any: the
 * model's guess, repeated at every bare mention, is one guess, not several.
 */
export function canonicalizeArticle(entities: Entity[], decided: ReadonlySet<Entity> = new Set(), pinned: ReadonlySet<Entity> = new Set()): void {
  const spellings = new Map<string, Map<string, number>>(); // name key → spellings
  const persons = new Map<string, LongerName[]>(); // last key → multi-word person names
  const personsByFirst = new Map<string, LongerName[]>(); // first key → multi-word person names
  const orgs = new Map<string, LongerName[]>(); // first key → multi-word organisation names that a short form can stand for
  const byAcronym = new Map<string, LongerName[]>(); // initials → multi-word organisation names (`BOJ` → `Bank of Japan`)
  // An article repeats its names: each text's keys are worked out once (read-only after).
  const keysOf = new Map<string, { keys: string[]; nameKey: string }>();
  const keyed = (text: string) => {
    let k = keysOf.get(text);
    if (!k) {
      const ks = keys(text);
      keysOf.set(text, (k = { keys: ks, nameKey: ks.join(' ') }));
    }
    return k;
  };
  personByItsSurname(entities, keyed);
  for (const e of entities) {
    const { keys: k, nameKey: nk } = keyed(e.text);
    bump(spellings.get(nk) ?? spellings.set(nk, new Map()).get(nk)!, e.text);
    if (k.length < 2) continue;
    if (e.kind === 'person') {
      addName(persons, k[k.length - 1], e.text, k);
      addName(personsByFirst, k[0], e.text, k);
    } else if (e.kind === 'organization') {
      if (firstWordStandsFor(e.text)) addName(orgs, k[0], e.text, k);
      for (const a of acronymsOf(e.text)) addName(byAcronym, a, e.text, k);
    }
  }
  const spelledAs = new Map<string, string>();
  const spelled = (name: string) => {
    let s = spelledAs.get(name);
    if (s === undefined) spelledAs.set(name, (s = titleCaseShouted(preferred(spellings.get(keyed(name).nameKey)!))));
    return s;
  };
  for (const e of entities) {
    const k = keyed(e.text).keys;
    const list = persons.get(k[k.length - 1]);
    let target: LongerName | undefined;
    if (list && (e.kind === 'person' || (k.length === 1 && !isKnownPlace(e)))) {
      const longer = list.filter((x) => isSuffix(k, x.keys));
      if (longer.length > 0) {
        target = best(longer);
        // A surname is the person's, whatever the model typed it (`Aliyev` read as a place).
        if (k.length === 1) e.kind = 'person';
      } else if (k.length > 2) {
        // Same first and last name, more middle words than the commoner form.
        const alike = list.filter((x) => x.keys.length < k.length && x.keys[0] === k[0]);
        if (alike.length > 0) target = best(alike);
      }
    }
    if (!target && k.length === 1 && isAcronym(e.text)) {
      // An acronym of one organisation the article names in full (`BOJ`, `IAM`, `DPC`) is that organisation.
      const full = byAcronym.get(e.text.replace(/\./g, '').toLowerCase());
      if (full?.length === 1) {
        target = full[0];
        e.kind = 'organization';
      }
    }
    if (!target && k.length === 1) {
      const org = orgs.get(k[0]);
      const byFirst = e.kind === 'person' ? personsByFirst.get(k[0]) : undefined;
      const only = org?.length === 1 ? org[0] : byFirst?.length === 1 ? byFirst[0] : undefined;
      if (only && mayBeShortForm(e, e.text)) {
        target = only;
        if (org?.length === 1) e.kind = 'organization';
      }
    }
    e.canonical = target ? spelled(target.name) : spelled(e.text);
  }
  unifyKinds(entities, decided, pinned);
}

/** Two to six capitals (`BOJ`, `IAM`, `U.N.`): a name that may be an acronym. */
function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(text);
}

/** Small words an acronym may skip or keep (`Bank of Japan` is `BOJ`, `Institute for the Study of War` `ISW`). */
const ACRONYM_SKIPPABLE = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', '&']);

/**
 * The acronyms a multi-word organisation's name may be written as, lower case: the
 * initials of its capitalised words (`International Association of Machinists and
 * Aerospace Workers` → `iamaw`, and its first three `iam`, as news writes it), and of
 * every word (`Bank of Japan` → `boj`).
 */
function acronymsOf(name: string): string[] {
  const ws = words(name).filter((w) => /^\p{L}/u.test(w));
  if (ws.length < 2 || ws.length > 8) return [];
  const all = ws.map((w) => w[0].toLowerCase()).join('');
  const capitalised = ws.filter((w) => !ACRONYM_SKIPPABLE.has(w.toLowerCase())).map((w) => w[0].toLowerCase()).join('');
  const out = new Set([all, capitalised]);
  // A long name's acronym often stops before `and` (`IAM` for the machinists' union).
  const and = ws.findIndex((w) => w.toLowerCase() === 'and');
  if (and > 1) out.add(ws.slice(0, and).filter((w) => !ACRONYM_SKIPPABLE.has(w.toLowerCase())).map((w) => w[0].toLowerCase()).join(''));
  return [...out].filter((a) => a.length >= 2 && a.length <= 6);
}

/** A multi-word name of an article and how often it occurs, as a shorter mention's candidate. */
interface LongerName {
  name: string;
  keys: string[];
  count: number;
}

function addName(index: Map<string, LongerName[]>, key: string, name: string, k: string[]): void {
  const list = index.get(key) ?? index.set(key, []).get(key)!;
  const same = list.find((x) => sameKeys(x.keys, k));
  if (same) same.count++;
  else list.push({ name, keys: k, count: 1 });
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** An organisation's name its first word can stand for: the other words are generic or a place (`Wagner Group`, `Sheriff Tiraspol`). */
function firstWordStandsFor(name: string): boolean {
  return words(name).slice(1).every(isGenericOrPlace);
}

/**
 * Whether a one-word name (`name`, as mention `e` reads) may be the short form of a
 * longer one: not an acronym, which names its organisation whole (`BBC` is not `BBC
 * Radio`), and not a place the gazetteer knows (`Kyiv` is not `Kyiv Post`).
 */
function mayBeShortForm(e: Entity, name: string): boolean {
  return !isKnownPlace(e) && name !== name.toUpperCase();
}

/** A word that does not tell one organisation from another (`Group`, `Party`) or a place the gazetteer knows (`Tiraspol`). */
function isGenericOrPlace(word: string): boolean {
  const cat = gazCategory(word.toLowerCase());
  return cat === 'orgword' || isPlaceCategory(cat);
}

/** The gazetteer's categories of places. */
function isPlaceCategory(cat: GazCategory | undefined): boolean {
  return cat === 'country' || cat === 'city' || cat === 'region';
}

/**
 * A one-word place the gazetteer knows (`Washington`, `Kyiv`): not the surname of a
 * longer person name, even when the model ran a name into it (`Joe Biden Washington
 * said`, a slip in 004's text) or when someone bears it. A surname the model typed as
 * a place or organisation (`Reznikov`) still finds its person.
 */
function isKnownPlace(e: Entity): boolean {
  return e.kind === 'place' && isPlaceCategory(gazCategory(e.text.toLowerCase()));
}

/** `VLADIMIR Putin` → `Vladimir Putin`: a word in headline capitals beside a word that is not (acronyms alone stay). */
function titleCaseShouted(name: string): string {
  const ws = words(name);
  // Four letters or more: `U.S.` (two letters) is an acronym, not a word in capitals.
  const shouted = (w: string) => w.replace(/[^\p{L}]/gu, '').length >= 4 && w === w.toUpperCase() && w !== w.toLowerCase();
  if (!ws.some(shouted) || ws.every(shouted)) return name;
  let out = '';
  for (let i = 0; i < ws.length; i++) out += (i > 0 ? ' ' : '') + (shouted(ws[i]) ? ws[i][0] + ws[i].slice(1).toLowerCase() : ws[i]);
  return out;
}

/** The commonest of several names; ties go to the shorter. */
function best(xs: LongerName[]): LongerName {
  return [...xs].sort((a, b) => b.count - a.count || a.keys.length - b.keys.length)[0];
}

/**
 * Whether one kind has more of a name's mentions than all the others together. With no
 * such majority the mentions keep the kinds the words around each gave them: a city is
 * a team in a table of results and a place in the schedule under it (`CHICAGO AT
 * TORONTO`), and a tie broken by the shorter kind's name made both places.
 */
function clearMajority(counts: Map<string, number>): boolean {
  let top = 0;
  let all = 0;
  for (const n of counts.values()) {
    top = Math.max(top, n);
    all += n;
  }
  return top * 2 > all;
}

/** `pinned` mentions keep their kind and have no say in the others' (a dateline's place, `NEW YORK 1996-08-30`, in a table of New York's team). */
function unifyKinds(entities: Entity[], decided: ReadonlySet<Entity>, pinned: ReadonlySet<Entity>) {
  const kinds = new Map<string, Map<string, number>>();
  const decidedNames = new Set<string>();
  for (const e of decided) decidedNames.add(e.canonical);
  for (const e of entities) {
    if (pinned.has(e) || (decidedNames.has(e.canonical) && !decided.has(e))) continue;
    bump(kinds.get(e.canonical) ?? kinds.set(e.canonical, new Map()).get(e.canonical)!, e.kind);
  }
  const chosen = new Map<string, EntityKind>();
  for (const [canonical, k] of kinds) {
    if (k.size > 1 && !decidedNames.has(canonical) && !clearMajority(k)) continue;
    if (k.size > 1 || decidedNames.has(canonical)) chosen.set(canonical, preferred(k) as EntityKind);
  }
  if (chosen.size === 0) return;
  for (const e of entities) if (!pinned.has(e)) e.kind = chosen.get(e.canonical) ?? e.kind;
}

/**
 * Canonical names across articles. People: full names with the same first name and
 * surname keys are one person (`Volodymyr Zelenskyy` in one article, `Volodymyr
 * Zelensky` in another, `Vladimir Vladimirovich Putin`), named by their commonest
 * form with the commonest spelling of the surname over all mentions; an article that
 * gives only the surname takes that name when the corpus knows one person by it, and
 * nobody is merged when two people share a surname. Other names: the commonest
 * spelling across the corpus (`Nato`, `NATO`). Each canonical name then takes the
 * kind most of its mentions have, corpus-wide.
 */
export function mergeCanonicalNames(entitiesPerArticle: Entity[][]): void {
  const all = entitiesPerArticle.flat();
  // A corpus repeats a few hundred names thousands of times: each step below runs once per name.
  const byKind = new Map<EntityKind, Map<string, NameMentions>>(); // kind → canonical → its mentions
  for (const e of all) {
    const named = byKind.get(e.kind) ?? byKind.set(e.kind, new Map()).get(e.kind)!;
    let n = named.get(e.canonical);
    if (!n) named.set(e.canonical, (n = { canonical: e.canonical, person: e.kind === 'person', mentions: [], texts: new Map() }));
    n.mentions.push(e);
    if (n.person) bump(n.texts, e.text);
  }
  const names = [...byKind.values()].flatMap((m) => [...m.values()]);
  const surnameSpellings = new Map<string, Map<string, number>>(); // last key → surname spellings (all mentions)
  const people = new Map<string, Map<string, number>>(); // first key + last key → full canonical forms, by mentions
  const lastToPeople = new Map<string, Set<string>>();
  const spellings = new Map<string, Map<string, number>>();
  const orgsByFirst = new Map<string, Set<string>>(); // first key → organisation names a short form can stand for
  for (const n of names) {
    const k = keys(n.canonical);
    if (n.mentions[0].kind === 'organization' && k.length > 1 && firstWordStandsFor(n.canonical)) {
      (orgsByFirst.get(k[0]) ?? orgsByFirst.set(k[0], new Set()).get(k[0])!).add(n.canonical);
    }
    if (n.person) {
      const last = k[k.length - 1];
      for (const [text, count] of n.texts) {
        const surname = words(text).pop() ?? '';
        if (/^\p{Lu}\p{Ll}/u.test(surname) && wordKey(surname) === last) bump(surnameSpellings.get(last) ?? surnameSpellings.set(last, new Map()).get(last)!, surname, count);
      }
      if (k.length > 1) {
        const pk = `${k[0]} ${last}`;
        bump(people.get(pk) ?? people.set(pk, new Map()).get(pk)!, n.canonical, n.mentions.length);
        (lastToPeople.get(last) ?? lastToPeople.set(last, new Set()).get(last)!).add(pk);
      }
    } else {
      const nk = nameKey(n.canonical);
      bump(spellings.get(nk) ?? spellings.set(nk, new Map()).get(nk)!, n.canonical, n.mentions.length);
    }
  }
  const personName = new Map<string, string>();
  for (const [pk, forms] of people) {
    // The commonest form, fewest words on ties (`Vladimir Putin` over `Vladimir Vladimirovich Putin`).
    const form = [...forms].sort((a, b) => b[1] - a[1] || words(a[0]).length - words(b[0]).length || a[0].localeCompare(b[0]))[0][0];
    const w = words(form);
    const sp = surnameSpellings.get(pk.split(' ')[1]);
    if (sp && sp.size > 0) w[w.length - 1] = preferred(sp);
    personName.set(pk, w.join(' '));
  }
  for (const n of names) {
    const short = shortFormOf(n, orgsByFirst, lastToPeople);
    const canonical = short ?? corpusName(n, spellings, personName, lastToPeople);
    for (const e of n.mentions) {
      e.canonical = canonical;
      if (short) e.kind = 'organization';
    }
  }
  unifyKinds(all, new Set(), new Set());
}

/**
 * The organisation a one-word name stands for across the corpus, as
 * canonicalizeArticle finds it within an article: the only one it begins whose other
 * words are generic or a place (`Wagner` in an article that never says `Wagner
 * Group`). Not a surname of a known person, an acronym or a known place.
 */
function shortFormOf(n: NameMentions, orgsByFirst: Map<string, Set<string>>, lastToPeople: Map<string, Set<string>>): string | undefined {
  const k = keys(n.canonical);
  if (k.length !== 1 || lastToPeople.has(k[0]) || !mayBeShortForm(n.mentions[0], n.canonical)) return undefined;
  const orgs = orgsByFirst.get(k[0]);
  return orgs?.size === 1 ? [...orgs][0] : undefined;
}

/** The mentions of one canonical name of one kind, and for a person how often each text occurs (their last words are surname spellings). */
interface NameMentions {
  canonical: string;
  person: boolean;
  mentions: Entity[];
  texts: Map<string, number>;
}

/** The corpus-wide canonical name of an article's canonical name (see mergeCanonicalNames). */
function corpusName(n: NameMentions, spellings: Map<string, Map<string, number>>, personName: Map<string, string>, lastToPeople: Map<string, Set<string>>): string {
  if (!n.person) return preferred(spellings.get(nameKey(n.canonical))!);
  const k = keys(n.canonical);
  const last = k[k.length - 1];
  if (k.length > 1) return personName.get(`${k[0]} ${last}`) ?? n.canonical;
  const known = lastToPeople.get(last);
  return known && known.size === 1 ? personName.get([...known][0])! : n.canonical;
}
