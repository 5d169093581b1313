import { OffsetMap } from '../offsets';
import type { Format, ImportedArticle } from './types';

/** brat entity types must be single words; ours are already (person, place, …, custom labels slugged). */
function bratType(label: string): string {
  return label.replace(/[^A-Za-z0-9_-]+/g, '_');
}

/**
 * brat standoff: per article the text (`x.txt`, same bytes) and `x.ann` with a `T`
 * line per annotation (code-point offsets; a span over a line break is split into
 * fragments, as brat requires) and a `#` AnnotatorNotes line per note; one
 * `annotation.conf` declares the entity types.
 */
export const brat: Format = {
  name: 'brat',
  export: (items) => {
    const labels = new Set<string>();
    const files = items.flatMap((i) => {
      const map = new OffsetMap(i.text);
      const lines: string[] = [];
      i.annotations.forEach((a, k) => {
        const t = `T${k + 1}`;
        labels.add(bratType(a.label));
        const fragments: [number, number][] = [];
        let s = a.start;
        for (let p = a.start; p <= a.end; p++) {
          if (p === a.end || i.text[p] === '\n' || i.text[p] === '\r') {
            if (p > s) fragments.push([s, p]);
            s = p + 1;
          }
        }
        const spans = fragments.map(([x, y]) => `${map.codePoint(x)} ${map.codePoint(y)}`).join(';');
        lines.push(`${t}\t${bratType(a.label)} ${spans}\t${fragments.map(([x, y]) => i.text.slice(x, y)).join(' ')}`);
        if (a.note) lines.push(`#${k + 1}\tAnnotatorNotes ${t}\t${a.note.replace(/\s+/g, ' ')}`);
      });
      const base = i.article.replace(/\.txt$/i, '');
      return [
        { path: `${base}.txt`, content: i.text },
        { path: `${base}.ann`, content: lines.join('\n') + (lines.length ? '\n' : '') },
      ];
    });
    const conf = ['[entities]', ...[...labels].sort(), '', '[relations]', '', '[events]', '', '[attributes]', ''].join('\n');
    return [...files, { path: 'annotation.conf', content: conf }];
  },
  validate: (files, items) => {
    const problems: string[] = [];
    const declared = new Set((files.get('annotation.conf') ?? '').split('\n').map((l) => l.trim()));
    if (!declared.has('[entities]')) problems.push('annotation.conf has no [entities] section');
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
        if (t) {
          ids.add(t[1]);
          if (!declared.has(t[2])) problems.push(`${where}: type ${t[2]} is not declared in annotation.conf`);
          const frags = t[3].split(';').map((f) => f.split(' ').map(Number));
          if (frags.some(([s, e]) => !(s < e && e <= map.codePoints))) return problems.push(`${where}: offsets ${t[3]} are outside the text`);
          const pieces = frags.map(([s, e]) => map.slice(txt!, s, e)!);
          const shown = pieces.join(' ');
          if (shown !== t[4]) problems.push(`${where}: offsets ${t[3]} slice “${shown}”, not “${t[4]}”`);
          if (pieces.some((p) => /[\r\n]/.test(p))) problems.push(`${where}: a fragment runs over a line break`);
        } else if (note) {
          if (!ids.has(note[1])) problems.push(`${where}: note for ${note[1]}, which is not defined above`);
        } else problems.push(`${where}: not a T or AnnotatorNotes line`);
      });
    }
    return problems;
  },
  import: (files, texts) => {
    const out: ImportedArticle[] = [];
    for (const [path, content] of files) {
      if (!path.endsWith('.ann')) continue;
      const article = path.replace(/\.ann$/, '.txt').split('/').pop()!;
      // Offsets count into the .txt brat had; without one, into the article itself.
      const sourceText = files.get(path.replace(/\.ann$/, '.txt'));
      const map = new OffsetMap(sourceText ?? texts.get(article) ?? '');
      const byT = new Map<string, ImportedArticle['annotations'][number]>();
      for (const line of content.split('\n')) {
        const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
        if (t) {
          const frags = t[3].split(';').map((f) => f.trim().split(' ').map(Number));
          byT.set(t[1], { label: t[2], start: map.unitOrMissing(frags[0][0]), end: map.unitOrMissing(frags[frags.length - 1][1]) });
          continue;
        }
        const note = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(line);
        if (note && byT.has(note[1])) byT.get(note[1])!.note = note[2];
      }
      out.push({ article, ...(sourceText !== undefined ? { sourceText } : {}), annotations: [...byT.values()] });
    }
    return out;
  },
};
