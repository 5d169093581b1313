import type { Token } from '../../text/tokenize';
import type { EntityKind } from '../../types';
import { gazCategory } from './gazetteer';

/** Nouns that introduce the name of a publication or a service (`newspaper Die Zeit`, `news agency Reuters`). */
const MEDIA_BEFORE = new Set('newspaper newspapers paper daily weekly tabloid magazine broadcaster channel network outlet website site platform agency'.split(' '));
/** Nouns that follow the name of a service (`the Telegram messaging app`, `his Twitter account`). */
const SERVICE_AFTER = new Set('app messaging account accounts feed channel channels'.split(' '));
/** The large online platforms, which the 1996 news wire the model learned from never names (it reads `Twitter` as a person). */
const PLATFORMS = new Set('twitter facebook telegram youtube instagram tiktok whatsapp vkontakte linkedin reddit snapchat wechat weibo'.split(' '));

/** A large online platform's name, capitalised (`Twitter`): an organisation wherever it stands, tagged or not. */
export function isPlatformName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && PLATFORMS.has(word.toLowerCase());
}

/**
 * Whether the words around a name show that it names a publication, a broadcaster or
 * an online service, which is an organisation whatever the name looks like: a model
 * trained on news wire text reads `Die Zeit` as a person and `Telegram` as a place.
 * Between the noun and the name a quote mark may stand, after a comma too (`media
 * platform, "Meduza"`). A large online platform is one by its name alone.
 */
export function namedAsMedia(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from === 1 && PLATFORMS.has(tokens[from].text.toLowerCase())) return true;
  let b = from - 1;
  if (b >= 0 && /^["“‘']$/.test(tokens[b].text)) {
    b--;
    if (b >= 0 && tokens[b].text === ',') b--;
  }
  // In lower case: `Anadolu Agency, Sefa Karacan` is a credit, not an agency's name.
  if (b >= 0 && MEDIA_BEFORE.has(tokens[b].text)) return true;
  const next = tokens[to]?.text.toLowerCase();
  if (next === undefined) return false;
  if (SERVICE_AFTER.has(next)) return true;
  return next === 'news' && SERVICE_AFTER.has(tokens[to + 1]?.text.toLowerCase() ?? '');
}

/** Roles written in lower case before a person's name (`Azeri counterpart Ilham Aliyev`, `prime minister Jonas Gahr Stoere`). */
const ROLE_BEFORE = new Set('counterpart president minister secretary chancellor spokesman spokeswoman spokesperson leader envoy ambassador premier governor mayor senator commander'.split(' '));

/**
 * Whether a name of two or more capitalised words follows a role in lower case, which
 * makes it a person's however the model typed it (it read `Ilham Aliyev`, after
 * `Azeri counterpart`, as a place).
 */
export function namedAsPerson(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || from === 0 || !ROLE_BEFORE.has(tokens[from - 1].text)) return false;
  for (let i = from; i < to; i++) if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text)) return false;
  return true;
}

/**
 * Whether a name stands between slashes in a bracketed photo credit (`(Mikhail
 * Klimentyev/Sputnik/Kremlin/The Associated Press)`), where the names after the
 * photographer's are agencies and pools, not places. Brackets are required:
 * `the Russia/Ukraine war` names places. Unlike kindInContext's evidence, this says
 * nothing of the name's other mentions: `Kremlin` in a credit is the Kremlin's press
 * pool, elsewhere the government or its seat (seatOfGovernmentKind).
 */
export function inPhotoCredit(tokens: readonly Token[], from: number, to: number): boolean {
  const slashed = (i: number, j: number) => tokens[i]?.text === '/' && tokens[j] !== undefined && (tokens[i].end === tokens[j].start || tokens[j].end === tokens[i].start);
  if (!slashed(from - 1, from) && !slashed(to, to - 1)) return false;
  let a = from - 1;
  while (a >= 0 && tokens[a].text !== '(' && CREDIT_INNER.test(tokens[a].text)) a--;
  let b = to;
  while (b < tokens.length && tokens[b].text !== ')' && CREDIT_INNER.test(tokens[b].text)) b++;
  return tokens[a]?.text === '(' && tokens[b]?.text === ')';
}

