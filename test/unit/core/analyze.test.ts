import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeBatch, analyzeText, articleName, numbersOnly } from '../../../src/core/analyze';
import { packageRoot } from '../../../src/core/util/paths';

describe('analyzeText: who wrote a live blog is not who speaks in it', () => {
  const text = [
    'Ukraine news – live: Russia pushes east',
    'Russia sends more troops to Luhansk',
    'Tuesday 14 February 2023 12:20 , Jane Okafor',
    'The governor of Luhansk said troops were arriving.',
    '“We see that they are transferring 2,000 people,” he said.',
  ].join('\n\n');
  const a = analyzeText(text, 'live.txt');

  it('names the author of an entry as a person', () => {
    const author = a.entities.find((e) => e.text === 'Jane Okafor');
    assert.equal(author?.kind, 'person', JSON.stringify(a.entities));
  });

  it('does not take the author for `he` in the entry', () => {
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker, null);
    const claim = a.claims.find((c) => c.text.includes('2,000'));
    assert.ok(claim, JSON.stringify(a.claims));
    assert.equal(claim.source, null);
  });
});

describe('analyzeBatch', () => {
  const corpusDir = path.join(packageRoot()!, 'corpus');
  const inputs = fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ raw: fs.readFileSync(path.join(corpusDir, f), 'utf8'), file: `corpus/${f}` }));

  it('analyses each article of a batch as it would be analysed alone', () => {
    const together = analyzeBatch(inputs);
    assert.equal(together.length, inputs.length);
    together.forEach((a, i) => assert.deepEqual(a, analyzeBatch([inputs[i]])[0], inputs[i].file));
  });

  it('gives an article that fails its error, and the others their analyses', () => {
    const broken = { raw: undefined as unknown as string, file: 'corpus/broken.txt' };
    const [first, failed, last] = analyzeBatch([inputs[0], broken, inputs[1]]);
    assert.ok(failed instanceof Error);
    assert.deepEqual(first, analyzeText(inputs[0].raw, inputs[0].file));
    assert.deepEqual(last, analyzeText(inputs[1].raw, inputs[1].file));
  });

  it('throws from analyzeText what the batch gave as the error', () => {
    assert.throws(() => analyzeText(undefined as unknown as string, 'corpus/broken.txt'), TypeError);
  });
});

describe('numbersOnly: the first look at an article is the full analysis\'s numbers', () => {
  const dir = path.join(packageRoot()!, 'corpus');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  // A byte-order mark and curly quotes in the text: normalisation moves offsets, and they must map back.
  const texts = [...files.map((f) => ({ file: f, raw: fs.readFileSync(path.join(dir, f), 'utf8') })), { file: 'bom.txt', raw: '\uFEFFTitle\n\nThe “ministry” said 12,500 people left on 3 May 2024, up 4%.' }];

  for (const { file, raw } of texts) {
    it(`finds in ${file} the numbers, offsets and structure analyzeText finds`, () => {
      const quick = numbersOnly(raw, file);
      const full = analyzeText(raw, file);
      assert.ok(full.numbers.length > 0);
      assert.deepEqual(quick.numbers, full.numbers);
      assert.deepEqual(quick.structure, full.structure);
      assert.equal(quick.sha256, full.sha256);
      assert.deepEqual([quick.entities, quick.quotes, quick.claims], [[], [], []]);
    });
  }
});

describe('articleName: one name for an article, by path or by URI', () => {
  it('is the file name without folder or .txt, decoded from a URI, as it is', () => {
    assert.equal(articleName('corpus/sub/My story.txt'), 'My story');
    assert.equal(articleName('file:///home/a/corpus/My%20story.txt'), 'My story');
    assert.equal(articleName('file:///home/a/corpus/Kyiv%E2%80%99s%20100%25.txt'), 'Kyiv’s 100%');
    assert.equal(articleName('C:\\corpus\\a%20b.txt'), 'a%20b', 'a path is taken as it is');
    assert.equal(articleName('file:///corpus/bad%E2.txt'), 'bad%E2', 'an escape that does not decode is kept');
  });

  it('gives the same claim ids whether the article is named by its path or its URI', () => {
    const text = 'Kyiv, March 3\n\nOfficials said 73,451 soldiers had crossed the border by May.\n';
    const byPath = analyzeText(text, '/corpus/Troops at the border.txt');
    const byUri = analyzeText(text, 'file:///corpus/Troops%20at%20the%20border.txt');
    assert.ok(byPath.claims.length > 0, 'the text has a claim');
    assert.deepEqual(
      byUri.claims.map((c) => c.id),
      byPath.claims.map((c) => c.id),
    );
  });
});
