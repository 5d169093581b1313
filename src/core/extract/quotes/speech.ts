/**
 * Speech or not: scare quotes, quoted names and headline phrases are dropped. A quotation
 * in a heading line is speech only with a speech verb there; one introduced by a naming
 * verb (`what it calls a "…"`) or a short capitalised name (`"Meduza"`) is not; a short one
 * (≤ 3 words) is speech only with an attribution verb in its sentence.
 */
import type { RawQuote } from './marks';
import type { QuotedArticle } from './article';
import type { SpeechVerbs } from './verbs';
import { CAPITALISED_FUNCTION_WORDS, CORE_SPEECH_VERBS, NAMING_BEFORE_RE, WHAT_CALLED_RE } from './lexicon';
/** For each quotation of `doc`, whether it is someone's speech. */
export function speechFlags(doc: QuotedArticle, verbs: SpeechVerbs): boolean[] {
  const filter = new SpeechFilter(doc, verbs);
  return doc.raws.map((q) => filter.isSpeech(q));
}

class SpeechFilter {
  constructor(
    private readonly doc: QuotedArticle,
    private readonly verbs: SpeechVerbs,
  ) {}


  isSpeech(q: RawQuote): boolean {
    // In a headline, quotation marks are speech when the headline says who spoke
    // (`‘Speed is of the essence’ Zelensky says`); without a speaker they mostly
    // flag a phrase (`Russia failing to ‘punch through’`).
    if (this.doc.headingLine[q.firstLine] && !this.verbs.hasVerbIn(this.doc.lines[q.firstLine].start, this.doc.lines[q.lastLine].end)) return false;
    const inner = this.doc.narrow.slice(q.innerStart, q.innerEnd);
    const words = inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (!words.length) return false;
    const multiSentence = /[.!?…]["”’']?\s+["“‘']?\p{Lu}/u.test(inner) || q.lastLine > q.firstLine;
    if (!q.closed && words.length < 4) return false;
    const line = this.doc.lines[q.firstLine];
    const before = this.doc.narrow.slice(Math.max(line.start, q.start - 60), q.start);
    const attached = this.attachedAttribution(q);
    if (!multiSentence && words.length <= 6 && (NAMING_BEFORE_RE.test(before) || WHAT_CALLED_RE.test(this.doc.narrow.slice(Math.max(line.start, q.start - 100), q.start)))) return false;
    if (!multiSentence && words.length <= 5 && isNameLike(inner)) return false;
    if (words.length <= 3 && !attached) {
      // A short quotation is speech only with an attribution verb in its sentence.
      const a = Math.max(line.start, this.doc.prevBound(q.start));
      const b = Math.min(this.doc.lines[q.lastLine].end, this.doc.nextBound(q.end));
      if (!this.verbs.hasVerbIn(a, b)) return false;
    }
    return true;
  }

  /** `," he said` / `” said X` / `X said: “` right next to the quotation. */
  private attachedAttribution(q: RawQuote): boolean {
    const after = this.doc.narrow.slice(q.end, Math.min(this.doc.lines[q.lastLine].end, q.end + 80));
    const m = /^[\s,]*((?:[\p{L}.'’-]+\s+){0,4}?)([\p{L}]+)/u.exec(after);
    if (m && CORE_SPEECH_VERBS.has(m[2].toLowerCase())) {
      const lead = after.slice(0, after.indexOf(m[2]));
      if (/^[\s,]*$/u.test(lead) || /^\s*,?\s*(?:he|she|it|they|we|I|the\s+\p{L}+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u.test(lead)) return true;
    }
    const line = this.doc.lines[q.firstLine];
    const before = this.doc.narrow.slice(Math.max(line.start, q.start - 30), q.start);
    const b = /(\p{L}+)\s*[,:]?\s*$/u.exec(before);
    return !!b && CORE_SPEECH_VERBS.has(b[1].toLowerCase());
  }
}

/** `Meduza`, `Widows of Russian Soldiers`, `Zirkon`: every content word capitalised, no clause punctuation. */
export function isNameLike(inner: string): boolean {
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
