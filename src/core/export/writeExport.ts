import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { FileError } from '../util/fsErrors';
import { makeFolder } from '../util/makeFolder';
import { EXPORT_MARKER } from './exportMarker';
import type { OutputFile } from './formats';

/**
 * Writes an export's files into a folder, so that nothing outside it is touched and
 * nothing is left half-written. The command line and the editor both write through
 * here.
 *
 * - Never through a symbolic link: an export folder in a repository may hold
 *   `evil.txt → ~/.bashrc`, or be a link itself. Every folder on the way (below
 *   `root`, the workspace or working folder) and every file to be replaced is looked
 *   at with `lstat`; a link is refused with its name, and nothing is written.
 * - Marked: `.corpus-annotator-export` goes with the files, so the folder is never
 *   read as articles (a brat export holds copies of them). The marker lists the files
 *   written, so the next export into the folder replaces its own previous files whole
 *   (a file the new export no longer has is removed, not left to mix with it) and
 *   refuses to write beside files no export wrote, unless forced.
 * - Atomically: the files are written into a fresh temporary folder beside the
 *   target (same file system), then renamed into place; the files they replace are
 *   moved aside first and moved back if anything fails. On any failure the previous
 *   export is as it was and no temporary file remains.
 */

/** Why an export was not written: a message for a person, naming the path. */
export class ExportRefused extends Error {}

/** The folder holds files no export wrote: refused unless forced (`ExportOptions.force`). */
export class ExportWouldMix extends ExportRefused {
  constructor(message: string, readonly foreign: string[]) {
    super(message);
  }
}

export interface ExportPlan {
  /** The folder, absolute. */
  folder: string;
  /** Files of the export that exist already and will be replaced (relative paths). */
  existing: string[];
  /** Files of the previous export into this folder that the new one does not have: removed. */
  stale: string[];
  /** Files in the folder that no export wrote (left alone, and only when forced). */
  foreign: string[];
}

export interface ExportOptions {
  /** Write even though the folder holds files that no export wrote (they are left alone). */
  force?: boolean;
}

const TEMP_MARK = '.export-';

/** Checks where an export would go without writing anything; throws `ExportRefused`. */
export async function planExport(folder: string, files: OutputFile[], root?: string, options: ExportOptions = {}): Promise<ExportPlan> {
  const target = path.resolve(folder);
  for (const f of files) checkRelative(f.path);
  if (root) {
    const base = path.resolve(root);
    const rel = path.relative(base, target);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      let at = base;
      for (const part of path.dirname(rel).split(path.sep).filter((p) => p && p !== '.')) {
        at = path.join(at, part);
        if ((await kindOf(at)) === 'link') throw new ExportRefused(`${at} is a symbolic link; an export is never written through one. Remove it or choose another folder.`);
      }
    }
  }
  const folderKind = await kindOf(target);
  if (folderKind === 'link') throw new ExportRefused(`${target} is a symbolic link; an export is never written through one. Remove it or choose another folder.`);
  if (folderKind === 'file') throw new ExportRefused(`${target} is a file, not a folder.`);
  const existing: string[] = [];
  if (folderKind === 'missing') return { folder: target, existing, stale: [], foreign: [] };
  for (const f of files) {
    let at = target;
    const parts = f.path.split('/');
    for (const [i, part] of parts.entries()) {
      at = path.join(at, part);
      const kind = await kindOf(at);
      const last = i === parts.length - 1;
      if (kind === 'link') throw new ExportRefused(`${at} is a symbolic link; an export never writes through one. Remove it or choose another folder.`);
      if (kind === 'missing') break;
      if (!last && kind !== 'folder') throw new ExportRefused(`${at} is in the way: a folder is to be written there.`);
      if (last && kind !== 'file') throw new ExportRefused(`${at} is a folder: the export has a file of that name.`);
      if (last) existing.push(f.path);
    }
  }
  const { stale, foreign } = await previousFiles(target, new Set(files.map((f) => f.path)));
  if (foreign.length && !options.force) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    throw new ExportWouldMix(`${target} holds ${foreign.length === 1 ? 'a file' : `${foreign.length} files`} that no export wrote (${shown}); an export does not mix with them. Choose an empty folder, or force the export to write beside them (they are left alone).`, foreign);
  }
  return { folder: target, existing, stale, foreign };
}

/** What the folder holds besides the new export: its previous export's files (by the marker's list) and files no export wrote. */
async function previousFiles(folder: string, incoming: Set<string>): Promise<{ stale: string[]; foreign: string[] }> {
  const listed = await markerList(path.join(folder, EXPORT_MARKER));
  const stale: string[] = [];
  const foreign: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
      const r = rel + e.name;
      if (r === EXPORT_MARKER || incoming.has(r)) continue;
      if (e.isDirectory()) await walk(path.join(dir, e.name), `${r}/`);
      else if (e.isFile() && listed?.has(r)) stale.push(r);
      // A marker without a list (or an unreadable one) cannot say which files are its own: they stay, as foreign.
      else foreign.push(r);
    }
  };
  await walk(folder, '');
  return { stale: stale.sort(), foreign: foreign.sort() };
}

