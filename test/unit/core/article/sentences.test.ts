import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../../src/core/article/sentences';

const split = (s: string) => splitSentences(s).map(([a, b]) => s.slice(a, b));

describe('article/sentences', () => {
  const cases: [string, string, string[]][] = [
    ['plain', 'Russia attacked. Ukraine held. Nobody won.', ['Russia attacked.', 'Ukraine held.', 'Nobody won.']],
    ['titles', 'Mr. Reznikov met Dr. Smith and Gen. Milley. They talked.', ['Mr. Reznikov met Dr. Smith and Gen. Milley.', 'They talked.']],
    ['Mr without a period', 'Mr Reznikov said so. He left.', ['Mr Reznikov said so.', 'He left.']],
    ['U.S. before a name', 'In recent weeks, U.S. President Joe Biden said no. Others agreed.', ['In recent weeks, U.S. President Joe Biden said no.', 'Others agreed.']],
    ['U.S.-backed', 'It was a U.S.-backed report. It said more.', ['It was a U.S.-backed report.', 'It said more.']],
    ['U.S. at the end of a sentence', 'The jets came from the U.S. The Kremlin objected.', ['The jets came from the U.S.', 'The Kremlin objected.']],
    ['month and number abbreviations', 'Troops left on Jan. 31 and No. 10 said so. Then it ended.', ['Troops left on Jan. 31 and No. 10 said so.', 'Then it ended.']],
    ['decimals', 'Up to 3 km (1.9 miles) away. Some 2.6 million people fled.', ['Up to 3 km (1.9 miles) away.', 'Some 2.6 million people fled.']],
    ['initials', 'George W. Bush and Jens H. Stoltenberg met. They spoke.', ['George W. Bush and Jens H. Stoltenberg met.', 'They spoke.']],
    ['closing straight quote', 'He said: "It is much more." Ukraine agreed.', ['He said: "It is much more."', 'Ukraine agreed.']],
    ['closing curly quote', '“We are ready.” Zelensky said it twice.', ['“We are ready.”', 'Zelensky said it twice.']],
    ['period after a closing quote', 'Seeing “an increase at the front – in the east of our country”. Then more.', ['Seeing “an increase at the front – in the east of our country”.', 'Then more.']],
    ['quote that does not end the sentence', '“It is over,” he said. “Yes.”', ['“It is over,” he said.', '“Yes.”']],
    ['opening quote starts the next sentence', 'He spoke. “We will win,” he said.', ['He spoke.', '“We will win,” he said.']],
    ['question and exclamation', 'Is it over? No! It goes on.', ['Is it over?', 'No!', 'It goes on.']],
    ['ellipsis before a capital', 'A bit too late, but it’s done... Everyone is expecting it.', ['A bit too late, but it’s done...', 'Everyone is expecting it.']],
    ['unicode ellipsis', 'We must disrupt this scenario… Any attempt must fail.', ['We must disrupt this scenario…', 'Any attempt must fail.']],
    ['ellipsis inside a sentence', 'During the offensive ... the troops retreated.', ['During the offensive ... the troops retreated.']],
    ['lower case after a period', 'See e.g. the report. It is long.', ['See e.g. the report.', 'It is long.']],
    ['glued sentences', 'at the same time.Mr Stoltenberg said so.', ['at the same time.', 'Mr Stoltenberg said so.']],
    ['no glue split inside a web address', 'Visit www.example.Com today.', ['Visit www.example.Com today.']],
    ['stray trailing period joins', 'on Tuesday night. .', ['on Tuesday night. .']],
    ['sentence starting with a number', 'It began in 2014. 14,000 have died.', ['It began in 2014.', '14,000 have died.']],
    ['St. Petersburg', 'The St. Petersburg-based agency denied it.', ['The St. Petersburg-based agency denied it.']],
    ['heading without punctuation', 'From a special operation to a war', ['From a special operation to a war']],
    ['Inc. mid-sentence and at the end', 'Acme Inc. Chief Bob spoke. He left Acme Inc. The board met.', ['Acme Inc. Chief Bob spoke.', 'He left Acme Inc.', 'The board met.']],
    ['newline inside a paragraph', 'Oops!\n    Something went wrong.\n    Please try again later.', ['Oops!', 'Something went wrong.', 'Please try again later.']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.deepEqual(split(input), expected));
  }

  it('splits a sub-range and returns offsets into the whole text', () => {
    const text = 'xx One. Two. yy';
    const r = splitSentences(text, 3, 12);
    assert.deepEqual(r, [[3, 7], [8, 12]]);
  });

  it('returns nothing for blank text and trims whitespace', () => {
    assert.deepEqual(splitSentences('   \n '), []);
    assert.deepEqual(splitSentences('  Hello there.  '), [[2, 14]]);
  });
});
