import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { mergeSidecars, type MergeConflict } from './merge';
import type { Sidecar } from './schema';
import { emptySidecar, parseSidecar, serializeSidecar, sidecarPathFor, type SidecarProblem } from './sidecar';

export type LoadedSidecar =
  | { state: 'missing'; file: string; sidecar: Sidecar }
  | { state: 'ok'; file: string; sidecar: Sidecar; text: string; migratedFrom?: number }
  | { state: 'invalid'; file: string; text: string; problems: SidecarProblem[] };

export type SaveResult =
  | { saved: true; file: string; sidecar: Sidecar; conflicts: MergeConflict[] }
  | { saved: false; file: string; reason: string; problems?: SidecarProblem[] };

/**
 * Reads and writes the sidecar of an article. Writes are atomic (a temporary file
 * in the same folder, then rename), and they never overwrite what they did not
 * read: if the file changed on disk since it was loaded, the change is merged in
 * (three-way, by annotation id); if the file on disk is invalid, nothing is written.
 */
export class SidecarStore {
  async load(articlePath: string): Promise<LoadedSidecar> {
    const file = sidecarPathFor(articlePath);
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing', file, sidecar: emptySidecar(path.basename(articlePath)) };
      throw e;
    }
    const parsed = parseSidecar(text);
    if (!parsed.ok) return { state: 'invalid', file, text, problems: parsed.problems };
    return { state: 'ok', file, sidecar: parsed.sidecar, text, ...(parsed.migratedFrom !== undefined ? { migratedFrom: parsed.migratedFrom } : {}) };
  }

  /**
   * Saves `next`, made from `base` (the sidecar as loaded, or null if there was none).
   * Returns what was written, with any conflicts the merge kept for a person to decide.
   */
  async save(articlePath: string, base: Sidecar | null, next: Sidecar): Promise<SaveResult> {
    const file = sidecarPathFor(articlePath);
    const disk = await this.load(articlePath);
    if (disk.state === 'invalid') {
      return { saved: false, file, reason: `${path.basename(file)} on disk is not valid; it was not overwritten`, problems: disk.problems };
    }
    let toWrite = next;
    let conflicts: MergeConflict[] = [];
    const onDisk = disk.state === 'ok' ? disk.sidecar : null;
    if (onDisk && serializeSidecar(onDisk) !== serializeSidecar(base ?? emptySidecar(next.article))) {
      const merged = mergeSidecars(base ?? emptySidecar(next.article), next, onDisk);
      toWrite = merged.merged;
      conflicts = merged.conflicts;
    }
    await writeAtomic(file, serializeSidecar(toWrite));
    return { saved: true, file, sidecar: toWrite, conflicts };
  }
}

/**
 * Writes through a temporary file in the same folder and a rename, so a crash leaves the old file or the new one.
 * A write that fails part way (a full disk) removes its temporary file rather than leave it beside the article.
 */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await fsp.writeFile(tmp, content, { encoding: 'utf8', flag: 'wx' });
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  }
}
