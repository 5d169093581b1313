import * as assert from 'node:assert/strict';
import { findDatesAndTimes } from '../../../../../src/core/extract/numbers/dates';

/** The dates and times of `text` as [span text, kind, value, iso]. */
function found(text: string, taken = new Uint8Array(text.length)): [string, string, number | null, string | undefined][] {
  return findDatesAndTimes(text, taken).map((m) => {
    assert.equal(text.slice(m.start, m.end), m.text, 'the span is the text at its offsets');
    assert.deepEqual([m.approx, m.malformed, m.unit, m.currency], [false, false, null, null], m.text);
    return [m.text, m.kind, m.value, m.iso];
  });
}

describe('dates and times', () => {
  const table: [string, [string, string, number | null, string][]][] = [
    // ISO dates and timestamps
    ['Filed 2023-02-02 in court.', [['2023-02-02', 'date', 2023, '2023-02-02']]],
    ['at 2019-09-01T10:38:07.190Z.', [['2019-09-01T10:38:07.190Z', 'date', 2019, '2019-09-01']]],
    ['at 2019-09-01T10:38+01:00 then', [['2019-09-01T10:38+01:00', 'date', 2019, '2019-09-01']]],
    ['not 2023-13-02 nor 2023-02-32 nor 2023-00-10 nor 2023-01-00', []],
    ['ref 12023-02-02 and 2023-02-021', []],
    // day month year
    ['Tuesday, 19 Nov 2024 was cold.', [['Tuesday, 19 Nov 2024', 'date', 2024, '2024-11-19']]],
    ['On 2 February 2023 it began.', [['2 February 2023', 'date', 2023, '2023-02-02']]],
    ['By 24 February the army had gone.', [['24 February', 'date', null, '--02-24']]],
    ['on the 22nd of February, 2022', [['22nd of February, 2022', 'date', 2022, '2022-02-22']]],
    ['It ends on 3 Sept.', [['3 Sept.', 'date', null, '--09-03']]],
    ['It ended on 3 September.', [['3 September', 'date', null, '--09-03']]],
    ['It ended on 3 June.', [['3 June', 'date', null, '--06-03']]],
    ['It ended on 3 July.', [['3 July', 'date', null, '--07-03']]],
    ['on 32 May 2020', [['May 2020', 'date', 2020, '2020-05']]],
    ['on 0 March 2020', [['March 2020', 'date', 2020, '2020-03']]],
    // month day year
    ['On March 22, 2024 the vote was held.', [['March 22, 2024', 'date', 2024, '2024-03-22']]],
    ['Due January 31 at the latest.', [['January 31', 'date', null, '--01-31']]],
    ['Since Feb. 21 prices rose.', [['Feb. 21', 'date', null, '--02-21']]],
    ['on Tuesday, March 5 we met', [['Tuesday, March 5', 'date', null, '--03-05']]],
    ['on Dec 1st, 2021 the law passed', [['Dec 1st, 2021', 'date', 2021, '2021-12-01']]],
    ['in August 32 people died', [['August', 'date', null, '--08']]],
    ['in March 1.5 million voted', [['March', 'date', null, '--03']]],
    // month year
    ['In February 2022 the war began.', [['February 2022', 'date', 2022, '2022-02']]],
    ['In June of 2018 the law passed.', [['June of 2018', 'date', 2018, '2018-06']]],
    ['from September-November 2022', [['September-November 2022', 'date', 2022, '2022-09']]],
    ['in Oct 9999 or May 0999', [['May', 'date', null, '--05']]],
    // seasons
    ['in the fall of 2022 and spring 2023', [['fall of 2022', 'date', 2022, '2022'], ['spring 2023', 'date', 2023, '2023']]],
    ['in Winter 2021', [['Winter 2021', 'date', 2021, '2021']]],
    ['in summer 0999', []],
    // numeric dates
    ['Dated 14/02/2023.', [['14/02/2023', 'date', 2023, '2023-02-14']]],
    ['Dated 02/14/2023.', [['02/14/2023', 'date', 2023, '2023-02-14']]],
    ['Dated 03/04/2023.', [['03/04/2023', 'date', 2023, '2023']]],
    ['Dated 03/04/99 and 03/04/21.', [['03/04/99', 'date', 1999, '1999'], ['03/04/21', 'date', 2021, '2021']]],
    ['Dated 03/04/50.', [['03/04/50', 'date', 2050, '2050']]],
    ['Dated 13/14/2023 or 0/4/2023 or 32/1/2023 or 4/0/2023 or 1/32/2023.', []],
    // clock times
    ['At 16:24 the alarm rang.', [['16:24', 'time', 1624, '16:24']]],
    ['At 2:09 PM EDT it fell.', [['2:09 PM EDT', 'time', 1409, '14:09']]],
    ['at 1.56pm', [['1.56pm', 'time', 1356, '13:56']]],
    ['at 12:01 a.m. sharp', [['12:01 a.m.', 'time', 1, '00:01']]],
    ['at 12:30 pm', [['12:30 pm', 'time', 1230, '12:30']]],
    ['at 9:15 am', [['9:15 am', 'time', 915, '09:15']]],
    ['at 13:05 pm', []],
    ['at 10:38:07 local time', [['10:38:07 local time', 'time', 1038, '10:38']]],
    ['a score of 3.50 and 24:00', []],
    // hours alone
    ['at 11am', [['11am', 'time', 1100, '11:00']]],
    ['at 12pm GMT', [['12pm GMT', 'time', 1200, '12:00']]],
    ['at 12 a.m.', [['12 a.m.', 'time', 0, '00:00']]],
    ['at 2 p.m.', [['2 p.m.', 'time', 1400, '14:00']]],
    ['at 7 PM Kyiv time', [['7 PM Kyiv time', 'time', 1900, '19:00']]],
    ['at 13pm', []],
    // military times
    ['at 0401 GMT', [['0401 GMT', 'time', 401, '04:01']]],
    ['at 2359 UTC', [['2359 UTC', 'time', 2359, '23:59']]],
    ['at 2401 GMT', []],
    ['at 0401 GMTX', []],
    // a month alone
    ['in September', [['September', 'date', null, '--09']]],
    ['last February', [['February', 'date', null, '--02']]],
    ['June-July', [['June-July', 'date', null, '--06']]],
    ['since May', [['May', 'date', null, '--05']]],
    ['until March', [['March', 'date', null, '--03']]],
    ['They May go. A March began.', []],
    ['mid-March', [['March', 'date', null, '--03']]],
    ['Mayhem in Marches', []],
    // at the edges of what each pattern allows
    ['from 2023-01-01 to 2023-12-31', [['2023-01-01', 'date', 2023, '2023-01-01'], ['2023-12-31', 'date', 2023, '2023-12-31']]],
    ['on 31 January 2023', [['31 January 2023', 'date', 2023, '2023-01-31']]],
    ['on 1 January 2023', [['1 January 2023', 'date', 2023, '2023-01-01']]],
    ['in March 0 were', [['March', 'date', null, '--03']]],
    ['in June 1000 and June 2200', [['June 1000', 'date', 1000, '1000-06'], ['June 2200', 'date', 2200, '2200-06']]],
    ['in spring 1000, summer 2200 and winter 2201', [['spring 1000', 'date', 1000, '1000'], ['summer 2200', 'date', 2200, '2200']]],
    ['Dated 1/1/2023.', [['1/1/2023', 'date', 2023, '2023']]],
    ['Dated 31/1/2023 and 1/31/2023.', [['31/1/2023', 'date', 2023, '2023-01-31'], ['1/31/2023', 'date', 2023, '2023-01-31']]],
    ['Dated 12/13/2023 and 13/12/2023.', [['12/13/2023', 'date', 2023, '2023-12-13'], ['13/12/2023', 'date', 2023, '2023-12-13']]],
    ['Dated 12/05/2023 and 05/12/2023.', [['12/05/2023', 'date', 2023, '2023'], ['05/12/2023', 'date', 2023, '2023']]],
    ['at 0:30 pm', []],
    ['The re-elected May said.', []],
    ['as in Paris, May said.', []],
    ['Jan - May', [['May', 'date', null, '--05']]],
    ['since  May', [['May', 'date', null, '--05']]],
  ];
  for (const [text, want] of table) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), want));
  }

  it('never overlaps what an earlier pattern or the caller has taken', () => {
    const text = 'On 2 February 2023 at 16:24.';
    const taken = new Uint8Array(text.length);
    taken.fill(1, text.indexOf('16'), text.indexOf('16') + 1);
    assert.deepEqual(found(text, taken), [['2 February 2023', 'date', 2023, '2023-02-02']]);
    assert.deepEqual([...taken.slice(3, 18)], new Array(15).fill(1), 'what it found is taken');
  });

  it('takes a date that ends right before what is taken', () => {
    const text = 'On 2 February 2023, it began.';
    const taken = new Uint8Array(text.length);
    taken[text.indexOf(',')] = 1;
    assert.deepEqual(found(text, taken), [['2 February 2023', 'date', 2023, '2023-02-02']]);
  });

  it('finds every date of a text, not only the first, and again on a second call', () => {
    const text = 'From 1 May 2020 to 3 June 2021.';
    const want = [
      ['1 May 2020', 'date', 2020, '2020-05-01'],
      ['3 June 2021', 'date', 2021, '2021-06-03'],
    ];
    assert.deepEqual(found(text), want);
    assert.deepEqual(found(text), want);
  });
});
