import * as assert from 'node:assert/strict';
import { headOfJoined, splitAtBreaks } from '../../../../../src/core/extract/entities';
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

describe('cleanSpan: words in lower case that join no name', () => {
  it('end the name, or are cut with the heading word before them', () => {
    assert.deepEqual(names('Air France chairman', 'organization'), ['Air France']);
    assert.deepEqual(names('First Union bank in Philadelphia', 'organization'), ['First Union']);
    assert.deepEqual(names('Armored vehicles from France', 'organization'), ['France']);
  });

  it('keep connectors and hyphenated particles inside a name', () => {
    assert.deepEqual(names('Ursula von der Leyen', 'person'), ['Ursula von der Leyen']);
    assert.deepEqual(names('Bank of England', 'organization'), ['Bank of England']);
    assert.deepEqual(names('Rami al-Saadani', 'person'), ['Rami al-Saadani']);
  });
});

describe('headOfJoined: a name cut at `of` after an organisation head', () => {
  const join = (sentence: string, tagged: string[]) => {
    const tokens = fastTokenize(sentence);
    const spans = tagged.map((t) => {
      const [type, words] = t.split(':');
      const w = words.split(' ');
      const from = tokens.findIndex((_, i) => w.every((x, k) => tokens[i + k]?.text === x));
      return { type, from, to: from + w.length };
    });
    return headOfJoined(tokens, spans).map((s) => `${s.type}:${tokens.slice(s.from, s.to).map((t) => t.text).join(' ')}`);
  };
  it('joins the head and the name after `of` into one organisation', () => {
    assert.deepEqual(join('Later, the Russian Ministry of Defense released images.', ['ORG:Russian Ministry', 'PER:Defense']), ['ORG:Russian Ministry of Defense']);
  });
  it('leaves a place after a name that ends in no head, and a gap', () => {
    assert.deepEqual(join('The Ministry of Internal Affairs of Ukraine said so.', ['ORG:Ministry of Internal Affairs', 'LOC:Ukraine']), ['ORG:Ministry of Internal Affairs', 'LOC:Ukraine']);
    assert.deepEqual(join('The Bank said of Britain that it would wait.', ['ORG:Bank', 'LOC:Britain']), ['ORG:Bank', 'LOC:Britain']);
  });
});
