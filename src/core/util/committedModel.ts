import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { findModelsDir } from './paths';

/** A model file under models/, read once on first use. */
export interface CommittedModel<T> {
  get(): T;
  /** Forgets what was read, so that the next use reads the file again (after `npm run train` writes it). */
  reload(): void;
}

/**
 * A model committed under models/ by `npm run train` (`fileName`), read and decoded by
 * `read` on first use. When it cannot be read (not trained yet, damaged, of another
 * version) `fallback` stands in and one warning names `what` and the file.
 */
export function committedModel<T>(fileName: string, what: string, read: (bytes: Buffer) => T, fallback: () => T): CommittedModel<T> {
  let loaded: { value: T } | undefined;
  return {
    get() {
      if (loaded) return loaded.value;
      const dir = findModelsDir();
      const file = dir ? path.join(dir, fileName) : '';
      try {
        loaded = { value: read(fs.readFileSync(file)) };
      } catch (e) {
        process.emitWarning(`corpus-annotator: ${what} not loaded from ${file || 'models/'}: ${(e as Error).message}; run npm run train`);
        loaded = { value: fallback() };
      }
      return loaded.value;
    },
    reload() {
      loaded = undefined;
    },
  };
}

/** The JSON of a gzipped model file, refused when its `version` is not the one this code reads. */
export function gzippedJson<T extends { version: number }>(bytes: Buffer, version: number): T {
  const data = JSON.parse(zlib.gunzipSync(bytes).toString('utf8')) as T;
  if (data.version !== version) throw new Error(`version ${data.version}, expected ${version}`);
  return data;
}
