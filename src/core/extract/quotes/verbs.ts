/**
 * Attribution verbs: which tokens are speech verbs (`said`, `told`, `according to`,
 * `issued a statement:`, `as X put it`) rather than nouns (`the report`, `his comments`),
 * each decided once and listed in text order.
 */
import { lowerBound, lowerBoundNumber } from '../../util/lowerBound';
import type { QuotedArticle } from './article';
import { DETERMINERS, SPEECH_VERBS, STATEMENT_NOUNS, STATEMENT_VERBS } from './lexicon';
export class SpeechVerbs {
  constructor(private readonly doc: QuotedArticle) {
    this.verbCache = new Uint8Array(doc.tokens.length).fill(2);
  }
  private readonly verbCache: Uint8Array;
  /**
   * Verb tokens outside the words of any quotation, in text order. Asked for per quotation over
   * its line or sentence, a scan would make a line of many quotations quadratic; this list makes
   * each question a binary search.
   */
  private verbTokens: Int32Array | null = null;

  hasVerbIn(a: number, b: number): boolean {
    const v = this.verbFrom(lowerBound(this.doc.tokens, a));
    return v < this.doc.tokens.length && this.doc.tokens[v].end <= b;
  }

  /** The first verb token at or after token `t` that is not inside a quotation's words (tokens.length when none). */
  verbFrom(t: number): number {
    if (!this.verbTokens) {
      const found: number[] = [];
      for (let k = 0; k < this.doc.tokens.length; k++) if (!this.doc.insideOtherQuoteInner(k) && this.isVerbAt(k)) found.push(k);
      this.verbTokens = Int32Array.from(found);
    }
    const i = lowerBoundNumber(this.verbTokens, t);
    return i < this.verbTokens.length ? this.verbTokens[i] : this.doc.tokens.length;
  }

  /** A speech verb (not a noun after a determiner: `the report`, `his comments`), or `according to`. */
  isVerbAt(t: number): boolean {
    const c = this.verbCache[t];
    if (c !== 2) return c === 1;
    const v = this.isVerbAtUncached(t);
    this.verbCache[t] = v ? 1 : 0;
    return v;
  }

  private isVerbAtUncached(t: number): boolean {
    const tx = this.doc.tokens[t].text;
    if (tx.length < 3 || tx.length > 13) return false;
    const first = tx.charCodeAt(0);
    if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return false;
    const w = this.doc.tokens[t].text.toLowerCase();
    if (w === 'according') return this.doc.tokens[t + 1]?.text.toLowerCase() === 'to';
    // `As Steven Rosenthal recently put it, “…”`: `put it` reports words, `put` alone does not.
    if (w === 'put') return this.doc.tokens[t + 1]?.text.toLowerCase() === 'it' && this.asClauseBefore(t);
    // A statement verb that is also a speech verb (`posted`) stays one without the statement noun.
    if (STATEMENT_VERBS.has(w) && this.introducesStatement(t)) return true;
    // `made the following comment:`: the noun the statement verb puts out is no verb itself.
    if (STATEMENT_NOUNS.has(w)) {
      for (let k = t - 1; k >= t - 3 && k >= 0; k--) if (STATEMENT_VERBS.has(this.doc.tokens[k].text.toLowerCase()) && this.introducesStatement(k)) return false;
    }
    if (!SPEECH_VERBS.has(w)) return false;
    const prev = this.doc.tokens[t - 1]?.text.toLowerCase();
    if (prev && (DETERMINERS.has(prev) || /^\p{Lu}/u.test(this.doc.tokens[t].text) && t > 0 && !this.doc.atSentenceStart(t))) return false;
    if (prev && (prev === "'s" || prev === '’s')) return false;
    // `a series of tweets`, `one of the reports`: after `of` the word is a noun.
    if (prev === 'of') return false;
    return true;
  }

  /**
   * Whether the verb at `t` introduces words that follow a colon (`Sanders made the
   * following comment:`, `the ministry issued a statement on Telegram:`): a statement
   * noun within three words, then the colon within five more.
   */
  private introducesStatement(t: number): boolean {
    for (let k = t + 1; k <= t + 3 && k < this.doc.tokens.length; k++) {
      if (!STATEMENT_NOUNS.has(this.doc.tokens[k].text.toLowerCase())) continue;
      for (let c = k + 1; c <= k + 5 && c < this.doc.tokens.length; c++) {
        const w = this.doc.tokens[c].text;
        if (w === ':') return true;
        if (/^[.!?;“”"]$/u.test(w)) return false;
      }
      return false;
    }
    return false;
  }

  /** Whether the clause of token `t` opens with `as` (`As X, a tax lawyer, put it`). */
  private asClauseBefore(t: number): boolean {
    for (let k = t - 1; k >= 0 && k >= t - 40; k--) {
      const w = this.doc.tokens[k].text;
      if (/^[.!?;:“”"‘’]$/u.test(w)) return false;
      if (/^as$/i.test(w)) return k === 0 || this.doc.atSentenceStart(k) || this.doc.tokens[k - 1].text === ',';
    }
    return false;
  }
}
