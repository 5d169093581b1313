import type { ExportAnnotation } from '../items';
import { OffsetMap } from '../offsets';
import type { Format, ImportedArticle, ImportedSpan, NotImported } from './types';
import { countNotImported, linkTypeOf, noLinkCounterpart } from './types';

/** The brat attribute that carries a number's kind (count, percent, money, date, duration, ordinal …). */
const NUMBER_KIND = 'NumberKind';
const NUMBER_KIND_LINE = /^A\S*\tNumberKind /;

/** brat entity types must be single words; ours are already (person, place, …, custom labels slugged). */
function bratType(label: string): string {
  return label.replace(/[^A-Za-z0-9_-]+/g, '_');
}

/**
 * What brat's Python reads as the end of a line (`str.splitlines`): a span's
 * fragment may not run over one, and the text shown on a `T` line may not hold
 * one, or brat reads the rest of the line as a line of its own. U+2028 inside a
 * quotation is the case that happens in news text.
 */
const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const LINE_BREAKS = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+/g;

/**
 * Overlap rules brat's `verify_annotations` checks: by default two spans may not
 * nest, coincide or cross, but a quotation is often also a claim, and names and
 * figures sit inside both. This project's data allows any overlap, so the export
 * says so.
 */
const OVERLAP_RULE = '<OVERLAP> Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>';

/** The pieces of a span between line breaks (brat's fragments), in UTF-16 offsets. */
function fragmentsOf(text: string, a: { start: number; end: number }): [number, number][] {
  const fragments: [number, number][] = [];
  let s = a.start;
  for (let p = a.start; p <= a.end; p++) {
    if (p === a.end || LINE_BREAK.test(text[p])) {
      if (p > s) fragments.push([s, p]);
      s = p + 1;
    }
  }
  return fragments;
}

/**
 * brat standoff: per article the text (`x.txt`, same bytes) and `x.ann` with a `T`
 * line per annotation (code-point offsets; a span over a line break is split into
 * fragments, as brat requires), an `R` line per link (a quotation's speaker, a
 * claim's source), a `#` AnnotatorNotes line per note and an `A` line per number
 * the engine gives a kind (`NumberKind T3 percent`); one `annotation.conf` declares
 * the entity types, the relations with the types they join, the overlap rule and the
 * `NumberKind` attribute with the kinds it takes.
 */
