import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { anchor, AnchorBudget, SIDECAR_CELLS } from '../annotations/anchoring';
import { breathe } from '../util/breathe';
import type { Annotation } from '../annotations/schema';
import { SidecarStore } from '../annotations/sidecarStore';
import { collectArticles } from '../corpus/collectArticles';
import { readArticle } from '../corpus/readArticle';
import { matchesAnyGlob } from '../util/glob';
import { spanKey, tokenLabels, type Labelled } from './agreement';
import { loadSets } from './exportCorpus';
import type { AnnotationSet } from './sets';

/**
 * Where one person's annotations are: their own copy of the corpus (a folder, or a
 * git worktree of their branch), the `annotator` field in the shared sidecars, or a
 * named annotation set over them.
 */
export type AnnotatorSource = { name: string; folder: string; annotator?: string; set?: AnnotationSet };

export interface AnnotatorSpan extends Labelled {
  annotation: Annotation;
}

export interface AnnotatorAnnotations {
  name: string;
  /** Article file name → its non-rejected annotations anchored in the text. */
  spans: Map<string, AnnotatorSpan[]>;
  /** Article file name → text and path, as this source has them. */
  texts: Map<string, string>;
  paths: Map<string, string>;
  warnings: string[];
}

/**
 * Reads command-line names of annotators: an existing folder is a person's copy of
 * the corpus; the name of an annotation set (annotation-sets.json) selects from
 * `corpus`'s sidecars by its labels, statuses, annotators, verdicts and articles;
 * any other name is an `annotator` field value in them.
 */
export async function resolveAnnotatorSources(args: string[], corpus: string): Promise<AnnotatorSource[]> {
  const { sets } = await loadSets(corpus);
  return Promise.all(
    args.map(async (arg) => {
      const isFolder = await fsp.stat(arg).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (isFolder) return { name: path.basename(path.resolve(arg)), folder: arg };
      const set = sets.find((s) => s.name === arg);
      return set ? { name: arg, folder: corpus, set } : { name: arg, folder: corpus, annotator: arg };
    }),
  );
}

/** Whether a stored annotation belongs to a source (the parts of a set a sidecar can answer). */
function belongs(a: Annotation, article: string, source: AnnotatorSource): boolean {
  if (source.annotator !== undefined) return a.annotator === source.annotator;
  const s = source.set;
  if (!s) return true;
  return (
    (!s.labels || s.labels.includes(a.label)) &&
    (!s.statuses || s.statuses.includes(a.status)) &&
    (!s.annotators || (a.annotator !== undefined && s.annotators.includes(a.annotator))) &&
    (!s.verdicts || (a.verdict !== undefined && s.verdicts.includes(a.verdict))) &&
    (!s.articles || matchesAnyGlob(article, s.articles))
  );
}

/** The names in the `annotator` fields of a corpus's sidecars, for offering a choice. */
export async function annotatorNames(corpus: string): Promise<string[]> {
  const { files } = await collectArticles([corpus]);
  const store = new SidecarStore();
  const names = new Set<string>();
  for (const f of files) {
    const s = await store.load(f);
    if (s.state === 'ok') for (const a of s.sidecar.annotations) if (a.annotator) names.add(a.annotator);
  }
  return [...names].sort();
}

export async function loadAnnotator(source: AnnotatorSource): Promise<AnnotatorAnnotations> {
  const out: AnnotatorAnnotations = { name: source.name, spans: new Map(), texts: new Map(), paths: new Map(), warnings: [] };
  const { files, errors } = await collectArticles([source.folder]);
  out.warnings.push(...errors.map((e) => `${e.path}: ${e.error}`));
  if (source.set?.topics || source.set?.entities) out.warnings.push(`set ${source.name}: its topics and entities filters need the engine's analysis and are not applied to agreement`);
  const store = new SidecarStore();
  for (const file of files) {
    const read = await readArticle(file);
    if (!read.ok) continue;
    const name = path.basename(file);
    out.texts.set(name, read.text);
    out.paths.set(name, file);
    const loaded = await store.load(file);
    if (loaded.state === 'invalid') {
      out.warnings.push(`${loaded.file} is not valid; left out`);
      continue;
    }
    const list: AnnotatorSpan[] = [];
    const budget = new AnchorBudget(SIDECAR_CELLS);
    for (const a of loaded.sidecar.annotations) {
      await breathe();
      if ((a.status === 'rejected' && !source.set?.statuses?.includes('rejected')) || !belongs(a, name, source)) continue;
      const r = anchor(read.text, a.target, budget);
      if (r.state !== 'orphaned') list.push({ label: a.label, start: r.start!, end: r.end!, annotation: a });
    }
    out.spans.set(name, list);
  }
  return out;
}

