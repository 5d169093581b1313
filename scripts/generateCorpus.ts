import * as fs from 'node:fs';
import * as path from 'node:path';

/** A small seeded PRNG (mulberry32) so generated corpora are the same in every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes a synthetic corpus for benchmarks: articles assembled from the seed
 * articles' paragraphs in random order, with their figures varied, so the text
 * looks like news to the engine without being the same article again and again.
 */
export function generateCorpus(
  seedDir: string,
  outDir: string,
  opts: { targetBytes?: number; articles?: number; seed?: number },
): { files: string[]; bytes: number } {
  const rand = prng(opts.seed ?? 1);
  const paragraphs = fs
    .readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fs.readFileSync(path.join(seedDir, f), 'utf8').split(/\n\s*\n|\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 40);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    if (opts.articles !== undefined ? i >= opts.articles : bytes >= (opts.targetBytes ?? 1048576)) break;
    const day = 1 + Math.floor(rand() * 28);
    const lines = [`Article ${i + 1}`, '', `${day} ${months[Math.floor(rand() * 12)]} ${2022 + Math.floor(rand() * 3)}`, ''];
    const n = 6 + Math.floor(rand() * 20);
    for (let k = 0; k < n; k++) {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)];
      lines.push(p.replace(/\d{2,3}(?=,\d{3})/g, () => String(10 + Math.floor(rand() * 890))), '');
    }
    const text = lines.join('\n');
    const file = path.join(outDir, `article-${String(i).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
