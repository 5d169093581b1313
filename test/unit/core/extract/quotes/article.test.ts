import * as assert from 'node:assert/strict';
import { stagesOf, TITLE } from './stages';

describe('quotes/article: lines, sentences and names around quotations', () => {
  it('marks the title line as a heading and the body lines not', () => {
    const { doc } = stagesOf('He said it was “over.” Then he left.\n\nA second paragraph here.');
    assert.equal(doc.headingLine[0], 1);
    assert.equal(doc.headingLine[doc.lineOfPos(TITLE.length)], 0);
    assert.equal(doc.stretchStart[doc.lineOfPos(TITLE.length)], 1);
  });

  it('ends sentences outside quotation marks only', () => {
    const body = 'Rain fell. She said “we will stay. We will win”. The army agreed.';
    const { doc, text } = stagesOf(body);
    const inside = text.indexOf('We will win');
    // The full stop inside the quotation is no sentence end: the sentence runs from `She` to `”.`.
    assert.equal(doc.prevBound(inside), text.indexOf(' She'));
    assert.equal(doc.nextBound(inside), text.indexOf(' The army'));
    assert.deepEqual(doc.sentenceAround(text.indexOf('army')), { start: text.indexOf(' The army'), end: text.length });
  });

  it('maps tokens to the quotation that encloses them', () => {
    const { doc, tok } = stagesOf('He called it “a disaster” yesterday.');
    assert.equal(doc.tokQuote[tok('disaster')], 0);
    assert.equal(doc.tokQuote[tok('yesterday')], -1);
    assert.equal(doc.raws.length, 1);
  });

  it('fills the gaps between the recogniser’s entities with capitalised names', () => {
    const { doc } = stagesOf('Kelly Ortberg met Jon Holden in Seattle.', [['Kelly Ortberg', 'person']]);
    const found = doc.names.map((n) => `${n.text} ${n.entity}`);
    assert.ok(found.includes('Kelly Ortberg true'));
    assert.ok(found.includes('Jon Holden false'));
    assert.ok(!found.includes('Kelly Ortberg false'));
  });

  it('finds the name that ends at a token and the last name in a stretch', () => {
    const { doc, tok } = stagesOf('Defence Secretary Ben Wallace told the BBC.', [['Ben Wallace', 'person'], ['BBC', 'organization']]);
    assert.equal(doc.nameEndingAt(tok('Wallace'))?.text, 'Ben Wallace');
    assert.equal(doc.nameEndingAt(tok('Ben')), null);
    assert.equal(doc.lastNameIn(tok('Defence'), tok('.'))?.speaker, 'BBC');
  });

  it('finds the first person who can be a subject: not after a preposition, not a possessor, not quoted', () => {
    const body = 'With Jon Holden, “Kelly Ortberg” and Lisa Su’s aide, Tom Clarke left.';
    const { doc, text } = stagesOf(body, [['Jon Holden', 'person'], ['Kelly Ortberg', 'person'], ['Lisa Su', 'person'], ['Tom Clarke', 'person']]);
    assert.equal(doc.firstPersonIn(text.indexOf('With'), text.length)?.text, 'Tom Clarke');
    assert.equal(doc.firstPersonIn(text.indexOf('With'), text.indexOf('Tom')), null);
  });
});
