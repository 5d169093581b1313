/**
 * Speaker-name resolution: what a pronoun (`he`, `it`) or a description (`the ministry`,
 * `the minister`, `Boeing's CEO`) stands for. Pronouns resolve to the subject of the latest
 * attribution before them (else the latest compatible name); `the ministry` / `the
 * minister` to the latest name introduced with that word.
 */
import { lowerBound, lowerBoundNumber } from '../../util/lowerBound';
import type { AttributionLog } from './attributionLog';
import type { QuotedArticle } from './article';
import type { NameMention } from './names';
import { fromName, PERSON_EVENTS, resolution, THING_EVENTS, type Resolution } from './resolution';
import { DOCUMENT_HEADS, ORG_NOUNS, PERSON_NOUNS, PERSON_TITLE_HEADS } from './lexicon';
export class Referents {
  constructor(
    private readonly doc: QuotedArticle,
    private readonly speech: readonly boolean[],
    private readonly events: AttributionLog<Resolution>,
  ) {}

  /** Whether `pos` lies inside the words of a (speech) quotation. */
  private inSpeech(pos: number): boolean {
    const i = lowerBound(this.doc.raws, pos + 1) - 1;
    return i >= 0 && this.doc.raws[i].innerStart <= pos && pos < this.doc.raws[i].innerEnd && this.speech[i];
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
      for (let k = 0; k < this.doc.names.length; k++) if (keep(this.doc.names[k])) list.push(k);
      this.nameLists.set(key, list);
    }
    return list;
  }

  /** A name outside headings and quoted words, which a pronoun or description may refer to. */
  private visibleName(n: NameMention): boolean {
    return !this.doc.headingLine[this.doc.lineOfPos(n.start)] && !this.inSpeech(n.start);
  }

  /** The 40 characters before each person's name, in lower case, where titleBefore looks for a title. */
  private leadIns: Map<number, string> | null = null;

  /** People named after title `head` (`Defence Secretary Ben Wallace`); only visible ones when `visible`. */
  private titledNames(head: string, visible: boolean): number[] {
    if (visible) {
      let seen = this.nameLists.get(`visible person titled ${head}`);
      if (!seen) this.nameLists.set(`visible person titled ${head}`, (seen = this.titledNames(head, false).filter((k) => this.visibleName(this.doc.names[k]))));
      return seen;
    }
    if (!this.leadIns) {
      this.leadIns = new Map();
      for (let k = 0; k < this.doc.names.length; k++) {
        const n = this.doc.names[k];
        if (n.kind === 'person') this.leadIns.set(k, this.doc.text.slice(Math.max(0, n.start - 40), n.start).toLowerCase());
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

  /** Visible names, not of people, with `word` among their words or their canonical name's (`Defence Ministry` for `ministry`). */
  private namesWithWord(word: string): number[] {
    if (!this.namesByWord) {
      this.namesByWord = new Map();
      for (let k = 0; k < this.doc.names.length; k++) {
        const n = this.doc.names[k];
        if (n.kind === 'person' || !this.visibleName(n)) continue;
        // The canonical name's words too: `the central bank` is the `BOJ` whose canonical name is `Bank of Japan`.
        for (const w of `${n.text} ${n.canonical}`.toLowerCase().split(/\s+/)) {
          const list = this.namesByWord.get(w);
          if (!list) this.namesByWord.set(w, [k]);
          else if (list[list.length - 1] !== k) list.push(k);
        }
      }
    }
    return this.namesByWord.get(word) ?? [];
  }

  /**
   * The person the article names right after the role `role` (`CEO Kelly Ortberg`,
   * `Sheriff William Snyder`), when it names exactly one; else null.
   */
  personWithRole(role: string): NameMention | null {
    if (role.length < 2) return null;
    if (!this.personsByRole) this.personsByRole = this.indexPersonsByRole();
    const found = this.personsByRole.get(role);
    return found ?? null;
  }

  /** Role word before a person's name (lower case) → that person, or null when it comes before two people. Built once: speakers are looked up per quotation. */
  private personsByRole: Map<string, NameMention | null> | null = null;
  private indexPersonsByRole(): Map<string, NameMention | null> {
    const out = new Map<string, NameMention | null>();
    for (const n of this.doc.names) {
      if (n.kind !== 'person') continue;
      const m = /(?:^|[^\p{L}])(\p{L}+) $/u.exec(this.doc.text.slice(Math.max(0, n.start - 40), n.start));
      if (!m) continue;
      const role = m[1].toLowerCase();
      const had = out.get(role);
      if (had === undefined) out.set(role, n);
      else if (had !== null && had.canonical !== n.canonical) out.set(role, null);
    }
    return out;
  }

  /**
   * he/she → the subject of the latest attribution before `pos` that is a person, else the
   * latest sentence's first (subject-like) person; it → the latest organisation or place.
   */
  resolvePronoun(want: 'person' | 'thing' | 'plural', pos: number): Resolution | null {
    const minLine = this.doc.windowStartLine(pos, 6);
    const attributed = this.events.latestInClass(want === 'person' ? PERSON_EVENTS : THING_EVENTS, pos, minLine);
    if (attributed) return attributed;
    if (want === 'plural') return null;
    // The latest sentence with a compatible mention, and in it the first one (its subject).
    const minPos = this.doc.lines[minLine].start;
    const compatible = this.namesWhere(want === 'person' ? 'person, not possessive' : 'organisation or place, not possessive', (n) => {
      const good = want === 'person' ? n.kind === 'person' : n.kind === 'organization' || n.kind === 'place';
      return good && this.visibleName(n) && !/^['’]s\b/u.test(this.doc.text.slice(n.end, n.end + 2));
    });
    const latest = lastAtOrBefore(compatible, lowerBound(this.doc.names, pos) - 1);
    if (latest < 0 || this.doc.names[latest].start < minPos) return null;
    const sentenceStart = Math.max(minPos, this.doc.prevBound(this.doc.names[latest].start));
    return fromName(this.doc.names[firstAtOrAfter(compatible, lowerBound(this.doc.names, sentenceStart))]);
  }

  /**
   * `the ministry` → the latest attribution or name with that word; `the minister` → the latest
   * person introduced with that title (else the next one, for `…, the defence secretary said.
   * “…” Ben Wallace told …` is rare enough to skip); otherwise the description itself when it
   * is specific (`Russian defence ministry`), or null (`the report`, `officials`).
   */
  resolveNominal(r: Resolution): Resolution | null {
    const head = r.head ?? '';
    const pos = r.span ? r.span.start : 0;
    const isPerson = PERSON_NOUNS.has(head);
    const minLine = this.doc.windowStartLine(pos, 12);
    const minPos = this.doc.lines[minLine].start;
    const attributed = this.events.latestWithHead(head, r.speaker.length, pos, minLine);
    if (attributed) return attributed;
    // The latest name with that word (`the ministry`), or the latest person with that title (`the minister`).
    const named = lastAtOrBefore(isPerson ? this.titledNames(head, true) : this.namesWithWord(head), lowerBound(this.doc.names, pos) - 1);
    if (named >= 0 && this.doc.names[named].start >= minPos) return fromName(this.doc.names[named], head);
    // Specific descriptions stand for themselves: a capitalised qualifier not at the sentence start.
    const words = r.speaker.split(/\s+/);
    const qualified = words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w)) && !(r.span && this.doc.prevBound(r.span.start) === r.span.start && words.length === 2);
    if (isPerson && PERSON_TITLE_HEADS.has(head)) {
      // `…, the UK defence secretary has said.` … `Defence Secretary Ben Wallace`: a title named just after.
      const maxPos = Math.min(this.doc.text.length, pos + 1500);
      const next = firstAtOrAfter(this.titledNames(head, false), lowerBound(this.doc.names, pos + 1));
      if (next >= 0 && this.doc.names[next].start < maxPos) return fromName(this.doc.names[next], head);
    }
    if (qualified && words.length <= 6) return resolution(r.speaker, r.kind, undefined, r.head);
    if (isPerson && head !== 'source' && head !== 'sources') {
      // An unnamed spokesperson speaks for the organisation named in its sentence.
      const sentence = this.doc.sentenceAround(pos);
      const orgs = this.namesWhere('organisation outside speech', (n) => n.kind === 'organization' && !this.inSpeech(n.start));
      const org = firstAtOrAfter(orgs, lowerBound(this.doc.names, sentence.start));
      if (org >= 0 && this.doc.names[org].start < sentence.end) return fromName(this.doc.names[org], head);
    }
    // An organisation described without a name (`the ministry of defence`) stands for itself.
    if (!isPerson && ORG_NOUNS.has(head) && words.length >= 2 && !DOCUMENT_HEADS.has(head)) return resolution(r.speaker, r.kind, undefined, r.head);
    // `Police say …`: the police, or the authorities, speak as a body the article need not name.
    if (COLLECTIVE_SPEAKERS.has(head) && words.length === 1) return resolution(r.speaker, r.kind, undefined, r.head);
    return null;
  }

  /**
   * The name that the description `desc` (lower case, no article) follows as an appositive:
   * `Meta, the owner of Facebook,` for `owner of facebook`. The first such name in the article.
   */
  describedName(desc: string): NameMention | null {
    if (desc.length < 6 || !desc.includes(' ')) return null;
    const lower = this.doc.lowerText();
    const needle = `, the ${desc}`;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const next = lower[at + needle.length];
      if (next !== ',' && next !== ')' && next !== '.') continue;
      const t = lowerBound(this.doc.tokens, at) - 1;
      const name = t >= 0 && this.doc.tokens[t].end === at ? this.doc.nameEndingAt(t) : null;
      if (name) return name;
    }
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

/** Bodies that speak as such without a name (`police said`, `authorities say`). */
const COLLECTIVE_SPEAKERS = new Set(['police', 'authorities']);

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
