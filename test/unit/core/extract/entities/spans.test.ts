import * as assert from 'node:assert/strict';
import { cleanSpan } from '../../../../../src/core/extract/entities/spans';
import { fastTokenize } from '../../../../../src/core/text/fastTokenize';
import type { EntityKind } from '../../../../../src/core/types';

describe('cleanSpan', () => {
  // [tagged words, kind the model gave, the name left (null: not a name), its kind]
  const cases: [string, EntityKind, string | null, EntityKind?][] = [
    ['President Volodymyr Zelensky', 'person', 'Volodymyr Zelensky', 'person'],
    ["Reznikov's", 'person', 'Reznikov', 'person'],
    ['the Kremlin', 'organization', 'Kremlin', 'organization'],
    ['US Secretary of State Antony Blinken', 'organization', 'Antony Blinken', 'person'],
    // The office's last word before a given name (`Secretary of Defense Lloyd Austin`).
    ['Defense Lloyd Austin', 'organization', 'Lloyd Austin', 'person'],
    // Photo labels and picture agencies.
    ['License Photo', 'person', null],
    ['Reuters/File Photo', 'organization', 'Reuters', 'organization'],
    ['Getty Images', 'place', 'Getty Images', 'organization'],
    ['Copyright The Jiji Press', 'organization', 'Jiji Press', 'organization'],
    ['Data Protection Regulation', 'person', null],
    ['St.', 'organization', null],
    ['Martin County', 'person', 'Martin County', 'place'],
    ['Russian', 'place', null],
    // An attitude or a doctrine is not a name.
    ['Russophobia', 'place', null],
    ['Nazism', 'organization', null],
    ['Russia', 'place', 'Russia', 'place'],
    // A capital `The` is no part of a person's name, but stays in a place's.
    ['The Wagner', 'person', 'Wagner', 'person'],
    ['The Hague', 'place', 'The Hague', 'place'],
    // Feasts and treaties are neither people, places nor organisations.
    ['Orthodox Christmas', 'organization', null],
    ['Geneva Conventions', 'place', null],
    ['Minsk Agreement', 'organization', null],
    // A title before the word of a body is part of the body's name.
    ['General Staff', 'person', 'General Staff', 'organization'],
    ['General Mark Milley', 'person', 'Mark Milley', 'person'],
    // A name that ends in a body's word is an organisation.
    ['Soviet Union Navy', 'place', 'Soviet Union Navy', 'organization'],
    ['West Bank', 'place', 'West Bank', 'place'],
    // And one that ends in a word for a stretch of land or water is a place.
    ['Northern Territories', 'organization', 'Northern Territories', 'place'],
    ['Kuril Islands', 'person', 'Kuril Islands', 'place'],
    // Titles and roles stay outside a person's name (issue 29), and a role alone names nobody.
    ['Sheriff William Snyder', 'person', 'William Snyder', 'person'],
    ['CEO Kelly Ortberg', 'person', 'Kelly Ortberg', 'person'],
    ['CEO', 'organization', null],
    ['PhD', 'person', null],
    ['Economist', 'organization', null],
    // A title that is also a surname stays a name alone.
    ['King', 'person', 'King', 'person'],
  ];
  for (const [words, kind, name, nameKind] of cases) {
    it(`${words} (${kind}) → ${name ?? 'no name'}`, () => {
      const tokens = fastTokenize(words);
      const r = cleanSpan(tokens, kind);
      assert.equal(r ? words.slice(r.start, r.end) : null, name);
      if (r) assert.equal(r.kind, nameKind);
    });
  }
});
