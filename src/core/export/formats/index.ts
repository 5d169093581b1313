import { brat } from './brat';
import { conll } from './conll';
import { csv } from './csv';
import { doccano } from './doccano';
import { jsonl } from './jsonl';
import { labelStudio } from './labelStudio';
import type { Format } from './types';
import { webAnnotation } from './webAnnotation';

export const FORMATS: Record<string, Format> = Object.fromEntries([jsonl, csv, brat, webAnnotation, conll, labelStudio, doccano].map((f) => [f.name, f]));
export type { Format, ImportedArticle, OutputFile } from './types';
