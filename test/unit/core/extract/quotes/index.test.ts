import * as assert from 'node:assert/strict';
import { extractQuotes, findQuoteSpans, splitLines } from '../../../../../src/core/extract/quotes';
import type { ArticleStructure, Entity, EntityKind } from '../../../../../src/core/types';

const EMPTY: ArticleStructure = { meta: { title: '', date: null, byline: null }, paragraphs: [], sentences: [], entries: [] };

/** Hand-built entities: every occurrence of each name, with its kind and canonical name. */
function ents(text: string, spec: [string, EntityKind, string?][]): Entity[] {
  const out: Entity[] = [];
  for (const [name, kind, canonical] of spec) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      out.push({ start: i, end: i + name.length, text: name, kind, canonical: canonical ?? name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// A title line first, so that the sentence under test is body text.
const T = 'Headline of the article\n\n';

function quotes(body: string, spec: [string, EntityKind, string?][] = []) {
  const text = T + body;
  return { text, qs: extractQuotes(text, EMPTY, ents(text, spec)) };
}

describe('extractQuotes: attribution patterns', () => {
  const cases: { name: string; body: string; ents: [string, EntityKind, string?][]; quote: string; speaker: string | null }[] = [
    { name: 'X said: “…”', body: 'In a statement, EU foreign policy chief Josep Borell said: “We will continue supporting Ukraine for as long as it takes.”', ents: [['Josep Borell', 'person']], quote: '“We will continue supporting Ukraine for as long as it takes.”', speaker: 'Josep Borell' },
    { name: '“…,” X said', body: '“The attacks are coming from different directions in waves,” Haidai said.', ents: [['Haidai', 'person', 'Serhiy Haidai']], quote: '“The attacks are coming from different directions in waves,”', speaker: 'Serhiy Haidai' },
    { name: '“…,” said X', body: '"We will impose sanctions on a number of politicians," said European Commission chief Ursula von der Leyen after a summit.', ents: [['European Commission', 'organization'], ['Ursula von der Leyen', 'person']], quote: '"We will impose sanctions on a number of politicians,"', speaker: 'Ursula von der Leyen' },
    { name: 'X told the BBC', body: '“That has come at a huge cost to the Russian army,” Ben Wallace told BBC Radio 4’s Today programme.', ents: [['Ben Wallace', 'person'], ['BBC Radio 4', 'organization']], quote: '“That has come at a huge cost to the Russian army,”', speaker: 'Ben Wallace' },
    { name: 'X says (present)', body: 'Ukraine says it needs jets. Zelensky says: “We need planes to defend our sky.”', ents: [['Zelensky', 'person'], ['Ukraine', 'place']], quote: '“We need planes to defend our sky.”', speaker: 'Zelensky' },
    { name: 'but X added:', body: 'Luhansk governor Serhiy Haidai said troops were arriving. But he added: “This does not correspond to reality.”', ents: [['Serhiy Haidai', 'person']], quote: '“This does not correspond to reality.”', speaker: 'Serhiy Haidai' },
    { name: 'according to X', body: 'Russia is making “continuous offensive efforts in the east”, according to the Ministry of Defence.', ents: [['Russia', 'place'], ['Ministry of Defence', 'organization']], quote: '“continuous offensive efforts in the east”', speaker: 'Ministry of Defence' },
    { name: 'organisation speaker', body: '“Even the second line of defence could not hold the breakthrough,” Russia\'s Defence Ministry said.', ents: [['Russia', 'place'], ['Defence Ministry', 'organization', 'Russian Defence Ministry']], quote: '“Even the second line of defence could not hold the breakthrough,”', speaker: 'Russian Defence Ministry' },
    { name: 'the Kremlin said', body: '“The importance of stability on the border was noted,” the Kremlin said on Tuesday.', ents: [['Kremlin', 'organization']], quote: '“The importance of stability on the border was noted,”', speaker: 'Kremlin' },
    { name: 'appositive', body: '“Russia is now a global pariah,” Milley, chair of the U.S. Joint Chiefs of Staff, told reporters.', ents: [['Milley', 'person', 'Mark Milley'], ['U.S. Joint Chiefs of Staff', 'organization']], quote: '“Russia is now a global pariah,”', speaker: 'Mark Milley' },
    { name: 'participle after a clause', body: 'Ukraine president, Volodymyr Zelenskyy backed up the claim, saying that Ukraine is seeing "a certain increase in the occupier’s offensive actions at the front”.', ents: [['Ukraine', 'place'], ['Volodymyr Zelenskyy', 'person']], quote: '"a certain increase in the occupier’s offensive actions at the front”', speaker: 'Volodymyr Zelenskyy' },
    { name: 'partial quote after said', body: 'Reznikov said fighter jets were “on the table” for allies.', ents: [['Reznikov', 'person', 'Oleksii Reznikov']], quote: '“on the table”', speaker: 'Oleksii Reznikov' },
    { name: 'a spokesperson of a name with a comma', body: 'A Culture, Media and Sport Department spokesperson said: “The ban stays in place.”', ents: [['Culture, Media and Sport Department', 'organization']], quote: '“The ban stays in place.”', speaker: 'Culture, Media and Sport Department spokesperson' },
    { name: 'as X put it, “…”', body: 'Or, as Jane Okafor of the Fiscal Council put it, “this is the end of an era for the party.”', ents: [['Jane Okafor', 'person'], ['Fiscal Council', 'organization']], quote: '“this is the end of an era for the party.”', speaker: 'Jane Okafor' },
    { name: 'said the Rev. X', body: '“The city will never go back to normal,” said the Rev. Peter Okoro, of Grace Baptist Church.', ents: [['Peter Okoro', 'person'], ['Grace Baptist Church', 'organization']], quote: '“The city will never go back to normal,”', speaker: 'Peter Okoro' },
    { name: 'X made the following comment: ¶ “…”', body: 'On May 3, Jane Okafor made the following comment:\n\n“For young people who left school early, the jobless rate is high.”', ents: [['Jane Okafor', 'person']], quote: '“For young people who left school early, the jobless rate is high.”', speaker: 'Jane Okafor' },
    { name: 'X posted on Facebook: (a speech verb without a statement noun)', body: 'Jane Okafor posted on Facebook: “We will win this fight in the end.”', ents: [['Jane Okafor', 'person']], quote: '“We will win this fight in the end.”', speaker: 'Jane Okafor' },
    { name: 'X issued a statement on Telegram:', body: 'The Defence Ministry issued a statement on Telegram: “Our forces hold the line.”', ents: [['Defence Ministry', 'organization'], ['Telegram', 'organization']], quote: '“Our forces hold the line.”', speaker: 'Defence Ministry' },
    { name: 'appositive with a name inside a participle', body: '“It is an invasion of our domain,” Jane Okafor, the attorney general of Ruritania, one of the states suing the EPA, said on Monday.', ents: [['Jane Okafor', 'person'], ['Ruritania', 'place'], ['EPA', 'organization']], quote: '“It is an invasion of our domain,”', speaker: 'Jane Okafor' },
    { name: 'titles before the name are no description', body: '“Subpoenas are not optional,” panel Chairman Rep. Tom Okoro (R-Utah) said on Thursday.', ents: [['Tom Okoro', 'person']], quote: '“Subpoenas are not optional,”', speaker: 'Tom Okoro' },
    { name: 'footage of X saying, “…”', body: 'The advert ends with footage of Jane Okafor saying during the debate, “That makes me smart,” to laughter.', ents: [['Jane Okafor', 'person']], quote: '“That makes me smart,”', speaker: 'Jane Okafor' },
    { name: 'participle after a place and its region', body: 'Jane Okafor spoke out on Tuesday about the flooding in Leeds, England, arguing that the response was “far too slow.”', ents: [['Jane Okafor', 'person'], ['Leeds', 'place'], ['England', 'place']], quote: '“far too slow.”', speaker: 'Jane Okafor' },
    { name: 'X scolded him: “…”', body: 'Senator Jane Okafor scolded him: “The science is against you on this product.”', ents: [['Jane Okafor', 'person']], quote: '“The science is against you on this product.”', speaker: 'Jane Okafor' },
    { name: 'X attacked “…”', body: 'In a speech, Okafor attacked “the hateful ideology of the old regime and its cruel methods.”', ents: [['Okafor', 'person']], quote: '“the hateful ideology of the old regime and its cruel methods.”', speaker: 'Okafor' },
    { name: 'the US says (not `us`)', body: 'The US says Ukraine is at a “crucial” point in the war.', ents: [['US', 'place'], ['Ukraine', 'place']], quote: '“crucial”', speaker: 'US' },
    { name: 'epigraph dash', body: '“He represents our greatest shame.” ― Sonya Herridge', ents: [['Sonya Herridge', 'person']], quote: '“He represents our greatest shame.”', speaker: 'Sonya Herridge' },
    { name: 'a noun that is also a speech verb (`late-night tweets`) before the real one', body: 'Maria Lopez says Tom Baker’s string of late-night tweets about the mayor Anna Kraus was “beneath the dignity of the office.”', ents: [['Maria Lopez', 'person'], ['Tom Baker', 'person'], ['Anna Kraus', 'person']], quote: '“beneath the dignity of the office.”', speaker: 'Maria Lopez' },
    { name: 'X called Y a “…”', body: 'Kallas called the strike a “deliberate attack on sleeping civilians in the middle of the night.”', ents: [['Kallas', 'person', 'Kaja Kallas']], quote: '“deliberate attack on sleeping civilians in the middle of the night.”', speaker: 'Kaja Kallas' },
    { name: 'participle after a clause that ends in a name', body: 'Stoltenberg criticised Moscow for its strikes on Kharkiv and Odesa, saying: “These are war crimes and they must stop now.”', ents: [['Stoltenberg', 'person', 'Jens Stoltenberg'], ['Moscow', 'place'], ['Kharkiv', 'place'], ['Odesa', 'place']], quote: '“These are war crimes and they must stop now.”', speaker: 'Jens Stoltenberg' },
    { name: 'participle after a clause with its own speech verb', body: 'Anna Kraus’s campaign manager Tom Baker said as much in an interview on Thursday, arguing that Lopez “lashed out at the generals when asked for details.”', ents: [['Anna Kraus', 'person'], ['Tom Baker', 'person'], ['Lopez', 'person', 'Maria Lopez']], quote: '“lashed out at the generals when asked for details.”', speaker: 'Tom Baker' },
    { name: 'a description with a name in it, between the name and the verb', body: 'Serhiy Haidai, the Luhansk governor, said that the shelling overnight was “the worst we have seen in many months.”', ents: [['Serhiy Haidai', 'person'], ['Luhansk', 'place']], quote: '“the worst we have seen in many months.”', speaker: 'Serhiy Haidai' },
    { name: 'a possessor in the description is not the speaker', body: 'Belarus, Moscow’s closest ally in the region, said it was “firmly opposed to any new sanctions” on its neighbour.', ents: [['Belarus', 'place'], ['Moscow', 'place']], quote: '“firmly opposed to any new sanctions”', speaker: 'Belarus' },
    { name: 'a party label in parentheses before the appositive', body: '“We will not accept this deal in its present form,” Rep. Jane Doe (D-Calif.), a member of the panel, said.', ents: [['Jane Doe', 'person']], quote: '“We will not accept this deal in its present form,”', speaker: 'Jane Doe' },
    { name: 'the senator → the name written after Sen.', body: 'Texas Sen. Maria Lopez spoke on Tuesday.\n\nThe senator said she would “bring a bill before Congress to close these loopholes next year.”', ents: [['Texas', 'place'], ['Maria Lopez', 'person'], ['Congress', 'organization']], quote: '“bring a bill before Congress to close these loopholes next year.”', speaker: 'Maria Lopez' },
    { name: 'X’s CEO has said → the person the article names with that role', body: 'Boeing CEO Kelly Ortberg took over in August.\n\nBoeing\'s CEO has said it might take "a couple of weeks" to resume production.', ents: [['Boeing', 'organization'], ['Kelly Ortberg', 'person']], quote: '"a couple of weeks"', speaker: 'Kelly Ortberg' },
    { name: 'no attribution', body: 'Some said nothing. “It is a mystery to everyone in the region.”', ents: [], quote: '“It is a mystery to everyone in the region.”', speaker: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { text, qs } = quotes(c.body, c.ents);
      const q = qs.find((x) => x.text === c.quote);
      assert.ok(q, `quote not found in ${JSON.stringify(qs.map((x) => x.text))}`);
      assert.equal(q.speaker, c.speaker);
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.speakerSpan) assert.ok(ents(text, c.ents).some((e) => e.start === q.speakerSpan!.start && e.end === q.speakerSpan!.end));
    });
  }
});

describe('extractQuotes: pronouns and continuations', () => {
  it('an unnamed speaker speaks for an organisation in its own paragraph, not one before a heading', () => {
    const body =
      'NATO said on Tuesday: “We remain committed to the alliance and to every one of our allies.”\n\nParliament to meet on Friday\n\n' +
      'Details of the “extraordinary” session came from RIA Novosti as a senior lawmaker is quoted saying it would last a day.';
    const { qs } = quotes(body, [['NATO', 'organization'], ['RIA Novosti', 'organization']]);
    assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [
      ['“We remain committed to the alliance and to every one of our allies.”', 'NATO'],
      ['“extraordinary”', 'RIA Novosti'],
    ]);
  });

  it('“…,” he told X: X was told, and an unnamed he is not the organisation that spoke before', () => {
    const { qs } = quotes(
      "Russia's Defence Ministry said Ukrainian forces had retreated.\n\n“We are doing what we can,” he told newspaper Die Zeit in comments published on Wednesday.",
      [['Defence Ministry', 'organization'], ['Die Zeit', 'organization']],
    );
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker, null);
    // With a person before, he is that person.
    const named = quotes('Robert Habeck spoke in Berlin.\n\n“We are doing what we can,” he told newspaper Die Zeit.', [['Robert Habeck', 'person'], ['Berlin', 'place'], ['Die Zeit', 'organization']]);
    assert.equal(named.qs[0].speaker, 'Robert Habeck');
  });

  it('he said does not fall back to a product name (Leopard 2 tanks)', () => {
    const { qs } = quotes('Norway will send eight German-made Leopard 2 battle tanks to Ukraine.\n\n“Speed saves lives,” he said.', [['Norway', 'place'], ['Ukraine', 'place']]);
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker, null);
  });

  it('he said → the subject of the preceding attribution, not the last name', () => {
    const body = 'US Secretary of State Antony Blinken warned on Wednesday Putin could quickly order an invasion.\n\n"We do know he\'s putting in place the capacity to do so," he said.';
    const { qs } = quotes(body, [['Antony Blinken', 'person'], ['Putin', 'person', 'Vladimir Putin']]);
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker, 'Antony Blinken');
  });
  it('he → the sentence subject when no attribution precedes; names inside quotes are skipped', () => {
    const body = 'NATO chief Jens Stoltenberg gave the same message about Vladimir Putin’s invasion.\n\n“We see no signs that President Putin is preparing for peace,” he told reporters.';
    const { qs } = quotes(body, [['NATO', 'organization'], ['Jens Stoltenberg', 'person'], ['Vladimir Putin', 'person'], ['Putin', 'person', 'Vladimir Putin']]);
    assert.equal(qs[0].speaker, 'Jens Stoltenberg');
  });
  it('it added → the organisation', () => {
    const body = 'The Ministry of Defence said in its bulletin that Russia made little progress.\n\n“Russia likely aims to reverse some of the gains,” it added.';
    const { qs } = quotes(body, [['Ministry of Defence', 'organization'], ['Russia', 'place']]);
    assert.equal(qs[0].speaker, 'Ministry of Defence');
  });
  it('a quotation that continues over paragraphs is one span', () => {
    const body = '“Ukraine has exposed our vulnerabilities,” Wallace told the BBC.\n\n“Our ammo stocks, our readiness levels, all of it.\n\n“It has been well known for decades.\n\n“Maintenance, ship lifts, all sorts of things.”\n\nLater he left.';
    const { text, qs } = quotes(body, [['Wallace', 'person', 'Ben Wallace']]);
    assert.equal(qs.length, 2);
    assert.ok(qs[1].text.startsWith('“Our ammo') && qs[1].text.endsWith('all sorts of things.”'));
    assert.equal(text.slice(qs[1].start, qs[1].end), qs[1].text);
    assert.equal(qs[1].speaker, 'Ben Wallace');
  });
  it('a quotation paragraph after a quote goes on with its speaker', () => {
    const body = '“We are always looking at individuals,” Price said.\n\n“Just because we have not sanctioned an individual says nothing.”';
    const { qs } = quotes(body, [['Price', 'person', 'Ned Price']]);
    assert.deepEqual(qs.map((q) => q.speaker), ['Ned Price', 'Ned Price']);
  });
  it('a second quotation in the same paragraph shares the speaker', () => {
    const body = '“With the decision to send the tanks we are doing what we can,” he told newspaper Die Zeit. “A bit too late, but it’s done.”';
    const { qs } = quotes('Vice Chancellor Robert Habeck said tanks came late.\n\n' + body, [['Robert Habeck', 'person'], ['Die Zeit', 'organization']]);
    assert.deepEqual(qs.map((q) => q.speaker), ['Robert Habeck', 'Robert Habeck']);
  });
});

