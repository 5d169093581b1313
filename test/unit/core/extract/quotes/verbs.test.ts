import * as assert from 'node:assert/strict';
import { stagesOf } from './stages';

describe('quotes/verbs: which tokens attribute speech', () => {
  it('takes speech verbs, not the same words as nouns', () => {
    const { verbs, tok } = stagesOf('The ministry said the report was late, and his comments angered officials who reported it.');
    assert.equal(verbs.isVerbAt(tok('said')), true);
    assert.equal(verbs.isVerbAt(tok('report')), false);
    assert.equal(verbs.isVerbAt(tok('comments')), false);
    assert.equal(verbs.isVerbAt(tok('reported')), true);
  });

  it('takes `according to` and `issued a statement:` but not `according` alone or a bare `issued`', () => {
    const a = stagesOf('According to the police, “it is over”. The state issued a statement: “No comment.”');
    assert.equal(a.verbs.isVerbAt(a.tok('According')), true);
    assert.equal(a.verbs.isVerbAt(a.tok('issued')), true);
    assert.equal(a.verbs.isVerbAt(a.tok('statement')), false);
    const b = stagesOf('The bank issued new bonds, according as it pleased.');
    assert.equal(b.verbs.isVerbAt(b.tok('issued')), false);
    assert.equal(b.verbs.isVerbAt(b.tok('according')), false);
  });

  it('takes `put it` only in an `as X put it` clause', () => {
    const a = stagesOf('As one analyst put it, “the rate is too high.”');
    assert.equal(a.verbs.isVerbAt(a.tok('put')), true);
    const b = stagesOf('The bank put it in a vault.');
    assert.equal(b.verbs.isVerbAt(b.tok('put')), false);
  });

  it('lists verbs outside quotations’ words: verbFrom and hasVerbIn skip quoted speech verbs', () => {
    const { verbs, tok, text } = stagesOf('“We said no,” Holden told members.');
    assert.equal(verbs.verbFrom(0), tok('told'));
    assert.equal(verbs.hasVerbIn(0, text.indexOf('Holden')), false);
    assert.equal(verbs.hasVerbIn(0, text.length), true);
  });

  it('reads a speech verb form after `of` as a noun (`a series of tweets`)', () => {
    const { verbs, tok } = stagesOf('Trump sent a series of tweets and then tweets again.');
    assert.equal(verbs.isVerbAt(tok('tweets', 0)), false);
    assert.equal(verbs.isVerbAt(tok('tweets', 1)), true);
  });
});
