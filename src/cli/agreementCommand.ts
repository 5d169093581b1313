import * as path from 'node:path';
import { anchor } from '../core/annotations/anchoring';
import { SidecarStore } from '../core/annotations/sidecarStore';
import { collectArticles } from '../core/corpus/collectArticles';
import { readArticle } from '../core/corpus/readArticle';
import { cohensKappa, krippendorffAlpha, spanAgreement, tokenLabels, type Labelled } from '../core/export/agreement';

/**
 * `corpus-annotator agreement <folder A> <folder B> [more…]`: each folder holds one
 * annotator's copy of the corpus with its sidecars. Prints span precision, recall and
 * F1 per label (A as reference), Cohen's κ at token level for two annotators or
 * Krippendorff's α for more, and the spans they disagree on.
 */
export async function agreementCommand(args: string[]): Promise<number> {
  const folders = args.filter((a) => !a.startsWith('--'));
  if (folders.length < 2) {
    process.stderr.write('corpus-annotator agreement: name two or more annotators\' folders\n');
    return 2;
  }
  const store = new SidecarStore();
  const perAnnotator: Map<string, Labelled[]>[] = [];
  const texts = new Map<string, string>();
  for (const folder of folders) {
    const { files, errors } = await collectArticles([folder]);
    for (const e of errors) process.stderr.write(`error: ${e.path}: ${e.error}\n`);
    const spans = new Map<string, Labelled[]>();
    for (const file of files) {
      const read = await readArticle(file);
      if (!read.ok) continue;
      const name = path.basename(file);
      if (!texts.has(name)) texts.set(name, read.text);
      const loaded = await store.load(file);
      if (loaded.state === 'invalid') {
        process.stderr.write(`warning: ${loaded.file} is not valid; left out\n`);
        continue;
      }
      const list: Labelled[] = [];
      for (const a of loaded.sidecar.annotations) {
        if (a.status === 'rejected') continue;
        const r = anchor(read.text, a.target);
        if (r.state !== 'orphaned') list.push({ label: a.label, start: r.start!, end: r.end! });
      }
      spans.set(name, list);
    }
    perAnnotator.push(spans);
  }
  const names = folders.map((f) => path.basename(path.resolve(f)));
  const [a, b] = perAnnotator;
  process.stdout.write(`span agreement, ${names[0]} (reference) vs ${names[1]}\n`);
  process.stdout.write(`${'label'.padEnd(16)}${'both'.padStart(6)}${'only A'.padStart(8)}${'only B'.padStart(8)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}\n`);
  for (const r of spanAgreement(a, b)) {
    process.stdout.write(`${r.label.padEnd(16)}${String(r.both).padStart(6)}${String(r.onlyA).padStart(8)}${String(r.onlyB).padStart(8)}${r.precision.toFixed(3).padStart(7)}${r.recall.toFixed(3).padStart(7)}${r.f1.toFixed(3).padStart(7)}\n`);
  }
  const rows: string[][] = perAnnotator.map(() => []);
  for (const [article, text] of texts) {
    const labels = tokenLabels(text, perAnnotator.map((m) => m.get(article) ?? []));
    labels.forEach((l, i) => rows[i].push(...l));
  }
  if (perAnnotator.length === 2) process.stdout.write(`\nCohen's kappa (tokens): ${cohensKappa(rows[0], rows[1]).toFixed(3)} over ${rows[0].length} tokens\n`);
  else process.stdout.write(`\nKrippendorff's alpha (nominal, tokens): ${krippendorffAlpha(rows).toFixed(3)} over ${rows[0].length} tokens, ${rows.length} annotators\n`);
  process.stdout.write('\ndisagreements:\n');
  for (const [article, text] of texts) {
    const ka = new Set((a.get(article) ?? []).map((x) => `${x.label}|${x.start}|${x.end}`));
    const kb = new Set((b.get(article) ?? []).map((x) => `${x.label}|${x.start}|${x.end}`));
    for (const [k, who] of [...[...ka].filter((x) => !kb.has(x)).map((x) => [x, names[0]]), ...[...kb].filter((x) => !ka.has(x)).map((x) => [x, names[1]])]) {
      const [label, s, e] = k.split('|');
      process.stdout.write(`  ${article}:${s}-${e} ${label} “${text.slice(+s, +e).replace(/\s+/g, ' ').slice(0, 60)}” only ${who}\n`);
    }
  }
  return 0;
}
