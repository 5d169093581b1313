// Runs the mocha suite inside VS Code's extension host (both launchers load this),
// then, when asked, stages what a person would see for the launcher's screenshots.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface SuiteResult {
  passed: number;
  failed: number;
  failures: { title: string; message: string }[];
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000 });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  const result: SuiteResult = { passed: 0, failed: 0, failures: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => {
      result.passed++;
      console.log(`  ✔ ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err: Error) => {
      result.failed++;
      result.failures.push({ title: t.fullTitle(), message: err.stack ?? err.message });
      console.log(`  ✘ ${t.fullTitle()}: ${err.message}`);
    });
  });
  if (process.env.CA_SCREENSHOT_DIR) await stageScreenshots(process.env.CA_SCREENSHOT_DIR);
  if (process.env.CA_TEST_RESULT) fs.writeFileSync(process.env.CA_TEST_RESULT, JSON.stringify(result, null, 2));
  if (result.failed > 0) throw new Error(`${result.failed} of ${result.passed + result.failed} VS Code tests failed`);
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
}
