import type { Token } from '../../text/tokenize';
import type { EntityKind } from '../../types';
import { bareWord } from '../../text/letterCase';
import { gazCategory } from './gazetteer';

/** Titles and roles that stand before a name but are not part of it. */
const TITLES = new Set(
  'mr mrs ms dr prof sir lord lady president prime minister secretary chancellor general gen lt col colonel major brigadier admiral adm commander captain sgt sergeant senator sen rep del delegate governor gov mayor rev reverend king queen prince princess pope deputy vice defence defense foreign chief head spokesman spokeswoman spokesperson minister leader ambassador director chairman chairwoman judge justice officer official st saint sheriff ceo cfo coo cto economist analyst professor founder executive chief-executive phd detective det inspector superintendent constable trooper attorney'
    .split(' '),
);
/**
 * Demonyms and nationality adjectives are not places (`Russian troops`). Suffix
 * rules would also catch places (`Crimea`, `Japan`), so the common ones are listed.
 */
const DEMONYMS = new Set(
  'russian ukrainian american british german french chinese polish dutch european western eastern soviet iranian belarusian swedish norwegian finnish danish turkish japanese italian spanish syrian israeli palestinian iraqi afghan indian pakistani korean canadian australian georgian armenian moldovan romanian hungarian czech slovak baltic estonian latvian lithuanian serbian croatian greek english scottish welsh irish nordic african asian arab kremlin-backed pro-russian pro-ukrainian'
    .split(' '),
);
const PUNCT = /^[\p{P}\p{S}]+$/u;
const COPYRIGHT = /^(?:Copyright|COPYRIGHT|©)$/;
/** Feasts and legal instruments end names that are neither people, places nor organisations (`Orthodox Christmas`, `the Geneva Convention`). */
const NOT_AN_ENTITY_HEAD = /^(?:Christmas|Easter|Ramadan|Hanukkah|Passover|Thanksgiving|Diwali|Eid|Conventions?|Treaty|Accords?|Agreements?|Protocol|Charter|Regulations?|Directives?)$/;
/** Last words that make a name a place however it begins (`Northern Territories`, an organisation to the model). */
const PLACE_HEAD = /^(?:Islands|Territories|Mountains|Heights|Peninsula|Sea|Ocean|River|Lake|Valley|Strait|Oblast|Province|Region|Coast)$/;
/** Last words that make a name a place where the model took it for a person's (`Martin County`); a club may be one (`Stirling County`). */
const PLACE_NOT_PERSON_HEAD = /^(?:County|Township|Parish)$/;
/** Last words of page furniture (`License Photo`, `File Photo`, `Reuters/File Photo`): a photo's label, never a name. */
const PHOTO_LABEL = /^(?:Photos?|Photographs?|Pictures?|Pics?|File|Image)$/;
/** Last words of a picture agency's name (`Getty Images`, `Shutterstock Images`): an organisation, whatever the model says. */
const PICTURE_AGENCY_HEAD = /^(?:Images|Photography)$/;
/** Last words that make a name an organisation however it begins (`Soviet Union Navy`, a place to the model). */
const ORGANISATION_HEAD = /^(?:Navy|Army|Fleet|Brigade|Regiment|Battalion|Corps|Ministry|Agency|Council|Committee|Commission|Parliament|Government|Party|Police)$/;

/** `( BJ )` from token i: one to three capital letters in brackets, which tell apart clubs of one name (`Mladost (L)`, `Mladost (BJ)`). */
export function isBracketedQualifier(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === '(' && /^\p{Lu}{1,3}$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')';
}

/** Words in lower case inside names (`Bank of England`, `Ursula von der Leyen`, `Gazzetta dello Sport`). */
const NAME_CONNECTORS = new Set('of and for on in at upon the wa de del della dello der den des du da di do dos das la le van von zu y al el bin ibn'.split(' '));

