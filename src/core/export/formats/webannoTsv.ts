import type { ExportAnnotation } from '../items';
import type { Format, ImportedArticle, ImportedSpan } from './types';
import { countNotImported, linkTypeOf, noLinkCounterpart } from './types';

/**
 * WebAnno TSV 3.3, the format WebAnno and INCEpTION exchange: per article a
 * `.tsv` with one span layer (`webanno.custom.CorpusAnnotation`, features `label`,
 * `note` and `numberKind`: a number's kind, `count`, `percent`, `money` …), the text in `#Text=` lines, then one line per token: its address
 * (`sentence-token`), UTF-16 offsets (Java string indices, the same as this
 * project's), the token and one column per feature. A span over several tokens,
 * or stacked with another, carries its number (`claim[4]`) on each of its tokens.
 * Sentences here are the text's lines, joined where an annotation runs over a
 * line break; tokens are split at every annotation's boundaries so that each
 * span covers whole tokens.
 *
 * INCEpTION rebuilds the document text from the `#Text=` lines (its
 * Tsv3XDeserializer): each sentence's text is placed at its first token's offset,
 * its lines joined with `\n`, gaps between sentences filled with spaces. So a
 * sentence's text starts at its first token (never at leading spaces), is split at
 * `\n` only, and is escaped as Tsv3XSerializer escapes it (`\r`, `\t`, `\\`, …):
 * then every token sits at its offsets in the text INCEpTION rebuilds.
 */
const LAYER = 'webanno.custom.CorpusAnnotation';
/**
 * Links (a quotation's speaker, a claim's source) as a relation layer over the span
 * layer: the row of the linked-to span's first token carries the link's type and the
 * linking span's first token (`3-7`), with both spans' numbers where either has one
 * (`3-7[4_0]`), as INCEpTION writes relations (governor → dependent).
 */
const LINK_LAYER = 'webanno.custom.CorpusLink';
const HEADER = '#FORMAT=WebAnno TSV 3.3';

/**
 * Characters WebAnno TSV escapes with a backslash in feature values (INCEpTION's
 * Escaping.escapeValue). It has no escape for a carriage return, and a raw one would
 * end the line for its reader: a line break in a note is written as `\n`.
 */
function escape(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\\[\]|_*;\t\n]|->/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\${c}`));
}

/** A `#Text=` line as INCEpTION's Escaping.escapeText writes it (TSV 3.2 and later). */
export function escapeTsvText(line: string): string {
  const named: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '\b': '\\b', '\\': '\\\\' };
  // Other control characters but U+0008–U+000D get a backslash before them, as there.
  return line.replace(/[\x00-\x07\x0e-\x1f\t\n\f\r\b\\]/g, (c) => named[c] ?? `\\${c}`);
}

/** The inverse of escapeTsvText (INCEpTION's Escaping.unescapeText). */
function unescapeTsvText(line: string): string {
  const named: Record<string, string> = { t: '\t', n: '\n', f: '\f', r: '\r', b: '\b', '\\': '\\' };
  return line.replace(/\\([tnfrb\\]|[\x00-\x07\x0e-\x1f])/g, (_, c: string) => named[c] ?? c);
}

/**
 * The document text INCEpTION's reader rebuilds from a TSV file (Tsv3XDeserializer.readContent):
 * each sentence's `#Text=` lines, unescaped and joined with `\n`, placed at its first
 * token's offset; a line break after each sentence; spaces where the next sentence starts later.
 */
export function textInceptionRebuilds(content: string): string {
  let text = '';
  let sentence: string[] | undefined;
  for (const line of content.split(/\r\n|\n|\r/)) {
    if (line.startsWith('#Text=')) {
      (sentence ??= []).push(unescapeTsvText(line.slice('#Text='.length)));
      continue;
    }
    const token = /^\d+-\d+\t(\d+)-\d+\t/.exec(line);
    if (!token || !sentence) continue;
    const begin = Number(token[1]);
    if (text.length > begin) text = text.slice(0, -1);
    if (text.length < begin) text += ' '.repeat(begin - text.length);
    text += sentence.map((l) => `${l}\n`).join('');
    sentence = undefined;
  }
  return text;
}

