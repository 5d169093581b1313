import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../src/core/analyze';

describe('analyzeText: who wrote a live blog is not who speaks in it', () => {
  const text = [
    'Ukraine news – live: Russia pushes east',
    'Russia sends more troops to Luhansk',
    'Tuesday 14 February 2023 12:20 , Jane Okafor',
    'The governor of Luhansk said troops were arriving.',
    '“We see that they are transferring 2,000 people,” he said.',
  ].join('\n\n');
  const a = analyzeText(text, 'live.txt');

  it('names the author of an entry as a person', () => {
    const author = a.entities.find((e) => e.text === 'Jane Okafor');
    assert.equal(author?.kind, 'person', JSON.stringify(a.entities));
  });

  it('does not take the author for `he` in the entry', () => {
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker, null);
    const claim = a.claims.find((c) => c.text.includes('2,000'));
    assert.ok(claim, JSON.stringify(a.claims));
    assert.equal(claim.source, null);
  });
});
