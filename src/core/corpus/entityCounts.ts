import { inAuthorLine } from '../article/authorLines';
import type { ArticleAnalysis, EntityKind } from '../types';

/** One canonical entity of a corpus: how often the story names it, how often a byline does, and where. */
export interface EntityCount {
  canonical: string;
  kind: EntityKind;
  /** Mentions in the text of the articles. */
  mentions: number;
  /** Mentions in bylines and live-blog entry headers (the authors). */
  bylines: number;
  /** Offsets of every mention, per article. */
  files: Map<string, number[]>;
}

/**
 * The corpus's entities, most named in the stories first: an author who signs
 * sixteen entries of a live blog comes after the people the blog is about.
 */
export function countEntities(analyses: readonly ArticleAnalysis[]): EntityCount[] {
  const byName = new Map<string, EntityCount>();
  for (const a of analyses) {
    for (const e of a.entities) {
      let n = byName.get(e.canonical);
      if (!n) byName.set(e.canonical, (n = { canonical: e.canonical, kind: e.kind, mentions: 0, bylines: 0, files: new Map() }));
      if (inAuthorLine(a.structure.paragraphs, e.start)) n.bylines++;
      else n.mentions++;
      const offsets = n.files.get(a.file);
      if (offsets) offsets.push(e.start);
      else n.files.set(a.file, [e.start]);
    }
  }
  return [...byName.values()].sort((x, y) => y.mentions - x.mentions || y.bylines - x.bylines || x.canonical.localeCompare(y.canonical));
}
