import * as assert from 'node:assert/strict';
import { resolution } from '../../../../../src/core/extract/quotes/resolution';
import { stagesOf } from './stages';

describe('quotes/referents: what pronouns and descriptions stand for', () => {
  it('resolves `he` to the latest compatible person, and `it` to the latest organisation', () => {
    const body = 'The Kremlin met Jon Holden in Seattle. He was calm and it was too.';
    const { referents, text } = stagesOf(body, [['Kremlin', 'organization'], ['Jon Holden', 'person'], ['Seattle', 'place']]);
    assert.equal(referents.resolvePronoun('person', text.indexOf('He was'))?.speaker, 'Jon Holden');
    assert.equal(referents.resolvePronoun('thing', text.indexOf('it was'))?.speaker, 'Kremlin');
    assert.equal(referents.resolvePronoun('plural', text.indexOf('it was')), null);
  });

  it('finds the one person named after a role, and no one when the role names two', () => {
    const one = stagesOf('Boeing CEO Kelly Ortberg visited Seattle.', [['Boeing', 'organization'], ['Kelly Ortberg', 'person']]);
    assert.equal(one.referents.personWithRole('ceo')?.canonical, 'Kelly Ortberg');
    assert.equal(one.referents.personWithRole('mayor'), null);
    const two = stagesOf('CEO Kelly Ortberg met CEO Jon Holden.', [['Kelly Ortberg', 'person'], ['Jon Holden', 'person']]);
    assert.equal(two.referents.personWithRole('ceo'), null);
  });

  it('resolves `the ministry` to the latest name with that word, `the secretary` to the latest person with that title', () => {
    const body = 'Defence Secretary Ben Wallace visited the Defence Ministry. Later the ministry said and the secretary said.';
    const { referents, text } = stagesOf(body, [['Ben Wallace', 'person'], ['Defence Ministry', 'organization', 'Ministry of Defence']]);
    const at = (word: string, head: string) => resolution(word, 'nominal', { start: text.lastIndexOf(word), end: text.lastIndexOf(word) + word.length }, head);
    assert.equal(referents.resolveNominal(at('the ministry', 'ministry'))?.speaker, 'Ministry of Defence');
    assert.equal(referents.resolveNominal(at('the secretary', 'secretary'))?.speaker, 'Ben Wallace');
  });

  it('leaves an unspecific description unresolved', () => {
    const { referents, text } = stagesOf('Nothing named here. The report said so.');
    const pos = text.indexOf('The report');
    assert.equal(referents.resolveNominal(resolution('report', 'nominal', { start: pos, end: pos + 10 }, 'report')), null);
  });

  it('finds the name a definite description stands in apposition to', () => {
    const { referents } = stagesOf('Meta, the owner of Facebook, was fined. Nobody else, the owner of nothing, spoke.', [['Meta', 'organization'], ['Facebook', 'organization']]);
    assert.equal(referents.describedName('owner of facebook')?.canonical, 'Meta');
    // Only before a comma, a parenthesis or a full stop: not `the owner of facebook pages`.
    assert.equal(referents.describedName('owner of face'), null);
    assert.equal(referents.describedName('chief of staff'), null);
  });

  it('resolves `the central bank` to an organisation whose canonical name has that word', () => {
    const body = 'The BOJ raised rates. Later the central bank said so.';
    const { referents, text } = stagesOf(body, [['BOJ', 'organization', 'Bank of Japan']]);
    const pos = text.indexOf('the central bank');
    const r = referents.resolveNominal(resolution('central bank', 'nominal', { start: pos, end: pos + 16 }, 'bank'));
    assert.equal(r?.speaker, 'Bank of Japan');
  });

  it('lets `police` speak as a body when the article names no police force, and names the force when it does', () => {
    const bare = stagesOf('Crowds gathered downtown. Police say they have enough officers.');
    const pos = bare.text.indexOf('Police');
    assert.equal(bare.referents.resolveNominal(resolution('Police', 'nominal', { start: pos, end: pos + 6 }, 'police'))?.speaker, 'Police');
    const named = stagesOf('The Harbour City Police met. Police say they have enough officers.', [['Harbour City Police', 'organization']]);
    const at = named.text.lastIndexOf('Police');
    assert.equal(named.referents.resolveNominal(resolution('Police', 'nominal', { start: at, end: at + 6 }, 'police'))?.speaker, 'Harbour City Police');
    // Other bare bodies stay unresolved (`Officials said`, `The government said`).
    const gov = bare.text.indexOf('Crowds');
    assert.equal(bare.referents.resolveNominal(resolution('government', 'nominal', { start: gov, end: gov + 6 }, 'government')), null);
  });
});
