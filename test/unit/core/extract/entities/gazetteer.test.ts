import * as assert from 'node:assert/strict';
import { gazCategory, gazetteerTags, gazLookup } from '../../../../../src/core/extract/entities/gazetteer';
import { distilGazetteer } from '../../../../../scripts/train/gazetteer';

const word = (w: string) => ({ lower: w.toLowerCase(), ...gazLookup(w.toLowerCase()) });

describe('gazetteer (from GeoNames, ISO 3166, cspell companies and compromise)', () => {
  it('knows places, countries, companies and given names of stories beyond the bundled corpus', () => {
    assert.equal(gazCategory('seattle'), 'city');
    assert.equal(gazCategory('benghazi'), 'city');
    assert.equal(gazCategory('netherlands'), 'country');
    assert.ok(gazLookup('boeing').gazAll.split('+').includes('company'));
    assert.equal(gazCategory('kelly'), 'given');
  });

  it('knows brands named in no other list (simple-icons: Meta)', () => {
    assert.ok(gazLookup('meta').gazAll.split('+').includes('company'));
    const noBrands = distilGazetteer(new Set(['brands']));
    assert.ok(!noBrands.entries.company.includes('meta'));
  });

  it('a word in several lists shows them all to the tagger, and the first to the rules', () => {
    assert.deepEqual(gazLookup('austin').gazAll.split('+').sort(), ['city', 'company', 'given'].filter((c) => gazLookup('austin').gazAll.includes(c)).sort());
    assert.ok(gazLookup('austin').gazAll.includes('+'));
    assert.equal(gazCategory('austin'), 'city');
  });

  it('leaves out city names that are ordinary words (`Police`, `Nice`)', () => {
    assert.notEqual(gazCategory('nice'), 'city');
    assert.notEqual(gazCategory('police'), 'city');
  });

  it('matches multi-word entries over token runs, longest first', () => {
    const { cat, pos } = gazetteerTags(['flew', 'to', 'new', 'york', 'city'].map(word));
    assert.deepEqual(pos.slice(2, 4), ['B', 'I']);
    assert.ok(cat[2].length > 0);
    assert.equal(cat[0], '');
  });

  it('the distiller leaves a source out on request (what each source adds is measured so)', function () {
    this.timeout(20000);
    const all = distilGazetteer();
    const noCities = distilGazetteer(new Set(['cities']));
    // Aachen is in GeoNames only (compromise's lexicon knows Seattle too, so it stays without GeoNames).
    assert.ok(all.entries.city.includes('aachen'));
    assert.ok(!noCities.entries.city.includes('aachen'));
    assert.deepEqual(noCities.sources.map((s) => s.split(' ')[0]), ['countries', 'companies', 'brands', 'compromise']);
  });
});
