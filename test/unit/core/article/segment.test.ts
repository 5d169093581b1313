import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeForAnalysis } from '../../../../src/core/article/normalize';
import { inferEntryDays, segmentArticle } from '../../../../src/core/article/segment';
import type { ArticleMeta, ArticleStructure, ParagraphKind } from '../../../../src/core/types';

const CORPUS = path.resolve(__dirname, '../../../../../corpus');
const seedName = (prefix: string) => fs.readdirSync(CORPUS).find((n) => n.startsWith(prefix))!;
const seed = (prefix: string) => fs.readFileSync(path.join(CORPUS, seedName(prefix)), 'utf8');

/** Segments the normalised text and maps every offset back, as the pipeline does. */
function analyse(raw: string): ArticleStructure {
  const n = normalizeForAnalysis(raw);
  const s = segmentArticle(n.text);
  if (!n.identity) for (const r of [...s.paragraphs, ...s.sentences, ...s.entries]) [r.start, r.end] = [n.toOriginal(r.start), n.toOriginal(r.end)];
  return s;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');
function paragraphs(text: string, s: ArticleStructure, kind: ParagraphKind): string[] {
  return s.paragraphs.filter((p) => p.kind === kind).map((p) => flat(text.slice(p.start, p.end)));
}
function kindOf(text: string, s: ArticleStructure, startsWith: string, nth = 0): ParagraphKind | undefined {
  return s.paragraphs.filter((p) => flat(text.slice(p.start, p.end)).startsWith(startsWith))[nth]?.kind;
}

function checkInvariants(text: string, s: ArticleStructure): void {
  let prevEnd = 0;
  s.paragraphs.forEach((p, i) => {
    assert.ok(p.start >= prevEnd && p.end > p.start && p.end <= text.length, `paragraph ${i} order`);
    assert.ok(!/^\s|\s$/.test(text.slice(p.start, p.end)), `paragraph ${i} trimmed`);
    prevEnd = p.end;
    const sents = s.sentences.filter((x) => x.paragraph === i);
    assert.ok(sents.length >= 1, `paragraph ${i} has a sentence`);
    assert.equal(sents[0].start, p.start, `paragraph ${i} first sentence starts it`);
    assert.equal(sents[sents.length - 1].end, p.end, `paragraph ${i} last sentence ends it`);
  });
  let prev = -1;
  for (const x of s.sentences) {
    assert.ok(x.start > prev && x.end > x.start, 'sentences ordered');
    const p = s.paragraphs[x.paragraph];
    assert.ok(x.start >= p.start && x.end <= p.end, 'sentence inside its paragraph');
    assert.ok(!/^\s|\s$/.test(text.slice(x.start, x.end)), 'sentence trimmed');
    prev = x.start;
  }
  let entryEnd = 0;
  for (const e of s.entries) {
    assert.ok(e.start >= entryEnd && e.end > e.start, 'entries ordered, not overlapping');
    assert.match(e.time, /^\d\d:\d\d$/);
    entryEnd = e.end;
  }
}

describe('article/segment', () => {
  describe('meta of the seeds', () => {
    const expected: [string, ArticleMeta][] = [
      ['000', { title: "Putin amasses 500,000 troops for 'new Ukraine invasion' ahead of war's first anniversary", date: '2023-02-02', byline: 'Harvey Lindsay' }],
      ['001', { title: 'War fears as Putin tells US officials leave Russia NOW amid fear of Ukraine invasion after 100,000 troops mass on border', date: '2024-11-19', byline: null }],
      ['002', { title: 'Russia reportedly plans massive troop surge in Ukraine, targets Kharkiv', date: '2024-03-22', byline: null }],
      ['003', { title: 'Ukraine says Russia plans new mobilization to “delay its defeat”.', date: null, byline: null }],
      ['004', { title: 'Ukraine news – live: Russia failing to ‘punch through’ despite 97% of army at war', date: null, byline: null }],
    ];
    for (const [prefix, meta] of expected) {
      it(prefix, () => {
        const raw = seed(prefix);
        const s = analyse(raw);
        assert.deepEqual(s.meta, meta);
        checkInvariants(raw, s);
      });
    }
  });

  describe('paragraph kinds in the seeds', () => {
    it('000: date prefix, title, dateline, captions, byline', () => {
      const raw = seed('000');
      const s = analyse(raw);
      assert.deepEqual(s.paragraphs.slice(0, 6).map((p) => p.kind), ['dateline', 'title', 'dateline', 'caption', 'caption', 'byline']);
      assert.equal(raw.slice(s.paragraphs[0].start, s.paragraphs[0].end), 'date 2023-02-02');
      assert.equal(raw.slice(s.paragraphs[1].start, s.paragraphs[1].end), s.meta.title);
      assert.deepEqual(paragraphs(raw, s, 'caption').length, 7);
      assert.equal(kindOf(raw, s, 'Ukrainian Defence Minister Oleksii Reznikov. Picture: Alamy'), 'caption');
      assert.equal(kindOf(raw, s, 'Ukrainian Defence Minister Oleksii Reznikov'), 'caption');
      assert.equal(kindOf(raw, s, 'The Russian president has gathered 300,000 men', 1), 'caption'); // `… Picture: Getty`
      assert.equal(kindOf(raw, s, 'The Russian president has gathered 300,000 men', 0), 'body');
      assert.equal(kindOf(raw, s, 'Vladimir Putin has amassed almost 500,000 troops as tensions in Ukraine rise in a renewed'), 'body');
      assert.deepEqual(paragraphs(raw, s, 'furniture'), []);
    });

    it('001: dateline, explainer heading, tip-off and related-posts furniture', () => {
      const raw = seed('001');
      const s = analyse(raw);
      assert.equal(s.paragraphs[0].kind, 'dateline');
      assert.equal(s.paragraphs[1].kind, 'title');
      assert.equal(kindOf(raw, s, 'What is happening between Russia and Ukraine?'), 'heading');
      assert.deepEqual(paragraphs(raw, s, 'furniture'), [
        'We pay for your stories!',
        'Do you have a story for The Sun news desk?',
        'Email us at [email\u00a0protected] or call 0207 782 4104. You can WhatsApp us on 07423 720 250. We pay for videos too.'.replace(/\s+/g, ' '),
        'Click here to upload yours.',
        'Click here to get The Sun newspaper delivered for FREE for the next six weeks.',
        'Source: Read Full Article',
        'Related Posts',
      ]);
      assert.equal(kindOf(raw, s, 'It is estimated some 14,000'), 'body');
    });

    it('002: glued section label, clean title, captions with an image source, heading', () => {
      const raw = seed('002');
      const s = analyse(raw);
      assert.deepEqual(s.paragraphs.slice(0, 6).map((p) => p.kind), ['furniture', 'title', 'caption', 'caption', 'caption', 'dateline']);
      assert.equal(kindOf(raw, s, 'Images source: © Getty Images'), 'caption');
      assert.equal(kindOf(raw, s, 'From a special operation to a war'), 'heading');
      assert.equal(kindOf(raw, s, 'Related content'), 'furniture');
      assert.equal(paragraphs(raw, s, 'body').length, 8);
    });

    it('003: headings, captions with parenthesised credits, comment-form furniture', () => {
      const raw = seed('003');
      const s = analyse(raw);
      assert.equal(s.paragraphs[0].kind, 'title');
      assert.deepEqual(paragraphs(raw, s, 'heading'), ['A group of soldiers’ widows speak out', 'Armored vehicles from France', 'Deployment of the Russian missile frigate']);
      assert.equal(kindOf(raw, s, 'Russian President Vladimir Putin participated in a video conference'), 'caption');
      assert.equal(kindOf(raw, s, 'The Russian frigate Admiral Gorshkov'), 'caption');
      assert.equal(kindOf(raw, s, 'Temporary market in Bakhmut, Ukraine.'), 'caption');
      assert.equal(kindOf(raw, s, 'Shoppers are served'), 'caption');
      assert.deepEqual(paragraphs(raw, s, 'furniture'), ['Leave a Reply', 'Your email address will not be published. Required fields are marked *']);
      // the body paragraph with the mojibake maps back onto the file text
      const p = s.paragraphs.find((x) => raw.slice(x.start, x.end).includes('[Russia‚Äôs]'));
      assert.ok(p && p.kind === 'body');
    });

    it('004: error box, key points, bullets, entry headers, link furniture', () => {
      const raw = seed('004');
      const s = analyse(raw);
      assert.equal(s.paragraphs[0].kind, 'title');
      assert.equal(s.paragraphs[1].kind, 'furniture');
      assert.equal(flat(raw.slice(s.paragraphs[1].start, s.paragraphs[1].end)), 'Oops! Something went wrong. Please try again later.');
      assert.equal(kindOf(raw, s, 'Key Points'), 'heading');
      const bullets = s.paragraphs.filter((p) => p.kind === 'bullet');
      assert.equal(bullets.length, 8);
      for (const b of bullets) {
        assert.notEqual(raw[b.start], '•');
        assert.match(raw.slice(b.start - 2, b.start), /^[•*] $/);
      }
      assert.equal(raw.slice(bullets[0].start, bullets[0].end), 'Russia failing to ‘punch through’ despite 97% of army at war');
      assert.equal(paragraphs(raw, s, 'entry-header').length, 60);
      for (const f of ['Read the full story by Independent reporter Andy Gregory.', 'Read more:', 'Martha McHardy has more:', 'Our travel correspondent Simon Calder has the details:', 'Click here for the full story.', 'British national dies in Ukraine, Foreign Office says', 'Russia suffering 824 losses a day in Ukraine']) {
        assert.equal(s.paragraphs.find((p) => flat(raw.slice(p.start, p.end)) === f)?.kind, 'furniture', f);
      }
      assert.equal(kindOf(raw, s, 'Defence Secretary Ben Wallace (PA Wire)'), 'caption');
      assert.equal(kindOf(raw, s, 'Defence Secretary Ben Wallace (PA Wire)', 1), 'caption');
      assert.equal(kindOf(raw, s, 'Russia ‘held 6,000 Ukrainian children for re-education', 1), 'heading');
      assert.equal(kindOf(raw, s, 'Watch: Russian state TV journalist'), 'heading');
    });
  });

  describe('live-blog entries (004)', () => {
    const raw = seed('004');
    const s = analyse(raw);
    it('one per header, with time, author and the day the header prints (or the day inferred from the entries below)', () => {
      assert.equal(s.entries.length, 60);
      assert.deepEqual(
        s.entries.slice(0, 3).map(({ time, author, date }) => ({ time, author, date })),
        [
          { time: '15:20', author: 'Maryam Zakir-Hussain', date: '2023-02-15' },
          { time: '14:22', author: 'Lucy Skoulding', date: '2023-02-15' },
          { time: '04:45', author: 'Stuti Mishra', date: '2023-02-15' },
        ],
      );
      const gregory = s.entries.find((e) => e.time === '18:08')!;
      assert.deepEqual({ author: gregory.author, date: gregory.date }, { author: 'Andy Gregory', date: '2023-02-14' });
      assert.equal(s.entries.find((e) => e.author === 'AP')!.time, '16:59');
      assert.equal(s.entries.filter((e) => e.date === '2023-02-14').length, 27);
      assert.equal(s.entries.filter((e) => e.date === '2023-02-15').length, 33);
    });
    it('each entry starts at its headline and runs to the next one', () => {
      const first = s.entries[0];
      assert.ok(raw.slice(first.start).startsWith('Russia failing to ‘punch through’ despite 97% of army at war\n\n15:20 , Maryam Zakir-Hussain'));
      assert.ok(raw.slice(first.start, first.end).endsWith('Defence Secretary Ben Wallace (PA Wire)'));
      assert.ok(raw.slice(s.entries[1].start).startsWith('Russian general who led oppression'));
      const last = s.entries[s.entries.length - 1];
      assert.ok(raw.slice(last.start).startsWith('Russia suffering 824 losses a day in Ukraine war, MoD says'));
      assert.equal(last.end, raw.trimEnd().length);
      // every header lies inside its entry
      const headers = s.paragraphs.filter((p) => p.kind === 'entry-header');
      headers.forEach((h, i) => assert.ok(h.start >= s.entries[i].start && h.end <= s.entries[i].end));
    });
  });

  describe('sentences in the seeds', () => {
    const sentencesOf = (raw: string, s: ArticleStructure, from: string) => {
      const p = s.paragraphs.findIndex((x) => raw.slice(x.start, x.end).startsWith(from));
      return s.sentences.filter((x) => x.paragraph === p).map((x) => raw.slice(x.start, x.end));
    };
    it('quotes, U.S., decimals, ellipses', () => {
      const raw = seed('004');
      const s = analyse(raw);
      assert.deepEqual(sentencesOf(raw, s, '“That has come at a huge cost'), [
        '“That has come at a huge cost to the Russian army.',
        'We now estimate 97 per cent of the Russian army, the whole Russian army, is in Ukraine,” Ben Wallace told BBC Radio 4’s Today programme.',
      ]);
      assert.equal(sentencesOf(raw, s, 'In recent weeks, U.S. President Joe Biden').length, 1);
      assert.equal(sentencesOf(raw, s, '“During the offensive ... the Ukrainian troops randomly retreated to a distance of up to 3 km (1.9 miles)').length, 1);
      assert.deepEqual(sentencesOf(raw, s, 'The consensus at Nato'), [
        'The consensus at Nato is that both the Nordic neighbors should join at the same time.',
        'Mr Stoltenberg said that he is “confident that both will be full members and are working hard to get both ratified as soon as possible.”',
      ]);
    });
    it('quote then period, and a title or caption is one sentence', () => {
      const raw = seed('000');
      const s = analyse(raw);
      assert.equal(sentencesOf(raw, s, 'Ukraine president, Volodymyr Zelenskyy').length, 1);
      assert.deepEqual(sentencesOf(raw, s, 'Putin amasses'), [s.meta.title]);
      assert.deepEqual(sentencesOf(raw, s, 'Vladimir Putin has amassed almost 500,000 troops as tensions in Ukraine rise. Picture'), [
        'Vladimir Putin has amassed almost 500,000 troops as tensions in Ukraine rise.',
        'Picture: Alamy',
      ]);
    });
    it('mojibake inside a sentence maps back whole (003)', () => {
      const raw = seed('003');
      const s = analyse(raw);
      const sent = s.sentences.map((x) => raw.slice(x.start, x.end)).filter((t) => t.includes('Russia‚Äôs]'));
      assert.deepEqual(sent, ['And the occupying country [Russia‚Äôs] management is ready for such losses,” Chernyak said.']);
    });
  });

  describe('CRLF line endings', () => {
    for (const prefix of ['000', '002', '003', '004']) {
      it(`${prefix} gives the same structure, shifted`, () => {
        const lf = seed(prefix);
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = analyse(lf);
        const b = analyse(crlf);
        assert.deepEqual(b.meta, a.meta);
        checkInvariants(crlf, b);
        const texts = (t: string, rs: { start: number; end: number }[]) => rs.map((r) => t.slice(r.start, r.end).replace(/\r\n/g, '\n'));
        assert.deepEqual(b.paragraphs.map((p) => p.kind), a.paragraphs.map((p) => p.kind));
        assert.deepEqual(texts(crlf, b.paragraphs), texts(lf, a.paragraphs));
        assert.deepEqual(texts(crlf, b.sentences), texts(lf, a.sentences));
        assert.deepEqual(b.sentences.map((x) => x.paragraph), a.sentences.map((x) => x.paragraph));
        assert.deepEqual(texts(crlf, b.entries), texts(lf, a.entries));
        assert.deepEqual(b.entries.map(({ time, author, date }) => [time, author, date]), a.entries.map(({ time, author, date }) => [time, author, date]));
        // each offset moved by the number of \r before it
        for (const p of a.paragraphs.slice(0, 5)) {
          const shift = lf.slice(0, p.start).split('\n').length - 1;
          assert.ok(b.paragraphs.some((q) => q.start === p.start + shift));
        }
      });
    }
  });

  describe('synthetic articles', () => {
    const seg = (t: string) => ({ t, s: segmentArticle(t) });
    const kinds = (t: string) => {
      const s = segmentArticle(t);
      return s.paragraphs.map((p) => [p.kind, t.slice(p.start, p.end)]);
    };

    it('header styles: dateline formats and bylines', () => {
      const cases: [string, ArticleMeta][] = [
        ['Headline here\nBy Jane Doe and John Roe, Kyiv\nPublished: 14:00 GMT, 2 Feb 2023\n\nBody text goes on here. More body text.\nAnother paragraph.', { title: 'Headline here', date: '2023-02-02', byline: 'Jane Doe and John Roe' }],
        ['Updated March 5, 2022 at 9:30 a.m. EST\nA title for it\n\nBody text goes on here. More body text.', { title: 'A title for it', date: '2022-03-05', byline: null }],
        ['Headline\n2022-03-05T10:00:00Z\n\nBody text goes on here. More body text.', { title: 'Headline', date: null, byline: null }],
        ['Headline\n5 March 2022\n\nBody text goes on here. More body text.', { title: 'Headline', date: '2022-03-05', byline: null }],
        ['Headline\n31 February 2022\n\nBody text goes on here. More body text.', { title: 'Headline', date: null, byline: null }],
        ['By Monday the troops had left the city and gone home for good.\nMore text here.', { title: 'By Monday the troops had left the city and gone home for good.', date: null, byline: null }],
      ];
      for (const [t, meta] of cases) assert.deepEqual(segmentArticle(t).meta, meta, t);
    });

    it('a body that mentions dates does not give the article a date', () => {
      const t = 'Title line\n\nRussia invaded on February 24, 2022, officials said.\n\n24 February 2022\n\nMore text here.';
      assert.equal(segmentArticle(t).meta.date, null);
    });

    it('a single sentence is not a title', () => {
      const { s } = seg('Vladimir Putin has amassed almost 500,000 troops, Oleksii Reznikov said.\n');
      assert.equal(s.meta.title, '');
      assert.deepEqual(s.paragraphs.map((p) => p.kind), ['body']);
    });

    it('furniture of many kinds', () => {
      const lines = [
        'Advertisement',
        'Story continues below advertisement',
        'Share this article',
        'Facebook | Twitter | Email',
        'Sign up to our free daily newsletter for the latest updates',
        'We use cookies to improve your experience. By continuing you accept our cookie policy.',
        'Accept all cookies',
        'Read More',
        'Related Posts',
        'Leave a Reply',
        'Picture: Alamy',
        'Oops! Something went wrong. Please try again later.',
        '© 2023 Example Media Ltd',
        'Follow us on Twitter',
      ];
      const t = 'Title of the story\n\nFirst body paragraph with enough words to be body text.\n\n' + lines.join('\n\n') + '\n\nLast body paragraph, also long enough to be body.';
      const k = kinds(t);
      for (const l of lines) assert.deepEqual(k.find(([, x]) => x === l), ['furniture', l], l);
      assert.equal(k[k.length - 1][0], 'body');
    });

    it('body sentences that mention sharing, cookies or newsletters stay body', () => {
      const body = [
        'Millions subscribe to his Telegram channel for updates on the war.',
        'Hackers used browser cookies to track the officials, the report said.',
        'Share prices in Moscow fell by 3% on Monday.',
        'Read the statement in full, he told reporters on Tuesday.',
      ];
      const t = 'Title of the story\n\n' + body.join('\n\n');
      const k = kinds(t);
      assert.deepEqual(k.slice(1), body.map((b) => ['body', b]));
    });

    it('bullets: marks, continuation lines, spans after the mark', () => {
      const t = 'Title of the story\n\nKey Points\n\n  • First point here\n  - Second point,\n    continued\n  * Third\n\nBody text, with a sentence. And another one.';
      const s = segmentArticle(t);
      const b = s.paragraphs.filter((p) => p.kind === 'bullet').map((p) => t.slice(p.start, p.end));
      assert.deepEqual(b, ['First point here', 'Second point,\n    continued', 'Third']);
    });

    it('headings, questions, captions, hard-wrapped lines', () => {
      const t = [
        'Title of the story',
        '',
        'First body paragraph with enough words to be body text.',
        '',
        'What happens next?',
        '',
        'A long paragraph that was',
        'hard-wrapped across lines. It goes on.',
        '',
        'Soldiers near the front line (Reuters)',
        '',
        'Troops at rest. Photo: AP',
        '',
        'Emergency workers search the rubble. (John Smith/AFP via Getty Images)',
      ].join('\n');
      assert.deepEqual(kinds(t), [
        ['title', 'Title of the story'],
        ['body', 'First body paragraph with enough words to be body text.'],
        ['heading', 'What happens next?'],
        ['body', 'A long paragraph that was\nhard-wrapped across lines. It goes on.'],
        ['caption', 'Soldiers near the front line (Reuters)'],
        ['caption', 'Troops at rest. Photo: AP'],
        ['caption', 'Emergency workers search the rubble. (John Smith/AFP via Getty Images)'],
      ]);
    });

    it('live blog: day separators give undated entries their day; 12-hour times', () => {
      const t = [
        'Live: the latest',
        '',
        'Wednesday 15 February 2023',
        '',
        'Headline one',
        '',
        '3:20 PM GMT , Jane Doe',
        '',
        'Text of one. More.',
        '',
        'Headline two',
        '',
        'Tuesday 14 February 2023 23:45 , John Roe',
        '',
        'Text of two.',
      ].join('\n');
      const s = segmentArticle(t);
      assert.deepEqual(s.meta.date, '2023-02-15');
      assert.deepEqual(s.entries.map(({ time, author, date }) => [time, author, date]), [
        ['15:20', 'Jane Doe', '2023-02-15'],
        ['23:45', 'John Roe', '2023-02-14'],
      ]);
      assert.ok(t.slice(s.entries[0].start, s.entries[0].end).startsWith('Headline one'));
      assert.ok(t.slice(s.entries[0].start, s.entries[0].end).endsWith('Text of one. More.'));
    });

    it('not entry headers: a time inside a sentence, a long tail', () => {
      const s = segmentArticle('Title\n\nAt 15:20, the troops moved forward into the city and stayed there.\n\nMore text here.');
      assert.equal(s.entries.length, 0);
      assert.ok(!s.paragraphs.some((p) => p.kind === 'entry-header'));
    });

    it('empty and blank input', () => {
      assert.deepEqual(segmentArticle(''), { meta: { title: '', date: null, byline: null }, paragraphs: [], sentences: [], entries: [] });
      assert.deepEqual(segmentArticle(' \n\r\n ').paragraphs, []);
    });
  });
});

describe('inferEntryDays', () => {
  const entry = (time: string, date: string | null) => ({ start: 0, end: 0, time, author: null, date });

  it('dates undated entries above a dated one, moving to the next day past midnight', () => {
    const entries = [entry('15:20', null), entry('00:45', null), entry('23:45', '2023-02-14'), entry('18:08', '2023-02-14')];
    inferEntryDays(entries);
    assert.deepEqual(entries.map((e) => e.date), ['2023-02-15', '2023-02-15', '2023-02-14', '2023-02-14']);
  });

  it('leaves entries undated when no entry below gives a day', () => {
    const entries = [entry('15:20', null), entry('14:00', null)];
    inferEntryDays(entries);
    assert.deepEqual(entries.map((e) => e.date), [null, null]);
  });
});
