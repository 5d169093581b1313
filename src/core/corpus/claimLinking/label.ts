import type { Claim } from '../../types';
import { capitalise } from '../../extract/claims/topicLabel';
import { stateOfLemma } from '../../extract/claims/figureState';

/** Measured things too vague to name a group by. */
const VAGUE = new Set(['people', 'person', 'number', 'figure', 'total', 'amount', 'thing', 'time', 'year', 'day', 'way', 'part']);

/** Verbs of saying: shared by many claims of a group and naming none of its facts. */
const SAYING = new Set(['say', 'tell', 'add', 'report', 'state', 'announce', 'claim', 'accord']);

/** A state named as a reader would title the count: `death toll`, `missing people`, `injured soldiers`. */
function statePhrase(state: string, what: string): string {
  if (state === 'dead' && !what) return 'death toll';
  return `${STATE_ADJECTIVE[state] ?? state} ${what || 'people'}`;
}

const STATE_ADJECTIVE: Record<string, string> = { dead: 'dead', missing: 'missing', injured: 'injured', displaced: 'displaced', detained: 'detained', rescued: 'rescued' };
/** Phrases statePhrase writes whole (no lemma of the claims' text to print them from). */
const STATE_PHRASES = new Set(['death toll', ...Object.values(STATE_ADJECTIVE).map((a) => `${a} people`)]);

/** How many of a group's claims the label's printed words are read from. */
const PRINTED_FROM = 64;

function mostCommon<T>(items: T[]): [T, number] | undefined {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: [T, number] | undefined;
  // Ties go to the first seen: claims come in a stable order, so the label does too.
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best;
}

/**
 * The word of the claims' own text that a lemma stands for, as most of them print it
 * (`troop` → `troops`, `death toll` → `death toll`): a label reads
 * as the articles do. The lemma itself when no word of the text starts with it.
 */
export function surfaceOf(lemma: string, texts: string[]): string {
  const parts = lemma.split(' ');
  const forms: string[] = [];
  for (const text of texts) {
    const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    for (let i = 0; i + parts.length <= words.length; i++) {
      const run = words.slice(i, i + parts.length);
      const fits = run.every((w, k) => {
        const lw = w.toLowerCase();
        const p = parts[k];
        return lw === p || (lw.startsWith(p) && lw.length <= p.length + 2) || (p.length > 3 && lw.startsWith(p.slice(0, -1)) && lw.length <= p.length + 2);
      });
      if (fits) forms.push(i === 0 ? run.join(' ').toLowerCase() + '\u0000' : run.join(' '));
    }
  }
  // A capital only where the articles write one mid-sentence (a people or language), not a title's or a sentence's first word.
  const lower = forms.filter((f) => !f.endsWith('\u0000') && f === f.toLowerCase());
  const inner = forms.filter((f) => !f.endsWith('\u0000'));
  const pick = mostCommon(lower)?.[0] ?? (inner.length * 2 > forms.length ? mostCommon(inner)?.[0] : mostCommon(forms.map((f) => f.replace('\u0000', '').toLowerCase()))?.[0]);
  return pick ?? lemma;
}

/**
 * A group's label, in its claims' own words, as a reader would title it: whom or where
 * the claims are about (the subject most of them share, else the name at least half of
 * them mention), one word most of them share that says more (`flood`), and the thing
 * most of their figures measure (`death toll`, `troops`), else their most distinctive
 * shared words: `Derna flood death toll`, `Boeing pay raise`. `rarity` weighs a lemma by
 * how few claims of the corpus hold it; the label may change when the corpus does, the
 * group's key does not (see linkClaims).
 */
