import type { ClaimFrame, NumberMention } from '../../types';
import { fnv1a } from '../../util/fnv1a';

/** A claim's own topic before linking: what it measures (or its subject and verb), in its words. */
export function ownTopic(id: string, frame: ClaimFrame, figure: NumberMention | undefined): { topic: string; label: string } {
  const what = frame.measured ?? frame.predicate ?? (figure ? figure.kind : 'statement');
  const label = capitalise([frame.subject && !what.includes(frame.subject.toLowerCase()) && frame.subject.length < 40 ? frame.subject : '', what].filter(Boolean).join(' '));
  return { topic: topicKey(label, id), label };
}

/** `Derna death toll` + anchor id → `derna-death-toll-1x2y3z`: readable, and stable while the anchor is. */
export function topicKey(label: string, anchorId: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${slug || 'claim'}-${fnv1a(anchorId).toString(36)}`;
}

export function capitalise(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
