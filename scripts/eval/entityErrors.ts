/**
 * `npm run eval:entities`: where the entity recogniser goes wrong on CoNLL-2003 eng.testa
 * (the tuning split; never trained on), with the committed models. Every error is put in
 * one class — right span with the wrong type (by gold → predicted type), a span too long
 * or too short (overlapping a gold span of the same type), a gold span missed, a span
 * found where gold has none — with counts per class, then the most frequent words of
 * each class, to read. `ERRORS_SHOW=40` prints that many examples a class.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recognizeEntities } from '../../src/core/extract/entities';
import { defaultTagger } from '../../src/core/extract/entities/model';
import type { ArticleStructure } from '../../src/core/types';
import { readConll, renderDocument, spansOf } from './conllData';
import { evalDataDir } from './types';

const OURS: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const SHOW = Number(process.env.ERRORS_SHOW ?? 15);

interface Span {
  start: number;
  end: number;
  type: string;
}

function main() {
  const file = path.join(evalDataDir(), 'conll2003', 'eng.testa');
  if (!fs.existsSync(file)) {
    console.log(`eval:entities: no ${file}; skipping`);
    return;
  }
  const classes = new Map<string, Map<string, number>>();
  const note = (cls: string, example: string) => {
    const m = classes.get(cls) ?? classes.set(cls, new Map()).get(cls)!;
    m.set(example, (m.get(example) ?? 0) + 1);
  };
  for (const doc of readConll(file)) {
    const { text, offsets } = renderDocument(doc);
    const gold: Span[] = [];
    const misc: Span[] = [];
    doc.forEach((s, si) => {
      for (const sp of spansOf(s.tags)) {
        const span = { start: offsets[si][sp.from].start, end: offsets[si][sp.to - 1].end, type: sp.type };
        (sp.type === 'MISC' ? misc : gold).push(span);
      }
    });
    const structure: ArticleStructure = {
      meta: { title: '', date: null, byline: null },
      paragraphs: offsets.map((o, i) => ({ start: o[0].start, end: o[o.length - 1].end, kind: 'body' as const, i })),
      sentences: offsets.map((o, i) => ({ start: o[0].start, end: o[o.length - 1].end, paragraph: i })),
      entries: [],
    };
    const found: Span[] = recognizeEntities(text, structure, defaultTagger()).map((e) => ({ start: e.start, end: e.end, type: OURS[e.kind] }));
    const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
    const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
    const words = (s: Span) => text.slice(s.start, s.end);
    const lineOf = (s: Span) => {
      const a = text.lastIndexOf('\n', s.start) + 1;
      const b = text.indexOf('\n', s.end);
      return text.slice(a, b < 0 ? undefined : b).slice(0, 100);
    };
    for (const g of gold) {
      const exact = found.find((f) => same(f, g));
      if (exact) {
        if (exact.type !== g.type) note(`type ${g.type} → ${exact.type}`, words(g));
        continue;
      }
      const over = found.filter((f) => overlap(f, g));
      if (over.length === 0) note(`missed ${g.type}`, `${words(g)}   | ${lineOf(g)}`);
      else note(`boundary ${g.type}`, `${words(g)} ≠ ${over.map((f) => `${f.type}:${words(f)}`).join(' + ')}`);
    }
    for (const f of found) {
      if (gold.some((g) => overlap(f, g)) || misc.some((m) => overlap(f, m))) continue;
      note(`spurious ${f.type}`, `${words(f)}   | ${lineOf(f)}`);
    }
  }
  const sorted = [...classes].sort((a, b) => total(b[1]) - total(a[1]));
  for (const [cls, m] of sorted) console.log(`${String(total(m)).padStart(5)}  ${cls}`);
  for (const [cls, m] of sorted) {
    console.log(`\n== ${cls} (${total(m)})`);
    for (const [ex, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, SHOW)) console.log(`${String(n).padStart(4)}  ${ex}`);
  }
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

main();
