import { OffsetMap, wholeCharacterBoundary } from '../offsets';
import { filesEnding, parseJson } from './readFiles';
import type { Format, ImportedArticle, ImportedSpan } from './types';
import { countNotImported, linkTypeOf, noLinkCounterpart } from './types';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const SOURCE_PREFIX = 'urn:corpus-annotator:article:';

/** An article's W3C source: an IRI (the model requires one), naming the article file. */
export function articleIri(article: string): string {
  return `${SOURCE_PREFIX}${encodeURIComponent(article)}`;
}

/** The article a source IRI names: ours, or the last path segment of any other IRI. */
function articleOfSource(source: string): string {
  const name = source.startsWith(SOURCE_PREFIX) ? source.slice(SOURCE_PREFIX.length) : (source.split(/[?#]/)[0].split('/').pop() ?? '');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * W3C Web Annotation (JSON-LD): one AnnotationCollection per export, each
 * annotation with a tagging body (the label), a commenting body (the note), a
 * classifying body for a number's kind (`percent`, `money` …) and a
 * target whose source is the article's IRI, with both a TextQuoteSelector (its
 * prefix and suffix never split a character) and a TextPositionSelector (code points).
 * A link (a quotation's speaker, a claim's source) is an annotation of its own with
 * the motivation `linking`, a tagging body naming the link's type and two targets,
 * the linking annotation and the linked one, in that order (as Recogito writes
 * relations between annotations).
 */
export const webAnnotation: Format = {
  name: 'w3c',
  export: (items) => {
    const idOf = (article: string, id: string) => `urn:corpus-annotator:annotation:${encodeURIComponent(article)}:${encodeURIComponent(id)}`;
    const links = items.flatMap((i) => {
      const here = new Set(i.annotations.map((a) => a.id));
      return i.annotations.flatMap((a) =>
        (a.relations ?? [])
          .filter((r) => here.has(r.to))
          .map((r) => ({
            id: `urn:corpus-annotator:link:${encodeURIComponent(i.article)}:${encodeURIComponent(a.id)}:${r.type}:${encodeURIComponent(r.to)}`,
            type: 'Annotation',
            motivation: 'linking',
            ...(a.annotator ? { creator: { type: 'Person', nickname: a.annotator } } : {}),
            body: [{ type: 'TextualBody', purpose: 'tagging', value: r.type }],
            target: [{ id: idOf(i.article, a.id) }, { id: idOf(i.article, r.to) }],
          })),
      );
    });
    const annotations = items.flatMap((i) => {
      const map = new OffsetMap(i.text);
      return i.annotations.map((a) => ({
        id: idOf(i.article, a.id),
        type: 'Annotation',
        motivation: 'tagging',
        ...(a.annotator ? { creator: { type: 'Person', nickname: a.annotator } } : {}),
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: a.label },
          ...(a.note ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note }] : []),
          ...(a.verdict ? [{ type: 'TextualBody', purpose: 'assessing', value: a.verdict }] : []),
          // A number's kind (count, percent, money …) classifies the figure.
          ...(a.numberKind ? [{ type: 'TextualBody', purpose: 'classifying', value: a.numberKind }] : []),
        ],
        target: {
          source: articleIri(i.article),
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: a.text,
              prefix: i.text.slice(wholeCharacterBoundary(i.text, Math.max(0, a.start - 32), 1), a.start),
              suffix: i.text.slice(a.end, wholeCharacterBoundary(i.text, a.end + 32, -1)),
            },
            { type: 'TextPositionSelector', start: map.codePoint(a.start), end: map.codePoint(a.end) },
          ],
        },
      }));
    });
    const all = [...annotations, ...links];
    const collection = { '@context': CONTEXT, id: 'urn:corpus-annotator:export', type: 'AnnotationCollection', total: all.length, first: { id: 'urn:corpus-annotator:export:page-1', type: 'AnnotationPage', items: all } };
    return [{ path: 'annotations.jsonld', content: JSON.stringify(collection, null, 2) + '\n' }];
  },
  validate: (files, items) => {
    const doc = JSON.parse(files.get('annotations.jsonld') ?? '{}') as { '@context'?: string; type?: string; total?: number; first?: { type?: string; items?: WebAnno[] } };
    const problems: string[] = [];
    if (doc['@context'] !== CONTEXT) problems.push(`@context is not ${CONTEXT}`);
    if (doc.type !== 'AnnotationCollection' || doc.first?.type !== 'AnnotationPage') problems.push('not an AnnotationCollection with a first AnnotationPage');
    const list = doc.first?.items ?? [];
    if (doc.total !== list.length) problems.push(`total is ${doc.total} for ${list.length} annotations`);
    const texts = new Map(items.map((i) => [articleIri(i.article), i.text]));
    const maps = new Map<string, OffsetMap>();
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const ids = new Set(list.map((w) => w.id));
    for (const w of list) {
      const where = `annotation ${w.id}`;
      if (w.motivation === 'linking') {
        const ends = linkEnds(w);
        if (!ends || !ids.has(ends[0]) || !ids.has(ends[1])) problems.push(`${where}: a link needs two targets that are annotations of the export`);
        continue;
      }
      if (w.type !== 'Annotation' || typeof w.id !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(w.id)) problems.push(`${where}: needs "type": "Annotation" and an IRI for id`);
      const bodies = Array.isArray(w.body) ? w.body : [w.body];
      if (!bodies.every((b) => b?.type === 'TextualBody' && typeof b.value === 'string')) problems.push(`${where}: every body must be a TextualBody with a value`);
      const text = texts.get(w.target?.source);
      if (text === undefined) {
        problems.push(`${where}: target.source is not the IRI of an exported article`);
        continue;
      }
      const selectors = w.target.selector as { type: string }[];
      const pos = selectors.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix: string; suffix: string } | undefined;
      if (!pos || !quote) {
        problems.push(`${where}: needs a TextQuoteSelector and a TextPositionSelector`);
        continue;
      }
      const map = maps.get(w.target.source) ?? new OffsetMap(text);
      maps.set(w.target.source, map);
      if (map.slice(text, pos.start, pos.end) !== quote.exact) problems.push(`${where}: the position selector ${pos.start}-${pos.end} does not select the quote “${quote.exact}”`);
      if (lone.test(quote.prefix) || lone.test(quote.suffix)) problems.push(`${where}: the quote's prefix or suffix holds half of a character`);
    }
    return problems;
  },
  import: (files, texts) => {
    const byArticle = new Map<string, ImportedArticle>();
    // One offset map per article, not one per annotation: building it reads the whole text.
    const maps = new Map<string, OffsetMap>();
    const skipped: { kind: string; reason: string }[] = [];
    const found = filesEnding(files, ['.jsonld', '.json']);
    if (!found.length) throw new Error('no .jsonld or .json file: a W3C Web Annotation import is an annotation, a page, a collection or a list of annotations');
    const byId = new Map<string, ImportedSpan>();
    const links: { type: string; from: string; to: string }[] = [];
    for (const [path, content] of found) {
      for (const w of annotationsOf(path, parseJson(path, content))) {
        const ends = w.motivation === 'linking' ? linkEnds(w) : undefined;
        if (ends) {
          const tag = bodiesOf(w).find((b) => typeof b.value === 'string')?.value ?? w.bodyValue;
          links.push({ type: typeof tag === 'string' ? tag : 'link', from: ends[0], to: ends[1] });
          continue;
        }
        const target = (Array.isArray(w.target) ? w.target : [w.target]).find((t) => isObject(t) && t.selector !== undefined);
        if (!isObject(target)) {
          skipped.push({ kind: 'annotation of a whole document', reason: 'its target has no selector, so it marks no span' });
          continue;
        }
        const selectors = (Array.isArray(target.selector) ? target.selector : [target.selector]).filter(isObject);
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
        let article = typeof target.source === 'string' ? articleOfSource(target.source) : undefined;
        // Without a source (or with one that names no article), the quote says where: the one article holding it with its context.
        if ((article === undefined || !texts.has(article)) && typeof quote?.exact === 'string') article = articleQuoting(texts, quote) ?? article;
        if (article === undefined) {
          skipped.push({ kind: 'annotation without a source', reason: 'its quote is in no article of the corpus, or in more than one' });
          continue;
        }
        const text = texts.get(article) ?? '';
        const map = maps.get(article) ?? new OffsetMap(text);
        maps.set(article, map);
        const span = locate(text, map, selectors);
        const bodies = bodiesOf(w);
        const tagging = bodies.find((b) => b.purpose === 'tagging' && typeof b.value === 'string') ?? (typeof w.bodyValue === 'string' && w.motivation === 'tagging' ? { value: w.bodyValue } : undefined);
        const commenting = bodies.find((b) => b.purpose === 'commenting' && typeof b.value === 'string') ?? (typeof w.bodyValue === 'string' && w.motivation !== 'tagging' ? { value: w.bodyValue } : undefined);
        const annotator = creatorName(w.creator);
        const entry = byArticle.get(article) ?? { article, annotations: [] };
        const imported: ImportedSpan = { label: (tagging?.value as string) ?? 'annotation', ...span, ...(commenting ? { note: commenting.value as string } : {}), ...(annotator ? { annotator } : {}) };
        entry.annotations.push(imported);
        byArticle.set(article, entry);
        if (typeof w.id === 'string') byId.set(w.id, imported);
      }
    }
    for (const l of links) {
      const from = byId.get(l.from);
      const to = byId.get(l.to);
      const type = linkTypeOf(l.type);
      if (!from || !to) skipped.push({ kind: 'link', reason: 'a link whose ends are not annotations of the imported files' });
      else if (!type) skipped.push({ kind: 'link', reason: noLinkCounterpart(`link type ${l.type}`) });
      else {
        to.ref ??= l.to;
        (from.links ??= []).push({ type, to: to.ref });
      }
    }
    const out = [...byArticle.values()];
    if (skipped.length) {
      const first = out[0] ?? { article: '(no article)', annotations: [] };
      first.notImported = countNotImported(skipped);
      if (!out.length) out.push(first);
    }
    return out;
  },
};

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const SHAPE = 'an Annotation, an AnnotationPage, an AnnotationCollection with its first page, or a list of annotations';

