import * as path from 'node:path';
import type { CorpusProgress } from '../core/corpus/analyzeCorpus';
import { controlFreeLine } from '../core/text/untrusted';

/** Where a line goes: stderr, or a test's stand-in. */
export interface ProgressOutput {
  isTTY?: boolean;
  write(s: string): unknown;
}

const QUIET_MS = 1000;
const LOG_EVERY_MS = 5000;
const LOG_STEPS = 10;

/**
 * Progress on stderr, shown only once a run has taken more than a second. On a
 * terminal, one line rewritten in place; in a log (CI, a pipe), a line at each tenth
 * of the way (at most one a second) and at least every five seconds while something
 * moves, each with the
 * share done and the time taken, and a closing line, so a log says how far a run got.
 */
export class ProgressLine {
  private readonly started: number;
  private shown = false;
  private lastLine = 0;
  private nextStep = 1;
  private last: CorpusProgress | undefined;
  constructor(
    private readonly out: ProgressOutput,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.lastLine = this.started;
  }

  update(p: CorpusProgress) {
    this.last = p;
    const t = this.now();
    if (t - this.started < QUIET_MS || p.done === p.total) return;
    if (this.out.isTTY) {
      this.out.write(`\ranalysing ${p.done}/${p.total} ${controlFreeLine(path.basename(p.file))}\x1b[K`);
      this.shown = true;
      return;
    }
    const step = Math.floor((p.done / p.total) * LOG_STEPS);
    // Results arrive in bursts (a batch, a worker): one line a second at most.
    const due = t - this.lastLine >= LOG_EVERY_MS || (step >= this.nextStep && t - this.lastLine >= QUIET_MS);
    if (!due) return;
    this.nextStep = step + 1;
    this.lastLine = t;
    this.shown = true;
    this.out.write(`analysing ${p.done}/${p.total} articles (${Math.floor((p.done / p.total) * 100)} %), ${seconds(t - this.started)}\n`);
  }

  done() {
    if (!this.shown) return;
    if (this.out.isTTY) this.out.write('\r\x1b[K');
    else if (this.last) this.out.write(`analysed ${this.last.total} articles in ${seconds(this.now() - this.started)}\n`);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
