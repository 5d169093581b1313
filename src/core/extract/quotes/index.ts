/**
 * Direct quotations and who said them.
 *
 * 1. Quotation spans come from their marks (see `marks.ts`): curly, straight and
 *    doubled-apostrophe double quotes, word-initial single quotes, mismatched pairs,
 *    and quotations that continue over paragraphs.
 * 2. Scare quotes, quoted names and headline quotes are dropped: a quotation in a
 *    title or heading line, one introduced by a naming verb (`what it calls a "…"`),
 *    a short capitalised name (`"Meduza"`), and a short one (≤ 3 words) with no
 *    attribution verb in its sentence.
 * 3. The speaker comes from the attribution next to the quotation (`," X said`,
 *    `said X`, `X said: "…"`, `according to X`, `X told …`), else from the quotation
 *    or attribution just before it (a quotation that goes on in the next paragraph).
 *    Pronouns resolve to the subject of the latest attribution before them (else
 *    the latest compatible name); `the ministry` / `the minister` to the latest name
 *    introduced with that word.
 *
 * Everything is one pass over tokens with bounded look-backs: linear in the text.
 */
import type { ArticleStructure, Entity, Paragraph, Quote } from '../../types';
import type { Token } from '../../text/tokenize';
import { fastTokenize } from '../../text/fastTokenize';
import {
  CAPITALISED_FUNCTION_WORDS,
  CORE_SPEECH_VERBS,
  NAMING_BEFORE_RE,
  NAMING_VERBS,
  WHAT_CALLED_RE,
  ORG_NOUNS,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  SPEECH_VERBS,
} from './lexicon';
import { findQuoteSpans, splitLines, type Line, type RawQuote } from './marks';
import { AttributionLog, type Attribution } from './attributionLog';
import { lowerBound, lowerBoundNumber } from '../../util/lowerBound';
import { byStartThenLongest, entityNames, heuristicNames, type NameKind, type NameMention } from './names';
import { oneByteText, type OneByteText } from '../../text/oneByte';

export { findQuoteSpans, splitLines } from './marks';

interface Resolution {
  speaker: string;
  kind: NameKind | 'nominal';
  /** The mention the speaker was read from. */
  span: { start: number; end: number } | undefined;
  /** Head noun of a nominal speaker (`ministry` in `the Russian defence ministry`). */
  head: string | undefined;
}

/**
 * Every Resolution is made here, with its fields in one order: objects of one shape
 * keep the functions that read them optimised (a literal with the fields in another
 * order, or a spread, is another hidden class, and each new one seen deoptimises them).
 */
function resolution(speaker: string, kind: Resolution['kind'], span: Resolution['span'], head: string | undefined = undefined): Resolution {
  return { speaker, kind, span, head };
}

/**
 * What readNP read: `skip`: ages, party labels; `pronoun`: he/she/it/they/I/we. Every
 * field is always given, in this order, for the reason `resolution` gives.
 */
interface NounPhrase {
  kind: 'np' | 'skip';
  res: Resolution | null;
  npStart: number;
  np: boolean;
  pronoun: boolean;
}

type Event = Attribution<Resolution>;

/** The classes of AttributionLog: speakers `he`/`she` can stand for, and those `it`/`they` can. */
const PERSON_EVENTS = 0;
const THING_EVENTS = 1;
const HEADING_KINDS = new Set(['title', 'heading', 'entry-header', 'byline', 'dateline', 'furniture', 'caption']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'another', 'any', 'no', 'each', 'every']);
const AUX = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'can', 'should', 'may', 'might',
  'also', 'then', 'later', 'again', 'earlier', 'previously', 'recently', 'reportedly', 'further', 'once', 'still', 'even',
  'just', 'only', 'first', 'finally', 'repeatedly', 'publicly', 'privately', 'separately', 'simply', 'not', 'never', 'often',
  'quoted', 'as', 'being', 'has been', 'did', 'does', 'do', 'who', 'which', 'that', 'and', 'but', 'however', 'meanwhile',
]);
/** Words after `said X` that end the speaker's noun phrase. */
const NP_STOP = new Set([
  'after', 'on', 'in', 'at', 'during', 'with', 'to', 'before', 'when', 'while', 'as', 'from', 'via', 'for', 'that', 'who',
  'which', 'and', 'but', 'because', 'since', 'told', 'said', 'says', 'adding', 'noting', 'in', 'about', 'by', 'last', 'this',
  'yesterday', 'today', 'tonight', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Verbs that put out a statement, a speech verb when a colon and the words follow (introducesStatement). */
const STATEMENT_VERBS = new Set(['issued', 'issues', 'made', 'makes', 'released', 'releases', 'gave', 'gives', 'posted', 'posts', 'sent', 'shared', 'published']);
/** What a statement verb puts out (`issued a statement:`). */
const STATEMENT_NOUNS = new Set(['statement', 'comment', 'comments', 'remarks', 'message', 'post', 'tweet', 'note', 'response']);
const SEPARATORS = new Set([',', ';', ':', '(', ')', '–', '—', '-', '[', ']']);
const QUOTE_CHARS = /^["“”‘’'«»„`]+$/u;
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'you']);
/** Pronouns that stand as the subject before a verb. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);
/**
 * An attribution whose subject is a pronoun that nothing before names (`“…,” he told
 * newspaper Die Zeit`, out of context): the speaker is unknown, and neither the words
 * after the verb nor an earlier attribution of another kind stand in for it.
 */
const UNNAMED = Symbol('unnamed speaker');
const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'for', 'with', 'on', 'by', 'near', 'inside', 'outside', 'within', 'across', 'behind', 'about', 'over', 'under']);
/** Words that cannot be inside a speaker's noun phrase: clause links, prepositions that start adverbials. */
const NP_BREAK = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'when', 'while', 'after', 'before', 'as', 'because', 'if',
  'to', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'into', 'than', 'since', 'until', 'where', 'has', 'have', 'had',
  'is', 'was', 'are', 'were', 'will', 'would', 'not', 'also', 'about', 'over', 'under', 'through', 'during', 'despite',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'then', 'so', 'what', 'how', 'why',
]);
/** Titles a named person carries (`Defence Secretary Ben Wallace` for `the defence secretary`). */
const PERSON_TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'governor', 'mayor', 'senator', 'spokesman', 'spokeswoman',
  'spokesperson', 'commander', 'general', 'chief', 'ambassador', 'director', 'chairman', 'chairwoman', 'premier', 'envoy',
]);
const DOCUMENT_HEADS = new Set(['report', 'statement', 'readout', 'assessment', 'update', 'bulletin', 'document', 'filing', 'complaint', 'memo', 'letter', 'release', 'tweet', 'post', 'survey', 'poll', 'study']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'weekend', 'earlier', 'later', 'once', 'again',
  'recently', 'previously', 'now',
]);

/** Direct quotations with their speaker. `tokens`, when given, is `fastTokenize(text)`, shared with the other stages. */
export function extractQuotes(text: string, structure: ArticleStructure, entities: Entity[], tokens: readonly Token[] = fastTokenize(text)): Quote[] {
  return new QuoteExtractor(text, structure, entities, tokens).run();
}

