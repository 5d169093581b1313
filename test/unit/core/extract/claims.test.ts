import * as assert from 'node:assert/strict';
import { findClaims, isClaimFigure } from '../../../../src/core/extract/claims';
import type { NumberMention } from '../../../../src/core/types';
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
      claims.map((c) => c.figure.text),
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

  it('names what is measured, so that different wordings meet in one topic', () => {
    assert.equal(claims[0].topic, 'russian-troop-numbers');
    assert.equal(claims[1].topic, 'russian-troop-numbers', 'a bare figure takes the countable noun near it');
    assert.equal(claims[2].topic, 'ukrainian-child-held');
    assert.match(claims[3].topic, /troop-losses$/);
    assert.match(claims[0].subject, /troops/);
    assert.equal(claims[0].topicLabel, 'Russian troop numbers');
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

describe('findClaims topics', () => {
  const topicOf = (text: string, figure: string, value: number, unit: string | null, kind: 'count' | 'percent' = 'count') =>
    findClaims({ text, structure: lineStructure(text), numbers: [num(text, figure, { kind, value, unit })], entities: [], quotes: [], article: 't' })[0]?.topic;

  it('a country named as the target of an invasion does not own the troops', () => {
    assert.equal(topicOf('Putin tells US officials leave Russia NOW amid fear of Ukraine invasion after 100,000 troops mass on border', '100,000', 100000, 'troops'), 'russian-troop-numbers');
  });

  it('a bare figure counts the noun after "the number of"', () => {
    assert.equal(topicOf('They say the number of facilities in which Ukrainian children have been held exceeds 430.', '430', 430, null), 'ukrainian-camp-held');
  });

  it('a share of an army is a troop share', () => {
    assert.equal(topicOf('We now estimate 97 per cent of the Russian army is in Ukraine.', '97 per cent', 97, '%', 'percent'), 'russian-troop-share');
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

describe('isClaimFigure: which figures make a sentence checkable', () => {
  const n = (text: string, fields: Partial<NumberMention>): NumberMention => ({ start: 0, end: text.length, text, kind: 'count', value: 1, unit: null, currency: null, approx: false, malformed: false, ...fields });
  const table: [string, Partial<NumberMention>, boolean][] = [
    ['89', { value: 89, unit: 'soldiers' }, true],
    ['2', { value: 2, unit: 'tanks' }, true],
    ['1', { value: 1, unit: 'tank' }, false],
    ['one', { value: 1, unit: 'tank', approx: true }, false],
    ['a', { value: 1, unit: 'dozen' }, false],
    ['An', { value: 1, unit: 'army', approx: true }, false],
    ['a few', { value: 1, unit: 'tanks', approx: true }, true],
    ['100', { value: 100 }, true],
    ['99', { value: 99 }, false],
    ['dozens', { value: 12, approx: true }, true],
    ['5%', { kind: 'percent', value: 5 }, true],
    ['$1', { kind: 'money', value: 1 }, true],
    ['3 km', { kind: 'measure', value: 3 }, true],
    ['2023', { kind: 'year', value: 2023 }, false],
    ['2 February', { kind: 'date', value: 2 }, false],
    ['10:30', { kind: 'time', value: 10.5 }, false],
    ['5,00,0', { value: 5000, malformed: true }, false],
    ['many', { value: null, approx: true }, false],
  ];
  for (const [text, fields, want] of table) {
    it(`${text} (${fields.kind ?? 'count'}${fields.unit ? ' of ' + fields.unit : ''}${fields.approx ? ', approximate' : ''}): ${want ? 'a claim' : 'no claim'}`, () => {
      assert.equal(isClaimFigure(n(text, fields)), want);
    });
  }
});

describe('findClaims without sentences, and in live blogs', () => {
  it('takes each non-blank line as a sentence when the structure has none', () => {
    const text = 'Russia has 100,000 troops.\r\n\r\n   \nUkraine has 200,000 troops.';
    const numbers = [num(text, '100,000', { kind: 'count', value: 100000, unit: 'troops' }), num(text, '200,000', { kind: 'count', value: 200000, unit: 'troops' })];
    const structure = { meta: { title: '', date: '2023-01-01', byline: null }, paragraphs: [], sentences: [], entries: [] };
    const claims = findClaims({ text, structure, numbers, entities: [], quotes: [], article: 'x' });
    assert.deepEqual(claims.map((c) => c.text), ['Russia has 100,000 troops.', 'Ukraine has 200,000 troops.']);
    assert.deepEqual(claims.map((c) => c.numbers), [[0], [1]]);
    assert.deepEqual(claims.map((c) => c.date), ['2023-01-01', '2023-01-01']);
  });

  it('dates a claim in a live-blog entry by the entry, and one above the entries by the newest', () => {
    const text = 'Russia has 100,000 troops.\nRussia has 200,000 troops.\nRussia has 300,000 troops.';
    const structure = lineStructure(text, '2023-01-01');
    const [l0, l1, l2] = structure.paragraphs;
    structure.entries = [
      { start: l1.start, end: l1.end, date: '2023-02-03', time: '12:20' },
      { start: l2.start, end: l2.end, date: '2023-02-02', time: '09:05' },
    ] as typeof structure.entries;
    const numbers = ['100,000', '200,000', '300,000'].map((f) => num(text, f, { kind: 'count', value: Number(f.replace(',', '')), unit: 'troops' }));
    const claims = findClaims({ text, structure, numbers, entities: [], quotes: [], article: 'live' });
    assert.equal(l0.start, 0);
    assert.deepEqual(claims.map((c) => [c.date, c.time]), [['2023-02-03', undefined], ['2023-02-03', '12:20'], ['2023-02-02', '09:05']]);
  });
});
