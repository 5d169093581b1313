import * as assert from 'node:assert/strict';
import { cohensKappa, krippendorffAlpha, tokenLabels } from '../../../../src/core/export/agreement';

describe('agreement per label layer', () => {
  const TEXT = '“Putin sent 500,000 troops,” Reznikov said.';
  const span = (s: string, label: string) => ({ label, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  const quote = span('“Putin sent 500,000 troops,”', 'quote');
  const claim = span('“Putin sent 500,000 troops,”', 'claim');
  const putin = span('Putin', 'person');

  it('identical annotations agree fully whatever their order and nesting (κ = α = 1)', () => {
    const rows = tokenLabels(TEXT, [
      [quote, claim, putin],
      [putin, claim, quote],
      [claim, putin, quote],
    ]);
    assert.equal(cohensKappa(rows[0], rows[1]), 1);
    assert.equal(krippendorffAlpha(rows), 1);
  });

  it('an entity inside a quotation counts in its own layer', () => {
    const [withName, without] = tokenLabels(TEXT, [[quote, putin], [quote]]);
    assert.notDeepEqual(withName, without);
    assert.ok(cohensKappa(withName, without) < 1);
    // One unit per token in each layer the text's annotators used.
    const tokens = tokenLabels(TEXT, [[quote]])[0].length;
    assert.equal(withName.length, 2 * tokens, 'two layers: quote and person');
    assert.equal(withName.filter((l) => l === 'person').length, 1);
  });
});
