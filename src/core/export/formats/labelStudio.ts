import { filesEnding, parseJson } from './readFiles';
import type { Format, ImportedArticle } from './types';

/**
 * Label Studio's import JSON: one task per article with the text in `data` and the
 * annotations as `labels` results on `from_name: "label"`, `to_name: "text"` (the
 * names of the NER labelling config). Label Studio counts JavaScript string
 * offsets, as this project does.
 */
export const labelStudio: Format = {
  name: 'label-studio',
  export: (items) => [
    {
      path: 'label-studio.json',
      content:
        JSON.stringify(
          items.map((i) => ({
            data: { text: i.text, article: i.article, sha256: i.sha256 },
            annotations: [
              {
                result: i.annotations.map((a) => ({
                  id: a.id,
                  from_name: 'label',
                  to_name: 'text',
                  type: 'labels',
                  value: { start: a.start, end: a.end, text: a.text, labels: [a.label] },
                  ...(a.note ? { meta: { text: [a.note] } } : {}),
                })),
              },
            ],
          })),
          null,
          2,
        ) + '\n',
    },
  ],
  validate: (files, items) => {
    const tasks = JSON.parse(files.get('label-studio.json') ?? '[]') as LabelStudioTask[];
    if (tasks.length !== items.length) return [`label-studio.json has ${tasks.length} tasks for ${items.length} articles`];
    return tasks.flatMap((t, k) => {
      const problems = t.data.text === items[k].text ? [] : [`task ${k + 1}: data.text is not the article's text`];
      for (const r of t.annotations?.[0]?.result ?? []) {
        const v = r.value as { start: number; end: number; text?: string; labels?: string[] };
        if (r.from_name !== 'label' || r.to_name !== 'text' || r.type !== 'labels') problems.push(`task ${k + 1}, result ${r.id}: not a labels result from "label" to "text"`);
        if (t.data.text.slice(v.start, v.end) !== v.text) problems.push(`task ${k + 1}, result ${r.id}: ${v.start}-${v.end} does not slice “${v.text}”`);
        if (!v.labels?.length) problems.push(`task ${k + 1}, result ${r.id}: no label`);
      }
      return problems;
    });
  },
  import: (files) =>
    filesEnding(files, ['.json']).flatMap(([path, content]) => {
      const parsed = parseJson(path, content) as (LabelStudioTask | LabelStudioMinTask)[];
      if (!Array.isArray(parsed)) throw new Error(`${path} is not a Label Studio task list ([{"data": {"text": …}, "annotations": […]}])`);
      const tasks = parsed.map(fromMin);
      if (tasks.some((t) => typeof t?.data?.text !== 'string')) throw new Error(`${path} is not a Label Studio task list ([{"data": {"text": …}, "annotations": […]}])`);
      return tasks.map(
        (t, k): ImportedArticle => ({
          article: t.data.article ?? `task-${t.id ?? k + 1}.txt`,
          sourceText: t.data.text,
          // A finished task has `annotations`; a pre-annotated one only `predictions`.
          annotations: (t.annotations?.[0]?.result ?? t.predictions?.[0]?.result ?? [])
            .filter((r) => r.type === 'labels' && r.value)
            .map((r) => ({ label: r.value.labels?.[0] ?? 'annotation', start: r.value.start, end: r.value.end, ...(r.meta?.text?.[0] ? { note: r.meta.text[0] } : {}) })),
        }),
      );
    }),
};

type LabelStudioResult = { result: { id?: string; from_name?: string; to_name?: string; type: string; value: { start: number; end: number; text?: string; labels?: string[] }; meta?: { text?: string[] } }[] };
interface LabelStudioTask {
  id?: number;
  data: { article?: string; text: string };
  annotations?: LabelStudioResult[];
  predictions?: LabelStudioResult[];
}

/** Label Studio's JSON-MIN export: `{"text", "label": [{start, end, text, labels}]}` per task. */
interface LabelStudioMinTask {
  id?: number;
  text: string;
  label?: { start: number; end: number; labels: string[] }[];
}

function fromMin(t: LabelStudioTask | LabelStudioMinTask): LabelStudioTask {
  if (!('text' in t) || 'data' in t) return t as LabelStudioTask;
  return { id: t.id, data: { text: t.text }, annotations: [{ result: (t.label ?? []).map((l) => ({ type: 'labels', value: l })) }] };
}
