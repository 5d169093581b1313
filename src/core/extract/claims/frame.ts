import type { ClaimFrame, NumberMention } from '../../types';
import { MODALS, NEGATIONS } from './cues';
import { figureState } from './figureState';
import type { SentenceView, Word } from './sentenceWords';

/** Verbs that carry tense or report speech rather than say what happened. */
const AUXILIARY = new Set(['be', 'have', 'do', 'get', 'is', 'was', 'were', 'are', 'been', 'being', 'am', "'s", 'has', 'had', 'having', 'does', 'did']);
const REPORTING = new Set(['say', 'tell', 'report', 'add', 'accord', 'state', 'claim', 'announce', 'note', 'write', 'explain', 'believe', 'remark', 'estimate', 'confirm', 'reveal', 'indicate', 'mention', 'suggest', 'show']);
/** Words that are never content: they cannot make two claims about one fact. */
const STOP = new Set(
  `a an the this that these those and or but if then so as of to in on at by for with from into onto over under about after before since until than
   it its they them their he him his she her we our you your i me my who whom whose which what when where why how
   also still now then there here just only even very more most much many some any all each every both either neither
   not no nor never be have do will would can could may might must shall should
   said says say told tells according reported reports added one ones other others such own same`.split(/\s+/),
);

export interface FrameInput {
  view: SentenceView;
  figure: NumberMention | undefined;
  articleDate: string | null;
}

/** The frame of a claim sentence: who, what happened, what is measured, where, when. */
export function readFrame({ view, figure, articleDate }: FrameInput): ClaimFrame & { phrase: string } {
  const words = view.words;
  const allQuoted = words.length > 0 && words.every((w) => w.quoted);
  const usable = (w: Word) => allQuoted || !w.quoted;
  const p = predicateIndex(words, usable);
  const pred = p >= 0 ? words[p] : undefined;
  const before = p >= 0 ? words.slice(Math.max(0, p - 4), p) : [];
  const negated = !!pred && (before.some((w) => NEGATIONS.has(w.lower)) || /\bno longer\b/i.test(view.text));
  const modal = before.find((w) => MODALS.has(w.lower));
  const subjectWords = p >= 0 ? words.slice(0, p) : words;
  const subjectEntity = subjectWords.map((w) => w.entity).find((e) => e >= 0 && view.entities[e].kind !== 'place');
  const subjectNp = subjectPhrase(subjectWords) ?? lastNounPhrase(subjectWords);
  // '' from measuredThing: the figure names no thing, and the subject is not it either.
  const found = measuredThing(view, figure, p, subjectNp);
  const measured = found === '' ? null : (found ?? (subjectNp ? lemmaPhrase(subjectNp) : null));
  const state = figureState(words, figure, [...(measured?.split(' ') ?? []), ...(subjectNp?.map((w) => w.lemma) ?? [])]);
  const place = view.entities.find((e) => e.kind === 'place');
  const time = statedTime(view.numbers) ?? articleDate;
  const lemmas = contentLemmas(words);
  const entities = [...new Set(view.entities.map((e) => e.canonical))];
  const subject = subjectEntity !== undefined ? view.entities[subjectEntity].canonical : subjectNp ? subjectNp.map((w) => w.text).join(' ') : null;
  const phrase = [measured, pred ? (pred.lower === pred.lemma ? pred.lemma : pred.lower) : ''].filter(Boolean).join(' ');
  return {
    subject,
    predicate: pred?.lemma ?? null,
    negated,
    modality: modal?.lower ?? null,
    measured,
    state,
    place: place?.canonical ?? null,
    time,
    lemmas,
    entities,
    phrase,
  };
}

function isVerbLike(w: Word, prev: Word | undefined): boolean {
  if (w.entity >= 0 || w.number >= 0) return false;
  const afterDeterminer = /^(?:the|a|an|its|their|his|her|our|this|that)$/.test(prev?.lower ?? '');
  // A gerund after a preposition names or describes (`the toll from stunning flood impacts`); it is no main verb.
  if (/ing$/.test(w.lower) && /^(?:from|of|in|by|with|for|after|before|without|about|on)$/.test(prev?.lower ?? '')) return false;
  if (w.cls === 'verb') return !afterDeterminer;
  if (w.cls === 'noun|verb' || w.cls === undefined) {
    if (afterDeterminer) return false;
    // After a modal, `to` or an auxiliary; or an inflected verb form (`rose`, `killed`) that is no plural noun.
    if (prev && (MODALS.has(prev.lower) || prev.lower === 'to' || AUXILIARY.has(prev.lower))) return true;
    if (w.cls === 'noun|verb') return w.lemma !== w.lower && !w.lower.endsWith('s');
    return /[a-z]{3,}ed$/.test(w.lower);
  }
  return false;
}

