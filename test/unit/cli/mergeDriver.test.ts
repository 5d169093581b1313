import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Sidecar } from '../../../src/core/annotations/schema';
import { emptySidecar, parseSidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import { annotation } from '../core/annotations/fixtures';
import { BUILT_CLI } from './importTrials';

const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv on Tuesday.\n';

// Two annotators on two branches of one corpus repository, merged with git itself.
describe('corpus-annotator merge-driver on two real git branches', () => {
  let repo: string;
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    return { code: r.status, out: r.stdout + r.stderr };
  };
  const cli = (...args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const sidecarFile = () => path.join(repo, 'corpus', 'a.annotations.json');
  const writeSidecar = (s: Sidecar) => fs.writeFileSync(sidecarFile(), serializeSidecar(s));
  const onDisk = (): Sidecar => {
    const parsed = parseSidecar(fs.readFileSync(sidecarFile(), 'utf8'));
    assert.ok(parsed.ok, 'the merged sidecar is valid');
    return parsed.sidecar;
  };
  const base = () => ({ ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'p'), annotation(TEXT, 'Kyiv', 'k', 0, { label: 'place' })] });

  before(function () {
    if (spawnSync('git', ['--version']).status !== 0) {
      console.log('      (skipped: git is not installed)');
      this.skip();
    }
  });
  beforeEach(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-git-'));
    assert.equal(git('init', '-q', '-b', 'main').code, 0);
    fs.mkdirSync(path.join(repo, 'corpus'));
    fs.writeFileSync(path.join(repo, 'corpus', 'a.txt'), TEXT);
    writeSidecar(base());
    const installed = cli('install-merge-driver');
    assert.equal(installed.status, 0, installed.stderr);
    assert.equal(fs.readFileSync(path.join(repo, '.gitattributes'), 'utf8'), '*.annotations.json merge=corpus-annotator\n');
    assert.match(git('config', 'merge.corpus-annotator.driver').out, /merge-driver %O %A %B %P/);
    git('add', '-A');
    git('commit', '-qm', 'corpus');
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  /** anna's change on branch anna, ben's on main, then main merges anna. */
  const branches = (anna: (s: Sidecar) => Sidecar, ben: (s: Sidecar) => Sidecar) => {
    git('checkout', '-qb', 'anna');
    writeSidecar(anna(onDisk()));
    git('commit', '-qam', 'anna');
    git('checkout', '-q', 'main');
    writeSidecar(ben(onDisk()));
    git('commit', '-qam', 'ben');
    return git('merge', '--no-edit', 'anna');
  };

  it('merges two annotators\' additions, edits and deletions without conflict markers; check passes', () => {
    const merge = branches(
      (s) => ({ ...s, annotations: [...s.annotations.filter((a) => a.id !== 'k'), annotation(TEXT, 'Oleksii Reznikov', 'r')] }),
      (s) => ({ ...s, annotations: [...s.annotations.map((a) => (a.id === 'p' ? { ...a, note: 'president' } : a)), annotation(TEXT, 'Tuesday', 't', 0, { label: 'date' })] }),
    );
    assert.equal(merge.code, 0, merge.out);
    assert.doesNotMatch(fs.readFileSync(sidecarFile(), 'utf8'), /^(<<<<<<<|=======|>>>>>>>)/m);
    const merged = onDisk();
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), ['p', 'r', 't']);
    assert.equal(merged.annotations.find((a) => a.id === 'p')?.note, 'president');
    assert.equal(git('status', '--porcelain').out, '');
    const check = cli('check', 'corpus');
    assert.equal(check.status, 0, check.stdout + check.stderr);
  });

  it('keeps both versions of an annotation both changed, reports it, and check fails until one is deleted', () => {
    const merge = branches(
      (s) => ({ ...s, annotations: s.annotations.map((a) => (a.id === 'p' ? { ...a, label: 'organization', note: 'anna' } : a)) }),
      (s) => ({ ...s, annotations: s.annotations.map((a) => (a.id === 'p' ? { ...a, note: 'ben' } : a)) }),
    );
    assert.equal(merge.code, 0, merge.out);
    assert.match(merge.out, /annotation p was changed on both branches; both versions kept \(p and p~theirs\)/);
    const merged = onDisk();
    const versions = merged.annotations.filter((a) => a.conflict === 'p');
    assert.deepEqual(versions.map((a) => [a.id, a.note, a.label]).sort(), [['p', 'ben', 'person'], ['p~theirs', 'anna', 'organization']]);
    const check = cli('check', 'corpus');
    assert.equal(check.status, 1);
    assert.match(check.stdout, /conflict .*a\.annotations\.json: annotation p was changed on two branches; 2 versions kept \(p, p~theirs\): delete the ones not wanted/);
    writeSidecar({ ...merged, annotations: merged.annotations.filter((a) => a.id !== 'p') });
    assert.equal(cli('check', 'corpus').status, 0);
  });

  it('leaves a sidecar it cannot read to git as an ordinary conflict', () => {
    const merge = branches(
      (s) => ({ ...s, annotations: [...s.annotations, annotation(TEXT, 'Oleksii Reznikov', 'r')] }),
      (s) => s,
    );
    assert.equal(merge.code, 0);
    git('checkout', '-qb', 'broken', 'main~1');
    fs.writeFileSync(sidecarFile(), '{ "version": 2, "annotations": [');
    git('commit', '-qam', 'broken');
    git('checkout', '-q', 'main');
    const r = git('merge', '--no-edit', 'broken');
    assert.notEqual(r.code, 0);
    assert.match(r.out, /is not a sidecar this corpus-annotator can merge .*left for git to mark as a conflict/);
    assert.match(r.out, /CONFLICT \(content\): Merge conflict in corpus\/a\.annotations\.json/);
  });
});
