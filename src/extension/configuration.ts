import * as vscode from 'vscode';
import { matchesAnyGlob } from '../core/util/glob';

/** Settings of the extension, read when needed so a change applies at once. */
export const SECTION = 'corpusAnnotator';

export function corpusGlobs(): string[] {
  return vscode.workspace.getConfiguration(SECTION).get<string[]>('corpusGlobs', ['corpus/**/*.txt']);
}

export type HighlightKind = 'entities' | 'numbers' | 'quotes';

export function highlightEnabled(kind: HighlightKind): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>(`highlight.${kind}`, true);
}

/** True for a `.txt` file under one of the configured corpus folders. */
export function isArticle(uri: vscode.Uri): boolean {
  if (!uri.path.toLowerCase().endsWith('.txt')) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  return matchesAnyGlob(vscode.workspace.asRelativePath(uri, false), corpusGlobs());
}
