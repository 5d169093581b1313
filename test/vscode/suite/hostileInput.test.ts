// Issue 30: what an attacker controls — a file name, an article's text, a note or a
// label in a sidecar, a set in annotation-sets.json, an import file — reaches every
// surface of the editor as inert text: no link that runs a command, no HTML or
// remote image, no control character; no write through a link; no linked article read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnnotationsTreeProvider, noteHover, type AnnotationNode } from '../../../src/extension/annotations/annotationView';
import { EntitiesTreeProvider } from '../../../src/extension/entitiesView';
import { allowWrite } from '../../../src/extension/trust';
import { api, corpusFile, hoverText, open, until } from './helpers';

const LINK_NAME = '[Fix encoding](command:workbench.action.terminal.new)';
const HOSTILE_FILE = `${LINK_NAME}.txt`;
const IMG = '<img src="https://tracker.example/p.png">';
const HOSTILE_TEXT = `${IMG} [Run](command:workbench.action.terminal.new) ![b](https://tracker.example/b.png) \x1b]0;t\x07\u202egnp.exe`;
const A000 = '000-putin-amasses-500000-troops.txt';

/** Link syntax a notification or Markdown would turn into a link (a zero-width space or a backslash breaks it). */
const LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Notifications the extension shows while `fn` runs; modal questions are answered with nothing (cancel). */
async function messagesDuring(fn: () => PromiseLike<unknown>, until?: (shown: string[]) => boolean): Promise<string[]> {
  const shown: string[] = [];
  const w = vscode.window as unknown as Record<string, unknown>;
  const kept = ['showInformationMessage', 'showWarningMessage', 'showErrorMessage'].map((k) => [k, w[k]] as const);
  for (const [k] of kept) w[k] = (message: string) => (shown.push(message), Promise.resolve(undefined));
  try {
    await fn();
    if (until) await waitFor('the message', () => until(shown));
  } finally {
    for (const [k, f] of kept) w[k] = f;
  }
  return shown;
}

async function waitFor(what: string, probe: () => boolean): Promise<void> {
  await until(what, () => probe() || undefined);
}

function assertPlain(message: string, what: string) {
  assert.doesNotMatch(message, LINK, `${what} holds link syntax: ${message}`);
  assert.doesNotMatch(message, CONTROL, `${what} holds a control character`);
}

/** Markdown that renders `text` as written: no HTML, no image or link syntax left unescaped, no command enabled. */
function assertInertMarkdown(m: vscode.MarkdownString | string | undefined, what: string, commands: string[] = []) {
  assert.ok(m instanceof vscode.MarkdownString, `${what} is a MarkdownString`);
  assert.ok(!m.supportHtml, `${what} renders no HTML`);
  const trusted = m.isTrusted;
  if (commands.length === 0) assert.ok(!trusted, `${what} enables no command`);
  else assert.deepEqual(typeof trusted === 'object' ? trusted.enabledCommands.filter((c) => !c.startsWith('corpusAnnotator.')) : trusted, typeof trusted === 'object' ? [] : false, `${what} enables only the extension's own commands`);
  assert.doesNotMatch(m.value, /(?<!\\)<img/, `${what} holds raw HTML: ${m.value}`);
  assert.doesNotMatch(m.value.replace(/\[[^\]]*\]\(command:corpusAnnotator\.[^)]*\)/g, ''), LINK, `${what} holds link syntax: ${m.value}`);
  assert.doesNotMatch(m.value, CONTROL, `${what} holds a control character`);
}

