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
  ];
  for (const [p, globs, want] of cases) it(`${p} ~ ${globs.join(', ')} → ${want}`, () => assert.equal(matchesAnyGlob(p, globs), want));
});
