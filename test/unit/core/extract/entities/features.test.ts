import * as assert from 'node:assert/strict';
import { documentContext, isTableRow, nameBeforeScore, wordsInfo } from '../../../../../src/core/extract/entities/features';

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

  it('a name before a score in a line of results or a row of standings is a team’s, in the whole document', () => {
    const doc = documentContext([['Sale', '31', 'Wasps', '33'], ['ST', 'LOUIS', '69', '65', '.515', '2', '1/2'], ['Wasps', 'won', 'at', 'home']]);
    for (const w of ['sale', 'wasps', 'st', 'louis']) assert.ok(doc.teamSeen.has(w), w);
    // A dateline's place and a count in prose are no teams.
    const prose = documentContext([['NEW', 'YORK', '1996-08-30'], ['Kent', 'had', 'reached', '108', 'for', 'three'], ['Boeing', '737', 'jets', 'and', 'Airbus', '320', 'jets']]);
    assert.equal(prose.teamSeen.size, 0, [...prose.teamSeen].join());
  });
});

describe('isTableRow and nameBeforeScore: the shape of a table of results', () => {
  const info = (ws: string[]) => wordsInfo([ws])[0];
  it('a row opens with a name, holds two numbers or more and no word in lower case', () => {
    assert.equal(isTableRow(info(['TORONTO', '63', '71', '.470', '11', '1/2'])), true);
    assert.equal(isTableRow(info(['Kansas', 'City', '4', 'DETROIT', '1'])), true);
    assert.equal(isTableRow(info(['Kent', 'reached', '108', 'for', '3'])), false);
    // The date and the year are not scores.
    assert.equal(isTableRow(info(['WIGAN', ',', 'England', '1996-08-31'])), false);
    assert.equal(isTableRow(info(['London', '1996', 'Paris', '1997'])), false);
  });

  it('every word of a capitalised run right before a score, not one before a date', () => {
    const row = info(['Kansas', 'City', '4', 'DETROIT', '1']);
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => nameBeforeScore(row, i)), [true, true, false, true, false]);
    assert.equal(nameBeforeScore(info(['MILAN', '1996-08-30']), 0), false);
  });
});
