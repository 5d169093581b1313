import * as path from 'node:path';
import * as lockfile from 'proper-lockfile';

export interface LockTiming {
  /** A lock not refreshed for this long belongs to a process that died: it is taken over. */
  staleMs: number;
  /** How long to keep trying for a lock another process holds before giving up. */
  waitMs: number;
}

export const DEFAULT_LOCK_TIMING: LockTiming = { staleMs: 10_000, waitMs: 30_000 };

/** The lock of a sidecar: a hidden folder beside it, `.x.annotations.json.lock`. */
export function lockPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

/** Thrown when another process held a sidecar's lock for longer than we waited. */
export class SidecarLockedError extends Error {
  readonly code = 'ELOCKED';
  constructor(readonly file: string) {
    super(`${file} is being written by another corpus-annotator (an editor or a command) and stayed locked; try again, or remove ${lockPathFor(file)} if none is running`);
  }
}

/**
 * Runs `fn` holding the cross-process lock of `file` (a sidecar), so that one reader-
 * merger-writer at a time works on it: the editor, every command line and every
 * window take the same lock. The lock is proper-lockfile's: a folder made with mkdir
 * (atomic on local and network file systems), refreshed while held, and taken over
 * once stale, which is how a lock left by a killed process is recovered. `fn` gets
 * `stillHeld()`, to check just before its rename that the lock was not taken over
 * meanwhile (a process frozen for longer than `staleMs`).
 */
export async function withSidecarLock<T>(file: string, fn: (stillHeld: () => boolean) => Promise<T>, timing: LockTiming = DEFAULT_LOCK_TIMING): Promise<T> {
  let compromised = false;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false, // the sidecar need not exist yet
      lockfilePath: lockPathFor(file),
      stale: timing.staleMs,
      retries: retriesFor(timing.waitMs),
      onCompromised: () => {
        compromised = true;
      },
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw new SidecarLockedError(file);
    throw e;
  }
  try {
    return await fn(() => !compromised);
  } finally {
    if (!compromised) await release().catch(() => undefined);
  }
}

/**
 * Retry delays that grow from 10 ms to at most 250 ms (randomised, so that waiting
 * processes do not retry in step), as many as fit in `waitMs`.
 */
function retriesFor(waitMs: number) {
  const maxTimeout = 250;
  // The first ~8 delays add up to about one maxTimeout; each later one is maxTimeout.
  return { retries: Math.ceil(waitMs / maxTimeout) + 7, factor: 1.5, minTimeout: 10, maxTimeout, randomize: true };
}

/** Whether a live process holds the lock of `file` now (a stale lock is not held). */
export async function lockHeld(file: string, timing: LockTiming = DEFAULT_LOCK_TIMING): Promise<boolean> {
  return lockfile.check(file, { realpath: false, lockfilePath: lockPathFor(file), stale: timing.staleMs }).catch(() => false);
}
