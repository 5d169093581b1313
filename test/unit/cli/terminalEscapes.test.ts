import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptySidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import { annotation } from '../core/annotations/fixtures';

// Everything the command line prints of what it read (titles, names, quotes, labels,
// notes, file names, set names) reaches a terminal: none of it may carry an escape
// sequence, a control character or a bidirectional override. Asserted as `cat -v`
// would show it: no control byte at all in the output.
const CLI = path.resolve(__dirname, '../../../src/cli/main.js');
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const OSC_TITLE = '\x1b]0;pwned\x07';
const OSC_CLIPBOARD = '\x1b]52;c;ZWNobyBwd25lZA==\x07';
const CLEAR = '\x1b[2J';
const RLO = '\u202e';

/** `cat -v` of a string, for failure messages. */
function catV(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => (c === '\x7f' ? '^?' : '^' + String.fromCharCode(c.charCodeAt(0) + 64))).replace(/[\x80-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.charCodeAt(0).toString(16)}>`);
}

function assertInert(out: string, what: string) {
  assert.doesNotMatch(out, CONTROL, `${what} printed a control character:\n${catV(out)}`);
}

describe('the command line prints no terminal escapes from its input', () => {
  let dir: string;
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: path.join(dir, 'cache') } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-escapes-'));
    fs.mkdirSync(path.join(dir, 'corpus'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyze and claims: titles, bylines, names, quotes and file names', () => {
    const title = `Evil ${OSC_TITLE} ${OSC_CLIPBOARD} ${CLEAR} headline ${RLO}gnp.exe`;
    const body = `${title}\n\nBy Jane \x1b[8mHidden\x1b[0m Reporter\n\n“We will win${OSC_TITLE},” said Vladimir Putin on Monday. Officials said 500,000 troops were ready.\n`;
    fs.writeFileSync(path.join(dir, 'corpus', `evil${CLEAR}.txt`), body);
    fs.writeFileSync(path.join(dir, 'corpus', `other${OSC_TITLE}.txt`), 'Troops\n\nOfficials said 500,000 troops were ready on Monday, Vladimir Putin said.\n');
    const analyze = run('analyze', 'corpus');
    assert.equal(analyze.code, 0, analyze.err);
    assertInert(analyze.out + analyze.err, 'analyze');
    assert.match(analyze.out, /Evil +headline gnp\.exe/, 'the readable text stays');
    assert.match(analyze.out, /evil\.txt/);
    const claims = run('claims', 'corpus');
    assertInert(claims.out + claims.err, 'claims');
  });

  it('import: article names, labels and notes from the import file', () => {
    fs.writeFileSync(path.join(dir, 'corpus', 'a.txt'), 'Vladimir Putin met Oleksii Reznikov in Kyiv.\n');
    fs.mkdirSync(path.join(dir, 'brat'));
    fs.writeFileSync(path.join(dir, 'brat', 'a.ann'), `T1\tperson${OSC_TITLE} 0 14\tVladimir Putin\n#1\tAnnotatorNotes T1\tnote ${OSC_CLIPBOARD}\nT2\tplace 900 950\tnowhere\n`);
    fs.writeFileSync(path.join(dir, 'brat', `missing${CLEAR}${RLO}.ann`), 'T1\tperson 0 3\tabc\n');
    const r = run('import', '--from', 'brat', 'brat', '--dry-run');
    assertInert(r.out + r.err, 'import');
    assert.match(r.out, /not imported missing.*\.txt/);
  });

  it('check: annotation ids, labels, quotes and sidecar problems', () => {
    const text = 'Vladimir Putin met Oleksii Reznikov in Kyiv.';
    fs.writeFileSync(path.join(dir, 'corpus', 'a.txt'), text);
    const orphan = { ...annotation(text, 'Kyiv', `k${OSC_TITLE}`), label: `place${CLEAR}` };
    orphan.target = { ...orphan.target, exact: `Kyiv${OSC_CLIPBOARD}`, start: 39, end: 43 };
    fs.writeFileSync(path.join(dir, 'corpus', 'a.annotations.json'), serializeSidecar({ ...emptySidecar('a.txt'), annotations: [orphan] }));
    fs.writeFileSync(path.join(dir, 'corpus', 'b.txt'), text);
    fs.writeFileSync(path.join(dir, 'corpus', 'b.annotations.json'), `{"version": 2, "article": "b.txt", "annotations": [${OSC_TITLE}]}`);
    const r = run('check', 'corpus');
    assert.equal(r.code, 1);
    assertInert(r.out + r.err, 'check');
    assert.match(r.out, /orphaned k.*\(place\)/);
  });

  it('export: set names from annotation-sets.json and file names', () => {
    fs.writeFileSync(path.join(dir, 'corpus', 'a.txt'), 'Vladimir Putin met Oleksii Reznikov in Kyiv.\n');
    fs.writeFileSync(path.join(dir, 'corpus', 'annotation-sets.json'), JSON.stringify({ sets: [{ name: `evil${OSC_TITLE}`, labels: ['person'] }] }));
    const missing = run('export', '--format', 'jsonl', '--set', 'nope', '--out', 'out', 'corpus');
    assert.equal(missing.code, 2);
    assertInert(missing.out + missing.err, 'export (no such set)');
    assert.match(missing.err, /sets: .*evil/);
    const r = run('export', '--format', 'jsonl', '--set', `evil${OSC_TITLE}`, '--out', 'out', 'corpus');
    assert.equal(r.code, 0, r.err);
    assertInert(r.out + r.err, 'export');
  });
});