/** The main verb: the first verb that is not an auxiliary or a reporting verb, else the first reporting verb, else a copula. */
function predicateIndex(words: Word[], usable: (w: Word) => boolean): number {
  let reporting = -1;
  let copula = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!usable(w)) continue;
    if (w.cls === 'copula' || (AUXILIARY.has(w.lower) && !isVerbLike(words[i + 1] ?? w, w))) {
      if (copula < 0 && (w.cls === 'copula' || /^(?:has|have|had)$/.test(w.lower))) copula = i;
      continue;
    }
    if (!isVerbLike(w, words[i - 1])) continue;
    if (AUXILIARY.has(w.lemma)) continue;
    if (REPORTING.has(w.lemma)) {
      if (reporting < 0) reporting = i;
      continue;
    }
    // A participle right after a noun and before `by`/`in` is usually a reduced relative clause; keep looking but remember it.
    return i;
  }
  return reporting >= 0 ? reporting : copula;
}

function isNounish(w: Word): boolean {
  if (w.entity >= 0 || w.number >= 0) return false;
  return w.cls === 'noun' || w.cls === 'noun|verb' || (w.cls === undefined && /^[a-z]/.test(w.text) && !/(?:ed|ly)$/.test(w.lower));
}

/** The last run of nouns (with adjectives before them) in `words`, or null. */
function lastNounPhrase(words: Word[]): Word[] | null {
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isNounish(words[i]) || STOP.has(words[i].lower)) continue;
    let s = i;
    while (s > 0 && isNounish(words[s - 1]) && !STOP.has(words[s - 1].lower)) s--;
    return words.slice(Math.max(s, i - 1), i + 1);
  }
  return null;
}

function lemmaPhrase(ws: Word[]): string {
  return ws.map((w) => w.lemma).join(' ');
}

const QUALIFIERS = /^(?:more|less|fewer|than|least|about|around|nearly|almost|some|over|under|up|as|many|much|roughly|approximately|just|another|further|additional|extra|new|the|a|an|its|their|his|her|of)$/;

/**
 * The thing a figure measures ('' for a bare count that is its clause's subject), tried in turn: the noun after a count (`2,300 people`,
 * `a $12,000 ratification bonus`); `N of X` (`25% of the city`); `X of N` (`pay raises
 * of 38%`); the subject when the figure follows the verb (`the death toll … rose to
 * 11,300`); else the noun phrase right before the figure.
 */
