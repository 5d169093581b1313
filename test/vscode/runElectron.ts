// Runs the same VS Code suite in a downloaded VS Code (the standard route on a
// machine with internet access): node out/test/vscode/runElectron.js
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main() {
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-vscode-'));
  fs.cpSync(path.join(root, 'corpus'), path.join(workspace, 'corpus'), { recursive: true });
  const resultFile = path.join(workspace, '..', `${path.basename(workspace)}-result.json`);
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/vscode/suite/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { CA_TEST_RESULT: resultFile },
    });
    const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    console.log(`${r.passed} passed, ${r.failed} failed`);
  } catch (e) {
    console.error('VS Code tests failed:', (e as Error).message);
    process.exit(1);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
