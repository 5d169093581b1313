import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** Set to `0` to load the command line without V8's code cache. */
export const CODE_CACHE_ENV = 'CORPUS_ANNOTATOR_CODE_CACHE';

export interface CachedModule {
  exports: unknown;
  /** Whether V8 accepted compiled code from an earlier run. */
  fromCache: boolean;
  /** Writes the code compiled so far for the next run, when this run had none; never throws. */
  save(): void;
}

/**
 * Loads a CommonJS bundle as `require` would, with V8's compiled code kept in
 * `cacheDir` between runs (what `module.enableCompileCache` does from Node 22 on).
 * A fresh process otherwise parses and compiles the engine's functions again every
 * time. The cache is written after the run, so it also holds the functions compiled
 * lazily while analysing. V8 checks the data against the source, its version and its
 * flags, and compiles afresh when they differ; the file name also carries a hash of
 * the source and the Node version, and older files of the same bundle are removed
 * (V8 checks its flags itself: a run with other flags compiles afresh).
 */
export function requireWithCodeCache(file: string, cacheDir: string): CachedModule {
  const source = fs.readFileSync(file, 'utf8');
  const key = createHash('sha256').update(source).update(`${process.version} ${process.arch}`).digest('hex').slice(0, 16);
  const base = path.basename(file, '.js');
  const cacheFile = path.join(cacheDir, `${base}-${key}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // the first run with this build
  }
  // Module.wrap as require does; a `#!` line is dropped but keeps its line, so stack traces point at the file's lines.
  const script = new vm.Script(Module.wrap(source.replace(/^#!.*/, '')), { filename: file, cachedData });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const mod = new Module(file, module);
  mod.filename = file;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return {
    exports: mod.exports,
    fromCache,
    save() {
      if (fromCache) return;
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        for (const old of fs.readdirSync(cacheDir)) if (old.startsWith(`${base}-`) && old.endsWith('.v8') && old !== path.basename(cacheFile)) fs.rmSync(path.join(cacheDir, old), { force: true });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // A read-only or full disk: the next run compiles again, nothing else is lost.
      }
    },
  };
}