function unescape(value: string): string {
  return value.replace(/\\(->|[\s\S])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/** Splits on a separator not preceded by a backslash. */
function splitUnescaped(value: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let k = 0; k < value.length; k++) {
    if (value[k] === '\\' && k + 1 < value.length) {
      current += value[k] + value[k + 1];
      k++;
    } else if (value[k] === separator) {
      out.push(current);
      current = '';
    } else current += value[k];
  }
  out.push(current);
  return out;
}

interface Token {
  start: number;
  end: number;
}

/** The text's tokens: runs of non-space characters, punctuation on its own, split at every span boundary. */
function tokensOf(text: string, cuts: Set<number>): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
  for (const m of text.matchAll(re)) {
    let s = m.index;
    const e = m.index + m[0].length;
    for (let p = s + 1; p < e; p++) {
      if (cuts.has(p)) {
        tokens.push({ start: s, end: p });
        s = p;
      }
    }
    tokens.push({ start: s, end: e });
  }
  return tokens;
}

/** The annotation without the spaces at its ends: a token never holds a space. */
function trimmed(text: string, a: ExportAnnotation): { start: number; end: number } {
  let s = a.start;
  let e = a.end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function exportArticleTsv(text: string, annotations: ExportAnnotation[]): string {
  const spans = annotations.map((a) => ({ a, ...trimmed(text, a) })).filter((x) => x.end > x.start);
  const cuts = new Set(spans.flatMap((x) => [x.start, x.end]));
  const tokens = tokensOf(text, cuts);
  // Lines, joined where a span runs over a line break.
  const breaks: number[] = [];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) if (!spans.some((x) => x.start < m.index && m.index < x.end)) breaks.push(m.index);
  const sentences: { start: number; end: number; tokens: Token[] }[] = [];
  let from = 0;
  for (const b of [...breaks, text.length]) {
    const within = tokens.filter((t) => t.start >= from && t.end <= b);
    // The sentence's text starts at its first token: INCEpTION places it there.
    if (within.length) sentences.push({ start: within[0].start, end: b, tokens: within });
    from = b + 1;
  }
  // Which spans cover each token, and whether a span needs its number (several tokens, or stacked).
  const covering = new Map<Token, typeof spans>();
  for (const t of tokens) covering.set(t, []);
  let first = 0;
  const sortedSpans = [...spans].sort((x, y) => x.start - y.start);
  for (const t of tokens) {
    while (first < sortedSpans.length && sortedSpans[first].end <= t.start && sortedSpans[first].start < t.start) first++;
    for (let k = first; k < sortedSpans.length && sortedSpans[k].start <= t.start; k++) if (sortedSpans[k].end >= t.end) covering.get(t)!.push(sortedSpans[k]);
  }
  const numbered = new Map<(typeof spans)[number], number>();
  for (const t of tokens) {
    const here = covering.get(t)!;
    for (const x of here) if (here.length > 1 || x.start !== t.start || x.end !== t.end) numbered.set(x, 0);
  }
  let n = 0;
  for (const x of spans) if (numbered.has(x)) numbered.set(x, ++n);
  const address = new Map<Token, string>();
  sentences.forEach((s, k) => s.tokens.forEach((t, j) => address.set(t, `${k + 1}-${j + 1}`)));
  const links = linksByToken(spans, tokens, address, numbered);
  const lines = [HEADER, `#T_SP=${LAYER}|label|note|numberKind`, `#T_RL=${LINK_LAYER}|type|BT_${LAYER}`, '', ''];
  sentences.forEach((s, k) => {
    for (const line of text.slice(s.start, s.end).split('\n')) lines.push(`#Text=${escapeTsvText(line)}`);
    s.tokens.forEach((t, j) => {
      const here = covering.get(t)!;
      const cell = (value: (x: (typeof spans)[number]) => string) => (here.length ? here.map((x) => `${value(x)}${numbered.has(x) ? `[${numbered.get(x)}]` : ''}`).join('|') : '_');
      const linked = links.get(t);
      const linkCells = linked ? [linked.map((l) => l.type).join('|'), linked.map((l) => l.governor).join('|')] : ['_', '_'];
      lines.push([`${k + 1}-${j + 1}`, `${t.start}-${t.end}`, text.slice(t.start, t.end), cell((x) => escape(x.a.label)), cell((x) => (x.a.note ? escape(x.a.note) : '*')), cell((x) => x.a.numberKind ?? '*'), ...linkCells, ''].join('\t'));
    });
    lines.push('');
  });
  return lines.join('\n');
}

