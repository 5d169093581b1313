/**
 * The noun phrase that names a speaker: the one ending before an attribution verb (`the
 * Russian defence ministry said`, `Boeing's CEO has said`) and the one after it (`said
 * Nathaniel Raymond, one of …`, `according to X`).
 */
import { lowerBound } from '../../util/lowerBound';
import type { QuotedArticle } from './article';
import type { NameMention } from './names';
import type { Referents } from './referents';
import { fromName, resolution, type NounPhrase, type Resolution } from './resolution';
import type { SpeechVerbs } from './verbs';
import { DETERMINERS, FIRST_PERSON, NP_BREAK, NP_STOP, ORG_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, PREPOSITIONS, QUOTE_CHARS, SEPARATORS } from './lexicon';
export class NounPhrases {
  constructor(
    private readonly doc: QuotedArticle,
    private readonly verbs: SpeechVerbs,
    private readonly referents: Referents,
  ) {}

  /**
   * Reads the noun phrase that ends at token `i` (not before `lo`).
   * `skip`: ages, party labels (`82`, `R-Ky.`); `pronoun`: he/she/it; otherwise a name or a description.
   */
  readNP(i: number, lo: number): NounPhrase {
    const { tokens } = this.doc;
    const w = tokens[i].text;
    const lw = w.toLowerCase();
    if (/^\d{1,3}$/.test(w) || /^[RDI]-[\p{L}.]+$/u.test(w) || /^(?:Jr|Sr|[RDI])\.?$/.test(w)) return { kind: 'skip', res: null, npStart: i, np: false, pronoun: false };
    if (PERSON_PRONOUNS.has(lw) || lw === 'it' || lw === 'they') {
      const want = lw === 'it' ? 'thing' : lw === 'they' ? 'plural' : 'person';
      return { kind: 'np', res: this.referents.resolvePronoun(want, tokens[i].start), npStart: i, np: true, pronoun: true };
    }
    // `US` in capitals is the country, not `us`.
    if (FIRST_PERSON.has(lw) && w !== 'US') return { kind: 'np', res: null, npStart: i, np: true, pronoun: true };
    const name = this.doc.nameEndingAt(i);
    if (name && name.start >= tokens[lo]?.start) {
      const ns = lowerBound(tokens, name.start);
      // A name inside a prepositional phrase (`official in Washington`, `chair of the U.S. Joint Chiefs`,
      // `Jane Okafor of the Fiscal Council`) is not the head.
      let p = ns - 1;
      if (p >= lo && DETERMINERS.has(tokens[p].text.toLowerCase())) p--;
      if (p >= lo && PREPOSITIONS.has(tokens[p].text.toLowerCase()) && p - 1 >= lo && (/^\p{Ll}/u.test(tokens[p - 1].text) || this.doc.nameEndingAt(p - 1)?.kind === 'person')) {
        const inner = this.readNP(p - 1, lo);
        if (inner.res) return inner;
        // `The owner of Facebook described …`: the name the article gives that description (`Meta, the owner of Facebook,`).
        const described = this.appositiveName(inner.npStart, i);
        if (described) return { kind: 'np', res: fromName(described), npStart: inner.npStart, np: true, pronoun: false };
        return { kind: 'np', res: null, npStart: inner.npStart, np: false, pronoun: false };
      }
      return { kind: 'np', res: fromName(name), npStart: ns, np: true, pronoun: false };
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
      if ((SEPARATORS.has(t.text) || NP_BREAK.has(tw)) && this.doc.insideName(s - 1)) {
        s--;
        continue;
      }
      if (SEPARATORS.has(t.text) || this.doc.isQuoteBoundary(s - 1) || NP_BREAK.has(tw) || (this.verbs.isVerbAt(s - 1) && tw !== 'according')) break;
      if (tw === "'s" || tw === '’s' || t.text === '’' || t.text === "'") {
        const n = s - 2 >= lo ? this.doc.nameEndingAt(s - 2) : null;
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
    const npText = this.doc.text.slice(tokens[s].start, tokens[i].end);
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
    if (!isPerson && !isOrg) {
      const described = this.appositiveName(s, i);
      if (described) return { kind: 'np', res: fromName(described), npStart: s, np: true, pronoun: false };
      return { kind: 'np', res: null, npStart: s, np: false, pronoun: false };
    }
    if (possessor && !isPerson) return { kind: 'np', res: fromName(possessor), npStart: s, np: true, pronoun: false };
    if (detPron && isOrg) {
      return { kind: 'np', res: this.referents.resolvePronoun(detPron === 'their' ? 'plural' : detPron === 'its' ? 'thing' : 'person', tokens[s].start), npStart: s, np: true, pronoun: false };
    }
    // Organisation-like heads qualified by a name: `a Kremlin readout`, `the Netherlands’ defence ministry`.
    if (isOrg) {
      for (let k = lowerBound(this.doc.names, tokens[s].start); k < this.doc.names.length && this.doc.names[k].end <= tokens[i].end; k++) {
        if (this.doc.names[k].kind !== 'person') return { kind: 'np', res: fromName(this.doc.names[k]), npStart: s, np: true, pronoun: false };
      }
    }
    // `Boeing's CEO has said`: the one person the article names with that role (`CEO Kelly Ortberg`).
    if (isPerson) {
      const titled = this.referents.personWithRole(head);
      if (titled) return { kind: 'np', res: fromName(titled), npStart: s, np: true, pronoun: false };
    }
    const clean = npText.replace(/^(?:the|a|an|this|that)\s+/iu, '');
    return { kind: 'np', res: resolution(clean, 'nominal', { start: tokens[s].start, end: tokens[i].end }, head.replace(/s$/u, '')), npStart: s, np: true, pronoun: false };
  }

  /** The noun phrase after the verb at token `v` (`said Nathaniel Raymond, one of …`, `according to X`). */
  objectAfter(v: number, b: number, needSeparator = false): Resolution | null {
    const { tokens } = this.doc;
    let s = v + 1;
    if (tokens[v].text.toLowerCase() === 'according') s = v + 2;
    let e = s;
    while (e < tokens.length && tokens[e].end <= b) {
      const w = tokens[e].text.toLowerCase();
      if (SEPARATORS.has(w) || w === '.' || this.doc.isQuoteBoundary(e) || QUOTE_CHARS.test(w)) break;
      if (NP_STOP.has(w) && !this.doc.insideName(e)) break;
      if (e > s && this.verbs.isVerbAt(e)) break;
      e++;
    }
    if (e === s) return null;
    if (needSeparator) {
      const next = tokens[e];
      if (!next || !(next.text === ':' || next.text === ',' || this.doc.isQuoteBoundary(e) || QUOTE_CHARS.test(next.text))) return null;
    }
    // `a Kremlin readout of the call between Putin and Aliyev`: the part before `of` when it has a name.
    let of = -1;
    for (let t = s; t < e; t++) {
      if (tokens[t].text === 'of' && !this.doc.insideName(t)) {
        of = t;
        break;
      }
    }
    const first = tokens[s].text.toLowerCase();
    if (PERSON_PRONOUNS.has(first) || first === 'it' || first === 'they') {
      return e - s <= 2 ? this.referents.resolvePronoun(first === 'it' ? 'thing' : first === 'they' ? 'plural' : 'person', tokens[s].start) : null;
    }
    const part = of > s ? [s, of] : [s, e];
    let r = this.doc.lastNameIn(part[0], part[1]);
    if (!r && of > s) r = this.doc.lastNameIn(of + 1, e);
    if (r) return r;
    const np = this.readNP(part[1] - 1, part[0]);
    if (np.res && np.res.kind === 'nominal') return this.referents.resolveNominal(np.res);
    return np.res;
  }

  /**
   * The name that a definite description of tokens [s, i] (`the owner of Facebook`) stands in
   * apposition to elsewhere in the article (`Meta, the owner of Facebook,`), or null.
   */
  private appositiveName(s: number, i: number): NameMention | null {
    const { tokens } = this.doc;
    if (s >= i || tokens[s].text.toLowerCase() !== 'the') return null;
    return this.referents.describedName(this.doc.text.slice(tokens[s + 1].start, tokens[i].end).toLowerCase());
  }
}
