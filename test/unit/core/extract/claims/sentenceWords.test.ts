import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Entity, NumberMention, Quote } from '../../../../../src/core/types';
import { viewSentence } from '../../../../../src/core/extract/claims/sentenceWords';

// Each word of a sentence is marked with the first entity, number and quotation (in start
// order) that holds it: the frame reads its subject and figure through these marks. The
// lookup was rewritten to stay linear in sentences of thousands of figures (issue 30), so
// it is checked against the plain definition on random, nested and overlapping spans.

interface Span { start: number; end: number }
const firstHolding = (items: readonly Span[], s: number, e: number) => items.findIndex((x) => x.start <= s && e <= x.end);

const TEXT = 'Officials said 500 troops and 12 tanks reached Kharkiv on Monday, “a record”, the ministry said.';
const span = fc.tuple(fc.nat(TEXT.length), fc.nat(40)).map(([start, len]) => ({ start, end: Math.min(TEXT.length, start + len + 1) }));
const sortedSpans = fc.array(span, { maxLength: 12 }).map((xs) => xs.sort((a, b) => a.start - b.start || a.end - b.end));

describe('viewSentence', () => {
  it('marks each word with the first entity, number and quotation that holds it, however they nest', () => {
    fc.assert(
      fc.property(sortedSpans, sortedSpans, sortedSpans, (ents, nums, qs) => {
        const view = viewSentence(TEXT, 0, TEXT.length, ents as Entity[], nums as NumberMention[], qs as Quote[]);
        assert.ok(view.words.length > 10);
        for (const w of view.words) {
          assert.equal(w.entity, firstHolding(view.entities, w.start, w.end), `entity of ${w.text}`);
          assert.equal(w.number, firstHolding(view.numbers, w.start, w.end), `number of ${w.text}`);
          assert.equal(w.quoted, firstHolding(view.quotes, w.start, w.end) >= 0, `quoted ${w.text}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('marks the figure words of a sentence with their own number', () => {
    const at = (w: string) => ({ start: TEXT.indexOf(w), end: TEXT.indexOf(w) + w.length });
    const nums = [at('500 troops'), at('12 tanks')] as NumberMention[];
    const view = viewSentence(TEXT, 0, TEXT.length, [], nums, [at('“a record”')] as Quote[]);
    const mark = (t: string) => view.words.find((w) => w.text === t)!;
    assert.deepEqual([mark('500').number, mark('troops').number, mark('12').number, mark('tanks').number, mark('Officials').number], [0, 0, 1, 1, -1]);
    assert.deepEqual([mark('record').quoted, mark('ministry').quoted], [true, false]);
  });
});
