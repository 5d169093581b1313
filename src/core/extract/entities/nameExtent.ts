import type { Token } from '../../text/tokenize';
import { gazCategory } from './gazetteer';
import { isBodyWord, isTitle } from './spans';

/** Words that head an organisation's name and may be followed by `for` and its remit (`Main Directorate for Combating Extremism`). */
const HEAD_BEFORE_FOR = /^(?:Directorate|Ministry|Department|Office|Centre|Center|Institute|Commission|Committee|Council|Agency|Foundation|Fund|Organi[sz]ation|Association|Federation|Union|Alliance|Bureau|Service|Authority|Board|Secretariat)$/;
const CAPITALISED = /^\p{Lu}/u;
/** Gazetteer categories of a country's or a city's name. */
const PLACE_CATEGORY = /^(?:country|city)$/;

/**
 * Where an organisation's name starts when the model began it too late, or -1 when
 * it did not. A tagger trained on 1996 news wire splits three shapes of long names:
 * - a body named by a title word (`General Staff`: `General` read as a title, `Staff`
 *   as a person);
 * - a head, `for` and its remit (`Main Directorate for Combating Extremism`: only the
 *   remit tagged, as a person);
 * - a list of remits before the head (`Foreign, Commonwealth and Development Office`:
 *   the comma ends the tagged name);
 * - an airline named after a country or a city (`Air Moldova`: only the place tagged).
 */
export function organisationStart(tokens: readonly Token[], from: number, to: number): number {
  if (from === 0) return -1;
  const before = tokens[from - 1];
  let all = true;
  for (let i = from; i < to && all; i++) all = isBodyWord(tokens[i].text);
  if (all && CAPITALISED.test(before.text) && isTitle(before.text)) return from - 1;
  // `Air Moldova`, `Air India`: an airline named after its country or city, the place tagged alone.
  if (before.text === 'Air' && to - from === 1 && PLACE_CATEGORY.test(gazCategory(tokens[from].text.toLowerCase()) ?? '')) return from - 1;
  if (before.text === 'for' && from >= 2 && HEAD_BEFORE_FOR.test(tokens[from - 2].text)) {
    let start = from - 2;
    while (start > 0 && CAPITALISED.test(tokens[start - 1].text) && tokens[start - 1].text !== 'The') start--;
    return start;
  }
  if (before.text === ',' && HEAD_BEFORE_FOR.test(tokens[to - 1].text) && tokens.slice(from, to).some((t) => t.text === 'and')) {
    let start = from;
    while (start >= 2 && tokens[start - 1].text === ',' && /^\p{Lu}\p{Ll}+$/u.test(tokens[start - 2].text)) start -= 2;
    return start < from ? start : -1;
  }
  return -1;
}

/**
 * Where a name starts after a plural noun and `of` that open its sentence, as photo
 * captions do (`Graves of Wagner fighters`, `Members of Congress`): the noun is
 * capitalised only because it comes first, and the model ran the name back to it.
 * A word the gazetteer knows (`Services`, `Chris`) keeps its place, and so does a
 * word in `-ss` (`Press of …`), which is no plural.
 */
export function afterLeadingPlural(tokens: readonly Token[], from: number, to: number): number {
  if (from !== 0 || to - from < 3 || tokens[from + 1].text !== 'of') return from;
  const w = tokens[from].text;
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(w) || gazCategory(w.toLowerCase()) !== undefined) return from;
  return from + 2;
}

/** The last words of broadcasters' names that go on with a station's number (`BBC Radio 4`, `Channel 4`). */
const STATION_HEADS = new Set(['Radio', 'Channel', 'TV', 'Television']);

/**
 * Where an organisation's name ends when it goes on with a station's number that the
 * tagger left out, as it leaves figures out (`BBC Radio` in `BBC Radio 4’s Today
 * programme`): one or two digits, one space after `Radio`, `Channel`, `TV` or
 * `Television`. Otherwise `to`.
 */
export function stationNumberEnd(tokens: readonly Token[], to: number): number {
  const last = tokens[to - 1];
  const next = tokens[to];
  if (!next || !STATION_HEADS.has(last.text) || next.start !== last.end + 1 || !/^\d{1,2}$/.test(next.text)) return to;
  return to + 1;
}

/** Capitalised words for an administrative area that end a place's name (`Donetsk Oblast`, `Martin County`). */
const AREA_HEADS = /^(?:Oblast|Province|Region|County|District|Governorate|Prefecture|Krai|Raion|Canton)$/;

/**
 * Where a place's name ends when it goes on with a word for an administrative area
 * that the tagger left out (`Donetsk` of `Ukraine’s eastern Donetsk Oblast region`):
 * after that word, one space on. Otherwise `to`.
 */
export function areaHeadEnd(tokens: readonly Token[], to: number): number {
  const last = tokens[to - 1];
  const next = tokens[to];
  if (!next || next.start !== last.end + 1 || !AREA_HEADS.test(next.text)) return to;
  return to + 1;
}
