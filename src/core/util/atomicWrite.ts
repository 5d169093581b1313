import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { faultPoint } from './faultPoints';
import { FileError } from './fsErrors';

/** The file operations of an atomic write: the real ones, or a test's that fail on purpose (a full disk). */
export interface WriteIo {
  open(file: string): Promise<{ writeFile(data: Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string): Promise<void>;
}

export const nodeWriteIo: WriteIo = {
  open: (file) => fsp.open(file, 'wx'),
  rename: (from, to) => fsp.rename(from, to),
  rm: (file) => fsp.rm(file, { force: true }),
};

/** `.x.annotations.json.<pid>.<time>.<random>.tmp` beside `x.annotations.json`: hidden, and never a name the corpus reads. */
const TEMP_NAME = /^\.(.+)\.\d+\.\d+\.[0-9a-z]+\.tmp$/;

export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** The file a temporary file was for, or undefined when `name` is not one of ours. */
export function targetOfTemp(name: string): string | undefined {
  return TEMP_NAME.exec(name)?.[1];
}

/**
 * Writes through a temporary file in the same folder, flushed to disk, then a rename,
 * so that a crash at any point leaves the old file or the new one, never a part. On
 * any failure (a full disk part-way through) the temporary file is removed and the
 * error names `file` and the cause. A kill -9 can still leave the temporary file:
 * `removeLeftoverTemps` clears those on a later run.
 */
export async function writeAtomic(file: string, content: string, io: WriteIo = nodeWriteIo): Promise<void> {
  const tmp = tempPathFor(file);
  const bytes = Buffer.from(content, 'utf8');
  let handle: Awaited<ReturnType<WriteIo['open']>> | undefined;
  let created = false;
  try {
    handle = await io.open(tmp);
    created = true;
    faultPoint('temp-created');
    // Two halves only so that a crash test can stop between them.
    await handle.writeFile(bytes.subarray(0, bytes.length >> 1));
    faultPoint('temp-half-written');
    await handle.writeFile(bytes.subarray(bytes.length >> 1));
    await handle.sync();
    await handle.close();
    handle = undefined;
    faultPoint('temp-written');
    await io.rename(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    if (created) await io.rm(tmp).catch(() => undefined);
    throw new FileError(file, 'write', e);
  }
  faultPoint('renamed');
}
