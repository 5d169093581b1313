/**
 * Claims and related claims on real news of five stories (../shared/eval/claims, scored as
 * its score.mjs does), with the committed weights (fitted on these very articles, so an
 * upper figure) and leave-one-story-out (fitted on four stories, scored on the fifth: the
 * figure to expect on a story nobody tuned for). Then the check-worthiness model on the
 * CLEF 2019 test split it was not trained on, and the bundled corpus's troop-number group.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { analyzeCorpus } from '../../src/core/corpus/analyzeCorpus';
import { defaultCheckworthiness, CHECKWORTHY_FILE } from '../../src/core/extract/claims/checkworthiness';
import { defaultDetector } from '../../src/core/extract/claims/detect';
import { defaultLinker, linkClaims } from '../../src/core/corpus/relatedClaims';
import { bestThreshold, meanAveragePrecision, prfAt, readCheckworthy } from '../train/checkworthy';
import { claimCounts, detectAll, f1, leaveOneStoryOut, loadDev, relatedCounts, relatedF1 } from '../train/claimsDev';
import { repoRoot, type EvalRow } from './types';
import type { Claim } from '../../src/core/types';
import { readFrame } from '../../src/core/extract/claims/frame';
import { viewSentence } from '../../src/core/extract/claims/sentenceWords';

const DEV = 'claims dev (12 articles, 5 stories)';

export async function run(evalDir: string): Promise<EvalRow[] | null> {
  const rows: EvalRow[] = [];
  const dir = path.join(evalDir, 'claims');
  if (fs.existsSync(path.join(dir, 'gold'))) rows.push(...devRows(dir));
  const cw = path.join(evalDir, 'checkworthy');
  if (fs.existsSync(path.join(cw, 'test'))) rows.push(...checkworthyRows(cw));
  rows.push(...(await bundledRows()));
  return rows.length ? rows : null;
}

function devRows(dir: string): EvalRow[] {
  const dev = loadDev(dir);
  detectAll(dev, defaultDetector());
  linkClaims(dev.map((a) => a.analysis), { weights: defaultLinker() });
  const claims = f1(claimCounts(dev, (a) => a.analysis.claims));
  const related = relatedF1(relatedCounts(dev, new Set(dev)));
  const folds = leaveOneStoryOut(dev, defaultLinker());
  const sum = <T extends Record<string, number>>(xs: T[]): T => xs.reduce((s, x) => Object.fromEntries(Object.keys(x).map((k) => [k, (s[k] ?? 0) + x[k]])) as T, {} as T);
  const looClaims = f1(sum(folds.map((f) => f.claims)));
  const looRelated = relatedF1(sum(folds.map((f) => f.related)));
  const per = folds.map((f) => `${f.story} ${f1(f.claims).f1.toFixed(2)}/${relatedF1(f.related).f1.toFixed(2)}`).join(', ');
  // Restore the committed weights' analyses for anything run after.
  detectAll(dev, defaultDetector());
  const lemmas = compromiseAgreement(dev.flatMap((a) => a.analysis.claims));
  return [
    { dataset: DEV, metric: 'frame verb lemma vs compromise', value: lemmas.agree, note: `share of ${lemmas.n} claim verbs that compromise's full parse also finds as a verb with that infinitive; compromise ${lemmas.compromiseMs.toFixed(2)} ms a sentence against the frame's ${lemmas.frameMs.toFixed(3)} ms` },
    { dataset: DEV, metric: 'claims F1 (committed weights)', value: claims.f1, target: 0.88, note: `P ${claims.p.toFixed(3)} R ${claims.r.toFixed(3)}; weights fitted on these articles` },
    { dataset: DEV, metric: 'related pairs F1 (committed)', value: related.f1, target: 0.85, note: `P ${related.p.toFixed(3)} R ${related.r.toFixed(3)}` },
    { dataset: DEV, metric: 'claims F1 leave-one-story-out', value: looClaims.f1, note: `P ${looClaims.p.toFixed(3)} R ${looClaims.r.toFixed(3)}` },
    { dataset: DEV, metric: 'related F1 leave-one-story-out', value: looRelated.f1, note: `P ${looRelated.p.toFixed(3)} R ${looRelated.r.toFixed(3)}; per story claims/related: ${per}` },
  ];
}

/**
 * How far the frames' table-based lemmas agree with compromise's own parse (which the
 * table was distilled from), and what parsing each claim with compromise would cost.
 */