/** A place where two annotators differ: a span only one has, or one span with two labels. */
export interface Disagreement {
  article: string;
  start: number;
  end: number;
  text: string;
  kind: 'only-a' | 'only-b' | 'label';
  a?: AnnotatorSpan;
  b?: AnnotatorSpan;
}

/** Every disagreement between two annotators, article by article in text order. */
export function disagreements(a: AnnotatorAnnotations, b: AnnotatorAnnotations): Disagreement[] {
  const out: Disagreement[] = [];
  const articles = [...new Set([...a.texts.keys(), ...b.texts.keys()])].sort();
  for (const article of articles) {
    const text = a.texts.get(article) ?? b.texts.get(article)!;
    const sa = a.spans.get(article) ?? [];
    const sb = b.spans.get(article) ?? [];
    const inA = new Set(sa.map(spanKey));
    const inB = new Set(sb.map(spanKey));
    const onlyA = sa.filter((x) => !inB.has(spanKey(x)));
    const onlyB = sb.filter((x) => !inA.has(spanKey(x)));
    const paired = new Set<AnnotatorSpan>();
    for (const x of onlyA) {
      const y = onlyB.find((z) => z.start === x.start && z.end === x.end && !paired.has(z));
      if (y) {
        paired.add(y);
        out.push({ article, start: x.start, end: x.end, text: text.slice(x.start, x.end), kind: 'label', a: x, b: y });
      } else out.push({ article, start: x.start, end: x.end, text: text.slice(x.start, x.end), kind: 'only-a', a: x });
    }
    for (const y of onlyB) if (!paired.has(y)) out.push({ article, start: y.start, end: y.end, text: text.slice(y.start, y.end), kind: 'only-b', b: y });
  }
  return out.sort((x, y) => x.article.localeCompare(y.article) || x.start - y.start || x.end - y.end);
}

/** A span both annotators marked with the same label: where a gold set starts. */
export interface Agreement {
  article: string;
  start: number;
  end: number;
  text: string;
  label: string;
  a: AnnotatorSpan;
  b: AnnotatorSpan;
}

/** Every span both annotators marked with one label, article by article in text order. */
export function agreements(a: AnnotatorAnnotations, b: AnnotatorAnnotations): Agreement[] {
  const out: Agreement[] = [];
  for (const article of [...new Set([...a.texts.keys(), ...b.texts.keys()])].sort()) {
    const text = a.texts.get(article) ?? b.texts.get(article)!;
    const inB = new Map((b.spans.get(article) ?? []).map((y) => [spanKey(y), y]));
    const seen = new Set<string>();
    for (const x of a.spans.get(article) ?? []) {
      const y = inB.get(spanKey(x));
      if (!y || seen.has(spanKey(x))) continue;
      seen.add(spanKey(x));
      out.push({ article, start: x.start, end: x.end, text: text.slice(x.start, x.end), label: x.label, a: x, b: y });
    }
  }
  return out.sort((x, y) => x.article.localeCompare(y.article) || x.start - y.start || x.end - y.end);
}

/**
 * Token labels per annotator, over the articles that at least one of them annotated:
 * an article nobody has touched yet is not annotated, and counting its tokens as
 * agreed "O" would inflate κ and α.
 */
export function tokenRows(people: AnnotatorAnnotations[]): { rows: string[][]; articles: number } {
  const rows: string[][] = people.map(() => []);
  let articles = 0;
  const texts = new Map(people.flatMap((p) => [...p.texts]));
  for (const [article, text] of [...texts].sort(([x], [y]) => x.localeCompare(y))) {
    const spans = people.map((p) => p.spans.get(article) ?? []);
    if (spans.every((s) => s.length === 0)) continue;
    articles++;
    tokenLabels(text, spans).forEach((l, i) => rows[i].push(...l));
  }
  return { rows, articles };
}