/** The links each token's row carries: those to the span the token starts, each naming the linking span's first token. */
function linksByToken<S extends { a: ExportAnnotation; start: number; end: number }>(
  spans: S[],
  tokens: Token[],
  address: Map<Token, string>,
  numbered: Map<S, number>,
): Map<Token, { type: string; governor: string }[]> {
  const firstToken = new Map<number, Token>();
  for (const t of tokens) if (!firstToken.has(t.start)) firstToken.set(t.start, t);
  const byId = new Map(spans.map((x) => [x.a.id, x]));
  const out = new Map<Token, { type: string; governor: string }[]>();
  for (const from of spans) {
    for (const r of from.a.relations ?? []) {
      const to = byId.get(r.to);
      const fromToken = firstToken.get(from.start);
      const toToken = to && firstToken.get(to.start);
      if (!to || !fromToken || !toToken) continue;
      const ids = numbered.has(from) || numbered.has(to) ? `[${numbered.get(from) ?? 0}_${numbered.get(to) ?? 0}]` : '';
      const list = out.get(toToken) ?? [];
      list.push({ type: escape(r.type), governor: `${address.get(fromToken)}${ids}` });
      out.set(toToken, list);
    }
  }
  return out;
}

function tsvName(article: string): string {
  return `${article.replace(/\.txt$/i, '')}.tsv`;
}

export const webannoTsv: Format = {
  name: 'webanno-tsv',
  export: (items) => items.map((i) => ({ path: tsvName(i.article), content: exportArticleTsv(i.text, i.annotations) })),
  validate: (files, items) => {
    const problems: string[] = [];
    for (const i of items) {
      const name = tsvName(i.article);
      const content = files.get(name);
      if (content === undefined) {
        problems.push(`${name} is missing`);
        continue;
      }
      if (!content.startsWith(`${HEADER}\n`)) problems.push(`${name}: does not start with ${HEADER}`);
      const rebuilt = textInceptionRebuilds(content);
      const misplaced: string[] = [];
      content.split('\n').forEach((line, k) => {
        const cols = line.split('\t');
        if (!/^\d+-\d+\t/.test(line)) return;
        const [b, e] = cols[1].split('-').map(Number);
        if (i.text.slice(b, e) !== cols[2]) problems.push(`${name} line ${k + 1}: offsets ${cols[1]} slice “${i.text.slice(b, e)}”, not the token “${cols[2]}”`);
        if (cols.length !== 9) problems.push(`${name} line ${k + 1}: ${cols.length - 1} columns, not 8 (address, offsets, token, label, note, number kind, link type, linking token)`);
        if (rebuilt.slice(b, e) !== i.text.slice(b, e)) misplaced.push(line);
      });
      if (misplaced.length) problems.push(`${name}: ${misplaced.length} tokens are not at their offsets in the text INCEpTION rebuilds from the #Text lines (first: ${misplaced[0].split('\t').slice(0, 3).join(' ')})`);
      const back = readTsv(content, i.text);
      const want = i.annotations.map((a) => ({ a, ...trimmed(i.text, a) })).filter((x) => x.end > x.start);
      const got = new Set(back.annotations.map((s) => `${s.label}|${s.start}|${s.end}`));
      for (const x of want) if (!got.has(`${x.a.label}|${x.start}|${x.end}`)) problems.push(`${name}: the ${x.a.label} “${x.a.text.slice(0, 40)}” at ${x.start}-${x.end} does not read back`);
    }
    return problems;
  },
  import: (files, texts) => {
    const tsvs = [...files].filter(([p]) => p.toLowerCase().endsWith('.tsv'));
    if (!tsvs.length) throw new Error('no .tsv file: a WebAnno TSV import is a .tsv file or a folder of them (INCEpTION: annotation/<document>/<user>.tsv)');
    return tsvs.map(([path, content]): ImportedArticle => {
      if (!content.replace(/^\uFEFF/, '').startsWith('#FORMAT=WebAnno TSV 3')) throw new Error(`${path} is not WebAnno TSV 3 (it must start with “#FORMAT=WebAnno TSV 3.x”)`);
      const parts = path.split('/');
      // INCEpTION's project export keeps each person's file as annotation/<document>/<user>.tsv.
      const inFolder = parts.length >= 2 && /\.[^./]+$/.test(parts[parts.length - 2]);
      const article = inFolder ? parts[parts.length - 2] : `${parts[parts.length - 1].replace(/\.tsv$/i, '').replace(/\.txt$/i, '')}.txt`;
      const user = inFolder ? parts[parts.length - 1].replace(/\.tsv$/i, '') : undefined;
      const annotator = user && user !== 'INITIAL_CAS' && user !== 'CURATION_USER' ? user : undefined;
      const read = readTsv(content, texts.get(article));
      return {
        article,
        ...(read.sourceText !== undefined ? { sourceText: read.sourceText } : {}),
        annotations: annotator ? read.annotations.map((s) => ({ ...s, annotator })) : read.annotations,
        notImported: read.notImported,
      };
    });
  },
};