export const brat: Format = {
  name: 'brat',
  export: (items) => {
    const labels = new Set<string>();
    const relationArgs = new Map<string, { from: Set<string>; to: Set<string> }>();
    const kindTypes = new Set<string>();
    const kinds = new Set<string>();
    const files = items.flatMap((i) => {
      const map = new OffsetMap(i.text);
      const lines: string[] = [];
      const tOf = new Map<string, string>();
      const kept: ExportAnnotation[] = [];
      let attributes = 0;
      i.annotations.forEach((a) => {
        const fragments = fragmentsOf(i.text, a);
        // A span of nothing but line breaks has no fragment brat could show.
        if (!fragments.length) return;
        const t = `T${kept.length + 1}`;
        kept.push(a);
        tOf.set(a.id, t);
        labels.add(bratType(a.label));
        const spans = fragments.map(([x, y]) => `${map.codePoint(x)} ${map.codePoint(y)}`).join(';');
        lines.push(`${t}\t${bratType(a.label)} ${spans}\t${fragments.map(([x, y]) => i.text.slice(x, y)).join(' ')}`);
        if (a.note) lines.push(`#${kept.length}\tAnnotatorNotes ${t}\t${a.note.replace(/\s+/g, ' ')}`);
        if (a.numberKind) {
          lines.push(`A${++attributes}\t${NUMBER_KIND} ${t} ${a.numberKind}`);
          kindTypes.add(bratType(a.label));
          kinds.add(a.numberKind);
        }
      });
      let r = 0;
      const byId = new Map(kept.map((a) => [a.id, a]));
      for (const a of kept) {
        for (const rel of a.relations ?? []) {
          const to = byId.get(rel.to);
          // A link to an annotation outside the exported set has nothing to point to.
          if (!to) continue;
          const args = relationArgs.get(rel.type) ?? { from: new Set(), to: new Set() };
          args.from.add(bratType(a.label));
          args.to.add(bratType(to.label));
          relationArgs.set(rel.type, args);
          lines.push(`R${++r}\t${rel.type} Arg1:${tOf.get(a.id)} Arg2:${tOf.get(rel.to)}\t`);
        }
      }
      const base = i.article.replace(/\.txt$/i, '');
      return [
        { path: `${base}.txt`, content: i.text },
        { path: `${base}.ann`, content: lines.join('\n') + (lines.length ? '\n' : '') },
      ];
    });
    const relations = [...relationArgs].sort(([x], [y]) => x.localeCompare(y)).map(([type, args]) => `${type}\tArg1:${[...args.from].sort().join('|')}, Arg2:${[...args.to].sort().join('|')}`);
    const conf = ['[entities]', ...[...labels].sort(), '', '[relations]', '# spans of any types may nest, coincide or cross: a quotation can be a claim, with names and figures inside', OVERLAP_RULE, ...relations, '', '[events]', '', '[attributes]', ...(kinds.size ? [`${NUMBER_KIND}\tArg:${[...kindTypes].sort().join('|')}, Value:${[...kinds].sort().join('|')}`] : []), ''].join('\n');
    return [...files, { path: 'annotation.conf', content: conf }];
  },
  validate: (files, items) => {
    const problems: string[] = [];
    const confLines = (files.get('annotation.conf') ?? '').split('\n').map((l) => l.trim());
    const declared = new Set(confLines);
    if (!declared.has('[entities]')) problems.push('annotation.conf has no [entities] section');
    if (!declared.has(OVERLAP_RULE)) problems.push('annotation.conf declares no overlap rule: brat refuses nested or coinciding spans without one');
    const relationTypes = new Set(confLines.filter((l) => /^\S+\tArg1:/.test(l)).map((l) => l.split('\t')[0]));
    // `NumberKind\tArg:number, Value:count|percent`: each attribute with the values it may take.
    const attributeValues = new Map(confLines.flatMap((l) => {
      const m = /^(\S+)\tArg:\S+, Value:(\S+)$/.exec(l);
      return m ? [[m[1], new Set(m[2].split('|'))] as const] : [];
    }));
    for (const i of items) {
      const base = i.article.replace(/\.txt$/i, '');
      const txt = files.get(`${base}.txt`);
      if (txt !== i.text) problems.push(`${base}.txt is not the article's text byte for byte`);
      const map = new OffsetMap(txt ?? '');
      const ids = new Set<string>();
      (files.get(`${base}.ann`) ?? '').split('\n').forEach((line, k) => {
        if (!line) return;
        const where = `${base}.ann line ${k + 1}`;
        const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
        const note = /^#\d+\tAnnotatorNotes (T\d+)\t.*$/.exec(line);
        const rel = /^R\d+\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\t$/.exec(line);
        const attribute = /^A\d+\t(\S+) (T\d+) (\S+)$/.exec(line);
        if (t) {
          ids.add(t[1]);
          if (!declared.has(t[2])) problems.push(`${where}: type ${t[2]} is not declared in annotation.conf`);
          const frags = t[3].split(';').map((f) => f.split(' ').map(Number));
          if (frags.some(([s, e]) => !(s < e && e <= map.codePoints))) return problems.push(`${where}: offsets ${t[3]} are outside the text`);
          const pieces = frags.map(([s, e]) => map.slice(txt!, s, e)!);
          const shown = pieces.join(' ');
          if (shown !== t[4]) problems.push(`${where}: offsets ${t[3]} slice “${shown}”, not “${t[4]}”`);
          if (pieces.some((p) => LINE_BREAK.test(p))) problems.push(`${where}: a fragment runs over a line break`);
        } else if (note) {
          if (!ids.has(note[1])) problems.push(`${where}: note for ${note[1]}, which is not defined above`);
        } else if (rel) {
          if (!relationTypes.has(rel[1])) problems.push(`${where}: relation ${rel[1]} is not declared in annotation.conf`);
          if (!ids.has(rel[2]) || !ids.has(rel[3])) problems.push(`${where}: relation between ${rel[2]} and ${rel[3]}, not both defined above`);
        } else if (attribute) {
          const values = attributeValues.get(attribute[1]);
          if (!values) problems.push(`${where}: attribute ${attribute[1]} is not declared in annotation.conf`);
          else if (!values.has(attribute[3])) problems.push(`${where}: ${attribute[3]} is not a value annotation.conf declares for ${attribute[1]}`);
          if (!ids.has(attribute[2])) problems.push(`${where}: attribute of ${attribute[2]}, which is not defined above`);
        } else problems.push(`${where}: not a T, R, A or AnnotatorNotes line`);
      });
    }
    return problems;
  },
  import: (files, texts) => {
    const out: ImportedArticle[] = [];
    const anns = [...files].filter(([p]) => p.endsWith('.ann'));
    if (!anns.length) throw new Error('no .ann file: a brat import is a folder of .txt and .ann files (or one .ann file)');
    for (const [path, content] of anns) {
      const article = path.replace(/\.ann$/, '.txt').split('/').pop()!;
      // Offsets count into the .txt brat had; without one, into the article itself.
      const sourceText = files.get(path.replace(/\.ann$/, '.txt'));
      out.push({ article, ...(sourceText !== undefined ? { sourceText } : {}), ...readAnn(content, sourceText ?? texts.get(article) ?? '') });
    }
    return out;
  },
};

