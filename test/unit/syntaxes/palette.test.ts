// One palette for the News Article grammar and the extension's highlights: in VS Code's
// default light, dark and high-contrast themes, no two meanings share a colour, and
// every label colour is readable on the editor's background.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contrastRatio, deltaE2000 } from './colourDifference';

const ROOT = path.resolve(__dirname, '../../../..');
type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';
interface Rule {
  scope: string[];
  settings: { foreground?: string; fontStyle?: string };
}
interface Theme {
  name: string;
  'editor.background': string;
  'editor.foreground': string;
  tokenColors: Rule[];
}
const THEMES: Record<ThemeKind, Theme> = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/unit/fixtures/defaultThemeTokenColours.json'), 'utf8')).themes;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const COLOURS: { id: string; defaults: Record<ThemeKind, string> }[] = pkg.contributes.colors;
const GRAMMAR = fs.readFileSync(path.join(ROOT, 'syntaxes/news-article.tmLanguage.json'), 'utf8');

/** A colour default: a hex value, or another colour id such as `editor.foreground`. */
function resolveDefault(value: string, theme: Theme): string {
  return value.startsWith('#') ? value : theme[value as 'editor.foreground'];
}

/** What a theme does with a scope: the rule with the longest matching prefix, TextMate's way. */
function styleOf(scope: string, theme: Theme): { foreground: string; fontStyle?: string } {
  let best: { length: number; settings: Rule['settings'] } | undefined;
  let bestFont: { length: number; fontStyle: string } | undefined;
  for (const r of theme.tokenColors)
    for (const s of r.scope)
      if (scope === s || scope.startsWith(s + '.')) {
        if (r.settings.foreground && (!best || s.length >= best.length)) best = { length: s.length, settings: r.settings };
        if (r.settings.fontStyle !== undefined && (!bestFont || s.length >= bestFont.length)) bestFont = { length: s.length, fontStyle: r.settings.fontStyle };
      }
  return { foreground: best?.settings.foreground ?? theme['editor.foreground'], fontStyle: bestFont?.fontStyle };
}

const grammarScope = (suffix: RegExp) => {
  const found = [...GRAMMAR.matchAll(/"name":\s*"([^"]+)"/g)].map((m) => m[1]).find((s) => suffix.test(s));
  assert.ok(found, `the grammar has a scope matching ${suffix}`);
  return found;
};

/**
 * Each meaning a person reads from a colour, with where its colour comes from: the
 * extension's own colours (highlights, label chips and the picker) or the theme's
 * colour for a grammar scope. Meanings that are the same thing share a colour on
 * purpose: numbers take the theme's colour for numbers, which the grammar gives
 * dates, and the quote label the theme's colour for quoted strings.
 */
const MEANINGS: { meaning: string; colour?: string; scope?: RegExp }[] = [
  { meaning: 'person', colour: 'corpusAnnotator.personForeground' },
  { meaning: 'place', colour: 'corpusAnnotator.placeForeground' },
  { meaning: 'organization', colour: 'corpusAnnotator.organizationForeground' },
  { meaning: 'number', colour: 'corpusAnnotator.numberForeground' },
  { meaning: 'number', scope: /^constant\.numeric\.date\.dateline/ },
  { meaning: 'quote', colour: 'corpusAnnotator.label.quote' },
  { meaning: 'quote', scope: /^string\.quoted/ },
  { meaning: 'claim', colour: 'corpusAnnotator.label.claim' },
  { meaning: 'a label of your own (1st)', colour: 'corpusAnnotator.label.custom1' },
  { meaning: 'a label of your own (2nd)', colour: 'corpusAnnotator.label.custom2' },
  { meaning: 'a label of your own (3rd)', colour: 'corpusAnnotator.label.custom3' },
  // The headline, the byline and captions are text, in bold or italics: the editor's own colour.
  { meaning: 'text', scope: /\.caption\.news-article$/ },
  { meaning: 'text', scope: /headline\.news-article$/ },
  { meaning: 'text', scope: /\.byline\.news-article$/ },
];

/** ΔE₀₀ below this reads as one colour at a glance in running text. */
const DISTINCT = 14;

describe('one palette for the grammar and the highlights', () => {
  for (const kind of Object.keys(THEMES) as ThemeKind[]) {
    const theme = THEMES[kind];
    const shown = MEANINGS.map((m) => {
      if (m.colour) {
        const c = COLOURS.find((x) => x.id === m.colour);
        assert.ok(c, `${m.colour} is contributed`);
        return { ...m, from: m.colour, hex: resolveDefault(c.defaults[kind], theme) };
      }
      const scope = grammarScope(m.scope!);
      return { ...m, from: scope, hex: styleOf(scope, theme).foreground };
    });

    it(`gives different meanings colours people tell apart, and one meaning one colour (${theme.name})`, () => {
      const clashes: string[] = [];
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++) {
          const [x, y] = [shown[i], shown[j]];
          const d = deltaE2000(x.hex, y.hex);
          if (x.meaning === y.meaning) {
            if (d > 2) clashes.push(`${x.meaning} is ${x.hex} (${x.from}) and ${y.hex} (${y.from})`);
          } else if (d < DISTINCT) clashes.push(`${x.meaning} ${x.hex} (${x.from}) ≈ ${y.meaning} ${y.hex} (${y.from}): ΔE ${d.toFixed(1)}`);
        }
      assert.deepEqual(clashes, []);
    });

    it(`keeps every label colour readable on the editor (${theme.name})`, () => {
      const low = shown
        .filter((s) => s.colour)
        .map((s) => ({ ...s, ratio: contrastRatio(s.hex, theme['editor.background']) }))
        .filter((s) => s.ratio < 4.5)
        .map((s) => `${s.from} ${s.hex}: ${s.ratio.toFixed(2)}:1`);
      assert.deepEqual(low, []);
    });
  }

  it('makes the headline bold, and the byline\'s "By" and captions italic, in every default theme, without a colour of their own', () => {
    for (const theme of Object.values(THEMES)) {
      const headline = styleOf(grammarScope(/headline\.news-article$/), theme);
      assert.equal(headline.fontStyle, 'bold', theme.name);
      assert.equal(headline.foreground, theme['editor.foreground'], theme.name);
      for (const scope of [/^emphasis\.byline/, /^emphasis\.caption/]) assert.deepEqual(styleOf(grammarScope(scope), theme), { foreground: theme['editor.foreground'], fontStyle: 'italic' }, theme.name);
    }
  });

  it('measures colour difference as CIEDE2000 does', () => {
    assert.equal(deltaE2000('#336699', '#336699'), 0);
    assert.ok(deltaE2000('#000000', '#ffffff') > 99);
    // Light Modern's headline and quotation colours before (#800000, #a31515): alike.
    assert.ok(deltaE2000('#800000', '#a31515') < 10);
    assert.ok(deltaE2000('#0550ae', '#0650ae') < 1, 'one step of one channel is not noticeable');
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  });
});
