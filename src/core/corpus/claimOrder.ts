import type { TimelinePoint } from '../types';

/**
 * The order Next/Previous Related Claim walk a group in: by date (undated last),
 * then by article, then by place in the article, so that within one article the
 * walk never jumps backwards.
 */
export function navigationOrder<T extends Pick<TimelinePoint, 'id' | 'file' | 'date'>>(points: T[], startOf: (id: string) => number): T[] {
  const key = (p: T) => [p.date ?? '\uffff', p.file] as const;
  return [...points].sort((a, b) => {
    const [da, fa] = key(a);
    const [db, fb] = key(b);
    if (da !== db) return da < db ? -1 : 1;
    if (fa !== fb) return fa < fb ? -1 : 1;
    return startOf(a.id) - startOf(b.id);
  });
}

/**
 * Where one article's CodeLens go: on the first claim (in text order) of each related
 * group, with how many of the group's claims the article holds. A lens on every claim
 * repeated one group's line down the screen ("12 related claims · figures disagree"
 * seven times).
 */
export function firstClaimOfEachGroup<C extends { id: string; start: number }>(claims: C[], groupOf: (id: string) => string | undefined): { claim: C; group: string; inArticle: number }[] {
  const out = new Map<string, { claim: C; group: string; inArticle: number }>();
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    const group = groupOf(c.id);
    if (group === undefined) continue;
    const seen = out.get(group);
    if (seen) seen.inArticle++;
    else out.set(group, { claim: c, group, inArticle: 1 });
  }
  return [...out.values()];
}
