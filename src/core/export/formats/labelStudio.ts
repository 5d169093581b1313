import type { ExportAnnotation } from '../items';
import { OffsetMap } from '../offsets';
import { filesEnding, parseJson } from './readFiles';
import type { Format, ImportedArticle, ImportedSpan } from './types';
import { countNotImported, linkTypeOf, noLinkCounterpart } from './types';

/**
 * Label Studio's JSON: one task per article (with an `id`, which its converter
 * requires) and the text in `data`; the annotations of each person as one
 * annotation of the task (`completed_by` names them), the engine's unreviewed
 * findings as `predictions` (suggestions, not anyone's work). Results are `labels`
 * on `from_name: "label"`, `to_name: "text"` (the names of the NER labelling
 * config) and `relation` results for links. Offsets count code points, as Label
 * Studio's Python side does (its end-to-end test puts "test" at 21–25 in
 * "🐱 Warning: This is a test text").
 */
export const labelStudio: Format = {
  name: 'label-studio',
  export: (items) => {
    let annotationId = 0;
    const tasks = items.map((i, k) => {
      const map = new OffsetMap(i.text);
      const results = (xs: ExportAnnotation[]) => {
        const ids = new Set(xs.map((a) => a.id));
        return [
          ...xs.map((a) => ({
            id: a.id,
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: map.codePoint(a.start), end: map.codePoint(a.end), text: a.text, labels: [a.label] },
            ...(a.note ? { meta: { text: [a.note] } } : {}),
          })),
          ...xs.flatMap((a) => (a.relations ?? []).filter((r) => ids.has(r.to)).map((r) => ({ type: 'relation', from_id: a.id, to_id: r.to, direction: 'right', labels: [r.type] }))),
        ];
      };
      const people = new Map<string, ExportAnnotation[]>();
      const isSuggestion = (x: ExportAnnotation) => x.status === 'unreviewed' || x.status === 'suggested';
      for (const a of i.annotations.filter((x) => !isSuggestion(x))) people.set(a.annotator ?? '', [...(people.get(a.annotator ?? '') ?? []), a]);
      const suggestions = i.annotations.filter(isSuggestion);
      return {
        id: k + 1,
        data: { text: i.text, article: i.article, sha256: i.sha256 },
        annotations: [...people].map(([who, xs]) => ({ id: ++annotationId, ...(who ? { completed_by: { email: who } } : {}), result: results(xs) })),
        predictions: suggestions.length ? [{ model_version: 'corpus-annotator', result: results(suggestions) }] : [],
      };
    });
    return [{ path: 'label-studio.json', content: JSON.stringify(tasks, null, 2) + '\n' }];
  },
  validate: (files, items) => {
    const tasks = JSON.parse(files.get('label-studio.json') ?? '[]') as LabelStudioTask[];
    if (tasks.length !== items.length) return [`label-studio.json has ${tasks.length} tasks for ${items.length} articles`];
    const ids = new Set<unknown>();
    return tasks.flatMap((t, k) => {
      const problems = t.data.text === items[k].text ? [] : [`task ${k + 1}: data.text is not the article's text`];
      if (!Number.isInteger(t.id) || ids.has(t.id)) problems.push(`task ${k + 1}: no id of its own (Label Studio's converter needs one)`);
      ids.add(t.id);
      const map = new OffsetMap(t.data.text);
      for (const r of [...(t.annotations ?? []), ...(t.predictions ?? [])].flatMap((a) => a.result)) {
        if (r.type === 'relation') continue;
        const v = r.value!;
        if (r.from_name !== 'label' || r.to_name !== 'text' || r.type !== 'labels') problems.push(`task ${k + 1}, result ${r.id}: not a labels result from "label" to "text"`);
        if (map.slice(t.data.text, v.start, v.end) !== v.text) problems.push(`task ${k + 1}, result ${r.id}: code points ${v.start}-${v.end} do not slice “${v.text}”`);
        if (!v.labels?.length) problems.push(`task ${k + 1}, result ${r.id}: no label`);
      }
      return problems;
    });
  },
  import: (files) => {
    const jsons = filesEnding(files, ['.json']);
    if (!jsons.length) throw new Error('no .json file: a Label Studio import is its JSON or JSON-MIN export');
    return jsons.flatMap(([path, content]) => {
      const parsed = parseJson(path, content);
      const list = Array.isArray(parsed) ? parsed : [parsed];
      return list.map((t, k) => readTask(`${path}${Array.isArray(parsed) ? ` task ${k + 1}` : ''}`, t, k));
    });
  },
};

const SHAPE = '[{"id", "data": {"text": …}, "annotations": [{"result": […]}]}] or JSON-MIN [{"text": …, "label": [{"start", "end", "labels"}]}]';

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describe(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'a list' : typeof x === 'object' ? 'an object without text' : `${typeof x} ${JSON.stringify(x)?.slice(0, 40)}`;
}

/** Who made an annotation: Label Studio writes a user id, or the user with an email. */
function annotatorOf(who: unknown): string | undefined {
  if (typeof who === 'string' && who) return who;
  if (typeof who === 'number') return `label-studio-user-${who}`;
  if (isObject(who)) return typeof who.email === 'string' ? who.email : who.id !== undefined ? `label-studio-user-${String(who.id)}` : undefined;
  return undefined;
}

