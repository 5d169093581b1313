import { anchor, AnchorBudget, SIDECAR_CELLS } from '../annotations/anchoring';
import type { Annotation, Sidecar } from '../annotations/schema';
import type { ArticleAnalysis, NumberKind } from '../types';

/** `suggested`: another tool's prediction, imported for review; `unreviewed`: the engine's finding nobody decided on. */
export type ExportStatus = 'manual' | 'accepted' | 'rejected' | 'suggested' | 'unreviewed';

/** One annotation as the exporters see it: resolved to offsets in the article as it is now. */
export interface ExportAnnotation {
  id: string;
  label: string;
  status: ExportStatus;
  start: number;
  end: number;
  text: string;
  note?: string;
  tags?: string[];
  verdict?: string;
  fields?: Annotation['fields'];
  relations?: Annotation['relations'];
  annotator?: string;
  /** For claims: the topic (from the person's fields, else the engine). */
  topic?: string;
  /** For numbers: what the engine reads the figure as (count, percent, money, date, duration, ordinal …), where it finds one on the span. */
  numberKind?: NumberKind;
}

export interface ExportArticle {
  /** File name of the article (no folder), e.g. `000-putin-amasses-500000-troops.txt`. */
  article: string;
  text: string;
  sha256: string;
  /** Article date, used by the claims table. */
  date: string | null;
  annotations: ExportAnnotation[];
}

const ENTITY_LABEL = { person: 'person', place: 'place', organization: 'organization' } as const;

/**
 * The annotations of one article for export: the person's annotations (anchored
 * in the current text; orphans are left out and counted) and, when asked, the
 * engine's findings nobody has decided on yet, as `unreviewed`.
 */
export function exportArticle(name: string, text: string, sha: string, analysis: ArticleAnalysis | undefined, sidecar: Sidecar | undefined, includeUnreviewed: boolean): { item: ExportArticle; orphaned: number } {
  const out: ExportAnnotation[] = [];
  let orphaned = 0;
  const decided = new Set<string>();
  // A person's number annotation on the span of a number the engine found carries the engine's kind.
  const kindAt = new Map((analysis?.numbers ?? []).map((n) => [`${n.start}:${n.end}`, n.kind]));
  const budget = new AnchorBudget(SIDECAR_CELLS);
  for (const a of sidecar?.annotations ?? []) {
    const r = anchor(text, a.target, budget);
    if (r.state === 'orphaned') {
      orphaned++;
      continue;
    }
    if (a.finding) decided.add(`${a.finding.kind}:${a.finding.start}:${a.finding.end}`);
    out.push({
      id: a.id,
      label: a.label,
      status: a.status,
      start: r.start!,
      end: r.end!,
      text: text.slice(r.start, r.end),
      ...(a.note ? { note: a.note } : {}),
      ...(a.tags?.length ? { tags: a.tags } : {}),
      ...(a.verdict ? { verdict: a.verdict } : {}),
      ...(a.fields ? { fields: a.fields } : {}),
      ...(a.relations?.length ? { relations: a.relations } : {}),
      ...(a.annotator ? { annotator: a.annotator } : {}),
      ...(a.fields?.topic ? { topic: a.fields.topic } : {}),
      ...(a.label === 'number' && kindAt.has(`${r.start}:${r.end}`) ? { numberKind: kindAt.get(`${r.start}:${r.end}`) } : {}),
    });
  }
  if (includeUnreviewed && analysis) {
    const add = (kind: string, start: number, end: number, label: string, extra: Partial<ExportAnnotation> = {}) => {
      if (decided.has(`${kind}:${start}:${end}`)) return;
      out.push({ id: `auto-${kind}-${start}-${end}`, label, status: 'unreviewed', start, end, text: text.slice(start, end), ...extra });
    };
    for (const e of analysis.entities) add('entity', e.start, e.end, ENTITY_LABEL[e.kind], { fields: { canonical: e.canonical } });
    for (const n of analysis.numbers) add('number', n.start, n.end, 'number', { fields: { value: n.value, unit: n.unit }, numberKind: n.kind });
    for (const q of analysis.quotes) add('quote', q.start, q.end, 'quote', { fields: { speaker: q.speaker } });
    for (const c of analysis.claims) add('claim', c.start, c.end, 'claim', { topic: c.topic, fields: { topic: c.topic, source: c.source, value: c.figure?.value ?? null, unit: c.figure?.unit ?? null } });
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end || x.id.localeCompare(y.id));
  return { item: { article: name, text, sha256: sha, date: analysis?.meta.date ?? null, annotations: out }, orphaned };
}
