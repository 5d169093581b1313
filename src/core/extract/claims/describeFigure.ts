import type { NumberMention } from '../../types';
import { allMatches } from '../../util/allMatches';
import { actorOf, conceptLabel, conceptOf, EVENT_WORDS, UNIT_CONCEPTS } from './lexicon';

/** What a claim's main figure measures: the parts of its topic and a readable subject. */
export interface FigureDescription {
  topic: string;
  topicLabel: string;
  subject: string;
}

const LOCATIVE = /\b(?:in|into|to|from|across|near|at|on|towards?|inside|within|around|over|via)\s+(?:the\s+)?$/i;
const WORD_RE = /[\p{L}][\p{L}’'.-]*/gu;
const TARGET_NOUN = /^(?:invasion|war|border|borders|front|frontline|conflict|crisis|offensive)$/i;
/** Every unit noun the lexicon gives a concept. */
const UNIT_WORDS = Object.values(UNIT_CONCEPTS).flat();
const ALL_UNIT_WORDS = new RegExp(`\\b(?:${UNIT_WORDS.join('|')}|men)\\b`, 'i');

/**
 * Reads the sentence around a figure: who the count belongs to (a demonym on the
 * noun, else the nearest actor before it that is not a place something happens in),
 * what is counted (the unit, or for a bare figure the nearest countable noun), and
 * what happens to it (the nearest event word).
 */
export function describeFigure(n: NumberMention, sentence: string, sentenceStart: number, previous = ''): FigureDescription {
  const at = n.start - sentenceStart;
  const after = n.end - sentenceStart;
  const before = sentence.slice(0, at);
  const rest = sentence.slice(after);

  const unitWord = unitNoun(n, rest);
  const context = windowAround(sentence, at, after);
  let concept: string;
  if (n.kind === 'percent') {
    const of = /^\s*(?:%\s*)?of\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}’'-]+\s*){1,3})/u.exec(rest.replace(/^\s*(?:per ?cent|percent)/i, ''));
    concept = of ? nounConcept(of[1].trim().split(/\s+/), context) : 'share';
  } else if (n.kind === 'money') {
    concept = moneyConcept(sentence);
  } else if (unitWord) {
    concept = conceptOf(unitWord, context);
  } else {
    concept = bareFigureConcept(before, rest, context);
  }

  // A sentence that names no actor ("They announced 300,000") continues the one before.
  const actor = actorNear(before, rest, n.kind === 'percent') ?? firstActor(previous);
  const event = n.kind === 'percent' ? 'share' : n.kind === 'money' ? 'value' : eventNear(sentence, at, after) ?? defaultEvent(concept);
  const scope = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:a|per|each)\s+day\b|^\s*(?:[\p{L}-]+\s+){0,2}?daily\b/iu.test(rest) ? 'per-day' : /\b(?:may|might|could|will|would|expected to|likely to)\b/i.test(before.slice(-30)) && event === 'losses' ? 'projected' : '';

  const parts = [actor, concept, event, scope].filter(Boolean);
  const topic = parts.join('-').toLowerCase();
  const label = [actor ? capital(actor) : '', conceptLabel(concept), eventLabel(event), scope === 'per-day' ? 'per day' : scope === 'projected' ? '(projected)' : '']
    .filter(Boolean)
    .join(' ')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const subject = [actor ? capital(actor) : '', unitWord ?? conceptLabel(concept), eventVerb(sentence, at, after)].filter(Boolean).join(' ');
  return { topic, topicLabel: label, subject };
}

/** Of `the Russian army`, the word that names what is counted (`army`). */
function nounConcept(words: string[], context: string): string {
  for (const w of words) if (KNOWN_UNIT.test(w)) return conceptOf(w, context);
  return conceptOf(words[words.length - 1], context);
}

const KNOWN_UNIT = new RegExp(`^(?:${UNIT_WORDS.join('|')}|men|people)$`, 'i');
/** A countable noun; not `military` or `army`, which are modifiers as often as counted. */
const COUNTABLE = new RegExp(`\\b(?:${UNIT_WORDS.filter((w) => !/^(?:military|army|armies|forces|staff)$/.test(w)).join('|')}|men|people)\\b`, 'i');
const COUNTABLE_ALL = new RegExp(COUNTABLE.source, 'gi');

/**
 * A figure with no noun of its own: `the number of facilities … exceeds 43`, `a
 * population of roughly 20,000`, `they announced 300,000 but … the troops`. Only a
 * countable noun close by counts; `military` or `army` as a modifier does not.
 */
function bareFigureConcept(before: string, rest: string, context: string): string {
  const numberOf = /\b(?:number|total|count|tally) of (?:the )?([\p{L}-]+)/iu.exec(before);
  if (numberOf) return conceptOf(numberOf[1], context);
  if (/\bpopulation (?:of )?(?:\w+ )?$/i.test(before)) return 'population';
  const after = COUNTABLE.exec(rest.slice(0, 45));
  if (after) return conceptOf(after[0], context);
  const near = allMatches(COUNTABLE_ALL, before.slice(-25)).pop();
  return near ? conceptOf(near[0], context) : 'count';
}

