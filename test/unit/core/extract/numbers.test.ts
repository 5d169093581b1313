import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { segmentArticle } from '../../../../src/core/article/segment';
import { extractNumbers } from '../../../../src/core/extract/numbers';
import type { ArticleStructure, NumberMention } from '../../../../src/core/types';

const EMPTY: ArticleStructure = { meta: { title: '', date: null, byline: null }, paragraphs: [], sentences: [], entries: [] };
const CORPUS = path.resolve(__dirname, '../../../../../corpus');

function find(text: string): NumberMention[] {
  return extractNumbers(text, EMPTY);
}

/** The one mention whose text is `span` (fails when there is none). */
function mention(text: string, span: string): NumberMention {
  const ms = find(text).filter((m) => m.text === span);
  assert.equal(ms.length, 1, `expected one mention "${span}" in ${JSON.stringify(text)}, got ${JSON.stringify(find(text).map((m) => m.text))}`);
  return ms[0];
}

interface Case {
  text: string;
  span: string;
  want: Partial<NumberMention>;
}

// Sentences from the seed articles and beyond: the span found and the fields it must carry.
const CASES: Case[] = [
  // counts and their nouns
  { text: 'Vladimir Putin has amassed almost 500,000 troops as tensions rise.', span: '500,000', want: { kind: 'count', value: 500000, unit: 'troops', approx: true } },
  { text: 'The Russian president has gathered 300,000 men to be entered into a general mobilisation.', span: '300,000', want: { kind: 'count', value: 300000, unit: 'men', approx: false } },
  { text: 'an offensive in Ukraine that killed 89 soldiers – the deadliest incident', span: '89', want: { kind: 'count', value: 89, unit: 'soldiers' } },
  { text: 'Russia has held at least 6,000 Ukrainian children with the aim of re-education.', span: '6,000', want: { kind: 'count', value: 6000, unit: 'children', approx: true } },
  { text: 'Norway will send eight German-made Leopard 2 battle tanks to Ukraine.', span: 'eight', want: { kind: 'count', value: 8, unit: 'tanks' } },
  { text: 'Russia wants to mobilize even 300 thousand new soldiers.', span: '300 thousand', want: { kind: 'count', value: 300000, unit: 'soldiers' } },
  { text: 'in the country of about 2.6 million people, one of Europe’s poorest', span: '2.6 million', want: { kind: 'count', value: 2.6e6, unit: 'people', approx: true } },
  { text: 'a massive assault across ten fronts.', span: 'ten', want: { kind: 'count', value: 10, unit: 'fronts' } },
  { text: 'an attack from the air involving up to 3,500 paratroopers', span: '3,500', want: { kind: 'count', value: 3500, unit: 'paratroopers', approx: true } },
  { text: 'the deaths of roughly half a million residents', span: 'half a million', want: { kind: 'count', value: 500000, unit: 'residents', approx: true } },
  // `and a half` before the scale word: the scale takes the whole.
  { text: 'Some one and a half million people have fled the region.', span: 'one and a half million', want: { kind: 'count', value: 1500000, unit: 'people' } },
  { text: 'The plan costs three and a half billion dollars.', span: 'three and a half billion dollars', want: { kind: 'money', value: 3500000000, currency: 'USD' } },
  { text: 'They waited two and a half years.', span: 'two and a half years', want: { kind: 'duration', value: 2.5 } },
  // Thousands grouped by spaces (SI style): one figure, no-break spaces too.
  { text: 'The price rose to 40 000 euros.', span: '40 000 euros', want: { kind: 'money', value: 40000, currency: 'EUR' } },
  { text: 'About 12\u00a0000 troops and 300 tanks crossed.', span: '12\u00a0000', want: { kind: 'count', value: 12000, unit: 'troops' } },
  { text: 'He played 3 games in 2 000 minutes.', span: '3', want: { kind: 'count', value: 3, unit: 'games' } },
  // Indian English multipliers.
  { text: 'Police seized Rs 2.5 crore in cash.', span: 'Rs 2.5 crore', want: { kind: 'money', value: 25000000, currency: 'INR' } },
  { text: 'Over 10 lakh people attended the rally.', span: '10 lakh', want: { kind: 'count', value: 1000000, unit: 'people' } },
  { text: 'increased anti-Ukrainian propaganda by more than tenfold to levels not seen', span: 'tenfold', want: { kind: 'count', value: 10, approx: true } },
  { text: 'four times the rate reported over the June-July period', span: 'four times', want: { kind: 'count', value: 4, unit: 'times' } },
  { text: 'There were 4 hundred people.', span: '4 hundred', want: { kind: 'count', value: 400, unit: 'people' } },
  { text: 'Currently, there are twenty-eight thousand six hundred forty-two students enrolled.', span: 'twenty-eight thousand six hundred forty-two', want: { value: 28642, unit: 'students' } },
  { text: 'the researchers believe the number of facilities exceeds 43.', span: '43', want: { kind: 'count', value: 43, approx: true } },
  // vague amounts
  { text: 'an attack by civilians that killed dozens of conscripts.', span: 'dozens', want: { kind: 'count', value: 12, high: 120, unit: 'conscripts', approx: true } },
  { text: 'Hundreds of thousands of men left Russia after the recall.', span: 'Hundreds of thousands', want: { kind: 'count', value: 1e5, high: 1e6, unit: 'men', approx: true } },
  { text: 'supported on the battlefield by tens of thousands of mercenaries', span: 'tens of thousands', want: { value: 1e4, high: 1e5, unit: 'mercenaries', approx: true } },
  { text: 'called on Putin on Tuesday to mobilize millions of men.', span: 'millions', want: { value: 1e6, unit: 'men', approx: true } },
  // fractions
  { text: 'A third of those screened were obese.', span: 'A third', want: { kind: 'count', value: 1 / 3 } },
  { text: 'Nearly two-thirds of the combined sales came from CDs.', span: 'two-thirds', want: { value: 2 / 3, approx: true } },
  { text: 'Russia now holds nearly all of Luhansk and over half of Donetsk.', span: 'half', want: { value: 0.5, approx: true } },
  { text: 'About one-fifth of Russians agreed.', span: 'one-fifth', want: { kind: 'count', value: 0.2, approx: true } },
  { text: 'Defence takes one tenth of the budget.', span: 'one tenth', want: { kind: 'count', value: 0.1 } },
  { text: 'One in five adults said they would leave.', span: 'One in five', want: { kind: 'count', value: 0.2, unit: null } },
  { text: 'One in every four households has cut its heating.', span: 'One in every four', want: { kind: 'count', value: 0.25, unit: null } },
  { text: 'Polls show 3 in 10 voters back him.', span: '3 in 10', want: { kind: 'count', value: 0.3, unit: null } },
  { text: 'He was arrested 2 in 2023 and freed.', span: '2023', want: { kind: 'year', value: 2023 } },
  // percent
  { text: 'Russia failing to ‘punch through’ despite 97% of army at war', span: '97%', want: { kind: 'percent', value: 97, unit: '%' } },
  { text: 'We now estimate 97 per cent of the Russian army is in Ukraine.', span: '97 per cent', want: { kind: 'percent', value: 97, unit: '%' } },
  { text: 'growing almost five percent a year', span: 'five percent', want: { kind: 'percent', value: 5, approx: true } },
  { text: 'In Europe: Stoxx 50 -1.3% FTSE -0.6%.', span: '-1.3%', want: { kind: 'percent', value: -1.3 } },
  // money
  { text: 'a seventh package of military support worth €500m.', span: '€500m', want: { kind: 'money', value: 5e8, currency: 'EUR', unit: null } },
  { text: 'Tesla had about $7.2 billion in revenue.', span: '$7.2 billion', want: { kind: 'money', value: 7.2e9, currency: 'USD', approx: true } },
  { text: 'The package will include export bans worth more than 10 billion euros.', span: '10 billion euros', want: { kind: 'money', value: 1e10, currency: 'EUR', approx: true } },
  { text: 'a fee for deposits of more than 7.5 million Danish crowns (US $1.1 million).', span: '7.5 million Danish crowns', want: { kind: 'money', value: 7.5e6, currency: 'DKK' } },
  { text: 'priced at 8.99 Australian dollars per month', span: '8.99 Australian dollars', want: { kind: 'money', value: 8.99, currency: 'AUD' } },
  { text: 'a budget of 1.23 billion hryvnias was approved', span: '1.23 billion hryvnias', want: { kind: 'money', value: 1.23e9, currency: 'UAH' } },
  { text: 'The fine was RUB 500,000 and was paid.', span: 'RUB 500,000', want: { kind: 'money', value: 500000, currency: 'RUB' } },
  { text: 'Heineken Malaysia rose to RM23.50.', span: 'RM23.50', want: { kind: 'money', value: 23.5, currency: 'MYR' } },
  { text: 'Vecturas shares rose 6.5% to 164p.', span: '164p', want: { kind: 'money', value: 164, unit: 'p', currency: 'GBP' } },
  { text: 'Spot gold was marginally higher at $1,271.2 an ounce.', span: '$1,271.2', want: { kind: 'money', value: 1271.2 } },
  { text: 'That account revenue target is US$ 1MM this year.', span: 'US$ 1MM', want: { kind: 'money', value: 1e6, currency: 'USD' } },
  { text: 'The fund raised $3 mm from investors.', span: '$3 mm', want: { kind: 'money', value: 3e6, currency: 'USD' } },
  // Multipliers after a figure, spelt out, abbreviated or attached: each one's own size.
  { text: 'The deal is worth £1.2bn to the Treasury.', span: '£1.2bn', want: { kind: 'money', value: 1.2e9, currency: 'GBP' } },
  { text: 'Aid of $4.5 bn was pledged.', span: '$4.5 bn', want: { kind: 'money', value: 4.5e9, currency: 'USD' } },
  { text: 'Gazprom lost 300 bln roubles last year.', span: '300 bln roubles', want: { kind: 'money', value: 3e11, currency: 'RUB' } },
  { text: 'The fund has €250mn to invest.', span: '€250mn', want: { kind: 'money', value: 2.5e8, currency: 'EUR' } },
  { text: 'Global debt passed $300tn in 2023.', span: '$300tn', want: { kind: 'money', value: 3e14, currency: 'USD' } },
  { text: 'The club paid £35m for the striker.', span: '£35m', want: { kind: 'money', value: 3.5e7, currency: 'GBP' } },
  { text: 'Donations of $10k poured in.', span: '$10k', want: { kind: 'money', value: 1e4, currency: 'USD' } },
  { text: 'He carried a 9mm pistol.', span: '9mm', want: { kind: 'measure', value: 9, unit: 'mm' } },
  // measures
  { text: 'retreated to a distance of up to 3 km (1.9 miles) from the lines', span: '3 km', want: { kind: 'measure', value: 3, unit: 'km', approx: true } },
  { text: 'retreated to a distance of up to 3 km (1.9 miles) from the lines', span: '1.9 miles', want: { kind: 'measure', value: 1.9, unit: 'miles', approx: true } },
  { text: 'detected by radar at an altitude of about 36,000 feet.', span: '36,000 feet', want: { kind: 'measure', value: 36000, unit: 'feet', approx: true } },
  { text: 'NATO countries are increasing production of 155 mm artillery rounds', span: '155 mm', want: { kind: 'measure', value: 155, unit: 'mm' } },
  { text: 'The 12.3m tonnes of jet fuel used annually', span: '12.3m tonnes', want: { kind: 'measure', value: 1.23e7, unit: 'tonnes' } },
  { text: 'Temperatures dropped by 1 to 1.5 degrees Celsius.', span: '1 to 1.5 degrees Celsius', want: { kind: 'measure', value: 1, high: 1.5 } },
  { text: 'a 10-gallon water cooler had toppled', span: '10-gallon', want: { kind: 'measure', value: 10, unit: 'gallon' } },
  // durations and ranges
  { text: 'the Russian army may lose up to 70,000 people in the next 4-5 months.', span: '4-5 months', want: { kind: 'duration', value: 4, high: 5, unit: 'months' } },
  { text: 'staff who have been in Moscow for more than three years were ordered home', span: 'three years', want: { kind: 'duration', value: 3, unit: 'years', approx: true } },
  { text: 'rocket system attacks in the last 24 hours and 7 missile strikes', span: '24 hours', want: { kind: 'duration', value: 24, unit: 'hours' } },
  { text: 'The flying time would normally be 2h30m or less.', span: '2h30m', want: { kind: 'duration', value: 2.5 } },
  { text: 'The youngest child identified was just four months old.', span: 'four months old', want: { kind: 'duration', value: 4 } },
  { text: 'to mark the one-year anniversary of the war', span: 'one-year', want: { kind: 'duration', value: 1, unit: 'year' } },
  { text: 'The average upper limit for adults is between 15kHz and 17kHz.', span: '15kHz and 17kHz', want: { kind: 'measure', value: 15, high: 17, unit: 'kHz' } },
  { text: 'Apple had projected US $89 to $93 billion in revenue.', span: 'US $89 to $93 billion', want: { kind: 'money', value: 8.9e10, high: 9.3e10, currency: 'USD' } },
  { text: 'I make $12.50, work 40 to 50 hours a week, he said.', span: '40 to 50 hours', want: { kind: 'duration', value: 40, high: 50 } },
  { text: 'The 2014-15 Highlander offered two options.', span: '2014-15', want: { kind: 'year', value: 2014, high: 2015 } },
  // one quantity in two units, valued in the larger
  { text: 'he is 5 feet 2 inches', span: '5 feet 2 inches', want: { kind: 'measure', value: 5 + 2 / 12, unit: 'feet' } },
  { text: 'The fare was thirteen dollars and forty-five cents.', span: 'thirteen dollars and forty-five cents', want: { kind: 'money', value: 13.45, currency: 'USD', unit: null } },
  { text: 'Tickets were £5 and 50p.', span: '£5 and 50p', want: { kind: 'money', value: 5.5, currency: 'GBP' } },
  { text: 'The march lasted 2 hours and 30 minutes.', span: '2 hours and 30 minutes', want: { kind: 'duration', value: 2.5, unit: 'hours' } },
  { text: 'He was held for about three years and four months.', span: 'three years and four months', want: { kind: 'duration', value: 3 + 4 / 12, approx: true } },
  // dates and times
  { text: '2 February 2023, 16:24', span: '2 February 2023', want: { kind: 'date', iso: '2023-02-02', value: 2023 } },
  { text: '2 February 2023, 16:24', span: '16:24', want: { kind: 'time', value: 1624, iso: '16:24' } },
  { text: '2:09 PM EDT, March 22, 2024', span: '2:09 PM EDT', want: { kind: 'time', value: 1409 } },
  { text: '2:09 PM EDT, March 22, 2024', span: 'March 22, 2024', want: { kind: 'date', iso: '2024-03-22', value: 2024 } },
  { text: 'Tuesday, 19 Nov 2024', span: 'Tuesday, 19 Nov 2024', want: { kind: 'date', iso: '2024-11-19' } },
  { text: 'date 2023-02-02 Putin amasses troops', span: '2023-02-02', want: { kind: 'date', iso: '2023-02-02' } },
  { text: 'were being ordered to fly home by January 31.', span: 'January 31', want: { kind: 'date', iso: '--01-31', value: null } },
  { text: 'a general mobilisation in September, however', span: 'September', want: { kind: 'date', iso: '--09', value: null } },
  { text: 'the previous mobilization drive in the fall of 2022.', span: 'fall of 2022', want: { kind: 'date', iso: '2022', value: 2022 } },
  { text: 'since the start of the war in February 2022.', span: 'February 2022', want: { kind: 'date', iso: '2022-02' } },
  { text: 'a one-minute silence at 11am on 24 February', span: '11am', want: { kind: 'time', value: 1100 } },
  { text: 'a one-minute silence at 11am on 24 February', span: '24 February', want: { kind: 'date', iso: '--02-24' } },
  { text: 'after 12:01 a.m. EDT (0401 GMT) on Friday', span: '0401 GMT', want: { kind: 'time', value: 401 } },
  // years and ordinals
  { text: 'levels not seen since its 2014 invasion of the country.', span: '2014', want: { kind: 'year', value: 2014, unit: null } },
  { text: 'The two sides have been negotiating in 2022.', span: '2022', want: { kind: 'year', value: 2022 } },
  { text: 'The European Council agreed a seventh package of support.', span: 'seventh', want: { kind: 'ordinal', value: 7 } },
  { text: 'to mark the first anniversary of the invasion', span: 'first', want: { kind: 'ordinal', value: 1 } },
  { text: 'The history of the 21st century is short.', span: '21st', want: { kind: 'ordinal', value: 21 } },
  { text: 'the twenty-fifth anniversary', span: 'twenty-fifth', want: { kind: 'ordinal', value: 25 } },
  // malformed
  { text: 'It is estimated some 14,000 have been killed, including more than 3,0o0 civilians.', span: '3,0o0', want: { kind: 'count', value: null, malformed: true, unit: 'civilians', approx: true } },
];

