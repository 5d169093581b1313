import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { nodeWriteIo, targetOfTemp, writeAtomic, type WriteIo } from '../util/atomicWrite';
import { FileError } from '../util/fsErrors';
import { mergeSidecars, type MergeConflict } from './merge';
import type { Sidecar } from './schema';
import { emptySidecar, parseSidecar, serializeSidecar, sidecarPathFor, type SidecarProblem } from './sidecar';
import { DEFAULT_LOCK_TIMING, lockHeld, withSidecarLock, type LockTiming } from './sidecarLock';

export type LoadedSidecar =
  | { state: 'missing'; file: string; sidecar: Sidecar }
  | { state: 'ok'; file: string; sidecar: Sidecar; text: string; migratedFrom?: number }
  | { state: 'invalid'; file: string; text: string; problems: SidecarProblem[] };

export type SaveResult =
  /** `written` is false when there was nothing to change. */
  | { saved: true; file: string; sidecar: Sidecar; conflicts: MergeConflict[]; written: boolean }
  | { saved: false; file: string; reason: string; problems?: SidecarProblem[] };

export interface SidecarStoreOptions {
  lock?: LockTiming;
  /** The file operations of a write (a test's, to fail on purpose). */
  io?: WriteIo;
}

/**
 * Reads and writes the sidecar of an article. Every write holds the sidecar's lock
 * across processes (the editor and the command line take the same one), and inside
 * it reads the file, merges, and writes through a temporary file and a rename: so
 * two writers at once both keep their work, and a crash leaves the old file or the
 * new one. A write never overwrites what it did not read: if the file changed on
 * disk since it was loaded, the change is merged in (three-way, by annotation id);
 * if the file on disk is invalid, nothing is written.
 */
export class SidecarStore {
  private readonly lock: LockTiming;
  private readonly io: WriteIo;
  constructor(options: SidecarStoreOptions = {}) {
    this.lock = options.lock ?? DEFAULT_LOCK_TIMING;
    this.io = options.io ?? nodeWriteIo;
  }

  async load(articlePath: string): Promise<LoadedSidecar> {
    const file = sidecarPathFor(articlePath);
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing', file, sidecar: emptySidecar(path.basename(articlePath)) };
      throw new FileError(file, 'read', e);
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
    let conflicts: MergeConflict[] = [];
    const result = await this.update(articlePath, (disk) => {
      const onDisk = disk.state === 'ok' ? disk.sidecar : null;
      if (!onDisk || serializeSidecar(onDisk) === serializeSidecar(base ?? emptySidecar(next.article))) return next;
      const merged = mergeSidecars(base ?? emptySidecar(next.article), next, onDisk);
      conflicts = merged.conflicts;
      return merged.merged;
    });
    return result.saved ? { ...result, conflicts } : result;
  }

  /**
   * Changes a sidecar as it is on disk now: under the lock, `change` gets the sidecar
   * just read and returns the one to write, or undefined to write nothing. Use this
   * when the change depends on what is there (an import skips what is already there).
   */
  async update(articlePath: string, change: (disk: LoadedSidecar & { state: 'ok' | 'missing' }) => Sidecar | undefined): Promise<SaveResult> {
    const file = sidecarPathFor(articlePath);
    return withSidecarLock(
      file,
      async (stillHeld) => {
        const disk = await this.load(articlePath);
        if (disk.state === 'invalid') {
          return { saved: false, file, reason: `${path.basename(file)} on disk is not valid; it was not overwritten`, problems: disk.problems };
        }
        const next = change(disk);
        if (!next) return { saved: true, file, sidecar: disk.sidecar, conflicts: [], written: false };
        // Frozen past the stale time, another writer may have taken the lock over: its
        // write stands, ours is refused rather than written over it.
        if (!stillHeld()) throw new FileError(file, 'write', Object.assign(new Error('the lock was taken over while this process was stalled'), { code: 'ELOCKED' }));
        await writeAtomic(file, serializeSidecar(next), this.io);
        return { saved: true, file, sidecar: next, conflicts: [], written: true };
      },
      this.lock,
    );
  }
}

/**
 * Removes the temporary files a killed writer left in `folder` (`.x.annotations.json.….tmp`):
 * one whose sidecar's lock no live process holds is no one's any more. Returns their paths.
 */
export async function removeLeftoverTemps(folder: string, lock: LockTiming = DEFAULT_LOCK_TIMING): Promise<string[]> {
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const target = targetOfTemp(name);
    if (!target?.endsWith('.annotations.json')) continue;
    if (await lockHeld(path.join(folder, target), lock)) continue;
    const tmp = path.join(folder, name);
    try {
      await fsp.rm(tmp);
      removed.push(tmp);
    } catch {
      // gone meanwhile, or not ours to remove: the next run tries again
    }
  }
  return removed;
}
