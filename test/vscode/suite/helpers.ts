// What the suite's files share: the extension's API, opening corpus files, waiting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusAnnotatorApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'corpus-annotator.corpus-annotator';

export async function api(): Promise<CorpusAnnotatorApi> {
  const ext = vscode.extensions.getExtension<CorpusAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const value = await ext.activate();
  await value.service.ready();
  return value;
}

export function corpusFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, 'corpus', name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(corpusFile(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function until<T>(what: string, probe: () => T | undefined | false, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}
