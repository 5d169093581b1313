/**
 * General English words that mark what a sentence asserts, by lemma. None of them names
 * a person, place, organisation or event: they hold for news on any story.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Records, firsts and lasts (superlative adjectives come from the word table). */
export const RECORD_WORDS = set(`
  record first last historic unprecedented all-time ever highest lowest largest biggest
  smallest longest shortest oldest youngest most least worst best
`);

/** Decisions, rulings, refusals and official acts. */
export const ACTION_VERBS = set(`
  decide vote approve reject refuse deny order fine ban sentence rule convict acquit charge
  arrest sign end abolish abandon discontinue scrap suspend impose cut launch accept
  agree pass veto announce confirm elect appoint resign sack dismiss sue settle award grant
  levy violate breach withdraw halt close issue warn evacuate declare introduce adopt ratify
  enact maintain freeze restore lift raise set apply strike kill destroy collapse seize
  capture release deport detain expel sanction invade attack bomb shell win lose defeat beat
`);

/** Causes and effects. */
export const CAUSE_WORDS = set(`
  cause lead result trigger prompt spark due because blame fuel drive relate stem owing thanks
`);

/** Changes over time and comparisons. */
export const CHANGE_WORDS = set(`
  rise fall increase decrease grow drop decline soar surge jump climb plunge slump double
  triple halve reach exceed top hit rally shrink widen narrow
`);
export const COMPARISON_WORDS = set(`
  than ahead behind compare beat surpass overtake outnumber equal match versus
`);

/** Feelings, judgements and reactions: what a reader cannot check. */
export const OPINION_WORDS = set(`
  proud relief relieve humiliate humiliating terrify terrified afraid happy sad glad delight
  delighted disappoint disappointed angry upset shock shocked praise celebrate celebration
  hope wish love hate feel thrill thrilled grateful thank worry worried wise infuriating
  mixed joke joked tenacity imagine devastation hero heroic amazing wonderful terrible awful
  horrible fantastic incredible beautiful sorry regret fear frighten scare nervous excite
  excited honour honor pleased welcome
`);

/** Modal verbs of possibility: what might happen is not yet checkable. */
export const PREDICTION_MODALS = set(`might may`);
export const MODALS = set(`may might can could must shall should will would ought`);
export const NEGATIONS = set(`not no never nobody none nothing neither nor without n't`);
export const FIRST_PERSON = set(`i me my mine we us our ours myself ourselves`);

/** Lines of page furniture that a label opens (`Also read: …`, `Disclaimer: …`). */
export const FURNITURE_LABEL = /^\s*(?:also read|read more|read also|related|disclaimer|image|images|photo|photos|picture|pictures|video|watch|source|credit|credits|copyright|advertisement|sponsored|editor's note|note)\s*[:|–—-]/i;
