import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Several annotators importing into one corpus at the same time, as separate
 * processes of the built command line: shared by the concurrency test and by
 * `npm run bench:concurrent-imports`, which prints how many annotations were kept.
 */

/** The bundled command line, as `npx corpus-annotator` runs it. */
export const BUILT_CLI = path.resolve(__dirname, '../../../../dist/cli.js');
export const BUNDLED_CORPUS = path.resolve(__dirname, '../../../../corpus');

/**
 * One JSON Lines import per annotator: annotator k marks every `annotators`-th word
 * of every article, starting at word k, so no two annotators mark the same span and
 * every import adds exactly its own count.
 */
export function annotatorImports(articles: Map<string, string>, annotators: number, wordsPerArticle = Infinity): { jsonl: string[]; counts: number[] } {
  const jsonl: string[] = Array.from({ length: annotators }, () => '');
  const counts = new Array<number>(annotators).fill(0);
  for (const [name, text] of articles) {
    const words = [...text.matchAll(/\p{L}{3,}/gu)].slice(0, wordsPerArticle * annotators);
    for (let k = 0; k < annotators; k++) {
      const mine = words.filter((_, i) => i % annotators === k).map((m) => ({ label: 'claim', start: m.index, end: m.index + m[0].length }));
      counts[k] += mine.length;
      jsonl[k] += JSON.stringify({ article: name, annotations: mine }) + '\n';
    }
  }
  return { jsonl, counts };
}

export interface TrialResult {
  expected: number;
  kept: number;
  /** Annotations each process said it imported (the last line of its report). */
  claimed: number;
  exitCodes: (number | null)[];
  stderr: string[];
}

/** Lays out `dir`/corpus (copies of the bundled articles) and one import file per annotator. */
export function layOutTrial(dir: string, annotators: number, wordsPerArticle = Infinity): number[] {
  const corpus = path.join(dir, 'corpus');
  fs.mkdirSync(corpus, { recursive: true });
  const articles = new Map<string, string>();
  for (const name of fs.readdirSync(BUNDLED_CORPUS).filter((n) => n.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(BUNDLED_CORPUS, name), 'utf8');
    fs.writeFileSync(path.join(corpus, name), text);
    articles.set(name, text);
  }
  const { jsonl, counts } = annotatorImports(articles, annotators, wordsPerArticle);
  jsonl.forEach((content, k) => fs.writeFileSync(path.join(dir, `annotator-${k}.jsonl`), content));
  return counts;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node cli …args` in `cwd`: the child (to kill it) and its end. */
export function startCli(cli: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const done = new Promise<CliRun>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(cli: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return startCli(cli, args, cwd, env).done;
}

/** Counts the annotations in the sidecars of `dir`/corpus (an invalid sidecar counts as none). */
export function annotationsKept(dir: string): number {
  const corpus = path.join(dir, 'corpus');
  let n = 0;
  for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.annotations.json'))) {
    try {
      n += (JSON.parse(fs.readFileSync(path.join(corpus, name), 'utf8')) as { annotations: unknown[] }).annotations.length;
    } catch {
      // counted as lost
    }
  }
  return n;
}

/** All annotators' imports at once, one process each, into a fresh corpus in `dir`. */
export async function concurrentImportTrial(cli: string, dir: string, annotators: number, wordsPerArticle = Infinity): Promise<TrialResult> {
  const counts = layOutTrial(dir, annotators, wordsPerArticle);
  const runs = await Promise.all(
    counts.map((_, k) => runCli(cli, ['import', '--from', 'jsonl', `annotator-${k}.jsonl`, '--into', 'corpus', '--annotator', `a${k}`], dir, { CORPUS_ANNOTATOR_CODE_CACHE: '0' })),
  );
  const claimed = runs.reduce((n, r) => n + Number(/(\d+) annotations imported/.exec(r.stdout)?.[1] ?? 0), 0);
  return { expected: counts.reduce((a, b) => a + b, 0), kept: annotationsKept(dir), claimed, exitCodes: runs.map((r) => r.code), stderr: runs.map((r) => r.stderr) };
}

/** Each sidecar of `dir`/corpus as the sorted spans it holds ("annotator label start-end"), or "invalid". */
export function sidecarStates(dir: string): Map<string, string> {
  const corpus = path.join(dir, 'corpus');
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.annotations.json'))) {
    try {
      const s = JSON.parse(fs.readFileSync(path.join(corpus, name), 'utf8')) as { annotations: { annotator?: string; label: string; target: { start: number; end: number } }[] };
      out.set(name, s.annotations.map((a) => `${a.annotator} ${a.label} ${a.target.start}-${a.target.end}`).sort().join('\n'));
    } catch {
      out.set(name, 'invalid');
    }
  }
  return out;
}

/** How the sidecars of `now` stand against the state before a run and after it completed: each must be one or the other. */
export function compareStates(now: Map<string, string>, before: Map<string, string>, after: Map<string, string>): { old: number; new: number; mixed: string[] } {
  const r = { old: 0, new: 0, mixed: [] as string[] };
  for (const name of new Set([...before.keys(), ...after.keys(), ...now.keys()])) {
    const s = now.get(name);
    if (s === after.get(name)) r.new++;
    else if (s === before.get(name)) r.old++;
    else r.mixed.push(name);
  }
  return r;
}

/** Files the writers keep beside the sidecars (locks, temporary files): hidden names. */
export function hiddenFiles(dir: string): string[] {
  return fs.readdirSync(path.join(dir, 'corpus')).filter((n) => n.startsWith('.')).sort();
}
