import { spawnSync } from 'node:child_process';
import * as os from 'node:os';

/**
 * Node gives V8 a pool of 4 helper threads (optimising compiler, garbage collector)
 * whatever the machine. With fewer spare cores than that they preempt the thread
 * that analyses, most while the engine is still being compiled: on 2 cores, a cold
 * pass over the 1.2 MiB generated corpus took 1,637 ms with the default pool and
 * 1,388 ms with one helper (means of 6 alternating runs). `--v8-pool-size=0` lets
 * Node size the pool from the cores (one fewer than them, at least one). The pool is
 * fixed when Node starts: the built `dist/cli.js` (the installed `corpus-annotator`)
 * passes the flag on its `#!` line, and a run started some other way (`node
 * dist/cli.js`, or where `#!` lines are not read) starts the command line again with
 * it for a large analysis, which costs a second Node's start (about 100 ms).
 */
export const POOL_FLAG = '--v8-pool-size=0';
/**
 * V8 flags, beside POOL_FLAG, of the Node that runs a large analysis. Both trade a
 * heuristic meant for pages, which run most code once, for one that suits a batch.
 *
 * - `--no-regexp-tier-up`: V8 compiles a regular expression to bytecode first and
 *   again to machine code once it has run. An analysis runs most of the engine's
 *   400-odd expressions thousands of times, and one with a `\p{…}` class costs
 *   0.1–0.5 ms per compilation, so each is compiled once, to machine code. Over the
 *   1.2 MiB generated corpus under callgrind, single-threaded: 240 M fewer
 *   instructions outside the optimising compiler (2.8%); cold runs, two sets of 20
 *   and 30 alternating rounds: medians 20 and 50 ms shorter.
 * - `--no-allocation-site-pretenuring`: once objects from one allocation site have
 *   survived a few collections, V8 allocates the site's later objects in the old
 *   generation, and throws away the optimised code that allocates there, which is
 *   recompiled. Mid-run, that recompiled 14 of the engine's hottest functions
 *   (fastTokenize, wordInfo, QuoteExtractor …): with the flag, code-dependency
 *   deoptimisations 18 → 4, compilations 216 → 197. Three sets of 16–20 alternating
 *   cold runs: medians 20, 50 and 70 ms shorter, CPU 0.10–0.15 s less, peak memory
 *   153 → 134 MB.
 *
 * The built `dist/cli.js` passes them on its `#!` line too.
 */
export const ANALYSIS_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up', '--no-allocation-site-pretenuring'];
/** Set in the process started with POOL_FLAG, so that it never starts another. */
export const POOL_ENV = 'CORPUS_ANNOTATOR_V8_POOL';
const NODE_DEFAULT_POOL = 4;
/** Below this much input, analysis is over before the pool matters, and a second start (about 40 ms) would cost more than it saves. */
export const POOL_MIN_BYTES = 512 * 1024;
const ANALYSING_COMMANDS = new Set(['analyze', 'claims', 'export']);

export interface PoolContext {
  command: string | undefined;
  inputBytes: number;
  cores: number;
  env: NodeJS.ProcessEnv;
  execArgv: readonly string[];
}

/** Whether a large input would make this run start again: an analysing command, a small machine, no pool chosen yet. */
export function corePoolCouldHelp(c: Omit<PoolContext, 'inputBytes'>): boolean {
  if (c.env[POOL_ENV] !== undefined) return false;
  if ([...c.execArgv, ...(c.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--v8-pool-size'))) return false;
  if (c.cores - 1 >= NODE_DEFAULT_POOL) return false;
  return c.command !== undefined && ANALYSING_COMMANDS.has(c.command);
}

/** Whether this run should start again with a helper pool sized from the cores. */
export function wantsCorePool(c: PoolContext): boolean {
  return c.inputBytes >= POOL_MIN_BYTES && corePoolCouldHelp(c);
}

/**
 * Variables the Node that runs the command line starts without. Node reads the
 * certificates NODE_EXTRA_CA_CERTS names (and builds its root store) as it starts,
 * whether or not anything makes a TLS connection; the command line makes none. Where
 * it is set, as on this machine, that took 32 ms of every Node start (`node -e 0`: 56
 * ms against 24, medians of 6). Only the Node started again drops it: the `#!` line of
 * `dist/cli.js` cannot (see esbuild.js).
 */
export const ANALYSIS_ENV_DROPPED = ['NODE_EXTRA_CA_CERTS'];

/** The environment of the Node started again with POOL_FLAG. */
export function corePoolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, [POOL_ENV]: '0' };
  for (const name of ANALYSIS_ENV_DROPPED) delete out[name];
  return out;
}

/** Runs `script args` in a new Node with POOL_FLAG and ANALYSIS_V8_FLAGS, sharing this terminal; its exit status, or null when it could not start. */
export function runWithCorePool(script: string, args: string[]): number | null {
  const flags = [POOL_FLAG, ...ANALYSIS_V8_FLAGS].filter((f) => !process.execArgv.includes(f));
  const r = spawnSync(process.execPath, [...process.execArgv, ...flags, script, ...args], {
    stdio: 'inherit',
    env: corePoolEnv(process.env),
  });
  if (r.error) return null;
  if (r.signal) return 128 + (os.constants.signals[r.signal] ?? 0);
  return r.status ?? 1;
}
