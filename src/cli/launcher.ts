// The `corpus-annotator` command: runs the command line here, or, for a large
// analysis on a machine with few cores, in a new Node whose V8 helper pool fits the
// machine (see v8Pool.ts). Kept apart from main.ts so that deciding costs almost
// nothing: the engine is loaded only by the process that runs it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectArticles } from '../core/corpus/collectArticles';
import { scriptBeside } from '../core/util/paths';
import { corePoolCouldHelp, runWithCorePool, wantsCorePool } from './v8Pool';
import { cacheRoot } from './cacheRoot';
import { CODE_CACHE_ENV, requireWithCodeCache } from './codeCache';

/** main.ts beside this file: `cli-main.js` in the bundle, `main.js` from tsc. */
function mainScript(): string {
  return scriptBeside(__dirname, ['cli-main.js']) ?? path.join(__dirname, 'main.js');
}

/** Bytes of the articles named by the arguments that are paths (flags and their values are skipped or simply not found). */
async function inputBytes(args: string[]): Promise<number> {
  try {
    const { files } = await collectArticles(args.slice(1).filter((a) => !a.startsWith('-')));
    const sizes = await Promise.all(files.map((f) => fs.promises.stat(f).then((s) => s.size, () => 0)));
    return sizes.reduce((a, b) => a + b, 0);
  } catch {
    return 0; // an unreadable folder: main.ts reports it
  }
}

async function launch(args: string[]): Promise<void> {
  const script = mainScript();
  const context = { command: args[0], cores: os.availableParallelism(), env: process.env, execArgv: process.execArgv };
  // The inputs are measured only when nothing else rules the new start out.
  if (corePoolCouldHelp(context) && wantsCorePool({ ...context, inputBytes: await inputBytes(args) })) {
    // The new Node runs this launcher again, which then loads main.ts through the code cache.
    const status = runWithCorePool(__filename, args);
    if (status !== null) {
      process.exitCode = status;
      return;
    }
  }
  loadMain(script).runAsProcess(args);
}

/**
 * main.ts with V8's compiled code from earlier runs (codeCache.ts): a cold run over
 * the 1.2 MiB generated corpus spends about 50 ms parsing and compiling the engine.
 */
function loadMain(script: string): typeof import('./main') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by path at run time, on purpose (see above)
  if (process.env[CODE_CACHE_ENV] === '0') return require(script) as typeof import('./main');
  const loaded = requireWithCodeCache(script, path.join(cacheRoot(), 'code'));
  process.once('beforeExit', () => loaded.save());
  return loaded.exports as typeof import('./main');
}

void launch(process.argv.slice(2));