class QuoteExtractor {
  private readonly lines: Line[];
  private readonly raws: RawQuote[];
  private readonly tokens: readonly Token[];
  private readonly names: NameMention[];
  /** For each token, the index of the raw quotation whose marks enclose it, or -1. */
  private readonly tokQuote: Int32Array;
  /** Sentence boundaries outside quotations (offset just after the final punctuation). */
  private readonly bounds: number[] = [];
  /** 1 where line i is a title, heading, byline or entry header (typed, so its shape never varies between articles). */
  private readonly headingLine: Uint8Array;
  /** First line of the stretch each line belongs to (stretches end at headings and entry headers). */
  private readonly stretchStart: Int32Array;
  private readonly lineOfPos: (pos: number) => number;
  /** Attributions met so far; their classes are `PERSON_EVENTS` and `THING_EVENTS`. */
  private readonly events: AttributionLog<Resolution>;
  private readonly speech: boolean[];
  private readonly entityMode: boolean;
  private readonly verbCache: Uint8Array;
  /** For slicing words and short stretches of `text` as one-byte strings. */
  private readonly narrow: OneByteText;

  constructor(
    private readonly text: string,
    private readonly structure: ArticleStructure,
    entities: Entity[],
    tokens: readonly Token[],
  ) {
    this.narrow = oneByteText(text);
    this.lines = splitLines(text);
    this.raws = findQuoteSpans(text, this.lines);
    this.tokens = tokens;
    this.entityMode = entities.length > 0;
    const entityMode = this.entityMode;
    // Who `he`/`she` can stand for, and who `it`/`they` can (resolvePronoun).
    this.events = new AttributionLog<Resolution>([(r) => isPersonish(r) || (r.kind === 'unknown' && !entityMode), (r) => !isPersonish(r) && r.kind !== 'unknown']);
    // The recogniser's entities first; capitalised names it missed (a speaker the
    // model has not seen, a name in a headline) fill the gaps between them.
    this.names = this.entityMode ? withHeuristicGaps(entityNames(entities), heuristicNames(text, this.tokens)) : heuristicNames(text, this.tokens);
    this.tokQuote = new Int32Array(this.tokens.length).fill(-1);
    this.verbCache = new Uint8Array(this.tokens.length).fill(2);
    let qi = 0;
    for (let t = 0; t < this.tokens.length; t++) {
      const tok = this.tokens[t];
      while (qi < this.raws.length && this.raws[qi].end <= tok.start) qi++;
      if (qi < this.raws.length && tok.start >= this.raws[qi].start && tok.end <= this.raws[qi].end) this.tokQuote[t] = qi;
    }
    const ls = this.lines.map((l) => ({ start: l.start }));
    this.lineOfPos = (pos: number) => Math.max(0, lowerBound(ls, pos + 1) - 1);
    this.computeBounds();
    this.headingLine = new Uint8Array(this.lines.length);
    for (let i = 0; i < this.lines.length; i++) this.headingLine[i] = this.isHeadingLine(i) ? 1 : 0;
    this.stretchStart = new Int32Array(this.lines.length);
    let cur = 0;
    for (let i = 0; i < this.lines.length; i++) {
      if (this.headingLine[i]) cur = i + 1;
      this.stretchStart[i] = Math.min(cur, i);
    }
    this.speech = this.raws.map((q, i) => this.isSpeech(q, i));
  }

  run(): Quote[] {
    // Walk attribution verbs and quotations in text order so that pronouns see earlier attributions.
    const out: Quote[] = [];
    const quoteRes: (Resolution | null)[] = [];
    let t = 0;
    // Attributions after the last quotation that is speech would resolve nothing: the walk stops there.
    const last = this.speech.lastIndexOf(true);
    for (let qi = 0; qi <= last; qi++) {
      const q = this.raws[qi];
      for (; t < this.tokens.length && this.tokens[t].start < q.start; t++) {
        if (this.tokQuote[t] >= 0 || !this.isVerbAt(t)) continue;
        this.events.push({ pos: this.tokens[t].start, line: this.lineOfPos(this.tokens[t].start), res: this.subjectOfVerb(t) });
      }
      // Verbs right after the quotation belong to it; record them after resolving it.
      if (!this.speech[qi]) {
        quoteRes.push(null);
        continue;
      }
      const res = this.resolveQuote(qi, quoteRes);
      quoteRes.push(res);
      const quote: Quote = { start: q.start, end: q.end, text: this.text.slice(q.start, q.end), speaker: res ? res.speaker : null };
      if (res?.span) quote.speakerSpan = { start: res.span.start, end: res.span.end };
      out.push(quote);
      this.events.push({ pos: q.start, line: q.lastLine, res });
    }
    return out;
  }

  // ---- lines, sentences, headings ---------------------------------------------------------

