import * as assert from 'node:assert/strict';
import { segmentArticle } from '../../../../../src/core/article/segment';
import { recognizeEntities } from '../../../../../src/core/extract/entities';

describe('recognizeEntities: a name found once is found at its other mentions', () => {
  it('`Boeing` tagged in one sentence is an organisation where the model saw nothing', () => {
    const text = [
      'Boeing strike ends',
      '',
      'Workers at Boeing, the planemaker, voted to accept a contract offer from Boeing on Monday.',
      '',
      'The long strike cost Boeing billions in delayed production.',
      '',
      'Boeing has maintained a defined contribution plan since then.',
    ].join('\n');
    const found = recognizeEntities(text, segmentArticle(text)).filter((x) => x.text === 'Boeing');
    const starts = [...text.matchAll(/Boeing/g)].map((m) => m.index);
    assert.deepEqual(found.map((x) => x.start), starts);
    assert.ok(found.every((x) => x.kind === found[0].kind));
  });

  it('a word also written in lower case in the article is not repeated', () => {
    const text = ['Storm news', '', 'Officials in Hope said the storm passed.', '', 'There is hope that the roads open soon.'].join('\n');
    const found = recognizeEntities(text, segmentArticle(text));
    assert.ok(!found.some((x) => x.text.toLowerCase() === 'hope' && x.start > text.indexOf('There')), JSON.stringify(found));
  });
});
