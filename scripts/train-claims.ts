// `npm run train` (after the entity tagger) and `npm run train:claims`: the claims stage's
// learned and distilled parts, written to models/.
//   1. models/english-words.json.gz: word classes and lemmas distilled from compromise;
//      models/word-concepts.json.gz: the concepts of common nouns and verbs, from WordNet.
//   2. models/checkworthy.json.gz: the check-worthiness model, trained on CLEF 2019
//      CheckThat! task 1 training/ (../shared/eval/checkworthy), measured on its test/.
//      The threshold is the one with the best F1 on the last four training debates when
//      the model is trained on the others; the committed model is then trained on all of
//      training/ with the same settings.
//   3. models/claim-detector.json and models/claim-linker.json: the weights that decide
//      whether a sentence is a claim and whether two claims state the same fact, fitted
//      on the development set of real news (../shared/eval/claims, 12 articles, 5 stories):
//      logistic regressions over a dozen named features each, thresholds where F1 is best.
//      `npm run eval` reports them leave-one-story-out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKWORTHY_FILE } from '../src/core/extract/claims/checkworthiness';
import { ENGLISH_WORDS_FILE, reloadEnglishWords } from '../src/core/extract/claims/englishWords';
import { distilEnglishWords, encodeEnglishWords } from './train/englishWords';
import { distilWordConcepts, encodeWordConcepts } from './train/wordnetConcepts';
import { reloadWordConcepts, WORD_CONCEPTS_FILE } from '../src/core/corpus/claimLinking/wordConcepts';
import { bestThreshold, DEFAULT_TRAIN, meanAveragePrecision, prfAt, readCheckworthy, trainLogistic } from './train/checkworthy';
import { evalDataDir, repoRoot } from './eval/types';
import { DETECTOR_FILE, reloadDetector } from '../src/core/extract/claims/detect';
import { LINKER_FILE, reloadLinker } from '../src/core/corpus/relatedClaims';
import { HAND_LINKER } from '../src/core/corpus/claimLinking/pairFeatures';
import { reloadCheckworthiness } from '../src/core/extract/claims/checkworthiness';
import { detectAll, fitDetector, fitLinker, loadDev } from './train/claimsDev';

function main() {
  const models = path.join(repoRoot(), 'models');
  const words = distilEnglishWords();
  const gz = encodeEnglishWords(words);
  fs.writeFileSync(path.join(models, ENGLISH_WORDS_FILE), gz);
  reloadEnglishWords();
  console.log(`${ENGLISH_WORDS_FILE}: ${Object.keys(words.classes).length} word classes, ${Object.keys(words.lemmas).length} lemmas, ${(gz.length / 1024).toFixed(0)} KiB (${words.source})`);
  const concepts = distilWordConcepts();
  const cgz = encodeWordConcepts(concepts);
  fs.writeFileSync(path.join(models, WORD_CONCEPTS_FILE), cgz);
  reloadWordConcepts();
  console.log(`${WORD_CONCEPTS_FILE}: ${Object.keys(concepts.concepts).length} words, ${(cgz.length / 1024).toFixed(0)} KiB (${concepts.source})`);

  trainCheckworthy(models);
  reloadCheckworthiness();
  trainOnDev(models);
}

function trainOnDev(models: string) {
  const dir = path.join(evalDataDir(), 'claims');
  if (!fs.existsSync(path.join(dir, 'gold'))) {
    console.log(`claims: no development set at ${dir}; ${DETECTOR_FILE} and ${LINKER_FILE} left as they are`);
    return;
  }
  const dev = loadDev(dir);
  const detector = fitDetector(dev);
  fs.writeFileSync(path.join(models, DETECTOR_FILE), JSON.stringify(detector, null, 2) + '\n');
  console.log(`${DETECTOR_FILE}: threshold ${detector.threshold}, ${JSON.stringify(detector.weights)}`);
  detectAll(dev, detector);
  const linker = fitLinker(dev, new Set(dev), HAND_LINKER);
  fs.writeFileSync(path.join(models, LINKER_FILE), JSON.stringify(linker, null, 2) + '\n');
  console.log(`${LINKER_FILE}: threshold ${linker.threshold}, ${JSON.stringify(linker.weights)}`);
  reloadDetector();
  reloadLinker();
}

function trainCheckworthy(models: string) {
  const dir = path.join(evalDataDir(), 'checkworthy');
  if (!fs.existsSync(path.join(dir, 'training'))) {
    console.log(`checkworthy: no CLEF 2019 data at ${dir}; ${CHECKWORTHY_FILE} left as it is`);
    return;
  }
  let t = Date.now();
  const train = readCheckworthy(path.join(dir, 'training'));
  const test = readCheckworthy(path.join(dir, 'test'));
  console.log(`checkworthy: ${train.length} training sentences (${train.filter((d) => d.label).length} check-worthy), ${test.length} test; features in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  const debates = [...new Set(train.map((d) => d.debate))].sort();
  const validation = new Set(debates.slice(-4));
  const fit = trainLogistic(train.filter((d) => !validation.has(d.debate)));
  const val = train.filter((d) => validation.has(d.debate));
  const threshold = bestThreshold(val, val.map((d) => fit.score(d.features)));
  const model = trainLogistic(train);
  const scores = test.map((d) => model.score(d.features));
  const map = meanAveragePrecision(test, scores);
  const at = prfAt(test, scores, threshold);
  console.log(`checkworthy: trained in ${((Date.now() - t) / 1000).toFixed(1)} s; test MAP ${map.toFixed(3)} (CLEF 2019 best primary run 0.166); at threshold ${threshold}: P ${at.p.toFixed(3)} R ${at.r.toFixed(3)} F1 ${at.f1.toFixed(3)}`);
  const out = model.encode({
    trainedOn: `CLEF 2019 CheckThat! task 1 training/ (${debates.length} debates, ${train.length} sentences); ${JSON.stringify(DEFAULT_TRAIN)}`,
    heldOut: { map, threshold, precision: at.p, recall: at.r, f1: at.f1 },
  });
  fs.writeFileSync(path.join(models, CHECKWORTHY_FILE), out);
  console.log(`${CHECKWORTHY_FILE}: ${(out.length / 1024).toFixed(0)} KiB`);
}

main();
