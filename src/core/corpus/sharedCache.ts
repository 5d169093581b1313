import { cacheRoot } from '../util/cacheRoot';
import { findModelsDir } from '../util/paths';
import { DiskAnalysisCache, type AnalysisCache } from './analysisCache';
import { DiskLinkCache, type LinkCache } from './linkCache';
import { scriptBeside } from '../util/paths';
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

/**
 * The cache of corpus links that the command line and the editor share, keyed by the
 * bundle of the linking code (dist/corpus-link.js, see corpusLink.ts) and the models
 * (the linker's weights); without that bundle beside `codeDir`, by `fallback`.
 */
export function sharedLinkCache(codeDir: string, fallback: string): DiskLinkCache {
  return new DiskLinkCache(cacheRoot(), engineFingerprint([scriptBeside(codeDir, ['corpus-link.js', 'corpusLink.js']) ?? fallback], findModelsDir()));
}

/** A link cache made on first use (see lazyAnalysisCache). */
export function lazyLinkCache(make: () => LinkCache): LinkCache {
  let cache: LinkCache | undefined;
  const get = () => (cache ??= make());
  return { get: (key) => get().get(key), set: (link) => get().set(link) };
}
