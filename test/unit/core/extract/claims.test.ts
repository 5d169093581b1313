import * as assert from 'node:assert/strict';
import { findClaims } from '../../../../src/core/extract/claims';
import { defaultDetector } from '../../../../src/core/extract/claims/detect';
import { ent, lineStructure, num, quote } from '../../claimFixtures';

describe('findClaims', () => {
  const text = [
    'Vladimir Putin has amassed almost 500,000 troops near the border, defence minister Oleksii Reznikov has said.',
    'He said: “Officially they announced 300,000 but when we see the troops at the borders it is much more.”',
    'The talks began on 2 February 2023.',
    'Picture: 2 of 5',
    'Russia held at least 6,000 Ukrainian children in camps, according to Yale University.',
    'The strike killed 89 soldiers, the ministry said.',
  ].join('\n');
  const structure = lineStructure(text, '2023-02-02', { 3: 'furniture' });
  const numbers = [
    num(text, '500,000', { kind: 'count', value: 500000, unit: 'troops', approx: true }),
    num(text, '300,000', { kind: 'count', value: 300000 }),
    num(text, '2 February 2023', { kind: 'date', value: 2023, iso: '2023-02-02' }),
    num(text, '2', { kind: 'count', value: 2 }, text.indexOf('Picture')),
    num(text, '6,000', { kind: 'count', value: 6000, unit: 'children', approx: true }),
    num(text, '89', { kind: 'count', value: 89, unit: 'soldiers' }),
  ];
  const entities = [
    ent(text, 'Vladimir Putin', 'person'),
    ent(text, 'Oleksii Reznikov', 'person'),
    ent(text, 'Russia', 'place'),
    ent(text, 'Yale University', 'organization'),
  ];
  const quotes = [quote(text, 'Officially they announced 300,000 but when we see the troops at the borders it is much more.', 'Oleksii Reznikov')];
  const claims = findClaims({ text, structure, numbers, entities, quotes, article: 'a' });

  it('finds sentences stating a quantity, not dates alone or furniture', () => {
    assert.deepEqual(
      claims.map((c) => c.figure?.text),
      ['500,000', '300,000', '6,000', '89'],
    );
    for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
  });

  it('attributes a claim through "X has said", a quote, and "according to"', () => {
    assert.equal(claims[0].source, 'Oleksii Reznikov');
    assert.equal(claims[1].source, 'Oleksii Reznikov');
    assert.equal(claims[2].source, 'Yale University');
  });

  it('leaves the source null when the sentence names nobody', () => {
    assert.equal(claims[3].source, null);
  });

  it('reads a frame: what is measured, the verb and the time', () => {
    assert.equal(claims[0].frame.measured, 'troop');
    assert.equal(claims[0].frame.predicate, 'amass');
    assert.equal(claims[0].frame.subject, 'Vladimir Putin');
    assert.equal(claims[0].frame.time, '2023-02-02');
    assert.equal(claims[0].kind, 'quantity');
    assert.match(claims[0].subject, /troop/);
  });

  it('gives ids that are stable across runs and distinct for repeated sentences', () => {
    const again = findClaims({ text, structure, numbers, entities, quotes, article: 'a' });
    assert.deepEqual(again.map((c) => c.id), claims.map((c) => c.id));
    const twice = 'Russia has 100,000 troops.\nRussia has 100,000 troops.';
    const s = lineStructure(twice);
    const n = [num(twice, '100,000', { kind: 'count', value: 100000, unit: 'troops' }), num(twice, '100,000', { kind: 'count', value: 100000, unit: 'troops' }, 20)];
    const ids = findClaims({ text: twice, structure: s, numbers: n, entities: [], quotes: [], article: 'b' }).map((c) => c.id);
    assert.equal(ids.length, 2);
    assert.notEqual(ids[0], ids[1]);
    assert.ok(ids.every((id) => id.startsWith('b#')));
  });

  it('carries the date of the article, and numbers are indices into the article numbers', () => {
    assert.equal(claims[0].date, '2023-02-02');
    assert.deepEqual(claims[0].numbers, [0]);
  });

  it('lets a headline repeating a figure take the body source', () => {
    const t = 'Putin amasses 500,000 troops\nPutin has amassed almost 500,000 troops, Oleksii Reznikov said.';
    const s = lineStructure(t, null, { 0: 'title' });
    const n = [num(t, '500,000', { kind: 'count', value: 500000, unit: 'troops' }), num(t, '500,000', { kind: 'count', value: 500000, unit: 'troops', approx: true }, t.indexOf('\n'))];
    const e = [ent(t, 'Putin', 'person', 'Vladimir Putin'), ent(t, 'Putin', 'person', 'Vladimir Putin', t.indexOf('\n')), ent(t, 'Oleksii Reznikov', 'person')];
    const c = findClaims({ text: t, structure: s, numbers: n, entities: e, quotes: [], article: 'c' });
    assert.deepEqual(c.map((x) => x.source), ['Oleksii Reznikov', 'Oleksii Reznikov']);
  });
});

