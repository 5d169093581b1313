import { segmentArticle } from '../../article/segment';
import { tokenize } from '../../text/tokenize';
import type { Format } from './types';

const TAG: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/**
 * CoNLL-style BIO token tags of the entity annotations (person → PER, place → LOC,
 * organization → ORG), for training NER models: `-DOCSTART-` per article, one
 * token and tag per line, a blank line between sentences.
 */
export const conll: Format = {
  name: 'conll',
  export: (items) => {
    const out: string[] = [];
    for (const i of items) {
      out.push(`-DOCSTART- -X- ${i.article} O`, '');
      const entities = i.annotations.filter((a) => TAG[a.label]);
      for (const s of segmentArticle(i.text).sentences) {
        const tokens = tokenize(i.text, s.start, s.end);
        if (tokens.length === 0) continue;
        let prev: (typeof entities)[number] | undefined;
        for (const t of tokens) {
          const e = entities.find((x) => x.start <= t.start && t.end <= x.end);
          const tag = e ? `${e === prev ? 'I' : 'B'}-${TAG[e.label]}` : 'O';
          out.push(`${t.text}\t${tag}`);
          prev = e;
        }
        out.push('');
      }
    }
    return [{ path: 'entities.conll', content: out.join('\n') }];
  },
};
