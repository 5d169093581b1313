// What the code-server route needs from the machine, how to tell whether it is there
// (by looking for the program or header, never by asking a package manager), and how to
// install what is missing: with apt-get when running as root where apt exists, otherwise
// by saying exactly what to install on this system.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isExecutable, isRoot, onPath, osFamily, reachable, type Family } from './system';

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MACOS_BROWSERS = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export type ChromiumSearch = { path: string; problem?: undefined } | { path?: undefined; problem: string };

/** CHROMIUM_BIN when set, else the first of CHROMIUM_NAMES on the PATH (else, on macOS, the usual app bundles). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumSearch {
  if (env.CHROMIUM_BIN) return isExecutable(env.CHROMIUM_BIN) ? { path: env.CHROMIUM_BIN } : { problem: `CHROMIUM_BIN=${env.CHROMIUM_BIN} is not an executable file` };
  for (const name of CHROMIUM_NAMES) {
    const found = onPath(name, env);
    if (found) return { path: found };
  }
  if (process.platform === 'darwin') for (const app of MACOS_BROWSERS) if (isExecutable(app)) return { path: app };
  return { problem: `no Chromium: none of ${CHROMIUM_NAMES.join(', ')} is on the PATH and CHROMIUM_BIN is unset` };
}

export interface Requirement {
  what: string;
  /** Package names per system; for macOS, a whole command. */
  install: Partial<Record<Family, string>>;
}

const CHROMIUM: Requirement = {
  what: 'Chromium or Google Chrome (to drive the workbench)',
  install: { debian: 'chromium', ubuntu: 'chromium-browser', fedora: 'chromium', arch: 'chromium', suse: 'chromium', macos: 'brew install --cask chromium' },
};
const RIPGREP: Requirement = {
  what: "ripgrep's rg (code-server's install otherwise downloads it from GitHub, which does not answer)",
  install: { debian: 'ripgrep', ubuntu: 'ripgrep', fedora: 'ripgrep', arch: 'ripgrep', suse: 'ripgrep', macos: 'brew install ripgrep' },
};
const GSSAPI_HEADERS: Requirement = {
  what: 'the Kerberos GSS-API headers (gssapi/gssapi_krb5.h, for a native module code-server builds)',
  install: { debian: 'libkrb5-dev', ubuntu: 'libkrb5-dev', fedora: 'krb5-devel', arch: 'krb5', suse: 'krb5-devel' },
};
const COMPILER: Requirement = {
  what: 'a C++ compiler and make (node-gyp builds code-server\'s native modules)',
  install: { debian: 'g++ make', ubuntu: 'g++ make', fedora: 'gcc-c++ make', arch: 'base-devel', suse: 'gcc-c++ make', macos: 'xcode-select --install' },
};
const PYTHON: Requirement = {
  what: 'Python 3 (for node-gyp)',
  install: { debian: 'python3', ubuntu: 'python3', fedora: 'python3', arch: 'python', suse: 'python3', macos: 'xcode-select --install' },
};

export const REQUIREMENTS = { chromium: CHROMIUM, ripgrep: RIPGREP, gssapiHeaders: GSSAPI_HEADERS, compiler: COMPILER, python: PYTHON };

export interface Shortfall {
  missing: Requirement[];
  /** Problems no package fixes. */
  blockers: string[];
  chromium?: string;
}

/**
 * What the code-server route lacks here. Only Chromium is needed to run an installed
 * code-server; installing it (`installing`) builds native modules with the tools listed.
 */
export async function codeServerShortfall(installing: boolean, env: NodeJS.ProcessEnv = process.env): Promise<Shortfall> {
  const missing: Requirement[] = [];
  const blockers: string[] = [];
  if (process.platform === 'win32') blockers.push('code-server does not run on Windows; use the electron route (internet access once, or VS Code installed)');
  const chromium = findChromium(env);
  if (chromium.path === undefined) {
    if (env.CHROMIUM_BIN) blockers.push(chromium.problem);
    else missing.push(CHROMIUM);
  }
  if (installing && process.platform !== 'win32') {
    const major = Number(process.versions.node.split('.')[0]);
    if (major !== 20) blockers.push(`code-server 4.100.3 installs only under Node 20 (this is Node ${process.versions.node}); use Node 20, or the electron route`);
    if (!onPath('rg', env) && !(await reachable('https://github.com', 3000, env)).ok) missing.push(RIPGREP);
    if (process.platform === 'linux' && !hasHeader('gssapi/gssapi_krb5.h', env)) missing.push(GSSAPI_HEADERS);
    if (!(onPath('c++', env) || onPath('g++', env) || onPath('clang++', env)) || !onPath('make', env)) missing.push(COMPILER);
    if (!(env.npm_config_python || env.PYTHON || onPath('python3', env))) missing.push(PYTHON);
  }
  return { missing, blockers, chromium: chromium.path };
}

function hasHeader(header: string, env: NodeJS.ProcessEnv): boolean {
  const dirs = ['/usr/include', '/usr/local/include', ...[env.CPATH, env.CPLUS_INCLUDE_PATH, env.C_INCLUDE_PATH].flatMap((v) => (v ? v.split(path.delimiter) : []))];
  return dirs.some((d) => d && fs.existsSync(path.join(d, header)));
}

/** Whether missing packages will be installed with apt-get (root, and apt-get exists). */
export function canAptInstall(): boolean {
  return isRoot() && onPath('apt-get') !== undefined;
}

/** apt-get install of what is missing; returns an error message or undefined. */
export function aptInstall(missing: Requirement[], say: (s: string) => void): string | undefined {
  const family = osFamily() === 'ubuntu' ? 'ubuntu' : 'debian';
  const packages = missing.flatMap((r) => r.install[family]!.split(' '));
  say(`apt-get install ${packages.join(' ')}`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...packages]]) {
    const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) return `apt-get ${args[0]} failed (exit ${r.status ?? r.signal})`;
  }
  say(`apt packages installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return undefined;
}

/** What to install, for this system first and then for the others. */
export function installHint(missing: Requirement[], family: Family = osFamily()): string {
  const command = (f: Family): string | undefined => {
    if (f === 'macos') {
      const commands = [...new Set(missing.map((r) => r.install.macos).filter((c): c is string => !!c))];
      return commands.length ? commands.join(' && ') : undefined;
    }
    const packages = missing.map((r) => r.install[f]).filter(Boolean).join(' ');
    const manager = { debian: 'apt-get install', ubuntu: 'apt-get install', fedora: 'dnf install', arch: 'pacman -S --needed', suse: 'zypper install' }[f as string];
    return manager && packages ? `sudo ${manager} ${packages}` : undefined;
  };
  const systems: [Family, string][] = [['debian', 'Debian'], ['ubuntu', 'Ubuntu'], ['fedora', 'Fedora'], ['arch', 'Arch'], ['suse', 'openSUSE'], ['macos', 'macOS']];
  const lines = ['The code-server route needs what this machine lacks:', ...missing.map((r) => `  - ${r.what}`)];
  const here = command(family);
  if (here) lines.push(`Install with:  ${here}`);
  lines.push(here ? 'On other systems:' : 'Install with:');
  for (const [f, name] of systems) if (f !== family && command(f)) lines.push(`  ${`${name}:`.padEnd(10)}${command(f)}`);
  if (missing.includes(CHROMIUM)) lines.push('A Chromium elsewhere can be named with CHROMIUM_BIN=/path/to/chromium.');
  return lines.join('\n');
}
