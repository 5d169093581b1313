import type { Entity, Quote, Sentence } from '../../types';
import { ATTRIBUTION_VERB } from './lexicon';
import { allMatches } from '../../util/allMatches';
import { isDemonym } from '../quotes/lexicon';
import { firstEndingAfter, lowerBound } from '../../util/lowerBound';

export interface SourceContext {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
}

const PRONOUN_SUBJECT = /\b(?:he|she)\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+)?$/i;
const ACCORDING_TO = /\baccording to\s+(?:the\s+)?$/i;

/**
 * Who a sentence's figure is attributed to: the speaker of a quotation holding it;
 * else an attribution in the sentence (`X said`, `said X`, `according to X`, `he
 * said` resolved to the last person named); else the attribution of a neighbouring
 * sentence of the same paragraph, which is how news passages carry a source along.
 */
export function attributeSource(ctx: SourceContext, sentenceIndex: number, figureStart: number): string | null {
  const inQuote = quoteAt(ctx.quotes, figureStart);
  if (inQuote?.speaker) return inQuote.speaker;
  const own = sentenceAttribution(ctx, sentenceIndex);
  if (own) return own;
  const s = ctx.sentences[sentenceIndex];
  for (const k of [sentenceIndex - 1, sentenceIndex + 1]) {
    const n = ctx.sentences[k];
    if (n && n.paragraph === s.paragraph) {
      const carried = sentenceAttribution(ctx, k);
      if (carried) return carried;
    }
  }
  return null;
}

/** ATTRIBUTION_VERB with the `g` flag, for allMatches. */
const ATTRIBUTION_VERB_ALL = new RegExp(ATTRIBUTION_VERB.source, 'gi');

export function sentenceAttribution(ctx: SourceContext, index: number): string | null {
  const s = ctx.sentences[index];
  const text = ctx.text.slice(s.start, s.end);
  // A country speaks only as the subject right before the verb ("Norland said"); elsewhere it is a place.
  const inSentence = entitiesWithin(ctx.entities, s.start, s.end);
  const speakers = inSentence.filter((e) => e.kind !== 'place');
  const quoted = quotesOverlapping(ctx.quotes, s.start, s.end).filter((q) => q.speaker);
  for (const m of allMatches(ATTRIBUTION_VERB_ALL, text)) {
    const v = s.start + m.index!;
    const ve = v + m[0].length;
    if (quoted.some((q) => q.start <= v && v < q.end)) continue; // a verb inside the quoted words is not the attribution
    // "the president tells officials (to) leave" is an order; "X told the network that …" or "X told …:" reports.
    if (/^(?:tells|told)$/i.test(m[0]) && !/^[^.;]{0,80}?(?:\bthat\b|:)/.test(ctx.text.slice(ve, s.end)) && ctx.text.slice(ve, s.end).trim().length > 40) continue;
    const pre = ctx.text.slice(s.start, v);
    const country = inSentence.find((e) => e.kind === 'place' && e.end <= v && /^\s*(?:has\s+|had\s+|also\s+)?$/.test(ctx.text.slice(e.end, v)));
    if (country && !speakers.some((e) => e.end <= v && e.end > country.end)) return country.canonical;
    // "X said", "X has said", "X, the minister, said"; not "X …, a group that claims", whose subject is the group.
    const before = speakers.filter((e) => e.end <= v && v - e.end <= 60 && !/[.;]/.test(ctx.text.slice(e.end, v)) && !relativeClauseOfAnother(ctx.text.slice(e.end, v))).pop();
    if (PRONOUN_SUBJECT.test(pre)) return lastPersonBefore(ctx, s.start) ?? null;
    if (before) return (personBeforeAffiliation(ctx, speakers, before) ?? before).canonical;
    // "as informed by the outlet X", "reported by X": a passive names the source after "by"
    if (/^\s+by\b/.test(ctx.text.slice(ve, ve + 4))) {
      const agent = speakers.find((e) => e.start >= ve && e.start - ve <= 60);
      if (agent) return agent.canonical;
      // The model can miss an unfamiliar outlet name: take the capitalised (or quoted) name after the description.
      const after = ctx.text.slice(ve, Math.min(s.end, ve + 70));
      const named = /["“](\p{Lu}[^"”]{1,40})["”]/u.exec(after) ?? capitalisedName(after.slice(3));
      if (named) return named[1];
    }
    // "said X", "told X" is the listener: only say-verbs take a speaker after them
    if (/^(?:said|says|added|claimed|wrote|reports|reported)$/i.test(m[0])) {
      const after = speakers.find((e) => e.start >= ve && e.start - ve <= 6);
      if (after) return after.canonical;
    }
  }
  for (const e of speakers) if (ACCORDING_TO.test(ctx.text.slice(Math.max(s.start, e.start - 20), e.start))) return e.canonical;
  const q = quoted.find((q) => q.speaker);
  return q?.speaker ?? null;
}

