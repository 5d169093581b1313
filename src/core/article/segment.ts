import type { ArticleMeta, ArticleStructure, LiveEntry, Paragraph, ParagraphKind, Sentence } from '../types';
import { splitBlocks } from './blocks';
import { datePrefix, parseDateline } from './dates';
import { endsWithCredit, isCreditOnly, isFurniture, isLinkLeadIn } from './furniture';
import { parseEntryHeader, type EntryHeader } from './live';
import { splitSentences } from './sentences';
import { oneByteText } from '../text/oneByte';

interface Para {
  start: number;
  end: number;
  group: number;
  bullet: boolean;
  kind: ParagraphKind;
  /** Text with whitespace collapsed to single spaces. */
  flat: string;
  /** ISO date of a dateline. */
  date?: string | null;
  header?: EntryHeader;
  byline?: string;
}

/** How far into the article the header (title, dateline, byline) may reach. */
const HEADER_ZONE = 12;

const BYLINE_RE =
  /^(?:by|written by|words by|reporting by|report by)\s+((?:[\p{Lu}][\p{L}\p{M}'’.\-]*)(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|de|da|van|von|der|den|al|bin|le|la|du)){0,5}(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}\p{M}'’.\-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.\-]*){0,4})?)\s*(?:(?:,|\||–|—|-|\bin\b|\bfor\b)\s*.{0,60})?$/iu;
const AGENCIES = new Set(['AP', 'AFP', 'Reuters', 'PA', 'Bloomberg', 'Associated Press', 'Agencies', 'Staff', 'Newsdesk']);

const ODD_SPACE = /\s\s|[^\S ]/;

