import { tokenizeSpans } from '../../text/fastTokenize';
import type { Token } from '../../text/tokenize';
import type { ArticleStructure, Entity, EntityKind } from '../../types';
import { canonicalizeArticle } from './canonical';
import { defaultTagger, type EntityTagger } from './model';
import { cleanSpan, isBracketedQualifier } from './spans';
import { inPhotoCredit, isDateline, isPlatformName, kindInContext, namedAsMedia, namesAfterHonorifics, surnameAfterGivenName } from './nameContext';
import { afterLeadingPlural, areaHeadEnd, organisationStart, stationNumberEnd } from './nameExtent';
import { acronymCountedAsThing, namesAProduct, namesAShip, personNamesAWeapon } from '../productNames';
import { oneByteText } from '../../text/oneByte';
import { wholeNameMentions } from './wholeNames';
import { gazCategory } from './gazetteer';
import { firstEndingAfter } from '../../util/lowerBound';

export { mergeCanonicalNames } from './canonical';

const KIND: Record<string, EntityKind> = { PER: 'person', LOC: 'place', ORG: 'organization' };
const SKIP_PARAGRAPHS = new Set(['furniture']);
const STORM = /^(?:Storm|Hurricane|Typhoon|Cyclone|storm|hurricane|typhoon|cyclone)$/;
/** The label of a photo credit (`Picture:`, `Images source:`). */
const CREDIT_LABEL = String.raw`(?:Picture|Photo|Photograph|Image|Images source|Credit)s?:`;
/** A photo credit (`Picture: Alamy`, `Images source: © Getty Images`) names an agency, not an entity of the story. */
const CREDIT = new RegExp(CREDIT_LABEL + String.raw`\s*(?:©\s*)?$`, 'i');
/** Nor is the label's own capitalised word (`Images` of `Images source:`) a name. */
const CREDIT_LABEL_AHEAD = new RegExp('^' + CREDIT_LABEL, 'i');

/**
 * People, places and organisations, every mention, with a canonical name per
 * article. A perceptron trained on CoNLL-2003 tags each sentence; spans are then
 * cleaned (titles, possessives, quote marks and bullets outside) and variants of
 * one name share a canonical form.
 */
