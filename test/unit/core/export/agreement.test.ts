import * as assert from 'node:assert/strict';
import { cohensKappa, krippendorffAlpha, spanAgreement, tokenLabels } from '../../../../src/core/export/agreement';

describe('annotator agreement', () => {
  it('span agreement per label, A as reference', () => {
    const a = new Map([['x.txt', [{ label: 'person', start: 0, end: 5 }, { label: 'place', start: 10, end: 14 }]]]);
    const b = new Map([['x.txt', [{ label: 'person', start: 0, end: 5 }, { label: 'person', start: 10, end: 14 }]]]);
    const r = spanAgreement(a, b);
    assert.deepEqual(r.find((x) => x.label === 'person'), { label: 'person', both: 1, onlyA: 0, onlyB: 1, precision: 0.5, recall: 1, f1: 2 / 3 });
    assert.equal(r.find((x) => x.label === 'place')!.recall, 0);
  });

  it("Cohen's kappa: 1 for identical labels, 0.4 for a textbook worked example", () => {
    assert.equal(cohensKappa(['a', 'b', 'a'], ['a', 'b', 'a']), 1);
    // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 → κ = 0.4 (a standard worked example)
    const x = [...Array(20).fill('y'), ...Array(5).fill('y'), ...Array(10).fill('n'), ...Array(15).fill('n')];
    const y = [...Array(20).fill('y'), ...Array(5).fill('n'), ...Array(10).fill('y'), ...Array(15).fill('n')];
    assert.ok(Math.abs(cohensKappa(x, y) - 0.4) < 1e-9);
  });

  it("Cohen's kappa with uneven label counts weighs each annotator's share by the other's", () => {
    // po = 2/4; chance pe = P(A=a)·P(B=a) + P(A=b)·P(B=b) = 3/4·1/4 + 1/4·3/4 = 3/8 → κ = (1/2 − 3/8) / (5/8) = 0.2
    assert.equal(cohensKappa([...'aaab'], [...'abbb']), 0.2);
    assert.equal(cohensKappa([...'abbb'], [...'aaab']), 0.2, 'κ is symmetric');
    // A label only B uses (c) adds nothing to chance agreement: po = 1/2, pe = 2/4·1/4 (a) + 2/4·1/4 (b) = 1/4 → κ = (1/4) / (3/4) = 1/3
    assert.ok(Math.abs(cohensKappa([...'aabb'], [...'acbc']) - 1 / 3) < 1e-12);
    // Agreement below chance is negative: po = 0, pe = 1/2 → κ = −1
    assert.equal(cohensKappa([...'ab'], [...'ba']), -1);
  });

  it("Krippendorff's alpha: 1 for perfect agreement, equal to a hand computation otherwise", () => {
    assert.equal(krippendorffAlpha([['a', 'b', 'a'], ['a', 'b', 'a'], ['a', 'b', 'a']]), 1);
    // Two coders, units (a,a) (a,b) (b,b): o_ab = o_ba = 1, n_a = n_b = 3, n = 6 → α = 1 - 2 / (18/5) = 4/9
    assert.ok(Math.abs(krippendorffAlpha([['a', 'a', 'b'], ['a', 'b', 'b']]) - 4 / 9) < 1e-9);
  });

  it('token labels come from the spans that cover each token', () => {
    const [a, b] = tokenLabels('Oleksii Reznikov met Putin', [[{ label: 'person', start: 0, end: 16 }], [{ label: 'person', start: 21, end: 26 }]]);
    assert.deepEqual(a, ['person', 'person', 'O', 'O']);
    assert.deepEqual(b, ['O', 'O', 'O', 'person']);
  });
});