function flatten(text: string, start: number, end: number): string {
  const s = oneByteText(text).slice(start, end);
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

function stripClosers(s: string): string {
  return s.replace(/['"’”»)\]]+$/u, '');
}

/** A short line that does not end a sentence: `From a special operation to a war`, `Key Points`. */
function headingLike(flat: string): boolean {
  if (flat.length > 140 || !/\p{L}/u.test(flat) || /^\p{Ll}/u.test(flat)) return false;
  const words = flat.split(' ').length;
  if (words > 18) return false;
  const last = stripClosers(flat).slice(-1);
  if (last === '?') return words <= 12;
  return !/[.,;:!…]/.test(last);
}

function parseByline(flat: string): string | null {
  if (flat.length > 100) return null;
  const m = BYLINE_RE.exec(flat);
  if (!m) return null;
  const name = m[1].trim();
  // one capitalised word alone (`By Monday`) is not a byline unless it is an agency
  if (!/\s/.test(name) && !AGENCIES.has(name)) return null;
  return name;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** First pass: what each paragraph is on its own. */
function classify(p: Para): void {
  const f = p.flat;
  const header = parseEntryHeader(f);
  if (header) {
    p.kind = 'entry-header';
    p.header = header;
    return;
  }
  if (isFurniture(f)) {
    p.kind = 'furniture';
    return;
  }
  if (isCreditOnly(f)) {
    p.kind = 'furniture'; // a caption when it follows caption text in the same group (see below)
    return;
  }
  if (endsWithCredit(f)) {
    p.kind = 'caption';
    return;
  }
  const date = parseDateline(f);
  if (date) {
    p.kind = 'dateline';
    p.date = date;
    return;
  }
  const by = parseByline(f);
  if (by) {
    p.kind = 'byline';
    p.byline = by;
    return;
  }
  if (p.bullet) {
    p.kind = 'bullet';
    return;
  }
  p.kind = headingLike(f) ? 'heading' : 'body';
}

/** Photo captions: the alt text above a credited caption, repeated lines, credits under captions. */
function markCaptions(paras: Para[]): void {
  const textual = (k: ParagraphKind) => k === 'body' || k === 'heading' || k === 'caption';
  const groupSize = new Map<number, number>();
  for (const p of paras) groupSize.set(p.group, (groupSize.get(p.group) ?? 0) + 1);
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const prev = i > 0 && paras[i - 1].group === p.group ? paras[i - 1] : null;
    // A credit alone under caption text is part of the caption.
    if (p.kind === 'furniture' && prev && textual(prev.kind) && isCreditOnly(p.flat)) {
      p.kind = 'caption';
      prev.kind = 'caption';
    }
    // The same line twice in a row: an image's alt text and its caption.
    if (prev && textual(p.kind) && textual(prev.kind) && !p.bullet && norm(p.flat) === norm(prev.flat) && p.flat.length >= 12) {
      p.kind = 'caption';
      prev.kind = 'caption';
    }
  }
  // Text directly above a caption in the same group: its alt text or short title.
  for (let i = paras.length - 1; i > 0; i--) {
    const p = paras[i];
    if (p.kind !== 'caption') continue;
    for (let j = i - 1, steps = 0; j >= 0 && steps < 2 && paras[j].group === p.group; j--, steps++) {
      const q = paras[j];
      if (q.kind === 'caption') break;
      if (q.kind !== 'body' && q.kind !== 'heading') break;
      const a = norm(q.flat);
      const similar = norm(p.flat).startsWith(a.replace(/[.]$/, ''));
      const smallGroup = (groupSize.get(p.group) ?? 0) <= 4 && q.flat.length <= 160;
      if (!similar && !smallGroup) break;
      q.kind = 'caption';
    }
  }
}

/** Title, dateline and byline; the title may be preceded by a section label glued to it (`NewsRussia …`). */
function findMeta(paras: Para[]): ArticleMeta {
  const meta: ArticleMeta = { title: '', date: null, byline: null };
  const zone = Math.min(paras.length, HEADER_ZONE);
  let titleIdx = -1;
  for (let i = 0; i < zone; i++) {
    const p = paras[i];
    if (p.kind === 'heading' || p.kind === 'body') {
      const words = p.flat.split(' ').length;
      const ok = p.kind === 'heading' || (words <= 30 && p.flat.length <= 250);
      const more = paras.slice(i + 1).some((q) => q.kind === 'body' || q.kind === 'heading' || q.kind === 'bullet' || q.kind === 'entry-header');
      if (ok && more) titleIdx = i;
      break;
    }
    if (p.kind === 'entry-header' || p.kind === 'bullet') break;
  }
  if (titleIdx >= 0) {
    const t = paras[titleIdx];
    const tn = norm(t.flat);
    // A cleaner copy just below: `NewsRussia reportedly plans …` then `Russia reportedly plans …`.
    for (let j = titleIdx + 1; j < Math.min(paras.length, titleIdx + 5); j++) {
      const q = paras[j];
      if (q.kind !== 'heading' && q.kind !== 'body' && q.kind !== 'caption') continue;
      const qn = norm(q.flat);
      if (qn === tn) {
        q.kind = 'furniture';
        break;
      }
      if (qn.length >= 12 && tn.endsWith(qn) && tn.length - qn.length <= 30) {
        t.kind = 'furniture';
        titleIdx = j;
        break;
      }
    }
    paras[titleIdx].kind = 'title';
    meta.title = paras[titleIdx].flat.trim();
  }
  // Dateline: in the header, before the body starts.
  let bodySeen = 0;
  for (let i = 0; i < zone; i++) {
    const p = paras[i];
    if (p.kind === 'dateline' && p.date && !meta.date) meta.date = p.date;
    if (p.kind === 'body') bodySeen++;
    if (p.kind === 'entry-header' || bodySeen >= 1) break;
  }
  for (let i = 0; i < Math.min(paras.length, 20); i++) {
    if (paras[i].kind === 'byline' && paras[i].byline) {
      meta.byline = paras[i].byline!;
      break;
    }
  }
  return meta;
}

/** `Martha McHardy has more:` / `Read more:` and the link title under it. */
function markLinkLeadIns(paras: Para[]): void {
  for (let i = 0; i < paras.length; i++) {
    if (!isLinkLeadIn(paras[i].flat)) continue;
    paras[i].kind = 'furniture';
    const next = i + 1 < paras.length ? paras[i + 1] : undefined;
    if (next && (next.kind === 'heading' || next.kind === 'body') && headingLike(next.flat)) next.kind = 'furniture';
  }
}

/** Live-blog entries; each starts at its headline (the heading just above its header line) when there is one. */
function findEntries(paras: Para[], meta: ArticleMeta): LiveEntry[] {
  const headerIdx: number[] = [];
  for (let i = 0; i < paras.length; i++) if (paras[i].kind === 'entry-header') headerIdx.push(i);
  if (headerIdx.length === 0) return [];

  const startIdx: number[] = [];
  for (let h = 0; h < headerIdx.length; h++) {
    const i = headerIdx[h];
    const prevHeader = h > 0 ? headerIdx[h - 1] : -1;
    const q = paras[i - 1];
    const isHeadline =
      q && i - 1 > prevHeader && (q.kind === 'heading' || (q.kind === 'body' && q.flat.split(' ').length <= 25 && q.flat.length <= 160));
    if (isHeadline) q.kind = 'heading';
    startIdx.push(isHeadline ? i - 1 : i);
  }
  // A heading just above the next entry's headline is a link card, not text of the entry.
  for (let h = 0; h < headerIdx.length; h++) {
    const nextStart = h + 1 < headerIdx.length ? startIdx[h + 1] : paras.length;
    const last = nextStart - 1;
    const p = paras[last];
    if (last > headerIdx[h] + 1 && p.kind === 'heading' && paras[last - 1].kind !== 'heading') p.kind = 'furniture';
  }

  const entries: LiveEntry[] = [];
  let day: string | null = null; // a day the blog prints between entries
  let di = 0;
  for (let h = 0; h < headerIdx.length; h++) {
    const i = headerIdx[h];
    for (; di < startIdx[h]; di++) if (paras[di].kind === 'dateline' && paras[di].date) day = paras[di].date!;
    const hdr = paras[i].header!;
    const endIdx = (h + 1 < headerIdx.length ? startIdx[h + 1] : paras.length) - 1;
    entries.push({
      start: paras[startIdx[h]].start,
      end: paras[Math.max(endIdx, i)].end,
      time: hdr.time,
      author: hdr.author,
      date: hdr.date ?? day ?? meta.date,
    });
  }
  inferEntryDays(entries);
  return entries;
}

/**
 * Live blogs run newest first and often print the day only on older entries
 * (`15:20 , …` above `Tuesday 14 February 2023 23:45 , …`). Walking from the oldest
 * entry up, an undated entry is on the day of the entry below it, or the day after
 * when its time is more than twelve hours earlier than that entry's (the clock
 * passed midnight; a smaller step back is an entry pinned out of order).
 */
export function inferEntryDays(entries: LiveEntry[]): void {
  let day: string | null = null;
  let time = '';
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.date) {
      day = e.date;
    } else if (day) {
      if (minutes(time) - minutes(e.time) > 12 * 60) day = nextDay(day);
      e.date = day;
    }
    time = e.time;
  }
}

function minutes(hhmm: string): number {
  return hhmm ? Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) : 0;
}