export function recognizeEntities(
  text: string,
  structure: ArticleStructure,
  tagger: EntityTagger | null = defaultTagger(),
  /** `fastTokenize(text)`, when the caller has it already. */
  tokens?: readonly Token[],
): Entity[] {
  if (!tagger) return [];
  const narrow = oneByteText(text);
  const entities: Entity[] = [];
  // Mentions whose kind the words around them decided, against the model's guess.
  const decided = new Set<Entity>();
  // Places of datelines, kept out of the article's vote on each name's kind.
  const pinned = new Set<Entity>();
  // Names after `Mr` or `Dr` that the model did not tag (namesAfterHonorifics).
  const untagged: Entity[] = [];
  // Whether entities found after the model's (media names) broke their text order.
  let unsorted = false;
  const sentences = structure.sentences.length > 0 ? structure.sentences : lines(text);
  const read = sentences.filter((s) => {
    const kind = structure.paragraphs[s.paragraph]?.kind;
    return !(kind && SKIP_PARAGRAPHS.has(kind));
  });
  const units: Token[][] = tokenizeSpans(text, read, tokens).filter((tokens) => tokens.length > 0);
  const sentenceWords: string[][] = [];
  for (const tokens of units) {
    const words: string[] = [];
    for (const t of tokens) words.push(t.text);
    sentenceWords.push(words);
  }
  const tagged = tagger.tagDocument(sentenceWords);
  units.forEach((tokens, u) => {
    const dateline = isDateline(tokens);
    for (const span of headOfJoined(tokens, bioSpans(tagged[u]))) {
      let k = KIND[span.type];
      if (!k) continue;
      span.from = afterLeadingPlural(tokens, span.from, span.to);
      const orgStart = organisationStart(tokens, span.from, span.to);
      if (orgStart >= 0) {
        // The longer name takes in any name the model found inside it.
        while (entities.length > 0 && entities[entities.length - 1].start >= tokens[orgStart].start) decided.delete(entities.pop()!);
        span.from = orgStart;
        k = 'organization';
      }
      // `@handle`s are account names, not mentions in the text.
      if (span.from > 0 && tokens[span.from - 1].text === '@' && tokens[span.from - 1].end === tokens[span.from].start) continue;
      // A ship named after a place is no place either (`the cruiser Moskva`).
      if (k !== 'place' ? namesAProduct(tokens, span.from, span.to) : namesAShip(tokens, span.from)) continue;
      if (k === 'person' && personNamesAWeapon(tokens, span.from, span.to)) continue;
      // `Storm Daniel`, `Hurricane Ian`: a storm's name is no person's.
      if (k === 'person' && span.from > 0 && STORM.test(tokens[span.from - 1].text)) continue;
      if (acronymCountedAsThing(tokens, span.from, span.to)) continue;
      if (k === 'organization') span.to = stationNumberEnd(tokens, span.to);
      if (k !== 'person' && tagged[u][span.to] === 'O') span.to = areaHeadEnd(tokens, span.to);
      if (k === 'person' && tagged[u][span.to] === 'O' && surnameAfterGivenName(text, tokens, span.from, span.to)) span.to++;
      for (const piece of splitAtBreaks(tokens, span.from, span.to, k === 'organization')) {
        const cleaned = cleanSpan(piece, k);
        if (!cleaned || CREDIT.test(narrow.slice(Math.max(0, cleaned.start - 24), cleaned.start))) continue;
        if (CREDIT_LABEL_AHEAD.test(narrow.slice(cleaned.start, cleaned.start + 24))) continue;
        const inContext = kindInContext(tokens, span.from, span.to, cleaned.kind);
        const entity: Entity = { start: cleaned.start, end: cleaned.end, text: narrow.slice(cleaned.start, cleaned.end), kind: inContext ?? cleaned.kind, canonical: '' };
        if (dateline) {
          entity.kind = 'place';
          pinned.add(entity);
        }
        entities.push(entity);
        // Decided by its context even where the model agreed (`news agency Tanjug`, tagged an
        // organisation there and a person in `Tanjug said`).
        if (inContext) decided.add(entity);
        else if (entity.kind === 'place' && inPhotoCredit(tokens, span.from, span.to)) entity.kind = 'organization';
      }
    }
    // A platform the model left untagged (`its regular Twitter bulletin`) is still an organisation.
    for (const t of tokens) {
      if (!isPlatformName(t.text) || entities.some((e) => e.start < t.end && t.start < e.end)) continue;
      untagged.push({ start: t.start, end: t.end, text: narrow.slice(t.start, t.end), kind: 'organization', canonical: '' });
    }
    // A publication the model left untagged (`news outlet "Wiorstka"`) is an organisation,
    // and a tagged one: repeatedMentions finds its other mentions.
    for (const run of capitalisedRuns(tokens)) {
      const start = tokens[run.from].start;
      const end = tokens[run.to - 1].end;
      if (!namedAsMedia(tokens, run.from, run.to) || entities.some((e) => e.start < end && start < e.end)) continue;
      const media: Entity = { start, end, text: narrow.slice(start, end), kind: 'organization', canonical: '' };
      entities.push(media);
      decided.add(media);
      unsorted = true;
    }
    for (const name of namesAfterHonorifics(tokens)) {
      const start = tokens[name.from].start;
      const end = tokens[name.to - 1].end;
      const found = entities.find((e) => e.start < end && start < e.end);
      if (!found) {
        untagged.push({ start, end, text: narrow.slice(start, end), kind: 'person', canonical: '' });
      } else if (found.kind !== 'person' && found.start === start && found.end === end) {
        found.kind = 'person';
        decided.add(found);
      }
    }
  });
  if (unsorted) entities.sort((a, b) => a.start - b.start);
  const repeated = repeatedMentions(narrow, units, entities);
  if (untagged.length > 0 || repeated.length > 0) {
    entities.push(...untagged, ...repeated);
    entities.sort((a, b) => a.start - b.start);
  }
  const whole = wholeNameMentions(narrow, units, entities);
  if (whole.added.length > 0) {
    for (const e of whole.replaced) {
      decided.delete(e);
      pinned.delete(e);
    }
    const kept = entities.filter((e) => !whole.replaced.has(e));
    entities.length = 0;
    entities.push(...kept, ...whole.added);
    entities.sort((a, b) => a.start - b.start);
  }
  canonicalizeArticle(entities, decided, pinned);
  givenNamesInBrackets(text, entities);
  return entities;
}

/**
 * The other mentions of a one-word name the tagger found somewhere in the article (one
 * sense per discourse, as in Ratinov & Roth 2009): `Boeing` tagged in one sentence is
 * `Boeing` in `cost Boeing billions` and at the start of `Boeing has maintained`, where
 * the model, trained on 1996 news wire, saw nothing it knew. Only a capitalised word
 * never written in lower case in the article, standing alone (no capitalised word
 * either side but a sentence's `The`, so it is no part of a longer name), takes the kind it was tagged with
 * most often.
 */
function repeatedMentions(text: { slice(start: number, end: number): string }, units: readonly Token[][], entities: readonly Entity[]): Entity[] {
  const kinds = new Map<string, Map<EntityKind, number>>();
  for (const e of entities) {
    if (e.text.length < 3 || !/^\p{Lu}[\p{L}\p{M}-]*$/u.test(e.text)) continue;
    const m = kinds.get(e.text) ?? kinds.set(e.text, new Map()).get(e.text)!;
    m.set(e.kind, (m.get(e.kind) ?? 0) + 1);
  }
  if (kinds.size === 0) return [];
  const lower = new Set<string>();
  for (const tokens of units) for (const t of tokens) if (kinds.has(t.text.charAt(0).toUpperCase() + t.text.slice(1)) && /^\p{Ll}/u.test(t.text)) lower.add(t.text);
  const covered = (start: number, end: number) => {
    const lo = firstEndingAfter(entities, start);
    return lo < entities.length && entities[lo].start < end;
  };
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  const out: Entity[] = [];
  for (const tokens of units) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const seen = kinds.get(t.text);
      // A sentence's `The` is no part of a name (`The MoD said`).
      if (!seen || lower.has(t.text.toLowerCase()) || (capital(tokens[i - 1]) && tokens[i - 1].text !== 'The') || capital(tokens[i + 1]) || covered(t.start, t.end)) continue;
      let kind: EntityKind = 'person';
      let most = 0;
      for (const [k, n] of seen) if (n > most) [kind, most] = [k, n];
      out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), kind, canonical: '' });
    }
  }
  return out;
}

