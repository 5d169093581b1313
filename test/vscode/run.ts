// npm test's VS Code step: chooses the route for the one VS Code suite (route.ts), says
// which and why before anything else, then runs the suite that way.
//   node out/test/vscode/run.js           choose and run
//   node out/test/vscode/run.js --check   choose, and check that the route can run here
//                                         (npm test does this first, so it fails in seconds)
//   node out/test/vscode/run.js electron  (or code-server) as CA_VSCODE_ROUTE=… does
// CA_VSCODE_ROUTE=electron or code-server forces a route; auto (the default) chooses:
// electron when VS Code can be downloaded (the update service answers within 3 s), was
// downloaded before or is installed, and can be shown; code-server otherwise.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerRouteProblem } from './codeServerSetup';
import { electronDisplay, findElectronVSCode, minimumVersion, type ElectronVSCode } from './electronVSCode';
import { chooseRoute, describeChoice, ROUTE_VARIABLE } from './route';

const ROOT = path.resolve(__dirname, '../../..');
const PROBE_MS = 3000;

async function main(): Promise<number> {
  const checkOnly = process.argv.includes('--check');
  const named = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (named) process.env[ROUTE_VARIABLE] = named;
  const requested = process.env[ROUTE_VARIABLE];
  const engines = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { vscode: string } }).engines;
  const display = electronDisplay();
  // A forced code-server route needs no probe of the network.
  const vscode = requested?.trim().toLowerCase() === 'code-server' ? { tried: [] } : await findElectronVSCode(ROOT, minimumVersion(engines.vscode), PROBE_MS);
  const choice = chooseRoute(requested, vscode, display);
  const described = describeChoice(choice);
  if (!choice.route) {
    process.stderr.write(described + '\n');
    return 1;
  }
  process.stdout.write(described + '\n');

  if (choice.route === 'code-server') {
    if (checkOnly) {
      const problem = await codeServerRouteProblem();
      if (problem) process.stderr.write(`vscode tests: the code-server route cannot run here:\n${problem}\n`);
      return problem ? 1 : 0;
    }
    return run(process.execPath, [path.join(__dirname, 'runCodeServer.js')], {});
  }
  if (checkOnly) return 0;
  const script = path.join(__dirname, 'runElectron.js');
  const env = electronEnv(vscode.found!);
  return display.ok && display.xvfb
    ? run(display.xvfb, ['-a', '--server-args=-screen 0 1400x900x24', process.execPath, script], env)
    : run(process.execPath, [script], env);
}

/** Tells runElectron.js which VS Code to use, so that it asks the network nothing it need not. */
function electronEnv(vscode: ElectronVSCode): NodeJS.ProcessEnv {
  if (vscode.kind === 'installed') return { CA_VSCODE_EXECUTABLE: vscode.executable };
  if (vscode.kind === 'cached' && !process.env.CA_VSCODE_VERSION) return { CA_VSCODE_VERSION: vscode.version };
  return {};
}

function run(command: string, args: string[], extraEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', (e) => {
      process.stderr.write(`vscode tests: could not start ${command}: ${e.message}\n`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`vscode tests: ${(e as Error).stack}\n`);
    process.exit(1);
  },
);
