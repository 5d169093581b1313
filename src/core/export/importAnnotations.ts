import { sha256 } from '../analyze';
import { AnchorBudget, relocate, SIDECAR_CELLS } from '../annotations/anchoring';
import { breathe } from '../util/breathe';
import { createAnnotation } from '../annotations/editing';
import { spanKey } from './agreement';
import { Annotation, type Sidecar } from '../annotations/schema';
import type { ImportedArticle } from './formats';

export type Skipped = { reason: string; text: string };

export interface ImportOutcome {
  imported: number;
  /** The new annotations, in the order they were added. */
  added: Annotation[];
  /** Already in the sidecar with the same label and span. */
  merged: number;
  skipped: Skipped[];
  sidecar: Sidecar;
}

/** One article's imported spans, found in the article: where each is, or why it was skipped. */
export interface LocatedSpans {
  spans: { label: string; note?: string; start: number; end: number }[];
  skipped: Skipped[];
}

/**
 * Finds one article's imported spans in the article. Spans were made on
 * `imported.sourceText` (the text the other tool had) where the file carries it;
 * when that differs from the article, each span is found again by its quote and
 * context, or skipped with the reason. Spans whose offsets are not whole numbers
 * inside the text, or whose label or note is not text, are skipped. The search has
 * one budget for the article and lets the thread go between spans (an import file
 * comes from others); it does not depend on the sidecar, so it runs before the
 * sidecar is locked.
 */
export async function locateSpans(articleText: string, imported: ImportedArticle): Promise<LocatedSpans> {
  const from = imported.sourceText ?? articleText;
  const budget = new AnchorBudget(SIDECAR_CELLS);
  const out: LocatedSpans = { spans: [], skipped: [] };
  for (const x of imported.annotations) {
    await breathe();
    if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || x.start < 0 || x.end > from.length || x.end <= x.start) {
      out.skipped.push({ reason: `offsets ${String(x.start)}-${String(x.end)} do not fit the text (${from.length} characters)`, text: '' });
      continue;
    }
    if (typeof x.label !== 'string' || (x.note !== undefined && typeof x.note !== 'string')) {
      out.skipped.push({ reason: `the ${typeof x.label !== 'string' ? `label ${JSON.stringify(x.label) ?? String(x.label)}` : 'note'} is not text`, text: from.slice(x.start, x.end) });
      continue;
    }
    const here = relocate(articleText, from, x.start, x.end, budget);
    if (!here) {
      const reason = budget.exhausted
        ? 'the other tool had a different text, and the search for its spans in this article reached its limit before this one was found'
        : 'the other tool had a different text and this span is not in the article';
      out.skipped.push({ reason, text: from.slice(x.start, x.end) });
      continue;
    }
    out.spans.push({ label: x.label, ...(x.note ? { note: x.note } : {}), start: here.start, end: here.end });
  }
  return out;
}

/**
 * Adds one article's located spans to its sidecar as manual annotations. Nothing
 * already in the sidecar is changed: a span annotated here with another label keeps
 * it and gains the imported one beside it (a quotation can also be a claim), as brat
 * and Label Studio allow. Each new annotation is checked against the sidecar schema
 * before it can be written: one bad label would make the whole sidecar invalid, and
 * every later edit refused.
 */
export function importInto(sidecar: Sidecar, articleText: string, located: LocatedSpans, annotator?: string): ImportOutcome {
  const sha = sha256(articleText);
  // With an annotator named, only that person's annotations count as already there:
  // two people marking the same span is agreement to record, not a duplicate.
  const existing = new Set(
    sidecar.annotations.filter((a) => annotator === undefined || a.annotator === annotator).map((a) => spanKey({ label: a.label, start: a.target.start, end: a.target.end })),
  );
  const added: Annotation[] = [];
  const skipped: Skipped[] = [...located.skipped];
  let merged = 0;
  for (const x of located.spans) {
    const key = spanKey({ label: x.label, start: x.start, end: x.end });
    if (existing.has(key)) {
      merged++;
      continue;
    }
    const made = createAnnotation(articleText, sha, x.start, x.end, { label: x.label, status: 'manual', ...(x.note ? { note: x.note } : {}), ...(annotator ? { annotator } : {}) });
    const valid = Annotation.safeParse(made);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      skipped.push({ reason: `not a valid annotation (${issue.path.join('/')}: ${issue.message})`, text: articleText.slice(x.start, x.end) });
      continue;
    }
    existing.add(key);
    added.push(made);
  }
  return { imported: added.length, added, merged, skipped, sidecar: { ...sidecar, annotations: [...sidecar.annotations, ...added] } };
}
