// `npm run train`, first step: distils models/gazetteer.json.gz from data packages
// (scripts/train/gazetteer.ts) before the entity tagger is trained on features that read
// it. A step of its own because the tagger's modules load the gazetteer when imported.
//
//   GAZETTEER_WITHOUT=cities,companies npm run train    (what the other sources give alone)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodeGazetteer, GAZETTEER_FILE } from '../src/core/extract/entities/gazetteerData';
import { distilGazetteer, GAZETTEER_SOURCES } from './train/gazetteer';
import { repoRoot } from './eval/types';

const without = new Set((process.env.GAZETTEER_WITHOUT ?? '').split(',').map((s) => s.trim()).filter(Boolean));
for (const s of without) if (!(GAZETTEER_SOURCES as readonly string[]).includes(s)) throw new Error(`GAZETTEER_WITHOUT: unknown source ${s} (known: ${GAZETTEER_SOURCES.join(', ')})`);
const g = distilGazetteer(without);
const target = path.join(repoRoot(), 'models', GAZETTEER_FILE);
const gz = encodeGazetteer(g);
fs.writeFileSync(target, gz);
const sizes = Object.entries(g.entries).map(([c, l]) => `${c} ${l.length}`).join(', ');
console.log(`gazetteer: ${g.sources.join(', ')} names added; ${sizes}; wrote ${target} (${(gz.length / 1024).toFixed(0)} KB)`);
