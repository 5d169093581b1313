import * as assert from 'node:assert/strict';
import { controlFreeLine, escapeMarkdown, markdown, plain, plainText, stripControls, trusted } from '../../../../src/core/text/untrusted';

/** What `cat -v` would show of the control bytes: none may remain. */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('untrusted text', () => {
  describe('stripControls (what the command line prints)', () => {
    const cases: [string, string, string][] = [
      ['OSC title set, BEL-terminated', 'a\x1b]0;pwned\x07b', 'ab'],
      ['OSC 52 clipboard write, ST-terminated', 'a\x1b]52;c;ZWNobyBwd25lZA==\x1b\\b', 'ab'],
      ['CSI clear screen', 'a\x1b[2Jb', 'ab'],
      ['CSI with parameters and intermediates', 'a\x1b[38;5;196mred\x1b[0mb', 'aredb'],
      ['an unterminated OSC swallows the rest, as a terminal would', 'a\x1b]0;title', 'a'],
      ['a bare ESC and a two-character escape', 'a\x1bcb\x1b', 'ab'],
      ['C1 CSI and other C1 controls', 'a\u009b2Jb\u0085c', 'a2Jbc'],
      ['carriage return, backspace, NUL and DEL', 'ok\rfake\b\x00\x7f!', 'okfake!'],
      ['bidi override and isolates', 'photo\u202egnp.exe\u202c \u2066x\u2069', 'photognp.exe x'],
      ['tab and line feed are kept', 'a\tb\nc', 'a\tb\nc'],
      ['ordinary text, quotes and accents are kept', '“Kyiv” — café, 500,000', '“Kyiv” — café, 500,000'],
    ];
    for (const [what, input, want] of cases) it(what, () => assert.equal(stripControls(input), want));

    it('leaves no control character in any mix of escapes and text', () => {
      const hostile = 'Evil \x1b]0;t\x07 \x1b]52;c;AA==\x07 \x1b[2J \u009b1m \u202egnp.exe\u202c \x1b[8mHidden\x1b[0m';
      assert.doesNotMatch(stripControls(hostile), CONTROLS);
      assert.equal(controlFreeLine('a\n\t b\x1b[2J'), 'a b');
    });

    it('is linear on long runs of escape-like bytes', () => {
      const s = '\x1b['.repeat(200_000) + '\x1b]'.repeat(200_000);
      const t = Date.now();
      assert.doesNotMatch(stripControls(s), CONTROLS);
      assert.ok(Date.now() - t < 2000, 'a regression guard: this takes milliseconds');
    });
  });

  describe('plainText (notifications, quick picks, tree items)', () => {
    it('breaks command and web links, so a notification renders no link', () => {
      const name = '[Fix encoding](command:workbench.action.terminal.new?%5B%22x%22%5D).txt';
      const shown = plainText(name);
      assert.doesNotMatch(shown, /\]\(/, 'no "](" left for a link to be made of');
      assert.equal(shown.replace(/\u200b/g, ''), name, 'a person reads the same name');
    });

    it('breaks theme-icon syntax, strips controls and folds lines', () => {
      assert.doesNotMatch(plainText('$(alert) warn'), /\$\(/);
      assert.equal(plainText('one\ntwo\r\n\tthree\u202e'), 'one two three');
    });

    it('caps the length with an ellipsis and never splits a surrogate pair', () => {
      assert.equal(plainText('x'.repeat(500)).length, 200);
      assert.ok(plainText('x'.repeat(500)).endsWith('…'));
      const cut = plainText('a' + '😀'.repeat(10), 4);
      assert.equal(cut, 'a😀…');
      assert.equal(plainText('short', 10), 'short');
    });

    it('plain`` keeps the template and makes each value plain', () => {
      assert.equal(plain`Corpus Annotator: ${'[x](command:y)'} was not analysed: ${'bad\nbyte'}.`, 'Corpus Annotator: [x]\u200b(command:y) was not analysed: bad byte.');
    });
  });

  describe('escapeMarkdown (tooltips and hovers)', () => {
    it('escapes HTML, images and links so they show as written', () => {
      const s = escapeMarkdown('<img src="https://t.example/p.png"> ![b](https://t.example/b.png) [x](command:rm)');
      assert.doesNotMatch(s, /(?<!\\)[<>[\]()!]/, s);
      assert.equal(s.replace(/\\(.)/g, '$1').replace(/\u200b/g, ''), '<img src="https://t.example/p.png"> ![b](https://t.example/b.png) [x](command:rm)');
    });

    it('markdown`` escapes values but not the template or trusted parts', () => {
      const out = markdown`**${'*bold*'}** ${trusted('[Open](command:corpusAnnotator.openLocation)')}`;
      assert.equal(out, '**\\*bold\\*** [Open](command:corpusAnnotator.openLocation)');
    });
  });
});