function nextDay(iso: string): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Finds title, date, byline, paragraphs (with their kind), sentences and live-blog entries. */
export function segmentArticle(text: string): ArticleStructure {
  const blocks = splitBlocks(text);
  const paras: Para[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const bl = blocks[b];
    // `date 2023-02-02 Putin amasses …`: the date label and the title share the first line.
    if (paras.length < 3) {
      const dp = datePrefix(text.slice(bl.start, bl.end));
      if (dp) {
        const ds = { start: bl.start, end: bl.start + dp.length, group: bl.group, bullet: false, kind: 'dateline' as ParagraphKind, date: dp.iso };
        paras.push({ ...ds, flat: flatten(text, ds.start, ds.end) });
        let rs = ds.end;
        while (rs < bl.end && /\s/.test(text[rs])) rs++;
        const rest: Para = { start: rs, end: bl.end, group: bl.group, bullet: false, kind: 'body', flat: flatten(text, rs, bl.end) };
        classify(rest);
        paras.push(rest);
        continue;
      }
    }
    const p: Para = { start: bl.start, end: bl.end, group: bl.group, bullet: bl.bullet, kind: 'body', flat: flatten(text, bl.start, bl.end) };
    classify(p);
    paras.push(p);
  }

  markCaptions(paras);
  markLinkLeadIns(paras);
  const meta = findMeta(paras);
  const entries = findEntries(paras, meta);

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    paragraphs.push({ start: p.start, end: p.end, kind: p.kind });
    for (const [s, e] of splitSentences(text, p.start, p.end)) sentences.push({ start: s, end: e, paragraph: i });
  }
  return { meta, paragraphs, sentences, entries };
}
