import * as os from 'node:os';
import * as path from 'node:path';

/** Where the command line and the editor keep what they can compute again: $XDG_CACHE_HOME/corpus-annotator, or ~/.cache/corpus-annotator. */
export function cacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'corpus-annotator');
}
