import { captureTarget } from '../../../../src/core/annotations/anchoring';
import type { Annotation } from '../../../../src/core/annotations/schema';

export const SHA = 'a'.repeat(64);

export function annotation(text: string, exact: string, id: string, from = 0, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`fixture: '${exact}' not in text`);
  return { id, label: 'person', status: 'manual', target: captureTarget(text, start, start + exact.length), articleSha256: SHA, created: '2026-11-23T00:00:00.000Z', modified: '2026-11-23T00:00:00.000Z', ...extra };
}
