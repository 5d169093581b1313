/**
 * Speaker attribution: the speaker of a quotation comes from the attribution next to it
 * (`," X said`, `said X`, `X said: "…"`, `according to X`, `X told …`, `" ― Name`), else
 * from the quotation or attribution just before it (a quotation that goes on in the next
 * paragraph).
 */
import { lowerBound } from '../../util/lowerBound';
import type { AttributionLog } from './attributionLog';
import type { QuotedArticle } from './article';
import type { NounPhrases } from './nounPhrases';
import { fromName, resolution, UNNAMED, type Event, type Resolution } from './resolution';
import type { Subjects } from './subjects';
import type { SpeechVerbs } from './verbs';
import { NAMING_VERBS, QUOTE_CHARS, SEPARATORS, SUBJECT_PRONOUNS } from './lexicon';
export class Attributor {
  constructor(
    private readonly doc: QuotedArticle,
    private readonly verbs: SpeechVerbs,
    private readonly phrases: NounPhrases,
    private readonly subjects: Subjects,
    private readonly speech: readonly boolean[],
    private readonly events: AttributionLog<Resolution>,
  ) {}


  resolveQuote(qi: number, prior: (Resolution | null)[]): Resolution | null {
    const q = this.doc.raws[qi];
    const first = this.doc.lines[q.firstLine];
    const last = this.doc.lines[q.lastLine];
    // Before: from the sentence start (or the previous quotation) to the quotation.
    let bStart = Math.max(first.start, this.doc.prevBound(q.start));
    if (qi > 0 && this.doc.raws[qi - 1].end > bStart && this.doc.raws[qi - 1].end <= q.start && this.speech[qi - 1]) bStart = this.doc.raws[qi - 1].end;
    // After: from the quotation to the sentence end (or the next quotation).
    const aEnd = Math.min(last.end, this.doc.nextBound(q.end));

    const startsSentence = /^[\s\-–—•*]*$/u.test(this.doc.text.slice(bStart, q.start));
    const interjected = startsSentence ? null : this.interjectedBy(bStart, q.start, q.end);
    if (interjected) return interjected;
    const afterRes = () => this.attributionAfter(q.end, aEnd);
    const beforeRes = () => this.attributionBefore(bStart, q.start);
    const res = startsSentence ? afterRes() ?? beforeRes() : beforeRes() ?? afterRes();
    if (res === UNNAMED) return null;
    if (res) return res;
    if (startsSentence) {
      const subject = this.previousSentenceSubject(q.start, bStart, first.start);
      if (subject) return subject;
    } else {
      // Inside a sentence that attributes nothing: the words are its subject's, before an earlier paragraph's speaker.
      const subject = this.subjects.sentenceSubject(Math.max(first.start, this.doc.prevBound(q.start)), q.start);
      if (subject) return subject;
    }

    // No attribution in its sentence: the quotation just before, or the attribution in the paragraph before.
    for (let k = qi - 1; k >= 0; k--) {
      const p = this.doc.raws[k];
      if (!this.speech[k]) continue;
      if (p.lastLine >= q.firstLine - 1 && p.lastLine >= this.doc.stretchStart[q.firstLine]) {
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
      const whole = q.end >= this.doc.lines[q.lastLine].end - 1;
      for (let k = qi - 1; whole && k >= 0; k--) {
        if (!this.speech[k]) continue;
        const p = this.doc.raws[k];
        if (p.lastLine === q.firstLine - 2 && p.lastLine >= this.doc.stretchStart[q.firstLine] && !this.doc.headingLine[q.firstLine - 1]) {
          const between = this.lastEventBefore(q.start, q.firstLine - 1);
          if (!between) return prior[k];
        }
        break;
      }
    }
    return null;
  }

  /**
   * `Lawrence B. Cummings called him a master of deals. “He showed again and again …”`: a
   * quotation that opens a sentence with no attribution, after a sentence of the same
   * paragraph that attributes nothing, is the words of that sentence's first person (not one
   * after a preposition or a possessive, nor one inside quotation marks).
   */
  private previousSentenceSubject(pos: number, sentenceStart: number, lineStart: number): Resolution | null {
    if (sentenceStart <= lineStart) return null;
    const prevStart = Math.max(lineStart, this.doc.prevBound(sentenceStart - 1));
    const ev = this.events.lastIndexBefore(pos);
    if (ev >= 0 && this.events.events[ev].pos >= prevStart) return null;
    const person = this.doc.firstPersonIn(prevStart, sentenceStart);
    return person ? fromName(person) : null;
  }

  /**
   * `… including the former candidate Mitt Romney -- "…" -- and Fred Goldberg`: a quotation set
   * between dashes right after a person's name is that person's, whatever verb the sentence
   * has before (`Republicans have said the same thing, including …`).
   */
  private interjectedBy(a: number, qStart: number, qEnd: number): Resolution | null {
    const { text, tokens } = this.doc;
    const before = /\s*(?:--|[—–])\s*$/u.exec(text.slice(a, qStart));
    if (!before || !/^\s*(?:--|[—–])/u.test(text.slice(qEnd, qEnd + 4))) return null;
    const nameEnd = a + before.index;
    const t = lowerBound(tokens, nameEnd) - 1;
    if (t < 0 || tokens[t].end !== nameEnd) return null;
    const name = this.doc.nameEndingAt(t);
    return name && name.kind === 'person' && name.start >= a ? fromName(name) : null;
  }

  /** The latest attribution before `pos` on line `minLine` or later. */
  private lastEventBefore(pos: number, minLine: number): Event | null {
    const i = this.events.lastIndexBefore(pos);
    if (i < 0) return null;
    const e = this.events.events[i];
    if (e.line < minLine || e.line < this.doc.stretchStart[this.doc.lineOfPos(pos)]) return null;
    return e;
  }

  /** `," X said`, `" said X`, `", he added`, `", according to X`, `" ― Name`. */
  private attributionAfter(a: number, b: number): Resolution | typeof UNNAMED | null {
    // Epigraph style: `“…” ― Sonya Herridge` at the end of the line.
    const rest = this.doc.text.slice(a, b);
    const dash = /^\s*[―—–-]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s*$/u.exec(rest);
    if (dash) {
      const off = a + rest.indexOf(dash[1]);
      const r = this.doc.nameAt(off, off + dash[1].length);
      if (r) return r;
      return resolution(dash[1], 'person', { start: off, end: off + dash[1].length });
    }
    const t = this.verbs.verbFrom(lowerBound(this.doc.tokens, a));
    if (t >= this.doc.tokens.length || this.doc.tokens[t].end > b) return null;
    // Subject between the quotation and the verb, else the noun phrase after the verb.
    if (this.doc.tokens[t].text.toLowerCase() !== 'according') {
      const subj = this.subjects.subjectOf(t, a);
      if (subj) return subj;
      // `“…,” he told newspaper Die Zeit`: a pronoun is the subject even when nothing
      // before names it, and what follows the verb is who was told.
      if (t > 0 && this.doc.tokens[t - 1].start >= a && SUBJECT_PRONOUNS.has(this.doc.tokens[t - 1].text.toLowerCase())) return UNNAMED;
    }
    return this.phrases.objectAfter(t, b);
  }

  /**
   * `X said: "`, `X said that … "`, `according to X, "`, `said X: "`, `X called Y a "`.
   * The nearest verb first; when it gives no speaker (a noun read as a verb, as in
   * `late-night tweets`), the one before it, back to the sentence start.
   */
  private attributionBefore(a: number, b: number): Resolution | null {
    for (let t = lowerBound(this.doc.tokens, b) - 1; t >= 0 && this.doc.tokens[t].start >= a; t--) {
      if (this.doc.insideOtherQuoteInner(t)) continue;
      const naming = NAMING_VERBS.has(this.doc.tokens[t].text);
      if (!naming && !this.verbs.isVerbAt(t)) continue;
      if (this.doc.tokens[t].text.toLowerCase() === 'according') return this.phrases.objectAfter(t, b);
      const lineStart = this.doc.lines[this.doc.lineOfPos(this.doc.tokens[t].start)].start;
      const lo = Math.max(a, lineStart);
      // `X said it would tell a story, one of "…"`: a verb inside what another speech verb reports speaks for that verb's subject.
      if (this.reportedIt(t, lo)) continue;
      const subj = this.subjects.subjectOf(t, lo);
      if (subj) return subj;
      // Inverted `Said Trump: "…"` only at the start of a clause, and when the noun phrase runs up to a separator.
      if (!naming && this.clauseStartsAt(t, lo)) {
        const obj = this.phrases.objectAfter(t, b, true);
        if (obj) return obj;
      }
    }
    return null;
  }

  /** Whether the verb at token `v` has the subject `it` right after a speech verb (`said it would tell`, `said that it will`), looking back no further than offset `a`. */
  private reportedIt(v: number, a: number): boolean {
    const { tokens } = this.doc;
    const lo = this.doc.tokAt(a);
    let k = this.subjects.skipBack(v - 1, lo);
    if (k < lo || tokens[k].text.toLowerCase() !== 'it') return false;
    k--;
    if (k >= lo && tokens[k].text.toLowerCase() === 'that') k--;
    return k >= lo && this.verbs.isVerbAt(k);
  }

  /** Whether the verb at token `v` opens its clause: nothing but adverbs before it since `lo`, a separator or a quotation. */
  private clauseStartsAt(v: number, lo: number): boolean {
    const first = this.doc.tokAt(lo);
    const i = this.subjects.skipBack(v - 1, first);
    if (i < first) return true;
    const w = this.doc.tokens[i].text;
    return SEPARATORS.has(w) || this.doc.isQuoteBoundary(i) || QUOTE_CHARS.test(w);
  }

  /** Subject of the verb at token `v` for an attribution event (any sentence with a speech verb). */
  subjectOfVerb(v: number): Resolution | null {
    const sentence = this.doc.sentenceAround(this.doc.tokens[v].start);
    if (this.doc.tokens[v].text.toLowerCase() === 'according') return this.phrases.objectAfter(v, sentence.end);
    return this.subjects.subjectOf(v, sentence.start) ?? this.phrases.objectAfter(v, sentence.end, true);
  }
}
