import * as assert from 'node:assert/strict';
import { chipText, initialsOf } from '../../../../src/core/annotations/chips';

describe('label chips', () => {
  it('initials of names of one and several words', () => {
    assert.equal(initialsOf('Maria Kowalska'), 'MK');
    assert.equal(initialsOf('alice'), 'AL');
    assert.equal(initialsOf('jean-luc de la tour'), 'JLD');
    assert.equal(initialsOf('Ömer Şahin'), 'ÖŞ');
  });

  it('markup and controls in a name do not reach the chip', () => {
    assert.equal(initialsOf('<b>x</b>'), 'BXB');
    assert.equal(initialsOf('\u202e\u0000'), '?');
  });

  it('the chip names the annotator only when there are several', () => {
    assert.equal(chipText('person', 'Maria Kowalska', false), 'person');
    assert.equal(chipText('person', 'Maria Kowalska', true), 'person · MK');
    assert.equal(chipText('place', undefined, true), 'place · ?');
    assert.equal(chipText('a'.repeat(40), undefined, false).length, 24);
  });
});

describe('label chips, at their limits', () => {
  it('takes at most three initials, and two letters of one word counted as characters, not code units', () => {
    assert.equal(initialsOf('Ana Maria Luisa Pérez'), 'AML');
    assert.equal(initialsOf('𝒜lice'), '𝒜L');
    assert.equal(initialsOf('x'), 'X');
    assert.equal(initialsOf(''), '?');
  });

  it('keeps a label of 24 characters whole and cuts a longer one to 23 and an ellipsis', () => {
    const l24 = 'abcdefghijklmnopqrstuvwx';
    assert.equal(chipText(l24, undefined, false), l24);
    assert.equal(chipText(l24 + 'y', undefined, false), 'abcdefghijklmnopqrstuvw…');
  });
});
