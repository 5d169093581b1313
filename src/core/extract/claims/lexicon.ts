/** Speech and attribution verbs: "X said", "said X", "X told …", "according to X". General English, no story's words. */
export const ATTRIBUTION_VERB =
  /\b(?:said|says|say|told|tells|added|claimed|claims|claim|estimated|estimates|reported|reports|warned|warns|announced|announces|explained|explains|stated|states|declared|declares|insisted|noted|wrote|writes|confirmed|confirms|revealed|reveals|believes|believe|indicated|assessed|assesses|mentions|mentioned|recalls|informed|outlined|laid out|suggests?|suggested)\b/i;
