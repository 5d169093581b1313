/**
 * Direct quotations and who said them, in stages (each a file):
 *
 * 1. Find: quotation spans come from their marks (`marks.ts`): curly, straight and
 *    doubled-apostrophe double quotes, word-initial single quotes, mismatched pairs,
 *    and quotations that continue over paragraphs; `article.ts` reads the lines,
 *    sentences, headings and name mentions (`names.ts`) around them.
 * 2. Filter (`speech.ts`): scare quotes, quoted names and headline phrases are dropped.
 * 3. Attribute (`attribution.ts`): the speaker comes from the attribution verb next to
 *    the quotation (`verbs.ts`), its subject (`subjects.ts`) or the noun phrase after it
 *    (`nounPhrases.ts`), else from the quotation or attribution just before it.
 * 4. Resolve (`referents.ts`): pronouns and descriptions (`he`, `the ministry`, `Boeing's
 *    CEO`) to the name they stand for.
 * 5. Output (here): one walk over verbs and quotations in text order, so that pronouns see
 *    earlier attributions; each quotation with its speaker and the span it was read from.
 *
 * Everything is one pass over tokens with bounded look-backs: linear in the text.
 */
import type { ArticleStructure, Entity, Quote } from '../../types';
import type { Token } from '../../text/tokenize';
import { fastTokenize } from '../../text/fastTokenize';
import { AttributionLog } from './attributionLog';
import { QuotedArticle } from './article';
import { Attributor } from './attribution';
import { NounPhrases } from './nounPhrases';
import { Referents } from './referents';
import { isPersonish, type Resolution } from './resolution';
import { speechFlags } from './speech';
import { Subjects } from './subjects';
import { SpeechVerbs } from './verbs';

export { findQuoteSpans, splitLines } from './marks';

/** The stages of one article, wired together: what `extractQuotes` walks, and what each stage's tests build. */
export function quoteStages(text: string, structure: ArticleStructure, entities: Entity[], tokens: readonly Token[]) {
  const doc = new QuotedArticle(text, structure, entities, tokens);
  const verbs = new SpeechVerbs(doc);
  const speech = speechFlags(doc, verbs);
  const entityMode = entities.length > 0;
  // Attributions met so far. Who `he`/`she` can stand for, and who `it`/`they` can (resolvePronoun).
  const events = new AttributionLog<Resolution>([(r) => isPersonish(r) || (r.kind === 'unknown' && !entityMode), (r) => !isPersonish(r) && r.kind !== 'unknown']);
  const referents = new Referents(doc, speech, events);
  const phrases = new NounPhrases(doc, verbs, referents);
  const subjects = new Subjects(doc, verbs, referents, phrases, speech);
  const attributor = new Attributor(doc, verbs, phrases, subjects, speech, events);
  return { doc, verbs, speech, events, referents, phrases, subjects, attributor };
}

/** Direct quotations with their speaker. `tokens`, when given, is `fastTokenize(text)`, shared with the other stages. */
export function extractQuotes(text: string, structure: ArticleStructure, entities: Entity[], tokens: readonly Token[] = fastTokenize(text)): Quote[] {
  const { doc, verbs, speech, events, attributor } = quoteStages(text, structure, entities, tokens);

  // Walk attribution verbs and quotations in text order so that pronouns see earlier attributions.
  const out: Quote[] = [];
  const quoteRes: (Resolution | null)[] = [];
  let t = 0;
  // Attributions after the last quotation that is speech would resolve nothing: the walk stops there.
  const last = speech.lastIndexOf(true);
  for (let qi = 0; qi <= last; qi++) {
    const q = doc.raws[qi];
    for (; t < tokens.length && tokens[t].start < q.start; t++) {
      if (doc.tokQuote[t] >= 0 || !verbs.isVerbAt(t)) continue;
      events.push({ pos: tokens[t].start, line: doc.lineOfPos(tokens[t].start), res: attributor.subjectOfVerb(t) });
    }
    // Verbs right after the quotation belong to it; record them after resolving it.
    if (!speech[qi]) {
      quoteRes.push(null);
      continue;
    }
    const res = attributor.resolveQuote(qi, quoteRes);
    quoteRes.push(res);
    const quote: Quote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: res ? res.speaker : null };
    if (res?.span) quote.speakerSpan = { start: res.span.start, end: res.span.end };
    out.push(quote);
    events.push({ pos: q.start, line: q.lastLine, res });
  }
  return out;
}
