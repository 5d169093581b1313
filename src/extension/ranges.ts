import * as vscode from 'vscode';

/** Offsets (UTF-16 into the document text) become positions only here, at the edge. */
export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** The first item whose span holds the offset (ends inclusive, so a caret just after a word counts). */
export function spanAt<T extends { start: number; end: number }>(items: T[], offset: number): T | undefined {
  return items.find((x) => x.start <= offset && offset <= x.end);
}
