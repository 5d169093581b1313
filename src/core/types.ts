/**
 * The engine's output contract. Every span is a pair of UTF-16 code-unit offsets
 * into the exact file text (JavaScript string indices), `end` exclusive, and
 * `text === fileText.slice(start, end)`. Other tools read these shapes, so the
 * names and meanings here change only with a version bump of the JSON output.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityKind = 'person' | 'place' | 'organization';

export interface Entity extends Span {
  kind: EntityKind;
  /** One name for every variant of the same entity, within an article and across a corpus. */
  canonical: string;
}

export type NumberKind =
  | 'count'
  | 'percent'
  | 'money'
  | 'date'
  | 'time'
  | 'year'
  | 'ordinal'
  | 'duration'
  | 'measure';

export interface NumberMention extends Span {
  kind: NumberKind;
  /** Normalised value; for ranges the low end (see `high`). Dates: epoch-free YYYYMMDD is not used — dates carry `iso`. */
  value: number | null;
  /** Upper end of a range (`4-5 months` → value 4, high 5). */
  high?: number;
  /** The noun the number counts or measures (`500,000 troops` → `troops`), a unit (`km`, `%`), or null. */
  unit: string | null;
  /** ISO 4217 code for money. */
  currency: string | null;
  /** `almost`, `up to`, `more than`, `about`, vague amounts (`hundreds of thousands`). */
  approx: boolean;
  /** Text that looks like a number but is not well formed (`3,0o0`): never silently read. */
  malformed: boolean;
  /** ISO date (`2024-03-22`, `2023-02`, `2023`) for kind `date`. */
  iso?: string;
}

export interface Quote extends Span {
  /** Canonical name of who is quoted, or null when the text does not say. */
  speaker: string | null;
  /** Where the speaker is named in the text (the mention the attribution resolved to), when known. */
  speakerSpan?: { start: number; end: number };
}

export interface ArticleMeta {
  title: string;
  /** ISO date (YYYY-MM-DD) the article gives for itself, or null. */
  date: string | null;
  byline: string | null;
}

export type ParagraphKind =
  | 'title'
  | 'dateline'
  | 'byline'
  | 'body'
  | 'heading'
  | 'bullet'
  | 'caption'
  | 'entry-header'
  | 'furniture';

export interface Paragraph {
  start: number;
  end: number;
  kind: ParagraphKind;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into `ArticleStructure.paragraphs`. */
  paragraph: number;
}

/** A live-blog entry: `15:20 , Maryam Zakir-Hussain` and the text up to the next header. */
export interface LiveEntry {
  start: number;
  end: number;
  /** `HH:MM` as printed in the header. */
  time: string;
  author: string | null;
  /** ISO date of the entry (the article's date where the entry gives none), or null. */
  date: string | null;
}

export interface ArticleStructure {
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entries: LiveEntry[];
}

/** A checkable claim: a sentence (or headline, caption, bullet) stating a quantity. */
export interface Claim extends Span {
  /** `<article name>#<hash of the sentence>` (with `-2`, `-3` for identical sentences): stable across runs. */
  id: string;
  /** Short stable key of what is measured, e.g. `russian-troop-numbers`. */
  topic: string;
  /** Readable form of the topic, e.g. "Russian troop numbers". */
  topicLabel: string;
  /** Who the claim is attributed to (canonical name where known), or null. */
  source: string | null;
  /** Ids of the claims about the same measured thing, in this article and others. */
  related: string[];
  /** What is measured, in words from the sentence (e.g. "troops amassed"). */
  subject: string;
  /** Indices into the article's `numbers` of the figures that carry the claim (the first is the main figure). */
  numbers: number[];
  /** The main figure, copied for readers of the claim alone. */
  figure: { text: string; value: number | null; high?: number; unit: string | null; kind: NumberKind; approx: boolean };
  /** The date the claim was made: the article's, or for a live-blog entry the entry's. */
  date: string | null;
  /** For live-blog entries, the entry's `HH:MM`. */
  time?: string | null;
}

/** One figure of a related-claim group, placed on the group's timeline. */
export interface TimelinePoint {
  id: string;
  file: string;
  date: string | null;
  time?: string | null;
  source: string | null;
  text: string;
  figureText: string;
  value: number | null;
  high?: number;
  unit: string | null;
  approx: boolean;
  /** The range the figure allows once its qualifier is read (`almost 500,000` → [400000, 500000]). */
  low: number;
  up: number;
}

/** Claims about the same measured thing across the corpus. */
export interface ClaimGroup {
  topic: string;
  label: string;
  /** Oldest first; undated last. */
  points: TimelinePoint[];
  /** Pairs of claim ids whose figures, at about the same time, cannot both be right. */
  disagreements: [string, string][];
  /** Pairs of claim ids whose figures differ across dates (a change over time, or a disagreement spread out). */
  changes: [string, string][];
}

export interface ArticleAnalysis {
  file: string;
  sha256: string;
  meta: ArticleMeta;
  entities: Entity[];
  numbers: NumberMention[];
  quotes: Quote[];
  claims: Claim[];
  structure: {
    paragraphs: Paragraph[];
    sentences: Sentence[];
    entries: LiveEntry[];
  };
}