/** The first run of capitalised words that is no demonym or article (`the independent news outlet Vestra` → `Vestra`). */
function capitalisedName(text: string): RegExpExecArray | null {
  const re = /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const first = m[1].split(/\s+/)[0];
    if (first !== 'The' && !isDemonym(first)) return m;
  }
  return null;
}

/**
 * Whether the words between a name and a verb end in a relative pronoun whose
 * antecedent is not the name (`the ministry may be considering one, a little-known
 * group that claims`); `Norland, which claims` is the name's own clause.
 */
function relativeClauseOfAnother(gap: string): boolean {
  return /\b(?:that|who|which)\s*$/i.test(gap) && !/^\s*,?\s*(?:that|who|which)\s*$/i.test(gap);
}

/** `Jane Okafor of the Fiscal Council said`: the person, not the body she belongs to (as QuoteExtractor reads it). */
function personBeforeAffiliation(ctx: SourceContext, speakers: Entity[], e: Entity): Entity | undefined {
  const person = speakers.filter((p) => p.kind === 'person' && p.end < e.start).pop();
  if (!person) return undefined;
  return /^\s+(?:of|from|at|with)\s+(?:the\s+)?$/i.test(ctx.text.slice(person.end, e.start)) ? person : undefined;
}

function lastPersonBefore(ctx: SourceContext, offset: number): string | undefined {
  const order = spanOrder(ctx.entities);
  const inOrder = order.sorted && order.endsSorted;
  // In order, the walk starts at the last entity that starts by `offset` and stops at the first that ends 1,500 characters before it.
  for (let i = inOrder ? lowerBound(ctx.entities, offset + 1) - 1 : ctx.entities.length - 1; i >= 0; i--) {
    const e = ctx.entities[i];
    if (inOrder && e.end <= offset - 1500) break;
    if (e.end <= offset && e.kind === 'person' && offset - e.end < 1500) return e.canonical;
  }
  return undefined;
}

// Per sentence, the look-ups below filtered every entity and quotation of the article:
// claims × entities on an article of many attributed figures (issue 30). Entities and
// quotations come in start order, so a binary search finds a sentence's; an array that is
// not in order is filtered as before.

interface SpanOrder {
  length: number;
  sorted: boolean;
  endsSorted: boolean;
}
const SPAN_ORDER = new WeakMap<readonly { start: number; end: number }[], SpanOrder>();

/** Whether `spans` are in start order, and whether in end order too; worked out once per array. */
function spanOrder(spans: readonly { start: number; end: number }[]): SpanOrder {
  let order = SPAN_ORDER.get(spans);
  if (!order || order.length !== spans.length) {
    order = { length: spans.length, sorted: true, endsSorted: true };
    for (let i = 1; i < spans.length; i++) {
      if (spans[i].start < spans[i - 1].start) order.sorted = false;
      if (spans[i].end < spans[i - 1].end) order.endsSorted = false;
    }
    SPAN_ORDER.set(spans, order);
  }
  return order;
}

/** The entities inside [start, end]. */
function entitiesWithin(entities: Entity[], start: number, end: number): Entity[] {
  if (!spanOrder(entities).sorted) return entities.filter((e) => e.start >= start && e.end <= end);
  const out: Entity[] = [];
  for (let i = lowerBound(entities, start); i < entities.length && entities[i].start <= end; i++) if (entities[i].end <= end) out.push(entities[i]);
  return out;
}

/** The quotations that overlap [start, end). */
function quotesOverlapping(quotes: Quote[], start: number, end: number): Quote[] {
  const order = spanOrder(quotes);
  if (!order.sorted || !order.endsSorted) return quotes.filter((q) => q.start < end && q.end > start);
  const out: Quote[] = [];
  // Ends in order too: the first that ends after `start`, then on while they start before `end`.
  for (let i = firstEndingAfter(quotes, start); i < quotes.length && quotes[i].start < end; i++) out.push(quotes[i]);
  return out;
}

/** The first quotation holding offset `pos`. */
function quoteAt(quotes: Quote[], pos: number): Quote | undefined {
  const order = spanOrder(quotes);
  if (!order.sorted || !order.endsSorted) return quotes.find((q) => q.start <= pos && pos < q.end);
  // In start and end order, the quotations holding `pos` are consecutive, ending with the last that starts at or before it.
  let i = lowerBound(quotes, pos + 1) - 1;
  while (i > 0 && quotes[i - 1].end > pos) i--;
  return i >= 0 && quotes[i].start <= pos && pos < quotes[i].end ? quotes[i] : undefined;
}
