import { readArticleSync, type ReadResult } from './readArticle';

/**
 * Where a corpus's articles are read from, by the name the corpus knows them by (the
 * `file` of their analyses): the one place that gives an article's text, so that its
 * analysis and its annotations are made from the same text.
 */
export interface TextSource {
  read(file: string): Promise<ReadResult>;
}

/**
 * Articles on disk, by path, decoded as the editor shows them (readArticle). Read on
 * this thread: asynchronous reads of many small files cost more in callbacks than they
 * overlap (see readArticleSync).
 */
export const diskTexts: TextSource = {
  read: (file) => Promise.resolve(readArticleSync(file)),
};

/** The text of an article open for editing (`open` gives it, or undefined when it is not open), else `otherwise`'s. */
export function openFirst(open: (file: string) => string | undefined, otherwise: TextSource): TextSource {
  return {
    read: (file) => {
      const text = open(file);
      return text !== undefined ? Promise.resolve({ ok: true, text }) : otherwise.read(file);
    },
  };
}