describe('extractQuotes: marks', () => {
  it('mixed curly/straight marks pair up', () => {
    const { qs } = quotes('He said: “Officially they announced 300,000 but it is much more."', []);
    assert.equal(qs.length, 1);
    assert.equal(qs[0].text, '“Officially they announced 300,000 but it is much more."');
  });
  it('doubled apostrophes are double quotes', () => {
    const { qs } = quotes("''It is anti-reform,'' said Mr. Burman of the center.", [['Mr. Burman', 'person', 'Leonard Burman']]);
    assert.equal(qs[0].text, "''It is anti-reform,''");
    assert.equal(qs[0].speaker, 'Leonard Burman');
  });
  it('curly open with doubled closing apostrophes', () => {
    const { qs } = quotes('“Iran is a partner in the conflict with Russia,’’ the official said.', []);
    assert.equal(qs[0].text, '“Iran is a partner in the conflict with Russia,’’');
  });
  it('single quotes that open a word are quotations; apostrophes are not', () => {
    const { qs } = quotes("Russia's army and the occupier’s troops don't move, he said, calling it 'a slow and bloody grind in the east'.", []);
    assert.deepEqual(qs.map((q) => q.text), ["'a slow and bloody grind in the east'"]);
  });
  it('a plural possessive does not close a single quote', () => {
    const spans = findQuoteSpans("They said ‘the soldiers’ widows are angry’ today.", splitLines("They said ‘the soldiers’ widows are angry’ today."));
    assert.equal(spans.length, 1);
    assert.equal(spans[0].end, "They said ‘the soldiers’ widows are angry’".length);
  });
  it('offsets slice back to the text', () => {
    const { text, qs } = quotes('“A,” he said. “B is here now,” she added. "C goes on," they said.', []);
    for (const q of qs) assert.equal(text.slice(q.start, q.end), q.text);
  });
});

