/**
 * The article as the quotation stages read it: its lines, the quotation marks' spans
 * (`marks.ts`), tokens, name mentions, sentence ends outside quotations, and which lines
 * are headings. Built once per article; every look-up is a binary search.
 */
import type { ArticleStructure, Entity, Paragraph } from '../../types';
import type { Token } from '../../text/tokenize';
import { findQuoteSpans, splitLines, type Line, type RawQuote } from './marks';
import { lowerBound } from '../../util/lowerBound';
import { byStartThenLongest, entityNames, heuristicNames, type NameMention } from './names';
import { oneByteText, type OneByteText } from '../../text/oneByte';
import { fromName, type Resolution } from './resolution';
import { HEADING_KINDS, PREPOSITIONS, QUOTE_CHARS } from './lexicon';
export class QuotedArticle {
  readonly lines: Line[];
  readonly raws: RawQuote[];
  readonly names: NameMention[];
  /** For each token, the index of the raw quotation whose marks enclose it, or -1. */
  readonly tokQuote: Int32Array;
  /** Sentence boundaries outside quotations (offset just after the final punctuation). */
  private readonly bounds: number[] = [];
  /** 1 where line i is a title, heading, byline or entry header (typed, so its shape never varies between articles). */
  readonly headingLine: Uint8Array;
  /** First line of the stretch each line belongs to (stretches end at headings and entry headers). */
  readonly stretchStart: Int32Array;
  readonly lineOfPos: (pos: number) => number;
  /** For slicing words and short stretches of `text` as one-byte strings. */
  readonly narrow: OneByteText;

  constructor(
    readonly text: string,
    private readonly structure: ArticleStructure,
    entities: Entity[],
    readonly tokens: readonly Token[],
  ) {
    this.narrow = oneByteText(text);
    this.lines = splitLines(text);
    this.raws = findQuoteSpans(text, this.lines);
    // The recogniser's entities first; capitalised names it missed (a speaker the
    // model has not seen, a name in a headline) fill the gaps between them.
    this.names = entities.length > 0 ? withHeuristicGaps(entityNames(entities), heuristicNames(text, this.tokens)) : heuristicNames(text, this.tokens);
    this.tokQuote = new Int32Array(this.tokens.length).fill(-1);
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
  }

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
  prevBound(pos: number): number {
    if (!this.boundsIdx) this.boundsIdx = this.bounds.map((b) => ({ start: b }));
    const i = lowerBound(this.boundsIdx, pos + 1) - 1;
    return i >= 0 ? this.bounds[i] : 0;
  }
  nextBound(pos: number): number {
    if (!this.boundsIdx) this.boundsIdx = this.bounds.map((b) => ({ start: b }));
    const i = lowerBound(this.boundsIdx, pos);
    return i < this.bounds.length ? this.bounds[i] : this.text.length;
  }

  /**
   * The sentence around `pos`, ended by its paragraph too: a heading has no full stop,
   * and the full stops of a quotation that runs over paragraphs are inside its marks.
   */
  sentenceAround(pos: number): { start: number; end: number } {
    const line = this.lines[this.lineOfPos(pos)];
    return { start: Math.max(line.start, this.prevBound(pos)), end: Math.min(line.end, this.nextBound(pos)) };
  }

  /** The first token index at or after offset `a`. */
  tokAt(a: number): number {
    return lowerBound(this.tokens, a);
  }

  isQuoteBoundary(t: number): boolean {
    const qi = this.tokQuote[t];
    return qi >= 0 && (this.raws[qi].start === this.tokens[t].start || this.raws[qi].end === this.tokens[t].end);
  }

  insideOtherQuoteInner(t: number): boolean {
    const qi = this.tokQuote[t];
    if (qi < 0) return false;
    const q = this.raws[qi];
    return (this.tokens[t].start >= q.innerStart && this.tokens[t].end <= q.innerEnd) || QUOTE_CHARS.test(this.tokens[t].text);
  }

  windowStartLine(pos: number, back: number): number {
    const li = this.lineOfPos(pos);
    return Math.max(this.stretchStart[li], li - back);
  }

  atSentenceStart(t: number): boolean {
    const prev = this.tokens[t - 1];
    if (!prev) return true;
    return /^[.!?:;“"‘'•*]$/u.test(prev.text) || this.text.slice(prev.end, this.tokens[t].start).includes('\n');
  }

  private lower: string | null = null;
  /** The text in lower case (same offsets: the letters the look-ups compare have one-unit lower cases). */
  lowerText(): string {
    if (this.lower === null) {
      const lower = this.text.toLowerCase();
      // A capital whose lower case is longer (`İ`) would shift the offsets: such capitals stay as they are.
      this.lower = lower.length === this.text.length ? lower : this.text.replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
    }
    return this.lower;
  }

  /**
   * The first person named in [a, b) who can be a clause's subject: not inside quotation
   * marks, not after a preposition (`met with X`), not a possessor (`X's remark`).
   */
  firstPersonIn(a: number, b: number): NameMention | null {
    const { names, tokens, text } = this;
    for (let k = lowerBound(names, a); k < names.length && names[k].start < b; k++) {
      const n = names[k];
      if (n.kind !== 'person' || n.end > b) continue;
      const t = this.tokAt(n.start);
      if (this.tokQuote[t] >= 0) continue;
      const before = t > 0 && tokens[t - 1].start >= a ? tokens[t - 1].text.toLowerCase() : '';
      if (PREPOSITIONS.has(before) || before === 'to' || /^['’]s\b/u.test(text.slice(n.end, n.end + 2))) continue;
      return n;
    }
    return null;
  }

  /** The name mention that ends at token `t`, if any. */
  nameEndingAt(t: number): NameMention | null {
    const end = this.tokens[t].end;
    const k = lowerBound(this.names, end) - 1;
    for (let j = k; j >= 0 && j > k - 4; j--) {
      const n = this.names[j];
      if (n.end === end) return n;
      if (n.end < this.tokens[t].start - 200) break;
    }
    return null;
  }

  nameAt(a: number, b: number): Resolution | null {
    let best: NameMention | null = null;
    for (let k = lowerBound(this.names, a); k < this.names.length && this.names[k].start < b; k++) {
      if (this.names[k].end <= b) best = this.names[k];
    }
    return best ? fromName(best) : null;
  }

  lastNameIn(s: number, e: number): Resolution | null {
    if (e <= s) return null;
    const a = this.tokens[s].start;
    const b = this.tokens[e - 1].end;
    let best: NameMention | null = null;
    for (let k = lowerBound(this.names, a); k < this.names.length && this.names[k].start < b; k++) {
      if (this.names[k].end <= b) best = this.names[k];
    }
    return best ? fromName(best) : null;
  }

  insideName(t: number): boolean {
    const pos = this.tokens[t].start;
    const i = lowerBound(this.names, pos + 1) - 1;
    for (let k = i; k >= 0 && k > i - 3; k--) if (this.names[k].start < pos && this.names[k].end > pos) return true;
    return false;
  }
}

/** The recogniser's entities with the heuristic names that overlap none of them, in text order. */
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
