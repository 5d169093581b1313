import * as vscode from 'vscode';
import { decodeArticle, readArticle } from '../core/corpus/readArticle';
import { openFirst, type TextSource } from '../core/corpus/textSource';

/**
 * Articles' texts as the editor's corpus pipeline and its annotations read them, by URI
 * (as a string): an open document's text, else the file decoded as the engine decodes it
 * (readArticle: byte-order mark removed, binary and non-UTF-8 files refused with why).
 * Files on disk are read by Node itself: VS Code's file system API costs the host's
 * thread a round of messages per file, which held hovers up to 3 s while 2,000 were read.
 */
export const articleTexts: TextSource = openFirst(
  (key) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.getText(),
  {
    read: async (key) => {
      const uri = vscode.Uri.parse(key);
      if (uri.scheme === 'file') return readArticle(uri.fsPath);
      try {
        return decodeArticle(await vscode.workspace.fs.readFile(uri));
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    },
  },
);
