import { relocate } from '../annotations/anchoring';
import { createAnnotation } from '../annotations/editing';
import type { Annotation } from '../annotations/schema';
import type { Agreement, Disagreement } from './annotators';

/** The `annotator` of the merged set's annotations; the built-in set `curated` selects them. */
export const CURATOR = 'curated';

export type Side = 'a' | 'b';

/**
 * What a curator decides for a disagreement: one annotator's side, both labels
 * (for one span with two labels), or neither (the span is rejected).
 */
export type Choice = Side | 'both' | 'neither';

/**
 * How the merged set resolves a disagreement now: a side, both labels, or
 * `rejected` (neither side's label is in the gold set).
 */
export type Resolution = Side | 'both' | 'rejected';

const isCurated = (x: Annotation, start: number, end: number) => x.annotator === CURATOR && x.target.start === start && x.target.end === end;

/**
 * Takes a decision on a disagreement into the merged set, which lives in the
 * corpus's own sidecars as annotations by {@link CURATOR}. Only those are touched:
 * each label kept becomes (or turns back into) an accepted curated annotation, with
 * its annotator's note; each label dropped that the merged set holds is marked
 * rejected, not deleted. When nothing is kept (rejecting a span, or taking the empty
 * side of a span only the other annotator marked) and the merged set had nothing
 * there, a rejected curated annotation with the dropped label records the decision:
 * without it the span would look undecided. `d` may come from another copy of the
 * text: spans are anchored into `text` first, and `undefined` is returned when the
 * span is not in it.
 */
export function resolve(annotations: Annotation[], text: string, sha: string, d: Disagreement, choice: Choice, sourceText: string, now = new Date()): Annotation[] | undefined {
  const span = relocate(text, sourceText, d.start, d.end);
  if (!span) return undefined;
  const sides = [d.a, d.b].filter((s): s is NonNullable<typeof s> => !!s);
  const keep = sides.filter((s) => choice === 'both' || (choice === 'a' && s === d.a) || (choice === 'b' && s === d.b));
  const keptLabels = new Set(keep.map((s) => s.label));
  const drop = [...new Set(sides.map((s) => s.label))].filter((l) => !keptLabels.has(l));
  const here = (x: Annotation) => isCurated(x, span.start, span.end);
  const modified = now.toISOString();
  let next = annotations.map((x) => {
    if (!here(x)) return x;
    if (drop.includes(x.label) && x.status !== 'rejected') return { ...x, status: 'rejected' as const, modified };
    // A label rejected before and kept now turns back into the accepted one (no duplicate).
    if (keptLabels.has(x.label) && x.status === 'rejected') return { ...x, status: 'accepted' as const, modified };
    return x;
  });
  for (const s of keep) {
    if (next.some((x) => here(x) && x.label === s.label)) continue;
    const note = s.annotation.note;
    next = [...next, createAnnotation(text, sha, span.start, span.end, { label: s.label, status: 'accepted', annotator: CURATOR, ...(note ? { note } : {}) }, now)];
  }
  if (keep.length === 0)
    for (const label of drop) if (!next.some((x) => here(x) && x.label === label)) next = [...next, createAnnotation(text, sha, span.start, span.end, { label, status: 'rejected', annotator: CURATOR }, now)];
  return next;
}

/** Takes one annotator's side of a disagreement (see {@link resolve}). */
export function takeSide(annotations: Annotation[], text: string, sha: string, d: Disagreement, side: Side, sourceText: string, now = new Date()): Annotation[] | undefined {
  return resolve(annotations, text, sha, d, side, sourceText, now);
}

/**
 * How the merged set resolves a disagreement now (see {@link Resolution}); undefined
 * while it is undecided: nothing curated there yet, or a state no decision leads to.
 */
export function curatedSide(annotations: Annotation[], d: Disagreement, start = d.start, end = d.end): Resolution | undefined {
  const here = annotations.filter((x) => isCurated(x, start, end));
  const active = (label: string) => here.some((x) => x.label === label && x.status !== 'rejected');
  const rejected = (label: string) => here.some((x) => x.label === label && x.status === 'rejected') && !active(label);
  if (d.a && d.b) {
    const a = active(d.a.label);
    const b = active(d.b.label);
    return a && b ? 'both' : a ? 'a' : b ? 'b' : rejected(d.a.label) && rejected(d.b.label) ? 'rejected' : undefined;
  }
  const only = d.a ?? d.b;
  if (!only) return undefined;
  return active(only.label) ? (d.a ? 'a' : 'b') : rejected(only.label) ? 'rejected' : undefined;
}

/**
 * Starts the merged set from what the annotators agree on: each span both marked with
 * one label becomes an accepted curated annotation, unless the merged set already
 * holds that label there (accepted, or rejected by a curator who decided against
 * it). Spans are anchored from `sourceText` into `text`; those not found are left
 * out. Returns the new list and how many were added.
 */
export function seedAgreed(annotations: Annotation[], text: string, sha: string, agreed: Agreement[], sourceText: string, now = new Date()): { annotations: Annotation[]; added: number } {
  let next = annotations;
  let added = 0;
  for (const g of agreed) {
    const span = relocate(text, sourceText, g.start, g.end);
    if (!span || next.some((x) => isCurated(x, span.start, span.end) && x.label === g.label)) continue;
    const note = g.a.annotation.note ?? g.b.annotation.note;
    next = [...next, createAnnotation(text, sha, span.start, span.end, { label: g.label, status: 'accepted', annotator: CURATOR, ...(note ? { note } : {}) }, now)];
    added++;
  }
  return { annotations: next, added };
}