describe('extractQuotes: not speech', () => {
  const none: [string, string][] = [
    ['quoted names', 'The outlet "Wiorstka" reported it, and another platform, "Meduza", mentions the plan.'],
    ['naming verb', 'Independent reporters are calling it "mobilization 2.0."'],
    ['what it calls', 'Russia launched what it called a “special military operation” in Ukraine.'],
    ['short with no attribution verb', 'The bridge was “blown up” near the town.'],
    ['capitalised name', 'The frigate “Zirkon” left the base in the north.'],
  ];
  for (const [name, body] of none) {
    it(name, () => assert.deepEqual(quotes(body).qs.map((q) => q.text), []));
  }
  it('headline scare quotes', () => {
    const text = "Putin amasses 500,000 troops for 'new Ukraine invasion' ahead of anniversary\n\nBody text here.\n\nRussia failing to ‘punch through’ despite 97% of army at war\n\nMore body text.";
    assert.deepEqual(extractQuotes(text, EMPTY, []).map((q) => q.text), []);
  });
  it('headings from the structure: a phrase in quotation marks with no one saying it', () => {
    const text = 'Title\n\n‘Russia has lost strategically and tactically’ in the war\n\nBody.';
    const s: ArticleStructure = { ...EMPTY, paragraphs: [{ start: 0, end: 5, kind: 'title' }, { start: 7, end: 60, kind: 'heading' }, { start: 62, end: 67, kind: 'body' }] };
    assert.deepEqual(extractQuotes(text, s, []).map((q) => q.text), []);
  });
});

