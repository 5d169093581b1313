import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { ArticleAnalysis } from '../types';

/** What is cached for one article text: its analysis without the file name. */
export type CachedAnalysis = Omit<ArticleAnalysis, 'file'>;

/**
 * Cache entries to read at once. Read all at once, 2,000 entries (156 MB of JSON, twice that
 * as strings) were in memory together before the first was parsed, and the extension host
 * kept that peak as RSS; a few at a time keep the disk busy all the same.
 */
export const CACHE_READS = 8;

export interface AnalysisCache {
  get(sha256: string): Promise<CachedAnalysis | undefined>;
  set(sha256: string, analysis: CachedAnalysis): Promise<void>;
}

export class MemoryAnalysisCache implements AnalysisCache {
  private readonly entries = new Map<string, CachedAnalysis>();
  async get(sha: string) {
    return this.entries.get(sha);
  }
  async set(sha: string, a: CachedAnalysis) {
    this.entries.set(sha, a);
  }
}

/**
 * Analyses on disk, keyed by the article's sha256 under a folder named after the engine
 * fingerprint, so a new engine never reads an old engine's results. A damaged entry is
 * a miss, never an error: the cache only saves time.
 */
export class DiskAnalysisCache implements AnalysisCache {
  private readonly dir: string;
  constructor(root: string, engineFingerprint: string) {
    this.dir = path.join(root, engineFingerprint.slice(0, 16));
  }
  private file(sha: string) {
    return path.join(this.dir, sha.slice(0, 2), sha + '.json');
  }
  async get(sha: string): Promise<CachedAnalysis | undefined> {
    try {
      const parsed = JSON.parse(await fsp.readFile(this.file(sha), 'utf8')) as unknown;
      return wellFormed(parsed, sha) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  async set(sha: string, a: CachedAnalysis): Promise<void> {
    const target = this.file(sha);
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    try {
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await fsp.writeFile(tmp, JSON.stringify(a));
      await fsp.rename(tmp, target);
    } catch {
      // A read-only or full disk only costs the next run some time; a part-written
      // temporary file would keep the disk full.
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}

/**
 * Whether a cache entry has the shape of an analysis of `sha`: an entry cut short,
 * edited by hand or left by another version is a miss, not a crash of every command.
 */
function wellFormed(x: unknown, sha: string): x is CachedAnalysis {
  if (!isObject(x) || x.sha256 !== sha || !isObject(x.meta) || typeof x.meta.title !== 'string' || !isObject(x.structure)) return false;
  const spansOk = (list: unknown) => Array.isArray(list) && list.every((s) => isObject(s) && typeof s.start === 'number' && typeof s.end === 'number');
  const s = x.structure;
  return spansOk(x.entities) && spansOk(x.numbers) && spansOk(x.quotes) && spansOk(x.claims) && Array.isArray(s.paragraphs) && Array.isArray(s.sentences) && Array.isArray(s.entries);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
