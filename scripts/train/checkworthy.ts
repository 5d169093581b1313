// The check-worthiness model: logistic regression over checkworthyFeatures (hashed), trained
// on the CLEF 2019 CheckThat! task 1 training debates and speeches, measured on its test
// split (never trained on). Sentences go through the engine first, one paragraph each, so
// that the features see the engine's numbers, entities and quotations as in news.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeBatch } from '../../src/core/analyze';
import type { ArticleAnalysis } from '../../src/core/types';
import { CheckworthinessModel, checkworthyFeatures } from '../../src/core/extract/claims/checkworthiness';
import { viewSentence } from '../../src/core/extract/claims/sentenceWords';
import { prng } from '../generateCorpus';

export interface Labelled {
  debate: string;
  text: string;
  label: 0 | 1;
  features: string[];
}

/** Every sentence of the .tsv files in `dir` (line, speaker, sentence, label), with its features. */
export function readCheckworthy(dir: string): Labelled[] {
  const out: Labelled[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.tsv')).sort()) {
    const rows = fs
      .readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split('\t'))
      .filter((c) => c.length >= 4);
    // One article per 200 sentences, one sentence a paragraph, after a neutral first line.
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      const head = 'Transcript\n\n';
      let text = head;
      const spans: [number, number][] = [];
      for (const r of chunk) {
        const s = r[2].replace(/\s+/g, ' ').trim();
        spans.push([text.length, text.length + s.length]);
        text += s + '\n\n';
      }
      const [a] = analyzeBatch([{ raw: text, file: f }]) as (ArticleAnalysis | Error)[];
      if (a instanceof Error) throw a;
      chunk.forEach((r, k) => {
        const [s, e] = spans[k];
        const v = viewSentence(text, s, e, a.entities, a.numbers, a.quotes);
        out.push({ debate: f, text: text.slice(s, e), label: r[3].trim() === '1' ? 1 : 0, features: checkworthyFeatures(v) });
      });
    }
  }
  return out;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  rate: number;
  l2: number;
  /** Weight of a check-worthy sentence's loss against a plain one's (they are 1 in 37). */
  positiveWeight: number;
  seed: number;
}

/** Chosen by 4-fold cross-validation by debate on training/ alone (MAP 0.202 there; rate 0.05 or 16 bits gave 0.159–0.175). */
export const DEFAULT_TRAIN: TrainOptions = { bits: 18, epochs: 6, rate: 0.02, l2: 1e-5, positiveWeight: 2, seed: 19 };

/** Logistic regression by AdaGrad over shuffled sentences. */
export function trainLogistic(data: Labelled[], o: TrainOptions = DEFAULT_TRAIN): CheckworthinessModel {
  const model = new CheckworthinessModel(o.bits, new Float32Array(1 << o.bits));
  const g2 = new Float32Array(1 << o.bits).fill(1e-8);
  const rand = prng(o.seed);
  const buckets = data.map((d) => d.features.map((f) => model.bucket(f)));
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const b = buckets[i];
      let z = 0;
      for (const k of b) z += model.weights[k];
      const p = 1 / (1 + Math.exp(-z));
      const y = data[i].label;
      const g = (p - y) * (y === 1 ? o.positiveWeight : 1);
      for (const k of b) {
        const grad = g + o.l2 * model.weights[k];
        g2[k] += grad * grad;
        model.weights[k] -= (o.rate * grad) / Math.sqrt(g2[k]);
      }
    }
  }
  return model;
}

/** Mean over debates of average precision (CLEF 2019's primary measure). */
export function meanAveragePrecision(data: Labelled[], scores: number[]): number {
  const byDebate = new Map<string, { y: number; s: number }[]>();
  data.forEach((d, i) => {
    const list = byDebate.get(d.debate) ?? [];
    list.push({ y: d.label, s: scores[i] });
    byDebate.set(d.debate, list);
  });
  let sum = 0;
  for (const list of byDebate.values()) {
    list.sort((a, b) => b.s - a.s);
    let hits = 0;
    let ap = 0;
    list.forEach((x, k) => {
      if (x.y) ap += ++hits / (k + 1);
    });
    sum += hits ? ap / hits : 0;
  }
  return sum / byDebate.size;
}

export function prfAt(data: Labelled[], scores: number[], threshold: number): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  data.forEach((d, i) => {
    const yes = scores[i] >= threshold;
    if (yes && d.label) tp++;
    else if (yes) fp++;
    else if (d.label) fn++;
  });
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The threshold with the best F1 on `data`. */
export function bestThreshold(data: Labelled[], scores: number[]): number {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const { f1 } = prfAt(data, scores, t);
    if (f1 > best.f1) best = { t, f1 };
  }
  return Math.round(best.t * 100) / 100;
}
