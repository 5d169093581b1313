import { cacheRoot } from '../util/cacheRoot';
import { findModelsDir } from '../util/paths';
import { DiskAnalysisCache, type AnalysisCache } from './analysisCache';
import { engineFingerprint } from './engineFingerprint';
import { findWorkerScript } from './workerPool';

/**
 * The content-hash cache of analyses that the command line and the editor share, so a
 * corpus analysed by either is warm for the other. It is keyed by the analysis worker's
 * bundle (both run that engine; it is rebuilt with every change to it) and the models;
 * without a bundle beside `codeDir` (tsc's output), by `fallback`, the running file.
 */
export function sharedAnalysisCache(codeDir: string, fallback: string): DiskAnalysisCache {
  return new DiskAnalysisCache(cacheRoot(), engineFingerprint([findWorkerScript(codeDir) ?? fallback], findModelsDir()));
}

/** A cache made on first use: the fingerprint reads the engine's bundle, which the editor's activation need not wait for. */
export function lazyAnalysisCache(make: () => AnalysisCache): AnalysisCache {
  let cache: AnalysisCache | undefined;
  const get = () => (cache ??= make());
  return { get: (sha) => get().get(sha), set: (sha, a) => get().set(sha, a) };
}
