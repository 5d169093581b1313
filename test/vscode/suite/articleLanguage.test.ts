import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, corpusFile, EXTENSION_ID, until } from './helpers';

const A000 = '000-putin-amasses-500000-troops.txt';

/** The language VS Code currently gives the open document at `uri`. */
function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

async function waitForLanguage(uri: vscode.Uri, language: string) {
  await until(`${vscode.workspace.asRelativePath(uri)} to be ${language} (is ${languageOf(uri)})`, () => languageOf(uri) === language);
}

suite('News Article language', () => {
  test('the extension activates by itself on a workspace with corpus/*.txt', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    await until('activation (workspaceContains:corpus/**/*.txt)', () => ext.isActive, 30000);
  });

  test('an article under corpus/ opens as News Article', async () => {
    const doc = await vscode.workspace.openTextDocument(corpusFile(A000));
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitForLanguage(doc.uri, 'news-article');
  });

  test('articles wrap like prose and their curly quotes are not flagged as look-alike characters', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'news-article' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    // The defaults are the language's only: the editor-wide values stay VS Code's.
    assert.equal(vscode.workspace.getConfiguration('editor').get('unicodeHighlight.ambiguousCharacters'), true);
    assert.equal(vscode.workspace.getConfiguration('editor').get('wordWrap'), 'off');
  });

  test('a .txt file outside the corpus globs stays plain text', async () => {
    const notes = notesFile();
    await vscode.workspace.fs.writeFile(notes, Buffer.from('Notes, not an article.\n'));
    const doc = await vscode.workspace.openTextDocument(notes);
    await vscode.window.showTextDocument(doc, { preview: false });
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(languageOf(notes), 'plaintext');
  });

  test('changing corpusAnnotator.corpusGlobs changes which files are articles', async function () {
    this.timeout(60000);
    const { service } = await api();
    const notes = notesFile();
    const article = corpusFile(A000);
    await vscode.workspace.openTextDocument(notes);
    await vscode.workspace.openTextDocument(article);
    const config = vscode.workspace.getConfiguration('corpusAnnotator');
    await config.update('corpusGlobs', ['notes/**/*.txt'], vscode.ConfigurationTarget.Workspace);
    try {
      await waitForLanguage(notes, 'news-article');
      await waitForLanguage(article, 'plaintext');
    } finally {
      await config.update('corpusGlobs', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForLanguage(article, 'news-article');
    await waitForLanguage(notes, 'plaintext');
    // The corpus is indexed again from the restored globs before the next suite runs.
    await until('the corpus to be indexed again', () => service.index.files.length > 1 && !service.index.files.some((f) => f.endsWith('/notes/readme.txt')), 30000);
    await service.ready();
  });
});

function notesFile(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, 'notes', 'readme.txt');
}
