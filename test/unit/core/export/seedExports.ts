import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../../../src/core/analyze';
import { linkCorpus } from '../../../../src/core/corpus/linkCorpus';
import { BUILTIN_SETS } from '../../../../src/core/export/exportCorpus';
import { FORMATS, type OutputFile } from '../../../../src/core/export/formats';
import { exportArticle, type ExportArticle } from '../../../../src/core/export/items';
import { applySet } from '../../../../src/core/export/sets';

/** Where the expected exports of the bundled corpus live (compiled tests run from out/test/…). */
export const GOLDEN_DIR = path.resolve(__dirname, '../../../../../test/golden/export');
export const CORPUS_DIR = path.resolve(__dirname, '../../../../../corpus');

/**
 * The engine's findings on the seed articles, linked across the corpus, as the
 * `all` set, without sidecars (a
 * developer's own annotations in corpus/ must not change the golden files).
 */
export function seedItems(): ExportArticle[] {
  const names = fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = names.map((name) => fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8'));
  const analyses = names.map((name, k) => analyzeText(texts[k], path.join(CORPUS_DIR, name)));
  // The corpus-wide names (one spelling per person across articles), as users see them.
  linkCorpus(analyses);
  const items = analyses.map((a, k) => exportArticle(names[k], texts[k], a.sha256, a, undefined, true).item);
  return applySet(items, BUILTIN_SETS.find((s) => s.name === 'all')!);
}

/** The files each format writes for the seeds; brat's `.txt` copies are left out (they are the corpus bytes). */
export function seedExport(format: string, items: ExportArticle[]): OutputFile[] {
  return FORMATS[format].export(items).filter((f) => !(format === 'brat' && f.path.endsWith('.txt')));
}
