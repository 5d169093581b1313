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

  it('span agreement over articles only one annotator has, labels in alphabetical order, 0 (not NaN) where nothing was found', () => {
    const a = new Map([
      ['x.txt', [{ label: 'person', start: 0, end: 5 }, { label: 'person', start: 20, end: 25 }, { label: 'place', start: 10, end: 14 }]],
      ['only-a.txt', [{ label: 'organization', start: 0, end: 3 }]],
    ]);
    const b = new Map([
      ['x.txt', [{ label: 'person', start: 0, end: 5 }, { label: 'person', start: 10, end: 14 }, { label: 'person', start: 30, end: 35 }]],
      ['only-b.txt', [{ label: 'time', start: 1, end: 2 }]],
    ]);
    const r = spanAgreement(a, b);
    assert.deepEqual(r.map((x) => x.label), ['organization', 'person', 'place', 'time']);
    const [organization, person, place, time] = r;
    // person: A's 0-5 is B's too, A's 20-25 is not, B's 10-14 and 30-35 are not A's: precision 1/3, recall 1/2, F1 = 2·(1/6)/(5/6) = 0.4
    assert.deepEqual({ ...person, f1: undefined }, { label: 'person', both: 1, onlyA: 1, onlyB: 2, precision: 1 / 3, recall: 1 / 2, f1: undefined });
    assert.ok(Math.abs(person.f1 - 0.4) < 1e-12, String(person.f1));
    assert.deepEqual(place, { label: 'place', both: 0, onlyA: 1, onlyB: 0, precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(organization, { label: 'organization', both: 0, onlyA: 1, onlyB: 0, precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(time, { label: 'time', both: 0, onlyA: 0, onlyB: 1, precision: 0, recall: 0, f1: 0 });
    // Precision equal to recall: F1 is that value.
    const even = spanAgreement(new Map([['x.txt', [{ label: 'place', start: 0, end: 1 }, { label: 'place', start: 2, end: 3 }]]]), new Map([['x.txt', [{ label: 'place', start: 0, end: 1 }, { label: 'place', start: 4, end: 5 }]]]));
    assert.deepEqual(even, [{ label: 'place', both: 1, onlyA: 1, onlyB: 1, precision: 0.5, recall: 0.5, f1: 0.5 }]);
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

  it("Cohen's kappa is 1, not NaN, with nothing to compare or when both give every token one label (chance agreement 1)", () => {
    assert.equal(cohensKappa([], []), 1);
    assert.equal(cohensKappa(['O', 'O', 'O'], ['O', 'O', 'O']), 1);
  });

  it("Krippendorff's alpha: 1 for perfect agreement, equal to a hand computation otherwise", () => {
    assert.equal(krippendorffAlpha([['a', 'b', 'a'], ['a', 'b', 'a'], ['a', 'b', 'a']]), 1);
    // Two coders, units (a,a) (a,b) (b,b): o_ab = o_ba = 1, n_a = n_b = 3, n = 6 → α = 1 - 2 / (18/5) = 4/9
    assert.ok(Math.abs(krippendorffAlpha([['a', 'a', 'b'], ['a', 'b', 'b']]) - 4 / 9) < 1e-9);
    // The same with labels that share their first letters: each label is its own value.
    assert.ok(Math.abs(krippendorffAlpha([['person', 'person', 'place'], ['person', 'place', 'place']]) - 4 / 9) < 1e-9);
  });

  it("Krippendorff's alpha with three coders and uneven label counts, by hand", () => {
    // Units (a,a,a) (a,a,b) (b,b,b), each pair weighted 1/(m−1) = 1/2: o_aa = 4, o_ab = o_ba = 1, o_bb = 3;
    // n_a = 5, n_b = 4, n = 9 → α = 1 − (n−1)·(o_ab + o_ba) / (n_a·n_b + n_b·n_a) = 1 − 8·2/40 = 0.6
    const alpha = krippendorffAlpha([
      ['a', 'a', 'b'],
      ['a', 'a', 'b'],
      ['a', 'b', 'b'],
    ]);
    assert.ok(Math.abs(alpha - 0.6) < 1e-12, String(alpha));
    // Two coders, units (a,a) (a,a) (a,b): n_a = 5, n_b = 1, n = 6 → α = 1 − 5·2/(5 + 5) = 0: no better than chance.
    assert.ok(Math.abs(krippendorffAlpha([['a', 'a', 'a'], ['a', 'a', 'b']])) < 1e-12);
  });

  it("Krippendorff's alpha is 1, not NaN, with no annotators, no units, or one label everywhere", () => {
    assert.equal(krippendorffAlpha([]), 1);
    assert.equal(krippendorffAlpha([[], []]), 1);
    assert.equal(krippendorffAlpha([['O', 'O'], ['O', 'O'], ['O', 'O']]), 1);
  });

  it('token labels come from the spans that cover each token', () => {
    const [a, b] = tokenLabels('Oleksii Reznikov met Putin', [[{ label: 'person', start: 0, end: 16 }], [{ label: 'person', start: 21, end: 26 }]]);
    assert.deepEqual(a, ['person', 'person', 'O', 'O']);
    assert.deepEqual(b, ['O', 'O', 'O', 'person']);
  });
});
