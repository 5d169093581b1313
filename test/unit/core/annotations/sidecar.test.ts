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
    assert.deepEqual([r.problems[0].path, r.problems[0].expected], [[], 'JSON']);
  });

  it('keep a byte-order mark character inside a value', () => {
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'a', 0, { note: 'x\uFEFFy' })] };
    const r = parseSidecar(serializeSidecar(s));
    assert.ok(r.ok);
    assert.equal(r.sidecar.annotations[0].note, 'x\uFEFFy');
  });

  it('refuse a target that ends where it starts, at its end', () => {
    const a = annotation(TEXT, 'Vladimir Putin', 'a');
    const r = parseSidecar(JSON.stringify({ ...emptySidecar('a.txt'), annotations: [{ ...a, target: { ...a.target, end: a.target.start } }] }, null, 2));
    assert.ok(!r.ok);
    assert.deepEqual(r.problems[0].path, ['annotations', 0, 'target', 'end']);
    assert.match(r.problems[0].message, /^annotations\/0\/target\/end: end must be greater than start$/);
  });

  it('are written with the target’s keys in a fixed order, whatever order they came in', () => {
    const a = annotation(TEXT, 'Vladimir Putin', 'a');
    const { start, end, exact, prefix, suffix } = a.target;
    const text = serializeSidecar({ ...emptySidecar('a.txt'), annotations: [{ ...a, target: { suffix, prefix, exact, end, start } }] });
    assert.deepEqual(Object.keys(JSON.parse(text).annotations[0].target), ['start', 'end', 'exact', 'prefix', 'suffix']);
  });

  it('from another tool are refused with a clear message', () => {
    const r = parseSidecar('{"name": "some-package", "version": "1.0.0"}');
    assert.ok(!r.ok);
    assert.match(r.problems[0].message, /not a Corpus Annotator sidecar/);
  });

  it('with a wrong value name the JSON path, what was expected and where it is', () => {
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'a'), annotation(TEXT, 'Oleksii Reznikov', 'b')] };
    const text = serializeSidecar(s);
    const broken = text.replace(/("id": "b",\n\s+"label": "person",\n\s+"status": )"manual"/, '$1"maybe"');
    assert.notEqual(broken, text, 'the fixture must break the second annotation');
    const r = parseSidecar(broken);
    assert.ok(!r.ok);
    const p = r.problems[0];
    assert.deepEqual(p.path, ['annotations', 1, 'status']);
    assert.match(p.expected, /manual/);
    assert.equal(broken.split('\n')[p.line - 1].trim().startsWith('"status"'), true, `line ${p.line}`);
  });

  it('of version 1 are migrated, keeping each annotation’s position and context', () => {
    const v1 = {
      version: 1,
      article: 'a.txt',
      sha256: SHA,
      annotations: [
        { id: 'a', label: 'person', status: 'manual', start: 0, end: 14, quote: 'Vladimir Putin', prefix: '', suffix: ' met Oleksii Rezn', created: 'x', modified: 'x' },
        // Mid-text: the context on both sides must survive, or re-anchoring after an edit loses it.
        { id: 'b', label: 'person', status: 'manual', start: 19, end: 35, quote: 'Oleksii Reznikov', prefix: 'Vladimir Putin met ', suffix: ' and Putin again.', created: 'x', modified: 'x' },
      ],
    };
    assert.equal(TEXT.slice(19, 35), 'Oleksii Reznikov');
    assert.equal((migrate(v1).doc as { version: number }).version, 2);
    const r = parseSidecar(JSON.stringify(v1));
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.equal(r.migratedFrom, 1);
    assert.deepEqual(r.sidecar.annotations[0].target, { start: 0, end: 14, exact: 'Vladimir Putin', prefix: '', suffix: ' met Oleksii Rezn' });
    assert.deepEqual(r.sidecar.annotations[1].target, { start: 19, end: 35, exact: 'Oleksii Reznikov', prefix: 'Vladimir Putin met ', suffix: ' and Putin again.' });
    assert.deepEqual(
      r.sidecar.annotations.map((a) => a.articleSha256),
      [SHA, SHA],
    );
    assert.ok(!('sha256' in (r.sidecar as object)), 'the file-level sha256 of version 1 is dropped');
  });

  it('beside an article named in capitals, or with dots in its name, drop only the final .txt', () => {
    assert.equal(sidecarPathFor('corpus/A.TXT'), 'corpus/A.annotations.json');
    assert.equal(sidecarPathFor('corpus/v1.2.txt'), 'corpus/v1.2.annotations.json');
    assert.equal(sidecarPathFor('corpus/notes.txt.bak'), 'corpus/notes.txt.bak.annotations.json');
  });

  it('start with a byte-order mark are read all the same', () => {
    const s = { ...emptySidecar('a.txt'), annotations: [annotation(TEXT, 'Vladimir Putin', 'a')] };
    const r = parseSidecar('\uFEFF' + serializeSidecar(s));
    assert.ok(r.ok);
    assert.equal(r.sidecar.annotations[0].id, 'a');
    assert.equal(r.migratedFrom, undefined, 'a current sidecar was not migrated');
  });

  it('that are JSON but no object with annotations are refused at line 1', () => {
    for (const json of ['[]', 'null', '3', '"annotations"', '{"version": 2}']) {
      const r = parseSidecar(json);
      assert.ok(!r.ok, json);
      assert.deepEqual(
        { ...r.problems[0], message: undefined },
        { message: undefined, path: [], expected: 'an object with version, article and annotations', offset: 0, line: 1, column: 1 },
      );
    }
  });

  it('name every problem by its JSON path, with what was expected, at most twenty', () => {
    const bad = { ...emptySidecar('a.txt'), annotations: Array.from({ length: 25 }, (_, i) => ({ ...annotation(TEXT, 'Putin', `x${i}`), status: 'maybe' })) };
    const r = parseSidecar(JSON.stringify(bad, null, 2));
    assert.ok(!r.ok);
    assert.equal(r.problems.length, 20);
    assert.match(r.problems[3].message, /^annotations\/3\/status: /);
    assert.equal(r.problems[3].expected, 'manual | accepted | rejected | suggested');
    const wrongVersion = parseSidecar(JSON.stringify({ ...emptySidecar('a.txt'), version: 9 }));
    assert.ok(!wrongVersion.ok);
    assert.deepEqual(wrongVersion.problems[0].path, ['version']);
    assert.match(wrongVersion.problems[0].message, /^version 9: written by a newer corpus-annotator/);
    const notText = parseSidecar(JSON.stringify({ ...emptySidecar('a.txt'), article: 5 }));
    assert.ok(!notText.ok);
    assert.equal(notText.problems[0].expected, 'string');
  });

  it('that are cut short say where the JSON breaks, never past the text', () => {
    const r = parseSidecar('{"version": 2, "annotations": [');
    assert.ok(!r.ok);
    assert.deepEqual([r.problems[0].line, r.problems[0].column, r.problems[0].offset], [1, 32, 31]);
  });

  it('are serialized sorted by start, then end, then id, with only the keys that are set', () => {
    const a = annotation(TEXT, 'Vladimir Putin', 'b');
    const s = {
      $schema: undefined,
      version: 2 as const,
      article: 'a.txt',
      annotations: [
        { ...a, id: 'z', note: undefined },
        annotation(TEXT, 'Vladimir', 'y'),
        { ...a, id: 'c', tags: ['t'] },
        annotation(TEXT, 'Putin', 'x'),
      ],
    };
    const parsed = JSON.parse(serializeSidecar(s));
    assert.equal(parsed.$schema, SCHEMA_URL, 'the schema is always named');
    assert.deepEqual(parsed.annotations.map((x: { id: string }) => x.id), ['y', 'c', 'z', 'x']);
    assert.ok(!('note' in parsed.annotations[2]));
    assert.deepEqual(Object.keys(parsed.annotations[0].target), ['start', 'end', 'exact', 'prefix', 'suffix']);
    assert.deepEqual(Object.keys(parsed.annotations[1]), ['id', 'label', 'status', 'target', 'tags', 'articleSha256', 'created', 'modified']);
  });

  it('of an unknown or future version are left for validation to refuse', () => {
    assert.deepEqual(migrate({ version: 7, annotations: [] }), { doc: { version: 7, annotations: [] }, from: 7 });
    assert.deepEqual(migrate([1]), { doc: [1], from: undefined });
    assert.deepEqual(migrate(null), { doc: null, from: undefined });
    const current = { version: 2, sha256: 'kept: not a v1 field here', annotations: [] };
    assert.deepEqual(migrate(current), { doc: current, from: 2 });
    // A version 1 file without annotations, and one whose annotations carry their own hash.
    assert.deepEqual(migrate({ version: 1, sha256: SHA }).doc, { version: 2, annotations: [] });
    const own = migrate({ version: 1, sha256: SHA, annotations: [{ id: 'a', articleSha256: 'b'.repeat(64), start: 0, end: 1, quote: 'V' }] }).doc as { annotations: { articleSha256: string; target: object }[] };
    assert.equal(own.annotations[0].articleSha256, 'b'.repeat(64));
    assert.deepEqual(own.annotations[0].target, { start: 0, end: 1, exact: 'V', prefix: '', suffix: '' });
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
