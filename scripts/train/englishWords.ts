// Distils compromise's English lexicon into the table the claims stage reads at run time
// (models/english-words.json.gz): each known word's part of speech, and the lemma of every
// inflected verb and noun form compromise's own conjugator and inflector produce.
//
// Why a table and not compromise at run time: compromise tags a sentence in about 2 ms
// (measured over 004's 269 sentences: 637 ms) and takes 218 ms to load, against the
// engine's whole analysis of that article in under 100 ms; the claim frames need only a
// word's class and lemma, which these tables give by one lookup. `npm run eval` measures
// how often the table's lemma of a claim's main verb agrees with compromise's full parse.
import { gzipSync } from 'node:zlib';
import { ENGLISH_WORDS_VERSION, type EnglishWordsFile, type WordClass } from '../../src/core/extract/claims/englishWords';

interface CompromiseWorld {
  model: { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } };
  methods: {
    two: {
      transform: {
        verb: { conjugate(inf: string, model: unknown): Record<string, string> };
        noun: { toSingular(w: string, model: unknown): string };
        adjective: { toComparative?(w: string, model: unknown): string; toSuperlative?(w: string, model: unknown): string };
      };
    };
  };
}

/** compromise tags that name people, places, organisations and the like: the engine's entities cover those, and no name belongs in the claims stage. */
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Place', 'City', 'Region', 'Country', 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Demonym', 'Emoticon', 'Currency']);

function classOf(tags: string[]): WordClass | undefined {
  const has = (t: string) => tags.includes(t);
  if (has('Negative')) return 'neg';
  if (has('Modal')) return 'modal';
  if (has('Copula')) return 'copula';
  if (has('Determiner') || has('Preposition') || has('Pronoun') || has('Conjunction') || has('Possessive') || has('Reflexive') || has('QuestionWord') || has('Condition')) return 'function';
  if (has('Superlative')) return 'superlative';
  if (has('Comparative')) return 'comparative';
  if (has('Infinitive') || has('PastTense') || has('PresentTense') || has('Gerund') || has('Participle') || has('Verb') || has('Imperative')) return 'verb';
  if (has('Adjective')) return 'adj';
  if (has('Adverb')) return 'adv';
  if (has('Singular') || has('Plural') || has('Noun') || has('Uncountable') || has('Actor') || has('Unit') || has('Duration')) return 'noun';
  return undefined;
}

export function distilEnglishWords(): EnglishWordsFile {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise/two') as { world(): CompromiseWorld };
  const world = nlp.world();
  const { lexicon } = world.model.one;
  const transform = world.methods.two.transform;
  const classes: Record<string, WordClass> = {};
  const lemmas: Record<string, string> = {};
  const verbForms = new Set<string>();
  // Words that are a noun or a verb by context (`record`, `strike`, `rise`): compromise's switches.
  const switches = world.model.two.switches;
  const verbToo = (w: string) => /Verb|Infinitive|PastTense|PresentTense/.test(switches[w] ?? '');
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = ([] as string[]).concat(tag);
    if (verbToo(word) && !tags.includes('Infinitive')) tags.push('Infinitive');
    if (tags.some((t) => NAME_TAGS.has(t)) || word.includes(' ') || !/^[a-z][a-z'-]*$/.test(word)) continue;
    const cls = classOf(tags);
    if (cls) classes[word] = cls;
    if (tags.includes('Infinitive')) {
      const forms = transform.verb.conjugate(word, world.model);
      for (const [name, form] of Object.entries(forms)) {
        if (name === 'FutureTense' || !form || form.includes(' ') || form === word) continue;
        lemmas[form] = word;
        verbForms.add(form);
      }
    }
    if (tags.includes('Plural')) {
      const one = transform.noun.toSingular(word, world.model);
      if (one && one !== word && !one.includes(' ')) lemmas[word] = one;
    }
  }
  const ambiguous: Record<string, string> = {};
  for (const [word, sw] of Object.entries(switches)) {
    if (/^[a-z][a-z'-]*$/.test(word) && /Noun/.test(sw) && /Verb|Infinitive|PastTense|PresentTense/.test(sw)) ambiguous[word] = 'noun|verb';
  }
  for (const word of Object.keys(ambiguous)) if (classes[word] === 'verb' || classes[word] === 'noun') classes[word] = 'noun|verb';
  // `rose`, `left`, `found`: a verb form that is also a noun or adjective is either, by context.
  for (const form of verbForms) {
    const c = classes[form];
    classes[form] = c === undefined || c === 'verb' ? 'verb' : c === 'noun' || c === 'adj' ? 'noun|verb' : c;
  }
  return { version: ENGLISH_WORDS_VERSION, source: 'compromise ' + compromiseVersion(), classes, lemmas };
}

function compromiseVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('compromise') as { version: string }).version;
}

export function encodeEnglishWords(file: EnglishWordsFile): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}
