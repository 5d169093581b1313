// How npm test chooses between @vscode/test-electron and code-server for the VS Code
// suite, and what it tells a contributor whose machine lacks something.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { findChromium, installHint, REQUIREMENTS } from '../vscode/codeServerRequirements';
import { atLeast, cachedVersions, electronDisplay, installedVSCode, minimumVersion, type Display, type ElectronVSCodeSearch } from '../vscode/electronVSCode';
import { chooseRoute, describeChoice } from '../vscode/route';
import { osFamily, parseOsRelease, reachable } from '../vscode/system';

const offline: ElectronVSCodeSearch = { tried: ['update.code.visualstudio.com cannot be reached (getaddrinfo ENOTFOUND)', 'no VS Code installed'] };
const downloadable: ElectronVSCodeSearch = { found: { kind: 'download', description: 'update.code.visualstudio.com answered in 80 ms' }, tried: [] };
const screen: Display = { ok: true, how: 'display :0' };
const noScreen: Display = { ok: false, why: 'there is no display and no xvfb-run' };

describe('choosing the route of the VS Code suite', () => {
  it('takes electron when VS Code can be had and shown, and says why', () => {
    const choice = chooseRoute(undefined, downloadable, screen);
    assert.equal(choice.route, 'electron');
    const text = describeChoice(choice);
    assert.match(text.split('\n')[0], /^VS Code suite: electron route/);
    assert.match(text, /answered in 80 ms/);
    assert.match(text, /display :0/);
  });

  it('falls back to code-server when VS Code cannot be had, naming each thing it tried', () => {
    const choice = chooseRoute('auto', offline, screen);
    assert.equal(choice.route, 'code-server');
    const text = describeChoice(choice);
    assert.match(text.split('\n')[0], /^VS Code suite: code-server route.*electron route cannot run/);
    assert.match(text, /ENOTFOUND/);
    assert.match(text, /no VS Code installed/);
  });

  it('falls back to code-server when VS Code could be had but not shown', () => {
    const choice = chooseRoute(undefined, downloadable, noScreen);
    assert.equal(choice.route, 'code-server');
    assert.match(describeChoice(choice), /no display and no xvfb-run/);
  });

  it('runs code-server when forced, whatever else holds', () => {
    const choice = chooseRoute('code-server', downloadable, screen);
    assert.equal(choice.route, 'code-server');
    assert.match(describeChoice(choice), /forced by CA_VSCODE_ROUTE=code-server/);
  });

  it('runs electron when forced and possible', () => {
    const choice = chooseRoute('Electron', downloadable, screen);
    assert.equal(choice.route, 'electron');
    assert.match(describeChoice(choice), /forced by CA_VSCODE_ROUTE=electron/);
  });

  it('refuses a forced electron route that cannot run, saying why and what would make it run', () => {
    const choice = chooseRoute('electron', offline, noScreen);
    assert.equal(choice.route, undefined);
    const text = describeChoice(choice);
    assert.match(text, /forced by CA_VSCODE_ROUTE=electron, cannot run here/);
    assert.match(text, /ENOTFOUND/);
    assert.match(text, /internet access/);
    assert.match(text, /apt-get install xvfb/);
    assert.match(text, /code-server/);
  });

  it('refuses a value it does not know, listing the ones it does', () => {
    const choice = chooseRoute('docker', downloadable, screen);
    assert.equal(choice.route, undefined);
    assert.match(describeChoice(choice), /"docker".*\n.*electron, code-server or auto/);
  });
});

describe('finding a VS Code for @vscode/test-electron', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-route-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists complete downloads for this platform, newest first, and nothing else', () => {
    for (const [name, complete] of [['vscode-linux-x64-1.99.3', true], ['vscode-linux-x64-1.101.2', true], ['vscode-linux-x64-1.102.0', false], ['vscode-darwin-1.103.0', true], ['code-server', true]] as const) {
      fs.mkdirSync(path.join(dir, name));
      if (complete) fs.writeFileSync(path.join(dir, name, 'is-complete'), '');
    }
    assert.deepEqual(cachedVersions(dir, 'linux-x64'), ['1.101.2', '1.99.3']);
    assert.deepEqual(cachedVersions(path.join(dir, 'absent'), 'linux-x64'), []);
  });

  it("finds the installed VS Code behind `code` on the PATH, and passes over a `code` that is no VS Code", function () {
    if (process.platform !== 'linux') this.skip();
    // VS Code's Linux layout: <app>/bin/code (the command), <app>/code, <app>/resources/app/package.json.
    const app = path.join(dir, 'VSCode-linux-x64');
    fs.mkdirSync(path.join(app, 'bin'), { recursive: true });
    fs.mkdirSync(path.join(app, 'resources', 'app'), { recursive: true });
    fs.writeFileSync(path.join(app, 'bin', 'code'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(app, 'code'), '', { mode: 0o755 });
    fs.writeFileSync(path.join(app, 'resources', 'app', 'package.json'), JSON.stringify({ name: 'code-oss-dev', version: '1.101.2' }));
    const linked = path.join(dir, 'path');
    fs.mkdirSync(linked);
    fs.symlinkSync(path.join(app, 'bin', 'code'), path.join(linked, 'code'));
    assert.deepEqual(installedVSCode({ PATH: linked }), { executable: path.join(app, 'code'), version: '1.101.2' });
    // A remote `code` (VS Code Server, code-server) has no application beside it.
    const remote = path.join(dir, 'server', 'bin', 'remote-cli');
    fs.mkdirSync(remote, { recursive: true });
    fs.writeFileSync(path.join(remote, 'code'), '#!/bin/sh\n', { mode: 0o755 });
    assert.equal(installedVSCode({ PATH: remote }), undefined);
    assert.equal(installedVSCode({ PATH: '' }), undefined);
  });

  it("reads the lowest version engines.vscode accepts and compares versions by number", () => {
    assert.equal(minimumVersion('^1.100.0'), '1.100.0');
    assert.ok(atLeast('1.101.2', '1.100.0'));
    assert.ok(atLeast('1.100.0', '1.100.0'));
    assert.ok(!atLeast('1.99.3', '1.100.0'));
  });

  it('shows VS Code on Linux on a display or under xvfb-run, and says so when neither is there', function () {
    if (process.platform !== 'linux') this.skip();
    assert.equal(electronDisplay({ DISPLAY: ':1', PATH: '' }).ok, true);
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    assert.deepEqual(electronDisplay({ PATH: bin }), { ok: false, why: 'there is no display (DISPLAY is unset) and no xvfb-run to make one' });
    fs.writeFileSync(path.join(bin, 'xvfb-run'), '#!/bin/sh\n', { mode: 0o755 });
    assert.deepEqual(electronDisplay({ PATH: bin }), { ok: true, how: 'headless under xvfb-run', xvfb: path.join(bin, 'xvfb-run') });
  });
});

