import * as assert from 'node:assert/strict';
import { createAnnotation, retarget } from '../../../../src/core/annotations/editing';
import { describeChange } from '../../../../src/core/annotations/describeChange';

const T = 'Ukrainian defence minister Oleksii Reznikov has said.';
const SHA = '0'.repeat(64);
const at = (words: string, label = 'person') => createAnnotation(T, SHA, T.indexOf(words), T.indexOf(words) + words.length, { label, status: 'manual' });

describe('what an undo or redo did, in words', () => {
  it('names an annotation that went away or came back, and points at it', () => {
    const a = at('Oleksii Reznikov');
    assert.deepEqual(describeChange([a], []), { summary: 'the person annotation on “Oleksii Reznikov” removed', annotation: a });
    assert.equal(describeChange([], [a]).summary, 'the person annotation on “Oleksii Reznikov” is back');
  });

  it('says a relabel from what to what, and a re-bound from where', () => {
    const a = at('Oleksii Reznikov');
    assert.equal(describeChange([a], [{ ...a, label: 'organization' }]).summary, '“Oleksii Reznikov” relabelled person → organization');
    const wider = retarget(a, T, SHA, T.indexOf('minister'), a.target.end);
    assert.equal(describeChange([a], [wider]).summary, '“minister Oleksii Reznikov” re-bounded from “Oleksii Reznikov”');
  });

  it('counts a change of several annotations (an import) and says when nothing changed', () => {
    const a = at('Oleksii Reznikov');
    const b = at('Ukrainian', 'place');
    assert.equal(describeChange([], [a, b]).summary, '2 annotations: 2 added');
    assert.equal(describeChange([a], [a]).summary, 'no change to the annotations');
  });
});

describe('what an undo or redo did, in more cases', () => {
  it('says a change of status, of note, and of anything else', () => {
    const a = at('Oleksii Reznikov');
    assert.equal(describeChange([a], [{ ...a, status: 'accepted' }]).summary, '“Oleksii Reznikov” manual → accepted');
    assert.equal(describeChange([a], [{ ...a, note: 'the minister' }]).summary, '“Oleksii Reznikov” note changed');
    assert.equal(describeChange([{ ...a, note: 'x' }], [a]).summary, '“Oleksii Reznikov” note changed', 'a note removed');
    assert.equal(describeChange([a], [{ ...a, annotator: 'mk' }]).summary, '“Oleksii Reznikov” changed');
    const shorter = retarget(a, T, SHA, a.target.start, a.target.end - 'Reznikov'.length - 1);
    assert.equal(describeChange([a], [shorter]).summary, '“Oleksii” re-bounded from “Oleksii Reznikov”', 'only the end moved');
  });

  it('counts each kind of a change of several, and points at an added one first, then a changed one, then a removed one', () => {
    const a = at('Oleksii Reznikov');
    const b = at('Ukrainian', 'place');
    const c = at('minister', 'role');
    const relabelled = { ...b, label: 'organization' };
    const mixed = describeChange([a, b], [relabelled, c]);
    assert.deepEqual(mixed, { summary: '3 annotations: 1 added, 1 removed, 1 changed', annotation: c });
    assert.deepEqual(describeChange([a, b], [relabelled]), { summary: '2 annotations: 1 removed, 1 changed', annotation: relabelled });
    assert.deepEqual(describeChange([a, b], []), { summary: '2 annotations: 2 removed', annotation: a });
  });

  it('treats an equal copy of an annotation as no change', () => {
    const a = at('Oleksii Reznikov');
    assert.equal(describeChange([a], [{ ...a }]).summary, 'no change to the annotations');
  });

  it('shortens a long quotation to 40 characters and puts its spaces and line breaks on one line', () => {
    const long = 'Ukrainian defence\nminister   Oleksii Reznikov has said that the war goes on.';
    const a = createAnnotation(long, SHA, 0, long.length, { label: 'claim', status: 'manual' });
    const s = describeChange([a], []).summary;
    assert.equal(s, `the claim annotation on “${'Ukrainian defence minister Oleksii Rezni'.slice(0, 39)}…” removed`);
    const exactly40 = 'x'.repeat(40);
    const b = createAnnotation(exactly40, SHA, 0, 40, { label: 'claim', status: 'manual' });
    assert.equal(describeChange([b], []).summary, `the claim annotation on “${exactly40}” removed`);
  });
});