function measuredThing(view: SentenceView, figure: NumberMention | undefined, predicate: number, subject: Word[] | null): string | null {
  if (!figure) return null;
  const words = view.words;
  const at = words.findIndex((w) => w.end > figure.start);
  if (at < 0) return null;
  let end = at;
  while (end < words.length && words[end].start < figure.end) end++;
  const unitIsTime = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|year-old|decades?|%|per ?cent|pct)$/i.test(figure.unit ?? '');
  // After the figure: modifiers, then nouns.
  // A comma, dash or bracket ends the figure's phrase: `rose to 1,200, the agency said`.
  const broken = (k: number) => k > 0 && /[,;:()\u2013\u2014]|\s[-–]\s/.test(view.text.slice(words[k - 1].end - view.start, words[k].start - view.start));
  let i = end;
  // `as` after a figure opens a clause (`soared to 11,300 as search efforts continue`), not a qualifier.
  while (i < words.length && i < end + 3 && !broken(i) && QUALIFIERS.test(words[i].lower) && words[i].lower !== 'of' && words[i].lower !== 'as') i++;
  const after: Word[] = [];
  for (; i < words.length && after.length < 3; i++) {
    const w = words[i];
    if (broken(i) || STOP.has(w.lower) || w.number >= 0) break;
    if (isNounish(w) || w.cls === 'adj' || (w.entity >= 0 && after.length === 0)) after.push(w);
    else break;
  }
  const nouns = after.filter(isNounish);
  // A bare count that is its clause's subject (`thousands remain missing`, `10,000 are believed missing`) names no thing:
  // the noun phrases before it are another clause's (`The update … said thousands remain missing` measures no update).
  const next = words[end];
  if (figure.kind === 'count' && !figure.unit && nouns.length === 0 && next && !broken(end) && (next.cls === 'copula' || AUXILIARY.has(next.lower) || isVerbLike(next, words[end - 1]))) return '';
  if (figure.kind !== 'duration' && figure.kind !== 'percent' && figure.kind !== 'money' && nouns.length > 0) return lemmaPhrase(nouns.slice(-2));
  // `N of X`
  if (words[end]?.lower === 'of') {
    const np = firstNounPhrase(words.slice(end + 1, end + 6));
    if (np && !unitIsTime) return lemmaPhrase(np);
  }
  // `X of N`, `X at N`
  const before = words.slice(Math.max(0, at - 6), at);
  let k = before.length - 1;
  while (k >= 0 && QUALIFIERS.test(before[k].lower)) k--;
  if (k >= 0 && /^(?:of|at|to|by|from)$/.test(before[k].lower) && before[k].lower === 'of') {
    const np = lastNounPhrase(before.slice(0, k));
    if (np) return lemmaPhrase(np);
  }
  // The figure after the verb measures the subject (`the death toll … has soared to 11,300`), unless a noun stands between them.
  if (predicate >= 0 && predicate < at && subject) {
    const between = words.slice(predicate + 1, at);
    if (!between.some((w) => isNounish(w) && !QUALIFIERS.test(w.lower))) return lemmaPhrase(subject);
  }
  const np = lastNounPhrase(words.slice(Math.max(0, at - 6), at).filter((w) => !QUALIFIERS.test(w.lower)));
  if (np) return lemmaPhrase(np);
  return nouns.length ? lemmaPhrase(nouns.slice(-2)) : null;
}

/** The first run of nouns (with adjectives) in `words`, up to two nouns. */
function firstNounPhrase(words: Word[]): Word[] | null {
  const s = words.findIndex((w) => isNounish(w) && !STOP.has(w.lower));
  if (s < 0) return null;
  let e = s;
  while (e + 1 < words.length && isNounish(words[e + 1]) && !STOP.has(words[e + 1].lower)) e++;
  return words.slice(Math.max(s, e - 1), e + 1);
}

/** The subject's noun phrase: the first one before the verb that no preposition opens. */
function subjectPhrase(words: Word[]): Word[] | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!isNounish(w) || STOP.has(w.lower)) continue;
    let s = i;
    while (s > 0 && (words[s - 1].cls === 'adj' || QUALIFIERS.test(words[s - 1].lower)) && !/^of$/.test(words[s - 1].lower)) s--;
    const opener = words[s - 1];
    if (opener && opener.cls === 'function' && /^(?:in|on|at|from|for|with|by|after|before|during|under|over|of|to|into|since|amid|despite|following)$/.test(opener.lower)) {
      while (i + 1 < words.length && isNounish(words[i + 1])) i++;
      continue;
    }
    let e = i;
    while (e + 1 < words.length && isNounish(words[e + 1]) && !STOP.has(words[e + 1].lower)) e++;
    return words.slice(Math.max(i, e - 1), e + 1);
  }
  return null;
}

/** A date or year the sentence states (`in 2014`, `on September 11`), as ISO. */
function statedTime(numbers: NumberMention[]): string | null {
  for (const n of numbers) {
    if (n.kind === 'date' && n.iso) return n.iso;
    if (n.kind === 'year' && n.value !== null) return String(n.value);
  }
  return null;
}

/** The sentence's content lemmas, in order, without names, figures or function words. */
export function contentLemmas(words: Word[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w.entity >= 0 || w.number >= 0) continue;
    if (/\d/.test(w.lower) || w.lower.length < 2) continue;
    if (STOP.has(w.lower) || STOP.has(w.lemma) || AUXILIARY.has(w.lemma) || REPORTING.has(w.lemma)) continue;
    if (w.cls === 'function' || w.cls === 'modal' || w.cls === 'copula' || w.cls === 'neg') continue;
    out.push(w.lemma);
  }
  return out;
}