describe('probing whether a host answers', () => {
  it('gives up after its bound when a server accepts the connection and never answers', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const result = await reachable(`https://127.0.0.1:${(silent.address() as net.AddressInfo).port}/`, 300);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, /no answer within 0.3 s/);
    } finally {
      silent.close();
    }
  });

  it("goes through npm's proxy setting, as test-electron does", async () => {
    const asked: string[] = [];
    const proxy = http.createServer();
    proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
      asked.push(req.url ?? '');
      socket.end('HTTP/1.1 200 Connection Established\r\n\r\n');
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const port = (proxy.address() as net.AddressInfo).port;
      const result = await reachable('https://update.code.visualstudio.com/api/releases/stable', 2000, { npm_config_https_proxy: `http://127.0.0.1:${port}` });
      assert.equal(result.ok, true);
      assert.deepEqual(asked, ['update.code.visualstudio.com:443']);
    } finally {
      proxy.close();
    }
  });
});

describe('what the code-server route asks of the machine', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-route-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds Chromium under any of its usual names on the PATH, or at CHROMIUM_BIN', function () {
    if (process.platform === 'win32') this.skip();
    // (macOS also looks in /Applications.)
    if (process.platform !== 'darwin') assert.match(findChromium({ PATH: dir }).problem ?? '', /none of chromium, chromium-browser, google-chrome, google-chrome-stable/);
    const chrome = path.join(dir, 'google-chrome-stable');
    fs.writeFileSync(chrome, '#!/bin/sh\n', { mode: 0o755 });
    assert.equal(findChromium({ PATH: dir }).path, chrome);
    assert.equal(findChromium({ PATH: '', CHROMIUM_BIN: chrome }).path, chrome);
    assert.match(findChromium({ PATH: dir, CHROMIUM_BIN: path.join(dir, 'nothing') }).problem ?? '', /CHROMIUM_BIN=.*nothing is not an executable/);
  });

  it('names the packages for the system it runs on first, then for the others', () => {
    const hint = installHint([REQUIREMENTS.chromium, REQUIREMENTS.gssapiHeaders], 'fedora');
    const lines = hint.split('\n');
    assert.match(lines[1], /Chromium/);
    assert.match(lines[2], /Kerberos/);
    assert.equal(lines[3], 'Install with:  sudo dnf install chromium krb5-devel');
    assert.ok(lines.includes('  Debian:   sudo apt-get install chromium libkrb5-dev'), hint);
    assert.ok(lines.includes('  Arch:     sudo pacman -S --needed chromium krb5'), hint);
    assert.ok(lines.includes('  macOS:    brew install --cask chromium'), hint);
    assert.ok(!lines.some((l) => l.startsWith('  Fedora:')), 'this system is not repeated among the others');
    assert.match(hint, /CHROMIUM_BIN/);
  });

  it("tells distributions apart by /etc/os-release's ID and ID_LIKE", () => {
    const family = (text: string) => osFamily(parseOsRelease(text), 'linux');
    assert.equal(family('NAME="Debian GNU/Linux"\nID=debian\n'), 'debian');
    assert.equal(family('ID=ubuntu\nID_LIKE=debian\n'), 'ubuntu');
    assert.equal(family('ID=linuxmint\nID_LIKE="ubuntu debian"\n'), 'debian');
    assert.equal(family('ID="fedora"\n'), 'fedora');
    assert.equal(family('ID="rocky"\nID_LIKE="rhel centos fedora"\n'), 'fedora');
    assert.equal(family('ID=arch\n'), 'arch');
    assert.equal(family('ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n'), 'suse');
    assert.equal(family('ID=gentoo\n'), 'other');
    assert.equal(osFamily({}, 'darwin'), 'macos');
  });
});
