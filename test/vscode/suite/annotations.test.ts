import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, hoverText, open, until } from './helpers';

const A001 = '001-putin-tells-us-officials-leave-russia.txt';

function sidecarOf(doc: vscode.TextDocument) {
  const file = doc.uri.fsPath.replace(/\.txt$/, '.annotations.json');
  return { file, read: () => JSON.parse(fs.readFileSync(file, 'utf8')) };
}

suite('Annotating by hand', () => {
  // Each test starts from an article without annotations.
  setup(async () => {
    const { annotations } = await api();
    const editor = await open(A001);
    await annotations.flush(editor.document.uri);
    fs.rmSync(editor.document.uri.fsPath.replace(/\.txt$/, '.annotations.json'), { force: true });
    await annotations.load(editor.document.uri, true);
  });

  test('Annotate Selection writes a sidecar beside the article with the label, note and quote', async () => {
    const { annotations } = await api();
    const editor = await open(A001);
    const text = editor.document.getText();
    const start = text.indexOf('Maria Zakharova');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'Maria Zakharova'.length));
    const made = await vscode.commands.executeCommand<{ id: string }>('corpusAnnotator.annotateSelection', 'person', 'spokeswoman');
    assert.ok(made, 'an annotation was made');
    await annotations.flush(editor.document.uri);
    const side = sidecarOf(editor.document);
    const json = await until('the sidecar on disk', () => fs.existsSync(side.file) && side.read());
    assert.equal(json.version, 2);
    assert.equal(json.article, A001);
    assert.equal(json.annotations.length, 1);
    assert.deepEqual(
      { label: json.annotations[0].label, status: json.annotations[0].status, note: json.annotations[0].note, exact: json.annotations[0].target.exact, start: json.annotations[0].target.start },
      { label: 'person', status: 'manual', note: 'spokeswoman', exact: 'Maria Zakharova', start },
    );
    assert.equal(json.annotations[0].target.prefix, text.slice(start - 32, start));
  });

  test('accepting and rejecting findings are saved; a rejected finding is no longer highlighted', async () => {
    const { annotations, service, highlighting } = await api();
    const editor = await open(A001);
    const a = service.analysisFor(editor.document.uri)!;
    const number = a.numbers.find((n) => n.text === '100,000')!;
    const entity = a.entities.find((e) => e.text === 'Maria Zakharova')!;
    const uri = editor.document.uri.toString();
    await vscode.commands.executeCommand('corpusAnnotator.acceptFinding', { uri, kind: 'number', start: number.start, end: number.end });
    await vscode.commands.executeCommand('corpusAnnotator.rejectFinding', { uri, kind: 'entity', start: entity.start, end: entity.end });
    await annotations.flush(editor.document.uri);
    const json = sidecarOf(editor.document).read();
    const byStatus = Object.fromEntries(json.annotations.map((x: { status: string; target: { exact: string } }) => [x.status, x.target.exact]));
    assert.deepEqual(byStatus, { accepted: '100,000', rejected: 'Maria Zakharova' });
    const accepted = json.annotations.find((x: { status: string }) => x.status === 'accepted');
    assert.equal(accepted.fields.value, 100000);
    await until('the rejected entity to be unpainted', () => {
      const people = highlighting.painted.get(uri)?.person ?? [];
      return !people.some((r) => editor.document.offsetAt(r.start) === entity.start);
    });
  });

  test("another tool's suggestions: stepped through, accepted at the cursor (the caret goes on to the next) and rejected from the hover link; both are saved", async () => {
    const { annotations } = await api();
    const editor = await open(A001);
    const text = editor.document.getText();
    const side = sidecarOf(editor.document);
    const suggestion = (exact: string, id: string) => {
      const start = text.indexOf(exact);
      const end = start + exact.length;
      return {
        id,
        label: 'person',
        status: 'suggested',
        target: { start, end, exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
        articleSha256: createHash('sha256').update(text).digest('hex'),
        annotator: 'model-x',
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
      };
    };
    const zakharova = suggestion('Maria Zakharova', 's1');
    const blinken = suggestion('Antony Blinken', 's2');
    fs.writeFileSync(side.file, JSON.stringify({ version: 2, article: A001, annotations: [zakharova, blinken] }));
    await annotations.load(editor.document.uri, true);
    assert.equal(annotations.placed(editor.document.uri).length, 2);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand('corpusAnnotator.nextSuggestion'), 's1');
    assert.equal(await vscode.commands.executeCommand('corpusAnnotator.nextSuggestion'), 's2');
    assert.equal(await vscode.commands.executeCommand('corpusAnnotator.nextSuggestion'), 's1', 'wraps at the end');
    assert.equal(await vscode.commands.executeCommand('corpusAnnotator.previousSuggestion'), 's2', 'and at the start');

    // The caret on the suggestion: the key decides the suggestion, not the engine's entity under it.
    const inside = editor.document.positionAt(zakharova.target.start + 3);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, inside));
    assert.match(hover, /person, suggested by model\\?-x/);
    assert.match(hover, /command:corpusAnnotator\.acceptFinding\?[^)]*s1.*Reject/s);
    editor.selection = new vscode.Selection(inside, inside);
    await vscode.commands.executeCommand('corpusAnnotator.acceptFinding');
    assert.equal(editor.document.offsetAt(editor.selection.active), blinken.target.start, 'the caret went on to the next suggestion');
    await vscode.commands.executeCommand('corpusAnnotator.rejectFinding', 's2');
    assert.equal(await vscode.commands.executeCommand('corpusAnnotator.nextSuggestion'), undefined, 'none left to review');
    await annotations.flush(editor.document.uri);
    const saved = side.read().annotations as { id: string; status: string; target: { exact: string }; finding?: unknown }[];
    assert.deepEqual(
      saved.map((x) => [x.id, x.status, x.target.exact, x.finding === undefined]),
      [
        ['s1', 'accepted', 'Maria Zakharova', true],
        ['s2', 'rejected', 'Antony Blinken', true],
      ],
    );
  });

  test('undo and redo of an annotation change', async () => {
    const { annotations } = await api();
    const editor = await open(A001);
    const start = editor.document.getText().indexOf('Antony Blinken');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 14));
    await vscode.commands.executeCommand('corpusAnnotator.annotateSelection', 'person', '');
    assert.equal(annotations.placed(editor.document.uri).length, 1);
    // A person undoes after the save and the file watcher's report of it, not within
    // a second: our own write coming back must not reset the undo history.
    await annotations.flush(editor.document.uri);
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.commands.executeCommand('corpusAnnotator.undoAnnotation');
    assert.equal(annotations.placed(editor.document.uri).length, 0);
    await vscode.commands.executeCommand('corpusAnnotator.redoAnnotation');
    assert.equal(annotations.placed(editor.document.uri).length, 1);
  });
});

