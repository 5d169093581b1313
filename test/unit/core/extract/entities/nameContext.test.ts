import * as assert from 'node:assert/strict';
import { inPhotoCredit, isDateline, kindInContext, namedAsCompany, namedAsMedia, namedAsPerson, namedAsPlace, namesAfterHonorifics, seatOfGovernmentKind, surnameAfterGivenName } from '../../../../../src/core/extract/entities/nameContext';
import { itAnswersPerName, tokenSpan, type NameCase } from '../tokenSpan';
import { fastTokenize } from '../../../../../src/core/text/fastTokenize';
import type { EntityKind } from '../../../../../src/core/types';

describe('namedAsMedia', () => {
  const cases: NameCase[] = [
    ['He told newspaper Die Zeit in comments published on Wednesday.', 'Die Zeit', true],
    ['Referencing another independent media platform, "Meduza", mentions that ...', 'Meduza', true],
    ['the ministry said on the Telegram messaging app.', 'Telegram', true],
    ['according to local Telegram news channel, which posted videos', 'Telegram', true],
    ['He posted on his Twitter account at night.', 'Twitter', true],
    ['The ministry said in its regular YouTube update.', 'YouTube', true],
    // A capital noun is part of a name: the photographer after an agency's name is not the agency.
    ['Images source: Anadolu Agency, Sefa Karacan', 'Sefa Karacan', false],
    ['Olaf Scholz told the newspaper that Germany would act.', 'Germany', false],
    ['Ben Wallace met Nato allies in Brussels.', 'Brussels', false],
  ];
  itAnswersPerName(namedAsMedia, cases);
});

describe('namedAsCompany', () => {
  const cases: NameCase[] = [
    ['Corvane shares rose 3 percent in Milan.', 'Corvane', true],
    ['He bought 2,000 shares of Corvane common stock.', 'Corvane', true],
    ["Corvane's shares fell.", 'Corvane', true],
    ['The fund took a stake in the Corvane group.', 'Corvane', true],
    // `shares` as a verb, and a name with no market words near it.
    ['Ukraine shares a long border with Russia.', 'Ukraine', false],
    ['Corvane said it would cut jobs.', 'Corvane', false],
  ];
  itAnswersPerName(namedAsCompany, cases);

  it('leaves a place before `stocks` a place: a market', () => {
    const { tokens, from, to } = tokenSpan('Tokyo stocks closed lower on Friday.', 'Tokyo');
    assert.equal(kindInContext(tokens, from, to, 'place'), null);
    assert.equal(kindInContext(tokens, from, to, 'person'), 'organization');
  });
});

describe('inPhotoCredit', () => {
  const cases: NameCase[] = [
    ['Shoigu met the admiral. (Mikhail Klimentyev/Sputnik/Kremlin/The Associated Press)', 'Sputnik', true],
    ['Shoigu met the admiral. (Mikhail Klimentyev/Sputnik/Kremlin/The Associated Press)', 'Kremlin', true],
    ['Footage released on Wednesday (Russian Defense Ministry/Reuters)', 'Reuters', true],
    // Places side by side outside a credit's brackets.
    ['Talks on the Russia/Ukraine war resumed.', 'Ukraine', false],
    ['Talks (on the Russia/Ukraine war) resumed.', 'Ukraine', false],
    ['Shoppers queued in Bakhmut. (Clodagh Kilcoyne)', 'Clodagh Kilcoyne', false],
  ];
  itAnswersPerName(inPhotoCredit, cases);
});

describe('namesAfterHonorifics', () => {
  const cases: [string, string[]][] = [
    ["''They pay us,'' Mr. King said, and Ms Simonyan agreed.", ['King', 'Simonyan']],
    ['Dr. J. Robert Oppenheimer spoke first.', ['J. Robert Oppenheimer']],
    // A form of address, and an honorific with no name after it.
    ['Thank you, Mr President, said Mrs. Gandhi.', ['Gandhi']],
    ['The Mr. in his name was dropped.', []],
  ];
  for (const [sentence, want] of cases) {
    it(`${sentence} → ${want.join(', ') || 'none'}`, () => {
      const tokens = fastTokenize(sentence);
      assert.deepEqual(namesAfterHonorifics(tokens).map((n) => sentence.slice(tokens[n.from].start, tokens[n.to - 1].end)), want);
    });
  }
});