/** A relation as a TSV row gives it: the dependent is the row's unit, the governor the unit its base-type column names. */
interface TsvRelation {
  type: string;
  spanLayer: string;
  governorUnit: string;
  governorId: number;
  dependentUnit: string;
  dependentId: number;
}

/** The relations a row's columns of one relation layer hold (stacked ones separated by `|`). */
function relationsOfRow(layer: { name: string; features: string[] }, columns: string[], unit: string): TsvRelation[] {
  const base = layer.features.findIndex((f) => f.startsWith('BT_'));
  if (base < 0 || !columns[base] || columns[base] === '_') return [];
  const spanLayer = layer.features[base].slice(3);
  const named = ['type', 'value', 'label'].map((n) => layer.features.indexOf(n)).find((k) => k >= 0);
  const valueColumn = named ?? layer.features.findIndex((f, k) => k !== base && !f.startsWith('ROLE_'));
  const governors = splitUnescaped(columns[base], '|');
  const types = valueColumn >= 0 && columns[valueColumn] && columns[valueColumn] !== '_' ? splitUnescaped(columns[valueColumn], '|') : [];
  return governors.flatMap((g, k) => {
    const m = /^(\d+-\d+(?:\.\d+)?)(?:\[(\d+)_(\d+)\])?$/.exec(g);
    if (!m) return [];
    const type = types[k] && types[k] !== '*' ? unescape(types[k]) : layer.name.split('.').pop()!;
    return [{ type, spanLayer, governorUnit: m[1], governorId: Number(m[2] ?? 0), dependentUnit: unit, dependentId: Number(m[3] ?? 0) }];
  });
}

/**
 * One TSV file's span annotations. Every span layer is read: the label is the
 * `label` feature (this project's layer), `value` (INCEpTION's named entities) or
 * the first feature with a value, else the layer's name. Relations typed
 * `speaker` or `source` become links (governor → dependent); other relations and
 * chain layers are counted, not imported. Offsets are the article's when every token
 * sits there; otherwise the text is rebuilt from the tokens and the spans are found
 * again by their quotes.
 */