function compromiseAgreement(claims: Claim[]): { n: number; agree: number; compromiseMs: number; frameMs: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (t: string) => { verbs(): { json(): { verb?: { infinitive?: string } }[] } };
  nlp('Warm up.');
  let n = 0;
  let agree = 0;
  const t = performance.now();
  for (const c of claims) {
    const verbs = nlp(c.text).verbs().json().map((v) => v.verb?.infinitive?.toLowerCase());
    if (!c.frame.predicate) continue;
    n++;
    if (verbs.includes(c.frame.predicate)) agree++;
  }
  const compromiseMs = (performance.now() - t) / Math.max(1, claims.length);
  const t2 = performance.now();
  for (const c of claims) readFrame({ view: viewSentence(c.text, 0, c.text.length, [], [], []), figure: undefined, articleDate: null });
  const frameMs = (performance.now() - t2) / Math.max(1, claims.length);
  return { n, agree: n ? agree / n : 0, compromiseMs, frameMs };
}

function checkworthyRows(dir: string): EvalRow[] {
  const model = defaultCheckworthiness();
  if (!model) return [];
  const test = readCheckworthy(path.join(dir, 'test'));
  const scores = test.map((d) => model.score(d.features));
  const map = meanAveragePrecision(test, scores);
  const stored = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(repoRoot(), 'models', CHECKWORTHY_FILE))).toString('utf8')) as { heldOut: { threshold: number } };
  const at = prfAt(test, scores, stored.heldOut.threshold);
  const oracle = bestThreshold(test, scores);
  return [
    { dataset: 'CLEF 2019 CheckThat! 1 test', metric: 'check-worthiness MAP', value: map, note: 'published: best primary run 0.166, then 0.160, 0.133' },
    { dataset: 'CLEF 2019 CheckThat! 1 test', metric: 'check-worthy F1', value: at.f1, note: `P ${at.p.toFixed(3)} R ${at.r.toFixed(3)} at ${stored.heldOut.threshold} (chosen on training debates; best on test would be ${oracle}); F1 not published` },
  ];
}

/** The bundled corpus: its claims, and the group of troop figures across 000, 001 and 002 with its disagreements. */
async function bundledRows(): Promise<EvalRow[]> {
  const dir = path.join(repoRoot(), 'corpus');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const result = await analyzeCorpus(files, { jobs: 0 });
  const claims = result.analyses.reduce((n, a) => n + a.claims.length, 0);
  const prefixOf = (file: string) => path.basename(file).slice(0, 3);
  const troop = result.groups.find((g) => ['000', '001', '002'].every((p) => g.points.some((pt) => prefixOf(pt.file) === p && /troop|soldier|\bmen\b/i.test(pt.text))));
  const values = troop ? [...new Set(troop.points.map((p) => p.value).filter((v): v is number => v !== null && v >= 1000))].sort((a, b) => a - b) : [];
  return [
    { dataset: 'bundled corpus (5 articles)', metric: 'claims', value: claims, note: `${result.groups.length} related groups` },
    {
      dataset: 'bundled corpus (5 articles)',
      metric: 'troop group across 000-002',
      value: troop ? troop.points.length : 0,
      note: troop ? `"${troop.label}": ${values.map((v) => v.toLocaleString('en-US')).join(', ')}; ${troop.disagreementCount} disagreements, ${troop.changeCount} changes` : 'no group links 000, 001 and 002',
    },
  ];
}
