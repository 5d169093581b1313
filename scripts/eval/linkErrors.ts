/**
 * `npm run eval:links`: where the related-claim linker goes wrong on the claims development
 * set (../shared/eval/claims), with the committed weights. Every gold pair (two gold claims
 * of one topic) that is missed is put in one category — a claim not detected, no candidate
 * (the blocking index never paired them), scored under the threshold, or scored over it
 * but kept apart by the clustering — split by whether the pair is within one article and
 * by what figures the two claims carry. Every false link (two linked claims whose gold
 * topics differ) is split the same way, by whether the topics are of one story. Then the
 * worst pairs of each kind, to read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultDetector } from '../../src/core/extract/claims/detect';
import { defaultLinker, linkClaims } from '../../src/core/corpus/relatedClaims';
import { measureOf } from '../../src/core/corpus/claimLinking/figures';
import type { Claim } from '../../src/core/types';
import { detectAll, goldPairs, loadDev, predictedClaim, type DevArticle } from '../train/claimsDev';
import { evalDataDir } from './types';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function figureKind(x: Claim, y: Claim, ax: DevArticle, ay: DevArticle): string {
  if (!x.figure && !y.figure) return 'no figures';
  if (!x.figure || !y.figure) return 'one figure';
  const mx = measureOf(x, ax.analysis.numbers[x.numbers[0]]);
  const my = measureOf(y, ay.analysis.numbers[y.numbers[0]]);
  return mx !== null && mx === my ? 'same measure' : 'other measures';
}

function main() {
  const dir = path.join(evalDataDir(), 'claims');
  if (!fs.existsSync(path.join(dir, 'gold'))) {
    console.log(`eval:links: no development set at ${dir}; skipping`);
    return;
  }
  const dev = loadDev(dir);
  detectAll(dev, defaultDetector());
  const w = defaultLinker();
  const scores = new Map<string, number>();
  const key = (a: Claim, b: Claim) => (a.id < b.id ? a.id + '|' + b.id : b.id + '|' + a.id);
  linkClaims(
    dev.map((a) => a.analysis),
    { weights: w, onPair: (p) => scores.set(key(p.a, p.b), p.score) },
  );
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const examples: { k: string; score: number; x: string; y: string }[] = [];
  let found = 0;
  let total = 0;
  for (const [x, y] of goldPairs(dev)) {
    total++;
    const where = x.a === y.a ? 'within article' : 'across articles';
    const px = predictedClaim(x.a, x.g);
    const py = predictedClaim(y.a, y.g);
    if (!px || !py) {
      bump(`missed\tclaim not detected\t${where}\t-`);
      continue;
    }
    if (px === py) {
      bump(`missed\tone predicted claim for both\t${where}\t-`);
      continue;
    }
    if (px.related.includes(py.id)) {
      found++;
      continue;
    }
    const s = scores.get(key(px, py));
    const why = s === undefined ? 'no candidate' : s < w.threshold ? 'under threshold' : 'over threshold, clustered apart';
    const k = `missed\t${why}\t${where}\t${figureKind(px, py, x.a, y.a)}`;
    bump(k);
    examples.push({ k: 'missed ' + why, score: s ?? -1, x: `[${x.g.topic}] ${px.text}`, y: py.text });
  }
  const matched = dev.flatMap((a) => a.analysis.claims.map((c) => ({ a, c, g: a.gold.find((g) => overlaps(g, c)) }))).filter((m) => m.g);
  const storyOf = (t: string) => t.split('-')[0];
  let falseLinks = 0;
  let links = 0;
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const x = matched[i];
      const y = matched[j];
      if (!x.c.related.includes(y.c.id) && !y.c.related.includes(x.c.id)) continue;
      links++;
      if (x.g!.topic === y.g!.topic) continue;
      falseLinks++;
      const s = scores.get(key(x.c, y.c));
      const story = x.a.story === y.a.story || storyOf(x.g!.topic) === storyOf(y.g!.topic) ? 'same story' : 'other story';
      const why = s === undefined ? 'no direct candidate (via group)' : s < w.threshold ? 'under threshold (via group)' : 'over threshold';
      bump(`false link\t${why}\t${x.a === y.a ? 'within article' : 'across articles'}\t${story}, ${figureKind(x.c, y.c, x.a, y.a)}`);
      examples.push({ k: 'false ' + why, score: s ?? -1, x: `[${x.g!.topic}] ${x.c.text}`, y: `[${y.g!.topic}] ${y.c.text}` });
    }
  }
  console.log(`gold pairs ${total}, found ${found}; predicted links among matched claims ${links}, false ${falseLinks}; threshold ${w.threshold}\n`);
  const rows = [...counts].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]).map(([k, n]) => [...k.split('\t'), String(n)]);
  const head = ['kind', 'why', 'where', 'figures', 'pairs'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(fmt(head));
  console.log(widths.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(fmt(r));
  const shown = Number(process.env.EXAMPLES ?? 6);
  for (const k of [...new Set(examples.map((e) => e.k))]) {
    console.log(`\n${k}:`);
    const list = examples.filter((e) => e.k === k).sort((a, b) => (k.startsWith('false') ? b.score - a.score : b.score - a.score));
    for (const e of list.slice(0, shown)) console.log(`  ${e.score.toFixed(3)}  ${e.x.slice(0, 110)}\n         ${e.y.slice(0, 110)}`);
  }
}

main();
