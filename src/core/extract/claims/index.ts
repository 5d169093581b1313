import type { ArticleStructure, Claim, Entity, NumberMention, Quote, Sentence } from '../../types';
import { attributeSource } from './attributeSource';
import { checkworthyFeatures, cuesOf, defaultCheckworthiness } from './checkworthiness';
import { claimKind, defaultDetector, detectorScore, detectorVector, mainFigure, ruledOut, type DetectorInput, type DetectorWeights } from './detect';
import { readFrame } from './frame';
import { ownTopic } from './topicLabel';
import { viewSentence } from './sentenceWords';
import { fnv1a } from '../../util/fnv1a';
import { lowerBound } from '../../util/lowerBound';
import type { Token } from '../../text/tokenize';

export interface ClaimInput {
  text: string;
  structure: ArticleStructure;
  numbers: NumberMention[];
  entities: Entity[];
  quotes: Quote[];
  /** The article's name (file name without `.txt`), the prefix of claim ids. */
  article: string;
  /** The article's tokens (fastTokenize), when the caller has them. */
  tokens?: readonly Token[];
}

/** One sentence as the detector saw it: what `npm run train` fits the detector on. */
export interface ScoredSentence {
  start: number;
  end: number;
  input: DetectorInput;
  vector: number[];
  score: number;
  ruledOut: boolean;
}

/**
 * Finds the checkable claims of one article: each sentence (headline, caption, bullet,
 * quoted sentence) that states something a reader could verify, with its kind, its
 * frame (who, what happened, what is measured, where, when), its main figure when it
 * has one, who says it and when. `related` is left empty here; linking across the
 * corpus fills it and the topic.
 */
export function findClaims(input: ClaimInput, detector: DetectorWeights = defaultDetector()): Claim[] {
  const { text, structure, numbers } = input;
  const sentences = structure.sentences.length > 0 ? structure.sentences : lineSentences(text);
  const ctx = { text, sentences, entities: input.entities, quotes: input.quotes };
  const claims: Claim[] = [];
  const seenIds = new Map<string, number>();
  const protagonist = storyProtagonist(input.entities);
  scoreSentences(input, sentences).forEach((s, si) => {
    if (s.ruledOut || s.score < detector.threshold) return;
    const { view, figure } = s.input;
    const e = lowerBound(structure.entries, view.start + 1) - 1;
    const entry = e >= 0 && structure.entries[e].end > view.start ? structure.entries[e] : undefined;
    const date = (entry ?? structure.entries[0])?.date ?? structure.meta.date;
    const frame = readFrame({ view, figure, articleDate: date });
    const { phrase, ...claimFrame } = frame;
    // The article's protagonist is in nearly every claim of its story: sharing it says which story, not which fact.
    if (protagonist !== null) claimFrame.entities = claimFrame.entities.filter((n) => n !== protagonist);
    const baseId = `${input.article}#${hash36(view.text.replace(/\s+/g, ' ').trim())}`;
    const dup = (seenIds.get(baseId) ?? 0) + 1;
    seenIds.set(baseId, dup);
    const id = dup === 1 ? baseId : `${baseId}-${dup}`;
    const own = ownTopic(id, claimFrame, figure);
    // The sentence's numbers are a run of the article's: indices from the first.
    const first = view.numbers.length ? lowerBound(numbers, view.numbers[0].start) : 0;
    const indices = view.numbers.map((_, k) => first + k);
    if (figure) indices.unshift(...indices.splice(view.numbers.indexOf(figure), 1));
    claims.push({
      id,
      start: view.start,
      end: view.end,
      text: view.text,
      kind: claimKind(s.input),
      checkworthiness: Math.round(s.input.checkworthiness * 1000) / 1000,
      topic: own.topic,
      topicLabel: own.label,
      source: attributeSource(ctx, si, figure?.start ?? view.start),
      related: [],
      subject: phrase,
      frame: claimFrame,
      numbers: indices,
      figure: figure ? { text: figure.text, value: figure.value, ...(figure.high !== undefined ? { high: figure.high } : {}), unit: figure.unit, kind: figure.kind, approx: figure.approx } : null,
      // A live blog's headline and key points stand above its entries and are as new as the newest.
      date,
      ...(entry ? { time: entry.time } : {}),
    });
  });
  shareSourcesBetweenRepeats(claims);
  return claims;
}

/** Mentions a protagonist has at least, and its least share of the article's entity mentions. */
const PROTAGONIST_MIN_MENTIONS = 4;
const PROTAGONIST_MIN_SHARE = 0.25;

/**
 * The person or organisation an article is about (`Bank of X`, `Boeing`, `Novak
 * Djokovic`): the one named most, at least PROTAGONIST_MIN_MENTIONS times and a quarter of
 * all its entity mentions; else null. Claim frames leave it out of their entities: once
 * an acronym and the full name read as one name, every claim of a story shared it, and the
 * linker joined a story's different facts (related pairs on ../shared/eval/claims,
 * leave-one-story-out F1 0.281 with it, 0.360 without). A place is kept: the setting of a
 * story is what links it across stories (one figure reported a year apart). Related
 * pairs F1 was the same for shares from 0.2 to 0.3 and minimums from 3 to 5.
 */
function storyProtagonist(entities: readonly Entity[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.kind !== 'place') counts.set(e.canonical, (counts.get(e.canonical) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [n, c] of counts) if (c > most) [best, most] = [n, c];
  return best !== null && most >= PROTAGONIST_MIN_MENTIONS && most >= entities.length * PROTAGONIST_MIN_SHARE ? best : null;
}

/** Every sentence of the article with the detector's inputs and score: findClaims keeps those above the threshold. */
export function scoreSentences(input: ClaimInput, sentences: Sentence[] = input.structure.sentences.length > 0 ? input.structure.sentences : lineSentences(input.text), detector: DetectorWeights = defaultDetector()): ScoredSentence[] {
  const model = defaultCheckworthiness();
  return sentences.map((s) => {
    const view = viewSentence(input.text, s.start, s.end, input.entities, input.numbers, input.quotes, input.tokens);
    const cues = cuesOf(view);
    const checkworthiness = model ? model.score(checkworthyFeatures(view, cues)) : 0.5;
    const d: DetectorInput = { view, cues, checkworthiness, figure: mainFigure(view), paragraph: input.structure.paragraphs[s.paragraph]?.kind };
    const vector = detectorVector(d);
    return { start: s.start, end: s.end, input: d, vector, score: detectorScore(detector, vector), ruledOut: ruledOut(d) };
  });
}

/** A headline that repeats the body's figure takes the body's source when it names none. */
function shareSourcesBetweenRepeats(claims: Claim[]) {
  const sourceOf = new Map<string, string>();
  const key = (c: Claim) => (c.figure && c.figure.value !== null ? `${c.figure.kind}|${c.figure.value}` : undefined);
  for (const c of claims) {
    const k = key(c);
    if (k && c.source && !sourceOf.has(k)) sourceOf.set(k, c.source);
  }
  for (const c of claims) {
    const k = key(c);
    if (k && !c.source) c.source = sourceOf.get(k) ?? null;
  }
}

function lineSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let p = 0;
  while ((m = re.exec(text))) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, paragraph: p++ });
  return out;
}

/** FNV-1a, base 36: a short content id that survives the article being re-analysed. */
function hash36(s: string): string {
  return fnv1a(s).toString(36);
}
