import { articleName } from '../analyze';
import { mergeCanonicalNames } from '../extract/entities';
import type { ArticleAnalysis, ClaimGroup } from '../types';
import { runSteps } from '../util/runSteps';
import { linkClaimsInSteps } from './relatedClaims';

/**
 * The corpus-wide steps, run after every article is analysed (they are cheap, so
 * they run again whenever any article changes): one canonical name per entity
 * across articles, carried into quote speakers and claim sources, then claim links.
 */
export function linkCorpus(analyses: ArticleAnalysis[]): ClaimGroup[] {
  return runSteps(linkCorpusInSteps(analyses));
}

/** linkCorpus with pauses between its stages (see linkClaimsInSteps); run to its end, it is linkCorpus. */
export function* linkCorpusInSteps(analyses: ArticleAnalysis[]): Generator<void, ClaimGroup[]> {
  const before = analyses.map((a) => a.entities.map((e) => e.canonical));
  yield;
  mergeCanonicalNames(analyses.map((a) => a.entities));
  yield;
  for (const [i, a] of analyses.entries()) {
    if (i % 200 === 199) yield;
    const renamed = new Map<string, string>();
    a.entities.forEach((e, k) => {
      if (e.canonical !== before[i][k]) renamed.set(before[i][k], e.canonical);
    });
    renameInArticle(a, renamed);
  }
  yield;
  return yield* linkClaimsInSteps(analyses);
}

/** Carries entities' new canonical names (old → new) into the article's quote speakers and claim sources and frames. */
export function renameInArticle(a: ArticleAnalysis, renamed: ReadonlyMap<string, string>): void {
  if (renamed.size === 0) return;
  for (const q of a.quotes) if (q.speaker && renamed.has(q.speaker)) q.speaker = renamed.get(q.speaker)!;
  const rename = (name: string | null) => (name !== null && renamed.has(name) ? renamed.get(name)! : name);
  for (const c of a.claims) {
    c.source = rename(c.source);
    c.frame.subject = rename(c.frame.subject);
    c.frame.place = rename(c.frame.place);
    c.frame.entities = [...new Set(c.frame.entities.map((e) => rename(e)!))];
  }
}

/** A cached analysis under this file's name: claim ids start with the article name. */
export function withFile(hit: Omit<ArticleAnalysis, 'file'>, file: string): ArticleAnalysis {
  const name = articleName(file);
  const claims = hit.claims.map((c) => ({ ...c, id: name + c.id.slice(c.id.indexOf('#')) }));
  return { ...hit, file, claims };
}
