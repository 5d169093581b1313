import * as vscode from 'vscode';
import { Configuration, isArticle } from './configuration';

export const LANGUAGE_ID = 'news-article';

/**
 * `.txt` files matching `corpusAnnotator.corpusGlobs` open as "News Article"; other
 * `.txt` files stay plain text. A language contribution cannot match by folder, so
 * documents are switched as they open, at activation, and when the setting changes.
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
      if (Configuration.affects(e, 'corpusGlobs')) vscode.workspace.textDocuments.forEach(apply);
    }),
  );
}
