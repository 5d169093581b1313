// Runs the VS Code suite in code-server (VS Code 1.100.3 from the npm registry) driven
// by headless Chromium: the route for machines that cannot download VS Code.
//   node out/test/vscode/runCodeServer.js     (npm test picks it, see run.ts)
// First readies the route (codeServerSetup.ts: apt packages as root, code-server itself).
// The workspace is a temporary copy of corpus/, so tests may write files. Prints each
// test, then `N passed, N failed` alone on the last line; exits 1 on a failure or a
// time-out. Screenshots, the browser console and code-server's log go to artifacts/.
// Environment: CA_VSCODE_TIMEOUT_MS (whole run, default 300000), CODE_SERVER_BIN,
// CHROMIUM_BIN, CA_VSCODE_KEEP=1 (keep the temporary folder). npm run bench:editor runs
// its own entry point instead of the suite with CA_VSCODE_TESTS (a path under out/), a
// corpus of its own with CA_VSCODE_CORPUS (a folder copied in place of corpus/) and a
// cache that outlives the run with CA_VSCODE_CACHE_HOME (the extension host's XDG_CACHE_HOME),
// and may run another build of the extension with CA_VSCODE_EXTENSION (its folder).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { CODE_SERVER_VERSION, prepareCodeServer } from './codeServerSetup';
import type { SuiteResult } from './suite/index';

const ROOT = path.resolve(__dirname, '../../..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const TIMEOUT_MS = Number(process.env.CA_VSCODE_TIMEOUT_MS ?? 300000);
const START_TIMEOUT_MS = 60000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--headless',
  '--disable-dev-shm-usage',
];

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let tmp: string | undefined;

async function main(): Promise<number> {
  const prepared = await prepareCodeServer();
  if ('error' in prepared) return fail(`the code-server route cannot run here:\n${prepared.error}`);
  const started = Date.now();
  const tests = process.env.CA_VSCODE_TESTS ?? 'out/test/vscode/suite/index.js';
  const extension = path.resolve(process.env.CA_VSCODE_EXTENSION ?? ROOT);
  for (const f of [path.join(ROOT, tests), path.join(extension, 'dist/extension.js')]) {
    if (!fs.existsSync(f)) return fail(`${f} is missing: run npm run build && npm run compile-tests first`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-vscode-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.resolve(ROOT, process.env.CA_VSCODE_CORPUS ?? 'corpus'), path.join(workspace, 'corpus'), { recursive: true });
  const userData = path.join(tmp, 'user-data');
  writeUserSettings(userData);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) {
    if (/\.(png|request)$|^(console\.txt|code-server\.log)$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f), { force: true });
  }
  const resultFile = path.join(tmp, 'result.json');
  const serverLog = fs.createWriteStream(path.join(ARTIFACTS, 'code-server.log'));

  const port = await freePort();
  fs.writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CA_TEST_RESULT: resultFile,
    CA_SCREENSHOT_DIR: ARTIFACTS,
    // Nothing of code-server's lands in ~/.config, ~/.local or ~/.cache.
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: process.env.CA_VSCODE_CACHE_HOME ?? path.join(tmp, 'xdg-cache'),
  };
  delete env.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal
  // detached: code-server leads its own process group (extension host, file watcher,
  // pty host), so stopping it signals that group and nothing else.
  server = spawn(
    prepared.codeServer,
    [
      '--config', path.join(tmp, 'config.yaml'),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userData,
      '--extensions-dir', path.join(tmp, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  server.stdout!.pipe(serverLog);
  server.stderr!.pipe(serverLog);
  let exited: string | undefined;
  server.on('exit', (code, signal) => (exited = `code ${code}, signal ${signal}`));

  const console: string[] = [];
  try {
    await waitForServer(port, () => exited);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    browser = await chromium.launch({
      executablePath: prepared.chromium,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'chromium-config'), XDG_CACHE_HOME: path.join(tmp, 'chromium-cache') },
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => console.push(m.text()));
    const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(path.join(ROOT, tests))],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const deadline = started + TIMEOUT_MS;
    while (!fs.existsSync(resultFile)) {
      if (exited) return fail(`code-server exited (${exited}); see artifacts/code-server.log`);
      if (Date.now() > deadline) {
        await page.screenshot({ path: path.join(ARTIFACTS, 'timeout.png') }).catch(() => undefined);
        return fail(`the suite did not finish within ${TIMEOUT_MS / 1000} s (see artifacts/timeout.png, console.txt, code-server.log)`);
      }
      // The suite asks for a screenshot with artifacts/<name>.request and waits until it is gone.
      for (const f of fs.readdirSync(ARTIFACTS)) {
        if (!f.endsWith('.request')) continue;
        await page.screenshot({ path: path.join(ARTIFACTS, f.replace(/\.request$/, '.png')) });
        fs.rmSync(path.join(ARTIFACTS, f), { force: true });
      }
      await sleep(200);
    }
    await sleep(200); // let the file be written completely
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
    if (result.failed > 0) await page.screenshot({ path: path.join(ARTIFACTS, 'failure.png') }).catch(() => undefined);
    print(result, (Date.now() - started) / 1000, path.basename(prepared.chromium));
    return result.failed === 0 && result.passed > 0 ? 0 : 1;
  } catch (e) {
    return fail((e as Error).message);
  } finally {
    fs.writeFileSync(path.join(ARTIFACTS, 'console.txt'), console.join('\n') + '\n');
    await cleanUp();
  }
}

