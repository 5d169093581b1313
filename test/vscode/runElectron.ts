// Runs the same VS Code suite in a VS Code that @vscode/test-electron downloads into
// .vscode-test/ (the standard route on a machine with internet access), or in the one at
// CA_VSCODE_EXECUTABLE (an installed VS Code; run.ts finds it):
//   node out/test/vscode/runElectron.js        (CA_VSCODE_VERSION=1.100.3 to pin one)
// On Linux without a display, run it under xvfb-run (run.ts does). The workspace is a
// temporary copy of corpus/. Prints each test and `N passed, N failed`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import type { SuiteResult } from './suite/index';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '../../..');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-vscode-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'corpus'), path.join(workspace, 'corpus'), { recursive: true });
  const resultFile = path.join(tmp, 'result.json');
  let error: string | undefined;
  try {
    await runTests({
      version: process.env.CA_VSCODE_VERSION ?? 'stable',
      vscodeExecutablePath: process.env.CA_VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/vscode/suite/index.js'),
      // test-electron adds --disable-workspace-trust, --skip-welcome, --no-sandbox …
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(tmp, 'user-data')}`],
      extensionTestsEnv: { CA_TEST_RESULT: resultFile },
    });
  } catch (e) {
    error = (e as Error).message;
  }
  try {
    if (!fs.existsSync(resultFile)) {
      console.error(`VS Code tests did not run: ${error ?? 'no result file'}\n(CA_VSCODE_ROUTE=code-server runs them in code-server instead; see CONTRIBUTING.md)`);
      return 1;
    }
    const r = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
    for (const t of r.tests) console.log(`    ${t.state === 'passed' ? '✔' : '✘'} ${t.title}`);
    r.failures.forEach((f, i) => console.log(`\n  ${i + 1}) ${f.title}\n${f.message.replace(/^/gm, '     ')}`));
    console.log(`\n${r.passed} passed, ${r.failed} failed`);
    return r.failed === 0 && r.passed > 0 && !error ? 0 : 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
