/**
 * Word lists that decide what a claim measures. Topics are built from three parts,
 * each read through these lists so that different wordings of the same measured
 * thing meet: who (`russian`), what is counted (`troop`), and what happens to it
 * (`numbers` for amassing/deploying/mobilising, `losses` for killed/lost …).
 */

/** Nouns that count the same thing, keyed by the concept they stand for. */
export const UNIT_CONCEPTS: Record<string, string[]> = {
  troop: ['troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'personnel', 'forces', 'conscripts', 'reservists', 'recruits', 'army', 'armies', 'military'],
  civilian: ['civilians', 'civilian', 'residents', 'inhabitants', 'persons'],
  child: ['children', 'child', 'kids', 'minors'],
  tank: ['tanks', 'tank'],
  aircraft: ['aircraft', 'jets', 'jet', 'warplanes', 'planes', 'fighters'],
  casualty: ['casualties', 'casualty', 'losses', 'deaths', 'dead', 'killed', 'wounded'],
  camp: ['camps', 'camp', 'facilities', 'facility'],
  refugee: ['refugees', 'refugee'],
  diplomat: ['diplomats', 'diplomat', 'staff', 'officials'],
};

/** `men` counts troops only where the sentence is about armies. */
export const MILITARY_CONTEXT = /\b(?:troops?|soldiers?|army|armies|military|mobili[sz]\w*|conscript\w*|draft\w*|deploy\w*|front(?:line)?|offensive|invasion|border|reservists?|enlist\w*|call(?:ed|ing)? up)\b/i;

/** Verbs and nouns of what happens to what is counted, keyed by event class. */
export const EVENT_WORDS: { event: string; words: RegExp }[] = [
  { event: 'losses', words: /\b(?:kill(?:ed|ing|s)?|die[ds]?|dying|dead|deaths?|los(?:e|es|t|ing|ses)|casualt(?:y|ies)|wounded|injured|perish\w*)\b/i },
  { event: 'held', words: /\b(?:held|hold(?:s|ing)?|deport\w*|abduct\w*|detain\w*|re-education|camps?|forcibly\s+(?:moved|transferred|taken))\b/i },
  { event: 'fled', words: /\b(?:fle[de]|flee(?:ing|s)?|left|leav(?:e|ing)|escap\w*|emigrat\w*|exodus)\b/i },
  {
    event: 'numbers',
    words: /\b(?:amass\w*|mass(?:ed|ing|es)?|gather\w*|deploy\w*|send(?:s|ing)?|sent|station\w*|concentrat\w*|build(?:s|ing)?\s+up|built\s+up|surge\w*|mobili[sz]\w*|call(?:s|ed|ing)?\s+up|call-up|draft\w*|conscript\w*|recruit\w*|enlist\w*|troops?|forces|army|armies|strength|numbers?|figures?)\b/i,
  },
];

/** Words for the actor a count belongs to; place names and demonyms share a key. */
export const ACTORS: Record<string, string[]> = {
  russian: ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'putin', 'shoigu', 'lavrov', 'peskov', 'wagner', 'prigozhin', 'medvedev', 'russia’s', "russia's"],
  ukrainian: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'zelensky', 'zelenskyy', 'zelenskiy', 'reznikov', 'ukraine’s', "ukraine's"],
  american: ['us', 'u.s.', 'america', 'american', 'americans', 'washington', 'biden', 'pentagon', 'united states'],
  british: ['uk', 'britain', 'british', 'london', 'sunak', 'wallace'],
  german: ['germany', 'german', 'berlin', 'scholz'],
  european: ['eu', 'european', 'europe', 'brussels', 'von der leyen'],
  belarusian: ['belarus', 'belarusian', 'minsk', 'lukashenko'],
};

/** Speech and attribution verbs: "X said", "said X", "X told …", "according to X". */
export const ATTRIBUTION_VERB =
  /\b(?:said|says|say|told|tells|added|claimed|claims|claim|estimated|estimates|reported|reports|warned|warns|announced|announces|explained|explains|stated|states|declared|declares|insisted|noted|wrote|writes|confirmed|confirms|revealed|reveals|believes|believe|indicated|assessed|assesses|mentions|mentioned|recalls|informed|outlined|laid out|suggests?|suggested)\b/i;

const ACTOR_INDEX = new Map<string, string>();
for (const [actor, words] of Object.entries(ACTORS)) for (const w of words) ACTOR_INDEX.set(w, actor);

export function actorOf(word: string): string | undefined {
  return ACTOR_INDEX.get(word.toLowerCase());
}

const UNIT_INDEX = new Map<string, string>();
for (const [concept, words] of Object.entries(UNIT_CONCEPTS)) for (const w of words) UNIT_INDEX.set(w, concept);

/** The concept a unit noun counts, or a crude singular of the noun itself. */
export function conceptOf(unit: string, sentence: string): string {
  const u = unit.toLowerCase();
  if (u === 'men' || u === 'man' || u === 'people') return MILITARY_CONTEXT.test(sentence) ? 'troop' : 'civilian';
  return UNIT_INDEX.get(u) ?? singular(u);
}

export function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

const CONCEPT_LABEL: Record<string, string> = { troop: 'troop', civilian: 'civilian', child: 'children', casualty: 'casualty' };

export function conceptLabel(concept: string): string {
  return CONCEPT_LABEL[concept] ?? concept;
}