describe('namedAsPlace', () => {
  const cases: NameCase[] = [
    ['images from the hard-hit coastal city of Derna showing', 'Derna', true],
    ['floodwaters gushed down Wadi Derna, a valley', 'Wadi Derna', true],
    ['the town of Bakhmut fell', 'Bakhmut', true],
    // A capital `City of` begins a body's name; a name after `of` alone says nothing.
    ['the City of London Corporation', 'London Corporation', false],
    ['the head of Derna said', 'Derna', false],
    ['Derna said on Tuesday', 'Derna', false],
    // A plural settlement noun, with or without a comma, names the places after it.
    ['advance on two bigger Donetsk cities, Orlovka and Sosnivka, and', 'Orlovka', true],
    ['the towns Orlovka and Sosnivka', 'Orlovka', true],
    ['the Cities, Orlovka said', 'Orlovka', false],
    // A settlement noun in apposition; not `state` (a broadcaster's too), not a possessive.
    ['between Bakhmut and Sosnivka, another town under Kyiv control', 'Sosnivka', true],
    ['Orlovka, a small port city, was shelled', 'Orlovka', true],
    ['Orlovka, the state broadcaster, said', 'Orlovka', false],
    ["Orlovka, the city's team, won", 'Orlovka', false],
  ];
  itAnswersPerName(namedAsPlace, cases);
});

describe('namedAsPerson', () => {
  const cases: NameCase[] = [
    ['Vladimir Putin talked to Azeri counterpart Ilham Aliyev on Tuesday.', 'Ilham Aliyev', true],
    ['said Norwegian prime minister Jonas Gahr Stoere in a statement.', 'Jonas Gahr Stoere', true],
    // One word may be a place or an organisation the role belongs to.
    ['a talk with the president Kyiv had chosen', 'Kyiv', false],
    ['the foreign minister of Japan and Tokyo Electric', 'Tokyo Electric', false],
    ['a deputy leader Sinn fein named', 'Sinn fein', false],
  ];
  itAnswersPerName(namedAsPerson, cases);
});

describe('surnameAfterGivenName', () => {
  // [sentence, the given name as tagged, whether the next word is its surname]
  const cases: NameCase[] = [
    ['State Department spokesperson Ned Price indicated that action could be taken.', 'Ned', true],
    ['Officials said Joe Washington would not supply the jets.', 'Joe', false],
    ['He met Maria Monday in Kyiv.', 'Maria', false],
    ['He met John on Monday.', 'John', false],
    ['She thanked Ned. Price rises followed.', 'Ned', false],
    // A word that is not a given name is not extended.
    ['Reznikov Price said nothing.', 'Reznikov', false],
  ];
  itAnswersPerName((tokens, from, to, sentence) => surnameAfterGivenName(sentence, tokens, from, to), cases);
});

describe('seatOfGovernmentKind', () => {
  const cases: NameCase<EntityKind | null>[] = [
    ['The Kremlin has massed 100,000 troops, with tanks, near the border.', 'Kremlin', 'organization'],
    ['Ukraine will not fall to the Russians, the White House has said.', 'White House', 'organization'],
    ['Downing Street confirmed that the prime minister spoke to him.', 'Downing Street', 'organization'],
    ['a power struggle between the Kremlin and the outspoken Mr Prigozhin', 'Kremlin', 'organization'],
    ['“The talks were noted,” said a Kremlin readout of the call.', 'Kremlin', 'organization'],
    ['Pentagon spokesman Doug Kennett said the order stood.', 'Pentagon', 'organization'],
    // After a preposition of place it is the building or the street.
    ['He was received in the Kremlin on Friday.', 'Kremlin', 'place'],
    ['Protesters gathered outside Downing Street.', 'Downing Street', 'place'],
    ['won him a second term in the White House in 1984', 'White House', 'place'],
    // Any other name: nothing to say.
    ['Moscow has massed 100,000 troops.', 'Moscow', null],
    ['The White Sea froze early.', 'White Sea', null],
  ];
  itAnswersPerName(seatOfGovernmentKind, cases);
});

describe('isDateline', () => {
  const dateline = (text: string) => isDateline(fastTokenize(text));
  it('capitalised words, at most one comma, and a date last', () => {
    assert.equal(dateline('NEW YORK 1996-08-30'), true);
    assert.equal(dateline('WIGAN, England 1996-08-31'), true);
  });
  it('not a sentence, a table row or a name before a number', () => {
    assert.equal(dateline('Kent reached 1996-08-30'), false);
    assert.equal(dateline('TORONTO 63 71'), false);
    assert.equal(dateline('NEW YORK 1996'), false);
    assert.equal(dateline('WIGAN, 1996-08-31'), false);
    assert.equal(dateline('1996-08-31'), false);
  });
});

