// Writes a corpus the size of a real annotation project for the editor benchmark
// (npm run bench:editor) and for trying the extension by hand:
//   npm run corpus:large -- [outDir] [articles]     (default /tmp/corpus-annotator-2000, 2000)
// Each article is an edited copy of one of the bundled articles (corpus/): its figures
// varied, a few paragraphs left out and its title numbered, so the copies are news to the
// engine, share stories as a real corpus does (large claim groups), and weigh what real
// articles weigh (2,000 copies ≈ 27 MB). The same arguments write the same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './eval/types';
import { prng } from './generateCorpus';

export const DEFAULT_LARGE_CORPUS = '/tmp/corpus-annotator-2000';

export function generateLargeCorpus(outDir: string, articles: number, seed = 25): { files: string[]; bytes: number } {
  const bundled = path.join(repoRoot(), 'corpus');
  const sources = fs
    .readdirSync(bundled)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(bundled, f), 'utf8'));
  const rand = prng(seed);
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (f.endsWith('.txt')) fs.rmSync(path.join(outDir, f));
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < articles; i++) {
    const text = editedCopy(sources[i % sources.length], i, rand);
    const file = path.join(outDir, `article-${String(i).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/** One copy: the title numbered, about one paragraph in eight left out, most figures changed by up to ±30 %. */
function editedCopy(source: string, n: number, rand: () => number): string {
  const paragraphs = source.split(/\n\n/);
  const kept = paragraphs.filter((p, k) => k < 2 || rand() >= 0.125);
  kept[0] = `${kept[0].trimEnd()} (${n + 1})`;
  // Dates (the ` date YYYY-MM-DD ` header) and clock times are matched first and kept: varied, the
  // header's `02` became `2` or `3`, the article lost its date and the headline read the
  // fragment as its figure (a group of `2`, `02` under the measured thing `amasses`).
  return kept.join('\n\n').replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b/g, (figure) => {
    if (/[-:]/.test(figure)) return figure;
    // Years stay years and a third of the figures stay as reported, so copies still agree.
    const value = Number(figure.replace(/,/g, ''));
    if ((value >= 1900 && value <= 2100) || rand() < 0.33) return figure;
    const changed = Math.max(1, Math.round(value * (0.7 + rand() * 0.6)));
    return figure.includes(',') ? changed.toLocaleString('en-US') : String(changed);
  });
}

if (require.main === module) {
  const [out = DEFAULT_LARGE_CORPUS, count = '2000'] = process.argv.slice(2);
  const started = Date.now();
  const { files, bytes } = generateLargeCorpus(path.resolve(out), Number(count));
  process.stdout.write(`${files.length} articles, ${(bytes / 1048576).toFixed(1)} MiB in ${path.resolve(out)} (${Date.now() - started} ms)\n`);
}
