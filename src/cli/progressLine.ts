import * as path from 'node:path';
import type { CorpusProgress } from '../core/corpus/analyzeCorpus';
import { controlFreeLine } from '../core/text/untrusted';

/** Progress on stderr, shown only once a run has taken more than a second. */
export class ProgressLine {
  private readonly started = Date.now();
  private shown = false;
  private lastLine = 0;
  constructor(private readonly out: NodeJS.WriteStream) {}
  update(p: CorpusProgress) {
    const now = Date.now();
    if (now - this.started < 1000 || p.done === p.total) return;
    if (this.out.isTTY) {
      this.out.write(`\ranalysing ${p.done}/${p.total} ${controlFreeLine(path.basename(p.file))}\x1b[K`);
      this.shown = true;
    } else if (now - this.lastLine > 2000) {
      this.out.write(`analysing ${p.done}/${p.total}\n`);
      this.lastLine = now;
    }
  }
  done() {
    if (this.shown) this.out.write('\r\x1b[K');
  }
}
