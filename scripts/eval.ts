// `npm run eval`: scores the engine on the public annotated data in ../shared/eval
// (see its README for the data and the scoring rules) and prints one table.
import * as fs from 'node:fs';
import { evalDataDir, type EvalRow } from './eval/types';

const SUITES: { name: string; module: string }[] = [
  { name: 'CoNLL-2003 eng.testa (entities)', module: './eval/conll' },
  { name: 'PolNeAR dev (quotations)', module: './eval/quotes' },
  { name: 'NewsQuant + Recognizers-Text dev (numbers)', module: './eval/numbers' },
  { name: 'Claims dev, CLEF 2019 check-worthiness, bundled corpus (claims)', module: './eval/claims' },
];

async function main() {
  const dir = evalDataDir();
  if (!fs.existsSync(dir)) {
    console.log(`eval: no evaluation data at ${dir}; skipping (set CORPUS_ANNOTATOR_EVAL_DIR to point elsewhere).`);
    return;
  }
  const rows: EvalRow[] = [];
  for (const suite of SUITES) {
    const started = Date.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each suite is loaded when its turn comes
    const mod = require(suite.module) as { run(dir: string): Promise<EvalRow[] | null> };
    const got = await mod.run(dir);
    if (got === null) console.log(`${suite.name}: data absent, skipped`);
    else rows.push(...got);
    console.error(`${suite.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  printTable(rows);
  const targeted = rows.filter((r) => r.target !== undefined);
  const met = targeted.filter((r) => r.value >= r.target!);
  console.log(`\n${met.length} of ${targeted.length} figures with a target meet it.`);
}

function printTable(rows: EvalRow[]) {
  const cells = rows.map((r) => [r.dataset, r.metric, r.value.toFixed(3), r.target === undefined ? '' : (r.value >= r.target ? '≥ ' : '< ') + r.target.toFixed(2), r.note ?? '']);
  const head = ['dataset', 'metric', 'value', 'target', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const fmt = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  console.log(fmt(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(fmt(c));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
