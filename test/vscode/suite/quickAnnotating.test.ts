import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, hoverText, open, until } from './helpers';

const A001 = '001-putin-tells-us-officials-leave-russia.txt';

function sidecar(doc: vscode.TextDocument) {
  const file = doc.uri.fsPath.replace(/\.txt$/, '.annotations.json');
  return { file, read: () => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined) };
}

async function select(editor: vscode.TextEditor, words: string): Promise<number> {
  const start = editor.document.getText().indexOf(words);
  assert.ok(start >= 0, words);
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + words.length));
  return start;
}

async function hoverAt(editor: vscode.TextEditor, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
  return hoverText(hovers);
}

suite('Annotating at the pace of brat and Prodigy', () => {
  setup(async () => {
    const { annotations, annotationMode } = await api();
    await annotationMode.set(false);
    const editor = await open(A001);
    await annotations.flush(editor.document.uri);
    fs.rmSync(sidecar(editor.document).file, { force: true });
    await annotations.load(editor.document.uri, true);
  });

  teardown(async () => {
    const { annotationMode } = await api();
    await annotationMode.set(false);
  });

  test('keys 1–9 are bound to labels in annotation mode only, and the picker shows each label with its number and colour', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const keys = (pkg.contributes.keybindings as { command: string; key: string; args?: number; when: string }[]).filter((k) => k.command === 'corpusAnnotator.quickLabel');
    assert.deepEqual(
      keys.map((k) => [k.key, k.args]),
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), n]),
    );
    for (const k of keys) assert.match(k.when, /corpusAnnotator\.annotationMode/);
    const note = pkg.contributes.configuration.properties['corpusAnnotator.askForNote'];
    assert.equal(note.default, false, 'labelling does not stop for a note unless asked to');
  });

  test('in annotation mode one key labels the selection: the sidecar holds it, the text shows its chip, and typing cannot change the article', async () => {
    const { annotations, annotationMode, annotationPainting } = await api();
    const editor = await open(A001);
    const before = editor.document.getText();
    await annotationMode.set(true);
    const start = await select(editor, 'Maria Zakharova');
    // Typing over the selection (what a stray key does) leaves a read-only article as it was.
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.equal(editor.document.getText(), before, 'the article is read-only in annotation mode');
    await select(editor, 'Maria Zakharova');
    await vscode.commands.executeCommand('corpusAnnotator.quickLabel', 1);
    assert.ok(editor.selection.isEmpty, 'the selection collapses so the next key cannot relabel by accident');
    await annotations.flush(editor.document.uri);
    const json = await until('the sidecar on disk', () => sidecar(editor.document).read());
    assert.deepEqual(
      json.annotations.map((a: { label: string; status: string; target: { exact: string; start: number } }) => [a.label, a.status, a.target.exact, a.target.start]),
      [['person', 'manual', 'Maria Zakharova', start]],
    );
    const chips = await until('the chip', () => {
      const painted = annotationPainting.chips.get(editor.document.uri.toString());
      return painted?.length ? painted : undefined;
    });
    assert.deepEqual(chips.map((c) => [c.start, c.text, c.colour]), [[start, 'person', 'corpusAnnotator.personForeground']]);
    await annotationMode.set(false);
    assert.equal(vscode.workspace.getConfiguration('corpusAnnotator').get('askForNote'), false);
  });

  test('a number key on a finding corrects its label in place: a person’s annotation that remembers the finding, its highlight replaced', async () => {
    const { annotations, service, highlighting, annotationMode } = await api();
    const editor = await open(A001);
    const a = service.analysisFor(editor.document.uri)!;
    const finding = a.entities.find((e) => e.text === 'Maria Zakharova')!;
    assert.equal(finding.kind, 'person');
    await annotationMode.set(true);
    const at = editor.document.positionAt(finding.start + 2);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('corpusAnnotator.quickLabel', 3); // organization
    await annotations.flush(editor.document.uri);
    const [made] = sidecar(editor.document).read().annotations;
    assert.deepEqual(
      { label: made.label, status: made.status, finding: made.finding, exact: made.target.exact },
      { label: 'organization', status: 'manual', finding: { kind: 'entity', start: finding.start, end: finding.end }, exact: 'Maria Zakharova' },
    );
    const uri = editor.document.uri.toString();
    await until('the person highlight to give way to the correction', () => !(highlighting.painted.get(uri)?.person ?? []).some((r) => editor.document.offsetAt(r.start) === finding.start));
    const hover = await hoverAt(editor, finding.start + 2);
    assert.match(hover, /Annotation\*\* — organization, corrected from the entity finding/);
    assert.match(hover, /Finding corrected\*\* to organization/);
    // A second key relabels the same annotation: still one annotation on the finding.
    await vscode.commands.executeCommand('corpusAnnotator.quickLabel', 2);
    await annotations.flush(editor.document.uri);
    assert.deepEqual(
      sidecar(editor.document).read().annotations.map((x: { label: string }) => x.label),
      ['place'],
    );
  });

  test('Relabel on a finding outside annotation mode, and re-bounding one, work in place', async () => {
    const { annotations, service } = await api();
    const editor = await open(A001);
    const a = service.analysisFor(editor.document.uri)!;
    const finding = a.entities.find((e) => e.text === 'Maria Zakharova')!;
    const ref = { uri: editor.document.uri.toString(), kind: 'entity', start: finding.start, end: finding.end };
    await vscode.commands.executeCommand('corpusAnnotator.relabelAnnotation', ref, 'organization');
    await annotations.flush(editor.document.uri);
    assert.equal(sidecar(editor.document).read().annotations[0].label, 'organization');
    // Widening the start by a word takes in "spokeswoman".
    await vscode.commands.executeCommand('corpusAnnotator.growAnnotationStart', sidecar(editor.document).read().annotations[0].id);
    await annotations.flush(editor.document.uri);
    const [after] = sidecar(editor.document).read().annotations;
    assert.equal(after.target.exact, 'spokeswoman Maria Zakharova');
    assert.deepEqual(after.finding, { kind: 'entity', start: finding.start, end: finding.end });
  });

  test('a finding’s hover says what was decided and offers only what fits', async () => {
    const { annotations, service } = await api();
    const editor = await open(A001);
    const a = service.analysisFor(editor.document.uri)!;
    const n = a.numbers.find((x) => x.text === '100,000')!;
    const fresh = await hoverAt(editor, n.start + 1);
    assert.match(fresh, /Finding\*\* \(not reviewed\)/);
    assert.match(fresh, /Accept\]/);
    assert.match(fresh, /Reject\]/);
    await vscode.commands.executeCommand('corpusAnnotator.acceptFinding', { uri: editor.document.uri.toString(), kind: 'number', start: n.start, end: n.end });
    await annotations.flush(editor.document.uri);
    const accepted = await hoverAt(editor, n.start + 1);
    assert.match(accepted, /Finding accepted/);
    assert.doesNotMatch(accepted, /\$\(check\) Accept\]/, 'an accepted finding is not offered Accept again');
    assert.match(accepted, /Reject\]/);
    assert.match(accepted, /Relabel…\]/);
  });

  test('chips name the annotator when an article has several, and the toggle hides them', async () => {
    const { annotations, annotationPainting } = await api();
    const editor = await open(A001);
    const config = vscode.workspace.getConfiguration('corpusAnnotator');
    const key = editor.document.uri.toString();
    try {
      await config.update('annotator', 'Maria Kowalska', vscode.ConfigurationTarget.Global);
      await select(editor, 'Antony Blinken');
      await vscode.commands.executeCommand('corpusAnnotator.annotateSelection', 'person', '');
      await config.update('annotator', 'bob', vscode.ConfigurationTarget.Global);
      await select(editor, 'Moscow');
      await vscode.commands.executeCommand('corpusAnnotator.annotateSelection', 'place', '');
      const chips = await until('two chips', () => (annotationPainting.chips.get(key)?.length === 2 ? annotationPainting.chips.get(key) : undefined));
      assert.deepEqual(chips.map((c) => c.text).sort(), ['person · MK', 'place · BO']);
      await vscode.commands.executeCommand('corpusAnnotator.toggleLabelChips');
      await until('the chips to go', () => annotationPainting.chips.get(key)?.length === 0);
      await vscode.commands.executeCommand('corpusAnnotator.toggleLabelChips');
      await until('the chips to come back', () => annotationPainting.chips.get(key)?.length === 2);
    } finally {
      await config.update('annotator', undefined, vscode.ConfigurationTarget.Global);
      await config.update('labelChips', undefined, vscode.ConfigurationTarget.Global);
      await annotations.flush(editor.document.uri);
    }
  });

  test('undo and redo say what they did and put the caret on it; Ctrl+Z undoes annotations in annotation mode', async () => {
    const { annotations } = await api();
    const editor = await open(A001);
    const start = await select(editor, 'Antony Blinken');
    await vscode.commands.executeCommand('corpusAnnotator.annotateSelection', 'person', '');
    await vscode.commands.executeCommand('corpusAnnotator.relabelAnnotation', annotations.placed(editor.document.uri)[0].annotation.id, 'organization');
    const far = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(far, far);
    const undid = await vscode.commands.executeCommand<string>('corpusAnnotator.undoAnnotation');
    assert.equal(undid, 'Undid: “Antony Blinken” relabelled organization → person');
    assert.equal(editor.document.offsetAt(editor.selection.active), start, 'the caret is on what was undone');
    assert.ok(editor.selection.isEmpty);
    assert.equal(await vscode.commands.executeCommand<string>('corpusAnnotator.undoAnnotation'), 'Undid: the person annotation on “Antony Blinken” removed');
    assert.equal(await vscode.commands.executeCommand<string>('corpusAnnotator.redoAnnotation'), 'Redid: the person annotation on “Antony Blinken” is back');
    assert.equal(annotations.placed(editor.document.uri).length, 1);
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const ctrlZ = (pkg.contributes.keybindings as { command: string; key: string; when: string }[]).find((k) => k.key === 'ctrl+z');
    assert.equal(ctrlZ?.command, 'corpusAnnotator.undoAnnotation');
    assert.match(ctrlZ!.when, /corpusAnnotator\.annotationMode/);
  });

  test('articles show non-breaking spaces plainly and nest their sidecars in the Explorer', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'news-article' });
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.nonBasicASCII'), false);
    const explorer = vscode.workspace.getConfiguration('explorer');
    assert.equal(explorer.get('fileNesting.enabled'), true);
    assert.equal((explorer.get('fileNesting.patterns') as Record<string, string>)['*.txt'], '${capture}.annotations.json');
  });
});
