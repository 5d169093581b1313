import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILT_CLI, concurrentImportTrial } from '../test/unit/cli/importTrials';

/**
 * `npm run bench:concurrent-imports [-- --cli path/to/cli.js --trials N --annotators 2,3,4]`:
 * N annotators import into one corpus at once, each as its own process, and this
 * prints how many annotations each trial kept against how many were imported. Any
 * loss is the bug of issue 28; `--cli` runs another build (an older one, to compare).
 */
async function main() {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const cli = path.resolve(arg('cli', BUILT_CLI));
  const trials = Number(arg('trials', '5'));
  const annotatorCounts = arg('annotators', '2,3,4').split(',').map(Number);
  let totalLost = 0;
  let runs = 0;
  for (const annotators of annotatorCounts) {
    const lost: number[] = [];
    for (let t = 0; t < trials; t++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-concurrent-'));
      try {
        const r = await concurrentImportTrial(cli, dir, annotators);
        lost.push(r.expected - r.kept);
        runs++;
        console.log(`${annotators} at once, trial ${t + 1}: ${r.kept} of ${r.expected} kept (${r.expected - r.kept} lost), processes said ${r.claimed} imported, exit ${r.exitCodes.join(' ')}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    totalLost += lost.reduce((a, b) => a + b, 0);
    console.log(`${annotators} at once: ${lost.filter((x) => x > 0).length} of ${trials} trials lost annotations (${lost.join(', ')})`);
  }
  console.log(`${runs} trials, ${totalLost} annotations lost in all (${cli})`);
}

void main();
