import * as vscode from 'vscode';
import { isArticle, SECTION } from './configuration';

export const LANGUAGE_ID = 'news-article';

/**
 * `.txt` files under the configured corpus folders open as "News Article"; other
 * `.txt` files stay plain text. A language contribution cannot match by folder,
 * so documents are switched as they open (and again when the setting changes).
 */
export function registerArticleLanguage(): vscode.Disposable {
  const apply = (doc: vscode.TextDocument) => {
    const wanted = isArticle(doc.uri);
    if (wanted && doc.languageId === 'plaintext') void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    else if (!wanted && doc.languageId === LANGUAGE_ID) void vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
  };
  vscode.workspace.textDocuments.forEach(apply);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(apply),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.corpusGlobs`)) vscode.workspace.textDocuments.forEach(apply);
    }),
  );
}
