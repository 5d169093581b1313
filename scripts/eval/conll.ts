// CoNLL-2003 eng.testa: PER/LOC/ORG exact character spans with their type, scored
// as the eval README says (documents rendered as text; MISC overlaps ignored).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recognizeEntities } from '../../src/core/extract/entities';
import { defaultTagger, type EntityTagger } from '../../src/core/extract/entities/model';
import type { ArticleStructure } from '../../src/core/types';
import { readConll, renderDocument, spansOf } from './conllData';
import { prf, type EvalRow } from './types';

const OURS: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** `tagger` lets experiments score another model than the committed one. */
export async function run(evalDir: string, tagger?: EntityTagger): Promise<EvalRow[] | null> {
  const file = path.join(evalDir, 'conll2003', 'eng.testa');
  if (!fs.existsSync(file)) return null;
  const counts: Record<string, { tp: number; fp: number; fn: number }> = { PER: z(), LOC: z(), ORG: z() };
  for (const doc of readConll(file)) {
    const { text, offsets } = renderDocument(doc);
    const gold = new Map<string, string>();
    const misc: { start: number; end: number }[] = [];
    doc.forEach((s, si) => {
      for (const sp of spansOf(s.tags)) {
        const start = offsets[si][sp.from].start;
        const end = offsets[si][sp.to - 1].end;
        if (sp.type === 'MISC') misc.push({ start, end });
        else gold.set(`${start}:${end}`, sp.type);
      }
    });
    const structure: ArticleStructure = {
      meta: { title: '', date: null, byline: null },
      paragraphs: offsets.map((o, i) => ({ start: o[0].start, end: o[o.length - 1].end, kind: 'body' as const, i })),
      sentences: offsets.map((o, i) => ({ start: o[0].start, end: o[o.length - 1].end, paragraph: i })),
      entries: [],
    };
    const found = new Map<string, string>();
    for (const e of recognizeEntities(text, structure, tagger ?? defaultTagger())) {
      const type = OURS[e.kind];
      const key = `${e.start}:${e.end}`;
      if (found.has(key)) continue;
      found.set(key, type);
      if (gold.get(key) === type) counts[type].tp++;
      else if (!misc.some((m) => m.start < e.end && e.start < m.end)) counts[type].fp++;
    }
    for (const [key, type] of gold) if (found.get(key) !== type) counts[type].fn++;
  }
  const total = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), z());
  const rows: EvalRow[] = [];
  const all = prf(total.tp, total.fp, total.fn);
  rows.push({ dataset: 'CoNLL-2003 eng.testa', metric: 'PER/LOC/ORG exact-span F1', value: all.f1, target: 0.8, note: `P ${all.p.toFixed(3)} R ${all.r.toFixed(3)}` });
  for (const [type, c] of Object.entries(counts)) {
    const m = prf(c.tp, c.fp, c.fn);
    rows.push({ dataset: 'CoNLL-2003 eng.testa', metric: `${type} F1`, value: m.f1, note: `P ${m.p.toFixed(3)} R ${m.r.toFixed(3)}` });
  }
  return rows;
}

function z() {
  return { tp: 0, fp: 0, fn: 0 };
}
