import * as fs from 'node:fs';
import * as path from 'node:path';

/** One line of the `npm run eval` table. */
export interface EvalRow {
  dataset: string;
  metric: string;
  value: number;
  /** The target for this metric, when it has one. */
  target?: number;
  note?: string;
}

/** `../shared/eval` beside the repository, or `$CORPUS_ANNOTATOR_EVAL_DIR`. */
export function evalDataDir(): string {
  if (process.env.CORPUS_ANNOTATOR_EVAL_DIR) return process.env.CORPUS_ANNOTATOR_EVAL_DIR;
  return path.resolve(repoRoot(), '..', 'shared', 'eval');
}

/** The folder holding package.json, found upward from this file (works from out/ and dist/). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
