import type { Annotation, Sidecar } from './schema';

export interface MergeConflict {
  id: string;
  /** What each side did to the annotation the other side also changed. */
  ours: Annotation | null;
  theirs: Annotation | null;
}

export interface MergeResult {
  merged: Sidecar;
  conflicts: MergeConflict[];
}

/**
 * Three-way merge of sidecars by annotation id, for a file changed on disk (another
 * window, git) while this window also changed it. A side's change wins where the
 * other side left the annotation as it was; both sides changing it differently is a
 * conflict, and the merged file keeps their version until a person decides — it
 * never silently drops what either side made.
 */
export function mergeSidecars(base: Sidecar, ours: Sidecar, theirs: Sidecar): MergeResult {
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const ids = new Set([...b.keys(), ...o.keys(), ...t.keys()]);
  const annotations: Annotation[] = [];
  const conflicts: MergeConflict[] = [];
  for (const id of ids) {
    const [bv, ov, tv] = [b.get(id), o.get(id), t.get(id)];
    const oChanged = !same(bv, ov);
    const tChanged = !same(bv, tv);
    let pick: Annotation | undefined;
    if (!oChanged) pick = tv;
    else if (!tChanged) pick = ov;
    else if (same(ov, tv)) pick = ov;
    else {
      conflicts.push({ id, ours: ov ?? null, theirs: tv ?? null });
      // Keep what exists: a deletion against an edit keeps the edit.
      pick = tv ?? ov;
    }
    if (pick) annotations.push(pick);
  }
  return { merged: { ...theirs, annotations }, conflicts };
}

function byId(s: Sidecar): Map<string, Annotation> {
  return new Map(s.annotations.map((a) => [a.id, a]));
}

function same(a: Annotation | undefined, b: Annotation | undefined): boolean {
  if (!a || !b) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
