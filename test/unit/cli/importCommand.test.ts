import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../src/cli/main.js');
const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv.\n';
const ANN = 'T1\tperson 0 14\tVladimir Putin\nT2\tplace 39 43\tKyiv\n#1\tAnnotatorNotes T2\tcapital\n';

describe('corpus-annotator import', () => {
  let root: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'import', ...args], { encoding: 'utf8', cwd: root });
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-import-cli-'));
    fs.mkdirSync(path.join(root, 'corpus'));
    fs.writeFileSync(path.join(root, 'corpus', 'a.txt'), TEXT);
    fs.mkdirSync(path.join(root, 'from-brat'));
    fs.writeFileSync(path.join(root, 'from-brat', 'a.ann'), ANN);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('--dry-run reports per article and writes nothing; without it the sidecar holds the spans', () => {
    const dry = run('--from', 'brat', 'from-brat', '--dry-run');
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /a\.txt: 2 would import, 0 already there, 0 skipped/);
    assert.equal(fs.existsSync(path.join(root, 'corpus', 'a.annotations.json')), false);
    const real = run('--from', 'brat', 'from-brat', '--annotator', 'anna');
    assert.equal(real.status, 0, real.stderr);
    assert.match(real.stdout, /2 annotations imported from brat into 1 articles/);
    const sidecar = JSON.parse(fs.readFileSync(path.join(root, 'corpus', 'a.annotations.json'), 'utf8')) as { annotations: { label: string; annotator: string; note?: string; target: { exact: string } }[] };
    assert.deepEqual(
      sidecar.annotations.map((a) => [a.label, a.target.exact, a.annotator, a.note]),
      [['person', 'Vladimir Putin', 'anna', undefined], ['place', 'Kyiv', 'anna', 'capital']],
    );
  });

  it('exits 2 with usage on an unknown format, 1 with the reason on an unreadable file', () => {
    const bad = run('--from', 'conll', 'from-brat');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /usage: corpus-annotator import --from jsonl\|brat\|w3c\|webanno-tsv\|label-studio\|doccano/);
    fs.writeFileSync(path.join(root, 'broken.json'), '[{"data": 3}]');
    const broken = run('--from', 'label-studio', 'broken.json');
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /broken\.json task 1 is an object without text, not a Label Studio task/);
  });

  it('--max-per-file and --max-per-article set the limits; an import over one is refused and says which', () => {
    const over = run('--from', 'brat', 'from-brat', '--max-per-file', '1');
    assert.equal(over.status, 1);
    assert.match(over.stderr, /holds 2 annotations, more than the 1 one import may add; nothing was imported/);
    const perArticle = run('--from', 'brat', 'from-brat', '--max-per-article', '1');
    assert.equal(perArticle.status, 1);
    assert.match(perArticle.stdout, /not imported a\.txt: 2 annotations for this article, more than the 1/);
    assert.equal(fs.existsSync(path.join(root, 'corpus', 'a.annotations.json')), false);
    assert.equal(run('--from', 'brat', 'from-brat', '--max-per-file', 'lots').status, 2);
  });
});

describe('corpus-annotator import, what was left out and what failed', () => {
  let root: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'import', ...args], { encoding: 'utf8', cwd: root });
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-import-partial-'));
    fs.mkdirSync(path.join(root, 'corpus'));
    fs.writeFileSync(path.join(root, 'corpus', 'a.txt'), TEXT);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('exits 1 when an article is not in the corpus or a span does not fit, 0 with --allow-partial, importing the rest either way', () => {
    const lines = [
      JSON.stringify({ article: 'a.txt', annotations: [{ label: 'place', start: 39, end: 43 }, { label: 'person', start: 40, end: 999 }] }),
      JSON.stringify({ article: 'elsewhere.txt', annotations: [{ label: 'person', start: 0, end: 4 }] }),
    ];
    fs.writeFileSync(path.join(root, 'x.jsonl'), lines.join('\n'));
    const strict = run('--from', 'jsonl', 'x.jsonl');
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /^a\.txt: 1 imported, 0 already there, 1 skipped$/m);
    assert.match(strict.stdout, /^not imported elsewhere\.txt: no article named elsewhere\.txt/m);
    assert.match(strict.stdout, /^1 of 2 articles not imported: elsewhere\.txt$/m);
    assert.match(strict.stderr, /2 articles or spans were left out \(listed above\); --allow-partial accepts that/);
    fs.rmSync(path.join(root, 'corpus', 'a.annotations.json'));
    const partial = run('--from', 'jsonl', 'x.jsonl', '--allow-partial');
    assert.equal(partial.status, 0, partial.stderr);
    assert.match(partial.stdout, /^1 annotations imported from jsonl into 1 articles$/m);
  });

  it('names a missing import file and the cause, with the stack trace only under --debug', () => {
    const r = run('--from', 'jsonl', 'missing.jsonl');
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'corpus-annotator import: missing.jsonl: no such file or folder (ENOENT)\n');
    const debug = spawnSync(process.execPath, [CLI, '--debug', 'import', '--from', 'jsonl', 'missing.jsonl'], { encoding: 'utf8', cwd: root });
    assert.equal(debug.status, 1);
    assert.match(debug.stderr, /^corpus-annotator import: missing\.jsonl: no such file or folder \(ENOENT\)\nError: ENOENT.*\n\s+at /);
  });
});
