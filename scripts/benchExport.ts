import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../src/core/analyze';
import { linkCorpus } from '../src/core/corpus/linkCorpus';
import { BUILTIN_SETS, exportCorpus } from '../src/core/export/exportCorpus';
import { FORMATS } from '../src/core/export/formats';
import { median } from './timing';

/**
 * `npm run bench:export`: the time to build and validate each export format for the
 * bundled corpus (analyses in memory, as in the editor; sidecars read from disk), and
 * for the corpus repeated 40 times, against a baseline measured in the same run:
 * one JSON.stringify of the analyses, the least any export has to do.
 */
const CORPUS = path.resolve(__dirname, '../../corpus');

async function time(fn: () => unknown, runs: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

async function main() {
  const names = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
  const base = names.map((n) => ({ file: path.join(CORPUS, n), text: fs.readFileSync(path.join(CORPUS, n), 'utf8') }));
  const all = BUILTIN_SETS.find((s) => s.name === 'all')!;
  for (const copies of [1, 40]) {
    const articles = Array.from({ length: copies }, () => base).flat();
    const analyses = articles.map((a) => analyzeText(a.text, a.file));
    linkCorpus(analyses);
    const texts = new Map(articles.map((a) => [a.file, a.text]));
    const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
    const runs = copies === 1 ? 7 : 3;
    const baseline = await time(() => JSON.stringify(analyses), runs);
    const first = await exportCorpus(analyses, texts, 'jsonl', all);
    console.log(`\n${articles.length} articles, ${mb.toFixed(2)} MB, ${first.annotations} annotations (set all); median of ${runs}`);
    console.log(`  baseline JSON.stringify(analyses)  ${baseline.toFixed(1)} ms`);
    for (const format of Object.keys(FORMATS)) {
      let problems = 0;
      const ms = await time(async () => {
        problems = (await exportCorpus(analyses, texts, format, all)).problems.length;
      }, runs);
      console.log(`  ${format.padEnd(13)} export + validate ${ms.toFixed(1).padStart(7)} ms   ratio ${(ms / baseline).toFixed(1).padStart(5)}${problems ? `   ${problems} PROBLEMS` : ''}`);
    }
  }
}

void main();
