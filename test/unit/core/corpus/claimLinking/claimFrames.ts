import type { Claim, NumberKind, NumberMention } from '../../../../../src/core/types';

/** A claim with only what claim linking reads: its frame, figure, date and id. */
export function claim(id: string, parts: { lemmas?: string[]; entities?: string[]; measured?: string | null; predicate?: string | null; subject?: string | null; source?: string | null; figure?: Partial<NonNullable<Claim['figure']>> & { kind: NumberKind; value: number | null } } = {}): Claim {
  return {
    id,
    start: 0,
    end: 10,
    text: id,
    kind: parts.figure ? 'quantity' : 'statement',
    checkworthiness: 0.9,
    topic: id,
    topicLabel: '',
    source: parts.source ?? null,
    related: [],
    subject: '',
    frame: {
      subject: parts.subject ?? null,
      predicate: parts.predicate ?? null,
      negated: false,
      modality: null,
      measured: parts.measured ?? null,
      place: null,
      time: null,
      lemmas: parts.lemmas ?? [],
      entities: parts.entities ?? [],
    },
    numbers: parts.figure ? [0] : [],
    figure: parts.figure ? { text: String(parts.figure.value), unit: null, approx: false, ...parts.figure } : null,
    date: null,
  };
}

export function mention(kind: NumberKind, value: number, currency: string | null = null): NumberMention {
  return { start: 0, end: 1, text: String(value), kind, value, unit: null, currency, approx: false, malformed: false };
}
