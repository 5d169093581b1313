// The News Article TextMate grammar, tokenised the way VS Code does it (vscode-textmate
// with the Oniguruma WebAssembly build), over the bundled articles and a few made-up lines.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../../..');
const GRAMMAR = path.join(ROOT, 'syntaxes/news-article.tmLanguage.json');

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.news-article' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const g = await registry.loadGrammar('text.news-article');
  assert.ok(g, 'the grammar loads');
  grammar = g;
});

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) tokens.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return tokens;
}

/** The scopes over every character of the first occurrence of `needle` (which must not span lines). */
function scopesOf(tokens: Token[], needle: string): string[] {
  const lines = new Map<number, Token[]>();
  for (const t of tokens) lines.set(t.line, [...(lines.get(t.line) ?? []), t]);
  for (const ts of lines.values()) {
    const text = ts.map((t) => t.text).join('');
    const at = text.indexOf(needle);
    if (at < 0) continue;
    let pos = 0;
    let common: string[] | undefined;
    for (const t of ts) {
      const end = pos + t.text.length;
      if (end > at && pos < at + needle.length) common = common ? common.filter((s) => t.scopes.includes(s)) : t.scopes;
      pos = end;
    }
    return common ?? [];
  }
  throw new Error(`"${needle}" is not in the text`);
}

const article = (name: string) => tokenize(fs.readFileSync(path.join(ROOT, 'corpus', name), 'utf8'));

describe('News Article grammar', () => {
  const HEADING = 'strong.headline.news-article';
  const DATE = 'constant.numeric.date.dateline.news-article';
  const CAPTION = 'emphasis.caption.news-article';
  const QUOTE = 'string.quoted.double.news-article';
  const AUTHOR = 'markup.italic.author.news-article';

  // [article, text, scope it must carry, or null for plain text (the root scope only)]
  const cases: [string, string, string | null][] = [
    ['000-putin-amasses-500000-troops.txt', 'date 2023-02-02', DATE],
    ['000-putin-amasses-500000-troops.txt', "Putin amasses 500,000 troops for 'new Ukraine invasion'", HEADING],
    ['000-putin-amasses-500000-troops.txt', '2 February 2023, 16:24', DATE],
    ['000-putin-amasses-500000-troops.txt', 'tensions in Ukraine rise. Picture: Alamy', CAPTION],
    ['000-putin-amasses-500000-troops.txt', 'Harvey Lindsay', AUTHOR],
    ['000-putin-amasses-500000-troops.txt', 'tensions in Ukraine rise in a renewed clash', null],
    ['000-putin-amasses-500000-troops.txt', 'BFM network that the real figures of conscripts deployed to battle in Ukraine could be much more. Picture: Getty', CAPTION],
    ['000-putin-amasses-500000-troops.txt', 'rescue operation on February 02, 2023 in Kramatorsk, Ukraine.', null],
    ['001-putin-tells-us-officials-leave-russia.txt', 'Tuesday, 19 Nov 2024', DATE],
    ['001-putin-tells-us-officials-leave-russia.txt', 'War fears as Putin tells US officials leave Russia NOW', HEADING],
    ['001-putin-tells-us-officials-leave-russia.txt', 'VLADIMIR Putin has ordered US officials', null],
    ['002-russia-plans-troop-surge-targets-kharkiv.txt', 'NewsRussia reportedly plans massive troop surge', HEADING],
    ['002-russia-plans-troop-surge-targets-kharkiv.txt', '2:09 PM EDT, March 22, 2024', DATE],
    ['002-russia-plans-troop-surge-targets-kharkiv.txt', 'Images source: © Getty Images | Anadolu Agency', CAPTION],
    ['002-russia-plans-troop-surge-targets-kharkiv.txt', '"Wiorstka"', QUOTE],
    ['003-russia-plans-new-mobilization.txt', 'Ukraine says Russia plans new mobilization', HEADING],
    ['003-russia-plans-new-mobilization.txt', '“We have no doubt that the current masters of Russia', QUOTE],
    ['003-russia-plans-new-mobilization.txt', 'Kyiv has said for weeks', null],
    ['004-live-russia-failing-to-punch-through.txt', 'Russia failing to ‘punch through’ despite 97% of army at war', HEADING],
    ['004-live-russia-failing-to-punch-through.txt', '•', 'punctuation.definition.list.begin.news-article'],
    ['004-live-russia-failing-to-punch-through.txt', 'Wagner has ‘almost certainly’ made gains', 'markup.list.unnumbered.news-article'],
    ['004-live-russia-failing-to-punch-through.txt', '15:20', 'constant.numeric.time.news-article'],
    ['004-live-russia-failing-to-punch-through.txt', 'Maryam Zakir-Hussain', AUTHOR],
    ['004-live-russia-failing-to-punch-through.txt', 'Russian Foreign Minister Sergei Lavrov (AP)', CAPTION],
  ];
  const cache = new Map<string, Token[]>();
  for (const [name, text, scope] of cases) {
    it(`${name.slice(0, 3)}: ${text} → ${scope ?? 'plain text'}`, () => {
      if (!cache.has(name)) cache.set(name, article(name));
      const scopes = scopesOf(cache.get(name)!, text);
      if (scope) assert.ok(scopes.includes(scope), `scopes: ${scopes.join(' ')}`);
      else assert.deepEqual(scopes, ['text.news-article']);
    });
  }

  it('takes the first non-empty line that is not a dateline as the headline, and only that line', () => {
    const tokens = tokenize('\n\n  3 March 2024\n\nA headline “with a quote”\n\nA second line\n');
    assert.ok(scopesOf(tokens, '3 March 2024').includes(DATE));
    assert.ok(scopesOf(tokens, 'A headline').includes(HEADING));
    assert.ok(scopesOf(tokens, 'with a quote').includes(QUOTE));
    assert.deepEqual(scopesOf(tokens, 'A second line'), ['text.news-article']);
  });

  it('reads other datelines and entry headers', () => {
    const tokens = tokenize('Title\n date 2023-02-02\nMarch 22, 2024\nTuesday 14 February 2023 18:08 , Andy Gregory\n');
    assert.ok(scopesOf(tokens, 'date 2023-02-02').includes(DATE));
    assert.ok(scopesOf(tokens, 'March 22, 2024').includes(DATE));
    assert.ok(scopesOf(tokens, '18:08').includes('constant.numeric.time.news-article'));
    assert.ok(scopesOf(tokens, 'Andy Gregory').includes(AUTHOR));
  });
});
