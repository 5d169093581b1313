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
