import { brat } from './brat';
import { conll } from './conll';
import { csv } from './csv';
import { doccano } from './doccano';
import { jsonl } from './jsonl';
import { labelStudio } from './labelStudio';
import type { Format } from './types';
import { webAnnotation } from './webAnnotation';
import { webannoTsv } from './webannoTsv';

export const FORMATS: Record<string, Format> = Object.fromEntries([jsonl, csv, brat, webAnnotation, webannoTsv, conll, labelStudio, doccano].map((f) => [f.name, f]));

/**
 * Old names still accepted, with what to say: `webanno` was this project's name for
 * W3C Web Annotation, which is not WebAnno's own format (that is `webanno-tsv`).
 */
export const FORMAT_ALIASES: Record<string, { name: string; warning: string }> = {
  webanno: { name: 'w3c', warning: "the format name 'webanno' is deprecated: it is W3C Web Annotation, now called 'w3c' (WebAnno's and INCEpTION's own format is 'webanno-tsv')" },
};

/** A format by its name or an old alias (with the warning to show), or undefined. */
export function formatNamed(name: string): { format: Format; warning?: string } | undefined {
  const alias = FORMAT_ALIASES[name];
  const format = FORMATS[alias?.name ?? name];
  return format ? { format, ...(alias ? { warning: alias.warning } : {}) } : undefined;
}
export type { ExportOptions, Format, ImportedArticle, ImportedSpan, NotImported, OutputFile } from './types';
