import { anchor, AnchorBudget, SIDECAR_CELLS, type AnchorResult } from './anchoring';
import type { Annotation, Sidecar } from './schema';

export interface AnchoredAnnotation {
  annotation: Annotation;
  result: AnchorResult;
}

export interface AnchorSummary {
  anchored: number;
  moved: number;
  orphaned: number;
  /** Orphans that were not searched for everywhere: the sidecar's search budget ran out. */
  outOfBudget: number;
  items: AnchoredAnnotation[];
}

/** Anchors every annotation of a sidecar in the article's current text. Orphans are listed, never dropped. */
export function anchorSidecar(sidecar: Sidecar, text: string, budget = new AnchorBudget(SIDECAR_CELLS)): AnchorSummary {
  const items = sidecar.annotations.map((annotation) => ({ annotation, result: anchor(text, annotation.target, budget) }));
  const count = (s: AnchorResult['state']) => items.filter((i) => i.result.state === s).length;
  return { anchored: count('anchored'), moved: count('moved'), orphaned: count('orphaned'), outOfBudget: items.filter((i) => i.result.outOfBudget).length, items };
}
