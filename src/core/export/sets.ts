import { z } from 'zod';
import { matchesAnyGlob } from '../util/glob';
import type { ExportAnnotation, ExportArticle } from './items';

/**
 * A named selection over the corpus. Every given filter must hold; a filter left
 * out selects everything. Sets live in `annotation-sets.json` beside the corpus or
 * in the setting `corpusAnnotator.annotationSets`.
 */
export const AnnotationSet = z.object({
  name: z.string().min(1),
  /** Shown when picking a set. */
  description: z.string().optional(),
  labels: z.array(z.string()).optional(),
  statuses: z.array(z.enum(['manual', 'accepted', 'rejected', 'suggested', 'unreviewed'])).optional(),
  topics: z.array(z.string()).optional(),
  verdicts: z.array(z.string()).optional(),
  /** Canonical entity names: annotations of them, and claims and quotes that mention them. */
  entities: z.array(z.string()).optional(),
  /** Globs over article file names. */
  articles: z.array(z.string()).optional(),
  annotators: z.array(z.string()).optional(),
});
export type AnnotationSet = z.infer<typeof AnnotationSet>;

export const SetsFile = z.object({ sets: z.array(AnnotationSet) });

/** JSON Schema of `annotation-sets.json`, so that VS Code checks and completes the file. */
export function setsJsonSchema(): unknown {
  return { ...(z.toJSONSchema(SetsFile) as object), title: 'Corpus Annotator annotation sets' };
}

/** Everything a person decided or made: manual and accepted annotations. */
export const DEFAULT_SET: AnnotationSet = { name: 'reviewed', statuses: ['manual', 'accepted'] };

export function applySet(items: ExportArticle[], set: AnnotationSet): ExportArticle[] {
  return items
    .filter((i) => !set.articles || matchesAnyGlob(i.article, set.articles))
    .map((i) => ({ ...i, annotations: i.annotations.filter((a) => keeps(a, i, set)) }));
}

function keeps(a: ExportAnnotation, i: ExportArticle, set: AnnotationSet): boolean {
  if (set.labels && !set.labels.includes(a.label)) return false;
  if (set.statuses && !set.statuses.includes(a.status)) return false;
  if (set.topics && !(a.topic && set.topics.includes(a.topic))) return false;
  if (set.verdicts && !(a.verdict && set.verdicts.includes(a.verdict))) return false;
  if (set.annotators && !(a.annotator && set.annotators.includes(a.annotator))) return false;
  if (set.entities) {
    const canonical = a.fields?.canonical;
    const mentions = set.entities.some((e) => canonical === e || i.text.slice(a.start, a.end).includes(e.split(' ').pop()!));
    if (!mentions) return false;
  }
  return true;
}
