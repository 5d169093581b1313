import * as assert from 'node:assert/strict';
import { documentContext } from '../../../../../src/core/extract/entities/features';

describe('documentContext: what the rest of a document says of a word', () => {
  it('a word before a company suffix or a club word is an organisation’s, with the capitalised words before it', () => {
    const doc = documentContext([['Shares', 'of', 'Magna', 'International', 'Inc', 'rose'], ['Pirelli', 'SpA', 'said', 'so'], ['Pirelli', 'rose']]);
    assert.ok(doc.orgSeen.has('pirelli'));
    assert.ok(doc.orgSeen.has('international'));
    assert.ok(doc.orgSeen.has('magna'));
    // The lower-case word before the name stops the run.
    assert.ok(!doc.orgSeen.has('of'));
    assert.ok(!doc.orgSeen.has('shares'));
  });

  it('a word after a title or a capitalised given name is a person’s; a known word is not added', () => {
    const doc = documentContext([['Governor', 'Snyder', 'said', 'that', 'Margaret', 'Quarmby', 'left'], ['President', 'Paris', 'spoke']]);
    assert.ok(doc.personSeen.has('snyder'));
    assert.ok(doc.personSeen.has('quarmby'));
    assert.ok(!doc.personSeen.has('paris'));
  });

  it('two lines of results make a document of scores; dates and one figure a line do not', () => {
    assert.equal(documentContext([['Chicago', '11', 'TORONTO', '2'], ['Saracens', '25', 'Leicester', '23']]).scores, true);
    assert.equal(documentContext([['Chicago', '11', 'TORONTO', '2'], ['The', 'club', 'won']]).scores, false);
    assert.equal(documentContext([['Boeing', '737', 'jets', 'flew', 'on', 'March', '5'], ['Boeing', 'said', 'it', 'rose', '4', 'percent']]).scores, false);
  });
});
