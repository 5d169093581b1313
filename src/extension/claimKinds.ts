import type { Claim, ClaimKind } from '../core/types';
import type { CorpusService } from './corpusService';

/** How a claim's kind reads in the view, the hover and the timeline. */
export const KIND_LABEL: Record<ClaimKind, string> = {
  quantity: 'figure',
  record: 'record or first',
  comparison: 'comparison or change',
  cause: 'cause',
  action: 'decision or action',
  statement: 'statement',
};

export const KIND_ICON: Record<ClaimKind, string> = { quantity: 'symbol-number', record: 'star', comparison: 'arrow-swap', cause: 'debug-step-over', action: 'law', statement: 'comment' };

/** How many claims the claim's group holds besides it: what the view, the hover and the CodeLens all say. */
export function relatedCount(service: CorpusService, c: Claim): number {
  const group = service.index.groupOf(c.id);
  return group ? group.points.length - 1 : c.related.length;
}

