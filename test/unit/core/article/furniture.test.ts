import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { endsWithCredit, isFurniture, isFurnitureByList } from '../../../../src/core/article/furniture';

const CORPUS = path.resolve(__dirname, '../../../../../corpus');

const FURNITURE = [
  'Oops! Something went wrong.',
  'Please try again later.',
  'Related Posts',
  'Read more: Putin’s generals',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Share this article',
  'Share | Tweet | Email',
  'Sign up to our free newsletter for the latest news',
  'Get the latest headlines straight to your inbox with our newsletter',
  'We use cookies to improve your experience',
  'Advertisement',
  'Story continues below advertisement',
  '© 2024 Newsweek. All rights reserved',
];
const BODY = [
  'Putin amasses 500,000 troops for new Ukraine invasion ahead of war’s first anniversary',
  'Read the report, he said, and you will see why the newsletter was wrong.',
  'Share prices fell 3% on Monday.',
  'Advertisements for recruits have appeared across Russia.',
];
/** Pieces of furniture and of body text, so that random strings sometimes match a pattern and sometimes nearly do. */
const PIECES = ['Read more', 'Share', ' this article', 'Sign up', ' to our ', 'newsletter', 'inbox', 'cookie policy', 'Advertisement', '©', ' 2024', ': ', ' troops', 'Oops!', ' something went wrong', '.', ' ', 'Related', ' Posts', 'Leave a reply', '|', 'Tweet'];

describe('page furniture', () => {
  it('recognises furniture and leaves body text alone', () => {
    for (const s of FURNITURE) assert.equal(isFurniture(s), true, s);
    for (const s of BODY) assert.equal(isFurniture(s), false, s);
  });

  it('the combined expression agrees with the patterns one by one, on every line of the corpus', () => {
    let lines = 0;
    for (const name of fs.readdirSync(CORPUS)) {
      for (const line of fs.readFileSync(path.join(CORPUS, name), 'utf8').split(/\r?\n/)) {
        const s = line.replace(/\s+/g, ' ').trim();
        assert.equal(isFurniture(s), isFurnitureByList(s), s);
        lines++;
      }
    }
    assert.ok(lines > 500);
    for (const s of [...FURNITURE, ...BODY]) assert.equal(isFurniture(s), isFurnitureByList(s), s);
  });

  it('the combined expression agrees with the patterns one by one, on random strings', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, (s) => isFurniture(s) === isFurnitureByList(s)), { numRuns: 3000 });
  });

  it('finds a credit at the end of a caption, with or without a colon in the text before it', () => {
    assert.equal(endsWithCredit('Russian troops on parade in Moscow. Picture: Alamy'), true);
    assert.equal(endsWithCredit('Russian troops on parade in Moscow (Clodagh Kilcoyne/Reuters)'), true);
    assert.equal(endsWithCredit('Tanks near Bakhmut (AP Photo)'), true);
    assert.equal(endsWithCredit('Russian troops on parade in Moscow'), false);
    assert.equal(endsWithCredit('He said: the troops (500,000 of them) are ready'), false);
  });
});
