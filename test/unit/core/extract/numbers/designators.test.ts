import * as assert from 'node:assert/strict';
import { designatorTexts, tokenStreamOf } from './tokenStreamOf';

const names = (text: string) => designatorTexts(tokenStreamOf(text));

describe('numbers, find: designators', () => {
  it('marks model names and codes with letters glued or hyphenated to the figure', () => {
    assert.deepEqual(names('The F-16 and the G7 met an A320 and a Su-27.'), ['F-16', 'G7', 'A320', 'Su-27']);
    assert.deepEqual(names('Covid-19 cases'), ['Covid-19']);
  });

  it('marks a small figure after a capitalised name, not after a month, a unit or a sentence start', () => {
    assert.deepEqual(names('They sent Leopard 2 tanks on BBC Radio 4.'), ['2', '4']);
    assert.deepEqual(names('By March 3 they had 40 tanks. In 2023 Kyiv said 5 km.'), []);
  });

  it('marks plan and model codes and emergency numbers named by what they reach', () => {
    assert.deepEqual(names('My 401(k) and the 737 Max'), ['401(k)', '737', 'Max']);
    assert.deepEqual(names('The 911 dispatcher heard 3 calls.'), ['911']);
  });

  it('marks an emergency number after a calling verb, a house number before a street, and a model number named by a model word throughout', () => {
    assert.deepEqual(names('They called 911 twice.'), ['911']);
    assert.deepEqual(names('At 10 Downing Street.'), ['10']);
    assert.deepEqual(names('Two 787 Dreamliners.'), ['787', 'Dreamliners']);
    assert.deepEqual(names('The 737 Max flew; the 737 was full.'), ['737', 'Max', '737']);
    assert.deepEqual(names('Stoxx 600 fell as 600 firms reported.'), ['600']);
  });

  it('marks version labels and capitalised number words inside names', () => {
    assert.deepEqual(names('They fear mobilization 2.0.'), ['2.0']);
    assert.deepEqual(names('It rose 2.0 points.'), []);
    assert.deepEqual(names('after World War Two ended'), ['Two']);
    assert.deepEqual(names('Two men came.'), []);
  });
});
