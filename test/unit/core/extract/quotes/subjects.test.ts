import * as assert from 'node:assert/strict';
import { stagesOf, TITLE } from './stages';

describe('quotes/subjects: the subject of an attribution verb', () => {
  it('walks back over auxiliaries and time words', () => {
    const { subjects, tok } = stagesOf('Jon Holden has also on Monday said so.', [['Jon Holden', 'person']]);
    assert.equal(subjects.subjectOf(tok('said'), TITLE.length)?.speaker, 'Jon Holden');
  });

  it('walks back over an appositive to the name before it', () => {
    const { subjects, tok } = stagesOf('Milley, chair of the Joint Chiefs of Staff, told reporters.', [['Milley', 'person', 'Mark Milley'], ['Joint Chiefs of Staff', 'organization']]);
    assert.equal(subjects.subjectOf(tok('told'), TITLE.length)?.speaker, 'Mark Milley');
  });

  it('takes the subject of the clause a participle follows', () => {
    const { subjects, tok } = stagesOf('Zelenskyy backed the claim over Bakhmut, saying the army held.', [['Zelenskyy', 'person'], ['Bakhmut', 'place']]);
    assert.equal(subjects.subjectOf(tok('saying'), TITLE.length)?.speaker, 'Zelenskyy');
  });

  it('reads the person or organisation a sentence opens with, also after an opening phrase that names no one', () => {
    const a = stagesOf('Senator Jane Doe hardly settled it, calling the plan a joke.', [['Jane Doe', 'person']]);
    assert.equal(a.subjects.sentenceSubject(TITLE.length, a.text.length)?.speaker, 'Jane Doe');
    const b = stagesOf('In recent weeks, the Harbour Trust has gone after the council.', [['Harbour Trust', 'organization']]);
    assert.equal(b.subjects.sentenceSubject(TITLE.length, b.text.length)?.speaker, 'Harbour Trust');
  });

  it('gives no sentence subject for a possessor, a place, or a name after the opening phrase’s own name', () => {
    const a = stagesOf('Maria Lopez’s plan was mocked for its claim that Tom Roe would win.', [['Maria Lopez', 'person'], ['Tom Roe', 'person']]);
    assert.equal(a.subjects.sentenceSubject(TITLE.length, a.text.length), null);
    const b = stagesOf('Lisbon hosted the talks, which Tom Roe led.', [['Lisbon', 'place'], ['Tom Roe', 'person']]);
    assert.equal(b.subjects.sentenceSubject(TITLE.length, b.text.length), null);
    const c = stagesOf('After Tom Roe left, the board met again.', [['Tom Roe', 'person']]);
    assert.equal(c.subjects.sentenceSubject(TITLE.length, c.text.length), null);
  });

  it('takes no run-in heading for a sentence subject', () => {
    const a = stagesOf('Harbour Board Rules: Keeping the port open is the first goal.', [['Harbour Board Rules', 'organization']]);
    assert.equal(a.subjects.sentenceSubject(TITLE.length, a.text.length), null);
    const b = stagesOf('COUNCIL HAS QUESTIONED HIM — his plan was costly.', [['COUNCIL', 'organization']]);
    assert.equal(b.subjects.sentenceSubject(TITLE.length, b.text.length), null);
  });

  it('finds no subject when the clause has none before the verb', () => {
    const { subjects, tok } = stagesOf('Said to be calm, the talks went on.');
    assert.equal(subjects.subjectOf(tok('Said'), TITLE.length), null);
  });

  it('skips back over adverbs and stops at anything else', () => {
    const { subjects, tok } = stagesOf('The union quickly and publicly said so.');
    assert.equal(subjects.skipBack(tok('said') - 1, tok('The')), tok('and'));
  });

  it('takes the name before appositive descriptions, not the person the article names with the description’s title', () => {
    const body = 'Prime Minister Malcolm Turnbull spoke. Jean-Marc Ayrault, the foreign minister of France, a member of the Security Council, said so.';
    const { subjects, tok, text } = stagesOf(body, [['Malcolm Turnbull', 'person'], ['Jean-Marc Ayrault', 'person'], ['France', 'place'], ['Security Council', 'organization']]);
    assert.equal(subjects.subjectOf(tok('said'), text.indexOf('Jean'))?.speaker, 'Jean-Marc Ayrault');
    // With no name before it, the description is the minister the article names.
    const alone = stagesOf('Prime Minister Malcolm Turnbull spoke. In Paris, the prime minister said so.', [['Malcolm Turnbull', 'person'], ['Paris', 'place']]);
    assert.equal(alone.subjects.subjectOf(alone.tok('said'), alone.text.indexOf('In Paris'))?.speaker, 'Malcolm Turnbull');
  });

  it('gives a participle after a plain object the subject of its clause', () => {
    const { subjects, tok } = stagesOf('Trump unleashed a series of tweets early Friday saying that the judge was wrong.', [['Trump', 'person']]);
    assert.equal(subjects.subjectOf(tok('saying'), TITLE.length)?.speaker, 'Trump');
  });

  it('gives a participle after a clause that no name opens the clause’s person, not the place or platform after a preposition', () => {
    const body = 'Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying that the city should act.';
    const { subjects, tok } = stagesOf(body, [['Hillary Clinton', 'person'], ['Twitter', 'organization']]);
    assert.equal(subjects.subjectOf(tok('saying'), TITLE.length)?.speaker, 'Hillary Clinton');
  });
});
