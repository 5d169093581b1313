// `npm run train:linker`: refits only the claim linker (models/claim-linker.json) on the
// claims development set with the committed detector, and prints its related-pair F1 on
// those articles and leave-one-story-out. The full recipe is `npm run train:claims`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultDetector } from '../../src/core/extract/claims/detect';
import { LINKER_FILE, linkClaims, reloadLinker } from '../../src/core/corpus/relatedClaims';
import { HAND_LINKER } from '../../src/core/corpus/claimLinking/pairFeatures';
import { detectAll, fitLinker, leaveOneStoryOut, loadDev, relatedCounts, relatedF1 } from './claimsDev';
import { evalDataDir, repoRoot } from '../eval/types';

function main() {
  const dir = path.join(evalDataDir(), 'claims');
  if (!fs.existsSync(path.join(dir, 'gold'))) {
    console.log(`train:linker: no development set at ${dir}; ${LINKER_FILE} left as it is`);
    return;
  }
  const dev = loadDev(dir);
  detectAll(dev, defaultDetector());
  const linker = fitLinker(dev, new Set(dev), HAND_LINKER);
  if (process.env.DRY !== '1') fs.writeFileSync(path.join(repoRoot(), 'models', LINKER_FILE), JSON.stringify(linker, null, 2) + '\n');
  reloadLinker();
  console.log(`${LINKER_FILE}: threshold ${linker.threshold}, ${JSON.stringify(linker.weights)}`);
  linkClaims(dev.map((a) => a.analysis), { weights: linker });
  const inSample = relatedF1(relatedCounts(dev, new Set(dev)));
  console.log(`related pairs in-sample: F1 ${inSample.f1.toFixed(3)} P ${inSample.p.toFixed(3)} R ${inSample.r.toFixed(3)}`);
  if (process.env.LOSO === '0') return;
  const folds = leaveOneStoryOut(dev, linker);
  const sum = folds.reduce((s, f) => ({ tp: s.tp + f.related.tp, ng: s.ng + f.related.ng, np: s.np + f.related.np, ptp: s.ptp + f.related.ptp }), { tp: 0, ng: 0, np: 0, ptp: 0 });
  const loso = relatedF1(sum);
  console.log(`related pairs leave-one-story-out: F1 ${loso.f1.toFixed(3)} P ${loso.p.toFixed(3)} R ${loso.r.toFixed(3)}; ${folds.map((f) => `${f.story} ${relatedF1(f.related).f1.toFixed(2)}`).join(', ')}`);
}

main();
