import * as assert from 'node:assert/strict';
import { stagesOf } from './stages';

describe('quotes/attribution: the speaker of one quotation', () => {
  it('reads the attribution after a quotation that starts its sentence', () => {
    const { attributor } = stagesOf('“The attacks are coming in waves,” Haidai said.', [['Haidai', 'person', 'Serhiy Haidai']]);
    assert.equal(attributor.resolveQuote(0, [])?.speaker, 'Serhiy Haidai');
  });

  it('reads the attribution before a quotation inside its sentence', () => {
    const { attributor } = stagesOf('Jon Holden told members: “We made history.”', [['Jon Holden', 'person']]);
    assert.equal(attributor.resolveQuote(0, [])?.speaker, 'Jon Holden');
  });

  it('gives an epigraph its dashed name', () => {
    const { attributor, text } = stagesOf('“It was a shame.” ― Sonya Herridge');
    const r = attributor.resolveQuote(0, []);
    assert.equal(r?.speaker, 'Sonya Herridge');
    assert.equal(text.slice(r?.span?.start, r?.span?.end), 'Sonya Herridge');
  });

  it('carries the previous quotation’s speaker to an unattributed one right after it', () => {
    const body = '“We made history,” Jon Holden said.\n\n“Now we go back to work.”';
    const { attributor } = stagesOf(body, [['Jon Holden', 'person']]);
    const first = attributor.resolveQuote(0, []);
    assert.equal(attributor.resolveQuote(1, [first])?.speaker, 'Jon Holden');
  });

  it('gives no speaker to a pronoun nothing before names', () => {
    const { attributor } = stagesOf('“We will rebuild,” he told newspaper Die Zeit.', [['Die Zeit', 'organization']]);
    assert.equal(attributor.resolveQuote(0, []), null);
  });
});
