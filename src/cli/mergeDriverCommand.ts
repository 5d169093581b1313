import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { mergeForGit } from '../core/annotations/gitMerge';
import type { Sidecar } from '../core/annotations/schema';
import { parseSidecar, serializeSidecar } from '../core/annotations/sidecar';
import { writeAtomic } from '../core/util/atomicWrite';
import { describeFailure } from './failure';

/** The name of the driver in .gitattributes and git config. */
export const DRIVER = 'corpus-annotator';
const ATTRIBUTE_LINE = `*.annotations.json merge=${DRIVER}`;

/**
 * `corpus-annotator merge-driver %O %A %B [%P]`, as git runs it for a sidecar changed on
 * both branches: merges base (%O), ours (%A) and theirs (%B) by annotation id into %A.
 * Exits 0 with the merge written, both versions of an annotation changed on both
 * sides kept and marked for `check`; exits 1 leaving %A as it was when a file is not
 * a sidecar this version reads, so git shows an ordinary conflict.
 */
export async function mergeDriverCommand(args: string[]): Promise<number> {
  if (args.length < 3) {
    process.stderr.write(`usage: corpus-annotator merge-driver %O %A %B [%P]   (git runs it; see install-merge-driver)\n`);
    return 2;
  }
  const [basePath, oursPath, theirsPath, shownPath] = args;
  const name = shownPath ?? oursPath;
  try {
    const base = await readSide(basePath, 'the common ancestor', name);
    const ours = await readSide(oursPath, 'this branch', name);
    const theirs = await readSide(theirsPath, 'the branch merged in', name);
    if (!base.ok || !ours.ok || !theirs.ok || !ours.sidecar || !theirs.sidecar) return 1;
    const result = mergeForGit(base.sidecar, ours.sidecar, theirs.sidecar);
    await writeAtomic(oursPath, serializeSidecar(result.merged));
    for (const c of result.bothChanged) {
      process.stderr.write(`corpus-annotator: ${name}: annotation ${c.id} was changed on both branches; both versions kept (${c.ids.join(' and ')}): delete the one not wanted (corpus-annotator check lists them)\n`);
    }
    for (const id of result.keptOverDeletion) process.stderr.write(`corpus-annotator: ${name}: annotation ${id} was deleted on one branch and changed on the other; the changed one is kept\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`corpus-annotator merge-driver: ${name}: ${describeFailure(e)}\n`);
    return 1;
  }
}

/**
 * One side of the merge: its sidecar, or null for an empty file (the ancestor of a file
 * added on both branches, or a side that emptied it); not ok, with the reason on stderr,
 * when it cannot be read as a sidecar.
 */
async function readSide(file: string, side: string, name: string): Promise<{ ok: true; sidecar: Sidecar | null } | { ok: false }> {
  const text = await fsp.readFile(file, 'utf8');
  if (text.trim() === '') return { ok: true, sidecar: null };
  const parsed = parseSidecar(text);
  if (parsed.ok) return { ok: true, sidecar: parsed.sidecar };
  const p = parsed.problems[0];
  process.stderr.write(`corpus-annotator merge-driver: ${name} as on ${side} is not a sidecar this corpus-annotator can merge (line ${p.line}: ${p.message}); left for git to mark as a conflict\n`);
  return { ok: false };
}

/**
 * `corpus-annotator install-merge-driver [--command CMD]`: in the git repository around
 * the current folder, adds `*.annotations.json merge=corpus-annotator` to .gitattributes
 * (committed, so every clone merges sidecars the same way) and sets the driver in the
 * repository's git config (each clone runs this once; config is not committed). CMD is
 * how git starts the command line, by default this Node and this script.
 */
export async function installMergeDriverCommand(args: string[]): Promise<number> {
  const at = args.indexOf('--command');
  const command = at >= 0 ? args[at + 1] : `${quote(process.execPath)} ${quote(path.resolve(process.argv[1]))}`;
  if (!command) {
    process.stderr.write('usage: corpus-annotator install-merge-driver [--command "npx corpus-annotator"]\n');
    return 2;
  }
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' });
  if (top.status !== 0) {
    process.stderr.write(`corpus-annotator install-merge-driver: not inside a git repository (${(top.stderr || top.error?.message || '').trim()})\n`);
    return 1;
  }
  const root = top.stdout.trim();
  try {
    const attributes = path.join(root, '.gitattributes');
    const existing = await fsp.readFile(attributes, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? '' : Promise.reject(e)));
    const hasLine = existing.split(/\r?\n/).some((l) => l.trim() === ATTRIBUTE_LINE);
    if (!hasLine) await fsp.writeFile(attributes, existing + (existing && !existing.endsWith('\n') ? '\n' : '') + ATTRIBUTE_LINE + '\n');
    for (const [key, value] of [
      [`merge.${DRIVER}.name`, 'Corpus Annotator: merge sidecars by annotation id'],
      [`merge.${DRIVER}.driver`, `${command} merge-driver %O %A %B %P`],
    ]) {
      const set = spawnSync('git', ['config', key, value], { cwd: root, encoding: 'utf8' });
      if (set.status !== 0) throw new Error(`git config ${key} failed: ${set.stderr.trim()}`);
    }
    process.stdout.write(
      `${hasLine ? '.gitattributes already routes' : 'added to .gitattributes:'} ${ATTRIBUTE_LINE}${hasLine ? '' : ' (commit it)'}\n` +
        `git config merge.${DRIVER}.driver = ${command} merge-driver %O %A %B %P\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`corpus-annotator install-merge-driver: ${describeFailure(e)}\n`);
    return 1;
  }
}

function quote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
