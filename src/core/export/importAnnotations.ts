import { sha256 } from '../analyze';
import { AnchorBudget, relocate, SIDECAR_CELLS } from '../annotations/anchoring';
import { breathe } from '../util/breathe';
import { createAnnotation } from '../annotations/editing';
import { spanKey } from './agreement';
import { Annotation, type Sidecar } from '../annotations/schema';
import type { ImportedArticle, ImportedSpan } from './formats';

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
  spans: (Omit<ImportedSpan, 'start' | 'end'> & { start: number; end: number })[];
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
    out.spans.push({ ...x, start: here.start, end: here.end });
  }
  return out;
}

/**
 * Adds one article's located spans to its sidecar as manual annotations (each by
 * the annotator the file names, else by `annotator`), or as `suggested` ones where
 * they were another tool's predictions, with their links. Nothing
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
  const keyOf = (who: string | undefined, x: { label: string; start: number; end: number }) => `${who ?? ''}\u0000${spanKey(x)}`;
  const existing = new Map<string, string>();
  for (const a of sidecar.annotations) {
    const x = { label: a.label, start: a.target.start, end: a.target.end };
    existing.set(keyOf(a.annotator, x), a.id);
    existing.set(keyOf(undefined, x), a.id);
  }
  const added: Annotation[] = [];
  const skipped: Skipped[] = [...located.skipped];
  let merged = 0;
  // The annotation each of the file's spans became (or already was), for its links.
  const idOfRef = new Map<string, string>();
  const linking: { annotation: Annotation; links: NonNullable<ImportedSpan['links']> }[] = [];
  for (const x of located.spans) {
    const who = x.annotator ?? annotator;
    const key = keyOf(who, x);
    const there = existing.get(key);
    if (there !== undefined) {
      if (x.ref && !idOfRef.has(x.ref)) idOfRef.set(x.ref, there);
      merged++;
      continue;
    }
    const made = createAnnotation(articleText, sha, x.start, x.end, {
      label: x.label,
      status: x.suggested ? 'suggested' : 'manual',
      ...(x.note ? { note: x.note } : {}),
      ...(x.tags?.length ? { tags: x.tags } : {}),
      ...(who ? { annotator: who } : {}),
    });
    const valid = Annotation.safeParse(made);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      skipped.push({ reason: `not a valid annotation (${issue.path.join('/')}: ${issue.message})`, text: articleText.slice(x.start, x.end) });
      continue;
    }
    existing.set(key, made.id);
    if (x.ref && !idOfRef.has(x.ref)) idOfRef.set(x.ref, made.id);
    if (x.links?.length) linking.push({ annotation: made, links: x.links });
    added.push(made);
  }
  for (const { annotation, links } of linking) {
    const relations = links.filter((l) => idOfRef.has(l.to)).map((l) => ({ type: l.type, to: idOfRef.get(l.to)! }));
    if (relations.length) annotation.relations = relations;
    const lost = links.length - relations.length;
    if (lost) skipped.push({ reason: `${lost === 1 ? 'a link' : `${lost} links`} to a span that was not imported`, text: annotation.target.exact });
  }
  return { imported: added.length, added, merged, skipped, sidecar: { ...sidecar, annotations: [...sidecar.annotations, ...added] } };
}