describe('extractNumbers', () => {
  describe('finds each kind with its value, unit and flags', () => {
    for (const c of CASES) {
      it(`${c.span} in "${c.text.slice(0, 60)}"`, () => {
        const m = mention(c.text, c.span);
        for (const [k, v] of Object.entries(c.want)) {
          assert.deepEqual((m as unknown as Record<string, unknown>)[k], v, `${k} of "${c.span}"`);
        }
        assert.equal(c.text.slice(m.start, m.end), m.text);
      });
    }
  });

  describe('leaves out designators, model names, phone numbers and URLs', () => {
    const NOT: [string, string[]][] = [
      ['Washington would not supply F-16 jets to Ukraine.', ['16', 'F-16']],
      ['delivery of German-made Leopard 1 and Leopard 2 battle tanks', ['1', '2']],
      ['escorted by two Su-27 Flankers and a Russian IL-20M', ['27', '20']],
      ['Ben Wallace told BBC Radio 4’s Today programme.', ['4']],
      ['Covid-19 cases fell in the G7 countries.', ['19', '7']],
      ['indistinguishable from Shahed-131 and -136 attack drones and Mohajer 6 vehicles', ['131', '-136', '136', '6']],
      ['at the end of World War Two the islands were seized', ['Two']],
      ['independent reporters are calling it "mobilization 2.0."', ['2.0']],
      ['Email us or call 0207 782 4104. You can WhatsApp us on 07423 720 250.', ['0207', '782', '4104', '07423', '720', '250']],
      ['See https://example.com/page/2023/12 or www.site.org/44 for more.', ['2023', '12', '44']],
      ['France will send AMX-10 RC light armored combat vehicles', ['10']],
      ['Bristol City came from behind to beat Charlton 2-1 in a thriller.', ['2-1', '2', '1']],
    ];
    for (const [text, bad] of NOT) {
      it(`nothing from ${bad.join(', ')} in "${text.slice(0, 50)}"`, () => {
        const got = find(text).map((m) => m.text);
        for (const b of bad) assert.ok(!got.includes(b), `"${b}" should not be a number in ${JSON.stringify(text)} (got ${JSON.stringify(got)})`);
      });
    }
    it('still counts the tanks in "36 Leopard 2 tanks"', () => {
      const ms = find('Norway has 36 Leopard 2 tanks in total.');
      assert.deepEqual(ms.map((m) => [m.text, m.value, m.unit]), [['36', 36, 'tanks']]);
    });
  });

  describe('the pronoun "one"', () => {
    it('is not a count in "one of the researchers"', () => {
      assert.deepEqual(find('Nathaniel Raymond, one of the researchers, said.'), []);
    });
    it('is not a count when it stands alone', () => {
      assert.deepEqual(find('the Kremlin may now be considering one.'), []);
    });
    it('is a count before a noun', () => {
      assert.equal(mention('on any one axis to achieve a decisive effect', 'one').value, 1);
    });
  });

  it('keeps two quantities apart when the second is no part of the first', () => {
    const spans = (text: string) => find(text).map((m) => m.text);
    assert.deepEqual(spans('It took 2 hours 90 minutes.'), ['2 hours', '90 minutes'], 'more minutes than an hour holds');
    assert.deepEqual(spans('a 6 feet, 10 inches gap'), ['6 feet', '10 inches'], 'a comma between');
    assert.deepEqual(spans('It cost $5 and 50 pence.'), ['$5', '50 pence'], 'pence are no part of a dollar');
    assert.deepEqual(spans('in the last 24 hours and 7 missile strikes'), ['24 hours', '7'], 'a count after a duration');
  });

  it('reads a money pair as two mentions', () => {
    const text = 'the 10th package of sanctions, worth a total of 11 billion euros ($11.79 billion), would target trade';
    const ms = find(text).filter((m) => m.kind === 'money');
    assert.deepEqual(ms.map((m) => [m.text, m.value, m.currency]), [['11 billion euros', 11e9, 'EUR'], ['$11.79 billion', 11.79e9, 'USD']]);
    assert.equal(mention(text, '10th').kind, 'ordinal');
  });

  it('gives offsets that slice back to the text, in order, without overlaps (all seed articles)', function () {
    if (!fs.existsSync(CORPUS)) this.skip(); // the seed corpus is not in this checkout
    for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(CORPUS, f), 'utf8');
      const ms = find(text);
      assert.ok(ms.length > 0, f);
      let last = -1;
      for (const m of ms) {
        assert.equal(text.slice(m.start, m.end), m.text, `${f} ${m.start}`);
        assert.ok(m.start >= last, `${f}: overlap at ${m.start}`);
        assert.ok(m.end > m.start);
        last = m.end;
        if (m.high !== undefined) assert.ok(m.value !== null && m.high > m.value, `${f}: range ${m.text}`);
        if (m.kind === 'money') assert.ok(m.currency !== null, `${f}: currency of ${m.text}`);
        else assert.equal(m.currency, null);
      }
    }
  });

  it('uses UTF-16 offsets after astral characters', () => {
    const text = '🇺🇦 Russia lost 89 soldiers.';
    const m = mention(text, '89');
    assert.equal(m.start, text.indexOf('89'));
  });

  it('does not depend on sentences or paragraphs on the 51 KB live blog', function () {
    const file = path.join(CORPUS, '004-live-russia-failing-to-punch-through.txt');
    if (!fs.existsSync(file)) this.skip(); // the seed live blog is not in this checkout
    const text = fs.readFileSync(file, 'utf8');
    const ms = extractNumbers(text, EMPTY);
    assert.ok(ms.length > 150);
    assert.deepEqual(extractNumbers(text, segmentArticle(text)), ms);
  });
});
