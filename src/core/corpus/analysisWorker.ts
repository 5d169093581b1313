// Runs article analyses in a worker thread so that a corpus uses every core and the
// caller's thread (the CLI's progress, the extension host) is never blocked.
import { parentPort } from 'node:worker_threads';
import { analyzeBatch } from '../analyze';
import { defaultTagger } from '../extract/entities/model';
import type { ArticleAnalysis } from '../types';

export interface WorkerJob {
  id: number;
  raw: string;
  file: string;
  /** The text's sha256, when the caller has it already. */
  sha?: string;
}
/** Articles travel in batches: one message per batch, not per article. */
export interface WorkerRequest {
  jobs: WorkerJob[];
}
export type WorkerResult = { id: number; analysis: ArticleAnalysis } | { id: number; error: string };
export interface WorkerResponse {
  results: WorkerResult[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  // The batch goes through the engine stage by stage (see analyzeBatch).
  const analysed = analyzeBatch(req.jobs);
  const results: WorkerResult[] = req.jobs.map((job, i) => {
    const a = analysed[i];
    return a instanceof Error ? { id: job.id, error: a.stack ?? a.message } : { id: job.id, analysis: a };
  });
  parentPort!.postMessage({ results } satisfies WorkerResponse);
});

// Load the entity model now, while the caller is still reading articles, rather than
// inside the first analysis.
if (parentPort) defaultTagger();
