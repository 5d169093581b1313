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

/** A checkable claim: filled by the claims stage (see the claims issue). */
export interface Claim extends Span {
  id: string;
  topic: string;
  source: string | null;
  related: string[];
  subject?: string;
  numbers?: number[];
  date?: string | null;
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
