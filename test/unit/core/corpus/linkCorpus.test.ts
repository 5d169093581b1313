import * as assert from 'node:assert/strict';
import { linkCorpus } from '../../../../src/core/corpus/linkCorpus';
import { article, ent, lineStructure, quote } from '../../claimFixtures';
import { claim } from './claimLinking/claimFrames';

describe('linkCorpus: one name per entity across articles', () => {
  it('carries a name merged across articles into quote speakers and claim sources, subjects, places and names', () => {
    const textA = 'Volodymyr Zelensky visited Donetsk. Donetsk was shelled. Volodymyr Zelensky left.';
    const a = article('a.txt', textA, { structure: lineStructure(textA), entities: [ent(textA, 'Volodymyr Zelensky', 'person'), ent(textA, 'Donetsk', 'place'), ent(textA, 'Donetsk', 'place', 'Donetsk', 20), ent(textA, 'Volodymyr Zelensky', 'person', 'Volodymyr Zelensky', 40)] });
    const textB = '"We hold," Zelensky said in DONETSK, where NATO met.';
    const b = article('b.txt', textB, {
      structure: lineStructure(textB),
      entities: [ent(textB, 'Zelensky', 'person'), ent(textB, 'DONETSK', 'place'), ent(textB, 'NATO', 'organization')],
      quotes: [quote(textB, 'We hold,', 'Zelensky'), quote(textB, 'We hold,', null)],
    });
    const c = claim('b#1', { source: 'Zelensky', subject: 'Zelensky', entities: ['Zelensky', 'DONETSK', 'Volodymyr Zelensky', 'NATO'] });
    c.frame.place = 'DONETSK';
    b.claims = [c];
    const untouched = claim('b#2', { source: 'NATO', subject: null });
    b.claims.push(untouched);
    linkCorpus([a, b]);
    assert.deepEqual(
      b.entities.map((e) => e.canonical),
      ['Volodymyr Zelensky', 'Donetsk', 'NATO'],
    );
    assert.equal(b.quotes[0].speaker, 'Volodymyr Zelensky');
    assert.equal(b.quotes[1].speaker, null);
    assert.equal(c.source, 'Volodymyr Zelensky');
    assert.equal(c.frame.subject, 'Volodymyr Zelensky');
    assert.equal(c.frame.place, 'Donetsk');
    assert.deepEqual(c.frame.entities, ['Volodymyr Zelensky', 'Donetsk', 'NATO'], 'renamed, each once');
    assert.equal(untouched.source, 'NATO');
    assert.equal(untouched.frame.subject, null);
  });
});
