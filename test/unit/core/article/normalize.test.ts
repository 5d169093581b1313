import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CP1252, MAC_ROMAN } from '../../../../src/core/article/codepages';
import { normalizeForAnalysis } from '../../../../src/core/article/normalize';

const CORPUS = path.resolve(__dirname, '../../../../../corpus');
const seed = (prefix: string) => {
  const f = fs.readdirSync(CORPUS).find((n) => n.startsWith(prefix))!;
  return fs.readFileSync(path.join(CORPUS, f), 'utf8');
};

// Windows-1252 0x80–0x9F from the WHATWG index (Node's TextDecoder reads the label as Latin-1).
const W1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
function decodeByte(b: number, encoding: 'windows-1252' | 'macintosh'): string {
  if (b < 0x80) return String.fromCharCode(b);
  if (encoding === 'macintosh') return new TextDecoder('macintosh').decode(Uint8Array.of(b));
  return String.fromCharCode(b < 0xa0 ? W1252_80_9F[b - 0x80] : b);
}

/** `s` as UTF-8 bytes read back in a single-byte code page. */
function misread(s: string, encoding: 'windows-1252' | 'macintosh'): string {
  return [...Buffer.from(s, 'utf8')].map((b) => decodeByte(b, encoding)).join('');
}

describe('article/normalize', () => {
  describe('code page tables', () => {
    it('agree with the platform decoders for every byte 0x80–0xFF', () => {
      for (const [cp, enc] of [[CP1252, 'windows-1252'], [MAC_ROMAN, 'macintosh']] as const) {
        const all = Array.from({ length: 128 }, (_, i) => decodeByte(0x80 + i, enc)).join('');
        assert.equal(cp.chars, all, enc);
      }
      assert.equal(new TextDecoder('macintosh').decode(Uint8Array.of(0xe2, 0x80, 0x99)), '‚Äô');
    });
  });

  describe('repairs', () => {
    const cases: [string, string, string][] = [
      // [name, mojibake, repaired]
      ['Mac Roman apostrophe (seed 003)', '[Russia‚Äôs]', '[Russia’s]'],
      ['Mac Roman quotes', '‚ÄúYes‚Äù', '“Yes”'],
      ['Mac Roman dash and ellipsis', 'a ‚Äì b‚Ä¶', 'a – b…'],
      ['Mac Roman é', 'caf√©', 'café'],
      ['Windows-1252 apostrophe', 'Itâ€™s', 'It’s'],
      ['Windows-1252 quotes with the 0x9D byte kept', 'â€œYesâ€\u009d', '“Yes”'],
      ['Windows-1252 closing quote whose 0x9D byte was dropped', 'â€œYesâ€ he said', '“Yes” he said'],
      ['Windows-1252 closing quote at the end of the text', 'â€œYesâ€', '“Yes”'],
      ['Windows-1252 em dash', 'a â€” b', 'a — b'],
      ['Windows-1252 euro', 'â‚¬500m', '€500m'],
      ['Windows-1252 é and ©', 'CafÃ© Â© AP', 'Café © AP'],
      ['Windows-1252 no-break space', 'inÂ\u00a0Ukraine', 'in\u00a0Ukraine'],
      ['Windows-1252 Cyrillic run', 'ÐŸÑƒÑ‚Ð¸Ð½', 'Путин'],
      ['Windows-1252 emoji', 'ðŸ˜€!', '😀!'],
      ['leading BOM', '\ufeffTitle', 'Title'],
    ];
    for (const [name, bad, good] of cases) {
      it(name, () => {
        const n = normalizeForAnalysis(bad);
        assert.equal(n.text, good);
        assert.equal(n.identity, false);
        assert.equal(n.toOriginal(0), bad.startsWith('\ufeff') ? 1 : 0);
        assert.equal(n.toOriginal(n.text.length), bad.length);
      });
    }

    it('undoes UTF-8 misread as Windows-1252 or Mac Roman for typical news text', () => {
      const s = 'Zelensky’s “plan” – 97% … €11bn — café, Łódź, naïve. ‘Quoted’ •';
      for (const enc of ['windows-1252', 'macintosh'] as const) {
        const bad = misread(s, enc);
        assert.notEqual(bad, s);
        assert.equal(normalizeForAnalysis(bad).text, s, enc);
      }
    });
  });

  describe('leaves real text alone', () => {
    const clean = [
      'ESPAÑA” and “É”', // Latin letters next to quotes
      'café, Ä, Ö, Ü, ß, “Ñ”',
      'Привет, Путин', // real Cyrillic
      '😀 emoji',
      'A ‚low‘ quote',
      'Plain ASCII only.',
    ];
    for (const s of clean) {
      it(JSON.stringify(s), () => {
        const n = normalizeForAnalysis(s);
        assert.equal(n.text, s);
        assert.equal(n.identity, true);
        assert.equal(n.toOriginal(3), 3);
      });
    }
  });

  describe('offsets', () => {
    it('map repaired offsets back to the exact file text (seed 003)', () => {
      const raw = seed('003');
      const n = normalizeForAnalysis(raw);
      assert.equal(n.identity, false);
      assert.equal(raw.length - n.text.length, 2);
      const s = n.text.indexOf('[Russia’s]');
      assert.ok(s > 0);
      const e = s + '[Russia’s]'.length;
      assert.equal(raw.slice(n.toOriginal(s), n.toOriginal(e)), '[Russia‚Äôs]');
      // just the apostrophe
      const a = s + '[Russia'.length;
      assert.equal(raw.slice(n.toOriginal(a), n.toOriginal(a + 1)), '‚Äô');
      // text before and after the repair is unchanged and maps one to one
      assert.equal(n.toOriginal(s), raw.indexOf('[Russia‚Äôs]'));
      assert.equal(n.toOriginal(n.text.length), raw.length);
      for (const i of [0, 100, s - 1, e, e + 50, n.text.length - 1]) assert.equal(raw[n.toOriginal(i)], n.text[i], `offset ${i}`);
    });

    it('are monotonic, and every unrepaired character maps onto itself', () => {
      const raw = 'x Itâ€™s “a” ‚Äúb‚Äù cafÃ© ðŸ˜€ end';
      const n = normalizeForAnalysis(raw);
      assert.equal(n.text, 'x It’s “a” “b” café 😀 end');
      let prev = -1;
      for (let i = 0; i <= n.text.length; i++) {
        const o = n.toOriginal(i);
        assert.ok(o >= prev, `monotonic at ${i}`);
        prev = o;
      }
      for (const word of ['x ', 'It', 's ', '“a”', ' caf', ' end']) {
        const i = n.text.indexOf(word);
        assert.equal(raw.slice(n.toOriginal(i), n.toOriginal(i) + word.length), word);
      }
      // a span over the emoji (a surrogate pair) covers its four mojibake characters
      const em = n.text.indexOf('😀');
      assert.equal(raw.slice(n.toOriginal(em), n.toOriginal(em + 2)), 'ðŸ˜€');
      assert.equal(n.toOriginal(em + 1), n.toOriginal(em + 2));
    });

    it('takes the fast identity path for the clean seeds', () => {
      for (const p of ['000', '001', '002', '004']) {
        const raw = seed(p);
        const n = normalizeForAnalysis(raw);
        assert.equal(n.identity, true, p);
        assert.equal(n.text, raw);
      }
    });

  });
});