/** Whether a word may stand inside a name: not in lower case, a connector, or joined by a hyphen (`al-Saadani`). */
function joinsName(word: string): boolean {
  return !/^\p{Ll}/u.test(word) || NAME_CONNECTORS.has(word) || word.includes('-');
}

/** Punctuation, bullets and a possessive `'s` at either edge of a span: never part of a name. */
function isEdgeNoise(token: Token): boolean {
  return PUNCT.test(token.text) || /^['’]s$/i.test(token.text);
}

/**
 * Trims a tagged span to the name itself: no leading titles or bullets, no
 * trailing punctuation, quote marks or possessive `'s`; a lone demonym, a lone
 * word for an attitude or doctrine (`-phobia`, `-ism`), and a feast or a treaty,
 * is dropped. A title before words that name a body (`General Staff`) is no title
 * but part of an organisation's name. The last word can overrule the model's kind:
 * a place-typed name that ends in a body's word (`Soviet Union Navy`) is an
 * organisation, and a name that ends in a word for land or water (`Northern
 * Territories`) a place.
 */
export function cleanSpan(tokens: Token[], kind: EntityKind): { start: number; end: number; kind: EntityKind } | null {
  let a = 0;
  let b = tokens.length;
  // `Copyright The Jiji Press`: page furniture before an agency's name.
  while (a < b && (isEdgeNoise(tokens[a]) || COPYRIGHT.test(tokens[a].text))) a++;
  const titled = a;
  // A title alone stays (`King` is a surname too); a role alone is dropped below.
  while (a < b && (isEdgeNoise(tokens[a]) || (kind === 'person' && a < b - 1 && isTitle(tokens[a].text)))) a++;
  while (b > a && isEdgeNoise(tokens[b - 1]) && !(kind === 'organization' && b - a >= 4 && tokens[b - 1].text === ')' && isBracketedQualifier(tokens, b - 3))) b--;
  if (a >= b) return null;
  if (NOT_AN_ENTITY_HEAD.test(tokens[b - 1].text)) return null;
  if (PHOTO_LABEL.test(tokens[b - 1].text)) {
    // The agency before a slash stays (`Reuters` of `Reuters/File Photo`); the label goes.
    const slash = tokens.slice(a, b).findIndex((t) => t.text === '/');
    if (slash <= 0) return null;
    b = a + slash;
    kind = 'organization';
  }
  if (b - a > 1 && PICTURE_AGENCY_HEAD.test(tokens[b - 1].text)) kind = 'organization';
  if (a > titled && tokens.slice(a, b).every((w) => isBodyWord(w.text))) return { start: tokens[titled].start, end: tokens[b - 1].end, kind: 'organization' };
  if (kind === 'place' && b - a > 1 && ORGANISATION_HEAD.test(tokens[b - 1].text)) kind = 'organization';
  else if (kind !== 'place' && b - a > 1 && PLACE_HEAD.test(tokens[b - 1].text)) kind = 'place';
  else if (kind === 'person' && b - a > 1 && PLACE_NOT_PERSON_HEAD.test(tokens[b - 1].text)) kind = 'place';
  // `the Kremlin`, `The Ministry of Defence`, `The Wagner chief`: the article is not part of the name (a capital `The` stays in place names: `The Hague`).
  if (b - a > 1 && (kind === 'place' ? /^the$/ : /^the$/i).test(tokens[a].text)) a++;
  // Words in lower case that join no name end it: trailing ones go (`Air France chairman`),
  // and inside, the words before the first of them are the name (`First Union bank in
  // Philadelphia`), or the words after the last where one capitalised word is before
  // (`Armored vehicles from France`: a heading's capital ran the name back).
  while (b - a > 1 && (!joinsName(tokens[b - 1].text) || NAME_CONNECTORS.has(tokens[b - 1].text))) b--;
  const first = tokens.slice(a, b).findIndex((t) => !joinsName(t.text));
  if (first > 1) b = a + first;
  else if (first === 1) {
    let last = b - 1;
    while (joinsName(tokens[last].text)) last--;
    a = last + 1;
    while (a < b && NAME_CONNECTORS.has(tokens[a].text)) a++;
  }
  while (b - a > 1 && NAME_CONNECTORS.has(tokens[b - 1].text)) b--;
  if (a >= b) return null;
  const words = tokens.slice(a, b);
  const named = personAfterTitle(words);
  if (named) return named;
  if (words.length === 1 && kind !== 'person' && DEMONYMS.has(words[0].text.toLowerCase())) return null;
  // An abbreviated title alone (`St.` of `the St. Petersburg-based agency`, `Gen.`) is no name.
  if (words.length === 1 && words[0].text.endsWith('.') && isTitle(words[0].text)) return null;
  // A role alone (`CEO`, `PhD`, `Economist`) names nobody: the person is found from it elsewhere (quotes).
  if (words.length === 1 && ROLES_ALONE.has(bareWord(words[0].text))) return null;
  // `Russophobia`, `Nazism`: an attitude or a doctrine, not a person, place or organisation.
  if (words.length === 1 && /^\p{Lu}\p{Ll}{2,}(?:phobia|ism)$/u.test(words[0].text)) return null;
  if (words.every((w) => !/\p{Lu}/u.test(w.text[0] ?? ''))) return null;
  return { start: words[0].start, end: words[words.length - 1].end, kind };
}

/** Roles and degrees that are never a name by themselves (unlike `King` or `General`, which are surnames too). */
const ROLES_ALONE = new Set('ceo cfo coo cto phd md mba economist analyst spokesman spokeswoman spokesperson sheriff chairman chairwoman premier chancellor'.split(' '));

/** Titles that, inside a span tagged as an organisation or place, introduce a person. */
const PERSON_TITLES = new Set(
  'president secretary minister chancellor general sheriff ceo economist spokesman spokeswoman spokesperson commander governor mayor senator ambassador mr mrs ms dr chairman chairwoman leader envoy admiral brigadier colonel lieutenant captain sergeant king queen prince pope premier'.split(' '),
);
/** Whether a word is a title or role that stands before a name (`General`, `Mr`). */
export function isTitle(word: string): boolean {
  return TITLES.has(bareWord(word));
}

/** Whether a word names a body or is a word of such a name (`Staff`, `Ministry`, `Foreign`). */
export function isBodyWord(word: string): boolean {
  return ORG_WORDS.test(word);
}

const ORG_WORDS = /^(?:State|Defence|Defense|Foreign|Office|Ministry|Department|Council|Agency|Committee|Party|Forces?|Army|Navy|Command|Staff|Service|Assembly|Commission|Government|House)$/;

/** `US Secretary of State Antony Blinken` tagged as one organisation is the person at its end. */
function personAfterTitle(words: Token[]): { start: number; end: number; kind: EntityKind } | null {
  const isPersonTitle = (w: Token) => PERSON_TITLES.has(bareWord(w.text));
  // `Defense Lloyd Austin` of `Secretary of Defense Lloyd Austin`: the office's last word before a given name.
  const afterOffice = words.length >= 3 && isBodyWord(words[0].text) && gazCategory(words[1].text.toLowerCase()) === 'given';
  if (!afterOffice && !words.some(isPersonTitle)) return null;
  // The name is the run of capitalised words at the end, after the title and any "of State".
  let from = words.length;
  while (from > 0 && /^\p{Lu}\p{Ll}/u.test(words[from - 1].text) && !isPersonTitle(words[from - 1]) && !isBodyWord(words[from - 1].text)) from--;
  const name = words.slice(from);
  if (name.length === 0 || name.length > 3 || from === 0) return null;
  // `Queen's Park`, `Queen of South`: the title is part of the name of a place or a club, no
  // person's (`President of Ukraine Volodymyr Zelensky` ends in one).
  if (name.length === 1 && /^(?:of|['’][sS])$/.test(words[from - 1].text)) return null;
  return { start: name[0].start, end: name[name.length - 1].end, kind: 'person' };
}