/** The annotations of a document: one annotation, a page (`items`), a collection (its first page inline) or a plain list. */
function annotationsOf(path: string, doc: unknown): WebAnno[] {
  const list = Array.isArray(doc) ? doc : isObject(doc) ? (doc.type === 'Annotation' || doc.target !== undefined ? [doc] : isObject(doc.first) ? doc.first.items : doc.items) : undefined;
  if (isObject(doc) && typeof doc.first === 'string') throw new Error(`${path}: the collection's first page is only linked (${doc.first}); save the page itself and import that`);
  if (!Array.isArray(list)) throw new Error(`${path} is not ${SHAPE}`);
  const bad = list.findIndex((w) => !isObject(w) || w.target === undefined);
  if (bad >= 0) throw new Error(`${path}: item ${bad + 1} is not an annotation with a target (${SHAPE})`);
  return list as WebAnno[];
}

/** The name of an annotation's creator: a nickname, a name, or the creator's IRI. */
function creatorName(creator: unknown): string | undefined {
  const c = Array.isArray(creator) ? creator[0] : creator;
  if (typeof c === 'string') return c;
  if (!isObject(c)) return undefined;
  for (const k of ['nickname', 'name', 'id']) if (typeof c[k] === 'string' && c[k]) return c[k] as string;
  return undefined;
}

