import * as vscode from 'vscode';

// What the editor shows of article text, file names, notes, labels, set names and
// import files goes through these: `plain`/`plainText` for notifications, quick
// picks, tree items and plain tooltips (no link or icon syntax, no controls, capped),
// `markdown` and `safeMarkdown` for tooltips and hovers (every value escaped, no
// HTML, no command links but the extension's own).
export { escapeMarkdown, markdown, plain, plainText, trusted } from '../core/text/untrusted';

/**
 * A MarkdownString for a tooltip or hover whose untrusted parts were escaped with
 * `markdown`/`escapeMarkdown`: HTML is not rendered, and only the listed commands of
 * this extension may run from its links (none when the list is empty).
 */
export function safeMarkdown(value = '', enabledCommands: readonly string[] = []): vscode.MarkdownString {
  const m = new vscode.MarkdownString(value, true);
  m.supportHtml = false;
  m.isTrusted = enabledCommands.length ? { enabledCommands: [...enabledCommands] } : false;
  return m;
}
