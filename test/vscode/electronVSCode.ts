// Where @vscode/test-electron can get a VS Code from on this machine: a download from
// Microsoft's update service, a copy it downloaded before into .vscode-test/, or the VS Code
// whose `code` command is on the PATH. Also whether an Electron window can be shown.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { onPath, reachable } from './system';

export const UPDATE_SERVICE = 'https://update.code.visualstudio.com/api/releases/stable';

export type ElectronVSCode =
  | { kind: 'download'; description: string }
  | { kind: 'cached'; version: string; description: string }
  | { kind: 'installed'; executable: string; version: string; description: string };

export interface ElectronVSCodeSearch {
  found?: ElectronVSCode;
  /** What was looked at and not usable, for the message when nothing is. */
  tried: string[];
}

/**
 * The VS Code the electron route would use: a download when the update service answers
 * within `probeMs` (test-electron then reuses its cached copy if that is the latest),
 * otherwise a cached download, otherwise the installed VS Code, each at least `minVersion`.
 */
export async function findElectronVSCode(root: string, minVersion: string, probeMs: number): Promise<ElectronVSCodeSearch> {
  const tried: string[] = [];
  const probe = await reachable(UPDATE_SERVICE, probeMs);
  const host = new URL(UPDATE_SERVICE).host;
  if (probe.ok) return { found: { kind: 'download', description: `${host} answered in ${probe.ms} ms, so VS Code can be downloaded` }, tried };
  tried.push(`${host} cannot be reached (${probe.error}, after ${(probe.ms / 1000).toFixed(1)} s)`);

  const cacheDir = path.join(root, '.vscode-test');
  const cached = cachedVersions(cacheDir).filter((v) => atLeast(v, minVersion));
  if (cached.length > 0) return { found: { kind: 'cached', version: cached[0], description: `VS Code ${cached[0]} was downloaded before into .vscode-test/` }, tried };
  tried.push(`no VS Code ${minVersion} or later downloaded before into .vscode-test/`);

  const installed = installedVSCode();
  if (installed && atLeast(installed.version, minVersion)) {
    return { found: { kind: 'installed', ...installed, description: `VS Code ${installed.version} is installed (${installed.executable})` }, tried };
  }
  tried.push(installed ? `the installed VS Code is ${installed.version}, older than ${minVersion}` : 'no VS Code installed (no `code` command on the PATH)');
  return { tried };
}

/** Versions of VS Code that test-electron downloaded into `cacheDir` for this platform, newest first. */
export function cachedVersions(cacheDir: string, platform = testElectronPlatform()): string[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(cacheDir);
  } catch {
    return [];
  }
  const prefix = `vscode-${platform}-`;
  return entries
    .filter((e) => e.startsWith(prefix) && /^\d+\.\d+\.\d+$/.test(e.slice(prefix.length)))
    .filter((e) => fs.existsSync(path.join(cacheDir, e, 'is-complete')))
    .map((e) => e.slice(prefix.length))
    .sort((a, b) => compareVersions(b, a));
}

/** test-electron's name for this platform, part of its download folder's name. */
export function testElectronPlatform(platform = process.platform, arch = process.arch): string {
  if (platform === 'darwin') return arch === 'arm64' ? 'darwin-arm64' : 'darwin';
  if (platform === 'win32') return arch === 'arm64' ? 'win32-arm64-archive' : 'win32-x64-archive';
  return arch === 'arm64' ? 'linux-arm64' : arch === 'arm' ? 'linux-armhf' : 'linux-x64';
}

/**
 * The VS Code behind the `code` command on the PATH: its Electron executable and version.
 * The command is a script in the application's `bin/` folder (Contents/Resources/app/bin/
 * on macOS); VS Code Server's remote `code` and code-server have no executable there and
 * are passed over.
 */
export function installedVSCode(env: NodeJS.ProcessEnv = process.env): { executable: string; version: string } | undefined {
  const cli = onPath('code', env);
  if (!cli) return undefined;
  let bin: string;
  try {
    bin = path.dirname(fs.realpathSync(cli));
  } catch {
    return undefined;
  }
  const candidates =
    process.platform === 'darwin'
      ? [{ exe: path.join(bin, '../../../MacOS/Electron'), pkg: path.join(bin, '../package.json') }, { exe: path.join(bin, '../../../MacOS/Code'), pkg: path.join(bin, '../package.json') }]
      : [{ exe: path.join(bin, '..', process.platform === 'win32' ? 'Code.exe' : 'code'), pkg: path.join(bin, '../resources/app/package.json') }];
  for (const { exe, pkg } of candidates) {
    if (!fs.existsSync(exe) || !fs.existsSync(pkg)) continue;
    try {
      const version = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version?: string }).version;
      if (version) return { executable: path.resolve(exe), version };
    } catch {
      /* not VS Code's package.json */
    }
  }
  return undefined;
}

export type Display = { ok: true; how: string; xvfb?: string } | { ok: false; why: string };

/** Whether VS Code's window can be shown: always on macOS and Windows; on Linux a display or xvfb-run. */
export function electronDisplay(env: NodeJS.ProcessEnv = process.env): Display {
  if (process.platform !== 'linux') return { ok: true, how: 'a desktop' };
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return { ok: true, how: `display ${env.DISPLAY || env.WAYLAND_DISPLAY}` };
  const xvfb = onPath('xvfb-run', env);
  if (xvfb) return { ok: true, how: 'headless under xvfb-run', xvfb };
  return { ok: false, why: 'there is no display (DISPLAY is unset) and no xvfb-run to make one' };
}

/** The lowest version a `^1.100.0`-style range accepts. */
export function minimumVersion(range: string): string {
  const m = /(\d+\.\d+\.\d+)/.exec(range);
  if (!m) throw new Error(`cannot read a version from engines.vscode "${range}"`);
  return m[1];
}

export function atLeast(version: string, min: string): boolean {
  return compareVersions(version, min) >= 0;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
