import type { SkippedInput } from '../core/corpus/collectArticles';
import { stripControls } from '../core/text/untrusted';
import { causeOf, errorCode, FileError } from '../core/util/fsErrors';

/** Set by `--debug` (main.ts) for this process and the bundles it loads. */
export const DEBUG_ENV = 'CORPUS_ANNOTATOR_DEBUG';

export function debugWanted(): boolean {
  return !!process.env[DEBUG_ENV] && process.env[DEBUG_ENV] !== '0';
}

/**
 * What went wrong, for a person: the file and the cause ("corpus/a.annotations.json:
 * no space left on the disk (ENOSPC)"), and the stack trace only with --debug.
 */
export function describeFailure(e: unknown): string {
  let message: string;
  if (e instanceof FileError) message = e.message;
  else if (errorCode(e) && typeof (e as NodeJS.ErrnoException).path === 'string') message = `${(e as NodeJS.ErrnoException).path}: ${causeOf(e)}`;
  else message = e instanceof Error ? e.message : String(e);
  if (debugWanted() && e instanceof Error && e.stack) return `${message}\n${e.stack}`;
  return message;
}

/** Prints what a folder walk skipped, one line each; returns how many may have left an article out. */
export function writeSkipped(skipped: readonly SkippedInput[], out: NodeJS.WritableStream = process.stderr): number {
  for (const s of skipped) out.write(stripControls(`${s.leftOut ? 'skipped' : 'note'}: ${s.path}: ${s.reason}\n`));
  return skipped.filter((s) => s.leftOut).length;
}
