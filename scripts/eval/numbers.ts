// Scores the number extractor on the dev third of NewsQuant and of the Microsoft
// Recognizers-Text English specs (../shared/eval/numbers; see its README and SOURCE.txt).
//
// NewsQuant has no offsets: in each sentence the numbers we find are paired one-to-one
// with the gold quantities by exact value (a gold range "a-b" matches a number equal to
// either end; a range we find matches by either of its ends), as a maximum matching.
// Dates, times, years and ordinals are not annotated there and are left out.
// Recognizers-Text: `End` is inclusive; a gold result is found when one of our numbers
// overlaps it, and right when one of the overlapping numbers has the gold value (a gold
// range is compared by its low end, or its only end). Precision counts our numbers that
// overlap no gold result as wrong; in the files for one kind (CurrencyModel, DimensionModel…)
// only our numbers of that kind count, since the other numbers there are not annotated.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractNumbers } from '../../src/core/extract/numbers';
import type { ArticleStructure, NumberMention } from '../../src/core/types';
import { prf, type EvalRow } from './types';

const EMPTY: ArticleStructure = { meta: { title: '', date: null, byline: null }, paragraphs: [], sentences: [], entries: [] };
const NOT_IN_NEWSQUANT = new Set(['date', 'time', 'year', 'ordinal']);

interface NQItem {
  text: string;
  quantities: { change: string; value: string; unit: string }[];
}

interface RTCase {
  Input: string;
  Results: { Text: string; TypeName: string; Resolution?: { value?: string | null } | null; Start: number; End: number }[];
}

const eq = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** "6.0" → [6]; "252.0-287.0" → [252, 287]; "-5.0" → [-5]; "0-62.0" → [0, 62]. */
export function goldValues(v: string): number[] {
  const s = v.trim();
  const range = /^(-?\d*\.?\d+(?:[eE][+-]?\d+)?)-(-?\d*\.?\d+(?:[eE][+-]?\d+)?)$/.exec(s);
  if (range) return [parseFloat(range[1]), parseFloat(range[2])];
  const n = parseFloat(s);
  return Number.isFinite(n) ? [n] : [];
}

function mentionValues(m: NumberMention): number[] {
  const out: number[] = [];
  if (m.value !== null) out.push(m.value);
  if (m.high !== undefined) out.push(m.high);
  return out;
}

/** Size of a maximum one-to-one matching (Kuhn's algorithm; the sets are small). */
function maxMatching(nLeft: number, nRight: number, ok: (l: number, r: number) => boolean): { size: number; pairs: [number, number][] } {
  const matchR = new Array<number>(nRight).fill(-1);
  const tryL = (l: number, seen: boolean[]): boolean => {
    for (let r = 0; r < nRight; r++) {
      if (seen[r] || !ok(l, r)) continue;
      seen[r] = true;
      if (matchR[r] === -1 || tryL(matchR[r], seen)) { matchR[r] = l; return true; }
    }
    return false;
  };
  let size = 0;
  for (let l = 0; l < nLeft; l++) if (tryL(l, new Array<boolean>(nRight).fill(false))) size++;
  const pairs: [number, number][] = [];
  matchR.forEach((l, r) => { if (l >= 0) pairs.push([l, r]); });
  return { size, pairs };
}

export function scoreNewsQuant(items: NQItem[], verbose = false): { tp: number; fp: number; fn: number; approxRight: number; approxTotal: number } {
  let tp = 0, fp = 0, fn = 0, approxRight = 0, approxTotal = 0;
  for (const item of items) {
    const found = extractNumbers(item.text, EMPTY).filter((m) => !NOT_IN_NEWSQUANT.has(m.kind) && !m.malformed);
    const gold = item.quantities.map((q) => ({ q, values: goldValues(q.value) }));
    const { size, pairs } = maxMatching(gold.length, found.length, (g, f) =>
      gold[g].values.some((gv) => mentionValues(found[f]).some((fv) => eq(gv, fv))));
    tp += size;
    fp += found.length - size;
    fn += gold.length - size;
    for (const [g, f] of pairs) {
      approxTotal++;
      const goldApprox = gold[g].q.change === '~' || gold[g].q.change === '>' || gold[g].q.change === '<';
      if (goldApprox === found[f].approx) approxRight++;
    }
    if (verbose && (size < gold.length || size < found.length)) {
      const used = new Set(pairs.map((p) => p[1]));
      const usedG = new Set(pairs.map((p) => p[0]));
      console.log('\n' + item.text);
      gold.forEach((g, i) => { if (!usedG.has(i)) console.log('   MISS', g.q.value, g.q.unit); });
      found.forEach((m, i) => { if (!used.has(i)) console.log('   EXTRA', m.text, m.kind, m.value, m.high ?? ''); });
    }
  }
  return { tp, fp, fn, approxRight, approxTotal };
}

/** Numeric gold value of a Recognizers-Text result: "192", "100%", "[10,15)", "(,500]", "1E-12". */
export function rtGoldValue(v: string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const s = v.trim();
  const range = /^[[(]\s*([^,]*)\s*,\s*([^\])]*)\s*[\])]$/.exec(s);
  if (range) {
    const lo = range[1] ? parseFloat(range[1]) : NaN;
    const hi = range[2] ? parseFloat(range[2]) : NaN;
    if (Number.isFinite(lo)) return lo;
    return Number.isFinite(hi) ? hi : null;
  }
  const n = parseFloat(s.replace(/%$/, ''));
  return /^[-+]?[\d.]+(?:[eE][-+]?\d+)?%?$/.test(s) && Number.isFinite(n) ? n : null;
}

