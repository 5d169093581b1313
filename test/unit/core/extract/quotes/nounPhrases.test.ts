import * as assert from 'node:assert/strict';
import { stagesOf } from './stages';

describe('quotes/nounPhrases: the noun phrase that names a speaker', () => {
  it('reads a name that ends at a token', () => {
    const { phrases, tok } = stagesOf('Jon Holden said so.', [['Jon Holden', 'person']]);
    const np = phrases.readNP(tok('Holden'), tok('Jon'));
    assert.equal(np.res?.speaker, 'Jon Holden');
    assert.equal(np.npStart, tok('Jon'));
  });

  it('reads a description with its head noun', () => {
    const { phrases, tok } = stagesOf('Then the Russian defence ministry said so.');
    const np = phrases.readNP(tok('ministry'), tok('Then'));
    assert.equal(np.res?.kind, 'nominal');
    assert.equal(np.res?.head, 'ministry');
    assert.equal(np.res?.speaker, 'Russian defence ministry');
  });

  it('skips ages and party labels, and reads nothing from a plain noun', () => {
    const a = stagesOf('Smith, 82, said so.');
    assert.equal(a.phrases.readNP(a.tok('82'), a.tok('Smith')).kind, 'skip');
    const b = stagesOf('The weather said nothing.');
    assert.equal(b.phrases.readNP(b.tok('weather'), b.tok('The')).res, null);
  });

  it('reads the speaker after the verb: `said X, one of …`, `according to X`', () => {
    const a = stagesOf('“It is grim,” said Nathaniel Raymond, one of the researchers.', [['Nathaniel Raymond', 'person']]);
    assert.equal(a.phrases.objectAfter(a.tok('said'), a.text.length)?.speaker, 'Nathaniel Raymond');
    const b = stagesOf('The toll rose, according to the Libyan Red Crescent.', [['Libyan Red Crescent', 'organization']]);
    assert.equal(b.phrases.objectAfter(b.tok('according'), b.text.length)?.speaker, 'Libyan Red Crescent');
  });

  it('reads a description of a named party as that name (`The owner of Facebook` for `Meta, the owner of Facebook,`)', () => {
    const { phrases, tok } = stagesOf('Meta, the owner of Facebook, was fined. The owner of Facebook described it.', [['Meta', 'organization'], ['Facebook', 'organization']]);
    const np = phrases.readNP(tok('Facebook', 1), tok('.') + 1);
    assert.equal(np.res?.speaker, 'Meta');
    const none = stagesOf('The owner of Facebook described it.', [['Facebook', 'organization']]);
    assert.equal(none.phrases.readNP(none.tok('Facebook'), none.tok('The')).res, null);
  });
});
