import * as assert from 'node:assert/strict';
import { countOf } from '../../../../src/core/util/countOf';

describe('countOf', () => {
  it('says a count with its noun, plural unless the count is one', () => {
    assert.equal(countOf(1, 'claim'), '1 claim');
    assert.equal(countOf(0, 'article'), '0 articles');
    assert.equal(countOf(2, 'related claim'), '2 related claims');
  });
});
