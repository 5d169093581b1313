import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The package root (the folder holding package.json), found upward from the running
 * code, so that the same lookup works from `dist/` (bundles), `out/` (tests) and an
 * installed extension.
 */
export function packageRoot(from = __dirname): string | undefined {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function findModelsDir(): string | undefined {
  const root = packageRoot();
  return root ? path.join(root, 'models') : undefined;
}

/**
 * The first of `names` that exists in `dir`: a script that runs beside the calling code
 * under one name in a bundle (`dist/`) and another when compiled by tsc (`out/`).
 */
export function scriptBeside(dir: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}
