/**
 * What the attribution stages hand each other: a speaker read from the text (a name, or a
 * description such as `the ministry`), the noun phrase it was read from, and the log of
 * attributions met so far.
 */
import type { Attribution } from './attributionLog';
import { PERSON_NOUNS } from './lexicon';
import type { NameKind, NameMention } from './names';

export interface Resolution {
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
export function resolution(speaker: string, kind: Resolution['kind'], span: Resolution['span'], head: string | undefined = undefined): Resolution {
  return { speaker, kind, span, head };
}

/** The speaker a name mention gives: its canonical name, read from its span. */
export function fromName(n: NameMention, head: string | undefined = undefined): Resolution {
  return resolution(n.canonical, n.kind, { start: n.start, end: n.end }, head);
}

/**
 * What readNP read: `skip`: ages, party labels; `pronoun`: he/she/it/they/I/we. Every
 * field is always given, in this order, for the reason `resolution` gives.
 */
export interface NounPhrase {
  kind: 'np' | 'skip';
  res: Resolution | null;
  npStart: number;
  np: boolean;
  pronoun: boolean;
}

export type Event = Attribution<Resolution>;

/** The classes of AttributionLog: speakers `he`/`she` can stand for, and those `it`/`they` can. */
export const PERSON_EVENTS = 0;
export const THING_EVENTS = 1;

/**
 * An attribution whose subject is a pronoun that nothing before names (`“…,” he told
 * newspaper Die Zeit`, out of context): the speaker is unknown, and neither the words
 * after the verb nor an earlier attribution of another kind stand in for it.
 */
export const UNNAMED = Symbol('unnamed speaker');

/** A person, or a description headed by a person noun (`the minister`). */
export function isPersonish(r: Resolution): boolean {
  return r.kind === 'person' || (r.kind === 'nominal' && !!r.head && PERSON_NOUNS.has(r.head));
}
