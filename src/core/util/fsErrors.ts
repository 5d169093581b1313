/** What a file system error code means, in words a person can act on. */
const CAUSES: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder',
  EEXIST: 'already exists',
  ELOOP: 'a symbolic link loop',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error (a failing disk or a lost network share)',
  EBUSY: 'in use by another program',
  ELOCKED: 'locked by another corpus-annotator',
};

/** Errors after which nothing more can be written, so a run stops instead of failing every later file. */
const DISK_UNUSABLE = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

export function errorCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** "no space left on the disk (ENOSPC)", or the error's own message for anything else. */
export function causeOf(e: unknown): string {
  const code = errorCode(e);
  if (code && CAUSES[code]) return `${CAUSES[code]} (${code})`;
  return e instanceof Error ? e.message : String(e);
}

/** Whether a write error means the disk can take no more writes at all. */
export function diskUnusable(e: unknown): boolean {
  return DISK_UNUSABLE.has(errorCode(e) ?? '');
}

/**
 * An error that names the file a person knows (the sidecar, the export folder) and the
 * cause, keeping the original code for callers that branch on it: Node's own message
 * names the syscall and often a temporary file instead.
 */
export class FileError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly file: string,
    doing: string,
    cause: unknown,
  ) {
    super(`could not ${doing} ${file}: ${causeOf(cause)}`, { cause });
    this.code = errorCode(cause);
  }
}
