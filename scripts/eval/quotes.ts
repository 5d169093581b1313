/**
 * PolNeAR dev (../shared/eval/quotes): direct quotations and their speakers, scored as
 * the eval README says. One `.ann` per article (the first in sorted order); a direct
 * quotation is a relation whose Content holds a quotation mark; found quotations are
 * matched to those Contents by overlap; the speaker is right when its last word equals
 * the last word of the Source name (cut at the first comma, titles and "Jr." removed),
 * over matched relations whose Source names someone. `.ann` offsets are code points.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import type { Quote } from '../../src/core/types';
import { prf, type EvalRow } from './types';

const DATASET = 'PolNeAR dev (quotes)';

interface Frag {
  start: number;
  end: number;
}

interface Gold {
  content: Frag[];
  contentText: string;
  source: string | null;
}

export interface QuoteEvalDetail {
  article: string;
  gold: Gold[];
  found: Quote[];
}

/** Code-point offset → UTF-16 offset table for `text`. */
function codePointMap(text: string): Int32Array {
  const map = new Int32Array([...text].length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  map[cp] = text.length;
  return map;
}

/** Whether a Content holds a quotation mark (apostrophes do not count). */
export function hasQuoteMark(s: string): boolean {
  return /["“”]|''|(?:^|[\s(\[—–\-])['‘][\p{L}\p{N}]/u.test(s);
}

function parseAnn(ann: string, cpmap: Int32Array): Gold[] {
  const spans = new Map<string, { label: string; frags: Frag[]; text: string }>();
  const rels: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const parts = line.split('\t');
    if (/^T\d+$/.test(parts[0]) && parts.length >= 2) {
      const sp = parts[1].indexOf(' ');
      const label = parts[1].slice(0, sp);
      const frags = parts[1]
        .slice(sp + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .filter((f) => f.length === 2 && f.every(Number.isFinite))
        .map(([s, e]) => ({ start: cpmap[Math.min(s, cpmap.length - 1)], end: cpmap[Math.min(e, cpmap.length - 1)] }));
      spans.set(parts[0], { label, frags, text: parts[2] ?? '' });
    } else if (/^E\d+$/.test(parts[0]) && parts.length >= 2) {
      const r: Record<string, string> = {};
      for (const kv of parts[1].split(' ')) {
        const i = kv.indexOf(':');
        if (i > 0) r[kv.slice(0, i)] = kv.slice(i + 1);
      }
      rels.push(r);
    }
  }
  const gold: Gold[] = [];
  for (const r of rels) {
    const c = r.Content ? spans.get(r.Content) : undefined;
    if (!c || !hasQuoteMark(c.text)) continue;
    const s = r.Source ? spans.get(r.Source) : undefined;
    gold.push({ content: c.frags, contentText: c.text, source: s ? s.text : null });
  }
  return gold;
}

const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'prof', 'president', 'senator', 'governor', 'secretary',
  'speaker', 'chairman', 'representative', 'jr', 'sr', 'ii', 'iii', 'mayor', 'judge', 'justice', 'attorney', 'general',
]);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'him', 'her', 'them', 'us', 'this', 'these', 'those']);

/** The Source's name's last word, or null when the Source names no one (a pronoun, `the campaign`). */
export function sourceLastWord(source: string | null): string | null {
  if (!source) return null;
  let s = source.split(',')[0];
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const words = s
    .split(' ')
    .map((w) => w.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}'’\-]/gu, ''))
    .filter((w) => w && !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  if (!words.length) return null;
  const last = words[words.length - 1];
  if (PRONOUNS.has(last.toLowerCase())) return null;
  if (!/^\p{Lu}/u.test(last)) return null;
  return last.toLowerCase();
}

export function speakerLastWord(speaker: string | null): string | null {
  if (!speaker) return null;
  const words = speaker
    .split(',')[0]
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}'’\-]/gu, ''))
    .filter((w) => w && !TITLE_WORDS.has(w.toLowerCase()));
  return words.length ? words[words.length - 1].toLowerCase() : null;
}

function overlaps(q: { start: number; end: number }, frags: Frag[]): boolean {
  return frags.some((f) => q.start < f.end && f.start < q.end);
}

export function scoreArticle(text: string, gold: Gold[], found: Quote[]) {
  let tp = 0;
  let fp = 0;
  for (const q of found) {
    if (gold.some((g) => overlaps(q, g.content))) tp++;
    else fp++;
  }
  let matchedGold = 0;
  let spkN = 0;
  let spkOk = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const qs = found.filter((q) => overlaps(q, g.content));
    if (!qs.length) {
      misses.push(g.contentText);
      continue;
    }
    matchedGold++;
    const want = sourceLastWord(g.source);
    if (!want) continue;
    spkN++;
    if (qs.some((q) => speakerLastWord(q.speaker) === want)) spkOk++;
  }
  void text;
  // Precision counts found quotations; recall counts gold relations (a Content may hold two quotations).
  return { tp, fp, goldN: gold.length, goldFound: matchedGold, fn: gold.length - matchedGold, spkN, spkOk, misses };
}

export function loadPolnear(evalDir: string): { article: string; text: string; gold: Gold[] }[] | null {
  const dir = path.join(evalDir, 'quotes');
  const textDir = path.join(dir, 'text');
  const annDir = path.join(dir, 'attributions');
  if (!fs.existsSync(textDir) || !fs.existsSync(annDir)) return null;
  const anns = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const byArticle = new Map<string, string>();
  for (const f of anns) {
    const art = f.replace(/_[^_]+\.ann$/, '');
    if (!byArticle.has(art)) byArticle.set(art, f);
  }
  const out: { article: string; text: string; gold: Gold[] }[] = [];
  for (const [art, f] of [...byArticle].sort((a, b) => a[0].localeCompare(b[0]))) {
    const tp = path.join(textDir, art + '.txt');
    if (!fs.existsSync(tp)) continue;
    const text = fs.readFileSync(tp, 'utf8');
    const gold = parseAnn(fs.readFileSync(path.join(annDir, f), 'utf8'), codePointMap(text));
    out.push({ article: art, text, gold });
  }
  return out;
}

export async function run(evalDir: string): Promise<EvalRow[] | null> {
  const data = loadPolnear(evalDir);
  if (!data) return null;
  let tp = 0;
  let fp = 0;
  let goldN = 0;
  let goldFound = 0;
  let spkN = 0;
  let spkOk = 0;
  for (const d of data) {
    const a = analyzeText(d.text, d.article + '.txt');
    const s = scoreArticle(d.text, d.gold, a.quotes);
    tp += s.tp;
    fp += s.fp;
    goldN += s.goldN;
    goldFound += s.goldFound;
    spkN += s.spkN;
    spkOk += s.spkOk;
  }
  const p = prf(tp, fp, 0).p;
  const r = goldN ? goldFound / goldN : 0;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const note = `${data.length} articles; ${goldN} gold direct quotations, ${tp + fp} found`;
  return [
    { dataset: DATASET, metric: 'quotation P', value: p, note },
    { dataset: DATASET, metric: 'quotation R', value: r },
    { dataset: DATASET, metric: 'quotation F1', value: f1 },
    { dataset: DATASET, metric: 'speaker accuracy (named sources)', value: spkN ? spkOk / spkN : 0, target: 0.8, note: `${spkOk}/${spkN}` },
  ];
}