/** One task of the full JSON export (`annotations`, or `completions` before Label Studio 1.0) or one JSON-MIN record. */
function readTask(where: string, t: unknown, k: number): ImportedArticle {
  if (!isObject(t)) throw new Error(`${where} is ${describe(t)}, not a Label Studio task: ${SHAPE}`);
  if (isObject(t.data)) {
    const text = typeof t.data.text === 'string' ? t.data.text : undefined;
    if (text === undefined) throw new Error(`${where} has no data.text: ${SHAPE}`);
    const map = new OffsetMap(text);
    const skipped: { kind: string; reason: string }[] = [];
    const spans: ImportedSpan[] = [];
    const done = t.annotations ?? t.completions ?? [];
    const predictions = t.predictions ?? [];
    if (!Array.isArray(done) || !Array.isArray(predictions)) throw new Error(`${where}: annotations and predictions must be lists: ${SHAPE}`);
    for (const a of done) {
      if (!isObject(a) || !Array.isArray(a.result)) throw new Error(`${where}: an annotation without a result list: ${SHAPE}`);
      if (a.was_cancelled === true) {
        skipped.push({ kind: 'cancelled annotation', reason: 'the annotator skipped the task in Label Studio' });
        continue;
      }
      spans.push(...readResults(a.result, map, skipped, { annotator: annotatorOf(a.completed_by) }));
    }
    for (const p of predictions) {
      if (!isObject(p) || !Array.isArray(p.result)) throw new Error(`${where}: a prediction without a result list: ${SHAPE}`);
      spans.push(...readResults(p.result, map, skipped, { suggested: true }));
    }
    const article = typeof t.data.article === 'string' ? t.data.article : `task-${String(t.id ?? k + 1)}.txt`;
    return { article, sourceText: text, annotations: spans, notImported: countNotImported(skipped) };
  }
  // JSON-MIN: the task's data at the top, the spans under the labels' from_name (`label`, `ner`, …).
  const text = typeof t.text === 'string' ? t.text : undefined;
  if (text === undefined) throw new Error(`${where} is ${describe(t)}, not a Label Studio task: ${SHAPE}`);
  const map = new OffsetMap(text);
  const skipped: { kind: string; reason: string }[] = [];
  const results = Object.entries(t)
    .filter(([, v]) => Array.isArray(v) && v.length > 0 && v.every((r) => isObject(r) && 'start' in r && 'end' in r))
    .flatMap(([, v]) => (v as Record<string, unknown>[]).map((value) => ({ type: 'labels', value })));
  const spans = readResults(results, map, skipped, { annotator: annotatorOf(t.annotator) });
  const article = typeof t.article === 'string' ? t.article : `task-${String(t.id ?? k + 1)}.txt`;
  return { article, sourceText: text, annotations: spans, notImported: countNotImported(skipped) };
}

/** Label results as spans (one per label), relation results as links; other kinds of result counted. */
function readResults(results: unknown[], map: OffsetMap, skipped: { kind: string; reason: string }[], who: { annotator?: string; suggested?: boolean }): ImportedSpan[] {
  const spans: ImportedSpan[] = [];
  const byRef = new Map<string, ImportedSpan[]>();
  const relations: Record<string, unknown>[] = [];
  for (const r of results) {
    if (!isObject(r)) {
      skipped.push({ kind: 'unreadable result', reason: 'not an object' });
      continue;
    }
    if (r.type === 'relation') {
      relations.push(r);
      continue;
    }
    const v = r.value;
    if (!isObject(v) || !('start' in v) || !Array.isArray(v.labels)) {
      skipped.push({ kind: `${String(r.type ?? 'unknown')} result`, reason: 'this project imports labelled spans and relations' });
      continue;
    }
    const note = isObject(r.meta) && Array.isArray(r.meta.text) && typeof r.meta.text[0] === 'string' ? r.meta.text[0] : undefined;
    const start = map.unitOrMissing(v.start as number);
    const end = map.unitOrMissing(v.end as number);
    const ref = typeof r.id === 'string' ? r.id : undefined;
    for (const label of v.labels.length ? v.labels : ['annotation']) {
      const span: ImportedSpan = { label: label as string, start, end, ...(note ? { note } : {}), ...(who.annotator ? { annotator: who.annotator } : {}), ...(who.suggested ? { suggested: true } : {}), ...(ref ? { ref } : {}) };
      spans.push(span);
      if (ref) byRef.set(ref, [...(byRef.get(ref) ?? []), span]);
    }
  }
  for (const r of relations) {
    const label = Array.isArray(r.labels) && typeof r.labels[0] === 'string' ? r.labels[0].toLowerCase() : '';
    const type = linkTypeOf(label);
    const from = byRef.get(String(r.from_id));
    if (!from || !byRef.has(String(r.to_id))) skipped.push({ kind: 'relation', reason: 'between results that are not labelled spans' });
    else if (!type) skipped.push({ kind: 'relation', reason: noLinkCounterpart(`relation ${label ? `labelled ${label}` : 'without a label'}`) });
    else for (const s of from) (s.links ??= []).push({ type, to: String(r.to_id) });
  }
  return spans;
}

interface LabelStudioResult {
  id?: string;
  from_name?: string;
  to_name?: string;
  type: string;
  value?: { start: number; end: number; text?: string; labels?: string[] };
}
interface LabelStudioTask {
  id?: number;
  data: { article?: string; text: string };
  annotations?: { result: LabelStudioResult[] }[];
  predictions?: { result: LabelStudioResult[] }[];
}
