import * as assert from 'node:assert/strict';
import { splitAtBreaks } from '../../../../../src/core/extract/entities';
import { cleanSpan } from '../../../../../src/core/extract/entities/spans';
import { fastTokenize } from '../../../../../src/core/text/fastTokenize';
import type { EntityKind } from '../../../../../src/core/types';

/** The names a tagged span of the whole sentence becomes, as splitAtBreaks and cleanSpan make them. */
function names(sentence: string, kind: EntityKind): string[] {
  const tokens = fastTokenize(sentence);
  return splitAtBreaks(tokens, 0, tokens.length, kind === 'organization').flatMap((piece) => {
    const c = cleanSpan(piece, kind);
    return c ? [sentence.slice(c.start, c.end)] : [];
  });
}

describe('splitAtBreaks: where a tagged span is more than one name', () => {
  it("keeps a club's letter in brackets with an organisation's name", () => {
    assert.deepEqual(names('Mladost (BJ)', 'organization'), ['Mladost (BJ)']);
    assert.deepEqual(names('Radnicki (N)', 'organization'), ['Radnicki (N)']);
  });

  it('splits at brackets otherwise: a word in them, or a person', () => {
    assert.deepEqual(names('Mladost (Belgrade)', 'organization'), ['Mladost', 'Belgrade']);
    assert.deepEqual(names('Tom Smith (R)', 'person'), ['Tom Smith', 'R']);
  });

  it("keeps a possessive inside an organisation's name, not a person's", () => {
    assert.deepEqual(names("Martin County Sheriff's Office", 'organization'), ["Martin County Sheriff's Office"]);
    assert.deepEqual(names("Boatmen's Bancshares Inc", 'organization'), ["Boatmen's Bancshares Inc"]);
    assert.deepEqual(names("Obama's Hillary", 'person'), ['Obama', 'Hillary']);
  });

  it("drops a possessive at an organisation's end", () => {
    assert.deepEqual(names("Boeing's", 'organization'), ['Boeing']);
  });
});

describe('cleanSpan: a title inside an organisation', () => {
  it("is part of a club's or a place's name before a possessive or `of` and one word", () => {
    assert.deepEqual(names("Queen's Park", 'organization'), ["Queen's Park"]);
    assert.deepEqual(names('Queen of South', 'organization'), ['Queen of South']);
  });

  it('still introduces the person a span tagged as an organisation ends in', () => {
    assert.deepEqual(names('Secretary of State Antony Blinken', 'organization'), ['Antony Blinken']);
  });
});
