// The compromise baseline of `npm run bench`, in a process of its own, so that neither
// library's heap and compiler queue slow the other's timings down:
// `node benchCompromise.js <article> [corpus dir]` prints JSON with the median of 5
// nlp(article) parses after one warm-up, and one nlp() of the whole corpus when given.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { median, time } from './timing';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlp = require('compromise') as (t: string) => unknown;

const [article, dir] = process.argv.slice(2);
const text = fs.readFileSync(article, 'utf8');
time(() => nlp(text));
const runs = Array.from({ length: 5 }, () => time(() => nlp(text)));
let whole: number | null = null;
if (dir) {
  const all = fs
    .readdirSync(dir)
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n\n');
  whole = time(() => nlp(all));
}
process.stdout.write(JSON.stringify({ articleMedian: median(runs), whole }) + '\n');
