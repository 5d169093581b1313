import * as assert from 'node:assert/strict';
import { isNameLike } from '../../../../../src/core/extract/quotes/speech';
import { quoteStages } from '../../../../../src/core/extract/quotes';
import { fastTokenize } from '../../../../../src/core/text/fastTokenize';
import { EMPTY, stagesOf } from './stages';

describe('quotes/speech: speech or scare quote', () => {
  const cases: [string, string, boolean][] = [
    ['attributed speech', '“We will keep going until the end,” the mayor said.', true],
    ['a short phrase with a speech verb in its sentence', 'The fine was “unjustified,” he said.', true],
    ['a naming verb', 'The company launched what it calls a “special offer” this week.', false],
    ['a so-called term', 'Officials blamed the so-called “shadow fleet” for the spill.', false],
    ['a short quoted name', 'The group “Widows of Soldiers” met on Tuesday.', false],
    ['a short quotation without an attribution verb', 'Fans chanted after the “toughest match ever” ended.', false],
  ];
  for (const [name, body, speech] of cases) {
    it(`${name}: ${speech}`, () => {
      assert.deepEqual(stagesOf(body).speech, [speech]);
    });
  }

  it('takes a headline quotation as speech only when the headline has a speech verb', () => {
    const flags = (text: string) => quoteStages(text, EMPTY, [], fastTokenize(text)).speech;
    assert.deepEqual(flags('‘Speed is of the essence in this war’ Zelensky says\n\nBody text.'), [true]);
    assert.deepEqual(flags('Russia failing to ‘punch through’ in the east\n\nBody text.'), [false]);
  });

  it('reads a quoted name as a name, and a clause or a capitalised word as not', () => {
    assert.equal(isNameLike('Widows of Russian Soldiers'), true);
    assert.equal(isNameLike('Meduza'), true);
    assert.equal(isNameLike('We will win, he said'), false);
    assert.equal(isNameLike('However.'), false);
    assert.equal(isNameLike('toughest match ever'), false);
  });
});