/** Days and months, which follow `agency` and `network` too (`the auto safety agency Saturday launched`). */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Runs of capitalised words (at most four; no lone platform's name, which has its own pass, nor a lone demonym, day or month: `the official Chinese account`), as token ranges. */
function capitalisedRuns(tokens: readonly Token[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i].text)) continue;
    let j = i + 1;
    while (j < tokens.length && /^\p{Lu}/u.test(tokens[j].text)) j++;
    const lone = j - i === 1 ? tokens[i].text : '';
    if (j - i <= 4 && !(lone && (isPlatformName(lone) || CALENDAR_WORD.test(lone) || gazCategory(lone.toLowerCase()) === 'demonym'))) out.push({ from: i, to: j });
    i = j - 1;
  }
  return out;
}

/** `]` and the space after it, between an editor's insertion and the name it completes. */
const CLOSING_INSERTION = /^\]\s+$/;

/**
 * An editor's insertion in a quotation (`[Russian president Vladimir] Putin`) splits one
 * person's name at the bracket: the given name inside it is a mention of the person the
 * surname after it names, and takes that canonical name where it is a full name (the
 * article names the person in full elsewhere; its spelling wins over `[Vlaimir] Putin`).
 * With no full name to take, both keep their own: joining them would make a second full
 * name (`Vlaimir Putin`) that leaves every bare `Putin` of the corpus ambiguous.
 */
function givenNamesInBrackets(text: string, entities: Entity[]): void {
  for (let i = 0; i + 1 < entities.length; i++) {
    const given = entities[i];
    const surname = entities[i + 1];
    if (given.kind !== 'person' || surname.kind !== 'person' || given.text.includes(' ')) continue;
    if (!CLOSING_INSERTION.test(text.slice(given.end, surname.start))) continue;
    if (surname.canonical.includes(' ')) given.canonical = surname.canonical;
  }
}

/** Brackets, quote marks and possessives do not occur inside a name: a span the model ran across one is two names. */
const BREAK = /^(?:[()\[\]"“”«»]|['’][sS])$/;
const POSSESSIVE = /^['’][sS]$/;

export function splitAtBreaks(tokens: Token[], from: number, to: number, organisation: boolean): Token[][] {
  const out: Token[][] = [];
  // A club's letter in brackets the tagger took in (`Mladost (BJ)`) stays with the name before it.
  const qualified = organisation && to - from >= 4 && isBracketedQualifier(tokens, to - 3);
  const end = qualified ? to - 3 : to;
  let a = from;
  for (let i = from; i <= end; i++) {
    // Inside an organisation's name, a possessive is part of it (`Queen's Park`, `Sheriff's Office`).
    if (i === end || (BREAK.test(tokens[i].text) && !(organisation && i > from && POSSESSIVE.test(tokens[i].text)))) {
      if (i > a) out.push(tokens.slice(a, i === end ? to : i));
      a = i + 1;
    }
  }
  return out;
}

/** Words that head an organisation's name before `of` and its remit or its place (`Ministry of Defense`, `Bank of England`). */
const HEAD_BEFORE_OF = /^(?:Ministry|Department|Bank|University|Office|Council|Commission|Committee|Institute|Board|Chamber|Court|Agency|Academy|School|College|Federation|Association|Union|Party|Church|Museum|Secretariat|Directorate|Bureau|Authority|Foundation)$/;

/**
 * Spans with an organisation's head, `of` and the name after it joined into one
 * organisation where the tagger cut the name at `of` (`Russian Ministry` and a person
 * `Defense` in `the Russian Ministry of Defense released`).
 */
export function headOfJoined(tokens: readonly Token[], spans: { type: string; from: number; to: number }[]): { type: string; from: number; to: number }[] {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    if (a.type !== 'ORG' || b.type === 'MISC' || b.from !== a.to + 1 || tokens[a.to].text !== 'of' || !HEAD_BEFORE_OF.test(tokens[a.to - 1].text)) continue;
    a.to = b.to;
    spans.splice(k + 1, 1);
  }
  return spans;
}

function bioSpans(tags: string[]): { type: string; from: number; to: number }[] {
  const out: { type: string; from: number; to: number }[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'O') continue;
    const type = tags[i].slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === 'I-' + type) j++;
    out.push({ type, from: i, to: j });
    i = j - 1;
  }
  return out;
}

function lines(text: string): { start: number; end: number; paragraph: number }[] {
  const out: { start: number; end: number; paragraph: number }[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) out.push({ start: m.index!, end: m.index! + m[0].length, paragraph: -1 });
  return out;
}

export type { Token };
