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

/**
 * What a claim asserts, in order of precedence: a figure (count, share, amount, measure,
 * duration, rank, the year or date of an event); a record, first or superlative; a
 * comparison or change; a cause; a decision, ruling, refusal or other official act; any
 * other checkable statement.
 */
export type ClaimKind = 'quantity' | 'record' | 'comparison' | 'cause' | 'action' | 'statement';

/** What a claim is about, read from its sentence. Lemmas are lower case. */
export interface ClaimFrame {
  /** Who or what the claim is about: the subject's entity (canonical) or its noun phrase. */
  subject: string | null;
  /** The main verb's lemma (`soar`, `fine`, `refuse`), or null for a verbless headline. */
  predicate: string | null;
  negated: boolean;
  /** The modal verb on the predicate (`may`, `could`, `will`), or null. */
  modality: string | null;
  /** The measured thing: the lemmas of the noun the figure counts or measures (`death toll`, `pay rise`), or of the subject's noun. */
  measured: string | null;
  /** What became of what the figure counts (`dead`, `missing`, `injured`, `displaced`, `detained`, `rescued`), when the sentence says; absent in frames made before it was read. */
  state?: string | null;
  /** A place named in the sentence (canonical). */
  place: string | null;
  /** The time the claim is about: a date or year stated in the sentence, else the article's date. */
  time: string | null;
  /** The content lemmas of the sentence, for linking by meaning. */
  lemmas: string[];
  /** The canonical names of the entities of the sentence. */
  entities: string[];
}

/** A checkable claim: a sentence (or headline, caption, bullet) that states something a reader could verify. */
export interface Claim extends Span {
  /** `<article name>#<hash of the sentence>` (with `-2`, `-3` for identical sentences): stable across runs. */
  id: string;
  kind: ClaimKind;
  /** The check-worthiness model's probability for the sentence (0–1). */
  checkworthiness: number;
  /** Key of the related-claim group the claim belongs to (its own key when it has no related claims): stable across runs. */
  topic: string;
  /** The group's label, written from its claims' words, e.g. "Derna death toll". */
  topicLabel: string;
  /** Who the claim is attributed to (canonical name where known), or null. */
  source: string | null;
  /** Ids of the claims in the same group, in this article and others. */
  related: string[];
  /** What the claim is about, in words from the sentence (e.g. "death toll soared"). */
  subject: string;
  frame: ClaimFrame;
  /** Indices into the article's `numbers` of the figures in the claim (the first is the main figure). */
  numbers: number[];
  /** The main figure, copied for readers of the claim alone; null for a claim without one. */
  figure: { text: string; value: number | null; high?: number; unit: string | null; kind: NumberKind; approx: boolean } | null;
  /** The date the claim was made: the article's, or for a live-blog entry the entry's. */
  date: string | null;
  /** For live-blog entries, the entry's `HH:MM`. */
  time?: string | null;
}

/** One figure of a related-claim group, placed on the group's timeline. */
export interface TimelinePoint {
  id: string;
  kind: ClaimKind;
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
  /** The range the figure allows once its qualifier is read (`almost 500,000` → [400000, 500000]); 0, 0 without a figure. */
  low: number;
  up: number;
  /** What the figure can be compared with: a unit family (`duration`, `percent`, `money:EUR`, `count:death`); null without a figure. */
  measure: string | null;
  /** `≠`: differs from a figure of the same measure stated at about the same time; `Δ`: from one stated earlier. */
  mark: '≠' | 'Δ' | null;
}

/** Claims about the same fact across the corpus. */
export interface ClaimGroup {
  topic: string;
  label: string;
  /** Every claim of the group, oldest first, undated last; `value` is null for a claim without a figure. */
  points: TimelinePoint[];
  /** Pairs of claim ids whose figures, at about the same time, cannot both be right (the first 5,000; see disagreementCount). */
  disagreements: [string, string][];
  /** Pairs of claim ids whose figures differ across dates (a change over time, or a disagreement spread out); the first 5,000. */
  changes: [string, string][];
  /** How many disagreeing pairs there are in all: every one marks its claims' points `≠`. */
  disagreementCount: number;
  /** How many changing pairs there are in all: every one marks its claims' points `Δ` (unless `≠`). */
  changeCount: number;
}

export interface ArticleAnalysis {
  /**
   * The article, as the corpus's text source names it (TextSource): its path on the command
   * line, its URI (as a string) in the editor. Claim ids start with its name (articleName),
   * which is the same either way.
   */
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