export function groupLabel(claims: Claim[], rarity: (lemma: string) => number): string {
  const n = claims.length;
  // How the words are printed is read from the first claims only: a group of thousands prints them the same way, and reading every one cost half a second on 5,000 articles.
  const texts = claims.slice(0, PRINTED_FROM).map((c) => c.text);
  // The thing measured: that of the claims with a figure first (what the timeline plots).
  const measuredOf = (cs: Claim[]) => mostCommon(cs.map((c) => c.frame.measured).filter((m): m is string => !!m && !m.split(' ').every((w) => VAGUE.has(w))));
  const withFigure = claims.filter((c) => c.figure);
  const measured = measuredOf(withFigure.length >= 2 ? withFigure : claims);
  const pool = withFigure.length >= 2 ? withFigure.length : n;
  // Whom the claims are about: the subject most of them share, else the name most of them mention.
  const entityNames = new Set(claims.flatMap((c) => c.frame.entities));
  const subject = mostCommon(claims.map((c) => c.frame.subject).filter((s): s is string => !!s && entityNames.has(s)));
  const entity = mostCommon(claims.flatMap((c) => c.frame.entities.filter((e) => e !== c.source)));
  const name = subject && subject[1] * 3 >= n ? subject[0] : entity && (entity[1] * 2 >= n || n === 1) ? entity[0] : '';
  const nameWords = new Set(name.toLowerCase().split(/\s+/));
  // A measured thing that is a word of the name says nothing more (`Veloria Group group`).
  let what = measured && (measured[1] * 3 >= pool || measured[1] >= 3 || n <= 2) && !measured[0].split(' ').every((w) => nameWords.has(w)) ? measured[0] : '';
  // What became of what most of the figures count (`missing`), when the measured thing does not say it already (`death toll`).
  const state = withFigure.length >= 2 ? mostCommon(withFigure.map((c) => c.frame.state).filter((x): x is string => !!x)) : undefined;
  if (state && state[1] * 2 >= withFigure.length && !what.split(' ').some((w) => stateOfLemma(w) === state[0])) what = statePhrase(state[0], what);
  const counts = new Map<string, number>();
  for (const c of claims) for (const l of new Set(c.frame.lemmas)) counts.set(l, (counts.get(l) ?? 0) + 1);
  const shared = (min: number) =>
    [...counts]
      .filter(([l, k]) => k >= min && !VAGUE.has(l) && !SAYING.has(l) && !NO_ACTION.has(l) && !nameWords.has(l) && !what.split(' ').includes(l))
      .sort((a, b) => b[1] * rarity(b[0]) - a[1] * rarity(a[0]) || a[0].localeCompare(b[0]))
      .map(([l]) => l);
  let words: string[];
  if (what) {
    // One more word most of the group shares, when there is one: `flood` in `Derna flood death toll`.
    const extra = n >= 2 ? shared(Math.max(2, Math.ceil(n / 2)))[0] : undefined;
    words = extra ? [extra, what] : [what];
  } else {
    // The words the claims share most, weighed by rarity: one or two, in the order of the first claim that has them all
    // (`new offensive`, where the first claim's own order put a word it lacks first).
    words = shared(n === 1 ? 1 : 2).slice(0, 2);
    const order = (claims.find((c) => words.every((l) => c.frame.lemmas.includes(l))) ?? claims[0]).frame.lemmas;
    words.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (words.length === 0) words = [measured?.[0] ?? claims[0].frame.predicate ?? claims[0].kind];
  }
  let printed = words.map((l) => (l.includes(' ') && STATE_PHRASES.has(l) ? l : surfaceOf(l, texts)));
  // The word most claims print right before the measured thing (`Veloran troops`, `medical professionals`), in place of
  // the shared word: two words before the noun read as a list (`northern Veloran troops`).
  if (what && !STATE_PHRASES.has(what)) {
    const noun = printed[printed.length - 1];
    const modifier = wordBefore(noun, texts);
    if (modifier && modifier.toLowerCase() !== noun.toLowerCase() && !nameWords.has(modifier.toLowerCase())) printed = [modifier, noun];
  }
  // What most of them say was done, as they print it (`Veloran troops massed`): a label of a fact, not of a noun.
  const verb = mostCommon(claims.map((c) => c.frame.predicate).filter((v): v is string => !!v && !SAYING.has(v) && !NO_ACTION.has(v) && !words.includes(v)));
  if (what && verb && verb[1] >= 2 && verb[1] * 2 >= n) printed.push(surfaceOf(verb[0], texts));
  const phrase = printed.join(' ');
  if (name && phrase.toLowerCase().includes(name.toLowerCase())) return capitalise(phrase);
  return capitalise([name, phrase].filter(Boolean).join(' '));
}

/** Verbs that say no action of their own (a copula, possession, a light verb). */
const NO_ACTION = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'give', 'go', 'come', 'see', 'include', 'no']);

/** Words before a noun that qualify no kind of it: determiners, pronouns, quantifiers, prepositions, auxiliaries. */
const NOT_MODIFIER = new Set(
  `a an the this that these those his her its their our your my some any all each every many more most much few fewer less least other another such own same
   of to in on at by for with from into over under about around almost nearly than as and or but nor up some
   is are was were be been being has have had do does did will would can could may might must shall should also even only just still
   new further additional extra total estimated reported`.split(/\s+/),
);

/**
 * The word a third or more of the texts print right before `phrase`, as printed (a capital
 * kept: `Veloran`), when it qualifies the kind of thing (no figure, determiner or preposition);
 * undefined when none does.
 */
export function wordBefore(phrase: string, texts: string[]): string | undefined {
  if (!phrase) return undefined;
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`([\\p{L}][\\p{L}'’-]*)\\s+${escaped}\\b`, 'giu');
  const seen = new Map<string, { count: number; forms: string[] }>();
  for (const text of texts) {
    const inText = new Set<string>();
    for (const m of text.matchAll(re)) {
      const word = m[1].replace(/['’]s$/i, '');
      const key = word.toLowerCase();
      if (NOT_MODIFIER.has(key) || inText.has(key)) continue;
      inText.add(key);
      const e = seen.get(key) ?? { count: 0, forms: [] };
      e.count++;
      e.forms.push(word);
      seen.set(key, e);
    }
  }
  const best = [...seen.values()].sort((a, b) => b.count - a.count)[0];
  if (!best || best.count < 2 || best.count * 3 < texts.length) return undefined;
  // As most print it: `Veloran`, not a headline's `VELORAN`.
  return mostCommon(best.forms)?.[0];
}
