// Runs the VS Code suite in code-server (VS Code 1.100.3 from the npm registry)
// driven by headless Chromium: the route for machines that cannot download VS Code.
// Usage: node out/test/vscode/runCodeServer.js   (after scripts/setup-code-server.sh)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SuiteResult } from './suite/index';

const ROOT = path.resolve(__dirname, '../../..');
const CODE_SERVER = process.env.CODE_SERVER_BIN ?? path.join(ROOT, '.vscode-test/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'artifacts');
const TIMEOUT_MS = Number(process.env.CA_VSCODE_TIMEOUT_MS ?? 300000);

async function main(): Promise<number> {
  if (!fs.existsSync(CODE_SERVER)) {
    const setup = spawnSync('bash', [path.join(ROOT, 'scripts/setup-code-server.sh')], { stdio: 'inherit' });
    if (setup.status !== 0) return fail('code-server could not be set up (scripts/setup-code-server.sh)');
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-vscode-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'corpus'), path.join(workspace, 'corpus'), { recursive: true });
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'editor.hover.delay': 300,
    }),
  );
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const resultFile = path.join(tmp, 'result.json');
  const port = await freePort();
  const started = Date.now();
  const server = spawn(
    CODE_SERVER,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
    { env: { ...process.env, CA_TEST_RESULT: resultFile, CA_SCREENSHOT_DIR: ARTIFACTS }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const serverLog: string[] = [];
  server.stdout!.on('data', (d) => serverLog.push(String(d)));
  server.stderr!.on('data', (d) => serverLog.push(String(d)));
  let browser: import('playwright-core').Browser | undefined;
  try {
    await waitForPort(port, 60000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(path.join(ROOT, 'out/test/vscode/suite/index.js'))],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const deadline = Date.now() + TIMEOUT_MS;
    while (!fs.existsSync(resultFile)) {
      if (Date.now() > deadline) {
        await page.screenshot({ path: path.join(ARTIFACTS, 'timeout.png') });
        fs.writeFileSync(path.join(ARTIFACTS, 'console.txt'), console.join('\n'));
        return fail(`the suite did not finish in ${TIMEOUT_MS / 1000} s (see artifacts/timeout.png, artifacts/console.txt)`);
      }
      for (const f of fs.readdirSync(ARTIFACTS)) {
        if (!f.endsWith('.request')) continue;
        await page.screenshot({ path: path.join(ARTIFACTS, f.replace(/\.request$/, '.png')) });
        fs.rmSync(path.join(ARTIFACTS, f), { force: true });
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    fs.writeFileSync(path.join(ARTIFACTS, 'console.txt'), console.join('\n'));
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
    for (const line of console) if (/^\s+[✔✘] /.test(line)) process.stdout.write(line + '\n');
    for (const f of result.failures) process.stdout.write(`\n✘ ${f.title}\n${f.message}\n`);
    process.stdout.write(`\nVS Code ${'1.100.3'} (code-server) suite in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in artifacts/\n`);
    process.stdout.write(`${result.passed} passed, ${result.failed} failed\n`);
    return result.failed === 0 && result.passed > 0 ? 0 : 1;
  } catch (e) {
    fs.writeFileSync(path.join(ARTIFACTS, 'code-server.log'), serverLog.join(''));
    return fail((e as Error).message);
  } finally {
    await browser?.close().catch(() => undefined);
    stop(server);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function fail(message: string): number {
  process.stderr.write(`vscode tests: ${message}\n`);
  return 1;
}

function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
  setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 2000).unref();
}

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

async function waitForPort(port: number, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => {
        sock.end();
        resolve(true);
      });
      sock.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not listen on port ${port} within ${ms / 1000} s`);
}

main().then((code) => process.exit(code));
