import type { Annotation, Sidecar } from './schema';
import { canonicalJson } from './merge';

export interface GitMergeResult {
  merged: Sidecar;
  /** Annotations both branches changed differently: both versions are in `merged`, marked. */
  bothChanged: { id: string; ids: [string, string] }[];
  /** Annotations one branch deleted and the other changed: the changed one is kept. */
  keptOverDeletion: string[];
}

/**
 * Three-way merge of one sidecar for git, by annotation id: what one branch added,
 * changed or deleted where the other left it alone is taken; the same change on both
 * is taken once. Nothing either annotator made is dropped: an annotation both changed
 * differently is kept twice — ours under its id, theirs under `<id>~theirs` — both
 * with `conflict: <id>`, which `check` reports until a person deletes one; one changed
 * on one side and deleted on the other is kept as changed. The result has no conflict
 * markers, so it stays valid JSON that the editor and every command read.
 */
export function mergeForGit(base: Sidecar | null, ours: Sidecar, theirs: Sidecar): GitMergeResult {
  const b = byId(base?.annotations ?? []);
  const o = byId(ours.annotations);
  const t = byId(theirs.annotations);
  const annotations: Annotation[] = [];
  const bothChanged: GitMergeResult['bothChanged'] = [];
  const keptOverDeletion: string[] = [];
  const taken = new Set([...o.keys(), ...t.keys()]);
  for (const id of new Set([...b.keys(), ...o.keys(), ...t.keys()])) {
    const [bv, ov, tv] = [b.get(id), o.get(id), t.get(id)];
    const oChanged = !same(bv, ov);
    const tChanged = !same(bv, tv);
    if (!oChanged || !tChanged || same(ov, tv)) {
      const pick = !oChanged ? tv : ov;
      if (pick) annotations.push(pick);
    } else if (!ov || !tv) {
      keptOverDeletion.push(id);
      annotations.push((ov ?? tv)!);
    } else {
      let theirsId = `${id}~theirs`;
      for (let k = 2; taken.has(theirsId); k++) theirsId = `${id}~theirs${k}`;
      taken.add(theirsId);
      annotations.push({ ...ov, conflict: ov.conflict ?? id }, { ...tv, id: theirsId, conflict: tv.conflict ?? id });
      bothChanged.push({ id, ids: [id, theirsId] });
    }
  }
  const top = same(base && { ...base, annotations: [] }, { ...ours, annotations: [] }) ? theirs : ours;
  return { merged: { ...top, annotations }, bothChanged, keptOverDeletion };
}

/** The annotations of a sidecar that a git merge left in two versions, by the id they share(d); only groups still holding two or more. */
export function unresolvedConflicts(s: Sidecar): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const a of s.annotations) if (a.conflict) groups.set(a.conflict, [...(groups.get(a.conflict) ?? []), a]);
  for (const [id, list] of groups) if (list.length < 2) groups.delete(id);
  return groups;
}

function byId(list: Annotation[]): Map<string, Annotation> {
  return new Map(list.map((a) => [a.id, a]));
}

function same(a: unknown, b: unknown): boolean {
  if (!a || !b) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}
