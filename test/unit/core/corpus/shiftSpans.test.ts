import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../../src/core/analyze';
import { move, shiftAnalysis, withTypedNumbers, type TextEdit } from '../../../../src/core/corpus/shiftSpans';
import { findClaims } from '../../../../src/core/extract/claims';
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

  it('re-points a claim to its figures after one before it was dropped, and drops a claim without figures', () => {
    const line = 'Russia has 500,000 troops.\nUkraine said Russia lost 90,000 soldiers.';
    const structure = lineStructure(line);
    const numbers = [num(line, '500,000', { kind: 'count', value: 500000, unit: 'troops' }), num(line, '90,000', { kind: 'count', value: 90000, unit: 'soldiers' })];
    const a = article('a.txt', line, { structure, numbers });
    a.claims = findClaims({ text: line, structure, numbers, entities: [], quotes: [], article: 'a' });
    assert.deepEqual(a.claims.map((c) => c.numbers), [[0], [1]]);
    // Typing inside 500,000 drops that number; the second claim's figure is now number 0.
    const edits = [{ start: line.indexOf('500,000') + 1, end: line.indexOf('500,000') + 1, text: '1' }];
    const after = apply(line, edits);
    const shifted = shiftAnalysis(a, edits, after);
    assert.deepEqual(shifted.numbers.map((n) => n.text), ['90,000']);
    assert.deepEqual(shifted.claims.map((c) => [c.numbers, c.text]), [[[0], a.claims[1].text]]);
    assert.equal(a.claims.length, 2, 'the analysis given is left as it was');
    assert.equal(a.numbers[0].start, line.indexOf('500,000'));
  });

  it('stretches paragraphs, sentences and live-blog entries over an edit inside them, and shifts those after it', () => {
    const two = 'First line here.\nSecond line here.';
    const structure = lineStructure(two);
    structure.entries = structure.paragraphs.map((p, k) => ({ start: p.start, end: p.end, time: `10:0${k}`, author: null, date: null }));
    const a = article('a.txt', two, { structure });
    const edits = [{ start: 6, end: 10, text: 'row' }];
    const shifted = shiftAnalysis(a, edits, apply(two, edits));
    assert.deepEqual(shifted.structure.paragraphs.map((p) => [p.start, p.end]), [[0, 15], [16, 33]]);
    assert.deepEqual(shifted.structure.sentences.map((p) => [p.start, p.end]), [[0, 15], [16, 33]]);
    assert.deepEqual(shifted.structure.entries.map((p) => [p.start, p.end, p.time]), [[0, 15, '10:00'], [16, 33, '10:01']]);
  });
});

describe('move: one span through one edit', () => {
  const span = () => ({ start: 10, end: 20 });
  const moved = (edit: TextEdit, stretch = false) => {
    const x = span();
    return move(x, edit, stretch) ? [x.start, x.end] : 'gone';
  };
  it('leaves a span before the edit, or ending where it starts, alone', () => {
    assert.deepEqual(moved({ start: 25, end: 30, text: '' }), [10, 20]);
    assert.deepEqual(moved({ start: 20, end: 20, text: 'xyz' }), [10, 20]);
  });
  it('shifts a span after the edit, or starting where it ends, by the change in length', () => {
    assert.deepEqual(moved({ start: 0, end: 5, text: 'ab' }), [7, 17]);
    assert.deepEqual(moved({ start: 8, end: 10, text: 'abcd' }), [12, 22]);
    assert.deepEqual(moved({ start: 10, end: 10, text: 'abc' }), [13, 23]);
  });
  it('drops a span the edit touches, unless it may stretch and holds the whole edit', () => {
    assert.equal(moved({ start: 15, end: 16, text: 'abc' }), 'gone');
    assert.deepEqual(moved({ start: 15, end: 16, text: 'abc' }, true), [10, 22]);
    assert.deepEqual(moved({ start: 10, end: 20, text: 'a' }, true), [10, 11], 'the whole span replaced');
    assert.equal(moved({ start: 10, end: 20, text: '' }, true), 'gone', 'nothing left of it');
    assert.equal(moved({ start: 5, end: 15, text: '' }, true), 'gone', 'the edit runs over its start');
    assert.equal(moved({ start: 15, end: 25, text: '' }, true), 'gone', 'the edit runs over its end');
    assert.equal(moved({ start: 5, end: 15, text: 'abc' }, true), 'gone', 'a replacement runs over its start');
    assert.equal(moved({ start: 15, end: 25, text: 'abcdefghijklmnop' }, true), 'gone', 'a replacement runs over its end');
  });
});

describe('withTypedNumbers: a figure typed into an analysed article is found before the analysis', () => {
  const original = 'Troops massed\n\nRussia has massed 100,000 troops on the border, officials said.\n\nMore to follow.';
  const a = analyzeText(original, 'a.txt');
  /** Types `typed` one character at a time after the first paragraph's full stop, as the editor does. */
  function typeInto(typed: string) {
    let text = original;
    let current = a;
    let at = original.indexOf('officials said.') + 'officials said.'.length;
    for (const ch of typed) {
      const next = text.slice(0, at) + ch + text.slice(at);
      current = withTypedNumbers(shiftAnalysis(current, [{ start: at, end: at, text: ch }], next), next, at + 1);
      text = next;
      at++;
    }
    return { text, current };
  }

  it('reads the whole typed figure, keeps the claims their own numbers, and the figures the engine found', () => {
    const { text, current } = typeInto(' About 73,451 soldiers crossed.');
    const typed = current.numbers.find((n) => n.text === '73,451');
    assert.ok(typed, JSON.stringify(current.numbers.map((n) => n.text)));
    assert.equal(text.slice(typed.start, typed.end), '73,451');
    assert.equal(typed.value, 73451);
    assert.ok(!current.numbers.some((n) => n.text === '73' || n.text === '73,4'), 'no part of it is left from typing');
    const claim = current.claims.find((c) => c.text.includes('100,000'));
    assert.ok(claim);
    assert.deepEqual(claim.numbers.map((k) => current.numbers[k].text), ['100,000']);
  });

  it('changes nothing where no figure was typed', () => {
    const { current } = typeInto(' Calm.');
    assert.deepEqual(current.numbers.map((n) => n.text), a.numbers.map((n) => n.text));
  });
});
