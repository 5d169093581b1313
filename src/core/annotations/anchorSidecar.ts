import { anchor, type AnchorResult } from './anchoring';
import type { Annotation, Sidecar } from './schema';

export interface AnchoredAnnotation {
  annotation: Annotation;
  result: AnchorResult;
}

export interface AnchorSummary {
  anchored: number;
  moved: number;
  orphaned: number;
  items: AnchoredAnnotation[];
}

/** Anchors every annotation of a sidecar in the article's current text. Orphans are listed, never dropped. */
export function anchorSidecar(sidecar: Sidecar, text: string): AnchorSummary {
  const items = sidecar.annotations.map((annotation) => ({ annotation, result: anchor(text, annotation.target) }));
  const count = (s: AnchorResult['state']) => items.filter((i) => i.result.state === s).length;
  return { anchored: count('anchored'), moved: count('moved'), orphaned: count('orphaned'), items };
}
