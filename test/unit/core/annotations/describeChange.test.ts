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
