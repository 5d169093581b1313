import { sha256 } from '../analyze';
import { AnchorBudget, relocate, SIDECAR_CELLS } from '../annotations/anchoring';
import { breathe } from '../util/breathe';
import { createAnnotation } from '../annotations/editing';
import { spanKey } from './agreement';
import { Annotation, type Sidecar } from '../annotations/schema';
import type { ImportedArticle } from './formats';

export interface ImportOutcome {
  imported: number;
  /** The new annotations, in the order they were added. */
  added: Annotation[];
  /** Already in the sidecar with the same label and span. */
  merged: number;
  skipped: { reason: string; text: string }[];
  sidecar: Sidecar;
}

/**
 * Adds one article's imported spans to its sidecar as manual annotations. Spans were
 * made on `imported.sourceText` (the text the other tool had) where the file carries
 * it; when that differs from the article, each span is found again by its quote and
 * context, or skipped with the reason. Nothing already in the sidecar is changed: a
 * span annotated here with another label keeps it and gains the imported one beside
 * it (a quotation can also be a claim), as brat and Label Studio allow.
 */
export async function importInto(sidecar: Sidecar, articleText: string, imported: ImportedArticle, annotator?: string): Promise<ImportOutcome> {
  const sha = sha256(articleText);
  const from = imported.sourceText ?? articleText;
  // With an annotator named, only that person's annotations count as already there:
  // two people marking the same span is agreement to record, not a duplicate.
  const existing = new Set(
    sidecar.annotations.filter((a) => annotator === undefined || a.annotator === annotator).map((a) => spanKey({ label: a.label, start: a.target.start, end: a.target.end })),
  );
  const added: Annotation[] = [];
  const skipped: ImportOutcome['skipped'] = [];
  let merged = 0;
  // Spans made on another text are searched for; all of one article's together may search this much.
  const budget = new AnchorBudget(SIDECAR_CELLS);
  for (const x of imported.annotations) {
    await breathe();
    if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || x.start < 0 || x.end > from.length || x.end <= x.start) {
      skipped.push({ reason: `offsets ${String(x.start)}-${String(x.end)} do not fit the text (${from.length} characters)`, text: '' });
      continue;
    }
    if (typeof x.label !== 'string' || (x.note !== undefined && typeof x.note !== 'string')) {
      skipped.push({ reason: `the ${typeof x.label !== 'string' ? `label ${JSON.stringify(x.label) ?? String(x.label)}` : 'note'} is not text`, text: from.slice(x.start, x.end) });
      continue;
    }
    const here = relocate(articleText, from, x.start, x.end, budget);
    if (!here) {
      const reason = budget.exhausted
        ? 'the other tool had a different text, and the search for its spans in this article reached its limit before this one was found'
        : 'the other tool had a different text and this span is not in the article';
      skipped.push({ reason, text: from.slice(x.start, x.end) });
      continue;
    }
    const { start, end } = here;
    const key = spanKey({ label: x.label, start, end });
    if (existing.has(key)) {
      merged++;
      continue;
    }
    const made = createAnnotation(articleText, sha, start, end, { label: x.label, status: 'manual', ...(x.note ? { note: x.note } : {}), ...(annotator ? { annotator } : {}) });
    // Each annotation is checked against the sidecar schema before it can be written:
    // one bad label would make the whole sidecar invalid, and later edits refused.
    const valid = Annotation.safeParse(made);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      skipped.push({ reason: `not a valid annotation (${issue.path.join('/')}: ${issue.message})`, text: from.slice(x.start, x.end) });
      continue;
    }
    existing.add(key);
    added.push(made);
  }
  return { imported: added.length, added, merged, skipped, sidecar: { ...sidecar, annotations: [...sidecar.annotations, ...added] } };
}
