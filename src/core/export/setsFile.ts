import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { AnnotationSet, SetsFile } from './sets';

/** The `annotator` of the merged set's annotations; the built-in set `curated` selects them. */
export const CURATOR = 'curated';

/** Sets every corpus has: everything but rejected findings, what a person made or accepted, what was rejected, and the merged set of a curation. */
export const BUILTIN_SETS: AnnotationSet[] = [
  { name: 'all', description: 'everything but rejected findings', statuses: ['manual', 'accepted', 'suggested', 'unreviewed'] },
  { name: 'reviewed', description: 'what a person made or accepted', statuses: ['manual', 'accepted'] },
  { name: 'rejected', description: 'findings a person rejected', statuses: ['rejected'] },
  { name: CURATOR, description: 'the merged set of a curation (Compare Annotators)', annotators: [CURATOR], statuses: ['accepted'] },
];

/** The sets defined in `annotation-sets.json` in a corpus folder, after the built-in ones. */
export async function loadSets(folder: string): Promise<{ sets: AnnotationSet[]; error?: string }> {
  const file = path.join(folder, 'annotation-sets.json');
  try {
    const parsed = SetsFile.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
    if (!parsed.success) return { sets: BUILTIN_SETS, error: `${file}: ${parsed.error.issues[0].path.join('/')}: ${parsed.error.issues[0].message}` };
    return { sets: [...BUILTIN_SETS, ...parsed.data.sets] };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { sets: BUILTIN_SETS };
    return { sets: BUILTIN_SETS, error: `${file}: ${(e as Error).message}` };
  }
}
