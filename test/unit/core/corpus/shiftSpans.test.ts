import * as assert from 'node:assert/strict';
import { shiftAnalysis, type TextEdit } from '../../../../src/core/corpus/shiftSpans';
import { article, ent, lineStructure, num, quote } from '../../claimFixtures';

function apply(text: string, edits: TextEdit[]): string {
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

describe('shiftAnalysis', () => {
  const text = 'Putin has amassed 500,000 troops, “Reznikov said 300,000 more”.';
  const base = () =>
    article('a.txt', text, {
      structure: lineStructure(text),
      entities: [ent(text, 'Putin', 'person'), ent(text, 'Reznikov', 'person')],
      numbers: [num(text, '500,000', { kind: 'count', value: 500000, unit: 'troops' }), num(text, '300,000', { kind: 'count', value: 300000 })],
      quotes: [quote(text, 'Reznikov said 300,000 more', 'Reznikov')],
    });

  const cases: { name: string; edits: TextEdit[]; entities: string[]; numbers: string[]; quotes: number }[] = [
    { name: 'insertion before every span shifts them all', edits: [{ start: 0, end: 0, text: 'Mr ' }], entities: ['Putin', 'Reznikov'], numbers: ['500,000', '300,000'], quotes: 1 },
    { name: 'insertion inside a number drops it and shifts the rest', edits: [{ start: 20, end: 20, text: '9' }], entities: ['Putin', 'Reznikov'], numbers: ['300,000'], quotes: 1 },
    { name: 'insertion inside a quote stretches the quote', edits: [{ start: 48, end: 48, text: ' really' }], entities: ['Putin', 'Reznikov'], numbers: ['500,000', '300,000'], quotes: 1 },
    { name: 'deleting an entity drops only it', edits: [{ start: 0, end: 6, text: '' }], entities: ['Reznikov'], numbers: ['500,000', '300,000'], quotes: 1 },
    { name: 'typing right after a span leaves it as it was', edits: [{ start: 5, end: 5, text: 'x' }], entities: ['Putin', 'Reznikov'], numbers: ['500,000', '300,000'], quotes: 1 },
    { name: 'two edits in sequence', edits: [{ start: 0, end: 0, text: 'AB' }, { start: 0, end: 1, text: '' }], entities: ['Putin', 'Reznikov'], numbers: ['500,000', '300,000'], quotes: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const after = apply(text, c.edits);
      const shifted = shiftAnalysis(base(), c.edits, after);
      assert.deepEqual(shifted.entities.map((e) => e.text), c.entities);
      assert.deepEqual(shifted.numbers.map((n) => n.text), c.numbers);
      assert.equal(shifted.quotes.length, c.quotes);
      for (const s of [...shifted.entities, ...shifted.numbers, ...shifted.quotes]) assert.equal(after.slice(s.start, s.end), s.text);
      if (c.quotes) assert.ok(shifted.quotes[0].text.startsWith('“') && shifted.quotes[0].text.endsWith('”'));
    });
  }
});
