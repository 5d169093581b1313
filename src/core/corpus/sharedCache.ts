import { cacheRoot } from '../util/cacheRoot';
import { findModelsDir } from '../util/paths';
import { DiskAnalysisCache } from './analysisCache';
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