describe('findClaims sources', () => {
  it('reads a passive attribution: "as informed by the outlet X"', () => {
    const text = 'Russia plans to deploy an additional 300,000 soldiers to Ukraine, as informed by the independent news outlet "Wiorstka".';
    const c = findClaims({
      text,
      structure: lineStructure(text, '2024-03-22'),
      numbers: [num(text, '300,000', { kind: 'count', value: 300000, unit: 'soldiers' })],
      entities: [ent(text, 'Russia', 'place'), ent(text, 'Ukraine', 'place')],
      quotes: [],
      article: 'p',
    });
    assert.equal(c[0].source, 'Wiorstka');
  });
});

describe('findClaims without figures', () => {
  const lines = [
    'The court ordered the company to pay compensation to every passenger.',
    'The regulator said the penalty was the largest it had ever imposed.',
    'The collapse of the bridge was caused by corroded cables, investigators found.',
    '“I am so proud of our team,” she said.',
    'What happens next?',
    'Also read: Ten things to know about the storm',
  ];
  const text = lines.join('\n');
  const claims = findClaims({ text, structure: lineStructure(text, '2024-05-01'), numbers: [], entities: [], quotes: [quote(text, 'I am so proud of our team,', 'Jane Doe')], article: 'n' });
  const kindOf = (start: string) => claims.find((c) => c.text.startsWith(start))?.kind;

  it('finds decisions, records and causes, each with its kind', () => {
    assert.equal(kindOf('The court ordered'), 'action');
    assert.equal(kindOf('The regulator said'), 'record');
    assert.equal(kindOf('The collapse'), 'cause');
    for (const c of claims) assert.equal(c.figure, null);
  });

  it('leaves out feelings in quotations, questions and page furniture', () => {
    assert.equal(kindOf('“I am so proud'), undefined);
    assert.equal(kindOf('What happens'), undefined);
    assert.equal(kindOf('Also read'), undefined);
  });

  it('reads negation and modality into the frame', () => {
    const t = 'The ministry did not approve the merger.\nThe bank may raise rates again.';
    const c = findClaims({ text: t, structure: lineStructure(t, '2024-05-01'), numbers: [], entities: [], quotes: [], article: 'm' }, { ...defaultDetector(), threshold: 0 });
    assert.equal(c[0].frame.predicate, 'approve');
    assert.equal(c[0].frame.negated, true);
    assert.equal(c[1].frame.predicate, 'raise');
    assert.equal(c[1].frame.modality, 'may');
    assert.equal(c[1].frame.negated, false);
  });
});

