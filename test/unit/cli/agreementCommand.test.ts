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
    assert.match(r.stdout, /Cohen's kappa \(tokens\): \d\.\d{3} over 8 tokens/);
    assert.match(r.stdout, /a\.txt:\d+-\d+ place “Kyiv” only anna/);
    assert.match(r.stdout, /a\.txt:\d+-\d+ organization “Kyiv” only ben/);
  });
});
