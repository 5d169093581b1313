import * as assert from 'node:assert/strict';
import type { Annotation } from '../../../../src/core/annotations/schema';
import { disagreements, tokenRows, type AnnotatorAnnotations } from '../../../../src/core/export/annotators';
import { CURATOR, curatedSide, takeSide } from '../../../../src/core/export/curation';
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
    assert.equal(curatedSide(merged, only), 'b');
    assert.deepEqual(merged.slice(0, own.length), own, 'anna\'s annotations unchanged');
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
});
