import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../../src/core/analyze';
import { countEntities } from '../../../../src/core/corpus/entityCounts';

describe('countEntities', () => {
  const blog = [
    'Ukraine news – live: Russia pushes east',
    'Zelensky visits the front',
    'Tuesday 14 February 2023 12:20 , Jane Okafor',
    'Volodymyr Zelensky visited Bakhmut on Tuesday. Zelensky met soldiers there.',
    'Kyiv braces for attacks',
    'Tuesday 14 February 2023 11:05 , Jane Okafor',
    'Zelensky said Kyiv was ready.',
  ].join('\n\n');
  const other = 'Zelensky in Kyiv\n\nVolodymyr Zelensky spoke in Kyiv on Monday.';
  const counts = countEntities([analyzeText(blog, 'corpus/blog.txt'), analyzeText(other, 'corpus/other.txt')]);
  const get = (name: string) => counts.find((c) => c.canonical === name);

  it('counts the story’s mentions apart from the bylines of live-blog entries', () => {
    assert.equal(get('Jane Okafor')?.bylines, 2, JSON.stringify(counts.map((c) => [c.canonical, c.mentions, c.bylines])));
    assert.equal(get('Jane Okafor')?.mentions, 0);
    assert.equal(get('Volodymyr Zelensky')?.bylines, 0);
    assert.ok((get('Volodymyr Zelensky')?.mentions ?? 0) >= 4);
  });

  it('lists the people the stories are about before the authors', () => {
    const names = counts.map((c) => c.canonical);
    assert.ok(names.indexOf('Volodymyr Zelensky') < names.indexOf('Jane Okafor'), names.join(', '));
    assert.equal(names[names.length - 1], 'Jane Okafor');
  });

  it('lists authors named as often in the stories by how many entries they signed', () => {
    const signed = [
      'Ukraine news – live: Russia pushes east',
      'Tuesday 14 February 2023 12:20 , Anna Berg',
      'Zelensky visited Bakhmut on Tuesday.',
      'Tuesday 14 February 2023 11:05 , Tom Reyes',
      'Zelensky said Kyiv was ready.',
      'Tuesday 14 February 2023 10:40 , Tom Reyes',
      'Zelensky met soldiers.',
    ].join('\n\n');
    const authors = countEntities([analyzeText(signed, 'corpus/signed.txt')]).filter((c) => c.mentions === 0);
    assert.deepEqual(
      authors.map((c) => [c.canonical, c.bylines]),
      [
        ['Tom Reyes', 2],
        ['Anna Berg', 1],
      ],
    );
  });

  it('keeps every mention’s offset per article', () => {
    const z = get('Volodymyr Zelensky')!;
    assert.deepEqual([...z.files.keys()].sort(), ['corpus/blog.txt', 'corpus/other.txt']);
    const total = [...z.files.values()].reduce((n, offsets) => n + offsets.length, 0);
    assert.equal(total, z.mentions + z.bylines);
  });
});
