import { loadGazetteer, type GazetteerFile, type LearnedGazCategory } from './gazetteerData';

/**
 * The gazetteer: countries, cities, organisations, companies, given names, honorifics and
 * demonyms from data packages (models/gazetteer.json.gz, see gazetteerData.ts), and short
 * hand lists of general words no package holds (continents, seas and large regions;
 * titles and roles; the words that end organisation names; news agencies). The tagger
 * sees membership as a feature, it never decides alone, so the lists only need to be
 * mostly right. Entries are lower case, words separated by underscores in the hand
 * lists; multi-word entries match token runs.
 */

export type GazCategory = LearnedGazCategory | 'orgword' | 'media';

const REGIONS = `britain great_britain england scotland wales northern_ireland soviet_union ussr yugoslavia europe asia africa north_america south_america latin_america antarctica arctic middle_east far_east balkans caucasus
scandinavia crimea donbas donbass siberia chechnya kashmir gaza west_bank golan_heights kurdistan transnistria abkhazia
ossetia pacific atlantic mediterranean black_sea baltic_sea persian_gulf indian_ocean caribbean sahara
california texas florida ontario quebec bavaria normandy sicily corsica tibet xinjiang`;

const DEMONYMS = `afghan albanian algerian american angolan argentine argentinian armenian australian austrian azerbaijani azeri bahraini
bangladeshi belarusian belarussian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian canadian chilean
chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian
european filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian
iraqi irish israeli italian jamaican japanese jordanian kazakh kenyan korean kosovan kuwaiti kyrgyz latvian lebanese liberian libyan
lithuanian macedonian malaysian malian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese dutch nigerian
nigerien norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan
saudi scottish senegalese serbian slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian
turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean soviet western eastern african
asian arab arabic kurdish chechen baltic nordic scandinavian balkan latin slavic muslim christian jewish catholic orthodox sunni shia
shiite`;

const TITLES = `mr mrs ms miss dr prof professor sir dame lord lady president vice-president premier prime minister secretary chancellor
general gen lt lieutenant col colonel major brigadier admiral commander captain capt sgt sergeant marshal senator sen rep representative
congressman congresswoman governor gov mayor king queen prince princess emperor pope cardinal archbishop bishop rev reverend father sheikh
deputy vice chief head spokesman spokeswoman spokesperson ambassador envoy director chairman chairwoman chair judge justice
coach manager striker midfielder defender goalkeeper chief-executive ceo founder leader mp mep minister-president`;

const ORG_WORDS = `ministry department council agency commission committee office bureau service services university college school
institute institution academy party union federation association league club fc united city rovers wanderers athletic bank group corp
corporation inc ltd plc co company holdings spa sa ag nv bv gmbh llc airlines airways motors industries systems technologies telecom energy petroleum oil news
times post herald journal press tribune guardian gazette television tv radio network fund foundation trust organisation organization
alliance coalition front movement army navy force forces guard command brigade regiment assembly parliament senate congress duma court
exchange board authority police`;

const MEDIA = `reuters ap afp bbc cnn nbc abc cbs fox tass ria interfax itar-tass bloomberg xinhua kyodo yonhap anadolu aljazeera al_jazeera
dpa efe ansa sky`;

/** Entries are separated by white space; `_` joins the words of a multi-word entry. */
function entries(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map((e) => e.replace(/_/g, ' '));
}

interface GazetteerMaps {
  /** Lower-case single words → category (first category wins). */
  word: Map<string, GazCategory>;
  /**
   * Lower-case single words → every category that holds them, joined by `+` (`austin` →
   * `city+given`): what the tagger's features see, so that it learns how a word in two
   * lists reads rather than being told one.
   */
  all: Map<string, string>;
  /** First word → multi-word entries starting with it (as word arrays), longest first. */
  multi: Map<string, GazMulti>;
}

let maps: GazetteerMaps | undefined;
/** The learned lists in use instead of the committed file (useLearnedGazetteer), or undefined. */
let learnedOverride: GazetteerFile | undefined;

/**
 * Tags with these learned lists instead of models/gazetteer.json.gz (undefined: the
 * committed file again), for `npm run train:ablation`, which trains and scores the tagger
 * without each source in one process. The caller also forgets the word forms features.ts
 * has cached (forgetWordForms), which hold gazetteer lookups.
 */
