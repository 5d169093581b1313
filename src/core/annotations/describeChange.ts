import type { Annotation } from './schema';

/** What one annotation change did, in words, and the annotation to show. */
export interface ChangeDescription {
  summary: string;
  /** The annotation to reveal (from the list that is current after the step, else the one that went away). */
  annotation?: Annotation;
}

const quoted = (a: Annotation) => {
  const t = a.target.exact.replace(/\s+/g, ' ');
  return `“${t.length > 40 ? `${t.slice(0, 39)}…` : t}”`;
};

/**
 * Says how `after` differs from `before` (two states of one article's annotations),
 * as undo and redo report it: "the person annotation on “Maria Zakharova” removed",
 * "“BFM” relabelled organization → place", "3 annotations added".
 */
export function describeChange(before: Annotation[], after: Annotation[]): ChangeDescription {
  const was = new Map(before.map((a) => [a.id, a]));
  const now = new Map(after.map((a) => [a.id, a]));
  const added = after.filter((a) => !was.has(a.id));
  const removed = before.filter((a) => !now.has(a.id));
  const changed = after.filter((a) => was.has(a.id) && was.get(a.id) !== a && JSON.stringify(was.get(a.id)) !== JSON.stringify(a));
  const count = added.length + removed.length + changed.length;
  if (count === 0) return { summary: 'no change to the annotations' };
  if (count > 1) {
    const parts = [
      added.length ? `${added.length} added` : '',
      removed.length ? `${removed.length} removed` : '',
      changed.length ? `${changed.length} changed` : '',
    ].filter(Boolean);
    return { summary: `${count} annotations: ${parts.join(', ')}`, annotation: added[0] ?? changed[0] ?? removed[0] };
  }
  if (added.length) return { summary: `the ${added[0].label} annotation on ${quoted(added[0])} is back`, annotation: added[0] };
  if (removed.length) return { summary: `the ${removed[0].label} annotation on ${quoted(removed[0])} removed`, annotation: removed[0] };
  const a = changed[0];
  const old = was.get(a.id)!;
  const what =
    old.label !== a.label
      ? `relabelled ${old.label} → ${a.label}`
      : old.status !== a.status
        ? `${old.status} → ${a.status}`
        : old.target.start !== a.target.start || old.target.end !== a.target.end
          ? `re-bounded from ${quoted(old)}`
          : (old.note ?? '') !== (a.note ?? '')
            ? 'note changed'
            : 'changed';
  return { summary: `${quoted(a)} ${what}`, annotation: a };
}
