// Runs article analyses in a worker thread so that a corpus uses every core and the
// caller's thread (the CLI's progress, the extension host) is never blocked.
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../analyze';

export interface WorkerRequest {
  id: number;
  raw: string;
  file: string;
}
export type WorkerResponse = { id: number; analysis: ReturnType<typeof analyzeText> } | { id: number; error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    parentPort!.postMessage({ id: req.id, analysis: analyzeText(req.raw, req.file) } satisfies WorkerResponse);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).stack ?? String(e) } satisfies WorkerResponse);
  }
});
