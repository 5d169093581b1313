import type { Annotation } from '../../core/annotations/schema';

/**
 * What a person did: made an annotation (manual), or decided on an engine finding:
 * accepted, rejected, or corrected it (relabelled, edited or re-bounded; stored as a
 * manual annotation that keeps the finding it came from); or another tool's
 * prediction brought in by an import, waiting for review (suggested).
 */
export type AnnotationState = 'manual' | 'accepted' | 'rejected' | 'corrected' | 'suggested';

export function annotationState(a: Pick<Annotation, 'status' | 'finding'>): AnnotationState {
  return a.status === 'manual' && a.finding ? 'corrected' : a.status;
}