/** What the project links: a quotation to its speaker, a claim to its source. */

const KIND_OF_LINE: Record<string, string> = { E: 'event', A: 'attribute', M: 'attribute', N: 'normalisation', '*': 'equivalence' };

/**
 * One `.ann` file, read whole (CRLF or LF line ends): text-bound annotations as
 * spans, relations named `speaker` or `source` as links, notes on them; everything
 * else counted by kind, with the reason it was not imported.
 */
function readAnn(content: string, text: string): { annotations: ImportedSpan[]; notImported: NotImported[] } {
  const map = new OffsetMap(text);
  const byT = new Map<string, ImportedSpan[]>();
  const skipped: { kind: string; reason: string }[] = [];
  const relations: { id: string; type: string; from: string; to: string }[] = [];
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const t = /^(T\S*)\t(\S+) ([\d ;]+)\t?/.exec(line);
    if (t) {
      const frags = t[3]
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .map(([s, e]) => [map.unitOrMissing(s), map.unitOrMissing(e)] as [number, number]);
      byT.set(t[1], spansOfFragments(text, t[1], t[2], frags));
      continue;
    }
    const r = /^(R\S*)\t(\S+) Arg1:(\S+) Arg2:(\S+)/.exec(line);
    if (r) {
      relations.push({ id: r[1], type: r[2], from: r[3], to: r[4] });
      continue;
    }
    const note = /^#\S*\t(\S+) (\S+)\t?(.*)$/.exec(line);
    if (note) {
      const on = byT.get(note[2]);
      if (on && note[1] === 'AnnotatorNotes') for (const s of on) s.note = s.note ? `${s.note}\n${note[3]}` : note[3];
      else skipped.push({ kind: 'note', reason: on ? `${note[1]} notes have no counterpart (only AnnotatorNotes are imported, as the note)` : `a note on ${note[2]}, which is not a text-bound annotation` });
      continue;
    }
    const kind = KIND_OF_LINE[line[0]];
    if (NUMBER_KIND_LINE.test(line)) {
      skipped.push({ kind: 'attribute', reason: `${NUMBER_KIND} is the engine's reading of a figure, read again from the text; annotations do not keep it` });
      continue;
    }
    skipped.push(kind ? { kind, reason: `this project has no ${kind}s` } : { kind: 'unreadable line', reason: 'not a brat standoff line' });
  }
  for (const rel of relations) {
    const from = byT.get(rel.from);
    const to = byT.get(rel.to);
    const type = linkTypeOf(rel.type);
    if (!from || !to) skipped.push({ kind: 'relation', reason: 'a relation to or from something that is not a text-bound annotation' });
    else if (!type) skipped.push({ kind: 'relation', reason: noLinkCounterpart(`relation type ${rel.type}`) });
    else for (const s of from) (s.links ??= []).push({ type, to: to[0].ref! });
  }
  return { annotations: [...byT.values()].flat(), notImported: countNotImported(skipped) };
}

/**
 * A text-bound annotation's fragments as spans: fragments with only line breaks
 * or spaces between them are one span (brat had to split it at a line break);
 * a span with a real gap (`5 7;9 10`) is kept as its fragments, each a span of
 * its own tagged with the annotation it is part of, rather than one span across the gap.
 */
function spansOfFragments(text: string, id: string, label: string, frags: [number, number][]): ImportedSpan[] {
  const joined: [number, number][] = [];
  for (const [s, e] of frags) {
    const last = joined[joined.length - 1];
    if (last && s >= 0 && last[1] >= 0 && s >= last[1] && /^\s*$/.test(text.slice(last[1], s))) last[1] = e;
    else joined.push([s, e]);
  }
  if (joined.length === 1) return [{ label, start: joined[0][0], end: joined[0][1], ref: id }];
  return joined.map(([start, end], k) => ({ label, start, end, ref: k === 0 ? id : `${id}#${k + 1}`, tags: [`fragment ${k + 1} of ${joined.length} of brat ${id}`] }));
}