/** The unit noun: the number's own `unit` when it is a word, else the noun right after it. */
function unitNoun(n: NumberMention, rest: string): string | undefined {
  if (n.unit && /^[\p{L}-]+$/u.test(n.unit) && n.kind !== 'money') return n.unit;
  const m = /^\s*(?:(?:new|more|additional|extra|other|Russian|Ukrainian|[A-Z][a-z]+)\s+){0,2}([a-z][\p{L}-]+)/u.exec(rest);
  return m && ALL_UNIT_WORDS.test(m[1]) ? m[1] : undefined;
}

function windowAround(sentence: string, at: number, after: number): string {
  return sentence.slice(Math.max(0, at - 50), after + 70);
}

function moneyConcept(sentence: string): string {
  if (/\bsanction/i.test(sentence)) return /\bexport bans?\b/i.test(sentence) ? 'export-ban' : 'sanctions';
  if (/\b(?:aid|support|assistance|package|help)\b/i.test(sentence)) return 'aid';
  if (/\b(?:budget|spending|spend|cost)\b/i.test(sentence)) return 'spending';
  return 'money';
}

function actorNear(before: string, rest: string, percent: boolean): string | undefined {
  // A demonym on the counted noun wins: "6,000 Ukrainian children".
  const own = /^\s*([\p{L}’'.]+)(?:\s+([\p{L}’'.]+))?/u.exec(rest);
  for (const w of own ? [own[1], own[2]] : []) {
    if (w && /^[A-Z]/.test(w) && actorOf(stripPossessive(w))) return actorOf(stripPossessive(w));
  }
  if (percent) {
    const of = /^\s*(?:%|per ?cent|percent)?\s*of\s+(?:the\s+|its\s+)?([\p{L}’'.]+)/iu.exec(rest);
    if (of && actorOf(stripPossessive(of[1]))) return actorOf(stripPossessive(of[1]));
  }
  // Otherwise the nearest actor before the figure, skipping places where something happens.
  const words = allMatches(WORD_RE, before);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const actor = actorOf(stripPossessive(w[0]));
    // "in Ukraine" is where, and "a Ukraine invasion" is whom: neither owns the count.
    if (actor && !LOCATIVE.test(before.slice(0, w.index)) && !TARGET_NOUN.test(words[i + 1]?.[0] ?? '')) return actor;
  }
  for (const w of allMatches(WORD_RE, rest)) {
    const actor = actorOf(stripPossessive(w[0]));
    if (actor && /^[A-Z]/.test(w[0])) return actor;
  }
  return undefined;
}

/** The first actor of a sentence: usually its grammatical subject. */
function firstActor(sentence: string): string | undefined {
  for (const w of allMatches(WORD_RE, sentence)) {
    const actor = actorOf(stripPossessive(w[0]));
    if (actor && !LOCATIVE.test(sentence.slice(0, w.index))) return actor;
  }
  return undefined;
}

function stripPossessive(w: string): string {
  return w.replace(/['’]s$/, '').replace(/\.$/, '');
}

/** EVENT_WORDS with the `g` flag, for allMatches. */
const EVENT_WORDS_ALL = EVENT_WORDS.map(({ event, words }) => ({ event, words: new RegExp(words.source, 'gi') }));

function eventNear(sentence: string, at: number, after: number): string | undefined {
  let best: { event: string; dist: number } | undefined;
  for (const { event, words } of EVENT_WORDS_ALL) {
    for (const m of allMatches(words, sentence)) {
      const s = m.index!;
      const e = s + m[0].length;
      // The counted noun itself ("500,000 troops") says nothing about what happens.
      if (s >= at && s <= after + 25 && ALL_UNIT_WORDS.test(m[0]) && event === 'numbers') continue;
      const dist = e <= at ? at - e : s >= after ? s - after : 0;
      if (!best || dist < best.dist) best = { event, dist };
    }
  }
  return best && best.dist <= 120 ? best.event : undefined;
}

function defaultEvent(concept: string): string {
  return concept === 'casualty' ? 'losses' : 'numbers';
}

function eventVerb(sentence: string, at: number, after: number): string {
  const near = sentence.slice(Math.max(0, at - 40), after + 40);
  for (const { words } of EVENT_WORDS) {
    const m = words.exec(near);
    if (m && !ALL_UNIT_WORDS.test(m[0])) return m[0].toLowerCase();
  }
  return '';
}

function eventLabel(event: string): string {
  return { numbers: 'numbers', losses: 'losses', held: 'held', fled: 'who left', share: 'share', value: 'value' }[event] ?? event;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
