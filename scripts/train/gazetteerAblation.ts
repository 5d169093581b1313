// `npm run train:ablation`: what each data package of the gazetteer adds. For the whole
// gazetteer and for it without each source in turn (scripts/train/gazetteer.ts), the
// entity tagger is trained on CoNLL-2003 eng.train as `npm run train` trains it and
// scored on eng.testa (never trained on); the committed models are not touched. Each
// row takes one training (about a minute on one core).
//
//   ABLATION_SOURCES=brands,companies npm run train:ablation    (only those rows)
import { EntityTagger } from '../../src/core/extract/entities/model';
import { forgetWordForms } from '../../src/core/extract/entities/features';
import { useLearnedGazetteer } from '../../src/core/extract/entities/gazetteer';
import { run as scoreConll } from '../eval/conll';
import { evalDataDir } from '../eval/types';
import { trainEntityTagger, trainingDocuments } from '../train-entities';
import { distilGazetteer, GAZETTEER_SOURCES } from './gazetteer';

async function main() {
  const docs = trainingDocuments();
  if (!docs) process.exit(1);
  const only = (process.env.ABLATION_SOURCES ?? '').split(',').filter(Boolean);
  const variants: { name: string; without: Set<string> }[] = [{ name: 'all sources', without: new Set() }];
  for (const s of GAZETTEER_SOURCES) if (only.length === 0 || only.includes(s)) variants.push({ name: `without ${s}`, without: new Set([s]) });
  const rows: string[][] = [];
  let base: number[] | undefined;
  for (const v of variants) {
    const g = distilGazetteer(v.without);
    useLearnedGazetteer(g);
    forgetWordForms();
    const { gz } = trainEntityTagger(docs, () => {});
    const scored = await scoreConll(evalDataDir(), new EntityTagger(gz));
    if (!scored) throw new Error('no CoNLL-2003 eng.testa');
    const f1 = ['PER/LOC/ORG exact-span F1', 'PER F1', 'LOC F1', 'ORG F1'].map((m) => scored.find((r) => r.metric === m)!.value);
    base ??= f1;
    const names = Object.values(g.entries).reduce((n, l) => n + l.length, 0);
    rows.push([v.name, String(names), ...f1.map((x, i) => `${x.toFixed(4)}${v.without.size ? ` (${x >= base![i] ? '+' : ''}${(x - base![i]).toFixed(4)})` : ''}`)]);
    console.error(`${v.name}: F1 ${f1[0].toFixed(4)}`);
  }
  useLearnedGazetteer(undefined);
  const head = ['gazetteer', 'names', 'F1', 'PER', 'LOC', 'ORG'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  console.log('CoNLL-2003 eng.testa, tagger trained on eng.train with each gazetteer (difference from all sources):');
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
