import * as assert from 'node:assert/strict';
import type { Annotation } from '../../../../src/core/annotations/schema';
import { agreements, disagreements, tokenRows, type AnnotatorAnnotations } from '../../../../src/core/export/annotators';
import { CURATOR, curatedSide, resolve, seedAgreed, takeSide } from '../../../../src/core/export/curation';
import { annotation, SHA } from '../annotations/fixtures';

const TEXT = 'Vladimir Putin met Oleksii Reznikov in Kyiv.';

function person(name: string, spans: [string, string][]): AnnotatorAnnotations {
  const list = spans.map(([exact, label], i) => {
    const a = annotation(TEXT, exact, `${name}${i}`, 0, { label, annotator: name });
    return { label, start: a.target.start, end: a.target.end, annotation: a };
  });
  return { name, spans: new Map([['a.txt', list]]), texts: new Map([['a.txt', TEXT]]), paths: new Map(), warnings: [] };
}

const anna = person('anna', [['Vladimir Putin', 'person'], ['Oleksii Reznikov', 'person'], ['Kyiv', 'place']]);
const ben = person('ben', [['Vladimir Putin', 'person'], ['Kyiv', 'organization'], ['Putin', 'person']]);

describe('disagreements and curation', () => {
  const found = disagreements(anna, ben);
  const labels = found.map((d) => `${d.kind}:${d.text}`);

  it('pairs one span with two labels, and lists spans only one annotator has, in text order', () => {
    assert.deepEqual(labels, ['only-b:Putin', 'only-a:Oleksii Reznikov', 'label:Kyiv']);
  });

  it('taking a side adds it to the merged set as an accepted curated annotation, and switching sides rejects the other', () => {
    const kyiv = found.find((d) => d.kind === 'label')!;
    let merged: Annotation[] = takeSide([], TEXT, SHA, kyiv, 'a', TEXT)!;
    assert.deepEqual(merged.map((x) => [x.label, x.status, x.annotator, x.target.exact]), [['place', 'accepted', CURATOR, 'Kyiv']]);
    assert.equal(curatedSide(merged, kyiv), 'a');
    merged = takeSide(merged, TEXT, SHA, kyiv, 'b', TEXT)!;
    assert.deepEqual(merged.map((x) => [x.label, x.status]), [['place', 'rejected'], ['organization', 'accepted']]);
    assert.equal(curatedSide(merged, kyiv), 'b');
    assert.equal(takeSide(merged, TEXT, SHA, kyiv, 'b', TEXT)!.length, 2, 'taking the same side again changes nothing');
  });

  it('taking the side that has nothing rejects the curated annotation of the other, and never touches the annotators\' own', () => {
    const only = found.find((d) => d.kind === 'only-a')!;
    const own = anna.spans.get('a.txt')!.map((s) => s.annotation);
    let merged = takeSide(own, TEXT, SHA, only, 'a', TEXT)!;
    assert.equal(curatedSide(merged, only), 'a');
    merged = takeSide(merged, TEXT, SHA, only, 'b', TEXT)!;
    assert.equal(curatedSide(merged, only), 'rejected');
    assert.deepEqual(merged.slice(0, own.length), own, 'anna\'s annotations unchanged');
    const curated = merged.filter((x) => x.annotator === CURATOR);
    assert.deepEqual(curated.map((x) => [x.label, x.status, x.target.exact]), [['person', 'rejected', 'Oleksii Reznikov']], 'the accepted one turned rejected, not a second one');
  });

  it('taking the first annotator\'s side of a span only the second marked writes a rejection, so the span counts as resolved', () => {
    const onlyB = found.find((d) => d.kind === 'only-b')!;
    assert.equal(curatedSide([], onlyB), undefined, 'undecided before');
    const merged = takeSide([], TEXT, SHA, onlyB, 'a', TEXT)!;
    assert.deepEqual(merged.map((x) => [x.label, x.status, x.annotator, x.target.exact]), [['person', 'rejected', CURATOR, 'Putin']]);
    assert.equal(curatedSide(merged, onlyB), 'rejected');
    assert.deepEqual(takeSide(merged, TEXT, SHA, onlyB, 'a', TEXT), merged, 'taking it again writes nothing more');
    const back = takeSide(merged, TEXT, SHA, onlyB, 'b', TEXT)!;
    assert.deepEqual(back.map((x) => [x.label, x.status]), [['person', 'accepted']], 'changing one\'s mind turns the rejection back, no duplicate');
    assert.equal(curatedSide(back, onlyB), 'b');
  });

  it('rejects a span only one annotator marked, and rejects both labels of a span with two', () => {
    const onlyA = found.find((d) => d.kind === 'only-a')!;
    const rejected = resolve([], TEXT, SHA, onlyA, 'neither', TEXT)!;
    assert.deepEqual(rejected.map((x) => [x.label, x.status, x.target.exact]), [['person', 'rejected', 'Oleksii Reznikov']]);
    assert.equal(curatedSide(rejected, onlyA), 'rejected');
    const kyiv = found.find((d) => d.kind === 'label')!;
    const taken = takeSide([], TEXT, SHA, kyiv, 'a', TEXT)!;
    const none = resolve(taken, TEXT, SHA, kyiv, 'neither', TEXT)!;
    assert.deepEqual(none.map((x) => [x.label, x.status]), [['place', 'rejected'], ['organization', 'rejected']], 'the accepted label turned rejected, the other recorded as rejected');
    assert.equal(curatedSide(none, kyiv), 'rejected');
    const fromScratch = resolve([], TEXT, SHA, kyiv, 'neither', TEXT)!;
    assert.deepEqual(fromScratch.map((x) => [x.label, x.status]), [['place', 'rejected'], ['organization', 'rejected']]);
    assert.equal(curatedSide(fromScratch, kyiv), 'rejected');
  });

  it('takes both labels of one span with two', () => {
    const kyiv = found.find((d) => d.kind === 'label')!;
    const both = resolve(takeSide([], TEXT, SHA, kyiv, 'b', TEXT)!, TEXT, SHA, kyiv, 'both', TEXT)!;
    assert.deepEqual(both.map((x) => [x.label, x.status]), [['organization', 'accepted'], ['place', 'accepted']]);
    assert.equal(curatedSide(both, kyiv), 'both');
    assert.equal(curatedSide(takeSide(both, TEXT, SHA, kyiv, 'a', TEXT)!, kyiv), 'a', 'then one side again');
  });

  it('starts the gold set from the spans both marked with one label, once, keeping a curator\'s rejection', () => {
    const agreed = agreements(anna, ben);
    assert.deepEqual(agreed.map((g) => [g.label, g.text]), [['person', 'Vladimir Putin']], 'Kyiv has two labels and Putin/Reznikov one annotator each');
    const first = seedAgreed([], TEXT, SHA, agreed, TEXT);
    assert.equal(first.added, 1);
    assert.deepEqual(first.annotations.map((x) => [x.label, x.status, x.annotator, x.target.exact]), [['person', 'accepted', CURATOR, 'Vladimir Putin']]);
    assert.equal(seedAgreed(first.annotations, TEXT, SHA, agreed, TEXT).added, 0, 'seeding twice adds nothing');
    const rejectedByCurator = first.annotations.map((x) => ({ ...x, status: 'rejected' as const }));
    assert.equal(seedAgreed(rejectedByCurator, TEXT, SHA, agreed, TEXT).added, 0, 'a curator\'s rejection stands');
    const moved = seedAgreed([], 'Update. ' + TEXT, SHA, agreed, TEXT);
    assert.equal(moved.annotations[0].target.start, agreed[0].start + 8, 'anchored into the workspace copy');
    assert.equal(seedAgreed([], 'Nothing in common here at all.', SHA, agreed, TEXT).added, 0);
  });

  it('the gold set holds the agreed spans plus the resolved disagreements, and nothing rejected', () => {
    let merged = seedAgreed([], TEXT, SHA, agreements(anna, ben), TEXT).annotations;
    for (const d of found) merged = resolve(merged, TEXT, SHA, d, d.kind === 'label' ? 'a' : d.kind === 'only-a' ? 'a' : 'neither', TEXT)!;
    const gold = merged.filter((x) => x.annotator === CURATOR && x.status === 'accepted').map((x) => `${x.label}:${x.target.exact}`);
    assert.deepEqual(gold.sort(), ['person:Oleksii Reznikov', 'person:Vladimir Putin', 'place:Kyiv']);
    assert.ok(found.every((d) => curatedSide(merged, d)), 'every disagreement resolved');
  });

  it('anchors a disagreement from another copy of the text, and refuses when the span is gone', () => {
    const kyiv = found.find((d) => d.kind === 'label')!;
    const edited = 'Update. ' + TEXT;
    const merged = takeSide([], edited, SHA, kyiv, 'a', TEXT)!;
    assert.equal(merged[0].target.start, kyiv.start + 8);
    assert.equal(takeSide([], 'Nothing in common here at all.', SHA, kyiv, 'a', TEXT), undefined);
  });

  it('counts agreement over the tokens of articles someone annotated, not of untouched ones', () => {
    const withUntouched = (p: AnnotatorAnnotations): AnnotatorAnnotations => ({ ...p, texts: new Map([...p.texts, ['b.txt', 'Nobody has read this article yet.']]) });
    const { rows, articles } = tokenRows([withUntouched(anna), withUntouched(ben)]);
    assert.equal(articles, 1);
    // Layers organization, person, place: each counts the 8 tokens of a.txt.
    assert.equal(rows[0].length, 3 * 8, 'the 8 tokens of a.txt only, once per label layer');
    assert.deepEqual(rows[0].slice(8, 11), ['person', 'person', 'O']);
  });

  it('taking a side again, later, changes nothing: no decision is stamped anew', () => {
    const kyiv = found.find((d) => d.kind === 'label')!;
    const merged = takeSide(takeSide([], TEXT, SHA, kyiv, 'a', TEXT)!, TEXT, SHA, kyiv, 'b', TEXT)!;
    const later = new Date('2030-01-01T00:00:00.000Z');
    assert.deepEqual(takeSide(merged, TEXT, SHA, kyiv, 'b', TEXT, later), merged, 'the accepted side and the rejected one keep their times');
  });

  it('a curated annotation over a longer or shorter span is not the decision on this one', () => {
    const carl = person('carl', [['Vladimir', 'person']]);
    const carlFull = person('carl', [['Vladimir Putin', 'person']]);
    const none = person('dana', []);
    const [short] = disagreements(carl, none);
    const [full] = disagreements(carlFull, none);
    const merged = takeSide([], TEXT, SHA, short, 'a', TEXT)!;
    assert.equal(curatedSide(merged, full), undefined, '"Vladimir Putin" is still undecided');
    const both = takeSide(merged, TEXT, SHA, full, 'a', TEXT)!;
    assert.deepEqual(both.map((x) => [x.target.exact, x.status]), [['Vladimir', 'accepted'], ['Vladimir Putin', 'accepted']]);
  });

  it('one label rejected and the other never decided leaves a two-label span undecided', () => {
    const kyiv = found.find((d) => d.kind === 'label')!;
    const placeRejected = takeSide([], TEXT, SHA, kyiv, 'a', TEXT)!.map((x) => ({ ...x, status: 'rejected' as const }));
    assert.equal(curatedSide(placeRejected, kyiv), undefined);
  });

  it("a side taken or an agreed span seeded keeps its annotator's note", () => {
    const kyiv = found.find((d) => d.kind === 'label')!;
    const noted = { ...kyiv, a: { ...kyiv.a!, annotation: { ...kyiv.a!.annotation, note: 'the capital' } } };
    assert.equal(takeSide([], TEXT, SHA, noted, 'a', TEXT)![0].note, 'the capital');
    const [g] = agreements(anna, ben);
    const onlyB = { ...g, a: { ...g.a, annotation: { ...g.a.annotation, note: undefined } }, b: { ...g.b, annotation: { ...g.b.annotation, note: 'president' } } };
    assert.equal(seedAgreed([], TEXT, SHA, [onlyB], TEXT).annotations[0].note, 'president');
  });

  it("seeds an agreed span beside the annotators' own annotations and a curated one of another label there", () => {
    const agreed = agreements(anna, ben);
    const own = anna.spans.get('a.txt')!.map((s) => s.annotation);
    assert.equal(seedAgreed(own, TEXT, SHA, agreed, TEXT).added, 1, "anna's own person annotation is not the merged set's");
    const otherLabel = seedAgreed([], TEXT, SHA, agreed, TEXT).annotations.map((x) => ({ ...x, label: 'organization' }));
    assert.equal(seedAgreed(otherLabel, TEXT, SHA, agreed, TEXT).added, 1);
  });
});
