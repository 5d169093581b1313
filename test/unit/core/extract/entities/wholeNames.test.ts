import * as assert from 'node:assert/strict';
import { segmentArticle } from '../../../../../src/core/article/segment';
import { recognizeEntities } from '../../../../../src/core/extract/entities';
import { wholeNameMentions } from '../../../../../src/core/extract/entities/wholeNames';
import { fastTokenize } from '../../../../../src/core/text/fastTokenize';
import type { Entity, EntityKind } from '../../../../../src/core/types';

/** The entity over the `nth` occurrence of `words` in `text`. */
function mention(text: string, words: string, kind: EntityKind, nth = 0): Entity {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(words, at + 1);
  return { start: at, end: at + words.length, text: words, kind, canonical: '' };
}

describe('wholeNameMentions: a name of several words found once is found at its other mentions', () => {
  it('adds the name where the tagger found nothing, with the kind it was tagged with', () => {
    const text = 'Kirov Novosti said so. Later, from Kirov Novosti as a lawmaker said.';
    const { added, replaced } = wholeNameMentions(text, [fastTokenize(text)], [mention(text, 'Kirov Novosti', 'organization')]);
    assert.deepEqual(added.map((e) => [e.start, e.text, e.kind]), [[text.lastIndexOf('Kirov'), 'Kirov Novosti', 'organization']]);
    assert.equal(replaced.size, 0);
  });

  it('replaces the pieces the tagger split it into', () => {
    const text = 'Anna van der Berg spoke. Van der Berg told lawmakers. Van der Berg said more.';
    const pieces = [mention(text, 'Van', 'place', 1), mention(text, 'Berg', 'person', 2)];
    const entities = [mention(text, 'Anna van der Berg', 'person'), mention(text, 'Van der Berg', 'person', 0), ...pieces].sort((a, b) => a.start - b.start);
    const { added, replaced } = wholeNameMentions(text, [fastTokenize(text)], entities);
    assert.deepEqual(added.map((e) => [e.start, e.text, e.kind]), [[text.lastIndexOf('Van der Berg'), 'Van der Berg', 'person']]);
    assert.deepEqual([...replaced], pieces);
  });

  it('leaves the words alone inside a longer name, and where a mention runs past them', () => {
    const text = 'Kirov Novosti said so. The Kirov Novosti Agency and Kirov Novosti Group agreed. Old Kirov Novosti too.';
    const longer = mention(text, 'Kirov Novosti Group', 'organization');
    const { added } = wholeNameMentions(text, [fastTokenize(text)], [mention(text, 'Kirov Novosti', 'organization'), longer]);
    assert.deepEqual(added, []);
  });
});

describe('recognizeEntities: names made whole across the article', () => {
  it('a name split at a sentence start takes the whole name found elsewhere', () => {
    const text = ['Sanctions news', '', 'European Commission President Ursula von der Leyen said on Wednesday the bloc would act.', '', '"We will act," Von der Leyen told lawmakers in Strasbourg.', '', 'Von der Leyen said the package would target drones.'].join('\n');
    const last = text.lastIndexOf('Von der Leyen');
    const there = recognizeEntities(text, segmentArticle(text)).filter((e) => e.start < last + 13 && last < e.end);
    assert.deepEqual(there.map((e) => [e.text, e.kind]), [['Von der Leyen', 'person']]);
  });

  it("a sentence's `The` does not keep a name found elsewhere from being repeated", () => {
    const text = ['Defence update', '', 'The Ministry of Defence (MoD) said in its regular bulletin that losses rose.', '', 'The MoD said production levels are falling short.'].join('\n');
    const found = recognizeEntities(text, segmentArticle(text)).filter((e) => e.text === 'MoD');
    assert.deepEqual(found.map((e) => [e.start, e.kind]), [...text.matchAll(/MoD/g)].map((m) => [m.index, 'organization']));
  });

  it('a publication named after a media noun is an organisation at every mention', () => {
    const text = ['Siege news', '', 'The plan was described by the weekly "Koroleva", which cited officials.', '', 'Koroleva said the plan had changed.'].join('\n');
    const found = recognizeEntities(text, segmentArticle(text)).filter((e) => e.text === 'Koroleva');
    assert.deepEqual(found.map((e) => e.kind), ['organization', 'organization']);
  });

  it('a demonym or a day after a media noun is no publication', () => {
    const text = ['Talks', '', 'The official Chinese account of the meeting said little, and the agency Saturday said less.'].join('\n');
    const found = recognizeEntities(text, segmentArticle(text));
    assert.ok(!found.some((e) => e.text === 'Chinese' || e.text === 'Saturday'), JSON.stringify(found));
  });
});
