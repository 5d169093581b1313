import * as assert from 'node:assert/strict';
import { matchesAnyGlob } from '../../../../src/core/util/glob';

describe('matchesAnyGlob', () => {
  const cases: [string, string[], boolean][] = [
    ['corpus/000-a.txt', ['corpus/**/*.txt'], true],
    ['corpus/sub/deeper/x.txt', ['corpus/**/*.txt'], true],
    ['other/x.txt', ['corpus/**/*.txt'], false],
    ['corpus/x.md', ['corpus/**/*.txt'], false],
    ['news/a.txt', ['corpus/**/*.txt', 'news/*.txt'], true],
    ['news/a.TXT', ['news/*.{txt,TXT}'], true],
    ['corpus\\win\\a.txt', ['corpus/**/*.txt'], true],
    ['corpus/a+b.txt', ['corpus/a+b.txt'], true],
    // `*` and `?` stay within a name; `**` alone crosses folders.
    ['corpus/sub/a.txt', ['corpus/*.txt'], false],
    ['corpus/sub/a.txt', ['corpus/**'], true],
    ['corpus/ab.txt', ['corpus/a?.txt'], true],
    ['corpus/a/.txt', ['corpus/a?.txt'], false],
    ['x.txt', ['**/*.txt'], true],
    ['a//b.txt', ['a/**/b.txt'], true],
    // Alternatives nest and may hold folders; unbalanced braces are literal.
    ['news/2024/a.txt', ['{corpus,news/{2023,2024}}/*.txt'], true],
    ['news/2022/a.txt', ['{corpus,news/{2023,2024}}/*.txt'], false],
    ['corpus/{a.txt', ['corpus/{a.txt'], true],
    ['corpus/a}.txt', ['corpus/a}.txt'], true],
    ['corpus/a,b.txt', ['corpus/a,b.txt'], true],
    ['corpus/00-x.txt', ['corpus/00*.txt'], true],
    // Regular-expression characters are literal.
    ['corpus/a.b(c)$^|.txt', ['corpus/a.b(c)$^|.txt'], true],
    ['corpus/aXb.txt', ['corpus/a.b.txt'], false],
    ['', ['*'], true],
    ['a', [], false],
  ];
  for (const [p, globs, want] of cases) it(`${p} ~ ${globs.join(', ')} → ${want}`, () => assert.equal(matchesAnyGlob(p, globs), want));

  // Issue 30 #4: as a regular expression this glob backtracked past a minute (a
  // workspace setting froze the extension host). Time grows with length × length now.
  it('matches a glob of many stars against a long name without backtracking', function () {
    // A backtracking matcher takes more than 60 s here (exponential in the stars); the
    // automaton takes milliseconds. The bound is far from both, so a busy machine cannot fail it.
    this.timeout(30_000);
    const name = 'corpus/' + 'a'.repeat(56) + '.txt';
    for (const stars of [8, 20, 40]) {
      const glob = 'corpus/*' + 'a*'.repeat(stars - 1) + 'X.txt';
      assert.equal(matchesAnyGlob(name, [glob]), false, glob);
      assert.equal(matchesAnyGlob(name.replace('.txt', 'X.txt'), [glob]), true, glob);
    }
    assert.equal(matchesAnyGlob('a'.repeat(5000), ['*' + 'a*'.repeat(500) + 'X']), false);
  });

  it('takes nested alternatives without expanding them', () => {
    const glob = '{a,b}'.repeat(30) + '*.txt';
    assert.equal(matchesAnyGlob('ab'.repeat(15) + 'x.txt', [glob]), true);
    assert.equal(matchesAnyGlob('ab'.repeat(15) + 'c.md', [glob]), false);
  });
});
