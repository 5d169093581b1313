// What the VS Code test launchers ask of the machine: programs on the PATH, the Linux
// distribution (for install hints), and whether a URL answers within a bound.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as path from 'node:path';

/** The first executable called `name` on the PATH (with PATHEXT on Windows), or undefined. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = path.join(dir, name + ext);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

export function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export type Family = 'debian' | 'ubuntu' | 'fedora' | 'arch' | 'suse' | 'macos' | 'windows' | 'other';

/** The family of operating system whose package names an install hint should use. */
export function osFamily(osRelease = readOsRelease(), platform = process.platform): Family {
  if (platform === 'darwin') return 'macos';
  if (platform === 'win32') return 'windows';
  const ids = [osRelease.ID, ...(osRelease.ID_LIKE ?? '').split(/\s+/)].filter(Boolean);
  if (ids[0] === 'ubuntu') return 'ubuntu';
  for (const id of ids) {
    if (id === 'debian' || id === 'ubuntu') return 'debian';
    if (id === 'fedora' || id === 'rhel' || id === 'centos') return 'fedora';
    if (id === 'arch' || id === 'manjaro') return 'arch';
    if (id?.startsWith('opensuse') || id === 'suse' || id === 'sles') return 'suse';
  }
  return 'other';
}

export function readOsRelease(file = '/etc/os-release'): Record<string, string> {
  try {
    return parseOsRelease(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(?:"([^"]*)"|'([^']*)'|(.*))$/.exec(line.trim());
    if (m) out[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

export type Reachability = { ok: true; ms: number } | { ok: false; ms: number; error: string };

/**
 * Whether `url` (https) answers within `timeoutMs`: any HTTP status counts, since the
 * question is whether the host can be reached at all. Goes through npm's proxy setting
 * (npm_config_https_proxy or npm_config_proxy) as @vscode/test-electron does.
 */
export function reachable(url: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<Reachability> {
  const started = Date.now();
  const target = new URL(url);
  const proxy = env.npm_config_https_proxy || env.npm_config_proxy;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      const ms = Date.now() - started;
      resolve(error === undefined ? { ok: true, ms } : { ok: false, ms, error });
    };
    const timer = setTimeout(() => settle(`no answer within ${timeoutMs / 1000} s`), timeoutMs);
    let req: http.ClientRequest;
    if (proxy) {
      // A CONNECT that the proxy accepts is as far as a download would need to get.
      const p = new URL(proxy);
      req = http.request({ host: p.hostname, port: p.port || 80, method: 'CONNECT', path: `${target.hostname}:${target.port || 443}` });
      req.on('connect', (res) => settle(res.statusCode === 200 ? undefined : `proxy ${p.host} answered ${res.statusCode}`));
    } else {
      req = https.request(target, { method: 'HEAD' }, (res) => {
        res.resume();
        settle();
      });
    }
    req.on('error', (e) => settle(e.message));
    req.end();
  });
}
