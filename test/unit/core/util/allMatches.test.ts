import * as assert from 'node:assert/strict';
import { allMatches } from '../../../../src/core/util/allMatches';

/** What a caller reads from a match: where it is, what it is, its groups. */
const shape = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0], ...m.slice(1)]);

describe('allMatches', () => {
  const cases: [string, RegExp, string][] = [
    ['words', /[\p{L}][\p{L}’'.-]*/gu, 'Russia’s 500,000 troops, Putin said.'],
    ['groups', /(\d+)\s*(km|miles)/g, '3 km (1.9 miles), 36 km'],
    ['no match', /troops/g, 'no figures here'],
    ['empty matches', /x*/g, 'axxb'],
    ['empty matches over a surrogate pair (unicode)', /(?:)/gu, 'a😀b'],
    ['empty matches over a surrogate pair (no unicode)', /(?:)/g, 'a😀b'],
    ['case-insensitive alternation', /\b(?:killed|dead)\b/gi, 'Killed, DEAD and killed'],
  ];
  for (const [name, re, text] of cases) {
    it(`finds what matchAll finds: ${name}`, () => {
      assert.deepEqual(shape(allMatches(re, text)), shape([...text.matchAll(re)]));
    });
  }

  it('reuses the expression and leaves it ready for the next caller', () => {
    const re = /\d+/g;
    re.lastIndex = 5; // left by an earlier exec: allMatches still starts at the beginning
    assert.deepEqual(shape(allMatches(re, '12 and 34')), [[0, '12'], [7, '34']]);
    assert.equal(re.lastIndex, 0);
    assert.deepEqual(shape(allMatches(re, '56')), [[0, '56']]);
  });

  it('refuses an expression without the g flag, which exec would match at the same place forever', () => {
    assert.throws(() => allMatches(/\d+/, '1 2'), /global/);
  });
});
