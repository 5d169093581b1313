import * as assert from 'node:assert/strict';
import { canonicalizeArticle } from '../../../../../src/core/extract/entities/canonical';
import type { Entity, EntityKind } from '../../../../../src/core/types';

let at = 0;
const e = (text: string, kind: EntityKind): Entity => ({ start: at, end: (at += text.length + 1) - 1, text, kind, canonical: '' });

describe('canonicalizeArticle: acronyms', () => {
  const cases: [full: string, acronym: string][] = [
    ['Bank of Japan', 'BOJ'],
    ['International Association of Machinists and Aerospace Workers', 'IAM'],
    ['Data Protection Commission', 'DPC'],
    ['Institute for the Study of War', 'ISW'],
  ];
  for (const [full, acronym] of cases) {
    it(`${acronym} stands for ${full}, named in full in the article`, () => {
      const es = [e(full, 'organization'), e(acronym, 'person'), e(acronym, 'organization')];
      canonicalizeArticle(es);
      assert.deepEqual(es.map((x) => [x.canonical, x.kind]), es.map(() => [full, 'organization']));
    });
  }

  it('an acronym two organisations could stand for keeps its own name', () => {
    const es = [e('Bank of Japan', 'organization'), e('Board of Judges', 'organization'), e('BOJ', 'organization')];
    canonicalizeArticle(es);
    assert.equal(es[2].canonical, 'BOJ');
  });

  it('a place is never an acronym’s long form (`UK` stays `UK` beside `United Kingdom`)', () => {
    const es = [e('United Kingdom', 'place'), e('UK', 'place')];
    canonicalizeArticle(es);
    assert.equal(es[1].canonical, 'UK');
  });
});
