/** Builds the quotation stages of one short article for the stage tests. */
import { quoteStages } from '../../../../../src/core/extract/quotes';
import { fastTokenize } from '../../../../../src/core/text/fastTokenize';
import type { ArticleStructure, Entity, EntityKind } from '../../../../../src/core/types';

export const EMPTY: ArticleStructure = { meta: { title: '', date: null, byline: null }, paragraphs: [], sentences: [], entries: [] };

/** A title line first, so that the text under test is body text. */
export const TITLE = 'Headline of the article\n\n';

/** Hand-built entities: every occurrence of each name, with its kind and canonical name. */
export function ents(text: string, spec: [string, EntityKind, string?][]): Entity[] {
  const out: Entity[] = [];
  for (const [name, kind, canonical] of spec) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      out.push({ start: i, end: i + name.length, text: name, kind, canonical: canonical ?? name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The wired stages over `TITLE + body`, with helpers to find tokens by their text. */
export function stagesOf(body: string, spec: [string, EntityKind, string?][] = []) {
  const text = TITLE + body;
  const tokens = fastTokenize(text);
  const stages = quoteStages(text, EMPTY, ents(text, spec), tokens);
  /** Index of the `nth` token (0-based) whose text is `word`. */
  const tok = (word: string, nth = 0): number => {
    let seen = 0;
    for (let t = 0; t < tokens.length; t++) if (tokens[t].text === word && seen++ === nth) return t;
    throw new Error(`no token ${word} #${nth}`);
  };
  return { text, tokens, tok, ...stages };
}