async function markerList(marker: string): Promise<Set<string> | undefined> {
  try {
    if (!(await fsp.lstat(marker)).isFile()) return undefined;
    const files = (JSON.parse(await fsp.readFile(marker, 'utf8')) as { files?: unknown }).files;
    return Array.isArray(files) ? new Set(files.filter((f): f is string => typeof f === 'string')) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `files` (paths relative to `folder`, `/`-separated) into `folder`, replacing
 * files of the same names and leaving other files there alone. Throws `ExportRefused`
 * before writing anything when a link or a file is in the way.
 */
export async function writeExport(folder: string, exported: OutputFile[], root?: string, options: ExportOptions = {}): Promise<{ folder: string; written: string[]; replaced: number; removed: string[] }> {
  // The marker says the folder is an export (the corpus walk and the editor never read it
  // as articles) and lists its files, so the next export replaces them whole.
  const own = exported.filter((f) => f.path !== EXPORT_MARKER);
  const marker = { path: EXPORT_MARKER, content: JSON.stringify({ writtenBy: 'corpus-annotator', files: own.map((f) => f.path).sort() }, null, 1) + '\n' };
  const files = [...own, marker];
  const plan = await planExport(folder, files, root, options);
  try {
    return await writePlanned(plan, files);
  } catch (e) {
    // Named by the folder a person asked for, not by the temporary one Node's message would name.
    throw e instanceof ExportRefused || e instanceof FileError ? e : new FileError(plan.folder, 'write the export into', e);
  }
}

async function writePlanned(plan: ExportPlan, files: OutputFile[]): Promise<{ folder: string; written: string[]; replaced: number; removed: string[] }> {
  const parent = path.dirname(plan.folder);
  await makeFolder(parent);
  await removeStaleTemporaries(parent, path.basename(plan.folder));
  const temp = await fsp.mkdtemp(path.join(parent, `.${path.basename(plan.folder)}${TEMP_MARK}${process.pid}-`));
  try {
    const staged = path.join(temp, 'new');
    for (const f of files) {
      const file = path.join(staged, ...f.path.split('/'));
      await fsp.mkdir(path.dirname(file), { recursive: true });
      await fsp.writeFile(file, f.content, { flag: 'wx' });
    }
    if ((await kindOf(plan.folder)) === 'missing') {
      await fsp.rename(staged, plan.folder);
      return { folder: plan.folder, written: files.map((f) => path.join(plan.folder, ...f.path.split('/'))), replaced: 0, removed: [] };
    }
    await moveIntoPlace(plan.folder, staged, path.join(temp, 'previous'), files, new Set(plan.existing), plan.stale);
    return { folder: plan.folder, written: files.map((f) => path.join(plan.folder, ...f.path.split('/'))), replaced: plan.existing.length, removed: plan.stale };
  } finally {
    await fsp.rm(temp, { recursive: true, force: true });
  }
}

/**
 * Moves the previous export's stale files aside, then renames each staged file over its
 * target, the target first moved aside; on a failure every step is undone.
 */
async function moveIntoPlace(folder: string, staged: string, previous: string, files: OutputFile[], existing: Set<string>, stale: string[]): Promise<void> {
  const done: { target: string; aside?: string; keep?: boolean }[] = [];
  const madeFolders: string[] = [];
  try {
    for (const s of stale) {
      const target = path.join(folder, ...s.split('/'));
      const aside = path.join(previous, 'stale', ...s.split('/'));
      await fsp.mkdir(path.dirname(aside), { recursive: true });
      await fsp.rename(target, aside);
      // Undone by moving it back; nothing new was renamed over it.
      done.push({ target, aside, keep: true });
    }
    for (const f of files) {
      const parts = f.path.split('/');
      const target = path.join(folder, ...parts);
      let at = folder;
      for (const part of parts.slice(0, -1)) {
        at = path.join(at, part);
        if ((await kindOf(at)) === 'missing') {
          await fsp.mkdir(at);
          madeFolders.push(at);
        }
      }
      const step: { target: string; aside?: string } = { target };
      if (existing.has(f.path)) {
        const aside = path.join(previous, ...parts);
        await fsp.mkdir(path.dirname(aside), { recursive: true });
        // A link put there since the plan was made is moved aside, never written through.
        await fsp.rename(target, aside);
        step.aside = aside;
      }
      done.push(step);
      await fsp.rename(path.join(staged, ...parts), target);
    }
  } catch (e) {
    for (const step of done.reverse()) {
      if (!step.keep) await fsp.rm(step.target, { force: true }).catch(() => undefined);
      if (step.aside) await fsp.rename(step.aside, step.target).catch(() => undefined);
    }
    for (const dir of madeFolders.reverse()) await fsp.rmdir(dir).catch(() => undefined);
    throw e;
  }
}

/** Temporary folders of earlier exports to the same folder whose process is gone (killed mid-way). */
async function removeStaleTemporaries(parent: string, name: string): Promise<void> {
  const prefix = `.${name}${TEMP_MARK}`;
  for (const entry of await fsp.readdir(parent).catch(() => [] as string[])) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) await fsp.rm(path.join(parent, entry), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function kindOf(p: string): Promise<'missing' | 'link' | 'folder' | 'file'> {
  try {
    const s = await fsp.lstat(p);
    return s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : 'file';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
}

/** A file name of an export stays inside its folder: relative, no `..`, no empty or absolute part. */
function checkRelative(p: string): void {
  const parts = p.split('/');
  if (!p || path.isAbsolute(p) || /^[A-Za-z]:/.test(p) || (path.sep === '\\' && p.includes('\\')) || p.includes('\0') || parts.some((x) => x === '' || x === '.' || x === '..')) {
    throw new ExportRefused(`the export would write ${JSON.stringify(p)}, which is not a file name inside its folder; nothing was written.`);
  }
}
