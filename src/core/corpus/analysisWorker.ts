// Runs article analyses in a worker thread so that a corpus uses every core and the
// caller's thread (the CLI's progress, the extension host) is never blocked.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeBatch } from '../analyze';
import { defaultTagger } from '../extract/entities/model';
import type { ArticleAnalysis } from '../types';

/** What a worker is started with. */
export interface AnalysisWorkerData {
  /** How much nicer than its process this worker's thread runs (Linux: a thread's id is a priority target of its own). */
  nice?: number;
}

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

const nice = (workerData as AnalysisWorkerData | undefined)?.nice;
if (parentPort && nice !== undefined) {
  try {
    // /proc/thread-self links to <pid>/task/<this thread's id>.
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(thread, Math.min(19, getPriority(thread) + nice));
  } catch {
    // Not Linux, or not allowed: the worker runs at its process's priority.
  }
}

// Load the entity model now, while the caller is still reading articles, rather than
// inside the first analysis.
if (parentPort) defaultTagger();