describe('findClaims figures', () => {
  const figureOf = (text: string, numbers: ReturnType<typeof num>[]) => findClaims({ text, structure: lineStructure(text, '2024-05-01'), numbers, entities: [], quotes: [], article: 'f' })[0]?.figure;

  it('takes a duration, a rank or a year when the sentence states no amount', () => {
    const t = 'The strike ended after 53 days.';
    assert.equal(figureOf(t, [num(t, '53 days', { kind: 'duration', value: 53, unit: 'days' })])?.kind, 'duration');
    const r = 'She won her 24th title on Sunday.';
    assert.equal(figureOf(r, [num(r, '24th', { kind: 'ordinal', value: 24 })])?.value, 24);
  });

  const frameOf = (text: string, figure: string) => findClaims({ text, structure: lineStructure(text, '2024-05-01'), numbers: [num(text, figure, { kind: 'count', value: 11300 })], entities: [], quotes: [], article: 'f' })[0]?.frame;

  it('reads the subject as the measured thing when `as` opens a clause after the figure', () => {
    assert.equal(frameOf('The death toll in the coastal city has soared to 11,300 as search efforts continue.', '11,300')?.measured, 'death toll');
  });

  it('measures no thing by a bare count that is its clause subject, not the noun of another clause', () => {
    const f = frameOf('The update, reported on Tuesday, also said 11,300 remain missing.', '11,300');
    assert.equal(f?.measured, null);
    assert.equal(f?.state, 'missing');
    assert.equal(frameOf('The update said 11,300 people remain missing.', '11,300')?.measured, 'person');
  });

  it('takes no gerund after a preposition for the main verb', () => {
    const f = frameOf('The death toll from stunning floods has now reached 11,300.', '11,300');
    assert.notEqual(f?.predicate, 'stun');
    assert.equal(f?.measured, 'death toll');
  });

  it('reads what became of the counted: after the figure, in the measured thing, or just before it', () => {
    const t = 'At least 2,300 people have died and 10,000 are believed missing.';
    const nums = [num(t, '2,300', { kind: 'count', value: 2300 }), num(t, '10,000', { kind: 'count', value: 10000 })];
    const first = findClaims({ text: t, structure: lineStructure(t, '2024-05-01'), numbers: nums, entities: [], quotes: [], article: 'f' })[0];
    assert.equal(first.figure?.value, 2300);
    assert.equal(first.frame.state, 'dead');
    assert.equal(frameOf('As many as 11,300 people are reported missing in the city.', '11,300')?.state, 'missing');
    assert.equal(frameOf('The death toll has soared to 11,300.', '11,300')?.state, 'dead');
    assert.equal(frameOf('The storm also killed about 11,300 people elsewhere.', '11,300')?.state, 'dead');
    assert.equal(frameOf('The army has massed 11,300 troops on the border.', '11,300')?.state, null);
    assert.equal(frameOf('About 11,300 residents were injured in the blast.', '11,300')?.state, 'injured');
  });

  it('prefers an amount to a date in the same sentence', () => {
    const t = 'On 3 May 2024 the council cut 1,200 jobs.';
    const f = figureOf(t, [num(t, '3 May 2024', { kind: 'date', value: 2024, iso: '2024-05-03' }), num(t, '1,200', { kind: 'count', value: 1200, unit: 'jobs' })]);
    assert.equal(f?.value, 1200);
  });
});

describe('findClaims attribution verbs', () => {
  const sourceOf = (text: string, figure: string, entities: ReturnType<typeof ent>[]) =>
    findClaims({ text, structure: lineStructure(text), numbers: [num(text, figure, { kind: 'count', value: 100000, unit: 'troops' })], entities, quotes: [], article: 'v' })[0].source;

  it('"X tells Y to leave" is an order, not an attribution', () => {
    const t = 'Putin tells US officials leave Russia amid fear of invasion after 100,000 troops mass on border';
    assert.equal(sourceOf(t, '100,000', [ent(t, 'Putin', 'person', 'Vladimir Putin'), ent(t, 'Russia', 'place')]), null);
  });

  it('"X told the network that" is an attribution', () => {
    const t = 'Reznikov told the French BFM network that 100,000 troops were deployed.';
    assert.equal(sourceOf(t, '100,000', [ent(t, 'Reznikov', 'person', 'Oleksii Reznikov')]), 'Oleksii Reznikov');
  });

  it('a person speaks, not the body named after her ("X of the Y said")', () => {
    const t = 'Jane Okafor of the Fiscal Council said 100,000 troops had been paid late.';
    assert.equal(sourceOf(t, '100,000', [ent(t, 'Jane Okafor', 'person'), ent(t, 'Fiscal Council', 'organization')]), 'Jane Okafor');
  });

  it('the subject of a relative clause speaks, not a name before it ("X …, a group that claims")', () => {
    const t = 'In a sign that the Kremlin may be considering one, a little-known group that claims to represent widows said 100,000 troops were needed.';
    assert.equal(sourceOf(t, '100,000', [ent(t, 'Kremlin', 'organization')]), null);
    const own = 'Wagner, which claims 100,000 troops, was paid late.';
    assert.equal(sourceOf(own, '100,000', [ent(own, 'Wagner', 'organization')]), 'Wagner');
  });

  it('a country right before the verb speaks ("Russia said")', () => {
    const t = 'Russia said on Wednesday that 100,000 troops had broken through.';
    assert.equal(sourceOf(t, '100,000', [ent(t, 'Russia', 'place')]), 'Russia');
  });
});
