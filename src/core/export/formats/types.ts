import type { ExportArticle } from '../items';

/** A file an exporter writes, relative to the output folder. */
export interface OutputFile {
  path: string;
  content: string;
}

/** One span an importer read, in UTF-16 offsets; -1 marks offsets the file gave that do not fit its text. */
export interface ImportedSpan {
  label: string;
  start: number;
  end: number;
  note?: string;
  /** Who made it, where the file says (a Label Studio annotation's `completed_by`, a W3C `creator`). */
  annotator?: string;
  /** A machine's suggestion for review (Label Studio `predictions`), not a person's annotation. */
  suggested?: boolean;
  tags?: string[];
  /** The span's id in the file, for links to point at. */
  ref?: string;
  /** Links to other spans of the same document, by their `ref`. */
  links?: { type: 'speaker' | 'source'; to: string }[];
}

/** The link a relation of another tool is, by its type's name (case aside): a quotation's speaker or a claim's source; none for other types. */
export function linkTypeOf(name: string): 'speaker' | 'source' | undefined {
  const type = name.toLowerCase();
  return type === 'speaker' || type === 'source' ? type : undefined;
}

/** Why a relation of another type is not imported: `what` names it as its format does. */
export function noLinkCounterpart(what: string): string {
  return `${what} has no counterpart (links are a quotation's speaker and a claim's source)`;
}

/** Items of one kind the file held and the import did not bring in, with why. */
export interface NotImported {
  kind: string;
  count: number;
  reason: string;
}

/** What an importer reads back: per article, spans with a label (and a note when the format has one). */
export interface ImportedArticle {
  article: string;
  /** The text the other tool annotated, where its files carry it; spans are offsets into it (else into the article). */
  sourceText?: string;
  annotations: ImportedSpan[];
  /** What the file held for this article that the project cannot hold (relations of other types, events, cancelled annotations …). */
  notImported?: NotImported[];
}

/** Items left out, one per item, counted by kind and reason. */
export function countNotImported(items: { kind: string; reason: string }[]): NotImported[] {
  const counts = new Map<string, NotImported>();
  for (const x of items) {
    const key = `${x.kind}\u0000${x.reason}`;
    const c = counts.get(key) ?? { kind: x.kind, count: 0, reason: x.reason };
    c.count++;
    counts.set(key, c);
  }
  return [...counts.values()];
}

/** Choices a person makes about an export's shape. */
export interface ExportOptions {
  /** CoNLL: a `-DOCSTART-` line before each article (default). doccano's CoNLL reader refuses one. */
  docstart?: boolean;
}

export interface Format {
  name: string;
  export(items: ExportArticle[], options?: ExportOptions): OutputFile[];
  /**
   * Checks written files against the format's own rules and against the articles
   * they came from (offsets slice to the quoted text, required fields present).
   * Returns one readable problem per violation; empty when the export is sound.
   */
  validate(files: Map<string, string>, items: ExportArticle[], options?: ExportOptions): string[];
  /**
   * Reads the files of an export back (path → content, any names with the format's
   * extension); absent for export-only formats. Throws with a readable message on
   * files that are not this format.
   */
  import?(files: Map<string, string>, texts: Map<string, string>): ImportedArticle[];
}