/** Tokens a photo credit's brackets hold: capitalised words, slashes, `The` and `of`. */
const CREDIT_INNER = /^(?:\p{Lu}[\p{L}.'’-]*|\/|of|and|&)$/u;

/** Words after a determiner that make `shares`/`stock` a verb (`Ukraine shares a border`). */
const NOT_AFTER_SHARES = new Set('a an the its his her their this that these those some many with in'.split(' '));

/**
 * Whether the words around a name show that it is traded, which makes it a company
 * however it looks (`Pirelli shares rose`, `shares of Jones`, `Magna stock`, `a stake in
 * Lear`). `shares` followed by an article is a verb (`Ukraine shares a border`).
 */
export function namedAsCompany(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to]?.text.toLowerCase();
  if ((next === 'shares' || next === 'stock' || next === 'stocks') && !NOT_AFTER_SHARES.has(tokens[to + 1]?.text.toLowerCase() ?? '')) return true;
  if (next === "'s" || next === '’s') {
    const owned = tokens[to + 1]?.text.toLowerCase();
    if (owned === 'shares' || owned === 'stock') return true;
  }
  let b = from - 1;
  if (b >= 0 && tokens[b].text.toLowerCase() === 'the') b--;
  const prep = tokens[b]?.text.toLowerCase();
  const noun = tokens[b - 1]?.text.toLowerCase();
  return (prep === 'of' && (noun === 'shares' || noun === 'stock')) || (prep === 'in' && noun === 'stake');
}

/** Buildings and streets whose names stand for the government that sits there. */
const SEATS_OF_GOVERNMENT = new Set(['kremlin', 'white house', 'downing street', 'pentagon', 'whitehall', 'elysee', 'élysée', 'elysee palace', 'élysée palace', 'bankova', 'zhongnanhai', 'blue house']);
/** Prepositions after which a seat of government is the place itself (`talks at the White House`). */
const AT_A_PLACE = new Set('in at inside outside near into toward towards around across on within off'.split(' '));

/**
 * The kind of a seat of government's name: the organisation that sits there when it
 * acts or is acted with (`The Kremlin has massed 100,000 troops`, `the White House has
 * said`, `a Kremlin readout`, `between the Kremlin and Mr Prigozhin`), the place after
 * a preposition of place (`in the Kremlin`). Null for any other name. The news wire
 * the model learned from tags these names as places wherever they stand.
 */
export function seatOfGovernmentKind(tokens: readonly Token[], from: number, to: number): EntityKind | null {
  if (tokens[from]?.text.toLowerCase() === 'the') from++;
  let name = '';
  for (let i = from; i < to; i++) name += (i > from ? ' ' : '') + tokens[i].text.toLowerCase();
  if (!SEATS_OF_GOVERNMENT.has(name)) return null;
  let b = from - 1;
  if (tokens[b]?.text.toLowerCase() === 'the') b--;
  return AT_A_PLACE.has(tokens[b]?.text.toLowerCase() ?? '') ? 'place' : 'organization';
}

/**
 * The kind the words around a tagged name decide (namedAsMedia, namedAsPerson,
 * namedAsCompany, seatOfGovernmentKind), or null when they say nothing. A place stays
 * one before `shares`: `Tokyo stocks` is a market.
 */
export function kindInContext(tokens: readonly Token[], from: number, to: number, modelKind: EntityKind): EntityKind | null {
  if (namedAsMedia(tokens, from, to) || (modelKind !== 'place' && namedAsCompany(tokens, from, to))) return 'organization';
  if (namedAsPerson(tokens, from, to)) return 'person';
  if (namedAsPlace(tokens, from, to)) return 'place';
  return seatOfGovernmentKind(tokens, from, to);
}

/** Lower-case nouns for a settlement or an area, which `of` and a name follow (`the coastal city of Derna`). */
const PLACE_BEFORE_OF = new Set('city town village port capital province region district county state island valley suburb neighbourhood neighborhood municipality'.split(' '));
/** First words of the names of land and water features (`Wadi Derna`, `Mount Etna`, `Lake Chad`). */
const FEATURE_FIRST = new Set('wadi mount lake cape gulf bay river'.split(' '));

/**
 * Whether the words around a name show that it names a place: `city of` before it (in
 * lower case: `City of London Corporation` is a body's name), or a land or water
 * feature's word as its first word. The model, trained on 1996 news wire, reads a town
 * it has never seen as a person (`Derna`, `Wadi Derna`).
 */
export function namedAsPlace(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from >= 2 && FEATURE_FIRST.has(tokens[from].text.toLowerCase()) && /^\p{Lu}/u.test(tokens[from].text)) return true;
  if (from >= 2 && tokens[from - 1].text === 'of' && PLACE_BEFORE_OF.has(tokens[from - 2].text)) return true;
  // `two bigger Donetsk cities, Kramatorsk and …`, `the towns Bucha and Irpin`: a plural settlement noun names what follows.
  const before = from >= 1 && tokens[from - 1].text === ',' ? from - 2 : from - 1;
  if (before >= 0 && PLACES_BEFORE_NAMES.has(tokens[before].text)) return true;
  // `Konstantivka, another town under Kyiv control`, `Derna, a port city`: a settlement noun in apposition.
  if (tokens[to]?.text !== ',') return false;
  let i = to + 1;
  if (/^(?:a|an|another|the)$/.test(tokens[i]?.text ?? '')) i++;
  for (let k = 0; k < 3 && i < tokens.length && /^\p{Ll}+$/u.test(tokens[i].text); k++, i++) {
    if (SETTLEMENT_IN_APPOSITION.has(tokens[i].text)) return !/^['’]s$/.test(tokens[i + 1]?.text ?? '');
  }
  return false;
}

/** Lower-case nouns for a settlement in apposition to a name (`Konstantivka, another town under Kyiv control`); not `state`, which is a broadcaster's too. */
const SETTLEMENT_IN_APPOSITION = new Set('city town village port capital province region district county island municipality suburb'.split(' '));

/** Lower-case plural settlement nouns, after which (and a comma) the names of places come. */
const PLACES_BEFORE_NAMES = new Set('cities towns villages ports capitals provinces regions districts counties islands suburbs'.split(' '));

const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

/**
 * Whether a person's name tagged as a given name alone (`Ned`) goes on with a
 * capitalised word right after it that the tagger left out because it is also a common
 * word (`Ned Price`). Not a word the gazetteer knows (`Joe Washington`), a day or a
 * month.
 */
export function surnameAfterGivenName(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || to >= tokens.length) return false;
  if (gazCategory(tokens[from].text.toLowerCase()) !== 'given') return false;
  const next = tokens[to];
  if (next.start !== tokens[from].end + 1 || text.charCodeAt(tokens[from].end) !== 32) return false;
  const lower = next.text.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(next.text) && gazCategory(lower) === undefined && !CALENDAR.has(lower);
}