function print(result: SuiteResult, seconds: number, browserName: string) {
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`\n  VS Code 1.100.3 (code-server ${CODE_SERVER_VERSION}, ${browserName})\n`);
  let failed = 0;
  for (const t of result.tests) out(t.state === 'passed' ? `    ✔ ${t.title} (${t.ms} ms)` : `    ${++failed}) ${t.title}`);
  result.failures.forEach((f, i) => out(`\n  ${i + 1}) ${f.title}\n${f.message.replace(/^/gm, '     ')}`));
  out(`\n  ${seconds.toFixed(1)} s in all; screenshots in artifacts/\n`);
  out(`${result.passed} passed, ${result.failed} failed`);
}

function writeUserSettings(userData: string) {
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'editor.hover.delay': 300,
      },
      null,
      2,
    ),
  );
}

/** Stops Chromium and code-server's whole process group (SIGTERM, then SIGKILL), removes the temp folder. */
async function cleanUp() {
  const b = browser;
  browser = undefined;
  if (b) await Promise.race([b.close().catch(() => undefined), sleep(5000)]);
  const s = server;
  server = undefined;
  if (s?.pid) {
    signalGroup(s.pid, 'SIGTERM');
    for (let i = 0; i < 30 && groupAlive(s.pid); i++) await sleep(100);
    if (groupAlive(s.pid)) signalGroup(s.pid, 'SIGKILL');
  }
  if (tmp && process.env.CA_VSCODE_KEEP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  else if (tmp) process.stderr.write(`kept ${tmp}\n`);
  tmp = undefined;
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function fail(message: string): number {
  process.stderr.write(`vscode tests: ${message}\n`);
  return 1;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForServer(port: number, exited: () => string | undefined) {
  const end = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < end) {
    if (exited()) throw new Error(`code-server exited during start (${exited()}); see artifacts/code-server.log`);
    const status = await new Promise<number>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(0));
      req.on('timeout', () => req.destroy());
    });
    if (status === 200) return;
    await sleep(250);
  }
  throw new Error(`code-server did not answer on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000} s; see artifacts/code-server.log`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.stderr.write(`vscode tests: ${signal}, stopping code-server and Chromium\n`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`vscode tests: ${(e as Error).stack}\n`);
    void cleanUp().finally(() => process.exit(1));
  },
);
