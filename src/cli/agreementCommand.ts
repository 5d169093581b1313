import { parseArgs } from 'node:util';
import { cohensKappa, krippendorffAlpha, spanAgreement } from '../core/export/agreement';
import { annotatorNames, disagreements, loadAnnotator, resolveAnnotatorSources, tokenRows } from '../core/export/annotators';
import { countOf } from '../core/util/countOf';
import { stripControls } from '../core/text/untrusted';

const USAGE = 'usage: corpus-annotator agreement <A> <B> [more…] [--in corpus/]   (each a folder, an annotator name, or an annotation set)';

/**
 * `corpus-annotator agreement A B [more…]`: each of A, B… is a folder holding one
 * person's copy of the corpus with its sidecars, or the name in the `annotator` field
 * of the sidecars in `--in` (default corpus/). Prints span precision, recall and F1
 * per label (A as reference), Cohen's κ at token level for two annotators or
 * Krippendorff's α for more, and the spans the first two disagree on.
 */
export async function agreementCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { in: { type: 'string' } } });
  } catch (e) {
    process.stderr.write(`corpus-annotator agreement: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.positionals.length < 2) {
    process.stderr.write(`corpus-annotator agreement: name two or more annotators\n${USAGE}\n`);
    return 2;
  }
  const corpus = parsed.values.in ?? 'corpus';
  const sources = await resolveAnnotatorSources(parsed.positionals, corpus);
  const unknown = sources.filter((s) => s.annotator !== undefined);
  if (unknown.length) {
    const names = await annotatorNames(corpus);
    const missing = unknown.filter((s) => !names.includes(s.annotator!));
    if (missing.length) {
      process.stderr.write(stripControls(`corpus-annotator agreement: ${missing.map((s) => `'${s.name}'`).join(', ')} is no folder, annotation set or annotator in the sidecars of ${corpus} (annotators: ${names.join(', ') || 'none'})\n`));
      return 1;
    }
  }
  const people = await Promise.all(sources.map(loadAnnotator));
  for (const p of people) for (const w of p.warnings) process.stderr.write(stripControls(`warning: ${w}\n`));
  const empty = people.find((p) => [...p.spans.values()].every((s) => s.length === 0));
  if (empty) process.stderr.write(stripControls(`warning: ${empty.name} has no annotations\n`));
  const [a, b] = people;
  const out: string[] = [`span agreement, ${a.name} (reference) vs ${b.name}`];
  out.push(`${'label'.padEnd(16)}${'both'.padStart(6)}${'only A'.padStart(8)}${'only B'.padStart(8)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`);
  for (const r of spanAgreement(a.spans, b.spans)) {
    out.push(`${r.label.padEnd(16)}${String(r.both).padStart(6)}${String(r.onlyA).padStart(8)}${String(r.onlyB).padStart(8)}${r.precision.toFixed(3).padStart(7)}${r.recall.toFixed(3).padStart(7)}${r.f1.toFixed(3).padStart(7)}`);
  }
  const { rows, articles } = tokenRows(people);
  if (rows[0].length === 0) {
    process.stderr.write(stripControls(`corpus-annotator agreement: nothing to compare: none of ${people.map((p) => p.name).join(', ')} annotated any article\n`));
    return 1;
  }
  const layers = new Set(people.flatMap((p) => [...p.spans.values()].flat().map((s) => s.label))).size;
  const over = `over ${rows[0].length} token units (${countOf(layers, 'label layer')}) of the ${countOf(articles, 'article')} annotated`;
  out.push('');
  if (people.length === 2) out.push(`Cohen's kappa (tokens): ${cohensKappa(rows[0], rows[1]).toFixed(3)} ${over}`);
  else out.push(`Krippendorff's alpha (nominal, tokens): ${krippendorffAlpha(rows).toFixed(3)} ${over}, ${rows.length} annotators`);
  const found = disagreements(a, b);
  out.push('', `disagreements (${found.length}):`);
  for (const d of found) {
    const shown = `“${d.text.replace(/\s+/g, ' ').slice(0, 60)}”`;
    if (d.kind === 'label') out.push(`  ${d.article}:${d.start}-${d.end} ${shown} ${d.a!.label} (${a.name}) ≠ ${d.b!.label} (${b.name})`);
    else out.push(`  ${d.article}:${d.start}-${d.end} ${(d.a ?? d.b)!.label} ${shown} only ${d.kind === 'only-a' ? a.name : b.name}`);
  }
  process.stdout.write(stripControls(out.join('\n') + '\n'));
  return 0;
}
