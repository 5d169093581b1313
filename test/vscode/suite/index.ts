// Runs the mocha suite inside VS Code's extension host (both launchers load this):
// every `*.test.js` under this folder, compiled by tsc into out/test/vscode/suite/.
// Writes the result as JSON to $CA_TEST_RESULT (default: .vscode-test-result.json in
// the workspace folder), then, when asked, stages what a person would see for the
// launcher's screenshots.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface TestOutcome {
  /** The suite's and the test's titles. */
  title: string;
  state: 'passed' | 'failed';
  ms: number;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  tests: TestOutcome[];
  failures: { title: string; message: string }[];
}

export async function run(): Promise<void> {
  // The launchers print the outcome from the result file: no reporter output here.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: class {} as unknown as Mocha.ReporterConstructor });
  // CA_VSCODE_GREP runs only the tests whose titles match (a contributor's shortcut; npm test runs all).
  if (process.env.CA_VSCODE_GREP) mocha.grep(process.env.CA_VSCODE_GREP);
  for (const f of testFiles(__dirname)) mocha.addFile(f);
  const result: SuiteResult = { passed: 0, failed: 0, tests: [], failures: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => {
      result.passed++;
      result.tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration ?? 0 });
      console.log(`  ✔ ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err: Error) => {
      result.failed++;
      result.tests.push({ title: t.fullTitle(), state: 'failed', ms: t.duration ?? 0 });
      result.failures.push({ title: t.fullTitle(), message: err.stack ?? err.message });
      console.log(`  ✘ ${t.fullTitle()}: ${err.message}`);
    });
  });
  try {
    if (process.env.CA_SCREENSHOT_DIR) await stageScreenshots(process.env.CA_SCREENSHOT_DIR);
  } finally {
    fs.writeFileSync(resultPath(), JSON.stringify(result, null, 2));
  }
  if (result.failed > 0) throw new Error(`${result.failed} of ${result.passed + result.failed} VS Code tests failed`);
}

function resultPath(): string {
  if (process.env.CA_TEST_RESULT) return process.env.CA_TEST_RESULT;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no CA_TEST_RESULT and no workspace folder to write the result to');
  return path.join(folder.uri.fsPath, '.vscode-test-result.json');
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Puts the workbench in a state, asks the launcher for a screenshot, and waits for it. */
async function stageScreenshots(dir: string) {
  const shot = async (name: string) => {
    const request = path.join(dir, `${name}.request`);
    fs.writeFileSync(request, '');
    for (let i = 0; i < 100 && fs.existsSync(request); i++) await new Promise((r) => setTimeout(r, 100));
  };
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'corpus', '000-putin-amasses-500000-troops.txt'));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('corpusAnnotator.claims.focus');
  await vscode.window.showTextDocument(doc, { preview: false });
  await new Promise((r) => setTimeout(r, 1500));
  await shot('article');
  const at = doc.positionAt(doc.getText().indexOf('almost 500,000 troops') + 9);
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('editor.action.showHover');
  await new Promise((r) => setTimeout(r, 1500));
  await shot('hover');
  await vscode.commands.executeCommand('editor.action.hideHover');
  await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
  // The cursor is on the 500,000 troops claim: its group's timeline.
  await vscode.commands.executeCommand('corpusAnnotator.showClaimTimeline');
  await new Promise((r) => setTimeout(r, 2500));
  await shot('timeline');
}
