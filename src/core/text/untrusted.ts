/**
 * Text that came from outside (article text, file names, notes, labels, import files,
 * annotation sets) made safe to show. A terminal acts on escape sequences, VS Code's
 * notifications turn `[x](command:…)` into a link that runs the command, Markdown
 * renders images and links, and bidirectional overrides make `gnp.exe` read as
 * `exe.png`: here each becomes inert text, whatever surface it is shown on.
 */

/**
 * Terminal escape sequences, matched whole so that no half of one is left to print:
 * CSI (`ESC [ … final`), OSC, DCS, SOS, PM and APC strings (up to BEL or `ESC \`, or
 * the end of the text when unterminated, as a terminal would swallow it), and the
 * two-character `ESC x` forms. No nested quantifiers: linear on any input.
 */
const ESCAPE_SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]?/g;

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional marks, embeddings, overrides and isolates. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A zero-width space: it breaks a syntax (`](`, `$(`) without changing what a person reads. */
const BREAK = '\u200b';

/** Characters of one untrusted piece shown in a message, a picker or a tree, unless a caller says otherwise. */
export const PLAIN_MAX = 200;

/**
 * The text with terminal escape sequences and control characters removed (tab and
 * line feed kept): what the command line prints of anything it read.
 */
export function stripControls(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** `stripControls` on one line (whitespace runs as one space): a table cell or a line of a summary. */
export function controlFreeLine(s: string): string {
  return stripControls(s).replace(/\s+/g, ' ');
}

/**
 * One line of inert text for a notification, a quick pick, a tree item or a plain
 * tooltip: no controls, whitespace runs as one space, link syntax `[..](..)` and
 * theme-icon syntax `$(..)` broken, at most `max` characters (an ellipsis marks a cut).
 */
export function plainText(s: unknown, max = PLAIN_MAX): string {
  const one = stripControls(String(s))
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .replace(/\]\(/g, `]${BREAK}(`)
    .replace(/\$\(/g, `$${BREAK}(`);
  return clip(one, max);
}

/** Every character Markdown (CommonMark, GFM) gives a meaning to, and HTML's `<`, `>` and `&`. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>&~$:]/g;

/**
 * Untrusted text as Markdown that renders exactly as the text: `plainText`, then
 * every Markdown and HTML special character backslash-escaped, so `<img src=…>`,
 * `![](…)` and `[x](command:…)` show as written and load or run nothing.
 */
export function escapeMarkdown(s: unknown, max = PLAIN_MAX): string {
  return plainText(s, max).replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * A message with untrusted values: the template's own text is kept, each value
 * goes through `plainText`. `` plain`${file} was not analysed: ${error}` ``
 */
export function plain(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? plainText(values[i]) : ''), '');
}

/** Markdown with untrusted values: the template is Markdown, each value is escaped (use `trusted` for Markdown of our own). */
export function markdown(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? markdownValue(values[i]) : ''), '');
}

/** Markdown the extension wrote itself (its command links), passed through `markdown` unescaped. */
export class TrustedMarkdown {
  constructor(readonly value: string) {}
}

export function trusted(value: string): TrustedMarkdown {
  return new TrustedMarkdown(value);
}

function markdownValue(v: unknown): string {
  return v instanceof TrustedMarkdown ? v.value : escapeMarkdown(v);
}

/** At most `max` characters, never splitting a surrogate pair, with `…` where it was cut. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}
