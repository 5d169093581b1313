import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { POOL_ENV, POOL_MIN_BYTES, corePoolEnv, wantsCorePool, type PoolContext } from '../../../src/cli/v8Pool';

const LAUNCHER = path.resolve(__dirname, '../../../src/cli/launcher.js');
const MAIN = path.resolve(__dirname, '../../../src/cli/main.js');
const CORPUS = path.resolve(__dirname, '../../../../corpus');
/** The built command (npm run build): what npm installs as `corpus-annotator`. */
const BUNDLED_CLI = path.resolve(__dirname, '../../../../dist/cli.js');

const base: PoolContext = { command: 'analyze', inputBytes: 2 * POOL_MIN_BYTES, cores: 2, env: {}, execArgv: [] };

describe('the V8 helper pool of the command line', () => {
  it('starts again with a pool sized from the cores only for a large analysis on a machine with few cores', () => {
    assert.equal(wantsCorePool(base), true);
    assert.equal(wantsCorePool({ ...base, command: 'claims' }), true);
    assert.equal(wantsCorePool({ ...base, command: 'export' }), true);
    assert.equal(wantsCorePool({ ...base, cores: 4 }), true);
    assert.equal(wantsCorePool({ ...base, inputBytes: POOL_MIN_BYTES - 1 }), false, 'small input');
    assert.equal(wantsCorePool({ ...base, cores: 5 }), false, "Node's pool of 4 already leaves a core");
    assert.equal(wantsCorePool({ ...base, command: 'check' }), false, 'no analysis');
    assert.equal(wantsCorePool({ ...base, command: undefined }), false);
    assert.equal(wantsCorePool({ ...base, env: { [POOL_ENV]: '0' } }), false, 'already started again');
    assert.equal(wantsCorePool({ ...base, execArgv: ['--v8-pool-size=2'] }), false, 'chosen on the command line');
    assert.equal(wantsCorePool({ ...base, env: { NODE_OPTIONS: '--max-old-space-size=4096 --v8-pool-size=8' } }), false, 'chosen in NODE_OPTIONS');
  });

  it('starts the Node it starts again without NODE_EXTRA_CA_CERTS, and marked as started again', () => {
    const env = corePoolEnv({ NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', PATH: '/usr/bin', XDG_CACHE_HOME: '/tmp/c' });
    assert.deepEqual(env, { PATH: '/usr/bin', XDG_CACHE_HOME: '/tmp/c', [POOL_ENV]: '0' });
  });

  describe('the launcher on a large corpus', () => {
    let dir: string;
    let cache: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-pool-'));
      cache = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-cache-'));
      // The five articles, copied until the folder passes POOL_MIN_BYTES.
      const seeds = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
      let bytes = 0;
      for (let i = 0; bytes < POOL_MIN_BYTES; i++) {
        const text = fs.readFileSync(path.join(CORPUS, seeds[i % seeds.length]));
        fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}-${seeds[i % seeds.length]}`), text);
        bytes += text.length;
      }
    });
    after(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(cache, { recursive: true, force: true });
    });

    const args = () => ['analyze', '--json', '--no-cache', dir, path.join(dir, 'missing.txt')];
    /**
     * Runs `command args` with NODE_EXTRA_CA_CERTS set, each Node started logging its
     * flags and whether it has that variable: the launcher, and the one it starts, if any.
     */
    function runLogged(command: string, commandArgs: string[]) {
      const log = path.join(cache, 'starts.log');
      const spy = path.join(cache, 'spy.js');
      const certs = path.join(cache, 'certs.pem');
      fs.writeFileSync(certs, '');
      fs.writeFileSync(spy, `require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ flags: process.execArgv, extraCerts: process.env.NODE_EXTRA_CA_CERTS ?? null }) + '\\n');`);
      const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: '1', NODE_OPTIONS: `--require ${spy}`, NODE_EXTRA_CA_CERTS: certs };
      delete env[POOL_ENV];
      const r = spawnSync(command, commandArgs, { encoding: 'utf8', env, maxBuffer: 1 << 28 });
      const starts = fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { flags: string[]; extraCerts: string | null });
      fs.rmSync(log);
      return { ...r, flags: starts.map((x) => x.flags), starts };
    }

    it('prints what main.js prints and exits as it does, from a second Node with the pool flag where the machine has few cores', function () {
      this.timeout(60000);
      const launched = runLogged(process.execPath, [LAUNCHER, ...args()]);
      const { flags } = launched;
      const direct = runLogged(process.execPath, [MAIN, ...args()]);

      assert.equal(launched.status, 1, 'a missing file is exit 1 through the launcher too');
      assert.equal(direct.status, 1);
      assert.equal(launched.stdout, direct.stdout);
      assert.ok(launched.stdout.split('\n').length > 5, 'the articles were analysed');
      assert.match(launched.stderr, /missing\.txt/);
      if (os.availableParallelism() - 1 < 4) {
        assert.equal(flags.length, 2, 'the launcher and the Node it started');
        assert.deepEqual(flags[1], ['--v8-pool-size=0', '--no-regexp-tier-up', '--no-allocation-site-pretenuring']);
        assert.equal(launched.starts[1].extraCerts, null, 'the Node it started reads no extra certificates');
      } else {
        assert.deepEqual(flags, [[]], 'no second start where the default pool leaves a core');
      }
    });

    it("has a #! line that npm's Windows shims read as node and its flags", function () {
      if (!fs.existsSync(BUNDLED_CLI)) this.skip();
      // The shims take the word after `env -S` (and any NAME=value) for the program: `-u NAME` would be run as one.
      const line = fs.readFileSync(BUNDLED_CLI, 'utf8').split('\n')[0];
      assert.match(line, /^#!\/usr\/bin\/env -S node(?: --[a-z0-9-]+(?:=\S+)?)*$/);
    });

    it('runs in one Node with the pool flag as the installed command, started by its #! line', function () {
      if (process.platform === 'win32' || !fs.existsSync(BUNDLED_CLI)) this.skip();
      this.timeout(60000);
      const installed = runLogged(BUNDLED_CLI, args());
      const direct = runLogged(process.execPath, [MAIN, ...args()]);
      assert.equal(installed.error, undefined, 'dist/cli.js runs as a program');
      assert.equal(installed.status, 1, 'a missing file is exit 1');
      assert.equal(installed.stdout, direct.stdout);
      assert.deepEqual(installed.flags, [['--v8-pool-size=0', '--no-regexp-tier-up', '--no-allocation-site-pretenuring']], 'one Node, started with the flags');
    });
  });
});
