import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

export interface CollectedInputs {
  files: string[];
  /** One message per input that could not be used (missing path, folder without articles). */
  errors: { path: string; error: string }[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** Expands files and folders (recursively, `.txt` only) into a sorted, de-duplicated list. */
export async function collectArticles(inputs: string[]): Promise<CollectedInputs> {
  const files = new Set<string>();
  const errors: CollectedInputs['errors'] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fsp.stat(input);
    } catch {
      errors.push({ path: input, error: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      const found = await walk(input);
      if (found.length === 0) errors.push({ path: input, error: 'folder has no .txt articles' });
      found.forEach((f) => files.add(f));
    } else {
      files.add(input);
    }
  }
  return { files: [...files].sort(), errors };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) out.push(...(await walk(p)));
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) {
      out.push(p);
    }
  }
  return out;
}

/**
 * True when `file`, or a folder between `root` and it, is a symbolic link. The
 * folder walk above never follows links (a corpus from someone else's repository may
 * hold `passwd.txt → /etc/passwd`); the editor, which finds articles through VS Code's
 * search, asks this of each one so that both read the same corpus.
 */
export async function reachedThroughLink(file: string, root: string): Promise<boolean> {
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return (await fsp.lstat(file).catch(() => undefined))?.isSymbolicLink() ?? false;
  let at = root;
  for (const part of rel.split(path.sep)) {
    at = path.join(at, part);
    const s = await fsp.lstat(at).catch(() => undefined);
    if (!s) return false;
    if (s.isSymbolicLink()) return true;
  }
  return false;
}
