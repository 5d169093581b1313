import { relocate } from '../annotations/anchoring';
import { createAnnotation } from '../annotations/editing';
import type { Annotation } from '../annotations/schema';
import type { Disagreement } from './annotators';
import { CURATOR } from './setsFile';

export { CURATOR };

export type Side = 'a' | 'b';

/**
 * Takes one annotator's side of a disagreement into the merged set, which lives in
 * the corpus's own sidecars as annotations by {@link CURATOR}. Only those are
 * touched: the side taken becomes an accepted curated annotation (with its label and
 * note), and a curated annotation with the other side's label at that span is
 * marked rejected, not deleted. Taking the side that has nothing there rejects the
 * curated annotation of the other. `d` may come from another copy of the text:
 * spans are anchored into `text` first, and `undefined` is returned when the span is
 * not in it.
 */
export function takeSide(annotations: Annotation[], text: string, sha: string, d: Disagreement, side: Side, sourceText: string, now = new Date()): Annotation[] | undefined {
  const span = relocate(text, sourceText, d.start, d.end);
  if (!span) return undefined;
  const chosen = side === 'a' ? d.a : d.b;
  const other = side === 'a' ? d.b : d.a;
  const at = (x: Annotation) => x.annotator === CURATOR && x.status !== 'rejected' && x.target.start === span.start && x.target.end === span.end;
  const modified = now.toISOString();
  let next = annotations.map((x) => (other && at(x) && x.label === other.label && x.label !== chosen?.label ? { ...x, status: 'rejected' as const, modified } : x));
  if (chosen && !next.some((x) => at(x) && x.label === chosen.label)) {
    const note = chosen.annotation.note;
    next = [...next, createAnnotation(text, sha, span.start, span.end, { label: chosen.label, status: 'accepted', annotator: CURATOR, ...(note ? { note } : {}) }, now)];
  }
  return next;
}

/**
 * Which side the merged set holds for a disagreement now: a side's label accepted
 * there (and not the other's), or, where one side has nothing, the other's label
 * rejected there. Undefined while it is undecided.
 */
export function curatedSide(annotations: Annotation[], d: Disagreement, start = d.start, end = d.end): Side | undefined {
  const here = annotations.filter((x) => x.annotator === CURATOR && x.target.start === start && x.target.end === end);
  const active = (label: string) => here.some((x) => x.label === label && x.status !== 'rejected');
  const rejected = (label: string) => here.some((x) => x.label === label && x.status === 'rejected');
  if (d.a && d.b) return active(d.a.label) && !active(d.b.label) ? 'a' : active(d.b.label) && !active(d.a.label) ? 'b' : undefined;
  if (d.a) return active(d.a.label) ? 'a' : rejected(d.a.label) ? 'b' : undefined;
  if (d.b) return active(d.b.label) ? 'b' : rejected(d.b.label) ? 'a' : undefined;
  return undefined;
}
