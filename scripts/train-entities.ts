// `npm run train`: trains the entity tagger (an averaged perceptron, greedy
// left-to-right with the two previous tags as features) on CoNLL-2003 eng.train
// and writes the pruned, quantised weights to models/entity-perceptron.json.gz.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { TAGS, prepare, tokenFeatures, type Lexicon } from '../src/core/extract/entities/features';
import { bestAllowed, MODEL_FILE, type ModelFile } from '../src/core/extract/entities/model';
import { readConll, type ConllSentence } from './eval/conllData';
import { evalDataDir, repoRoot } from './eval/types';

const EPOCHS = Number(process.env.EPOCHS ?? 8);
const SCALE = 100;
/** Weights whose largest class weight is below this (after averaging) are dropped. */
const PRUNE = Number(process.env.PRUNE ?? 0.05);

class AveragedPerceptron {
  readonly w = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;

  scores(feats: string[], out: Float64Array) {
    out.fill(0);
    for (const f of feats) {
      const w = this.w.get(f);
      if (w) for (let t = 0; t < out.length; t++) out[t] += w[t];
    }
  }

  update(feats: string[], truth: number, guess: number) {
    this.step++;
    if (truth === guess) return;
    for (const f of feats) {
      let w = this.w.get(f);
      if (!w) {
        w = new Float64Array(TAGS.length);
        this.w.set(f, w);
        this.totals.set(f, new Float64Array(TAGS.length));
        this.stamps.set(f, new Float64Array(TAGS.length));
      }
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      for (const [t, d] of [[truth, 1], [guess, -1]] as const) {
        tot[t] += (this.step - st[t]) * w[t];
        st[t] = this.step;
        w[t] += d;
      }
    }
  }

  average() {
    for (const [f, w] of this.w) {
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      for (let t = 0; t < w.length; t++) {
        tot[t] += (this.step - st[t]) * w[t];
        w[t] = tot[t] / this.step;
      }
    }
  }
}

function lexiconOf(sentences: ConllSentence[]): Lexicon {
  const lowerCount = new Map<string, number>();
  const capCount = new Map<string, number>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const l = w.toLowerCase();
      if (w === l) lowerCount.set(l, (lowerCount.get(l) ?? 0) + 1);
      else if (i > 0) capCount.set(l, (capCount.get(l) ?? 0) + 1);
    });
  }
  const lowerWords = new Set<string>();
  for (const [l, n] of lowerCount) if (n >= 2 && n > 2 * (capCount.get(l) ?? 0) && /\p{L}/u.test(l)) lowerWords.add(l);
  return { lowerWords };
}

function shuffle<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function main() {
  const file = path.join(evalDataDir(), 'conll2003', 'eng.train');
  if (!fs.existsSync(file)) {
    console.error(`train: ${file} not found; set CORPUS_ANNOTATOR_EVAL_DIR`);
    process.exit(1);
  }
  const started = Date.now();
  const sentences = readConll(file).flat();
  const lex = lexiconOf(sentences);
  const model = new AveragedPerceptron();
  const scores = new Float64Array(TAGS.length);
  const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffle(sentences, epoch + 1)) {
      const p = prepare(s.words);
      const guessed: string[] = [];
      for (let i = 0; i < s.words.length; i++) {
        const feats = tokenFeatures(p.words, p.lower, p.shapes, i, guessed[i - 1] ?? '<s>', guessed[i - 2] ?? '<s>', lex);
        model.scores(feats, scores);
        const guess = bestAllowed(scores, guessed[i - 1] ?? 'O');
        const truth = tagIndex.get(s.tags[i])!;
        model.update(feats, truth, guess);
        if (guess === truth) correct++;
        total++;
        guessed.push(TAGS[guess]);
      }
    }
    console.log(`epoch ${epoch + 1}/${EPOCHS}: token accuracy ${(correct / total).toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  model.average();
  const weights: Record<string, number[]> = {};
  let kept = 0;
  for (const [f, w] of model.w) {
    const pairs: number[] = [];
    for (let t = 0; t < w.length; t++) {
      const q = Math.round(w[t] * SCALE);
      if (Math.abs(w[t]) >= PRUNE && q !== 0) pairs.push(t, q);
    }
    if (pairs.length) {
      weights[f] = pairs;
      kept++;
    }
  }
  const out: ModelFile = { version: 1, tags: TAGS, weights, lowerWords: [...lex.lowerWords].sort(), scale: SCALE, trainedOn: 'CoNLL-2003 eng.train' };
  const target = path.join(repoRoot(), 'models', MODEL_FILE);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const gz = zlib.gzipSync(JSON.stringify(out), { level: 9 });
  fs.writeFileSync(target, gz);
  console.log(`kept ${kept} of ${model.w.size} features; wrote ${target} (${(gz.length / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
