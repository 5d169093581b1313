// Readies the code-server route: installs what the machine lacks with apt-get when run
// as root where apt exists (otherwise says what to install), then code-server 4.100.3
// (VS Code 1.100.3, the last line on Node 20) from the npm registry into
// .vscode-test/code-server/ (git-ignored, outside the project's own dependencies: it is
// large). Idempotent: once done it only checks, in well under a second.
//   node out/test/vscode/codeServerSetup.js      (runCodeServer.js runs it first)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { aptInstall, canAptInstall, codeServerShortfall, installHint } from './codeServerRequirements';
import { isExecutable, isRoot, onPath } from './system';

export const CODE_SERVER_VERSION = '4.100.3';
const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, '.vscode-test', 'code-server');
const say = (s: string) => process.stderr.write(`[setup-code-server] ${s}\n`);

/** CODE_SERVER_BIN when set, else the copy this set-up installs. */
export function codeServerBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.CODE_SERVER_BIN ?? path.join(DIR, 'node_modules', '.bin', 'code-server');
}

function codeServerInstalled(): boolean {
  if (process.env.CODE_SERVER_BIN) return isExecutable(process.env.CODE_SERVER_BIN);
  let done = '';
  try {
    done = fs.readFileSync(path.join(DIR, '.complete'), 'utf8').trim();
  } catch {
    /* never installed */
  }
  return done === CODE_SERVER_VERSION && isExecutable(codeServerBinary());
}

/** Without changing anything: undefined when the route can run here (after apt-get, as root), else what stands in the way. */
export async function codeServerRouteProblem(): Promise<string | undefined> {
  const shortfall = await codeServerShortfall(!codeServerInstalled());
  if (shortfall.blockers.length > 0) return shortfall.blockers.join('\n');
  if (shortfall.missing.length > 0 && !canAptInstall()) return installHint(shortfall.missing);
  return undefined;
}

export type Prepared = { chromium: string; codeServer: string } | { error: string };

/** Installs what is missing (see the top of the file) and returns the programs to run. */
export async function prepareCodeServer(): Promise<Prepared> {
  const installing = !codeServerInstalled();
  let shortfall = await codeServerShortfall(installing);
  if (shortfall.blockers.length > 0) return { error: shortfall.blockers.join('\n') };
  if (shortfall.missing.length > 0) {
    if (!canAptInstall()) return { error: installHint(shortfall.missing) };
    const failed = aptInstall(shortfall.missing, say);
    if (failed) return { error: failed };
    shortfall = await codeServerShortfall(installing);
    if (shortfall.missing.length > 0) return { error: `still missing after apt-get:\n${installHint(shortfall.missing)}` };
  }
  if (installing) {
    const failed = installCodeServer();
    if (failed) return { error: failed };
  }
  return { chromium: shortfall.chromium!, codeServer: codeServerBinary() };
}

function installCodeServer(): string | undefined {
  say(`installing code-server@${CODE_SERVER_VERSION} into ${DIR} (one to two minutes)`);
  const started = Date.now();
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  // allowScripts: npm 11 runs these install scripts but warns unless they are approved.
  fs.writeFileSync(path.join(DIR, 'package.json'), JSON.stringify({ name: 'code-server-for-tests', private: true, allowScripts: { 'code-server': true, argon2: true } }));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-code-server-install-'));
  const log = path.join(DIR, 'install.log');
  try {
    // A temporary folder of our own: the ripgrep cache below lives in it, and nothing of
    // the install is left in the shared one.
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, npm_config_yes: 'true' };
    seedRipgrepCache(tmp);
    // node-gyp would download Node's headers from nodejs.org unless told where the installed ones are.
    const prefix = path.dirname(path.dirname(process.execPath));
    if (!env.npm_config_nodedir && fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h'))) env.npm_config_nodedir = prefix;
    // code-server's postinstall refuses to run as root unless npm passes --unsafe-perm on
    // (npm 10 and 11 warn that they do not know the option, and pass it on all the same).
    const args = ['install', '--no-audit', '--no-fund', ...(isRoot() ? ['--unsafe-perm=true'] : []), `code-server@${CODE_SERVER_VERSION}`];
    const out = fs.openSync(log, 'w');
    const r = spawnSync('npm', args, { cwd: DIR, env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    if (r.status !== 0) {
      process.stderr.write(fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n') + '\n');
      return `npm install code-server failed (exit ${r.status ?? r.signal}; log: ${log})`;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!isExecutable(codeServerBinary())) return `no code-server program after the install (log: ${log})`;
  fs.writeFileSync(path.join(DIR, '.complete'), CODE_SERVER_VERSION);
  say(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return undefined;
}

/**
 * code-server's install builds VS Code's dependencies, and @vscode/ripgrep's install script
 * downloads rg from GitHub unless it finds the archive in its cache,
 * $TMPDIR/vscode-ripgrep-cache-<package version>/ripgrep-<tag>-<target>.tar.gz: put the
 * machine's rg there, for the versions code-server pulls in (1.15.11 for 4.100.3) and
 * their neighbours. Without an rg the install downloads it (when GitHub answers).
 */
function seedRipgrepCache(tmp: string) {
  const rg = onPath('rg');
  const target = ripgrepTarget();
  if (!rg || !target) return;
  const stage = fs.mkdtempSync(path.join(tmp, 'rg-'));
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  for (const version of ['1.15.9', '1.15.10', '1.15.11', '1.15.13', '1.15.14']) {
    const cache = path.join(tmp, `vscode-ripgrep-cache-${version}`);
    fs.mkdirSync(cache, { recursive: true });
    for (const tag of ['v13.0.0-10', 'v13.0.0-13']) {
      const r = spawnSync('tar', ['-C', stage, '-czf', path.join(cache, `ripgrep-${tag}-${target}.tar.gz`), 'rg'], { stdio: 'inherit' });
      if (r.status !== 0) say('could not pack rg for the ripgrep cache; the install will try to download it');
    }
  }
}

/** @vscode/ripgrep's name for this platform's build. */
function ripgrepTarget(): string | undefined {
  if (process.platform === 'linux') return { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch as string];
  if (process.platform === 'darwin') return process.arch === 'arm64' ? 'aarch64-apple-darwin' : 'x86_64-apple-darwin';
  return undefined;
}

if (require.main === module) {
  prepareCodeServer().then((p) => {
    if ('error' in p) {
      process.stderr.write(`vscode tests: the code-server route cannot run here:\n${p.error}\n`);
      process.exit(1);
    }
    say(`ready: ${p.codeServer}, driven by ${p.chromium}`);
  });
}
