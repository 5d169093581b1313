import { isDigit } from '../text/codeUnitClass';
import type { Token } from '../text/tokenize';

/** Arms named by model, in MACHINES and in WEAPONS (`Leopard 2 tanks`, `Kinzhal missiles`). */
const ARMS = 'tank tanks jet jets drone drones missile missiles rocket rockets launcher launchers howitzer howitzers'.split(' ');
/** Nouns for machines that makers name by model (`Leopard 2 tanks`, `Mohajer 6 unmanned aerial vehicles`). */
const MACHINES = new Set([
  ...ARMS,
  ...'fighter fighters aircraft airplane airplanes plane planes vehicle vehicles helicopter helicopters rifle rifles frigate frigates submarine submarines'.split(' '),
]);
const DESIGNATOR_BODY = String.raw`\p{Lu}\p{L}{0,2}-\d{1,4}\p{L}{0,2}\d?`;
/** A designator: `Su-27`, `F-16`, `T-72B3`. */
const DESIGNATOR = new RegExp(`^${DESIGNATOR_BODY}$`, 'u');
/** A model number: a designator, or a small number alone (`Leopard 2`). */
const MODEL_NUMBER = new RegExp(`^(?:\\d{1,3}|${DESIGNATOR_BODY})$`, 'u');

/** A designator; the hyphen is looked for first, as every tagged name is asked and most words have none. */
function isDesignator(w: string): boolean {
  return w.includes('-') && DESIGNATOR.test(w);
}

/** A model number; a digit first or a hyphen inside is looked for first, as for isDesignator. */
function isModelNumber(w: string): boolean {
  return (isDigit(w.charCodeAt(0)) || w.includes('-')) && MODEL_NUMBER.test(w);
}

/** Words that end the description of a machine: the sentence has moved on (`BBC Radio 4 that the tanks …`). */
const FUNCTION_WORDS = new Set('a an the that this these those which who to of in on at by for from with as is are was were be been will would has have had said says'.split(' '));

/** A lower-case word that may stand between a name and its machine (`hypersonic`, `battle`), not one that moves the sentence on. */
function describesMachine(w: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORDS.has(w);
}

/** Nouns for vessels, before a ship's name (`the frigate Admiral Gorshkov`, `the cruiser Moskva`). */
const VESSELS = new Set('ship warship frigate corvette cruiser destroyer submarine carrier flagship vessel tanker icebreaker'.split(' '));
/** Ranks a ship's name may begin with after the vessel noun (`frigate Admiral Gorshkov`); the tagger may leave them out of the span. */
const SHIP_NAME_RANKS = new Set(['Admiral', 'General', 'Marshal', 'Kapitan', 'Captain']);

/**
 * A name followed by a model number and then, past at most three describing words,
 * a machine (`Leopard 2 battle tanks`, `Sukhoi Su-27 fighter aircraft`, `Leopard 1
 * and Leopard 2 tanks`), or right after a designator (`Su-27 Flankers`), is a product,
 * not an organisation or a person. The number is required: `NATO fighter jets` and
 * `Wagner fighters` name who owns them. So is a ship's name (namesAShip).
 */
export function namesAProduct(tokens: readonly Token[], from: number, to: number): boolean {
  // A designator before the name: a model's reporting name (`two Su-27 Flankers`).
  if (from > 0 && isDesignator(tokens[from - 1].text) && tokens[from - 1].end < tokens[from].start) return true;
  if (namesAShip(tokens, from)) return true;
  // The number follows the name (`Leopard 2`) or ends the span itself (`Sukhoi Su-27`).
  let at = to;
  if (at >= tokens.length || !isModelNumber(tokens[at].text)) {
    if (to - from < 2 || !isDesignator(tokens[to - 1].text)) return false;
    at = to - 1;
  }
  const width = at - from;
  const name = tokens.slice(from, at).map((t) => t.text).join(' ');
  let words = 0;
  for (let j = at + 1; j < tokens.length && words <= 3; j++) {
    const w = tokens[j].text;
    const lower = w.toLowerCase();
    if (MACHINES.has(lower)) return true;
    if ((lower === 'and' || lower === 'or') && tokens.slice(j + 1, j + 1 + width).map((t) => t.text).join(' ') === name && isModelNumber(tokens[j + 1 + width]?.text ?? '')) {
      // Another model of the same name: `Leopard 1 and Leopard 2`.
      j += width + 1;
      continue;
    }
    if (!describesMachine(w)) return false;
    words++;
  }
  return false;
}

/** A name right after a vessel noun in lower case is a ship's (`the Russian frigate Admiral Gorshkov`), not a person's or a place's. */
export function namesAShip(tokens: readonly Token[], from: number): boolean {
  let b = from - 1;
  if (b >= 0 && SHIP_NAME_RANKS.has(tokens[b].text)) b--;
  return b >= 0 && VESSELS.has(tokens[b].text);
}

/**
 * Weapons a name may stand before as their model (`Zircon hypersonic missiles`,
 * `Kinzhal missiles`). Not `fighters`, which are also people (`Kadyrov fighters`).
 */
const WEAPONS = new Set([...ARMS, 'weapon', 'weapons', 'warhead', 'warheads']);

/**
 * A one-word name tagged a person, followed by a weapon past at most two lower-case
 * words (`armed with Zircon hypersonic weapons`), is the weapon's model: a person's
 * name does not describe weapons, and owners (`NATO jets`, `Russian missiles`) are
 * organisations and places, which this leaves alone.
 */
export function personNamesAWeapon(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  for (let j = to; j < tokens.length && j <= to + 2; j++) {
    const w = tokens[j].text;
    if (WEAPONS.has(w)) return true;
    if (!describesMachine(w)) return false;
  }
  return false;
}

/** Words after which a name before them is the head of its phrase, not a modifier (`an RPG towards`, not `a UN official`). */
const AFTER_A_HEAD = new Set('towards toward at on in into from to of with and or but that which who as for by over under near across against after before'.split(' '));

/**
 * An acronym counted with `a` or `an` and heading its phrase (`fires an RPG towards
 * Russian positions`, `hit by an IED.`) names a thing or a role, not an organisation:
 * organisations are not counted. Only punctuation, a preposition or a conjunction
 * after it shows that it heads the phrase (`an MP said` is left to the model). As a
 * modifier it still names one (`a UN official`, `an IRA bomb`).
 */
export function acronymCountedAsThing(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || from === 0) return false;
  const article = tokens[from - 1].text;
  if (article !== 'a' && article !== 'an') return false;
  if (!/^\p{Lu}{2,}$/u.test(tokens[from].text)) return false;
  const next = tokens[to]?.text;
  return next === undefined || !/^[\p{L}\p{N}]/u.test(next) || AFTER_A_HEAD.has(next);
}
