// The command line's cache folder is the editor's too (src/core/util/cacheRoot.ts).
export { cacheRoot } from '../core/util/cacheRoot';
