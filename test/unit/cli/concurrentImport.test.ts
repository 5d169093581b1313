import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILT_CLI, concurrentImportTrial } from './importTrials';

// Issue 28: four annotators importing into one corpus at once kept 3,353–4,708 of
// 6,036 annotations, each run saying it had imported all of its own.
describe('corpus-annotator import, several processes into one corpus at once', () => {
  const TRIALS = 3;
  const ANNOTATORS = 4;
  for (let trial = 1; trial <= TRIALS; trial++) {
    it(`trial ${trial}: ${ANNOTATORS} imports at once keep every annotation`, async function () {
      this.timeout(60_000);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-concurrent-'));
      try {
        const r = await concurrentImportTrial(BUILT_CLI, dir, ANNOTATORS, 150);
        assert.deepEqual(r.exitCodes, new Array(ANNOTATORS).fill(0), r.stderr.join('\n'));
        assert.ok(r.expected > 2000, `a trial large enough to overlap (${r.expected})`);
        assert.equal(r.claimed, r.expected);
        assert.equal(r.kept, r.expected, `${r.expected - r.kept} annotations lost`);
        const left = fs.readdirSync(path.join(dir, 'corpus')).filter((n) => n.startsWith('.'));
        assert.deepEqual(left, [], 'no lock or temporary file left');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
