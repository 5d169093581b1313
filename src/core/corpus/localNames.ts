import type { ArticleAnalysis, EntityKind } from '../types';

/**
 * The names an article's analysis gave on its own, before the corpus-wide step
 * (linkCorpus) merged them with other articles' names. linkCorpus renames in place
 * and picks a name by how often each spelling occurs across the corpus, so linking
 * already-merged names again does not give what linking the analyses afresh gives
 * (once an article that spelt a name out is gone, the others must go back to their own
 * spelling). An index that relinks keeps these and puts them back before each link.
 */
export interface LocalNames {
  entities: string[];
  /** The entities' own kinds: the merge gives a name the kind most of its mentions have corpus-wide. */
  kinds: EntityKind[];
  speakers: (string | null)[];
  claims: { source: string | null; subject: string | null; place: string | null; entities: string[] }[];
}

export function localNames(a: ArticleAnalysis): LocalNames {
  return {
    entities: a.entities.map((e) => e.canonical),
    kinds: a.entities.map((e) => e.kind),
    speakers: a.quotes.map((q) => q.speaker),
    claims: a.claims.map((c) => ({ source: c.source, subject: c.frame.subject, place: c.frame.place, entities: [...c.frame.entities] })),
  };
}

/**
 * Puts an article's own names back. False, changing nothing, when the analysis no longer
 * has the snapshot's shape (spans moved by typing dropped some): that analysis is about to
 * be replaced by a fresh one, and is linked with the names it has until then.
 */
export function restoreLocalNames(a: ArticleAnalysis, names: LocalNames): boolean {
  if (a.entities.length !== names.entities.length || a.quotes.length !== names.speakers.length || a.claims.length !== names.claims.length) return false;
  a.entities.forEach((e, i) => {
    e.canonical = names.entities[i];
    e.kind = names.kinds[i];
  });
  a.quotes.forEach((q, i) => (q.speaker = names.speakers[i]));
  a.claims.forEach((c, i) => {
    const n = names.claims[i];
    c.source = n.source;
    c.frame.subject = n.subject;
    c.frame.place = n.place;
    c.frame.entities = [...n.entities];
  });
  return true;
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