  private computeBounds(): void {
    const { tokens, text } = this;
    for (let t = 0; t < tokens.length; t++) {
      const w = tokens[t].text;
      if (w !== '.' && w !== '!' && w !== '?' && w !== '…') continue;
      if (this.tokQuote[t] >= 0) {
        const q = this.raws[this.tokQuote[t]];
        if (tokens[t].start >= q.innerStart && tokens[t].end <= q.innerEnd) continue;
      }
      const next = tokens[t + 1];
      if (!next) {
        this.bounds.push(tokens[t].end);
        continue;
      }
      const gap = text.slice(tokens[t].end, next.start);
      if (gap.includes('\n') || (/\s/u.test(gap) && /^[\p{Lu}\p{N}"“‘'(\[]/u.test(next.text))) this.bounds.push(tokens[t].end);
    }
  }

  private paragraphAt(pos: number): Paragraph | null {
    const ps = this.structure.paragraphs;
    if (!ps.length) return null;
    const i = lowerBound(ps, pos + 1) - 1;
    if (i < 0) return null;
    return ps[i].end > pos ? ps[i] : null;
  }

  private isHeadingLine(i: number): boolean {
    const line = this.lines[i];
    const p = this.paragraphAt(line.start);
    if (p && HEADING_KINDS.has(p.kind)) return true;
    let s = this.text.slice(line.start, line.end);
    s = s.replace(/^[\s•*·\-–—]+/u, '');
    // Counted only where a rule asks: most lines are body text and never need it.
    const words = () => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (i === 0 && (!p || p.kind !== 'body') && words() <= 40) return true;
    if (/^(?:By|Posted by|Written by)\s+\p{Lu}/u.test(s) && words() <= 8) return true;
    // Live-blog entry header: `15:20 , Maryam Zakir-Hussain`, `Tuesday 14 February 2023 19:42 , Sam Rkaina`.
    if (/^(?:\p{L}+ \d{1,2} \p{L}+ \d{4} )?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*,/u.test(s)) return true;
    if (p && p.kind === 'body') return false;
    const core = s.replace(/[\s"“”‘’'»)\]]+$/u, '');
    if (/[.!?:…]$/u.test(core)) return false;
    // A full quoted sentence with an attribution tail (`“…shame.” ― Sonya Herridge`) is body text.
    if (/[.!?…]["”’']/u.test(s)) return false;
    return words() <= 25;
  }

  private boundsIdx: { start: number }[] | null = null;
  private prevBound(pos: number): number {
    if (!this.boundsIdx) this.boundsIdx = this.bounds.map((b) => ({ start: b }));
    const i = lowerBound(this.boundsIdx, pos + 1) - 1;
    return i >= 0 ? this.bounds[i] : 0;
  }
  private nextBound(pos: number): number {
    if (!this.boundsIdx) this.boundsIdx = this.bounds.map((b) => ({ start: b }));
    const i = lowerBound(this.boundsIdx, pos);
    return i < this.bounds.length ? this.bounds[i] : this.text.length;
  }

  // ---- speech or not ---------------------------------------------------------------------

  private isSpeech(q: RawQuote, qi: number): boolean {
    // In a headline, quotation marks are speech when the headline says who spoke
    // (`‘Speed is of the essence’ Zelensky says`); without a speaker they mostly
    // flag a phrase (`Russia failing to ‘punch through’`).
    if (this.headingLine[q.firstLine] && !this.hasVerbIn(this.lines[q.firstLine].start, this.lines[q.lastLine].end)) return false;
    const inner = this.narrow.slice(q.innerStart, q.innerEnd);
    const words = inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (!words.length) return false;
    const multiSentence = /[.!?…]["”’']?\s+["“‘']?\p{Lu}/u.test(inner) || q.lastLine > q.firstLine;
    if (!q.closed && words.length < 4) return false;
    const line = this.lines[q.firstLine];
    const before = this.narrow.slice(Math.max(line.start, q.start - 60), q.start);
    const attached = this.attachedAttribution(q);
    if (!multiSentence && words.length <= 6 && (NAMING_BEFORE_RE.test(before) || WHAT_CALLED_RE.test(this.narrow.slice(Math.max(line.start, q.start - 100), q.start)))) return false;
    if (!multiSentence && words.length <= 5 && isNameLike(inner)) return false;
    if (words.length <= 3 && !attached) {
      // A short quotation is speech only with an attribution verb in its sentence.
      const a = Math.max(line.start, this.prevBound(q.start));
      const b = Math.min(this.lines[q.lastLine].end, this.nextBound(q.end));
      if (!this.hasVerbIn(a, b)) return false;
    }
    void qi;
    return true;
  }

  /** `," he said` / `” said X` / `X said: “` right next to the quotation. */
  private attachedAttribution(q: RawQuote): boolean {
    const after = this.narrow.slice(q.end, Math.min(this.lines[q.lastLine].end, q.end + 80));
    const m = /^[\s,]*((?:[\p{L}.'’-]+\s+){0,4}?)([\p{L}]+)/u.exec(after);
    if (m && CORE_SPEECH_VERBS.has(m[2].toLowerCase())) {
      const lead = after.slice(0, after.indexOf(m[2]));
      if (/^[\s,]*$/u.test(lead) || /^\s*,?\s*(?:he|she|it|they|we|I|the\s+\p{L}+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u.test(lead)) return true;
    }
    const line = this.lines[q.firstLine];
    const before = this.narrow.slice(Math.max(line.start, q.start - 30), q.start);
    const b = /(\p{L}+)\s*[,:]?\s*$/u.exec(before);
    return !!b && CORE_SPEECH_VERBS.has(b[1].toLowerCase());
  }

  private hasVerbIn(a: number, b: number): boolean {
    const v = this.verbFrom(lowerBound(this.tokens, a));
    return v < this.tokens.length && this.tokens[v].end <= b;
  }

  /**
   * Verb tokens outside the words of any quotation, in text order. Asked for per quotation over
   * its line or sentence, a scan would make a line of many quotations quadratic; this list makes
   * each question a binary search.
   */
  private verbTokens: Int32Array | null = null;

  /** The first verb token at or after token `t` that is not inside a quotation's words (tokens.length when none). */
  private verbFrom(t: number): number {
    if (!this.verbTokens) {
      const found: number[] = [];
      for (let k = 0; k < this.tokens.length; k++) if (!this.insideOtherQuoteInner(k) && this.isVerbAt(k)) found.push(k);
      this.verbTokens = Int32Array.from(found);
    }
    const i = lowerBoundNumber(this.verbTokens, t);
    return i < this.verbTokens.length ? this.verbTokens[i] : this.tokens.length;
  }

  /** A speech verb (not a noun after a determiner: `the report`, `his comments`), or `according to`. */
  private isVerbAt(t: number): boolean {
    const c = this.verbCache[t];
    if (c !== 2) return c === 1;
    const v = this.isVerbAtUncached(t);
    this.verbCache[t] = v ? 1 : 0;
    return v;
  }

  private isVerbAtUncached(t: number): boolean {
    const tx = this.tokens[t].text;
    if (tx.length < 3 || tx.length > 13) return false;
    const first = tx.charCodeAt(0);
    if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return false;
    const w = this.tokens[t].text.toLowerCase();
    if (w === 'according') return this.tokens[t + 1]?.text.toLowerCase() === 'to';
    // `As Steven Rosenthal recently put it, “…”`: `put it` reports words, `put` alone does not.
    if (w === 'put') return this.tokens[t + 1]?.text.toLowerCase() === 'it' && this.asClauseBefore(t);
    // A statement verb that is also a speech verb (`posted`) stays one without the statement noun.
    if (STATEMENT_VERBS.has(w) && this.introducesStatement(t)) return true;
    // `made the following comment:`: the noun the statement verb puts out is no verb itself.
    if (STATEMENT_NOUNS.has(w)) {
      for (let k = t - 1; k >= t - 3 && k >= 0; k--) if (STATEMENT_VERBS.has(this.tokens[k].text.toLowerCase()) && this.introducesStatement(k)) return false;
    }
    if (!SPEECH_VERBS.has(w)) return false;
    const prev = this.tokens[t - 1]?.text.toLowerCase();
    if (prev && (DETERMINERS.has(prev) || /^\p{Lu}/u.test(this.tokens[t].text) && t > 0 && !this.atSentenceStart(t))) return false;
    if (prev && (prev === "'s" || prev === '’s')) return false;
    return true;
  }

  /**
   * Whether the verb at `t` introduces words that follow a colon (`Sanders made the
   * following comment:`, `the ministry issued a statement on Telegram:`): a statement
   * noun within three words, then the colon within five more.
   */
  private introducesStatement(t: number): boolean {
    for (let k = t + 1; k <= t + 3 && k < this.tokens.length; k++) {
      if (!STATEMENT_NOUNS.has(this.tokens[k].text.toLowerCase())) continue;
      for (let c = k + 1; c <= k + 5 && c < this.tokens.length; c++) {
        const w = this.tokens[c].text;
        if (w === ':') return true;
        if (/^[.!?;“”"]$/u.test(w)) return false;
      }
      return false;
    }
    return false;
  }

  /** Whether tokens [from, to) read as a description (an article, a preposition or a participle), not a run of titles. */
  private describes(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const w = this.tokens[k].text.toLowerCase();
      if (DETERMINERS.has(w) || w === 'one' || PREPOSITIONS.has(w) || /^\p{Ll}{3,}ing$/u.test(this.tokens[k].text)) return true;
    }
    return false;
  }

  /** Whether the clause of token `t` opens with `as` (`As X, a tax lawyer, put it`). */
  private asClauseBefore(t: number): boolean {
    for (let k = t - 1; k >= 0 && k >= t - 16; k--) {
      const w = this.tokens[k].text;
      if (/^[.!?;:“”"‘’]$/u.test(w)) return false;
      if (/^as$/i.test(w)) return k === 0 || this.atSentenceStart(k) || this.tokens[k - 1].text === ',';
    }
    return false;
  }

  private atSentenceStart(t: number): boolean {
    const prev = this.tokens[t - 1];
    if (!prev) return true;
    return /^[.!?:;“"‘'•*]$/u.test(prev.text) || this.text.slice(prev.end, this.tokens[t].start).includes('\n');
  }

  // ---- speakers ----------------------------------------------------------------------------

  private resolveQuote(qi: number, prior: (Resolution | null)[]): Resolution | null {
    const q = this.raws[qi];
    const first = this.lines[q.firstLine];
    const last = this.lines[q.lastLine];
    // Before: from the sentence start (or the previous quotation) to the quotation.
    let bStart = Math.max(first.start, this.prevBound(q.start));
    if (qi > 0 && this.raws[qi - 1].end > bStart && this.raws[qi - 1].end <= q.start && this.speech[qi - 1]) bStart = this.raws[qi - 1].end;
    // After: from the quotation to the sentence end (or the next quotation).
    const aEnd = Math.min(last.end, this.nextBound(q.end));

    const startsSentence = /^[\s\-–—•*]*$/u.test(this.text.slice(bStart, q.start));
    const afterRes = () => this.attributionAfter(q.end, aEnd);
    const beforeRes = () => this.attributionBefore(bStart, q.start);
    const res = startsSentence ? afterRes() ?? beforeRes() : beforeRes() ?? afterRes();
    if (res === UNNAMED) return null;
    if (res) return res;

    // No attribution in its sentence: the quotation just before, or the attribution in the paragraph before.
    for (let k = qi - 1; k >= 0; k--) {
      const p = this.raws[k];
      if (!this.speech[k]) continue;
      if (p.lastLine >= q.firstLine - 1 && p.lastLine >= this.stretchStart[q.firstLine]) {
        const prevEvent = this.lastEventBefore(q.start, q.firstLine - 1);
        if (prevEvent && prevEvent.pos > p.start && prevEvent.res) return prevEvent.res;
        return prior[k];
      }
      break;
    }
    if (startsSentence) {
      const ev = this.lastEventBefore(q.start, q.firstLine - 1);
      if (ev && ev.res) return ev.res;
      // A quotation paragraph after one paragraph of explanation goes on with the last speaker
      // (`“…,” the ministry said.` / background / `“…”`), when nothing else was attributed between.
      const whole = q.end >= this.lines[q.lastLine].end - 1;
      for (let k = qi - 1; whole && k >= 0; k--) {
        if (!this.speech[k]) continue;
        const p = this.raws[k];
        if (p.lastLine === q.firstLine - 2 && p.lastLine >= this.stretchStart[q.firstLine] && !this.headingLine[q.firstLine - 1]) {
          const between = this.lastEventBefore(q.start, q.firstLine - 1);
          if (!between) return prior[k];
        }
        break;
      }
    }
    return null;
  }

  /** The latest attribution before `pos` on line `minLine` or later. */
  private lastEventBefore(pos: number, minLine: number): Event | null {
    const i = this.events.lastIndexBefore(pos);
    if (i < 0) return null;
    const e = this.events.events[i];
    if (e.line < minLine || e.line < this.stretchStart[this.lineOfPos(pos)]) return null;
    return e;
  }

  /** `," X said`, `" said X`, `", he added`, `", according to X`, `" ― Name`. */
  private attributionAfter(a: number, b: number): Resolution | typeof UNNAMED | null {
    // Epigraph style: `“…” ― Sonya Herridge` at the end of the line.
    const rest = this.text.slice(a, b);
    const dash = /^\s*[―—–-]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s*$/u.exec(rest);
    if (dash) {
      const off = a + rest.indexOf(dash[1]);
      const r = this.nameAt(off, off + dash[1].length);
      if (r) return r;
      return resolution(dash[1], 'person', { start: off, end: off + dash[1].length });
    }
    const t = this.verbFrom(lowerBound(this.tokens, a));
    if (t >= this.tokens.length || this.tokens[t].end > b) return null;
    // Subject between the quotation and the verb, else the noun phrase after the verb.
    if (this.tokens[t].text.toLowerCase() !== 'according') {
      const subj = this.subjectOf(t, a);
      if (subj) return subj;
      // `“…,” he told newspaper Die Zeit`: a pronoun is the subject even when nothing
      // before names it, and what follows the verb is who was told.
      if (t > 0 && this.tokens[t - 1].start >= a && SUBJECT_PRONOUNS.has(this.tokens[t - 1].text.toLowerCase())) return UNNAMED;
    }
    return this.objectAfter(t, b);
  }

  /**
   * `X said: "`, `X said that … "`, `according to X, "`, `said X: "`, `X called Y a "`.
   * The nearest verb first; when it gives no speaker (a noun read as a verb, as in
   * `late-night tweets`), the one before it, back to the sentence start.
   */
  private attributionBefore(a: number, b: number): Resolution | null {
    for (let t = lowerBound(this.tokens, b) - 1; t >= 0 && this.tokens[t].start >= a; t--) {
      if (this.insideOtherQuoteInner(t)) continue;
      const naming = NAMING_VERBS.has(this.tokens[t].text);
      if (!naming && !this.isVerbAt(t)) continue;
      if (this.tokens[t].text.toLowerCase() === 'according') return this.objectAfter(t, b);
      const lineStart = this.lines[this.lineOfPos(this.tokens[t].start)].start;
      const lo = Math.max(a, lineStart);
      const subj = this.subjectOf(t, lo);
      if (subj) return subj;
      // Inverted `Said Trump: "…"` only at the start of a clause, and when the noun phrase runs up to a separator.
      if (!naming && this.clauseStartsAt(t, lo)) {
        const obj = this.objectAfter(t, b, true);
        if (obj) return obj;
      }
    }
    return null;
  }

  /** Whether the verb at token `v` opens its clause: nothing but adverbs before it since `lo`, a separator or a quotation. */
  private clauseStartsAt(v: number, lo: number): boolean {
    const first = this.tokAt(lo);
    const i = this.skipBack(v - 1, first);
    if (i < first) return true;
    const w = this.tokens[i].text;
    return SEPARATORS.has(w) || this.isQuoteBoundary(i) || QUOTE_CHARS.test(w);
  }

  private insideOtherQuoteInner(t: number): boolean {
    const qi = this.tokQuote[t];
    if (qi < 0) return false;
    const q = this.raws[qi];
    return (this.tokens[t].start >= q.innerStart && this.tokens[t].end <= q.innerEnd) || QUOTE_CHARS.test(this.tokens[t].text);
  }

  /**
   * The sentence around `pos`, ended by its paragraph too: a heading has no full stop,
   * and the full stops of a quotation that runs over paragraphs are inside its marks.
   */
  private sentenceAround(pos: number): { start: number; end: number } {
    const line = this.lines[this.lineOfPos(pos)];
    return { start: Math.max(line.start, this.prevBound(pos)), end: Math.min(line.end, this.nextBound(pos)) };
  }

  /** Subject of the verb at token `v` for an attribution event (any sentence with a speech verb). */
  private subjectOfVerb(v: number): Resolution | null {
    const sentence = this.sentenceAround(this.tokens[v].start);
    if (this.tokens[v].text.toLowerCase() === 'according') return this.objectAfter(v, sentence.end);
    return this.subjectOf(v, sentence.start) ?? this.objectAfter(v, sentence.end, true);
  }

  /** The first token index at or after offset `a`. */
  private tokAt(a: number): number {
    return lowerBound(this.tokens, a);
  }

  /** The name mention that ends at token `t`, if any. */
  private nameEndingAt(t: number): NameMention | null {
    const end = this.tokens[t].end;
    const k = lowerBound(this.names, end) - 1;
    for (let j = k; j >= 0 && j > k - 4; j--) {
      const n = this.names[j];
      if (n.end === end) return n;
      if (n.end < this.tokens[t].start - 200) break;
    }
    return null;
  }

  private nameAt(a: number, b: number): Resolution | null {
    let best: NameMention | null = null;
    for (let k = lowerBound(this.names, a); k < this.names.length && this.names[k].start < b; k++) {
      if (this.names[k].end <= b) best = this.names[k];
    }
    return best ? this.fromName(best) : null;
  }

  private fromName(n: NameMention, head: string | undefined = undefined): Resolution {
    return resolution(n.canonical, n.kind, { start: n.start, end: n.end }, head);
  }

  /**
   * The subject of the verb at token `v`, looking back no further than offset `a`:
   * skips auxiliaries and adverbs, then reads the noun phrase that ends there (a name, a
   * pronoun, or a description such as `the ministry`), walking back over appositives
   * (`Milley, chair of …, told`), ages and party labels, and participles
   * (`X backed the claim, saying`) to a clause that starts with a name.
   */
  private subjectOf(v: number, a: number): Resolution | null {
    const { tokens } = this;
    const lo = this.tokAt(a);
    let i = this.skipBack(v - 1, lo);
    if (i < lo) return null;
    // A participle right after a name has that name as its subject, even inside a phrase
    // (`footage of Hillary Clinton asking, “…”`).
    if (i === v - 1 && tokens[v].text.endsWith('ing')) {
      const name = this.nameEndingAt(i);
      if (name && name.start >= tokens[lo].start) return this.fromName(name);
    }
    // Coordinated verbs: `X said … but added: "…"` → the subject of the first verb.
    const wi = tokens[i].text.toLowerCase();
    if (wi === 'and' || wi === 'but') {
      for (let t = i - 1; t >= lo; t--) {
        if (this.isQuoteBoundary(t)) break;
        if (this.isVerbAt(t) && tokens[t].text.toLowerCase() !== 'according') return this.subjectOf(t, a);
      }
      return this.clauseInitialName(lo, i);
    }
    let nominal: Resolution | null = null;
    for (let hop = 0; hop < 5 && i >= lo; hop++) {
      const w = tokens[i].text;
      if (SEPARATORS.has(w)) {
        // A participle after a clause (`X attacked Y over Iraq and Libya, saying`): the clause's subject, not its last name.
        if (hop === 0 && w === ',' && tokens[v].text.endsWith('ing')) {
          const r = this.participleSubject(i, lo, a);
          if (r) return r;
        }
        // Walk back over `, appositive ,` (or a parenthesis) to what precedes it.
        let j = i - 1;
        if (w === ')') {
          while (j >= lo && tokens[j].text !== '(') j--;
          j--;
        }
        j = this.skipBack(j, lo);
        // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`: over the parenthesis too.
        while (j >= lo && tokens[j].text === ')') {
          while (j >= lo && tokens[j].text !== '(') j--;
          j = this.skipBack(j - 1, lo);
        }
        if (j >= lo && tokens[j].text === '.') j--;
        if (j < lo) break;
        // The segment before the separator.
        const s = this.segmentEdge(j, lo);
        const segStart = s + 1;
        if (segStart > j) break;
        const seg = this.readNP(j, segStart);
        // Ages, party labels, places of residence (`, 59, of Ashton, Md.,`) sit between a name and its verb.
        const firstW = tokens[segStart].text.toLowerCase();
        const isPlaceTail = (segStart === j && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[j].text) && tokens[j + 1]?.text === '.') || (PREPOSITIONS.has(firstW) && firstW !== 'of' ? false : firstW === 'of' || firstW === 'from');
        if (seg.kind === 'skip' || isPlaceTail) {
          i = s;
          continue;
        }
        // A name inside a description or a participle (`, one of the states suing the EPA,`,
        // `, dedicating the museum in Washington,`) is not who speaks: go on back. Titles
        // before a name are no description (`panel Chairman Rep. Jason Chaffetz (R-Utah) said`).
        const inDescription = /^\p{Ll}/u.test(tokens[segStart].text) && seg.npStart > segStart && this.describes(segStart, seg.npStart);
        if (seg.res && seg.res.kind !== 'nominal' && seg.np && !inDescription) return seg.res;
        if (seg.res && seg.res.kind === 'nominal' && !nominal) nominal = seg.res;
        // A clause starting with a name: `Zelenskyy backed up the claim, saying`. Not a
        // description that fills the segment (`X, the Charlotte-Mecklenburg police chief, said`).
        const described = seg.res?.kind === 'nominal' && seg.npStart === segStart;
        const lead = described ? null : this.clauseInitialName(segStart, j + 1);
        if (lead) return lead;
        if (this.isQuoteBoundary(s) || s < lo) break;
        i = s;
        continue;
      }
      const r = this.readNP(i, lo);
      if (r.kind === 'skip') break;
      if (r.res && r.res.kind !== 'nominal') return r.res;
      if (r.res && r.res.kind === 'nominal') {
        // `Dmitry Peskov, the President's press secretary, declared`: prefer the name before.
        nominal = nominal ?? r.res;
        // `Dean, a former … chairman and presidential candidate, said`: back to the comma before the description.
        let before = r.npStart - 1;
        while (before >= lo && before > r.npStart - 16 && !SEPARATORS.has(tokens[before].text) && !this.isQuoteBoundary(before) && !this.isVerbAt(before)) before--;
        if (before >= lo && tokens[before].text === ',') {
          let j = this.skipBack(before - 1, lo);
          if (j >= lo && tokens[j].text === '.') j--;
          if (j >= lo) {
            const s2 = this.segmentEdge(j, lo);
            const prev = this.readNP(j, s2 + 1);
            if (prev.res && prev.res.kind !== 'nominal' && !prev.pronoun && prev.npStart === s2 + 1) return prev.res;
          }
        }
        break;
      }
      if (r.pronoun) return r.res;
      break;
    }
    if (nominal) return this.resolveNominal(nominal);
    return null;
  }

  /**
   * The subject of the clause before the comma at token `comma` that a participle
   * (`saying`, `arguing`) follows: the subject of its speech verb when it has one
   * (`X said …, adding that`), else the name it starts with.
   */
  private participleSubject(comma: number, lo: number, a: number): Resolution | null {
    let s = comma - 1;
    for (; s >= lo && !this.isQuoteBoundary(s); s--) {
      if (SEPARATORS.has(this.tokens[s].text) && this.tokens[s].text !== ',') break;
      if (this.isVerbAt(s) && this.tokens[s].text.toLowerCase() !== 'according') return this.subjectOf(s, a);
    }
    let start = this.segmentEdge(comma - 1, lo) + 1;
    // `… in Tulsa, Oklahoma, arguing`: a place after a comma names where, not a clause.
    while (start - 1 > lo && this.tokens[start - 1].text === ',' && this.onlyPlace(start, comma)) start = this.segmentEdge(start - 2, lo) + 1;
    return start < comma ? this.clauseInitialName(start, comma) : null;
  }

  /** Whether tokens [from, to) are one place name and nothing else. */
  private onlyPlace(from: number, to: number): boolean {
    const n = this.nameEndingAt(to - 1);
    return !!n && n.kind === 'place' && n.start === this.tokens[from].start;
  }

  /** The separator or quotation mark before the segment that token `j` ends (`lo - 1` when the segment reaches `lo`). */
  private segmentEdge(j: number, lo: number): number {
    let s = j;
    while (s >= lo && !SEPARATORS.has(this.tokens[s].text) && !this.isQuoteBoundary(s)) s--;
    return s;
  }

  /** Steps back from token `i` over auxiliaries, adverbs and time expressions. */
  private skipBack(i: number, lo: number): number {
    const { tokens } = this;
    while (i >= lo) {
      const w = tokens[i].text;
      const lw = w.toLowerCase();
      // The closing mark of a quoted name (`the group “Widows of Russian Soldiers” said`).
      if (QUOTE_CHARS.test(w) && this.tokQuote[i] >= 0 && !this.speech[this.tokQuote[i]] && this.raws[this.tokQuote[i]].end === tokens[i].end) {
        i--;
        continue;
      }
      if (AUX.has(lw) && lw !== 'who' && lw !== 'which' && lw !== 'that' && lw !== 'and' && lw !== 'but') {
        i--;
        continue;
      }
      if (/^\p{Ll}+ly$/u.test(w) && !PERSON_NOUNS.has(lw)) {
        i--;
        continue;
      }
      if (TIME_WORDS.has(lw)) {
        i--;
        if (i >= lo && /^(?:on|last|this|late|early|earlier|in|at|the|next)$/iu.test(tokens[i].text)) i--;
        continue;
      }
      break;
    }
    return i;
  }

  /** The first name of a clause when the clause starts with it (after determiners and titles). */
  private clauseInitialName(s: number, e: number): Resolution | null {
    const { tokens } = this;
    let t = s;
    while (t < e && (/^[\s\-–—•*]$/u.test(tokens[t].text) || DETERMINERS.has(tokens[t].text.toLowerCase()) || /^(?:but|and|so|then|meanwhile|however)$/iu.test(tokens[t].text))) t++;
    if (t >= e) return null;
    const pos = tokens[t].start;
    if (PERSON_PRONOUNS.has(tokens[t].text.toLowerCase()) && (t + 1 >= e || !/^\p{Lu}/u.test(tokens[t + 1].text))) {
      return this.resolvePronoun('person', pos);
    }
    // The name covering the leading capitalised run.
    let best: NameMention | null = null;
    let runEnd = t;
    while (runEnd < e && (/^\p{Lu}/u.test(tokens[runEnd].text) || /^(?:of|de|von|der|van|al|bin|la|le|du|da|'s|’s)$/u.test(tokens[runEnd].text))) runEnd++;
    if (runEnd === t) return null;
    for (let k = lowerBound(this.names, pos); k < this.names.length && this.names[k].start < tokens[runEnd - 1].end; k++) {
      if (this.names[k].end <= tokens[runEnd - 1].end) {
        // `Russia's Defence Ministry`: the last name before a possessive continues to the head.
        best = this.names[k];
      }
    }
    // `Pyongyang's only ally`: a possessor is not the clause's subject, unless what it owns
    // speaks for it (`Zelenskiy’s office`, `Russia's defence ministry`).
    const after = best ? lowerBound(tokens, best.end) : -1;
    if (best && /^['’]s$/u.test(tokens[after]?.text ?? '')) {
      let head = after + 1;
      while (head + 1 < e && /^\p{Ll}/u.test(tokens[head + 1].text) && !ORG_NOUNS.has(tokens[head].text) && !this.isVerbAt(head + 1)) head++;
      if (!(head < e && ORG_NOUNS.has(tokens[head].text))) return null;
    }
    return best ? this.fromName(best) : null;
  }

  /**
   * Reads the noun phrase that ends at token `i` (not before `lo`).
   * `skip`: ages, party labels (`82`, `R-Ky.`); `pronoun`: he/she/it; otherwise a name or a description.
   */
  private readNP(i: number, lo: number): NounPhrase {
    const { tokens } = this;
    const w = tokens[i].text;
    const lw = w.toLowerCase();
    if (/^\d{1,3}$/.test(w) || /^[RDI]-[\p{L}.]+$/u.test(w) || /^(?:Jr|Sr|[RDI])\.?$/.test(w)) return { kind: 'skip', res: null, npStart: i, np: false, pronoun: false };
    if (PERSON_PRONOUNS.has(lw) || lw === 'it' || lw === 'they') {
      const want = lw === 'it' ? 'thing' : lw === 'they' ? 'plural' : 'person';
      return { kind: 'np', res: this.resolvePronoun(want, tokens[i].start), npStart: i, np: true, pronoun: true };
    }
    // `US` in capitals is the country, not `us`.
    if (FIRST_PERSON.has(lw) && w !== 'US') return { kind: 'np', res: null, npStart: i, np: true, pronoun: true };
    const name = this.nameEndingAt(i);
    if (name && name.start >= tokens[lo]?.start) {
      const ns = lowerBound(tokens, name.start);
      // A name inside a prepositional phrase (`official in Washington`, `chair of the U.S. Joint Chiefs`,
      // `Jane Okafor of the Fiscal Council`) is not the head.
      let p = ns - 1;
      if (p >= lo && DETERMINERS.has(tokens[p].text.toLowerCase())) p--;
      if (p >= lo && PREPOSITIONS.has(tokens[p].text.toLowerCase()) && p - 1 >= lo && (/^\p{Ll}/u.test(tokens[p - 1].text) || this.nameEndingAt(p - 1)?.kind === 'person')) {
        const inner = this.readNP(p - 1, lo);
        if (inner.res) return inner;
        return { kind: 'np', res: null, npStart: inner.npStart, np: false, pronoun: false };
      }
      return { kind: 'np', res: this.fromName(name), npStart: ns, np: true, pronoun: false };
    }
    // A described speaker: `the ministry`, `Romania's defence ministry`, `British military chiefs`.
    if (!/^\p{L}/u.test(w)) return { kind: 'np', res: null, npStart: i, np: false, pronoun: false };
    let s = i;
    let possessor: NameMention | null = null;
    let detPron: string | null = null;
    while (s - 1 >= lo) {
      const t = tokens[s - 1];
      const tw = t.text.toLowerCase();
      // A comma or `and` inside a name is part of the phrase (`A Foreign, Commonwealth and Development Office spokesperson`).
      if ((SEPARATORS.has(t.text) || NP_BREAK.has(tw)) && this.insideName(s - 1)) {
        s--;
        continue;
      }
      if (SEPARATORS.has(t.text) || this.isQuoteBoundary(s - 1) || NP_BREAK.has(tw) || (this.isVerbAt(s - 1) && tw !== 'according')) break;
      if (tw === "'s" || tw === '’s' || t.text === '’' || t.text === "'") {
        const n = s - 2 >= lo ? this.nameEndingAt(s - 2) : null;
        if (n) possessor = n;
        s--;
        continue;
      }
      if (DETERMINERS.has(tw)) {
        if (tw === 'its' || tw === 'his' || tw === 'her' || tw === 'their') detPron = tw;
        s--;
        break;
      }
      // Noun-phrase words only: no numbers, no past-tense verbs (`PolitiFact rated 32% of …`).
      if (/[\d%]/u.test(tw) || (/^\p{Ll}+ed$/u.test(t.text) && !PERSON_NOUNS.has(tw))) break;
      if (i - s > 7) break;
      s--;
    }
    const npText = this.text.slice(tokens[s].start, tokens[i].end);
    let head = lw;
    // `the ministry of defence`, `the head of the agency`: the noun before `of` heads the phrase.
    for (let t = i - 1; t > s; t--) {
      if (tokens[t].text === 'of' && /^\p{Ll}/u.test(tokens[t - 1].text)) {
        head = tokens[t - 1].text.toLowerCase();
        break;
      }
    }
    const isPerson = PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.replace(/s$/u, ''));
    const isOrg = ORG_NOUNS.has(head);
    if (!isPerson && !isOrg) return { kind: 'np', res: null, npStart: s, np: false, pronoun: false };
    if (possessor && !isPerson) return { kind: 'np', res: this.fromName(possessor), npStart: s, np: true, pronoun: false };
    if (detPron && isOrg) {
      return { kind: 'np', res: this.resolvePronoun(detPron === 'their' ? 'plural' : detPron === 'its' ? 'thing' : 'person', tokens[s].start), npStart: s, np: true, pronoun: false };
    }
    // Organisation-like heads qualified by a name: `a Kremlin readout`, `the Netherlands’ defence ministry`.
    if (isOrg) {
      for (let k = lowerBound(this.names, tokens[s].start); k < this.names.length && this.names[k].end <= tokens[i].end; k++) {
        if (this.names[k].kind !== 'person') return { kind: 'np', res: this.fromName(this.names[k]), npStart: s, np: true, pronoun: false };
      }
    }
    // `Boeing's CEO has said`: the one person the article names with that role (`CEO Kelly Ortberg`).
    if (isPerson) {
      const titled = this.personWithRole(head);
      if (titled) return { kind: 'np', res: this.fromName(titled), npStart: s, np: true, pronoun: false };
    }
    const clean = npText.replace(/^(?:the|a|an|this|that)\s+/iu, '');
    return { kind: 'np', res: resolution(clean, 'nominal', { start: tokens[s].start, end: tokens[i].end }, head.replace(/s$/u, '')), npStart: s, np: true, pronoun: false };
  }

  /**
   * The person the article names right after the role `role` (`CEO Kelly Ortberg`,
   * `Sheriff William Snyder`), when it names exactly one; else null.
   */
  private personWithRole(role: string): NameMention | null {
    if (role.length < 2) return null;
    if (!this.personsByRole) this.personsByRole = this.indexPersonsByRole();
    const found = this.personsByRole.get(role);
    return found ?? null;
  }

  /** Role word before a person's name (lower case) → that person, or null when it comes before two people. Built once: speakers are looked up per quotation. */
  private personsByRole: Map<string, NameMention | null> | null = null;
  private indexPersonsByRole(): Map<string, NameMention | null> {
    const out = new Map<string, NameMention | null>();
    for (const n of this.names) {
      if (n.kind !== 'person') continue;
      const m = /(?:^|[^\p{L}])(\p{L}+) $/u.exec(this.text.slice(Math.max(0, n.start - 40), n.start));
      if (!m) continue;
      const role = m[1].toLowerCase();
      const had = out.get(role);
      if (had === undefined) out.set(role, n);
      else if (had !== null && had.canonical !== n.canonical) out.set(role, null);
    }
    return out;
  }

  /** The noun phrase after the verb at token `v` (`said Nathaniel Raymond, one of …`, `according to X`). */
  private objectAfter(v: number, b: number, needSeparator = false): Resolution | null {
    const { tokens } = this;
    let s = v + 1;
    if (tokens[v].text.toLowerCase() === 'according') s = v + 2;
    let e = s;
    while (e < tokens.length && tokens[e].end <= b) {
      const w = tokens[e].text.toLowerCase();
      if (SEPARATORS.has(w) || w === '.' || this.isQuoteBoundary(e) || QUOTE_CHARS.test(w)) break;
      if (NP_STOP.has(w) && !this.insideName(e)) break;
      if (e > s && this.isVerbAt(e)) break;
      e++;
    }
    if (e === s) return null;
    if (needSeparator) {
      const next = tokens[e];
      if (!next || !(next.text === ':' || next.text === ',' || this.isQuoteBoundary(e) || QUOTE_CHARS.test(next.text))) return null;
    }
    // `a Kremlin readout of the call between Putin and Aliyev`: the part before `of` when it has a name.
    let of = -1;
    for (let t = s; t < e; t++) {
      if (tokens[t].text === 'of' && !this.insideName(t)) {
        of = t;
        break;
      }
    }
    const first = tokens[s].text.toLowerCase();
    if (PERSON_PRONOUNS.has(first) || first === 'it' || first === 'they') {
      return e - s <= 2 ? this.resolvePronoun(first === 'it' ? 'thing' : first === 'they' ? 'plural' : 'person', tokens[s].start) : null;
    }
    const part = of > s ? [s, of] : [s, e];
    let r = this.lastNameIn(part[0], part[1]);
    if (!r && of > s) r = this.lastNameIn(of + 1, e);
    if (r) return r;
    const np = this.readNP(part[1] - 1, part[0]);
    if (np.res && np.res.kind === 'nominal') return this.resolveNominal(np.res);
    return np.res;
  }

  private lastNameIn(s: number, e: number): Resolution | null {
    if (e <= s) return null;
    const a = this.tokens[s].start;
    const b = this.tokens[e - 1].end;
    let best: NameMention | null = null;
    for (let k = lowerBound(this.names, a); k < this.names.length && this.names[k].start < b; k++) {
      if (this.names[k].end <= b) best = this.names[k];
    }
    return best ? this.fromName(best) : null;
  }

  private insideName(t: number): boolean {
    const pos = this.tokens[t].start;
    const i = lowerBound(this.names, pos + 1) - 1;
    for (let k = i; k >= 0 && k > i - 3; k--) if (this.names[k].start < pos && this.names[k].end > pos) return true;
    return false;
  }

  private isQuoteBoundary(t: number): boolean {
    const qi = this.tokQuote[t];
    return qi >= 0 && (this.raws[qi].start === this.tokens[t].start || this.raws[qi].end === this.tokens[t].end);
  }

  /** Whether `pos` lies inside the words of a (speech) quotation. */
  private inSpeech(pos: number): boolean {
    const i = lowerBound(this.raws, pos + 1) - 1;
    return i >= 0 && this.raws[i].innerStart <= pos && pos < this.raws[i].innerEnd && this.speech[i];
  }

  private windowStartLine(pos: number, back: number): number {
    const li = this.lineOfPos(pos);
    return Math.max(this.stretchStart[li], li - back);
  }

  // Names that can answer a look-back, listed once by what asks for them: a walk back over
  // every name per pronoun or description was quadratic on a line with no sentence end.
  private readonly nameLists = new Map<string, number[]>();
  private namesByWord: Map<string, number[]> | null = null;

  /** Indices of the names for which `keep` holds, in order; computed once per `key`. */
  private namesWhere(key: string, keep: (n: NameMention) => boolean): number[] {
    let list = this.nameLists.get(key);
    if (!list) {
      list = [];
      for (let k = 0; k < this.names.length; k++) if (keep(this.names[k])) list.push(k);
      this.nameLists.set(key, list);
    }
    return list;
  }

  /** A name outside headings and quoted words, which a pronoun or description may refer to. */
  private visibleName(n: NameMention): boolean {
    return !this.headingLine[this.lineOfPos(n.start)] && !this.inSpeech(n.start);
  }

  /** The 40 characters before each person's name, in lower case, where titleBefore looks for a title. */
  private leadIns: Map<number, string> | null = null;

  /** People named after title `head` (`Defence Secretary Ben Wallace`); only visible ones when `visible`. */
  private titledNames(head: string, visible: boolean): number[] {
    if (visible) {
      let seen = this.nameLists.get(`visible person titled ${head}`);
      if (!seen) this.nameLists.set(`visible person titled ${head}`, (seen = this.titledNames(head, false).filter((k) => this.visibleName(this.names[k]))));
      return seen;
    }
    if (!this.leadIns) {
      this.leadIns = new Map();
      for (let k = 0; k < this.names.length; k++) {
        const n = this.names[k];
        if (n.kind === 'person') this.leadIns.set(k, this.text.slice(Math.max(0, n.start - 40), n.start).toLowerCase());
      }
    }
    let list = this.nameLists.get(`person titled ${head}`);
    if (!list) {
      list = [];
      const re = titleBefore(head);
      const abbr = TITLE_ABBREVIATIONS[head];
      // The title's word must be there for the pattern to match: a cheap test first.
      for (const [k, pre] of this.leadIns) if ((pre.includes(head) || (abbr && pre.includes(abbr))) && re.test(pre)) list.push(k);
      this.nameLists.set(`person titled ${head}`, list);
    }
    return list;
  }

  /** Visible names, not of people, with `word` among their words (`Defence Ministry` for `ministry`). */
  private namesWithWord(word: string): number[] {
    if (!this.namesByWord) {
      this.namesByWord = new Map();
      for (let k = 0; k < this.names.length; k++) {
        const n = this.names[k];
        if (n.kind === 'person' || !this.visibleName(n)) continue;
        for (const w of n.text.toLowerCase().split(/\s+/)) {
          const list = this.namesByWord.get(w);
          if (!list) this.namesByWord.set(w, [k]);
          else if (list[list.length - 1] !== k) list.push(k);
        }
      }
    }
    return this.namesByWord.get(word) ?? [];
  }

  /**
   * he/she → the subject of the latest attribution before `pos` that is a person, else the
   * latest sentence's first (subject-like) person; it → the latest organisation or place.
   */
  private resolvePronoun(want: 'person' | 'thing' | 'plural', pos: number): Resolution | null {
    const minLine = this.windowStartLine(pos, 6);
    const attributed = this.events.latestInClass(want === 'person' ? PERSON_EVENTS : THING_EVENTS, pos, minLine);
    if (attributed) return attributed;
    if (want === 'plural') return null;
    // The latest sentence with a compatible mention, and in it the first one (its subject).
    const minPos = this.lines[minLine].start;
    const compatible = this.namesWhere(want === 'person' ? 'person, not possessive' : 'organisation or place, not possessive', (n) => {
      const good = want === 'person' ? n.kind === 'person' : n.kind === 'organization' || n.kind === 'place';
      return good && this.visibleName(n) && !/^['’]s\b/u.test(this.text.slice(n.end, n.end + 2));
    });
    const latest = lastAtOrBefore(compatible, lowerBound(this.names, pos) - 1);
    if (latest < 0 || this.names[latest].start < minPos) return null;
    const sentenceStart = Math.max(minPos, this.prevBound(this.names[latest].start));
    return this.fromName(this.names[firstAtOrAfter(compatible, lowerBound(this.names, sentenceStart))]);
  }

  /**
   * `the ministry` → the latest attribution or name with that word; `the minister` → the latest
   * person introduced with that title (else the next one, for `…, the defence secretary said.
   * “…” Ben Wallace told …` is rare enough to skip); otherwise the description itself when it
   * is specific (`Russian defence ministry`), or null (`the report`, `officials`).
   */
  private resolveNominal(r: Resolution): Resolution | null {
    const head = r.head ?? '';
    const pos = r.span ? r.span.start : 0;
    const isPerson = PERSON_NOUNS.has(head);
    const minLine = this.windowStartLine(pos, 12);
    const minPos = this.lines[minLine].start;
    const attributed = this.events.latestWithHead(head, r.speaker.length, pos, minLine);
    if (attributed) return attributed;
    // The latest name with that word (`the ministry`), or the latest person with that title (`the minister`).
    const named = lastAtOrBefore(isPerson ? this.titledNames(head, true) : this.namesWithWord(head), lowerBound(this.names, pos) - 1);
    if (named >= 0 && this.names[named].start >= minPos) return this.fromName(this.names[named], head);
    // Specific descriptions stand for themselves: a capitalised qualifier not at the sentence start.
    const words = r.speaker.split(/\s+/);
    const qualified = words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w)) && !(r.span && this.prevBound(r.span.start) === r.span.start && words.length === 2);
    if (isPerson && PERSON_TITLE_HEADS.has(head)) {
      // `…, the UK defence secretary has said.` … `Defence Secretary Ben Wallace`: a title named just after.
      const maxPos = Math.min(this.text.length, pos + 1500);
      const next = firstAtOrAfter(this.titledNames(head, false), lowerBound(this.names, pos + 1));
      if (next >= 0 && this.names[next].start < maxPos) return this.fromName(this.names[next], head);
    }
    if (qualified && words.length <= 6) return resolution(r.speaker, r.kind, undefined, r.head);
    if (isPerson && head !== 'source' && head !== 'sources') {
      // An unnamed spokesperson speaks for the organisation named in its sentence.
      const sentence = this.sentenceAround(pos);
      const orgs = this.namesWhere('organisation outside speech', (n) => n.kind === 'organization' && !this.inSpeech(n.start));
      const org = firstAtOrAfter(orgs, lowerBound(this.names, sentence.start));
      if (org >= 0 && this.names[org].start < sentence.end) return this.fromName(this.names[org], head);
    }
    // An organisation described without a name (`the ministry of defence`) stands for itself.
    if (!isPerson && ORG_NOUNS.has(head) && words.length >= 2 && !DOCUMENT_HEADS.has(head)) return resolution(r.speaker, r.kind, undefined, r.head);
    return null;
  }
}

/** The last of ascending `list` at or below `k`, or -1. */
function lastAtOrBefore(list: readonly number[], k: number): number {
  const i = lowerBoundNumber(list, k + 1) - 1;
  return i >= 0 ? list[i] : -1;
}

/** The first of ascending `list` at or above `k`, or -1. */
function firstAtOrAfter(list: readonly number[], k: number): number {
  const i = lowerBoundNumber(list, k);
  return i < list.length ? list[i] : -1;
}

/** A person, or a description headed by a person noun (`the minister`). */
function isPersonish(r: Resolution): boolean {
  return r.kind === 'person' || (r.kind === 'nominal' && !!r.head && PERSON_NOUNS.has(r.head));
}

/** Abbreviations of titles as written before a name (`Sen. Bernie Sanders` is `the senator`). */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  senator: 'sen', representative: 'rep', governor: 'gov', general: 'gen', colonel: 'col', lieutenant: 'lt', professor: 'prof', president: 'pres',
};
const TITLE_BEFORE = new Map<string, RegExp>();

/** Text ending in title `head` (or its abbreviation) and up to 25 more characters of the name's lead-in. */
function titleBefore(head: string): RegExp {
  let re = TITLE_BEFORE.get(head);
  if (!re) {
    const abbr = TITLE_ABBREVIATIONS[head];
    re = new RegExp(`(?:\\b${head}\\b${abbr ? `|\\b${abbr}\\.` : ''})[^.,]{0,25}$`, 'u');
    TITLE_BEFORE.set(head, re);
  }
  return re;
}

/** `Meduza`, `Widows of Russian Soldiers`, `Zirkon`: every content word capitalised, no clause punctuation. */
function isNameLike(inner: string): boolean {
  const s = inner.trim();
  if (/[,;:!?]/u.test(s) || /\.\s/u.test(s)) return false;
  const words = s.replace(/[.]+$/u, '').split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  let content = 0;
  for (const w of words) {
    const lw = w.toLowerCase();
    if (['of', 'the', 'and', 'for', 'de', 'in', 'on', 'a', 'to', '&'].includes(lw)) continue;
    content++;
    if (!/^[\p{Lu}\p{N}#@]/u.test(w)) return false;
  }
  if (content === 0) return false;
  // A capitalised single common word starting a sentence (`"Absolutely."`) is not a name.
  if (words.length === 1 && CAPITALISED_FUNCTION_WORDS.has(words[0].toLowerCase().replace(/\W+$/u, ''))) return false;

  return true;
}

function withHeuristicGaps(entities: NameMention[], heuristic: NameMention[]): NameMention[] {
  const isFree = (h: NameMention) => {
    const k = lowerBound(entities, h.end) - 1;
    for (let j = k; j >= 0 && j > k - 4; j--) if (entities[j].start < h.end && h.start < entities[j].end) return false;
    return true;
  };
  // Built with push, so that the array has one elements kind whichever tier of V8 made it.
  const all: NameMention[] = [];
  for (const e of entities) all.push(e);
  for (const h of heuristic) if (isFree(h)) all.push(h);
  return all.sort(byStartThenLongest);
}
