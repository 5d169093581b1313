import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILT_CLI, compareStates, hiddenFiles, layOutTrial, runCli, sidecarStates, startCli } from './importTrials';

const importArgs = (k: number) => ['import', '--from', 'jsonl', `annotator-${k}.jsonl`, '--into', 'corpus', '--annotator', `a${k}`];
const NO_CODE_CACHE = { CORPUS_ANNOTATOR_CODE_CACHE: '0' };
const importAs = (k: number, dir: string, env: NodeJS.ProcessEnv = {}) => runCli(BUILT_CLI, importArgs(k), dir, { ...NO_CODE_CACHE, ...env });

/** A lock is taken over once stale (10 s unrefreshed); a test ages the killed writer's locks instead of waiting. */
function ageLocks(dir: string) {
  const old = new Date(Date.now() - 60_000);
  for (const n of hiddenFiles(dir).filter((n) => n.endsWith('.lock'))) fs.utimesSync(path.join(dir, 'corpus', n), old, old);
}

// Annotator a1 imports into five articles that a0 annotated: killed part-way, every
// sidecar must hold a0's spans alone (old) or a0's and a1's (new), never a part or a
// broken file; running the import again must finish it and clear what the kill left.
describe('corpus-annotator import killed with SIGKILL part-way', () => {
  let reference: string;
  let oldState: Map<string, string>;
  let newState: Map<string, string>;
  const dirs: string[] = [];
  const trialDir = async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-crash-'));
    dirs.push(dir);
    layOutTrial(dir, 2);
    const first = await importAs(0, dir);
    assert.equal(first.code, 0, first.stderr);
    return dir;
  };

  before(async function () {
    this.timeout(60_000);
    reference = await trialDir();
    oldState = sidecarStates(reference);
    const second = await importAs(1, reference);
    assert.equal(second.code, 0, second.stderr);
    newState = sidecarStates(reference);
    assert.equal(newState.size, 5);
    assert.ok([...newState.keys()].every((k) => newState.get(k) !== oldState.get(k)));
  });
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  const points: { at: string; nth: number; newSidecars: number; leftover: boolean }[] = [
    { at: 'temp-created', nth: 1, newSidecars: 0, leftover: true },
    { at: 'temp-half-written', nth: 2, newSidecars: 1, leftover: true },
    { at: 'temp-written', nth: 3, newSidecars: 2, leftover: true },
    { at: 'renamed', nth: 4, newSidecars: 4, leftover: false },
  ];
  for (const p of points) {
    it(`at ${p.at} of article ${p.nth}: ${p.newSidecars} sidecars new, the rest old; the next run finishes and clears what was left`, async function () {
      this.timeout(60_000);
      const dir = await trialDir();
      const killed = await importAs(1, dir, { CORPUS_ANNOTATOR_KILL_AT: `${p.at}:${p.nth}` });
      assert.equal(killed.signal, 'SIGKILL', `killed at the fault point (exit ${killed.code}): ${killed.stderr}`);
      const state = compareStates(sidecarStates(dir), oldState, newState);
      assert.deepEqual(state, { old: 5 - p.newSidecars, new: p.newSidecars, mixed: [] });
      const left = hiddenFiles(dir);
      assert.equal(left.filter((n) => n.endsWith('.tmp')).length, p.leftover ? 1 : 0, left.join(', '));
      assert.equal(left.filter((n) => n.endsWith('.lock')).length, 1, 'the killed writer held one lock');

      ageLocks(dir);
      const again = await importAs(1, dir);
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(compareStates(sidecarStates(dir), oldState, newState), { old: 0, new: 5, mixed: [] });
      assert.deepEqual(hiddenFiles(dir), []);
      if (p.leftover) assert.match(again.stdout, /removed .*\/\.\d{3}-[^/]*\.annotations\.json\.\d+\.\d+\.[0-9a-z]+\.tmp, left by an interrupted write/);
    });
  }

  // An import of all the words takes about 450 ms here, 200 of them starting Node.
  for (const delay of [250, 330, 410]) {
    it(`killed from outside ${delay} ms after it started: every sidecar old or new`, async function () {
      this.timeout(60_000);
      const dir = await trialDir();
      const run = startCli(BUILT_CLI, importArgs(1), dir, NO_CODE_CACHE);
      await new Promise((r) => setTimeout(r, delay));
      run.child.kill('SIGKILL');
      await run.done;
      const state = compareStates(sidecarStates(dir), oldState, newState);
      assert.deepEqual(state.mixed, []);
      ageLocks(dir);
      const again = await importAs(1, dir);
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(compareStates(sidecarStates(dir), oldState, newState), { old: 0, new: 5, mixed: [] });
      assert.deepEqual(hiddenFiles(dir), []);
    });
  }
});
