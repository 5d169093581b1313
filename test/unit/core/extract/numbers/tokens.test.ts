import * as assert from 'node:assert/strict';
import { isSentenceStart, TokenStream, tokenize } from '../../../../../src/core/extract/numbers/tokens';

const toks = (text: string, taken = new Uint8Array(text.length)) => tokenize(text, taken).map((t) => `${t.t}:${t.type}${t.malformed ? '!' : ''}`);

describe('numbers, find: tokens', () => {
  it('splits figures, words and other characters, keeping a grouped figure whole', () => {
    assert.deepEqual(toks('About 2,500 troops (3.5%) left.'), ['About:w', '2,500:n', 'troops:w', '(:p', '3.5:n', '%:p', '):p', 'left:w', '.:p']);
  });

  it('keeps a figure grouped by spaces whole, and a list of figures apart', () => {
    assert.deepEqual(toks('40 000 people'), ['40 000:n', 'people:w']);
    assert.deepEqual(toks('on 22,24,26 May'), ['on:w', '22:n', ',:p', '24:n', ',:p', '26:n', 'May:w']);
  });

  it('merges a malformed figure into one token marked malformed', () => {
    assert.deepEqual(toks('some 3,0o0 men'), ['some:w', '3,0o0:n!', 'men:w']);
  });

  it('leaves out characters an earlier pass took', () => {
    const text = 'call 555 now';
    const taken = new Uint8Array(text.length);
    taken.fill(1, 5, 8);
    assert.deepEqual(toks(text, taken), ['call:w', 'now:w']);
  });

  it('lowercases words only, and types non-ASCII letters as words', () => {
    const [a, b] = tokenize('Zürich 5', new Uint8Array(8));
    assert.deepEqual([a.lc, a.type, b.lc, b.type], ['zürich', 'w', '5', 'n']);
  });

  it('says which tokens touch', () => {
    const text = '5km or 5 km';
    const ts = new TokenStream(text, tokenize(text, new Uint8Array(text.length)), new Uint8Array(0));
    assert.deepEqual([ts.adj(0, 1), ts.adj(3, 4), ts.adj(-1, 0), ts.adj(4, 5)], [true, false, false, false]);
  });

  it('knows a sentence start after a stop, an opening mark or a line break, not after a word', () => {
    const text = 'He left. Two came\n“Three said” and four';
    assert.equal(isSentenceStart(text, 0), true);
    assert.equal(isSentenceStart(text, text.indexOf('Two')), true);
    assert.equal(isSentenceStart(text, text.indexOf('Three')), true);
    assert.equal(isSentenceStart(text, text.indexOf('came')), false);
    assert.equal(isSentenceStart(text, text.indexOf('four')), false);
  });
});
