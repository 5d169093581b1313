import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { anchorSidecar } from '../core/annotations/anchorSidecar';
import { unresolvedConflicts } from '../core/annotations/gitMerge';
import { SidecarStore } from '../core/annotations/sidecarStore';
import { collectArticles } from '../core/corpus/collectArticles';
import { readArticle } from '../core/corpus/readArticle';
import { writeSkipped } from './failure';
import { colourWanted, makeStyle } from './style';
import { controlFreeLine, stripControls } from '../core/text/untrusted';

/**
 * `corpus-annotator check [folders…] [--strict] [--json]`: validates and anchors every
 * sidecar. Exits 1 when a sidecar is invalid or holds two versions of an annotation
 * from a git merge (or, with --strict, when an annotation
 * is orphaned), or an article was skipped (a symbolic link out of the folder) unless
 * --allow-partial, so a corpus kept in git can run it in its own CI.
 */
export async function checkCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { strict: { type: 'boolean' }, json: { type: 'boolean' }, 'no-color': { type: 'boolean' }, 'allow-partial': { type: 'boolean' } } });
  } catch (e) {
    process.stderr.write(`corpus-annotator check: ${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const st = makeStyle(colourWanted(process.stdout, values['no-color'] ? false : undefined));
  const { files, errors, skipped } = await collectArticles(positionals.length ? positionals : ['corpus']);
  for (const e of errors) process.stderr.write(stripControls(`error: ${e.path}: ${e.error}\n`));
  const leftOut = writeSkipped(skipped);
  const store = new SidecarStore();
  const report: { article: string; sidecar: string; state: string; anchored?: number; moved?: number; orphaned?: number; outOfBudget?: number; conflicts?: { id: string; versions: string[] }[]; problems?: unknown[] }[] = [];
  let invalid = 0;
  let orphaned = 0;
  let conflicted = 0;
  for (const article of files) {
    const loaded = await store.load(article);
    if (loaded.state === 'missing') continue;
    if (loaded.state === 'invalid') {
      invalid++;
      report.push({ article, sidecar: loaded.file, state: 'invalid', problems: loaded.problems });
      if (!values.json) {
        for (const p of loaded.problems) process.stdout.write(`${st.error('invalid')} ${controlFreeLine(`${loaded.file}:${p.line}:${p.column}: ${p.message} (expected ${p.expected})`)}\n`);
      }
      continue;
    }
    const text = await readArticle(article);
    if (!text.ok) {
      invalid++;
      process.stdout.write(`${st.error('error')} ${controlFreeLine(`${article}: ${text.error}`)}\n`);
      continue;
    }
    const summary = anchorSidecar(loaded.sidecar, text.text);
    orphaned += summary.orphaned;
    const conflicts = [...unresolvedConflicts(loaded.sidecar)].map(([id, versions]) => ({ id, versions: versions.map((v) => v.id) }));
    conflicted += conflicts.length;
    report.push({ article, sidecar: loaded.file, state: 'ok', anchored: summary.anchored, moved: summary.moved, orphaned: summary.orphaned, ...(summary.outOfBudget ? { outOfBudget: summary.outOfBudget } : {}), ...(conflicts.length ? { conflicts } : {}) });
    if (!values.json) {
      const flag = (summary.orphaned ? st.warn(`${summary.orphaned} orphaned`) : `${summary.orphaned} orphaned`) + (summary.outOfBudget ? st.dim(` (${summary.outOfBudget} not searched for everywhere: the search limit per sidecar was reached)`) : '');
      process.stdout.write(`${controlFreeLine(path.basename(article))}: ${summary.anchored} anchored, ${summary.moved} moved, ${flag}${loaded.migratedFrom ? st.dim(` (version ${loaded.migratedFrom} file, migrated in memory)`) : ''}\n`);
      for (const c of conflicts) {
        process.stdout.write(`${st.error('conflict')} ${controlFreeLine(`${loaded.file}: annotation ${c.id} was changed on two branches; ${c.versions.length} versions kept (${c.versions.join(', ')}): delete the ones not wanted`)}\n`);
      }
      for (const i of summary.items.filter((x) => x.result.state === 'orphaned')) {
        process.stdout.write(st.dim(`    orphaned ${controlFreeLine(`${i.annotation.id} (${i.annotation.label}) “${i.annotation.target.exact.slice(0, 60)}”`)}`) + '\n');
      }
    }
  }
  if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else if (report.length === 0) process.stdout.write('no sidecar annotation files found\n');
  return invalid > 0 || conflicted > 0 || errors.length > 0 || (leftOut > 0 && !values['allow-partial']) || (values.strict && orphaned > 0) ? 1 : 0;
}
