/**
 * Name mentions for attribution: the recogniser's entities when there are any,
 * otherwise a capitalised-sequence heuristic (titles and demonyms stripped, kinds
 * guessed from organisation words and from full names seen elsewhere in the text).
 */
import type { Entity, EntityKind } from '../../types';
import type { Token } from '../../text/tokenize';
import { CAPITALISED_FUNCTION_WORDS, ORG_WORDS, TITLES, isDemonym } from './lexicon';
import { bareWord, startsUpper } from '../../text/letterCase';
import { namesAProduct } from '../productNames';
import { oneByteText } from '../../text/oneByte';

export type NameKind = EntityKind | 'unknown';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  kind: NameKind;
  canonical: string;
  /** True for the recogniser's entities. */
  entity: boolean;
}

const CONNECTORS = new Set(['of', 'de', 'von', 'der', 'van', 'den', 'al', 'bin', 'la', 'le', 'du', 'da', 'di', 'del', 'and', '&']);
const PLACES = new Set([
  'russia', 'ukraine', 'us', 'u.s', 'u.s.', 'usa', 'america', 'uk', 'britain', 'england', 'scotland', 'wales',
  'moscow', 'kyiv', 'kiev', 'washington', 'london', 'paris', 'berlin', 'brussels', 'china', 'beijing', 'iran',
  'tehran', 'japan', 'tokyo', 'germany', 'france', 'poland', 'europe', 'crimea', 'donbas', 'donbass', 'bakhmut',
  'luhansk', 'donetsk', 'kharkiv', 'belarus', 'moldova', 'romania', 'turkey', 'israel', 'syria', 'india',
  'canada', 'mexico', 'texas', 'florida', 'california', 'ohio', 'new york', 'pennsylvania', 'virginia', 'iowa',
  'georgia', 'michigan', 'wisconsin', 'arizona', 'nevada', 'carolina', 'colorado', 'west', 'east', 'the west',
  'sweden', 'finland', 'norway', 'nato', 'eu',
]);

function hasOrgWord(toks: readonly Token[]): boolean {
  return toks.some((x) => ORG_WORDS.has(bareWord(x.text)));
}

function isLowerInitial(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return /^\p{Ll}/u.test(t);
}

function isAllCapsWord(t: string): boolean {
  return t.length > 1 && t === t.toUpperCase() && /\p{L}/u.test(t);
}

/** Whether `i` starts a sentence (after `.`, `!`, `?`, a quote, a bullet or the line start). */
function sentenceInitial(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1];
  for (let k = prev.end; k < tokens[i].start; k++) if (text.charCodeAt(k) === 10) return true;
  return /^[.!?:;“"‘'•*\-–—(]$/u.test(prev.text);
}

/** Capitalised-name heuristic: every mention, with a kind guess and a canonical name per article. */
export function heuristicNames(text: string, tokens: readonly Token[]): NameMention[] {
  // Sentence-initial single words (`Fresh footage shows`) are names only if never written in lower case:
  // collect those candidates first, then look for their lower-case forms in one pass.
  const candidates = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    if (startsUpper(w) && sentenceInitial(text, tokens, i)) candidates.add(bareWord(w));
  }
  const lowerWords = new Set<string>();
  if (candidates.size) for (const t of tokens) if (isLowerInitial(t.text) && candidates.has(t.text)) lowerWords.add(t.text);
  const raw: { toks: Token[]; titled: boolean }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!startsUpper(t.text)) {
      i++;
      continue;
    }
    // Grow a run of capitalised tokens joined by single spaces (and name connectors).
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length) {
      if (tokens[j].start - tokens[j - 1].end !== 1) break;
      const gc = text.charCodeAt(tokens[j - 1].end);
      if (gc !== 32 && gc !== 0xa0) break;
      const w = tokens[j].text;
      if (startsUpper(w)) {
        run.push(tokens[j]);
        j++;
        continue;
      }
      // Connectors (`of`, `von der`) only between capitalised words.
      let c = j;
      while (c + 1 < tokens.length && c - j < 2 && CONNECTORS.has(tokens[c].text) && tokens[c + 1].start - tokens[c].end === 1) c++;
      if (c > j && c < tokens.length && startsUpper(tokens[c].text)) {
        for (let k = j; k <= c; k++) run.push(tokens[k]);
        j = c + 1;
        continue;
      }
      break;
    }
    if (namesAProduct(tokens, i, j)) {
      i = j;
      continue;
    }
    const initial = sentenceInitial(text, tokens, i);
    splitRun(run, initial, lowerWords, raw);
    i = j;
  }
  // Kinds: organisation words; persons when titled, multi-word, or the surname of a multi-word person.
  const mentions: NameMention[] = [];
  const fullBySurname = new Map<string, string>();
  const orgs = new Set<string>();
  const staged: { toks: Token[]; titled: boolean; kind: NameKind; text: string }[] = [];
  const narrow = oneByteText(text);
  for (const r of raw) {
    const s = r.toks[0].start;
    const e = r.toks[r.toks.length - 1].end;
    const nameText = narrow.slice(s, e);
    let kind: NameKind = 'unknown';
    if (hasOrgWord(r.toks)) kind = 'organization';
    else if (PLACES.has(nameText.toLowerCase())) kind = 'place';
    else if (r.titled || (r.toks.length >= 2 && r.toks.every((x) => startsUpper(x.text) && !isAllCapsWord(x.text) || CONNECTORS.has(x.text)))) kind = 'person';
    else if (r.toks.length >= 2 && r.toks.some((x) => !isAllCapsWord(x.text))) kind = 'person';
    if (kind === 'person') {
      const last = r.toks[r.toks.length - 1].text.toLowerCase();
      const cur = fullBySurname.get(last);
      if (!cur || nameText.length > cur.length) fullBySurname.set(last, nameText);
    }
    if (kind === 'organization') orgs.add(nameText);
    staged.push({ toks: r.toks, titled: r.titled, kind, text: nameText });
  }
  for (const r of staged) {
    const last = r.toks[r.toks.length - 1].text.toLowerCase();
    let kind = r.kind;
    let canonical = r.text;
    const full = fullBySurname.get(last);
    if (full && (kind === 'person' || kind === 'unknown')) {
      kind = 'person';
      canonical = full;
    }
    mentions.push({ start: r.toks[0].start, end: r.toks[r.toks.length - 1].end, text: r.text, kind, canonical: tidyCanonical(canonical), entity: false });
  }
  return mentions;
}

