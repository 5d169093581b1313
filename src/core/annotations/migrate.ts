import { SIDECAR_VERSION } from './schema';

/**
 * Older sidecars, brought up to the current version before validation. Each step
 * takes the parsed JSON of one version to the next; unknown versions are left for
 * validation to reject with a clear message.
 *
 * Version 1 (the first release) stored the position and quote flat on each
 * annotation (`start`, `end`, `quote`, `prefix`, `suffix`) and a file-level `sha256`.
 */
const STEPS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  1: (doc) => ({
    ...doc,
    version: 2,
    annotations: ((doc.annotations as Record<string, unknown>[] | undefined) ?? []).map((a) => {
      const { start, end, quote, prefix, suffix, ...rest } = a;
      return { ...rest, articleSha256: rest.articleSha256 ?? doc.sha256, target: { start, end, exact: quote, prefix: prefix ?? '', suffix: suffix ?? '' } };
    }),
  }),
};

export function migrate(doc: unknown): { doc: unknown; from: number | undefined } {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { doc, from: undefined };
  let d = doc as Record<string, unknown>;
  const from = typeof d.version === 'number' ? d.version : undefined;
  while (typeof d.version === 'number' && d.version < SIDECAR_VERSION && STEPS[d.version]) d = STEPS[d.version](d);
  if (from !== undefined && from < SIDECAR_VERSION && 'sha256' in d) {
    const { sha256: _dropped, ...rest } = d;
    d = rest;
  }
  return { doc: d, from };
}