describe('extractQuotes: headlines', () => {
  it('a headline that says who spoke holds a quotation', () => {
    const text = 'Title\n\n‘Speed is of the essence’ Okafor says\n\nThe minister spoke in Kyiv on Monday.';
    const s: ArticleStructure = { ...EMPTY, paragraphs: [{ start: 0, end: 5, kind: 'title' }, { start: 7, end: 44, kind: 'heading' }, { start: 46, end: text.length, kind: 'body' }] };
    const qs = extractQuotes(text, s, ents(text, [['Okafor', 'person', 'Jane Okafor']]));
    assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['‘Speed is of the essence’', 'Jane Okafor']]);
  });
});

describe('extractQuotes: without entities (capitalised-name fallback)', () => {
  it('finds a titled speaker and resolves his surname', () => {
    const body = 'Ukrainian Defence Minister Oleksii Reznikov said on Wednesday he was confident.\n\n“Impossible became possible,” Reznikov said.';
    const { qs } = quotes(body);
    assert.equal(qs[0].speaker, 'Oleksii Reznikov');
  });
  it('finds every quotation in a long text', () => {
    const para = 'Defence Secretary Ben Wallace said: “We now estimate 97 per cent of the Russian army is in Ukraine.” He added that it was costly.\n\n';
    const text = 'Title\n\n' + para.repeat(400);
    const qs = extractQuotes(text, EMPTY, []);
    assert.equal(qs.length, 400);
    assert.ok(qs.every((q) => q.speaker === 'Ben Wallace'));
  });
});
