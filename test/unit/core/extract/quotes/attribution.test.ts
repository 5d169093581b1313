import * as assert from 'node:assert/strict';
import { stagesOf } from './stages';

describe('quotes/attribution: the speaker of one quotation', () => {
  it('reads the attribution after a quotation that starts its sentence', () => {
    const { attributor } = stagesOf('“The attacks are coming in waves,” Haidai said.', [['Haidai', 'person', 'Serhiy Haidai']]);
    assert.equal(attributor.resolveQuote(0, [])?.speaker, 'Serhiy Haidai');
  });

  it('reads the attribution before a quotation inside its sentence', () => {
    const { attributor } = stagesOf('Jon Holden told members: “We made history.”', [['Jon Holden', 'person']]);
    assert.equal(attributor.resolveQuote(0, [])?.speaker, 'Jon Holden');
  });

  it('gives an epigraph its dashed name', () => {
    const { attributor, text } = stagesOf('“It was a shame.” ― Sonya Herridge');
    const r = attributor.resolveQuote(0, []);
    assert.equal(r?.speaker, 'Sonya Herridge');
    assert.equal(text.slice(r?.span?.start, r?.span?.end), 'Sonya Herridge');
  });

  it('carries the previous quotation’s speaker to an unattributed one right after it', () => {
    const body = '“We made history,” Jon Holden said.\n\n“Now we go back to work.”';
    const { attributor } = stagesOf(body, [['Jon Holden', 'person']]);
    const first = attributor.resolveQuote(0, []);
    assert.equal(attributor.resolveQuote(1, [first])?.speaker, 'Jon Holden');
  });

  it('gives no speaker to a pronoun nothing before names', () => {
    const { attributor } = stagesOf('“We will rebuild,” he told newspaper Die Zeit.', [['Die Zeit', 'organization']]);
    assert.equal(attributor.resolveQuote(0, []), null);
  });

  it('gives a quotation inside what a speech verb reports to that verb’s subject, not to `it`', () => {
    const body = 'WASHINGTON -- President Obama, opening the museum on Saturday, said it would tell an American story, one of “suffering and delight.”';
    const { attributor } = stagesOf(body, [['WASHINGTON', 'place', 'Washington'], ['Obama', 'person']]);
    assert.equal(attributor.resolveQuote(0, [])?.speaker, 'Obama');
  });

  it('gives an unattributed quotation after a sentence that attributes nothing to that sentence’s first person', () => {
    const body = 'His partner at Lenox, Lawrence Cummings, called him a master of deals with Tom Clarke. “He showed again and again an ability to put deals together.”';
    const { attributor } = stagesOf(body, [['Lenox', 'organization'], ['Lawrence Cummings', 'person'], ['Tom Clarke', 'person']]);
    assert.equal(attributor.resolveQuote(0, [])?.speaker, 'Lawrence Cummings');
  });

  it('does not take the previous sentence’s person when that sentence has its own attribution or the quotation opens the paragraph', () => {
    const a = stagesOf('Jon Holden said the vote was close. “We will go back to work.”', [['Jon Holden', 'person']]);
    // The attribution of the sentence before carries on (the subject of `said`), not a guess from names.
    assert.equal(a.attributor.resolveQuote(0, [])?.speaker, 'Jon Holden');
    const b = stagesOf('Kelly Ortberg visited the plant.\n\n“We will go back to work.”', [['Kelly Ortberg', 'person']]);
    assert.equal(b.attributor.resolveQuote(0, []), null);
  });

  it('gives a quotation inside a sentence that attributes nothing to that sentence’s subject, not to an earlier paragraph’s speaker', () => {
    const body = '“We need answers,” Tom Roe said.\n\nJane Doe hardly settled it, treating the report as a joke -- “That proves my point entirely” -- and moved on.';
    const { attributor } = stagesOf(body, [['Tom Roe', 'person'], ['Jane Doe', 'person']]);
    const first = attributor.resolveQuote(0, []);
    assert.equal(first?.speaker, 'Tom Roe');
    assert.equal(attributor.resolveQuote(1, [first])?.speaker, 'Jane Doe');
  });

  it('gives such a quotation no sentence subject when the sentence opens with a possessor', () => {
    const body = 'Maria Lopez’s plan was mocked for its claim that Tom Roe would be “the finest mayor the town has seen.”';
    const { attributor } = stagesOf(body, [['Maria Lopez', 'person'], ['Tom Roe', 'person']]);
    assert.equal(attributor.resolveQuote(0, []), null);
  });

  it('gives a quotation set between dashes right after a person’s name to that person, not to the sentence’s speech verb', () => {
    const body = 'Several council members have said the same, including the former mayor Ana Ruiz -- “The budget cannot pass as written” -- and two others.';
    const { attributor } = stagesOf(body, [['Ana Ruiz', 'person']]);
    assert.equal(attributor.resolveQuote(0, [])?.speaker, 'Ana Ruiz');
  });

  it('does not read a name before a dash as the speaker when the quotation is not closed by a dash', () => {
    const body = 'Ana Ruiz attacked her rival, Tom Roe — “He cannot be trusted with the budget,” she said.';
    const { attributor } = stagesOf(body, [['Ana Ruiz', 'person'], ['Tom Roe', 'person']]);
    assert.equal(attributor.resolveQuote(0, [])?.speaker, 'Ana Ruiz');
  });
});