function readTsv(content: string, articleText: string | undefined): { annotations: ImportedSpan[]; sourceText?: string; notImported: ReturnType<typeof countNotImported> } {
  const layers: { kind: 'SP' | 'RL' | 'CH'; name: string; features: string[] }[] = [];
  const spans = new Map<string, ImportedSpan & { layer: string }>();
  const skipped: { kind: string; reason: string }[] = [];
  const tokens: { start: number; end: number; text: string }[] = [];
  const atUnit = new Map<string, string>();
  const relations: TsvRelation[] = [];
  let single = 0;
  for (const raw of content.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const layer = /^#T_(SP|RL|CH)=([^|]+)\|?(.*)$/.exec(raw);
    if (layer) {
      layers.push({ kind: layer[1] as 'SP' | 'RL' | 'CH', name: layer[2], features: layer[3] ? layer[3].split('|') : [] });
      continue;
    }
    const m = /^(\d+)-(\d+(?:\.\d+)?)\t(\d+)-(\d+)\t([^\t]*)\t?(.*)$/.exec(raw);
    if (!m) continue;
    const unit = `${m[1]}-${m[2]}`;
    const start = Number(m[3]);
    const end = Number(m[4]);
    if (!m[2].includes('.')) tokens.push({ start, end, text: m[5] });
    let cols = m[6].split('\t');
    if (cols[cols.length - 1] === '') cols = cols.slice(0, -1);
    let c = 0;
    for (const l of layers) {
      // One column per declared feature (a relation layer's BT_ entry is its governor's column).
      const width = Math.max(1, l.features.length);
      const mine = cols.slice(c, c + width);
      c += width;
      if (l.kind === 'RL') {
        relations.push(...relationsOfRow(l, mine, unit));
        continue;
      }
      if (l.kind !== 'SP') {
        if (mine.some((v) => v && v !== '_')) skipped.push({ kind: 'chain link', reason: `layer ${l.name} has no counterpart in this project` });
        continue;
      }
      const columns = l.features.length ? mine : [mine[0] ?? '_'];
      const cells = columns.map((v) => (v && v !== '_' ? splitUnescaped(v, '|') : []));
      const count = Math.max(0, ...cells.map((x) => x.length));
      for (let k = 0; k < count; k++) {
        let id: string | undefined;
        const values: Record<string, string> = {};
        cells.forEach((cell, f) => {
          const v = cell[k] ?? '*';
          const idm = /^(.*)\[(\d+(?:_\d+)?)\]$/.exec(v);
          if (idm) id = idm[2];
          const value = idm ? idm[1] : v;
          if (value !== '*' && value !== '') values[l.features[f] ?? 'value'] = unescape(value);
        });
        const key = id ? `${l.name}|${id}` : `${l.name}|single${++single}`;
        // What a relation naming this unit without a number points at (INCEpTION: the unit's first annotation of the layer).
        if (k === 0 && !atUnit.has(`${l.name}|${unit}`)) atUnit.set(`${l.name}|${unit}`, key);
        const existing = spans.get(key);
        if (existing) {
          existing.start = Math.min(existing.start, start);
          existing.end = Math.max(existing.end, end);
          continue;
        }
        const label = values.label ?? values.value ?? Object.values(values)[0] ?? l.name.split('.').pop()!;
        spans.set(key, { layer: l.name, label, start, end, ...(values.note ? { note: values.note } : {}) });
      }
    }
  }
  for (const r of relations) {
    const governor = spans.get(r.governorId > 0 ? `${r.spanLayer}|${r.governorId}` : (atUnit.get(`${r.spanLayer}|${r.governorUnit}`) ?? ''));
    const dependentKey = r.dependentId > 0 ? `${r.spanLayer}|${r.dependentId}` : (atUnit.get(`${r.spanLayer}|${r.dependentUnit}`) ?? '');
    const dependent = spans.get(dependentKey);
    const type = linkTypeOf(r.type);
    if (!governor || !dependent) skipped.push({ kind: 'relation', reason: `a relation whose ends are not spans of ${r.spanLayer}` });
    else if (!type) skipped.push({ kind: 'relation', reason: noLinkCounterpart(`relation type ${r.type}`) });
    else {
      dependent.ref ??= dependentKey;
      (governor.links ??= []).push({ type, to: dependent.ref });
    }
  }
  const annotations = [...spans.values()].map(({ layer: _, ...s }) => s);
  const fits = articleText !== undefined && tokens.every((t) => articleText.slice(t.start, t.end) === t.text);
  if (fits || !tokens.length) return { annotations, notImported: countNotImported(skipped) };
  // The file's text differs from the article: rebuild it from its tokens, so the spans can be found again by their quotes.
  const length = Math.max(...tokens.map((t) => t.end));
  const chars = new Array<string>(length).fill(' ');
  for (const t of tokens) for (let k = 0; k < t.text.length && t.start + k < length; k++) chars[t.start + k] = t.text[k];
  return { annotations, sourceText: chars.join(''), notImported: countNotImported(skipped) };
}
