import type { ExportArticle } from '../items';

/** A file an exporter writes, relative to the output folder. */
export interface OutputFile {
  path: string;
  content: string;
}

/** What an importer reads back: per article, spans with a label (and a note when the format has one). */
export interface ImportedArticle {
  article: string;
  annotations: { label: string; start: number; end: number; note?: string }[];
}

export interface Format {
  name: string;
  export(items: ExportArticle[]): OutputFile[];
  /** Reads the exported files back (given as path → content); absent for export-only formats. */
  import?(files: Map<string, string>, texts: Map<string, string>): ImportedArticle[];
}
