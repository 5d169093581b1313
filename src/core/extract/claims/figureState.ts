import type { Claim, NumberMention } from '../../types';
import type { Word } from './sentenceWords';

/**
 * What became of the people or things a figure counts, in general English: a count of the
 * dead, of the missing, of the injured are different facts even when the measured noun is
 * the same (`2,300 people have died`, `6,000 people are missing`). Lemmas as the word table
 * gives them (`died` → `die`, `missing` → `miss`).
 */
const STATE_OF = new Map<string, string>([
  ...['die', 'dead', 'death', 'kill', 'fatality', 'perish', 'drown', 'fatal'].map((w) => [w, 'dead'] as const),
  ...['miss', 'missing', 'unaccounted', 'disappear', 'disappeared'].map((w) => [w, 'missing'] as const),
  ...['injure', 'injured', 'injury', 'wound', 'wounded', 'hurt', 'hospitalise', 'hospitalize'].map((w) => [w, 'injured'] as const),
  ...['displace', 'displaced', 'homeless', 'evacuate', 'evacuee', 'flee', 'refugee', 'uproot'].map((w) => [w, 'displaced'] as const),
  ...['arrest', 'detain', 'detainee', 'imprison', 'jail'].map((w) => [w, 'detained'] as const),
  ...['rescue', 'survive', 'survivor'].map((w) => [w, 'rescued'] as const),
]);

/** Words that open another clause: a state after them is another figure's (`2,300 have died and 10,000 are missing`). */
const CLAUSE_OPENER = /^(?:and|but|while|whereas|as|after|before|when|which|who|although|though)$/;

/** The state a lemma names (`die` → `dead`), if any. */
export function stateOfLemma(lemma: string): string | undefined {
  return STATE_OF.get(lemma);
}

function stateOf(w: Word): string | undefined {
  return STATE_OF.get(w.lemma) ?? STATE_OF.get(w.lower);
}

/**
 * The state of what the figure counts: the first state word after the figure within its
 * clause (`6,000 people are missing`), else in the measured thing or the subject (`the death
 * toll … rose to 5,200`), else just before the figure (`killed about 170 people`, `the
 * deaths of dozens of soldiers`); null when the sentence says none (`500,000 troops`).
 */
export function figureState(words: Word[], figure: NumberMention | undefined, named: string[]): string | null {
  if (!figure) return null;
  const at = words.findIndex((w) => w.end > figure.start);
  if (at < 0) return null;
  let end = at;
  while (end < words.length && words[end].start < figure.end) end++;
  for (let i = end; i < words.length && i < end + 6; i++) {
    const w = words[i];
    if (w.number >= 0 || CLAUSE_OPENER.test(w.lower)) break;
    const s = stateOf(w);
    if (s) return s;
  }
  for (const lemma of named) {
    const s = STATE_OF.get(lemma);
    if (s) return s;
  }
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const w = words[i];
    if (w.number >= 0) break;
    const s = stateOf(w);
    if (s) return s;
  }
  return null;
}

/**
 * Two claims' figures count things in different states (the dead against the missing, the
 * dead against troops massed with no state said): never one fact. A claim without a figure
 * has no state to compare.
 */
export function differentStates(a: Claim, b: Claim): boolean {
  return !!a.figure && !!b.figure && (a.frame.state ?? null) !== (b.frame.state ?? null);
}
