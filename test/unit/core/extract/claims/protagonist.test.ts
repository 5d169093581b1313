import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../../../src/core/analyze';

describe('claim frames: the article’s protagonist is no evidence of one fact', () => {
  it('the organisation named throughout is left out of every frame’s entities, a place is kept', () => {
    const text = [
      ' date 2024-03-19 Bank of Japan ends negative rates',
      '',
      'The Bank of Japan raised its short-term rate to a range of 0 to 0.1 per cent on Tuesday, its first hike in 17 years.',
      '',
      'The Bank of Japan also ended purchases of exchange-traded funds that had reached 37 trillion yen, Tokyo traders said.',
      '',
      'The Bank of Japan said inflation of 2 per cent was in sight, and the Bank of Japan expects wages to rise by 5 per cent in Japan.',
    ].join('\n');
    const a = analyzeText(text, 'x.txt');
    assert.ok(a.claims.length >= 2, JSON.stringify(a.claims.map((c) => c.text)));
    for (const c of a.claims) assert.ok(!c.frame.entities.includes('Bank of Japan'), JSON.stringify(c.frame.entities));
    assert.ok(a.claims.some((c) => c.frame.entities.includes('Japan') || c.frame.entities.includes('Tokyo')));
  });
});
