import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { FileError } from './fsErrors';

/**
 * mkdir -p that names the real cause: Node's recursive mkdir reports ENOENT on a
 * read-only file system or a folder it may not write to (issue 28: "ENOENT … mkdir"
 * for a read-only export folder). On that error the first missing folder is made on
 * its own, which fails with EROFS or EACCES, and the error names `dir`.
 */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await fsp.mkdir(dir, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new FileError(dir, 'create the folder', e);
    let missing = path.resolve(dir);
    while (!(await exists(path.dirname(missing))) && path.dirname(missing) !== missing) missing = path.dirname(missing);
    try {
      await fsp.mkdir(missing);
    } catch (real) {
      throw new FileError(dir, 'create the folder', real);
    }
    throw new FileError(dir, 'create the folder', e);
  }
}

async function exists(p: string): Promise<boolean> {
  return fsp.access(p).then(
    () => true,
    () => false,
  );
}