const tidyCache = new Map<string, string>();
function tidyCanonical(s: string): string {
  let v = tidyCache.get(s);
  if (v === undefined) {
    v = tidyCanonicalUncached(s);
    if (tidyCache.size > 5000) tidyCache.clear();
    tidyCache.set(s, v);
  }
  return v;
}

function tidyCanonicalUncached(s: string): string {
  // `VLADIMIR Putin` → `Vladimir Putin`.
  const ws = s.split(' ');
  let out = '';
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (i > 0) out += ' ';
    out += isAllCapsWord(w) && w.length > 3 && !w.includes('.') ? w[0] + w.slice(1).toLowerCase() : w;
  }
  return out;
}

/** Splits a capitalised run at titles: `NATO Secretary General Jens Stoltenberg` → NATO | Jens Stoltenberg. */
function splitRun(run: Token[], initial: boolean, lowerWords: Set<string>, out: { toks: Token[]; titled: boolean }[]): void {
  // Trim leading function words (`The`, `But`) and trailing connectors.
  let a = 0;
  while (a < run.length && CAPITALISED_FUNCTION_WORDS.has(run[a].text.toLowerCase())) a++;
  let b = run.length;
  while (b > a && CONNECTORS.has(run[b - 1].text)) b--;
  if (b <= a) return;
  const toks = run.slice(a, b);
  const startsSentence = initial && a === 0;
  const hasOrg = hasOrgWord(toks);
  // The last title word followed by a capitalised non-title name starts a person's name.
  let lastTitle = -1;
  for (let k = 0; k < toks.length - 1; k++) {
    const w = bareWord(toks[k].text);
    if (TITLES.has(w) || (isDemonym(toks[k].text) && k + 1 < toks.length && TITLES.has(bareWord(toks[k + 1].text)))) lastTitle = k;
  }
  if (lastTitle >= 0) {
    let p = lastTitle + 1;
    while (p < toks.length && (CONNECTORS.has(toks[p].text) || TITLES.has(bareWord(toks[p].text)))) p++;
    const person = toks.slice(p);
    const personIsOrg = hasOrgWord(person);
    if (person.length && !personIsOrg) {
      // The part before the title may itself be an organisation or a place (`NATO`, `European Commission`).
      let q = 0;
      const pre: Token[] = [];
      for (; q < toks.length; q++) {
        const w = bareWord(toks[q].text);
        if (TITLES.has(w) || isDemonym(toks[q].text)) break;
        pre.push(toks[q]);
      }
      if (pre.length && (hasOrg || pre.length >= 1) && !(startsSentence && pre.length === 1 && lowerWords.has(pre[0].text.toLowerCase()))) {
        out.push({ toks: pre, titled: false });
      }
      out.push({ toks: person, titled: true });
      return;
    }
    if (!person.length && !hasOrg) return; // only titles: `President`, `Defence Secretary`
  }
  // A lone title or demonym is not a name; a lone sentence-initial ordinary word neither.
  if (toks.length === 1) {
    const w = toks[0].text;
    const lw = bareWord(w);
    if (TITLES.has(lw) && !ORG_WORDS.has(lw)) return;
    if (/^[RDI]-\p{L}+$/u.test(w)) return; // party label `R-Ky`
    if (startsSentence && lowerWords.has(lw)) return;
    if (isDemonym(w) && !/^(?:US|U\.S\.|UK|EU|UN|NATO)$/.test(w)) return;
  }
  // Leading demonyms qualify a person's name (`Ukrainian commander …` is not in the run; `Russian Ivan Petrov` is).
  let s = 0;
  if (!hasOrg) while (s < toks.length - 1 && isDemonym(toks[s].text) && !/^(?:US|U\.S\.|UK|EU|UN|NATO)$/.test(toks[s].text)) s++;
  out.push({ toks: toks.slice(s), titled: false });
}

/** Mentions in text order, a longer one before a shorter one at the same start. */
export function byStartThenLongest(x: NameMention, y: NameMention): number {
  return x.start - y.start || y.end - x.end;
}

/** The recogniser's entities as name mentions. */
export function entityNames(entities: Entity[]): NameMention[] {
  const out: NameMention[] = [];
  for (const e of entities) out.push({ start: e.start, end: e.end, text: e.text, kind: e.kind, canonical: e.canonical, entity: true });
  return out.sort(byStartThenLongest);
}