/** Courtesy titles, after which a person's name comes. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.?$/;
/** Titles that follow `Mr` as a form of address, not as a name (`Mr President`). */
const OFFICE_OF_ADDRESS = new Set('president secretary minister speaker chairman chairwoman mayor governor ambassador chancellor prime deputy vice chief director'.split(' '));
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * The names after a courtesy title (`Mr. King`, `Ms Simonyan`, `Dr. J. Smith`), as
 * token ranges: whatever the tagger made of them, they are people. A model trained on
 * news wire misses some (`King` is also a common word, so `Mr. King said` is tagged as
 * nothing). Up to four capitalised words or initials, ending in a word.
 */
export function namesAfterHonorifics(tokens: readonly Token[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!HONORIFIC.test(tokens[i].text) || OFFICE_OF_ADDRESS.has(tokens[i + 1].text.toLowerCase())) continue;
    let j = i + 1;
    let end = -1;
    while (j < tokens.length && j - i <= 4 && (NAME_WORD.test(tokens[j].text) || INITIAL.test(tokens[j].text))) {
      if (NAME_WORD.test(tokens[j].text)) end = j + 1;
      j++;
    }
    if (end > 0) {
      out.push({ from: i + 1, to: end });
      i = end - 1;
    }
  }
  return out;
}

/** A date as a news wire's dateline gives it (`1996-08-30`). */
const DATELINE_DATE = /^\d{4}-\d\d-\d\d$/;
const CAPITAL_START = /^\p{Lu}/u;

/**
 * Whether a line is a news wire's dateline (`NEW YORK 1996-08-30`, `WIGAN, England
 * 1996-08-31`): capitalised words, at most one comma between them, and a date last.
 * Its names are the place the story was filed from, whatever the rest of the article
 * makes of the same name (New York's team in a table of results).
 */
export function isDateline(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  if (n < 2 || n > 8 || !DATELINE_DATE.test(tokens[n - 1].text) || !CAPITAL_START.test(tokens[0].text)) return false;
  let commas = 0;
  for (let i = 1; i < n - 1; i++) {
    const t = tokens[i].text;
    if (t === ',') {
      if (++commas > 1 || i === n - 2) return false;
    } else if (!CAPITAL_START.test(t)) return false;
  }
  return true;
}
