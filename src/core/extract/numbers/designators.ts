/**
 * Find, pass 4: designators, figures that name rather than count. Model names and codes
 * (`F-16`, `Su-27`, `Leopard 2`, `BBC Radio 4`, `Covid-19`, `G7`, `737 Max`, `401(k)`),
 * emergency numbers (`911 dispatcher`), version labels (`mobilization 2.0`) and capitalised
 * written-out numbers inside a name (`World War Two`) are marked, and the scan skips them.
 */
import { startsUpper } from '../../text/letterCase';
import {
  ATTACHED_MULTIPLIERS, ATTACHED_ONLY_UNITS, CAPITAL_OK_BEFORE, CURRENCY_CODES, CURRENCY_WORDS, DOLLAR_PREFIXES, DURATION_UNITS,
  MEASURE_UNITS, MONTHS, MULTIPLIER_WORDS, ORDINAL_WORDS, PERCENT_WORDS, SMALL, STOP_WORDS, TENS, WEEKDAYS,
} from './lexicon';
import { APPROX_SET } from './nouns';
import { isStreetWord } from './ranks';
import { HYPHENS, isSentenceStart, type Tok } from './tokens';

const LOWER_DESIGNATOR_PREFIXES = new Set(['covid', 'sars', 'mig', 'su', 'tu', 'il', 'mi', 'ka', 'an', 'f']);
const VERBISH_BEFORE_VERSION = /(?:ed|s)$/;

const hasUpper = (t: string) => /\p{Lu}/u.test(t);

/** One flag a token: 1 where the token is part of a designator. */
export function markDesignators(text: string, toks: Tok[]): Uint8Array {
  const d = new Uint8Array(toks.length);
  /** Figures of three digits or more named as models by a model word (`737 Max`, `787 Dreamliner`). */
  const models = new Set<string>();
  // Not a year: `the 1996 Series` names no model.
  const addModel = (f: string) => { if (f.length >= 3 && !(+f >= 1000 && +f <= 2100)) models.add(f); };
  const adj = (a: number, b: number) => a >= 0 && b < toks.length && toks[a].e === toks[b].s;
  const extend = (i: number) => {
    // `IL-20M`, `F-35s`, `ISO 3888-2`, `Shahed-131`: take glued letters and -/. + figure.
    d[i] = 1;
    let k = i;
    for (;;) {
      if (adj(k, k + 1) && toks[k + 1].type === 'w' && toks[k].type === 'n') { d[++k] = 1; continue; }
      if (adj(k, k + 1) && adj(k + 1, k + 2) && (HYPHENS.has(toks[k + 1].t) || toks[k + 1].t === '.') && toks[k + 2].type === 'n') {
        d[k + 1] = 1; d[k + 2] = 1; k += 2; continue;
      }
      break;
    }
    // mark the letter prefix as well
    let j = i - 1;
    while (j >= 0 && adj(j, j + 1) && (toks[j].type === 'w' || HYPHENS.has(toks[j].t) || toks[j].t === '.')) d[j--] = 1;
    return k;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type !== 'n' || d[i]) continue;
    const p = toks[i - 1], pp = toks[i - 2];
    // (1) letters glued to the figure: G7, A320, M21 (not currency codes: RM23.50, INR1)
    if (p && p.type === 'w' && adj(i - 1, i) && !(p.t in CURRENCY_CODES) && !(p.lc in DOLLAR_PREFIXES && toks[i - 2]?.t === '$')) {
      i = extend(i);
      continue;
    }
    // (2) letters-hyphen-figure: F-16, Su-27, Covid-19, ID.3 (not mid-2022, pre-war)
    if (p && pp && adj(i - 2, i - 1) && adj(i - 1, i) && (HYPHENS.has(p.t) || p.t === '.') && pp.type === 'w' &&
        (hasUpper(pp.t) || LOWER_DESIGNATOR_PREFIXES.has(pp.lc)) && !(pp.lc in MONTHS)) {
      i = extend(i);
      continue;
    }
    // (3) a figure glued to letters that are no unit, multiplier or suffix: 9AB8
    const nx = toks[i + 1];
    if (nx && nx.type === 'w' && adj(i, i + 1) && !t.malformed && !isKnownSuffix(nx.t)) {
      i = extend(i);
      continue;
    }
    // (4) capitalised name + small plain figure: Leopard 2, BBC Radio 4, Stoxx 600
    if (p && p.type === 'w' && hasUpper(p.t) && !adj(i - 1, i) && /^\d{1,4}$/.test(t.t) && !(+t.t >= 1000 && +t.t <= 2100) &&
        !CAPITAL_OK_BEFORE.has(p.lc) && !(p.lc in MONTHS) && !WEEKDAYS.has(p.lc) && !(p.t in CURRENCY_CODES) &&
        !(p.lc in CURRENCY_WORDS) && !followedByUnitOrPercent(toks, i) && !(p.lc in SMALL) && !(p.lc in TENS)) {
      if (nx && isModelWord(nx)) addModel(t.t);
      i = extend(i);
      continue;
    }
    // (5) `Shahed-131 and -136`: a signed figure continuing a list of designators
    if (p && HYPHENS.has(p.t) && adj(i - 1, i) && !adj(i - 2, i - 1)) {
      let k = i - 2;
      while (k >= 0 && (toks[k].lc === 'and' || toks[k].lc === 'or' || toks[k].t === ',')) k--;
      if (k >= 0 && k < i - 2 && d[k]) { d[i - 1] = 1; i = extend(i); continue; }
    }
    // (6) plan and model codes: `401(k)` (a figure glued to a bracketed letter), `737 Max` (a
    // figure before a capitalised model word, after a name or a possessive)
    if (nx && nx.t === '(' && adj(i, i + 1) && toks[i + 2]?.type === 'w' && toks[i + 2].t.length === 1 && toks[i + 3]?.t === ')') {
      d[i] = d[i + 1] = d[i + 2] = d[i + 3] = 1;
      continue;
    }
    if (nx && isModelWord(nx) && /^\d{2,4}$/.test(t.t)) {
      d[i] = d[i + 1] = 1;
      addModel(t.t);
      continue;
    }
    // (7) emergency numbers named by what they reach or by the call: `911 dispatcher`, `a 999 call`, `called 911`
    if (EMERGENCY_NUMBERS.has(t.t) && ((nx && nx.type === 'w' && EMERGENCY_SERVICE.has(nx.lc)) || (p && CALL_VERBS.has(p.lc)))) {
      d[i] = 1;
      continue;
    }
    // (9) house numbers: `10 Downing Street`, `1600 Pennsylvania Avenue`
    if (/^\d{1,4}$/.test(t.t) && nx && nx.type === 'w' && startsUpper(nx.t) && !adj(i, i + 1) && toks[i + 2] && isStreetWord(toks[i + 2].t)) {
      d[i] = 1;
      continue;
    }
    // (8) version labels: `mobilization 2.0`
    if (/^\d+\.0$/.test(t.t) && p && p.type === 'w' && !adj(i - 1, i) && !STOP_WORDS.has(p.lc) && !(p.lc in APPROX_SET) &&
        !VERBISH_BEFORE_VERSION.test(p.lc) && !followedByUnitOrPercent(toks, i) && (!nx || nx.type === 'p')) {
      d[i] = 1;
    }
  }
  // A model number named once is a name wherever it stands alone in the article: after
  // `737 Max`, `the 737 was grounded` and `737 jets` name the plane too. Not after a name
  // alone: `Stoxx 600` and a cricket total `England 326` would take `600 firms` and `326 runs`.
  if (models.size > 0) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.type === 'n' && !d[i] && models.has(t.t) && !adj(i - 1, i) && !followedByUnitOrPercent(toks, i)) d[i] = 1;
    }
  }
  // Capitalised written-out numbers inside a sentence are names: World War Two, Group of Seven.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // The case test first: it reads one character, where a lexicon lookup hashes a fresh string.
    if (t.type === 'w' && startsUpper(t.t) && NAMEABLE_NUMBER_WORDS.has(t.lc) && !/^\p{Lu}+$/u.test(t.t) && !isSentenceStart(text, t.s)) {
      const p = toks[i - 1];
      if (p && p.type === 'w' && startsUpper(p.t) && !CAPITAL_OK_BEFORE.has(p.lc) && !/^\p{Lu}+$/u.test(p.t)) d[i] = 1;
      else if (p && (p.lc === 'of' || p.lc === 'the') && toks[i - 2] && startsUpper(toks[i - 2].t)) d[i] = 1;
    }
  }
  return d;
}