suite('Hostile input: file names, article text, notes, sets and import files', () => {
  let tmp: string;
  suiteSetup(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-hostile-'));
  });
  suiteTeardown(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('an unreadable article whose name is a command link is reported as plain text (#1)', async () => {
    const { service } = await api();
    const file = corpusFile(HOSTILE_FILE);
    fs.writeFileSync(file.fsPath, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    try {
      const shown = await messagesDuring(() => service.indexWorkspace(true), (s) => s.some((m) => m.includes('was not analysed')));
      const warning = shown.find((m) => m.includes('was not analysed'))!;
      assertPlain(warning, 'the warning');
      assert.match(warning.replace(/\u200b/g, ''), /\[Fix encoding\]\(command:workbench\.action\.terminal\.new\)\.txt/, 'the name is still readable');
    } finally {
      fs.rmSync(file.fsPath, { force: true });
      await service.indexWorkspace(true);
    }
  });

  test('the Claims tooltip shows article text as escaped Markdown, the tree item as plain text (#9)', async () => {
    const { claims } = await api();
    const g = claims.shownGroups[0];
    const claim = { ...g.claims[0], text: HOSTILE_TEXT, topicLabel: `<b>${LINK_NAME}</b>`, source: `${LINK_NAME}\u202e`, figure: { ...g.claims[0].figure, text: `$(alert) ${LINK_NAME}` } };
    const item = claims.getTreeItem({ type: 'claim', claim, file: corpusFile(A000).toString(), parent: g.key } as never);
    assertInertMarkdown(item.tooltip, 'the claim tooltip');
    assert.ok((item.tooltip as vscode.MarkdownString).value.includes('\\<img'), 'the <img> shows as text');
    assertPlain(String(item.label), 'the claim label');
    assertPlain(String(item.description), 'the claim description');
  });

  test('the Annotations view, the note hover and the article hover escape labels and notes (#9, hovers held well)', async () => {
    const { annotations } = await api();
    await annotations.flush();
    const sidecar = corpusFile(A000).fsPath.replace(/\.txt$/, '.annotations.json');
    fs.rmSync(sidecar, { force: true });
    await annotations.load(corpusFile(A000), true);
    const editor = await open(A000);
    const at = editor.document.getText().indexOf('Harvey Lindsay');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 14));
    try {
      const made = await vscode.commands.executeCommand<{ id: string }>('corpusAnnotator.annotateSelection', `label ${LINK_NAME}`, HOSTILE_TEXT);
      assert.ok(made, 'the annotation was made');
      const placed = annotations.placed(editor.document.uri).find((p) => p.annotation.id === made.id)!;
      const item = new AnnotationsTreeProvider(annotations).getTreeItem({ type: 'annotation', uri: editor.document.uri, placed } as AnnotationNode);
      assertInertMarkdown(item.tooltip, 'the Annotations view tooltip');
      assertPlain(String(item.description), 'the Annotations view description');
      assertInertMarkdown(noteHover(HOSTILE_TEXT), 'the note hover');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at + 3));
      const text = hoverText(hovers);
      assert.match(text, /\\<img/, 'the note shows in the hover, escaped');
      assert.doesNotMatch(text, /(?<!\\)<img/);
      assert.doesNotMatch(text.replace(/\[[^\]]*\]\(command:corpusAnnotator\.[^)]*\)/g, ''), LINK, 'only the extension’s own command links');
    } finally {
      await annotations.flush();
      fs.rmSync(sidecar, { force: true });
      await annotations.load(corpusFile(A000), true);
    }
  });

  test('the Compare Annotators tooltip escapes names and notes from other people’s sidecars (#9)', async () => {
    const { compare } = await api();
    const annotation = { note: `${IMG} ${LINK_NAME}` } as never;
    const d = { article: HOSTILE_FILE, start: 0, end: 5, text: HOSTILE_TEXT, kind: 'label' as const, a: { label: `<b>${LINK_NAME}</b>`, start: 0, end: 5, annotation }, b: { label: 'person', start: 0, end: 5, annotation }, sourceText: 'abcde' };
    const side = { name: `${LINK_NAME}\x1b[2J`, spans: new Map(), texts: new Map(), paths: new Map(), warnings: [] };
    compare.comparison = { a: side, b: { ...side, name: 'anna' }, kappa: 0, f1: 0, items: [d], agreed: [], seeded: 0 };
    try {
      const item = compare.getTreeItem({ type: 'disagreement', d } as never);
      assertInertMarkdown(item.tooltip, 'the Compare tooltip');
      assertPlain(String(item.description), 'the Compare description');
      const article = compare.getTreeItem({ type: 'article', article: HOSTILE_FILE, items: [d] } as never);
      assertPlain(String(article.label), 'the Compare article');
    } finally {
      compare.comparison = undefined;
    }
  });

  test('the Entities view shows names without controls or link syntax (#1)', async () => {
    const { service } = await api();
    const item = new EntitiesTreeProvider(service).getTreeItem({ type: 'entity', canonical: `Evil\u202egnp.exe\x1b]0;x\x07 ${LINK_NAME}`, kind: 'person', mentions: 1, bylines: 0, files: new Map() } as never);
    assertPlain(String(item.label), 'the entity label');
    assertPlain(String(item.tooltip), 'the entity tooltip');
  });

  test('an invalid annotation-sets.json, a set name and a format given to Export are shown as plain text (#1)', async () => {
    const setsFile = path.join(path.dirname(corpusFile(A000).fsPath), 'annotation-sets.json');
    fs.writeFileSync(setsFile, `${LINK_NAME} is not JSON`);
    try {
      const shown = await messagesDuring(() => vscode.commands.executeCommand('corpusAnnotator.exportAnnotations', { set: LINK_NAME, format: 'jsonl', out: path.join(tmp, 'sets') }));
      assert.ok(shown.some((m) => /annotation sets/.test(m)), shown.join('\n'));
      assert.ok(shown.some((m) => /no annotation set named/.test(m)), shown.join('\n'));
      for (const m of shown) assertPlain(m, 'the message');
    } finally {
      fs.rmSync(setsFile, { force: true });
    }
  });

  test('an import file named as a command link, holding one, is reported as plain text (#1)', async () => {
    const from = path.join(tmp, `${LINK_NAME}.jsonl`);
    fs.writeFileSync(from, `{oops ${LINK_NAME}`);
    const shown = await messagesDuring(() => vscode.commands.executeCommand('corpusAnnotator.importAnnotations', { format: 'jsonl', from, confirm: true }));
    const error = shown.find((m) => /could not import/.test(m));
    assert.ok(error, shown.join('\n'));
    assertPlain(error, 'the import error');
  });

  test('an article that is a symbolic link is not read, and the editor says so (#3)', async () => {
    const { service } = await api();
    const secret = path.join(tmp, 'passwd');
    fs.writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    const link = corpusFile('passwd.txt');
    fs.symlinkSync(secret, link.fsPath);
    try {
      const shown = await messagesDuring(() => service.indexWorkspace(true), (s) => s.some((m) => /symbolic link/.test(m)));
      assert.ok(!service.index.files.includes(link.toString()), 'the link is not in the corpus');
      assert.ok(service.skippedLinks.has(link.toString()));
      assert.equal(service.index.files.length, 5, 'the five articles are still there');
      assert.match(shown.find((m) => /symbolic link/.test(m))!, /skipped .*passwd\.txt/);
      await vscode.workspace.openTextDocument(link);
      await new Promise((r) => setTimeout(r, 500));
      assert.ok(!service.index.files.includes(link.toString()), 'opening it does not analyse it either');
    } finally {
      fs.rmSync(link.fsPath, { force: true });
      await service.indexWorkspace(true);
    }
  });

  test('Export refuses a folder holding a link, names it, and writes nothing through it (#2)', async () => {
    const out = path.join(tmp, 'brat');
    fs.mkdirSync(out);
    const bashrc = path.join(tmp, 'bashrc');
    fs.writeFileSync(bashrc, 'precious');
    fs.symlinkSync(bashrc, path.join(out, A000));
    let result: unknown = 'not run';
    const shown = await messagesDuring(async () => {
      result = await vscode.commands.executeCommand('corpusAnnotator.exportAnnotations', { set: 'all', format: 'brat', out, overwrite: true });
    });
    assert.equal(result, undefined, 'nothing was exported');
    assert.ok(shown.some((m) => /was not written: .*is a symbolic link/.test(m)), shown.join('\n'));
    assert.equal(fs.readFileSync(bashrc, 'utf8'), 'precious');
    assert.deepEqual(fs.readdirSync(out), [A000]);
  });

  test('the trust guard stops a write in Restricted Mode with a message, and lets it through when trusted', () => {
    const shown: string[] = [];
    const window = { showWarningMessage: (m: string) => (shown.push(m), Promise.resolve(undefined)) } as never;
    assert.equal(allowWrite('exporting', { isTrusted: false }, window), false);
    assert.match(shown[0], /Restricted Mode, so exporting is not allowed/);
    assert.equal(allowWrite('exporting', { isTrusted: true }, window), true);
    assert.equal(shown.length, 1);
    assert.equal(vscode.workspace.isTrusted, true, 'the suite runs trusted, so its other tests write');
  });
});
