/**
 * The subject of an attribution verb: back from the verb over auxiliaries, adverbs and
 * time words to the noun phrase that ends there, over appositives (`Milley, chair of …,
 * told`), ages and party labels, and from a participle (`…, saying`) to its clause's subject.
 */
import { lowerBound } from '../../util/lowerBound';
import type { QuotedArticle } from './article';
import type { NounPhrases } from './nounPhrases';
import type { Referents } from './referents';
import { fromName, type Resolution } from './resolution';
import type { SpeechVerbs } from './verbs';
import type { NameMention } from './names';
import { AUX, DETERMINERS, NP_BREAK, ORG_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, PREPOSITIONS, QUOTE_CHARS, SEPARATORS, TIME_WORDS } from './lexicon';
export class Subjects {
  constructor(
    private readonly doc: QuotedArticle,
    private readonly verbs: SpeechVerbs,
    private readonly referents: Referents,
    private readonly phrases: NounPhrases,
    private readonly speech: readonly boolean[],
  ) {}

  /**
   * The subject of the verb at token `v`, looking back no further than offset `a`:
   * skips auxiliaries and adverbs, then reads the noun phrase that ends there (a name, a
   * pronoun, or a description such as `the ministry`), walking back over appositives
   * (`Milley, chair of …, told`), ages and party labels, and participles
   * (`X backed the claim, saying`) to a clause that starts with a name.
   */
  subjectOf(v: number, a: number): Resolution | null {
    const { tokens } = this.doc;
    const lo = this.doc.tokAt(a);
    let i = this.skipBack(v - 1, lo);
    if (i < lo) return null;
    // A participle right after a name has that name as its subject, even inside a phrase
    // (`footage of Hillary Clinton asking, “…”`).
    if (i === v - 1 && tokens[v].text.endsWith('ing')) {
      const name = this.doc.nameEndingAt(i);
      if (name && name.start >= tokens[lo].start) return fromName(name);
    }
    // Coordinated verbs: `X said … but added: "…"` → the subject of the first verb.
    const wi = tokens[i].text.toLowerCase();
    if (wi === 'and' || wi === 'but') {
      for (let t = i - 1; t >= lo; t--) {
        if (this.doc.isQuoteBoundary(t)) break;
        if (this.verbs.isVerbAt(t) && tokens[t].text.toLowerCase() !== 'according') return this.subjectOf(t, a);
      }
      return this.clauseInitialName(lo, i);
    }
    let nominal: Resolution | null = null;
    let appositiveSpeaker: Resolution | null = null;
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
        const seg = this.phrases.readNP(j, segStart);
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
        // `Jean-Marc Ayrault, the foreign minister of France, said`: a description between commas is an
        // appositive; what it resolves to (the one `minister` the article names) stands only when no name precedes it.
        const appositive = s >= lo && tokens[s].text === ',' && /^(?:the|a|an)$/u.test(tokens[segStart].text);
        if (seg.res && seg.res.kind !== 'nominal' && seg.np && !inDescription && !appositive) return seg.res;
        if (seg.res && seg.res.kind !== 'nominal' && appositive && !appositiveSpeaker) appositiveSpeaker = seg.res;
        if (seg.res && seg.res.kind === 'nominal' && !nominal) nominal = seg.res;
        // A clause starting with a name: `Zelenskyy backed up the claim, saying`. Not a
        // description that fills the segment (`X, the Charlotte-Mecklenburg police chief, said`).
        const described = seg.res?.kind === 'nominal' && seg.npStart === segStart;
        const lead = described ? null : this.clauseInitialName(segStart, j + 1);
        if (lead) return lead;
        if (this.doc.isQuoteBoundary(s) || s < lo) break;
        i = s;
        continue;
      }
      const r = this.phrases.readNP(i, lo);
      if (r.kind === 'skip') break;
      if (r.res && r.res.kind !== 'nominal') return r.res;
      if (r.res && r.res.kind === 'nominal') {
        // `Dmitry Peskov, the President's press secretary, declared`: prefer the name before.
        nominal = nominal ?? r.res;
        // `Dean, a former … chairman and presidential candidate, said`: back to the comma before the description.
        let before = r.npStart - 1;
        while (before >= lo && before > r.npStart - 16 && !SEPARATORS.has(tokens[before].text) && !this.doc.isQuoteBoundary(before) && !this.verbs.isVerbAt(before)) before--;
        if (before >= lo && tokens[before].text === ',') {
          let j = this.skipBack(before - 1, lo);
          if (j >= lo && tokens[j].text === '.') j--;
          if (j >= lo) {
            const s2 = this.segmentEdge(j, lo);
            const prev = this.phrases.readNP(j, s2 + 1);
            if (prev.res && prev.res.kind !== 'nominal' && !prev.pronoun && prev.npStart === s2 + 1) return prev.res;
          }
        }
        break;
      }
      if (r.pronoun) return r.res;
      // `Trump unleashed a series of tweets early Friday saying that …`: a participle after a
      // plain object has the subject of its clause.
      if (!r.res && !r.np && hop === 0 && tokens[v].text.endsWith('ing') && /^\p{Ll}/u.test(tokens[i].text)) return this.participleSubject(v, lo, a);
      break;
    }
    if (appositiveSpeaker) return appositiveSpeaker;
    if (nominal) return this.referents.resolveNominal(nominal);
    return null;
  }

  /**
   * The subject of the clause before the comma at token `comma` that a participle
   * (`saying`, `arguing`) follows: the subject of its speech verb when it has one
   * (`X said …, adding that`), else the name it starts with.
   */
  private participleSubject(comma: number, lo: number, a: number): Resolution | null {
    let s = comma - 1;
    for (; s >= lo && !this.doc.isQuoteBoundary(s); s--) {
      if (SEPARATORS.has(this.doc.tokens[s].text) && this.doc.tokens[s].text !== ',') break;
      if (this.verbs.isVerbAt(s) && this.doc.tokens[s].text.toLowerCase() !== 'according') return this.subjectOf(s, a);
    }
    let start = this.segmentEdge(comma - 1, lo) + 1;
    // `… in Tulsa, Oklahoma, arguing`: a place after a comma names where, not a clause.
    while (start - 1 > lo && this.doc.tokens[start - 1].text === ',' && this.onlyPlace(start, comma)) start = this.segmentEdge(start - 2, lo) + 1;
    if (start >= comma) return null;
    // `Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying`: the clause's person when no name opens it.
    const lead = this.clauseInitialName(start, comma);
    if (lead) return lead;
    const person = this.doc.firstPersonIn(this.doc.tokens[start].start, this.doc.tokens[comma - 1].end);
    return person ? fromName(person) : null;
  }

  /** Whether tokens [from, to) are one place name and nothing else. */
  private onlyPlace(from: number, to: number): boolean {
    const n = this.doc.nameEndingAt(to - 1);
    return !!n && n.kind === 'place' && n.start === this.doc.tokens[from].start;
  }

  /** The separator or quotation mark before the segment that token `j` ends (`lo - 1` when the segment reaches `lo`). */
  private segmentEdge(j: number, lo: number): number {
    let s = j;
    while (s >= lo && !SEPARATORS.has(this.doc.tokens[s].text) && !this.doc.isQuoteBoundary(s)) s--;
    return s;
  }

  /** Steps back from token `i` over auxiliaries, adverbs and time expressions. */
  skipBack(i: number, lo: number): number {
    const { tokens } = this.doc;
    while (i >= lo) {
      const w = tokens[i].text;
      const lw = w.toLowerCase();
      // The closing mark of a quoted name (`the group “Widows of Russian Soldiers” said`).
      if (QUOTE_CHARS.test(w) && this.doc.tokQuote[i] >= 0 && !this.speech[this.doc.tokQuote[i]] && this.doc.raws[this.doc.tokQuote[i]].end === tokens[i].end) {
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

  /**
   * The person or organisation a sentence [a, b) opens with (`Mr. Trump hardly clarified …`),
   * or, after an opening phrase and its comma, the one its main clause opens with (`In recent
   * weeks, Reid has gone after …`). Not a possessor (`Bornstein's letter predicted …`), nor a
   * name inside the opening phrase.
   */
  sentenceSubject(a: number, b: number): Resolution | null {
    const { tokens } = this.doc;
    const s = this.doc.tokAt(a);
    const e = lowerBound(tokens, b);
    const speaks = (r: Resolution | null) => (r && (r.kind === 'person' || r.kind === 'organization') && !this.headsRunIn(r) ? r : null);
    // `After Tom Roe left, the board met`: a sentence that opens with a link or a preposition opens with no subject.
    const opener = s < e ? tokens[s].text.toLowerCase() : '';
    const lead = NP_BREAK.has(opener) || PREPOSITIONS.has(opener) ? null : speaks(this.clauseInitialName(s, e));
    if (lead) return lead;
    for (let t = s; t < e && !this.doc.isQuoteBoundary(t); t++) {
      if (tokens[t].text !== ',') continue;
      // The opening phrase names no one: `In recent weeks,`, `Speaking at the university this week,`.
      if (this.namesPerson(tokens[s].start, tokens[t].start)) return null;
      // A main clause opens with its subject, not with `which`, `and` or `when` (`Lisbon hosted the talks, which Tom Roe led`).
      if (t + 1 >= e || !(/^\p{Lu}/u.test(tokens[t + 1].text) || tokens[t + 1].text === 'the')) return null;
      return speaks(this.clauseInitialName(t + 1, e));
    }
    return null;
  }

  /**
   * Whether the name is (in) a run-in heading rather than a subject: followed by a colon or
   * a dash (`Veto Power Impedes Peace: Eliminating …`) or by words in capitals
   * (`CONGRESS HAS INVESTIGATED HIM — …`).
   */
  private headsRunIn(r: Resolution): boolean {
    if (!r.span) return false;
    const next = this.doc.tokens[lowerBound(this.doc.tokens, r.span.end)]?.text ?? '';
    return /^(?::|--|[—–])$/u.test(next) || /^\p{Lu}{2,}$/u.test(next);
  }

  /** Whether a person is named in [a, b). */
  private namesPerson(a: number, b: number): boolean {
    const { names } = this.doc;
    for (let k = lowerBound(names, a); k < names.length && names[k].start < b; k++) if (names[k].kind === 'person') return true;
    return false;
  }

  /** The first name of a clause when the clause starts with it (after determiners and titles). */
  private clauseInitialName(s: number, e: number): Resolution | null {
    const { tokens } = this.doc;
    let t = s;
    while (t < e && (/^[\s\-–—•*]$/u.test(tokens[t].text) || DETERMINERS.has(tokens[t].text.toLowerCase()) || /^(?:but|and|so|then|meanwhile|however)$/iu.test(tokens[t].text))) t++;
    if (t >= e) return null;
    const pos = tokens[t].start;
    if (PERSON_PRONOUNS.has(tokens[t].text.toLowerCase()) && (t + 1 >= e || !/^\p{Lu}/u.test(tokens[t + 1].text))) {
      return this.referents.resolvePronoun('person', pos);
    }
    // The name covering the leading capitalised run.
    let best: NameMention | null = null;
    let runEnd = t;
    while (runEnd < e && (/^\p{Lu}/u.test(tokens[runEnd].text) || /^(?:of|de|von|der|van|al|bin|la|le|du|da|'s|’s)$/u.test(tokens[runEnd].text))) runEnd++;
    if (runEnd === t) return null;
    for (let k = lowerBound(this.doc.names, pos); k < this.doc.names.length && this.doc.names[k].start < tokens[runEnd - 1].end; k++) {
      if (this.doc.names[k].end <= tokens[runEnd - 1].end) {
        // `Russia's Defence Ministry`: the last name before a possessive continues to the head.
        best = this.doc.names[k];
      }
    }
    // `Pyongyang's only ally`: a possessor is not the clause's subject, unless what it owns
    // speaks for it (`Zelenskiy’s office`, `Russia's defence ministry`).
    const after = best ? lowerBound(tokens, best.end) : -1;
    if (best && /^['’]s$/u.test(tokens[after]?.text ?? '')) {
      let head = after + 1;
      while (head + 1 < e && /^\p{Ll}/u.test(tokens[head + 1].text) && !ORG_NOUNS.has(tokens[head].text) && !this.verbs.isVerbAt(head + 1)) head++;
      if (!(head < e && ORG_NOUNS.has(tokens[head].text))) return null;
    }
    return best ? fromName(best) : null;
  }

  /** Whether tokens [from, to) read as a description (an article, a preposition or a participle), not a run of titles. */
  private describes(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const w = this.doc.tokens[k].text.toLowerCase();
      if (DETERMINERS.has(w) || w === 'one' || PREPOSITIONS.has(w) || /^\p{Ll}{3,}ing$/u.test(this.doc.tokens[k].text)) return true;
    }
    return false;
  }
}
