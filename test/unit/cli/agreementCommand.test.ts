import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptySidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import { annotation } from '../core/annotations/fixtures';

const CLI = path.resolve(__dirname, '../../../src/cli/main.js');
const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv.';

describe('corpus-annotator agreement', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-agree-'));
    const write = (who: string, spans: [string, string][]) => {
      fs.mkdirSync(path.join(root, who));
      fs.writeFileSync(path.join(root, who, 'a.txt'), TEXT);
      const s = { ...emptySidecar('a.txt'), annotations: spans.map(([exact, label], i) => annotation(TEXT, exact, `${who}${i}`, 0, { label })) };
      fs.writeFileSync(path.join(root, who, 'a.annotations.json'), serializeSidecar(s));
    };
    write('anna', [['Vladimir Putin', 'person'], ['Oleksii Reznikov', 'person'], ['Kyiv', 'place']]);
    write('ben', [['Vladimir Putin', 'person'], ['Kyiv', 'organization']]);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints per-label agreement, kappa and the disagreeing spans', () => {
    const r = spawnSync(process.execPath, [CLI, 'agreement', path.join(root, 'anna'), path.join(root, 'ben')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /person\s+1\s+1\s+0\s+1\.000\s+0\.500\s+0\.667/);
    // Tokens: Vladimir Putin met Oleksii Reznikov in Kyiv . — one unit per token in each label layer
    // (organization, person, place): 24 units. They differ on Kyiv (organization layer), Oleksii and
    // Reznikov (person), Kyiv (place): po = 20/24. Labels: anna person 4, place 1, O 19; ben person 2,
    // organization 1, O 21 → pe = (4·2 + 19·21) / 576 = 407/576 → κ = (480 − 407) / (576 − 407) = 73/169 = 0.432
    assert.match(r.stdout, /Cohen's kappa \(tokens\): 0\.432 over 24 token units \(3 label layers\) of the 1 article annotated/);
    assert.match(r.stdout, /disagreements \(2\):/);
    assert.match(r.stdout, /a\.txt:19-35 person “Oleksii Reznikov” only anna/);
    assert.match(r.stdout, /a\.txt:39-43 “Kyiv” place \(anna\) ≠ organization \(ben\)/);
  });

  it('reads annotators from the annotator field of one corpus\'s sidecars when no folder has their name', () => {
    const shared = path.join(root, 'shared');
    fs.mkdirSync(shared);
    fs.writeFileSync(path.join(shared, 'a.txt'), TEXT);
    const s = {
      ...emptySidecar('a.txt'),
      annotations: [
        annotation(TEXT, 'Vladimir Putin', 'x1', 0, { annotator: 'cleo' }),
        annotation(TEXT, 'Vladimir Putin', 'x2', 0, { annotator: 'dan' }),
        annotation(TEXT, 'Kyiv', 'x3', 0, { label: 'place', annotator: 'dan' }),
      ],
    };
    fs.writeFileSync(path.join(shared, 'a.annotations.json'), serializeSidecar(s));
    const r = spawnSync(process.execPath, [CLI, 'agreement', 'cleo', 'dan', '--in', shared], { encoding: 'utf8', cwd: root });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /person\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000/);
    assert.match(r.stdout, /a\.txt:39-43 place “Kyiv” only dan/);
    // A named set over the same sidecars works as an annotator.
    fs.writeFileSync(path.join(shared, 'annotation-sets.json'), JSON.stringify({ sets: [{ name: 'dan-places', annotators: ['dan'], labels: ['place'] }] }));
    const bySet = spawnSync(process.execPath, [CLI, 'agreement', 'cleo', 'dan-places', '--in', shared], { encoding: 'utf8', cwd: root });
    assert.equal(bySet.status, 0, bySet.stderr);
    assert.match(bySet.stdout, /span agreement, cleo \(reference\) vs dan-places/);
    assert.match(bySet.stdout, /person\s+0\s+1\s+0/);
    assert.match(bySet.stdout, /place\s+0\s+0\s+1/);
  });

  it('is an error for a name that is no folder, set or annotator, and for a comparison with nothing in it', () => {
    const unknown = spawnSync(process.execPath, [CLI, 'agreement', 'anna', 'nobody', '--in', path.join(root, 'anna')], { encoding: 'utf8', cwd: root });
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /'nobody' is no folder, annotation set or annotator in the sidecars/);
    const blank = path.join(root, 'blank');
    for (const who of ['x', 'y']) {
      fs.mkdirSync(path.join(blank, who), { recursive: true });
      fs.writeFileSync(path.join(blank, who, 'a.txt'), TEXT);
    }
    const empty = spawnSync(process.execPath, [CLI, 'agreement', path.join(blank, 'x'), path.join(blank, 'y')], { encoding: 'utf8', cwd: root });
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /nothing to compare: none of x, y annotated any article/);
  });

  it('tells two copies with the same folder name apart by their paths; identical nested annotations agree fully', () => {
    const spans: [string, string][] = [['Vladimir Putin met Oleksii Reznikov in Kyiv.', 'claim'], ['Vladimir Putin', 'person'], ['Kyiv', 'place']];
    for (const who of ['one', 'two']) {
      const dir = path.join(root, who, 'corpus');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
      // The same spans, made in a different order with different ids: the claim covers the others.
      const order = who === 'one' ? spans : [...spans].reverse();
      fs.writeFileSync(path.join(dir, 'a.annotations.json'), serializeSidecar({ ...emptySidecar('a.txt'), annotations: order.map(([exact, label], i) => annotation(TEXT, exact, `${who}-${i}`, 0, { label })) }));
    }
    const r = spawnSync(process.execPath, [CLI, 'agreement', path.join('one', 'corpus'), path.join('two', 'corpus')], { encoding: 'utf8', cwd: root });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /span agreement, one\/corpus \(reference\) vs two\/corpus/);
    assert.match(r.stdout, /Cohen's kappa \(tokens\): 1\.000/);
    assert.match(r.stdout, /disagreements \(0\):/);
  });
});
