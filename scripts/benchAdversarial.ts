// `npm run bench:adversarial [-- SIZE_KIB]`: seconds per MiB of analysis over texts built
// to be slow (test/unit/core/adversarialTexts.ts), against news prose of the same size
// analysed in the same run, so the ratio holds on any machine. Each text is analysed in a
// process of its own, with a time limit, so one that has gone quadratic is reported, not
// waited for. Times are the process's CPU time, which other work on a shared machine
// does not stretch as it does the clock's.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { analyzeText } from '../src/core/analyze';
import { ADVERSARIAL_FAMILIES, proseOfLength, repeatToLength } from '../test/unit/core/adversarialTexts';
import { repoRoot } from './eval/types';
import { median } from './timing';

const LIMIT_SECONDS = 120;
const PROSE = -1;

function textFor(family: number, length: number): string {
  if (family === PROSE) return proseOfLength(path.join(repoRoot(), 'corpus'), length);
  return repeatToLength(ADVERSARIAL_FAMILIES[family].piece, length);
}

/** In the child: one warm-up article, then the text; prints its size and milliseconds as JSON. */
function measureOne(family: number, length: number, runs: number) {
  analyzeText(proseOfLength(path.join(repoRoot(), 'corpus'), 20_000, 2), 'warm-up.txt');
  const text = textFor(family, length);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    analyzeText(text, 'adversarial.txt');
    const used = process.cpuUsage(before);
    ms.push((used.user + used.system) / 1000);
  }
  process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), ms: median(ms) }));
}

function inChild(family: number, length: number, runs: number): { bytes: number; ms: number } | null {
  const r = spawnSync(process.execPath, [__filename, '--one', String(family), String(length), String(runs)], { encoding: 'utf8', timeout: LIMIT_SECONDS * 1000 });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout) as { bytes: number; ms: number };
}

function main() {
  const kib = Number(process.argv[2] ?? 1024);
  const length = Math.round(kib * 1024);
  const perMiB = (m: { bytes: number; ms: number }) => m.ms / 1000 / (m.bytes / 1048576);
  const prose = inChild(PROSE, length, 3);
  if (!prose) throw new Error('the prose baseline did not finish');
  const base = perMiB(prose);
  console.log(`texts of ${kib} KiB (UTF-16 code units); CPU seconds per MiB of UTF-8; each in a fresh process, limit ${LIMIT_SECONDS} s`);
  console.log(`${'news prose (baseline), median of 3'.padEnd(42)}${base.toFixed(3).padStart(8)} s/MiB`);
  let worst = { name: '', perMiB: 0 };
  for (let f = 0; f < ADVERSARIAL_FAMILIES.length; f++) {
    const name = ADVERSARIAL_FAMILIES[f].name;
    const m = inChild(f, length, 1);
    if (!m) {
      console.log(`${name.padEnd(42)}  > ${LIMIT_SECONDS} s (stopped)`);
      worst = { name, perMiB: Infinity };
      continue;
    }
    const s = perMiB(m);
    console.log(`${name.padEnd(42)}${s.toFixed(3).padStart(8)} s/MiB  ×${(s / base).toFixed(2)} prose`);
    if (s > worst.perMiB) worst = { name, perMiB: s };
  }
  console.log(`worst: ${worst.name}, ${worst.perMiB.toFixed(3)} s/MiB = ×${(worst.perMiB / base).toFixed(2)} prose`);
}

if (process.argv[2] === '--one') measureOne(Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5]));
else main();