/** Our kinds that each spec file annotates (for precision); absent: every kind. */
const SPEC_KINDS: Record<string, string[]> = {
  CurrencyModel: ['money'],
  DimensionModel: ['measure'],
  TemperatureModel: ['measure'],
  AgeModel: ['duration'],
  PercentModel: ['percent'],
  OrdinalModel: ['ordinal'],
};

export function scoreRecognizers(cases: RTCase[], verbose = false, kinds?: string[]) {
  let gold = 0, found = 0, right = 0, valued = 0, preds = 0, predsOk = 0;
  for (const c of cases) {
    const ms = extractNumbers(c.Input, EMPTY);
    const spans = c.Results.map((r) => [r.Start, r.End + 1] as const);
    for (const m of ms) {
      if (kinds && !kinds.includes(m.kind)) continue;
      preds++;
      if (spans.some(([s, e]) => m.start < e && s < m.end)) predsOk++;
    }
    for (const r of c.Results) {
      gold++;
      const over = ms.filter((m) => m.start < r.End + 1 && r.Start < m.end);
      if (over.length) found++;
      const gv = rtGoldValue(r.Resolution?.value);
      if (gv === null) continue;
      valued++;
      const ok = over.some((m) => (m.value !== null && eq(m.value, gv)) || (m.high !== undefined && eq(m.high, gv)));
      if (ok) right++;
      else if (verbose) console.log(`  ${JSON.stringify(c.Input.slice(0, 90))} gold ${r.Text}=${r.Resolution?.value} got ${over.map((m) => `${m.text}=${m.value}`).join('; ') || '-'}`);
    }
  }
  return { gold, found, right, valued, preds, predsOk };
}

export async function run(evalDir: string): Promise<EvalRow[] | null> {
  const dir = path.join(evalDir, 'numbers');
  const nqFile = path.join(dir, 'newsquant', 'NewsQuant.json');
  const rtDir = path.join(dir, 'recognizers-text');
  if (!fs.existsSync(nqFile) && !fs.existsSync(rtDir)) return null;
  const rows: EvalRow[] = [];
  const verbose = process.env.NUMBERS_EVAL_VERBOSE === '1';
  if (fs.existsSync(nqFile)) {
    const items = JSON.parse(fs.readFileSync(nqFile, 'utf8')) as NQItem[];
    const s = scoreNewsQuant(items, verbose);
    const { p, r, f1 } = prf(s.tp, s.fp, s.fn);
    const ds = `NewsQuant dev (${items.length} sentences)`;
    rows.push({ dataset: ds, metric: 'value F1', value: f1, target: 0.85, note: `P ${p.toFixed(3)} R ${r.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})` });
    rows.push({ dataset: ds, metric: 'approx agrees (matched)', value: s.approxTotal ? s.approxRight / s.approxTotal : 0, note: `${s.approxRight}/${s.approxTotal}; gold ~ > < vs approx` });
  }
  if (fs.existsSync(rtDir)) {
    let G = 0, F = 0, R = 0, V = 0, P = 0, PO = 0;
    for (const sub of ['Number', 'NumberWithUnit']) {
      const d = path.join(rtDir, sub, 'English');
      if (!fs.existsSync(d)) continue;
      for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.json')).sort()) {
        const cases = JSON.parse(fs.readFileSync(path.join(d, f), 'utf8')) as RTCase[];
        if (verbose) console.log(`\n== ${f}`);
        const s = scoreRecognizers(cases, verbose, SPEC_KINDS[f.replace(/\.json$/, '')]);
        G += s.gold; F += s.found; R += s.right; V += s.valued; P += s.preds; PO += s.predsOk;
        const rec = s.gold ? s.found / s.gold : 0;
        const prec = s.preds ? s.predsOk / s.preds : 0;
        const f1 = rec + prec ? (2 * rec * prec) / (rec + prec) : 0;
        const name = `Recognizers-Text ${f.replace(/\.json$/, '')}`;
        rows.push({ dataset: name, metric: 'found F1', value: f1, note: `recall ${rec.toFixed(3)} (${s.found}/${s.gold}), precision ${prec.toFixed(3)} (${s.predsOk}/${s.preds})` });
        rows.push({ dataset: name, metric: 'value right', value: s.valued ? s.right / s.valued : 0, note: `${s.right}/${s.valued} gold results with a numeric value` });
      }
    }
    const rec = G ? F / G : 0, prec = P ? PO / P : 0;
    rows.push({ dataset: 'Recognizers-Text all', metric: 'found F1', value: rec + prec ? (2 * rec * prec) / (rec + prec) : 0, note: `recall ${rec.toFixed(3)}, precision ${prec.toFixed(3)}` });
    rows.push({ dataset: 'Recognizers-Text all', metric: 'value right', value: V ? R / V : 0, note: `${R}/${V}` });
  }
  return rows;
}

if (require.main === module) {
  // `node out/scripts/eval/numbers.js [evalDir]`: this suite alone.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evalDataDir } = require('./types') as typeof import('./types');
  run(process.argv[2] ?? evalDataDir()).then((rows) => {
    if (!rows) console.log('numbers: data absent');
    else for (const r of rows) console.log(`${r.dataset.padEnd(40)} ${r.metric.padEnd(24)} ${r.value.toFixed(3)} ${r.target !== undefined ? '(target ' + r.target + ')' : ''} ${r.note ?? ''}`);
  });
}
