/**
 * Lines into paragraph candidates. In scraped articles each line is usually a
 * paragraph, with or without blank lines between; two kinds of line are joined to the
 * one before them (when no blank line parts them): the indented continuation of a
 * bullet (`  • Oops!` / `    Something went wrong.`), and a hard-wrapped line that
 * starts in lower case after a line that does not end a sentence.
 */

export interface Block {
  /** Span of the text, whitespace and bullet mark excluded. */
  start: number;
  end: number;
  /** Blank-line separated group the paragraph belongs to (paragraphs of one group touch). */
  group: number;
  /** The line began with a bullet mark (`•`, `-`, `*` …), which `start` skips. */
  bullet: boolean;
}

const BULLET_RE = /^[•·▪●◦‣∙■□►➢\-*](?=\s+\S)\s+/u;
const SPACE = /\s/;
const ENDS_SENTENCE = /[.!?…:;"”’')\]]$/;

interface Line {
  start: number; // content start (after indentation)
  end: number; // content end (before trailing space)
  indent: number;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let group = 0;
  let blankSince = true; // a blank line (or the start) since the last block
  let prevLine: Line | null = null;
  let prevBullet = false;
  let bulletIndent = 0;
  const n = text.length;
  let ls = 0;
  while (ls <= n) {
    let le = ls;
    while (le < n && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    let s = ls;
    while (s < le && SPACE.test(text[s])) s++;
    let e = le;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (s === e) {
      if (!blankSince) group++;
      blankSince = true;
      prevLine = null;
    } else {
      const line: Line = { start: s, end: e, indent: s - ls };
      const content = text.slice(s, e);
      const bm = BULLET_RE.exec(content);
      const last = blocks[blocks.length - 1];
      const joinBullet = !blankSince && prevLine && prevBullet && !bm && line.indent > bulletIndent;
      const joinWrap =
        !blankSince && prevLine && !bm && /^\p{Ll}/u.test(content) && !ENDS_SENTENCE.test(text.slice(prevLine.start, prevLine.end));
      if (last && (joinBullet || joinWrap)) {
        last.end = e;
      } else {
        blocks.push({ start: bm ? s + bm[0].length : s, end: e, group, bullet: !!bm });
        prevBullet = !!bm;
        bulletIndent = line.indent;
      }
      prevLine = line;
      blankSince = false;
    }
    // next line: skip \r\n, \n or \r
    if (le >= n) break;
    ls = le + (text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  return blocks;
}