const EMERGENCY_NUMBERS = new Set(['911', '999', '112', '000']);
/** Verbs whose object is a phone number: `called 911`, `dialled 999`. */
const CALL_VERBS = new Set(['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling', 'ring', 'rang', 'phoned', 'texted']);
const EMERGENCY_SERVICE = new Set(['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'dispatch', 'operator', 'operators', 'center', 'centre', 'line', 'service', 'services', 'system', 'emergency', 'recording', 'recordings']);

/** Capitalised words that make the figure before them a model's name (`737 Max`, `iPhone 15 Pro`). */
const MODEL_WORDS = new Set(['max', 'pro', 'plus', 'ultra', 'mini', 'neo', 'dreamliner', 'series', 'mk', 'mark']);

/** `Max`, `Dreamliners`: a capitalised model word, singular or plural. */
function isModelWord(t: Tok): boolean {
  return t.type === 'w' && startsUpper(t.t) && (MODEL_WORDS.has(t.lc) || (t.lc.endsWith('s') && MODEL_WORDS.has(t.lc.slice(0, -1))));
}

/** Written-out numbers that, capitalised inside a sentence, are part of a name. */
const NAMEABLE_NUMBER_WORDS = new Set([...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(ORDINAL_WORDS)]);

function isKnownSuffix(t: string): boolean {
  const lc = t.toLowerCase();
  return ['st', 'nd', 'rd', 'th', 's', 'h', 'p', 'am', 'pm'].includes(lc) || t in ATTACHED_MULTIPLIERS || lc in MULTIPLIER_WORDS ||
    MEASURE_UNITS.has(lc) || ATTACHED_ONLY_UNITS.has(lc) || DURATION_UNITS.has(lc) || lc in CURRENCY_WORDS || t in CURRENCY_CODES ||
    PERCENT_WORDS.has(lc) || lc === 'fold' || lc === 'x';
}

function followedByUnitOrPercent(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  if (!n) return false;
  if (n.t === '%' || PERCENT_WORDS.has(n.lc) || (n.lc === 'per' && toks[i + 2]?.lc === 'cent')) return true;
  if (n.lc in MULTIPLIER_WORDS || MEASURE_UNITS.has(n.lc) || DURATION_UNITS.has(n.lc)) return true;
  if (n.e === toks[i].e + 0 && n.s === toks[i].e && n.type === 'w') return true;
  return false;
}
