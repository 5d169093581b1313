import * as fs from 'node:fs';

export interface ConllSentence {
  words: string[];
  /** BIO tags (converted from the file's IOB1). */
  tags: string[];
}

/** Reads a CoNLL-2003 file into documents of sentences, with IOB1 turned into BIO. */
export function readConll(file: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { words: [], tags: [] };
  const flush = () => {
    if (sent.words.length) doc.push(sent);
    sent = { words: [], tags: [] };
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    const tag = cols[cols.length - 1];
    const prev = sent.tags[sent.tags.length - 1] ?? 'O';
    let bio = tag;
    if (tag.startsWith('I-') && (prev === 'O' || prev.slice(2) !== tag.slice(2))) bio = 'B-' + tag.slice(2);
    sent.words.push(cols[0]);
    sent.tags.push(bio);
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '!', '?', '%', ')', "'s", "n't"]);
const NO_SPACE_AFTER = new Set(['(', '$']);

/**
 * Renders a document as the eval README says (single spaces, none before
 * `. , ; : ! ? % ) 's n't`, none after `( $`, one sentence a line) and returns each
 * token's character offsets.
 */
export function renderDocument(doc: ConllSentence[]): { text: string; offsets: { start: number; end: number }[][] } {
  let text = '';
  const offsets: { start: number; end: number }[][] = [];
  doc.forEach((s, si) => {
    if (si > 0) text += '\n';
    const offs: { start: number; end: number }[] = [];
    s.words.forEach((w, i) => {
      if (i > 0 && !NO_SPACE_BEFORE.has(w) && !NO_SPACE_AFTER.has(s.words[i - 1])) text += ' ';
      offs.push({ start: text.length, end: text.length + w.length });
      text += w;
    });
    offsets.push(offs);
  });
  return { text, offsets };
}

/** Entity spans (type, token range) from BIO tags. */
export function spansOf(tags: string[]): { type: string; from: number; to: number }[] {
  const out: { type: string; from: number; to: number }[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i].startsWith('B-')) {
      let j = i + 1;
      while (j < tags.length && tags[j] === 'I-' + tags[i].slice(2)) j++;
      out.push({ type: tags[i].slice(2), from: i, to: j });
      i = j - 1;
    }
  }
  return out;
}
