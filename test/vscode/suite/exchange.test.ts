import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportResult } from '../../../src/extension/exportAnnotations';
import { api, corpusFile, open, until } from './helpers';

const A000 = '000-putin-amasses-500000-troops.txt';
const A002 = '002-russia-plans-troop-surge-targets-kharkiv.txt';

function sidecar(name: string): { annotations: { label: string; status: string; annotator?: string; target: { exact: string; start: number } }[] } | undefined {
  const file = corpusFile(name).fsPath.replace(/\.txt$/, '.annotations.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

async function clearSidecar(name: string) {
  const { annotations } = await api();
  await annotations.flush();
  fs.rmSync(corpusFile(name).fsPath.replace(/\.txt$/, '.annotations.json'), { force: true });
  await annotations.load(corpusFile(name), true);
}

suite('Annotation sets: export, import, compare and curate', () => {
  let tmp: string;
  suiteSetup(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-exchange-'));
  });
  suiteTeardown(() => fs.rmSync(tmp, { recursive: true, force: true }));
  setup(async () => {
    await clearSidecar(A000);
    await clearSidecar(A002);
  });

  test('Export Annotation Set writes brat files whose offsets slice the article', async () => {
    const folder = path.join(tmp, 'brat');
    const result = await vscode.commands.executeCommand<ExportResult>('corpusAnnotator.exportAnnotations', { set: 'all', format: 'brat', out: folder });
    assert.ok(result, 'the export ran');
    assert.equal(result.articles, 5);
    const ann = fs.readFileSync(path.join(folder, A000.replace(/\.txt$/, '.ann')), 'utf8');
    const txt = fs.readFileSync(path.join(folder, A000), 'utf8');
    assert.equal(txt, fs.readFileSync(corpusFile(A000).fsPath, 'utf8'));
    const putin = ann.split('\n').find((l) => /\tperson \d+ \d+\tVladimir Putin$/.test(l));
    assert.ok(putin, ann.slice(0, 300));
    const [s, e] = putin.split('\t')[1].split(' ').slice(1).map(Number);
    assert.equal([...txt].slice(s, e).join(''), 'Vladimir Putin');
  });

  test('Save Filter as Annotation Set writes annotation-sets.json; exporting that set gives only those claims', async () => {
    const { claims } = await api();
    const topic = claims.shownGroups[0];
    await vscode.commands.executeCommand('corpusAnnotator.filterClaims', { by: 'topic', value: topic.key, label: topic.label });
    try {
      assert.equal(await vscode.commands.executeCommand('corpusAnnotator.saveClaimsFilterAsSet', 'troops'), true);
    } finally {
      await vscode.commands.executeCommand('corpusAnnotator.clearClaimsFilter');
    }
    const setsFile = path.join(path.dirname(corpusFile(A000).fsPath), 'annotation-sets.json');
    assert.deepEqual(JSON.parse(fs.readFileSync(setsFile, 'utf8')), { sets: [{ name: 'troops', labels: ['claim'], topics: [topic.key] }] });
    const result = await vscode.commands.executeCommand<ExportResult>('corpusAnnotator.exportAnnotations', { set: 'troops', format: 'csv', out: path.join(tmp, 'csv') });
    const rows = fs.readFileSync(path.join(tmp, 'csv', 'claims.csv'), 'utf8').trim().split('\r\n');
    assert.equal(rows.length - 1, topic.claims.length, 'one row per claim of the topic');
    assert.equal(result?.annotations, topic.claims.length);
    fs.rmSync(setsFile);
  });

  test('Import Annotations adds brat spans to the sidecar of an open article, which shows them, and undo takes the import back', async () => {
    const text = fs.readFileSync(corpusFile(A000).fsPath, 'utf8');
    const at = text.indexOf('Harvey Lindsay');
    const from = path.join(tmp, 'import-brat');
    fs.mkdirSync(from);
    fs.writeFileSync(path.join(from, A000.replace(/\.txt$/, '.ann')), `T1\tperson ${at} ${at + 14}\tHarvey Lindsay\n#1\tAnnotatorNotes T1\tbyline\n`);
    const editor = await open(A000);
    const report = await vscode.commands.executeCommand<{ articles: { imported: number }[] }>('corpusAnnotator.importAnnotations', { format: 'brat', from, confirm: true });
    assert.equal(report?.articles[0].imported, 1);
    assert.deepEqual(sidecar(A000)?.annotations.map((a) => [a.label, a.target.exact, a.target.start]), [['person', 'Harvey Lindsay', at]]);
    const { annotations } = await api();
    await until('the open article to show the imported annotation', () => annotations.placed(editor.document.uri).some((p) => p.annotation.target.exact === 'Harvey Lindsay'));
    // An import is one annotation change: undo takes it back, on disk too. The wait
    // lets the file watcher report our own write first, as it does for a person, who
    // never undoes within a second: that echo must not be taken for an outside change.
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.commands.executeCommand('corpusAnnotator.undoAnnotation');
    await annotations.flush();
    assert.deepEqual(sidecar(A000)?.annotations, []);
  });

  test('Compare Annotators lists disagreements with kappa; the curated set starts from the agreed spans, and taking a side, rejecting or exporting writes the gold set', async () => {
    const text = fs.readFileSync(corpusFile(A002).fsPath, 'utf8');
    const people: Record<string, [string, string][]> = {
      anna: [['Kharkiv', 'place'], ['Vladimir Putin', 'person'], ['Moscow', 'place']],
      ben: [['Kharkiv', 'organization'], ['Moscow', 'place'], ['Meduza', 'organization']],
    };
    for (const [who, spans] of Object.entries(people)) {
      const dir = path.join(tmp, who);
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, A002), text);
      const lines = spans.map(([exact, label], i) => `T${i + 1}\t${label} ${text.indexOf(exact)} ${text.indexOf(exact) + exact.length}\t${exact}`);
      fs.mkdirSync(path.join(tmp, `${who}-brat`));
      fs.writeFileSync(path.join(tmp, `${who}-brat`, A002.replace(/\.txt$/, '.ann')), lines.join('\n') + '\n');
    }
    // Each person's copy gets its sidecar through the CLI-equivalent core import.
    const { importCorpus, readImportFiles } = await import('../../../src/core/export/importCorpus');
    for (const who of Object.keys(people)) await importCorpus('brat', await readImportFiles(path.join(tmp, `${who}-brat`)), [path.join(tmp, who, A002)], { annotator: who });

    const { compare, annotations } = await api();
    const c = await vscode.commands.executeCommand<{ items: unknown[]; kappa: number; agreed: unknown[]; seeded: number }>('corpusAnnotator.compareAnnotators', { a: path.join(tmp, 'anna'), b: path.join(tmp, 'ben') });
    assert.ok(c);
    assert.ok(c.kappa < 1 && c.kappa > -1);
    assert.equal(c.agreed.length, 1, 'Moscow, place, by both');
    assert.equal(c.seeded, 1);
    assert.match(String(compare.view?.message), /1 agreed span in the curated set · 3 disagreements/);
    await annotations.flush();
    const curatedOnDisk = () => sidecar(A002)!.annotations.filter((a) => a.annotator === 'curated').map((a) => [a.label, a.status, a.target.exact]);
    assert.deepEqual(curatedOnDisk(), [['place', 'accepted', 'Moscow']], 'the agreed span starts the curated set');

    const [article] = compare.getChildren();
    assert.equal(article.type, 'article');
    const items = compare.getChildren(article);
    const shown = items.map((n) => (n.type === 'disagreement' ? compare.getTreeItem(n).description : ''));
    assert.deepEqual(shown.sort(), ['organization · only ben', 'person · only anna', 'place (anna) ≠ organization (ben)']);
    const row = (exact: string) => items.find((n) => n.type === 'disagreement' && n.d.text === exact)!;

    assert.equal(compare.progress()?.text, '0 of 3 resolved');
    assert.match((await warningsDuring(() => vscode.commands.executeCommand('corpusAnnotator.exportCuratedSet')))[0], /Nothing is curated yet \(0 of 3 disagreements resolved\)/);
    assert.equal(await vscode.commands.executeCommand('corpusAnnotator.takeSecondAnnotator', row('Kharkiv')), true);
    await until('the progress to count it', () => compare.progress()?.text === '1 of 3 resolved');
    // Declining the warning exports nothing.
    const before = fs.readdirSync(tmp).length;
    assert.match((await warningsDuring(() => vscode.commands.executeCommand('corpusAnnotator.exportCuratedSet')))[0], /Curation is unfinished: 1 of 3 disagreements resolved/);
    assert.equal(fs.readdirSync(tmp).length, before, 'nothing was written');
    assert.match(String(compare.getTreeItem(row('Kharkiv')).description), /took ben$/);

    // Taking anna's side on a span only ben marked is a rejection: it is resolved, and not in the gold set.
    assert.equal(await vscode.commands.executeCommand('corpusAnnotator.takeFirstAnnotator', row('Meduza')), true);
    assert.match(String(compare.getTreeItem(row('Meduza')).description), /· rejected$/);
    // From the keyboard: the selected row, Ctrl+Alt+0 (the command without a node).
    await compare.view!.reveal(row('Vladimir Putin'), { select: true, focus: true });
    await until('the row to be selected', () => compare.view!.selection[0]?.type === 'disagreement');
    assert.equal(await vscode.commands.executeCommand('corpusAnnotator.rejectDisagreement'), true);
    await until('all three resolved', () => compare.progress()?.text === '3 of 3 resolved');
    assert.match(String(compare.getTreeItem(row('Vladimir Putin')).description), /person · only anna · rejected$/);
    await annotations.flush();
    assert.deepEqual(curatedOnDisk().sort(), [
      ['organization', 'accepted', 'Kharkiv'],
      ['organization', 'rejected', 'Meduza'],
      ['person', 'rejected', 'Vladimir Putin'],
      ['place', 'accepted', 'Moscow'],
    ]);

    const out = path.join(tmp, 'curated');
    const result = await vscode.commands.executeCommand<ExportResult>('corpusAnnotator.exportAnnotations', { set: 'curated', format: 'jsonl', out });
    assert.equal(result?.annotations, 2, 'the gold set: the agreed span and the side taken, no rejections');
    await vscode.commands.executeCommand('corpusAnnotator.closeComparison');
  });
});

/** The warnings shown while `fn` runs, each answered by closing it (as Escape does). */
async function warningsDuring(fn: () => PromiseLike<unknown>): Promise<string[]> {
  const w = vscode.window as unknown as Record<string, unknown>;
  const kept = w.showWarningMessage;
  const shown: string[] = [];
  w.showWarningMessage = (message: string) => (shown.push(message), Promise.resolve(undefined));
  try {
    await fn();
  } finally {
    w.showWarningMessage = kept;
  }
  return shown;
}
