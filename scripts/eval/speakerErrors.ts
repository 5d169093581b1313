/**
 * `npm run eval:speakers`: every quotation whose speaker is wrong, on the PolNeAR development
 * split (../shared/eval/quotes, scored as `npm run eval` scores it) and on the claims
 * development set (../shared/eval/claims, scored as its score.mjs scores it), each with the
 * gold speaker, the found one and the text around the quotation, so that errors can be read
 * and sorted into classes. Development data only: nothing here reads a test split.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import type { Quote } from '../../src/core/types';
import { loadDev } from '../train/claimsDev';
import { loadPolnear, sourceLastWord, speakerLastWord } from './quotes';
import { evalDataDir } from './types';

interface SpeakerError {
  article: string;
  gold: string;
  found: string | null;
  context: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The quotation with up to 160 characters either side, on one line, the quotation in [[ ]]. */
function around(text: string, q: { start: number; end: number }): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return flat(text.slice(Math.max(0, q.start - 160), q.start)) + '[[' + flat(text.slice(q.start, q.end)) + ']]' + flat(text.slice(q.end, q.end + 160));
}

function polnearErrors(dir: string): { errors: SpeakerError[]; n: number } {
  const data = loadPolnear(dir) ?? [];
  const errors: SpeakerError[] = [];
  let n = 0;
  for (const d of data) {
    const found = analyzeText(d.text, d.article + '.txt').quotes;
    for (const g of d.gold) {
      const want = sourceLastWord(g.source);
      const qs = found.filter((q) => g.content.some((f) => overlaps(q, f)));
      if (!want || !qs.length) continue;
      n++;
      if (qs.some((q) => speakerLastWord(q.speaker) === want)) continue;
      errors.push({ article: d.article, gold: g.source ?? '', found: qs.map((q) => q.speaker ?? 'null').join(' | '), context: around(d.text, qs[0]) });
    }
  }
  return { errors, n };
}

/** score.mjs's test: equal, one ends with the other, or the same last word (lower case, letters and spaces). */
function sameSpeaker(found: string | null, gold: string): boolean {
  const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();
  const a = norm(found);
  const b = norm(gold);
  return !!a && (a === b || b.endsWith(' ' + a) || a.endsWith(' ' + b) || b.split(' ').pop() === a.split(' ').pop());
}

function claimsErrors(dir: string): { errors: SpeakerError[]; n: number } {
  if (!fs.existsSync(path.join(dir, 'gold'))) return { errors: [], n: 0 };
  const dev = loadDev(dir);
  const errors: SpeakerError[] = [];
  let n = 0;
  for (const f of fs.readdirSync(path.join(dir, 'gold')).filter((x) => x.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8')) as { quotes: (Quote & { scare?: boolean })[] };
    const article = dev.find((a) => a.prefix === f.slice(0, 3));
    if (!article) continue;
    const gq = gold.quotes.filter((q) => !q.scare);
    const used = new Set<number>();
    for (const x of article.analysis.quotes) {
      const i = gq.findIndex((y, j) => !used.has(j) && overlaps(x, y));
      if (i < 0) continue;
      used.add(i);
      const want = gq[i].speaker;
      if (!want) continue;
      n++;
      if (!sameSpeaker(x.speaker, want)) errors.push({ article: f, gold: want, found: x.speaker, context: around(article.text, x) });
    }
  }
  return { errors, n };
}

function print(title: string, { errors, n }: { errors: SpeakerError[]; n: number }): void {
  console.log(`\n== ${title}: ${n - errors.length}/${n} speakers right, ${errors.length} wrong`);
  for (const e of errors) console.log(`\n${e.article}\n  gold: ${e.gold}\n  found: ${e.found}\n  ${e.context}`);
}

function main() {
  const dir = evalDataDir();
  print('PolNeAR dev', polnearErrors(dir));
  print('claims dev', claimsErrors(path.join(dir, 'claims')));
}

main();
