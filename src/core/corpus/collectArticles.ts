import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { EXPORT_MARKER } from '../export/exportMarker';
import { causeOf } from '../util/fsErrors';

export interface SkippedInput {
  path: string;
  reason: string;
  /** True when an article may have been left out (a run should say it did not read everything); false for a link to what was read anyway. */
  leftOut: boolean;
}

export interface CollectedInputs {
  files: string[];
  /** One message per input that could not be used (missing path, folder without articles). */
  errors: { path: string; error: string }[];
  /** What a folder walk did not read, and why. */
  skipped: SkippedInput[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/**
 * Expands files and folders (recursively, `.txt` only) into a sorted, de-duplicated
 * list. Inside a folder, symbolic links are followed while they stay inside it
 * (a link out of the corpus is skipped: a corpus should not read, or write sidecars
 * beside, files elsewhere), each file and folder is read once however many links
 * lead to it, and a link loop ends the walk there; every link skipped is said.
 */
export async function collectArticles(inputs: string[]): Promise<CollectedInputs> {
  const files = new Map<string, string>(); // real path → the path shown
  const errors: CollectedInputs['errors'] = [];
  const skipped: SkippedInput[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fsp.stat(input);
    } catch (e) {
      errors.push({ path: input, error: causeOf(e) });
      continue;
    }
    if (stat.isDirectory()) {
      if (await isExportFolder(input)) {
        errors.push({ path: input, error: `an export written by corpus-annotator (it holds ${EXPORT_MARKER}), not a corpus folder` });
        continue;
      }
      const root = await fsp.realpath(input);
      const w: Walk = { start: input, root, seenDirs: new Set([root]), files, skipped, links: [], found: 0 };
      await walk(input, root, w);
      // Links last, so that an article reached directly keeps its own path; a linked
      // folder's own links join the queue.
      for (let link = w.links.shift(); link; link = w.links.shift()) await followLink(link, w);
      // Counted by what this folder holds, not by what is new: `corpus corpus/sub` has articles in both.
      if (w.found === 0) errors.push({ path: input, error: 'folder has no .txt articles' });
    } else {
      const real = await fsp.realpath(input).catch(() => path.resolve(input));
      if (!files.has(real)) files.set(real, input);
    }
  }
  return { files: [...new Set(files.values())].sort(), errors, skipped };
}

interface Walk {
  /** The folder given, as given. */
  start: string;
  root: string;
  seenDirs: Set<string>;
  /** real path → the path shown */
  files: Map<string, string>;
  skipped: SkippedInput[];
  /** Symbolic links met, followed once the plain files and folders are all read. */
  links: string[];
  /** Articles met in this folder, including those another input already gave. */
  found: number;
}

/** Reads `dir`, whose real path (no link in it) is `realDir`. */
async function walk(dir: string, realDir: string, w: Walk): Promise<void> {
  // Sorted, so that of two paths to one article the same one is kept every run.
  const entries = (await fsp.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (dir !== w.start && entries.some((e) => e.name === EXPORT_MARKER)) {
    w.skipped.push({ path: dir, reason: `an export written by corpus-annotator (it holds ${EXPORT_MARKER}); not read as articles`, leftOut: false });
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    const real = path.join(realDir, e.name);
    if (e.isSymbolicLink()) w.links.push(p);
    else if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || e.name.startsWith('.') || w.seenDirs.has(real)) continue;
      w.seenDirs.add(real);
      await walk(p, real, w);
    } else if (e.isFile() && isArticleName(e.name)) {
      w.found++;
      if (!w.files.has(real)) w.files.set(real, p);
    }
  }
}

async function followLink(p: string, w: Walk): Promise<void> {
  let real: string;
  let stat;
  try {
    real = await fsp.realpath(p);
    stat = await fsp.stat(real);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isArticleName(p)) w.skipped.push({ path: p, reason: `a symbolic link to ${await linkTarget(p)}, which does not exist`, leftOut: true });
    else if (code === 'ELOOP') w.skipped.push({ path: p, reason: 'a symbolic link loop', leftOut: isArticleName(p) });
    else if (code !== 'ENOENT') w.skipped.push({ path: p, reason: causeOf(e), leftOut: isArticleName(p) });
    return;
  }
  if (stat.isDirectory()) {
    const name = path.basename(p);
    if (SKIP_DIRS.has(name) || name.startsWith('.')) return;
    if (!inside(real, w.root)) {
      w.skipped.push({ path: p, reason: `a symbolic link to ${real}, outside the corpus folder ${w.root}; link or copy its articles into the corpus to include them`, leftOut: true });
    } else if (w.seenDirs.has(real)) {
      w.skipped.push({ path: p, reason: `a symbolic link to ${real}, a folder already read (a loop or a second path to it)`, leftOut: false });
    } else {
      w.seenDirs.add(real);
      await walk(p, real, w);
    }
    return;
  }
  if (!stat.isFile() || !isArticleName(p)) return;
  if (!inside(real, w.root)) {
    w.skipped.push({ path: p, reason: `a symbolic link to ${real}, outside the corpus folder ${w.root}`, leftOut: true });
  } else if (w.files.has(real)) {
    w.found++;
    w.skipped.push({ path: p, reason: `a symbolic link to ${w.files.get(real)}, read once under that name`, leftOut: false });
  } else {
    w.found++;
    w.files.set(real, p);
  }
}

async function isExportFolder(dir: string): Promise<boolean> {
  return fsp.access(path.join(dir, EXPORT_MARKER)).then(
    () => true,
    () => false,
  );
}

function isArticleName(p: string): boolean {
  return p.toLowerCase().endsWith('.txt');
}

function inside(real: string, root: string): boolean {
  const rel = path.relative(root, real);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

async function linkTarget(p: string): Promise<string> {
  return fsp.readlink(p).catch(() => 'nothing');
}

/**
 * How the folder walk above would take `file`, found some other way under `root`
 * (the editor finds articles through VS Code's search, which follows every link):
 * `outside` when a link leads it out of `root` (a corpus from someone else's
 * repository may hold `passwd.txt → /etc/passwd`: never read), otherwise its real
 * path, so that two paths to one article are read once.
 */
export async function linkedLocation(file: string, root: string): Promise<LinkedLocation | undefined> {
  const real = await fsp.realpath(file).catch(() => undefined);
  if (!real) return undefined;
  return located(file, root, real, await fsp.realpath(root).catch(() => path.resolve(root)));
}

export type LinkedLocation = { outside: true; real: string } | { outside: false; real: string; linked: boolean };

/**
 * linkedLocation without waiting: for the one article a person opens, whose first look
 * should not queue behind the thousands of asynchronous reads of indexing (two
 * system calls, microseconds).
 */
export function linkedLocationNow(file: string, root: string): LinkedLocation | undefined {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return undefined;
  }
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    realRoot = path.resolve(root);
  }
  return located(file, root, real, realRoot);
}

function located(file: string, root: string, real: string, realRoot: string): LinkedLocation {
  if (!inside(real, realRoot)) return { outside: true, real };
  return { outside: false, real, linked: real !== path.join(realRoot, path.relative(root, file)) };
}
