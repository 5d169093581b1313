import * as assert from 'node:assert/strict';
import { extractNumbers } from '../../../../../src/core/extract/numbers';
import { isStreetWord, readRank } from '../../../../../src/core/extract/numbers/ranks';
import type { ArticleStructure } from '../../../../../src/core/types';
import { tokenAt, tokenStreamOf } from './tokenStreamOf';

const EMPTY: ArticleStructure = { meta: { title: '', date: null, byline: null }, paragraphs: [], sentences: [], entries: [] };
const found = (text: string) => extractNumbers(text, EMPTY).map((m) => `${m.text}|${m.kind}|${m.value}`);

describe('numbers, parse: ranks written with a marker', () => {
  it('reads `No. 1`, `No 2`, `No.3` and `number one` as one ordinal, marker included, valued as the rank', () => {
    assert.deepEqual(found('Djokovic will reclaim the No. 1 ranking on Monday.'), ['No. 1|ordinal|1']);
    assert.deepEqual(found('He will return to the world No. 1 spot.'), ['No. 1|ordinal|1']);
    assert.deepEqual(found('Djokovic, the No 2 seed, won.'), ['No 2|ordinal|2']);
    assert.deepEqual(found('He beat world No.3 Carlos Alcaraz.'), ['No.3|ordinal|3']);
    assert.deepEqual(found('He met world number one Pete Sampras.'), ['number one|ordinal|1']);
    assert.deepEqual(found('She was ranked number 12 last year.'), ['number 12|ordinal|12']);
  });

  it('needs a cue: an address, a metonym, a grade or a plain `number` stay what they were', () => {
    assert.deepEqual(found('No 10 said it would respond.'), []);
    assert.deepEqual(found('He lives at No. 10 Downing Street.'), []);
    assert.deepEqual(found('It bought U.S. No.2 wheat.'), []);
    assert.deepEqual(found('a number of people'), []);
    assert.deepEqual(found('He wore the number 10 shirt.'), ['10|count|10']);
    assert.deepEqual(found('No one came, and no 5 people agreed.'), ['5|count|5']);
    assert.deepEqual(found('He said no one else would.'), []);
  });

  it('reads the rank at its marker and says where it ends', () => {
    const ts = tokenStreamOf('the No. 24 seed');
    const r = readRank(ts, tokenAt(ts, 'No'));
    assert.deepEqual([r?.value, r?.kind, ts.toks[r!.next].t], [24, 'ordinal', 'seed']);
    assert.equal(readRank(ts, tokenAt(ts, 'seed')), null);
  });

  it('knows street words in title case only', () => {
    assert.deepEqual(['Street', 'St', 'Road', 'ST', 'Lane', 'street'].map(isStreetWord), [true, true, true, false, false, false]);
  });
});

describe('numbers, find: figures that name', () => {
  it('a phone number after a calling verb is no count', () => {
    assert.deepEqual(found('Residents called 911 and 3 neighbours.'), ['3|count|3']);
    assert.deepEqual(found('He dialled 999 at once.'), []);
  });

  it('a house number before a street is no count', () => {
    assert.deepEqual(found('She lives at 10 Downing Street with 2 cats.'), ['2|count|2']);
  });

  it('a model number named by a model word is a name wherever it stands in the article, and plural model words count', () => {
    assert.deepEqual(found('The 737 Max was grounded. The 737 was idle and 737 jets stayed home for 20 days.'), ['20 days|duration|20']);
    assert.deepEqual(found('Two 787 Dreamliners landed.'), ['Two|count|2']);
  });

  it('a figure after a name alone is not carried to the rest of the article, nor a year', () => {
    assert.deepEqual(found('Stoxx 600 fell as 600 firms reported.'), ['600|count|600']);
    assert.deepEqual(found('the 1996 Series ended in 1996.'), ['1996|year|1996']);
  });
});
