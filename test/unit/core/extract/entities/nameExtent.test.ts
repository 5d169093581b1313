import * as assert from 'node:assert/strict';
import { afterLeadingPlural, areaHeadEnd, organisationStart, stationNumberEnd } from '../../../../../src/core/extract/entities/nameExtent';
import { itAnswersPerName, tokenSpan, type NameCase } from '../tokenSpan';

describe('organisationStart', () => {
  // [sentence, the words the model tagged, the whole name (null: the tagged words start it)]
  const cases: [string, string, string | null][] = [
    ['Ukraine’s General Staff said the advance had stalled.', 'Staff', 'General Staff'],
    ['He ran the Main Directorate for Combating Extremism until 2021.', 'Combating Extremism', 'Main Directorate for Combating Extremism'],
    ['The Institute for Fiscal Studies said taxes would rise.', 'Fiscal Studies', 'Institute for Fiscal Studies'],
    ['A Foreign, Commonwealth and Development Office spokesperson said so.', 'Commonwealth and Development Office', 'Foreign, Commonwealth and Development Office'],
    ['Air Moldova, the national carrier, said flights were cancelled.', 'Moldova', 'Air Moldova'],
    // Not a body after a title, not a head before `for`, not a list before a head, not a place after `Air`.
    ['The Air Force flew over Moldova.', 'Moldova', null],
    ['President Zelensky spoke to General Milley.', 'Milley', null],
    ['He voted for Combating Extremism.', 'Combating Extremism', null],
    ['Paris, London and Berlin agreed.', 'London and Berlin', null],
  ];
  for (const [sentence, tagged, whole] of cases) {
    it(`${tagged} in "${sentence}" → ${whole ?? 'as tagged'}`, () => {
      const { tokens, from, to } = tokenSpan(sentence, tagged);
      const start = organisationStart(tokens, from, to);
      assert.equal(start < 0 ? null : sentence.slice(tokens[start].start, tokens[to - 1].end), whole);
    });
  }
});

describe('afterLeadingPlural', () => {
  // [sentence, the words the model tagged, the name left]
  const cases: [string, string, string][] = [
    ['Graves of Wagner fighters in a cemetery near Bakinskaya.', 'Graves of Wagner', 'Wagner'],
    ['Supporters of Navalny gathered in Moscow.', 'Supporters of Navalny', 'Navalny'],
    // Not opening the sentence, not a plural, a word the gazetteer knows.
    ['He saw Graves of Wagner there.', 'Graves of Wagner', 'Graves of Wagner'],
    ['Bank of England officials met.', 'Bank of England', 'Bank of England'],
    ['Press of Atlanta said so.', 'Press of Atlanta', 'Press of Atlanta'],
    ['Services of Ireland said so.', 'Services of Ireland', 'Services of Ireland'],
  ];
  for (const [sentence, tagged, name] of cases) {
    it(`${tagged} in "${sentence}" → ${name}`, () => {
      const { tokens, from, to } = tokenSpan(sentence, tagged);
      const start = afterLeadingPlural(tokens, from, to);
      assert.equal(sentence.slice(tokens[start].start, tokens[to - 1].end), name);
    });
  }
});

describe('stationNumberEnd', () => {
  const cases: NameCase<string>[] = [
    ['Ben Wallace told BBC Radio 4’s Today programme.', 'BBC Radio', 'BBC Radio 4'],
    ['She said on Channel 5 last night.', 'Channel', 'Channel 5'],
    // Not a station's number: a year, a name that is no station word, two spaces.
    ['BBC Radio 2022 coverage', 'BBC Radio', 'BBC Radio'],
    ['The BBC 4 times a day', 'BBC', 'BBC'],
    ['on Radio  5 today', 'Radio', 'Radio'],
  ];
  itAnswersPerName((tokens, from, to, sentence) => sentence.slice(tokens[from].start, tokens[stationNumberEnd(tokens, to) - 1].end), cases);
});

describe('areaHeadEnd', () => {
  it('takes in the word for an administrative area the tagger left out', () => {
    const { tokens, to } = tokenSpan('in Ukraine’s eastern Donetsk Oblast region.', 'Donetsk');
    assert.equal(tokens[areaHeadEnd(tokens, to) - 1].text, 'Oblast');
  });
  it('leaves a name before any other word as it is', () => {
    const { tokens, to } = tokenSpan('in Donetsk Airport today.', 'Donetsk');
    assert.equal(areaHeadEnd(tokens, to), to);
  });
});
