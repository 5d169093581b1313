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

  it('have a committed JSON Schema that matches the zod schema (npm run schema)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../../../schemas/annotations.schema.json'), 'utf8');
    assert.equal(committed, schemaText());
  });
});