export function useLearnedGazetteer(file: GazetteerFile | undefined): void {
  learnedOverride = file;
  maps = undefined;
}

/**
 * The lookup maps, built on first use rather than at import: the learned lists hold
 * 11,510 names (about 35 ms to read and index), and the extension host's bundle imports
 * this module without ever tagging text there.
 */
function gazetteerMaps(): GazetteerMaps {
  if (maps) return maps;
  const learned = (learnedOverride ?? loadGazetteer()).entries;
  /** Every category's entries, in the order that decides `word` when a word is in several (a country before a given name: `Jordan`). */
  const categories: [GazCategory, string[]][] = [
    ['country', learned.country],
    ['region', [...entries(REGIONS), ...learned.region]],
    ['city', learned.city],
    ['demonym', [...entries(DEMONYMS), ...learned.demonym]],
    ['title', [...entries(TITLES), ...learned.title]],
    ['orgword', entries(ORG_WORDS)],
    ['media', entries(MEDIA)],
    ['org', learned.org],
    ['given', learned.given],
    ['company', learned.company],
    ['surname', learned.surname ?? []],
  ];
  const built: GazetteerMaps = { word: new Map(), all: new Map(), multi: new Map() };
  for (const [cat, list] of categories) {
    for (const e of list) {
      const ws = e.split(' ');
      if (ws.length === 1) {
        if (!built.word.has(e)) built.word.set(e, cat);
        const all = built.all.get(e);
        if (all === undefined) built.all.set(e, cat);
        else if (!all.split('+').includes(cat)) built.all.set(e, `${all}+${cat}`);
      } else {
        const l = built.multi.get(ws[0]) ?? [];
        if (!l.some((m) => m.words.length === ws.length && m.words.every((w, k) => w === ws[k]))) l.push({ words: ws, cat });
        built.multi.set(ws[0], l);
      }
    }
  }
  for (const l of built.multi.values()) l.sort((a, b) => b.words.length - a.words.length);
  return (maps = built);
}

/** The gazetteer category of a lower-cased single word (the first list holding it), or undefined. */
export function gazCategory(lower: string): GazCategory | undefined {
  return gazetteerMaps().word.get(lower);
}

export type GazMulti = { words: string[]; cat: GazCategory }[];

/** What the gazetteer holds for one lower-cased word: its category alone, and the entries it starts. */
export interface GazLookup {
  gazWord: GazCategory | '';
  /** Every category holding the word alone, joined by `+`, '' for none. */
  gazAll: string;
  gazMulti: GazMulti | undefined;
}

export function gazLookup(lower: string): GazLookup {
  const { word, all, multi } = gazetteerMaps();
  return { gazWord: word.get(lower) ?? '', gazAll: all.get(lower) ?? '', gazMulti: multi.get(lower) };
}

/** A word as gazetteerTags reads it: lower-cased, with its gazLookup (kept per word form by the caller). */
export interface GazWord extends GazLookup {
  lower: string;
}

/**
 * Gazetteer category of each token of a sentence ('' where none; a word alone in several
 * lists has them all, joined by `+`), with `B`/`I` for its
 * position in a multi-word match ('' for a one-word match). Longest match wins.
 */
export function gazetteerTags(words: readonly GazWord[]): { cat: string[]; pos: ('' | 'B' | 'I')[] } {
  const cat: string[] = new Array(words.length).fill('');
  const pos: ('' | 'B' | 'I')[] = new Array(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    const multi = words[i].gazMulti;
    if (multi) {
      let matched = 0;
      for (const m of multi) {
        if (i + m.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < m.words.length; k++) if (words[i + k].lower !== m.words[k]) { ok = false; break; }
        if (ok) {
          for (let k = 0; k < m.words.length; k++) {
            cat[i + k] = m.cat;
            pos[i + k] = k === 0 ? 'B' : 'I';
          }
          matched = m.words.length;
          break;
        }
      }
      if (matched) {
        i += matched - 1;
        continue;
      }
    }
    cat[i] = words[i].gazAll;
  }
  return { cat, pos };
}
