// Runs article analyses in a worker thread so that a corpus uses every core and the
// caller's thread (the CLI's progress, the extension host) is never blocked.
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../analyze';
import { defaultTagger } from '../extract/entities/model';

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
export type WorkerResult = { id: number; analysis: ReturnType<typeof analyzeText> } | { id: number; error: string };
export interface WorkerResponse {
  results: WorkerResult[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results: WorkerResult[] = req.jobs.map((job) => {
    try {
      return { id: job.id, analysis: analyzeText(job.raw, job.file, job.sha) };
    } catch (e) {
      return { id: job.id, error: (e as Error).stack ?? String(e) };
    }
  });
  parentPort!.postMessage({ results } satisfies WorkerResponse);
});

// Load the entity model now, while the caller is still reading articles, rather than
// inside the first analysis.
if (parentPort) defaultTagger();
