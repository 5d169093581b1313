import type { ArticleStructure, Claim, Entity, NumberMention, Quote, Sentence } from '../../types';
import { attributeSource } from './attributeSource';
import { describeFigure } from './describeFigure';
import { oneByteText } from '../../text/oneByte';
import { fnv1a } from '../../util/fnv1a';
import { lowerBound } from '../../util/lowerBound';

const CLAIM_KINDS = new Set<NumberMention['kind']>(['count', 'percent', 'money', 'measure']);
const NOT_CLAIM_PARAGRAPHS = new Set(['furniture', 'byline', 'dateline', 'entry-header']);

export interface ClaimInput {
  text: string;
  structure: ArticleStructure;
  numbers: NumberMention[];
  entities: Entity[];
  quotes: Quote[];
  /** The article's name (file name without `.txt`), the prefix of claim ids. */
  article: string;
}

/**
 * Finds the checkable claims of one article: each sentence (headline, caption,
 * bullet) stating a quantity, with what it measures, who says it and when.
 * `related` is left empty here; linking across the corpus fills it.
 */
export function findClaims(input: ClaimInput): Claim[] {
  const { text, structure, numbers } = input;
  const narrow = oneByteText(text);
  const sentences = structure.sentences.length > 0 ? structure.sentences : lineSentences(text);
  const ctx = { text, sentences, entities: input.entities, quotes: input.quotes };
  const claims: Claim[] = [];
  const seenIds = new Map<string, number>();
  let ni = 0;
  sentences.forEach((s, si) => {
    while (ni < numbers.length && numbers[ni].start < s.start) ni++;
    const inSentence: number[] = [];
    for (let k = ni; k < numbers.length && numbers[k].end <= s.end; k++) inSentence.push(k);
    const kind = structure.paragraphs[s.paragraph]?.kind;
    if (kind && NOT_CLAIM_PARAGRAPHS.has(kind)) return;
    const carrying = inSentence.filter((k) => isClaimFigure(numbers[k]));
    if (carrying.length === 0) return;
    const main = numbers[carrying[0]];
    const sentence = narrow.slice(s.start, s.end);
    const prev = sentences[si - 1];
    const d = describeFigure(main, sentence, s.start, prev ? narrow.slice(prev.start, prev.end) : '');
    // Entries are in order and apart: the one holding the sentence is the last to start by it.
    const last = structure.entries[lowerBound(structure.entries, s.start + 1) - 1];
    const entry = last && s.start < last.end ? last : undefined;
    const baseId = `${input.article}#${hash36(sentence.replace(/\s+/g, ' ').trim())}`;
    const dup = (seenIds.get(baseId) ?? 0) + 1;
    seenIds.set(baseId, dup);
    claims.push({
      id: dup === 1 ? baseId : `${baseId}-${dup}`,
      start: s.start,
      end: s.end,
      text: sentence,
      topic: d.topic,
      topicLabel: d.topicLabel,
      source: attributeSource(ctx, si, main.start),
      related: [],
      subject: d.subject,
      numbers: carrying,
      figure: { text: main.text, value: main.value, ...(main.high !== undefined ? { high: main.high } : {}), unit: main.unit, kind: main.kind, approx: main.approx },
      // A live blog's headline and key points stand above its entries and are as new as the newest.
      date: (entry ?? structure.entries[0])?.date ?? structure.meta.date,
      ...(entry ? { time: entry.time } : {}),
    });
  });
  shareSourcesBetweenRepeats(claims);
  return claims;
}

/** A figure that makes its sentence checkable: not a date or time, not a stray small number. */
export function isClaimFigure(n: NumberMention): boolean {
  if (!CLAIM_KINDS.has(n.kind) || n.malformed || n.value === null) return false;
  if (n.kind !== 'count') return true;
  if (/^(?:one|a|an)$/i.test(n.text)) return false;
  return n.unit !== null ? n.value >= 2 || n.approx : n.value >= 100 || n.approx;
}

/** A headline that repeats the body's figure takes the body's source when it names none. */
function shareSourcesBetweenRepeats(claims: Claim[]) {
  const byFigure = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.topic}|${c.figure.value}`;
    // Pushed, not copied: a copy per claim made a figure repeated n times cost n².
    const group = byFigure.get(key);
    if (group) group.push(c);
    else byFigure.set(key, [c]);
  }
  for (const group of byFigure.values()) {
    const source = group.find((c) => c.source)?.source;
    if (source) for (const c of group) c.source ??= source;
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
