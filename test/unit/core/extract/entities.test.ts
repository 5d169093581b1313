import * as assert from 'node:assert/strict';
import { segmentArticle } from '../../../../src/core/article/segment';
import { mergeCanonicalNames, recognizeEntities } from '../../../../src/core/extract/entities';
import { wordKey } from '../../../../src/core/extract/entities/canonical';
import type { Entity } from '../../../../src/core/types';

function entities(text: string): Entity[] {
  return recognizeEntities(text, segmentArticle(text));
}

function find(es: Entity[], text: string): Entity | undefined {
  return es.find((e) => e.text === text);
}

describe('recognizeEntities (trained model)', () => {
  const cases: { text: string; want: [string, Entity['kind']][] }[] = [
    { text: 'Vladimir Putin has amassed almost 500,000 troops as tensions in Ukraine rise.', want: [['Vladimir Putin', 'person'], ['Ukraine', 'place']] },
    { text: 'The European Council agreed to provide Ukraine with a package of military support.', want: [['European Council', 'organization'], ['Ukraine', 'place']] },
    { text: 'Ukrainian defence minister Oleksii Reznikov has said the situation is severe.', want: [['Oleksii Reznikov', 'person']] },
    { text: 'Russian foreign ministry spokeswoman Maria Zakharova said staff would fly home.', want: [['Maria Zakharova', 'person']] },
    { text: 'Angela Merkel met officials of Siemens in Munich on Tuesday.', want: [['Angela Merkel', 'person'], ['Siemens', 'organization'], ['Munich', 'place']] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const es = entities(c.text);
      for (const [name, kind] of c.want) assert.equal(find(es, name)?.kind, kind, `${name} in ${JSON.stringify(es.map((e) => [e.text, e.kind]))}`);
    });
  }

  it('keeps titles, possessives, quote marks and bullets outside the span', () => {
    const es = entities('  • President Volodymyr Zelensky’s office said Mr Reznikov\'s plan was "Putin\'s" idea.');
    const texts = es.map((e) => e.text);
    assert.ok(texts.includes('Volodymyr Zelensky'), JSON.stringify(texts));
    assert.ok(texts.includes('Reznikov'), JSON.stringify(texts));
    for (const t of texts) assert.doesNotMatch(t, /^(?:President|Mr)\b|['’]s$|^["“•]|["”.,]$/);
  });

  it('does not call demonyms places', () => {
    const es = entities('Russian troops surrounded the Ukrainian city of Bakhmut.');
    assert.equal(find(es, 'Russian'), undefined);
    assert.equal(find(es, 'Ukrainian'), undefined);
    assert.equal(find(es, 'Bakhmut')?.kind, 'place');
  });

  it('finds every mention and gives a surname the full name of the article', () => {
    const es = entities('Oleksii Reznikov spoke on Monday. Later Reznikov said more. Reznikov left.');
    const rez = es.filter((e) => e.canonical === 'Oleksii Reznikov');
    assert.equal(rez.length, 3);
  });

  it('reads a headline in capitals (VLADIMIR Putin)', () => {
    const es = entities('VLADIMIR Putin has ordered US officials to leave Russia immediately.');
    assert.equal(find(es, 'VLADIMIR Putin')?.kind, 'person');
  });

  it('splits a person out of a title the model took for an organisation', () => {
    const es = entities('US Secretary of State Antony Blinken warned on Wednesday that Putin could order an invasion.');
    assert.equal(find(es, 'Antony Blinken')?.kind, 'person', JSON.stringify(es.map((e) => e.text)));
  });

  it('offsets slice back to the text, CRLF included', () => {
    const text = 'By Harvey Lindsay\r\n\r\nVladimir Putin met Sergei Lavrov in Moscow.\r\n';
    for (const e of entities(text)) assert.equal(text.slice(e.start, e.end), e.text);
  });
});

describe('canonical names', () => {
  it('fold transliteration variants to one key', () => {
    assert.equal(wordKey('Zelenskyy'), wordKey('Zelensky'));
    assert.equal(wordKey('Zelenskiy'), wordKey('Zelensky'));
    assert.equal(wordKey('Oleksii'), wordKey('Oleksiy'));
    assert.equal(wordKey('Nato'), wordKey('NATO'));
    assert.notEqual(wordKey('Putin'), wordKey('Peskov'));
  });

  it('merge across articles: variants, surnames alone, acronyms', () => {
    const e = (text: string, kind: Entity['kind'], canonical = text): Entity => ({ start: 0, end: text.length, text, kind, canonical });
    const a = [e('Volodymyr Zelenskyy', 'person'), e('Zelenskyy', 'person', 'Volodymyr Zelenskyy'), e('Nato', 'organization')];
    const b = [e('Volodymyr Zelensky', 'person'), e('Zelensky', 'person', 'Volodymyr Zelensky'), e('Zelensky', 'person', 'Volodymyr Zelensky'), e('NATO', 'organization')];
    const c = [e('Zelenskiy', 'person'), e('Putin', 'person')];
    const d = [e('Vladimir Putin', 'person')];
    mergeCanonicalNames([a, b, c, d]);
    for (const x of [...a, ...b, c[0]]) if (x.kind === 'person') assert.equal(x.canonical, 'Volodymyr Zelensky');
    assert.equal(c[1].canonical, 'Vladimir Putin');
    assert.equal(a[2].canonical, 'NATO');
    assert.equal(b[3].canonical, 'NATO');
  });

  it('does not merge two people who share a surname', () => {
    const e = (text: string): Entity => ({ start: 0, end: text.length, text, kind: 'person', canonical: text });
    const a = [e('Joe Smith')];
    const b = [e('Anna Smith')];
    const c = [e('Smith')];
    mergeCanonicalNames([a, b, c]);
    assert.equal(a[0].canonical, 'Joe Smith');
    assert.equal(b[0].canonical, 'Anna Smith');
    assert.equal(c[0].canonical, 'Smith');
  });
});
