import { segmentArticle } from '../../article/segment';
import { tokenize } from '../../text/tokenize';
import type { Format } from './types';

const TAG: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/**
 * CoNLL-style BIO token tags of the entity annotations (person → PER, place → LOC,
 * organization → ORG), for training NER models: `-DOCSTART-` per article (left out
 * with `docstart: false`, as doccano's CoNLL reader needs: it takes every non-blank
 * line for a token and a tag), one token and tag per line, a blank line between sentences.
 */
export const conll: Format = {
  name: 'conll',
  export: (items, options) => {
    const out: string[] = [];
    for (const i of items) {
      if (options?.docstart !== false) out.push(`-DOCSTART- -X- ${i.article} O`, '');
      const entities = i.annotations.filter((a) => TAG[a.label]).sort((x, y) => x.start - y.start);
      // Tokens and entities both go left to right: one sweep, not a search per token.
      let next = 0;
      for (const s of segmentArticle(i.text).sentences) {
        const tokens = tokenize(i.text, s.start, s.end);
        if (tokens.length === 0) continue;
        let prev: (typeof entities)[number] | undefined;
        for (const t of tokens) {
          while (next < entities.length && entities[next].end <= t.start) next++;
          let e: (typeof entities)[number] | undefined;
          for (let k = next; k < entities.length && entities[k].start <= t.start && !e; k++) if (t.end <= entities[k].end) e = entities[k];
          const tag = e ? `${e === prev ? 'I' : 'B'}-${TAG[e.label]}` : 'O';
          out.push(`${t.text}\t${tag}`);
          prev = e;
        }
        out.push('');
      }
    }
    return [{ path: 'entities.conll', content: out.join('\n') }];
  },
  validate: (files, items, options) => {
    const problems: string[] = [];
    const lines = (files.get('entities.conll') ?? '').split('\n');
    const docs = lines.filter((l) => l.startsWith('-DOCSTART-')).length;
    const wanted = options?.docstart === false ? 0 : items.length;
    if (docs !== wanted) problems.push(`entities.conll has ${docs} -DOCSTART- lines for ${wanted === 0 ? 'none asked for' : `${items.length} articles`}`);
    let prev = 'O';
    lines.forEach((line, k) => {
      if (line === '' || line.startsWith('-DOCSTART-')) {
        prev = 'O';
        return;
      }
      const m = /^(\S+)\t(O|([BI])-(PER|LOC|ORG))$/.exec(line);
      if (!m) return problems.push(`entities.conll line ${k + 1}: not “token<TAB>tag” with a BIO tag`);
      if (m[3] === 'I' && prev.slice(2) !== m[4]) problems.push(`entities.conll line ${k + 1}: I-${m[4]} does not continue a ${m[4]} entity`);
      prev = m[2];
    });
    return problems;
  },
};