suite('Orphaned annotations', () => {
  test('an annotation whose text is gone is listed in the Problems panel and re-attached by its quick fix', async () => {
    const { annotations } = await api();
    const editor = await open(A001);
    const doc = editor.document;
    const side = sidecarOf(doc);
    await annotations.flush(doc.uri);
    const orphan = {
      id: 'orphan1',
      label: 'person',
      status: 'manual',
      target: { start: 10, end: 30, exact: 'Nobody Of That Name', prefix: '', suffix: '' },
      articleSha256: '0'.repeat(64),
      created: '2026-11-23T00:00:00.000Z',
      modified: '2026-11-23T00:00:00.000Z',
    };
    fs.writeFileSync(side.file, JSON.stringify({ version: 2, article: A001, annotations: [orphan] }, null, 2));
    await annotations.load(doc.uri, true);
    const diagnostic = await until('the orphan in the Problems panel', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'Corpus Annotator' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'orphaned:orphan1'),
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range);
    const fix = actions.find((a) => a.title === 'Re-anchor the annotation to the selection');
    assert.ok(fix?.command, `quick fixes: ${actions.map((a) => a.title).join(', ')}`);
    const start = doc.getText().indexOf('Antony Blinken');
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + 'Antony Blinken'.length));
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await annotations.flush(doc.uri);
    const saved = side.read().annotations[0];
    assert.deepEqual({ id: saved.id, exact: saved.target.exact, start: saved.target.start }, { id: 'orphan1', exact: 'Antony Blinken', start });
    await until('the warning to go', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === 'Corpus Annotator'));
    fs.rmSync(side.file, { force: true });
    await annotations.load(doc.uri, true);
  });

  test('an orphan whose text was replaced is squiggled on what replaced it, re-anchored there by the preferred quick fix, or deleted by another', async () => {
    const { annotations } = await api();
    const editor = await open(A001);
    const doc = editor.document;
    const side = sidecarOf(doc);
    await annotations.flush(doc.uri);
    const text = doc.getText();
    const at = text.indexOf('Antony Blinken');
    // As if the article had said "Mike Pompeo" when it was annotated, and was corrected since.
    const orphan = (id: string) => ({
      id,
      label: 'person',
      status: 'manual',
      target: { start: at, end: at + 11, exact: 'Mike Pompeo', prefix: text.slice(at - 32, at), suffix: text.slice(at + 14, at + 46) },
      articleSha256: '0'.repeat(64),
      created: '2026-11-23T00:00:00.000Z',
      modified: '2026-11-23T00:00:00.000Z',
    });
    fs.writeFileSync(side.file, JSON.stringify({ version: 2, article: A001, annotations: [orphan('orphan2'), orphan('orphan3')] }, null, 2));
    await annotations.load(doc.uri, true);
    const find = (id: string) => vscode.languages.getDiagnostics(doc.uri).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code).startsWith(`orphaned:${id}`));
    const diagnostic = await until('the orphans in the Problems panel', () => find('orphan2'));
    assert.equal(doc.getText(diagnostic.range), 'Antony Blinken', 'the squiggle is on what replaced the text, not an unrelated word');
    assert.match(diagnostic.message, /“Mike Pompeo” is no longer in the text; “Antony Blinken” is where it was/);
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(diagnostic.range.start, diagnostic.range.start));
    const titles = actions.filter((a) => a.diagnostics?.[0] === undefined || String(typeof a.diagnostics[0].code === 'object' ? a.diagnostics[0].code.value : '').startsWith('orphaned:orphan2')).map((a) => a.title);
    assert.ok(titles.includes('Re-anchor the annotation to “Antony Blinken”'), titles.join(', '));
    assert.ok(titles.includes('Delete the orphaned annotation'), titles.join(', '));
    assert.ok(!titles.includes('Re-anchor the annotation to the selection'), 'no selection, no such offer');
    const reanchor = actions.find((a) => a.title === 'Re-anchor the annotation to “Antony Blinken”' && a.command?.arguments?.[0] === 'orphan2')!;
    assert.equal(reanchor.isPreferred, true);
    await vscode.commands.executeCommand(reanchor.command!.command, ...(reanchor.command!.arguments ?? []));
    const del = actions.find((a) => a.title === 'Delete the orphaned annotation' && a.command?.arguments?.[0] === 'orphan3');
    assert.ok(del?.command, 'each orphan has its own delete');
    await vscode.commands.executeCommand(del.command.command, ...(del.command.arguments ?? []));
    await annotations.flush(doc.uri);
    const saved = side.read().annotations;
    assert.deepEqual(saved.map((a: { id: string; target: { exact: string; start: number } }) => [a.id, a.target.exact, a.target.start]), [['orphan2', 'Antony Blinken', at]]);
    await until('the warnings to go', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === 'Corpus Annotator'));
    fs.rmSync(side.file, { force: true });
    await annotations.load(doc.uri, true);
  });
});
