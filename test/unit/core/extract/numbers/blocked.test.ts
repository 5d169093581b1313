import * as assert from 'node:assert/strict';
import { blockNonNumbers } from '../../../../../src/core/extract/numbers/blocked';

/** The runs of text the pass claims. */
function blocked(text: string): string[] {
  const taken = new Uint8Array(text.length);
  blockNonNumbers(text, taken);
  const runs: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!taken[i]) continue;
    let e = i;
    while (taken[e]) e++;
    runs.push(text.slice(i, e));
    i = e;
  }
  return runs;
}

describe('numbers, find: text that is not numbers', () => {
  it('claims URLs, e-mail addresses, hashtags and handles', () => {
    assert.deepEqual(blocked('See https://x.org/a/2024/5 now'), ['https://x.org/a/2024/5']);
    assert.deepEqual(blocked('Write to desk24@news.example.com today'), ['desk24@news.example.com']);
    assert.deepEqual(blocked('Tagged #G7 by @user42.'), ['#G7', '@user42']);
  });

  it('claims phone numbers of nine digits or more, starting with 0 or + or in three groups', () => {
    assert.deepEqual(blocked('Call +44 20 7946 0958 today'), ['+44 20 7946 0958']);
    assert.deepEqual(blocked('Call 020 7946 0958 today'), ['020 7946 0958']);
  });

  it('leaves figures, ISO dates and short groups alone', () => {
    assert.deepEqual(blocked('On 2024-03-19 it rose 2.5% to 1 234 567 units and 12 34 56.'), []);
  });
});
