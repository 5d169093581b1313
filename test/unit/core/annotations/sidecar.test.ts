import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { migrate } from '../../../../src/core/annotations/migrate';
import { SCHEMA_URL } from '../../../../src/core/annotations/schema';
import { emptySidecar, parseSidecar, serializeSidecar, sidecarPathFor } from '../../../../src/core/annotations/sidecar';
import { schemaText } from '../../../../scripts/export-schema';
import { annotation, SHA } from './fixtures';

const TEXT = 'Vladimir Putin met Oleksii Reznikov and Putin again.';

describe('sidecar files', () => {
  it('live beside their article', () => {
    assert.equal(sidecarPathFor('corpus/000-x.txt'), 'corpus/000-x.annotations.json');
  });

  it('round-trip through parse and serialize', () => {
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Oleksii Reznikov', 'b', 0, { note: 'minister', tags: ['checked'] }), annotation(TEXT, 'Vladimir Putin', 'a')] };
    const text = serializeSidecar(s);
    const back = parseSidecar(text);
    assert.ok(back.ok);
    assert.equal(serializeSidecar(back.sidecar), text);
  });

  it('are written with stable key order, sorted by position, pretty-printed, ending in a newline', () => {
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Putin', 'z', 20), annotation(TEXT, 'Vladimir Putin', 'y')] };
    const text = serializeSidecar(s);
    const parsed = JSON.parse(text);
    assert.deepEqual(Object.keys(parsed), ['$schema', 'version', 'article', 'annotations']);
    assert.deepEqual(parsed.annotations.map((a: { id: string }) => a.id), ['y', 'z']);
    assert.deepEqual(Object.keys(parsed.annotations[0]).slice(0, 4), ['id', 'label', 'status', 'target']);
    assert.ok(text.endsWith('\n') && text.includes('\n  "annotations": ['));
    assert.equal(parsed.$schema, SCHEMA_URL);
  });

  it('that are not JSON come back as a problem with line and column', () => {
    const r = parseSidecar('{\n  "version": 2,\n  "annotations": [,]\n}');
    assert.ok(!r.ok);
    assert.match(r.problems[0].message, /not valid JSON/);
    assert.equal(r.problems[0].line, 3);
  });

  it('from another tool are refused with a clear message', () => {
    const r = parseSidecar('{"name": "some-package", "version": "1.0.0"}');
    assert.ok(!r.ok);
    assert.match(r.problems[0].message, /not a Corpus Annotator sidecar/);
  });

  it('with a wrong value name the JSON path, what was expected and where it is', () => {
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'a'), annotation(TEXT, 'Oleksii Reznikov', 'b')] };
    const text = serializeSidecar(s).replace('"status": "manual",\n    "target": {\n        "start": 19', '"status": "maybe",\n    "target": {\n        "start": 19');
    const broken = text.replace(/("id": "b",\n\s+"label": "person",\n\s+"status": )"manual"/, '$1"maybe"');
    const r = parseSidecar(broken);
    assert.ok(!r.ok);
    const p = r.problems[0];
    assert.deepEqual(p.path, ['annotations', 1, 'status']);
    assert.match(p.expected, /manual/);
    assert.equal(broken.split('\n')[p.line - 1].trim().startsWith('"status"'), true, `line ${p.line}`);
  });

  it('of version 1 are migrated', () => {
    const v1 = {
      version: 1,
      article: 'a.txt',
      sha256: SHA,
      annotations: [{ id: 'a', label: 'person', status: 'manual', start: 0, end: 14, quote: 'Vladimir Putin', prefix: '', suffix: ' met Oleksii Rezn', created: 'x', modified: 'x' }],
    };
    assert.equal((migrate(v1).doc as { version: number }).version, 2);
    const r = parseSidecar(JSON.stringify(v1));
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.equal(r.migratedFrom, 1);
    assert.deepEqual(r.sidecar.annotations[0].target, { start: 0, end: 14, exact: 'Vladimir Putin', prefix: '', suffix: ' met Oleksii Rezn' });
    assert.equal(r.sidecar.annotations[0].articleSha256, SHA);
  });

  it('have a committed JSON Schema that matches the zod schema (npm run schema)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../../../schemas/annotations.schema.json'), 'utf8');
    assert.equal(committed, schemaText());
  });
});

describe('sidecar files that cannot be read as they are', () => {
  it('of a newer version say a newer corpus-annotator wrote them and which version reads them', () => {
    const r = parseSidecar('{\n  "version": 3,\n  "article": "a.txt",\n  "annotations": []\n}\n');
    assert.ok(!r.ok);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /^version 3: written by a newer corpus-annotator, which reads sidecar version 3; this one reads versions 1 to 2\./);
    assert.equal(r.problems[0].line, 2);
  });

  it('with two annotations of one id are invalid, pointing at the second', () => {
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'same'), annotation(TEXT, 'Oleksii Reznikov', 'same')] };
    const text = serializeSidecar(s);
    const r = parseSidecar(text);
    assert.ok(!r.ok);
    assert.match(r.problems[0].message, /^annotations\/1\/id: "same" is also the id of annotation 0; ids must be unique/);
    const idLines = text.split('\n').flatMap((line, i) => (line.includes('"id": "same"') ? [i + 1] : []));
    assert.equal(r.problems[0].line, idLines[1]);
  });
});