/** The one article that holds a quote (with its prefix and suffix where given); none where none or several do. */
function articleQuoting(texts: Map<string, string>, quote: Record<string, unknown>): string | undefined {
  const exact = quote.exact as string;
  const withContext = `${typeof quote.prefix === 'string' ? quote.prefix : ''}${exact}${typeof quote.suffix === 'string' ? quote.suffix : ''}`;
  for (const needle of [withContext, exact]) {
    const holding = [...texts].filter(([, t]) => t.includes(needle));
    if (holding.length === 1) return holding[0][0];
    if (holding.length > 1) return undefined;
  }
  return undefined;
}

/**
 * The position selector where it still selects the quoted text; otherwise the
 * quote itself (with its prefix where it repeats), as the W3C model intends when a
 * document has changed since it was annotated.
 */
function locate(text: string, map: OffsetMap, selectors: Record<string, unknown>[]): { start: number; end: number } {
  const pos = selectors.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number } | undefined;
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix?: string } | undefined;
  if (pos) {
    const start = map.unitOrMissing(pos.start);
    const end = map.unitOrMissing(pos.end);
    if (start >= 0 && end >= 0 && (!quote || text.slice(start, end) === quote.exact)) return { start, end };
  }
  if (typeof quote?.exact === 'string' && quote.exact) {
    const withPrefix = typeof quote.prefix === 'string' && quote.prefix ? text.indexOf(quote.prefix + quote.exact) : -1;
    const start = withPrefix >= 0 ? withPrefix + quote.prefix!.length : text.indexOf(quote.exact);
    if (start >= 0) return { start, end: start + quote.exact.length };
  }
  return { start: -1, end: -1 };
}

/** An annotation's bodies: one, a list, or none. */
function bodiesOf(w: WebAnno): Record<string, unknown>[] {
  return (Array.isArray(w.body) ? w.body : w.body === undefined ? [] : [w.body]).filter(isObject);
}

/** A linking annotation's two ends, by id: its targets as IRIs or as objects with an id. */
function linkEnds(w: WebAnno): [string, string] | undefined {
  const targets = (Array.isArray(w.target) ? w.target : [w.target]).map((t: unknown) => (typeof t === 'string' ? t : isObject(t) && typeof t.id === 'string' && t.selector === undefined ? t.id : undefined));
  return targets.length === 2 && targets[0] && targets[1] ? [targets[0], targets[1]] : undefined;
}

interface WebAnno {
  id?: string;
  type?: string;
  motivation?: unknown;
  creator?: unknown;
  bodyValue?: unknown;
  body?: unknown;
  target: { source: string; selector: unknown };
}
