/**
 * Abbreviated titles and ranks that stand before a name (`Mr.`, `Gen.`, `Rev.`), in
 * lower case. The tokenizer keeps their period on the word, and the sentence splitter
 * never ends a sentence at one: a title that lost its period, or a sentence ended after
 * it, would end the name before it (`said the Rev` · `.` · `Peter Wherry`).
 */
export const TITLE_ABBREVIATIONS: readonly string[] =
  'mr mrs ms mx dr prof gen lt col sgt capt cpt maj adm brig cmdr cdr rep sen del gov pres st mt ft rev fr msgr hon messrs mme mlle mssrs supt insp det cllr pte pvt cpl amb atty'.split(' ');

/** Abbreviated month names (`Jan.`, `Sept.`), in lower case. */
export const MONTH_ABBREVIATIONS: readonly string[] = 'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ');
