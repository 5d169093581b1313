// One first pass of analyzeCorpus over a folder, in a fresh process (npm run bench
// runs it several times and prints the median): `node benchCorpusPass.js <dir> <warm>`.
// With warm = 1 the engine first analyses 004 fifteen times, as the in-process
// bench line does; with 0 it starts cold, as the command line does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../src/core/analyze';
import { MemoryAnalysisCache } from '../src/core/corpus/analysisCache';
import { analyzeCorpus } from '../src/core/corpus/analyzeCorpus';
import { repoRoot } from './eval/types';

async function main() {
  const [dir, warm] = process.argv.slice(2);
  if (warm === '1') {
    const file = path.join(repoRoot(), 'corpus', '004-live-russia-failing-to-punch-through.txt');
    const text = fs.readFileSync(file, 'utf8');
    for (let i = 0; i < 15; i++) analyzeText(text, file);
  }
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  const t = performance.now();
  await analyzeCorpus(files, { cache: new MemoryAnalysisCache() });
  process.stdout.write(JSON.stringify({ ms: performance.now() - t }) + '\n');
}

void main();
