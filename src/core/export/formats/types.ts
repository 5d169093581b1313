import type { ExportArticle } from '../items';

/** A file an exporter writes, relative to the output folder. */
export interface OutputFile {
  path: string;
  content: string;
}

/** What an importer reads back: per article, spans with a label (and a note when the format has one). */
export interface ImportedArticle {
  article: string;
  /** The text the other tool annotated, where its files carry it; spans are offsets into it (else into the article). */
  sourceText?: string;
  /** Spans in UTF-16 offsets; -1 marks offsets the file gave that do not fit its text. */
  annotations: { label: string; start: number; end: number; note?: string }[];
}

export interface Format {
  name: string;
  export(items: ExportArticle[]): OutputFile[];
  /**
   * Checks written files against the format's own rules and against the articles
   * they came from (offsets slice to the quoted text, required fields present).
   * Returns one readable problem per violation; empty when the export is sound.
   */
  validate(files: Map<string, string>, items: ExportArticle[]): string[];
  /**
   * Reads the files of an export back (path → content, any names with the format's
   * extension); absent for export-only formats. Throws with a readable message on
   * files that are not this format.
   */
  import?(files: Map<string, string>, texts: Map<string, string>): ImportedArticle[];
}
