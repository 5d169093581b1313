/**
 * Word lists for quotation attribution. Kept small and general: speech verbs, the
 * verbs that name rather than quote (`what it calls a "…"`), titles that precede a
 * name, and the pronouns and common nouns that stand for a speaker.
 */

/** Verbs (every form) that attribute speech or writing to a source. */
const SPEECH_VERB_STEMS = [
  'say', 'said', 'says', 'saying',
  'tell', 'told', 'tells', 'telling',
  'add', 'added', 'adds', 'adding',
  'stated', 'states', 'stating',
  'declare', 'declared', 'declares', 'declaring',
  'explain', 'explained', 'explains', 'explaining',
  'remark', 'remarked', 'remarking',
  'warn', 'warned', 'warns',
  'noted', 'notes', 'noting',
  'insist', 'insisted', 'insists', 'insisting',
  'claimed', 'claims', 'claiming',
  'argue', 'argued', 'argues', 'arguing',
  'write', 'wrote', 'writes', 'writing', 'written',
  'tweet', 'tweeted', 'tweets', 'tweeting',
  'announce', 'announced', 'announces', 'announcing',
  'ask', 'asked', 'asks', 'asking',
  'answer', 'answered', 'answers',
  'reply', 'replied', 'replies', 'replying',
  'respond', 'responded', 'responds', 'responding',
  'acknowledge', 'acknowledged', 'acknowledges', 'acknowledging',
  'admit', 'admitted', 'admits', 'admitting',
  'conclude', 'concluded', 'concludes',
  'suggest', 'suggested', 'suggests', 'suggesting',
  'predict', 'predicted', 'predicts', 'predicting',
  'promise', 'promised', 'promises', 'promising',
  'vow', 'vowed', 'vows', 'vowing',
  'urge', 'urged', 'urges', 'urging',
  'stress', 'stressed', 'stresses', 'stressing',
  'emphasise', 'emphasised', 'emphasises', 'emphasize', 'emphasized', 'emphasizes', 'emphasizing', 'emphasising',
  'underscore', 'underscored', 'underscores',
  'observe', 'observed', 'observes',
  'quip', 'quipped', 'quips',
  'joke', 'joked', 'jokes',
  'comment', 'commented', 'commenting',
  'concede', 'conceded', 'concedes',
  'complain', 'complained', 'complains',
  'contend', 'contended', 'contends',
  'assert', 'asserted', 'asserts', 'asserting',
  'deny', 'denied', 'denies',
  'confirm', 'confirmed', 'confirms',
  'reported', 'reports',
  'recall', 'recalled', 'recalls', 'recalling',
  'continue', 'continued', 'continues',
  'boast', 'boasted', 'boasts',
  'yell', 'yelled', 'shout', 'shouted', 'shouts', 'cry', 'cried',
  'mention', 'mentioned', 'mentions',
  'accuse', 'accused', 'accuses', 'accusing',
  'describe', 'described', 'describes', 'describing',
  'dismiss', 'dismissed', 'dismisses',
  'agree', 'agreed', 'agrees',
  'testify', 'testified',
  'exclaim', 'exclaimed',
  'counter', 'countered',
  'demand', 'demanded', 'demands', 'demanding',
  'scold', 'scolded', 'scolds', 'chide', 'chided', 'chides', 'rebuke', 'rebuked', 'rebukes',
  'posted', 'wrote',
  'quoted', 'quoting',
];

export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_STEMS);

/**
 * Verbs that name or judge (`Cruz called Trump a "…"`, `Japan branded North Korea an
 * "…"`, `X praised the deal as "…"`): the words in quotation marks after them are
 * their subject's. Read only before a quotation, and only as written in lower case:
 * as a noun (`the call`) or alone they attribute nothing.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called', 'calling', 'branded', 'branding', 'dubbed', 'dubbing', 'labelled', 'labeled', 'labelling', 'labeling',
  'praised', 'praising', 'lauded', 'lauding', 'hailed', 'hailing', 'mocked', 'mocking', 'derided', 'deriding',
  'denounced', 'denouncing', 'condemned', 'condemning', 'criticised', 'criticized', 'criticising', 'criticizing',
  'blasted', 'slammed', 'attacked', 'rated', 'rating',
]);

/**
 * Speech verbs strong enough to attribute a quotation that stands next to them
 * (`," he said`): the verbs reporters use after a quote.
 */
export const CORE_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'add', 'added', 'adds', 'adding',
  'state', 'stated', 'states', 'declared', 'declares', 'explained', 'explains', 'remarked', 'warned', 'warns',
  'noted', 'notes', 'insisted', 'insists', 'wrote', 'writes', 'tweeted', 'tweets', 'announced', 'asked', 'asks',
  'answered', 'replied', 'responded', 'acknowledged', 'admitted', 'concluded', 'continued', 'argued', 'argues',
  'claimed', 'claims', 'quipped', 'joked', 'conceded', 'complained', 'countered', 'recalled', 'posted',
  'predicted', 'promised', 'vowed', 'urged', 'stressed', 'emphasised', 'emphasized', 'observed', 'commented',
  'asserted', 'boasted', 'yelled', 'shouted', 'cried', 'testified', 'exclaimed', 'reported', 'reports', 'says',
]);

/** Verbs and phrases that introduce a name or term rather than speech. */
/** `what he called a Western "…"`, `what Prime Minister X called North Korea's "…"`. */
export const WHAT_CALLED_RE =
  /\bwhat\s+(?:[\p{L}.'’-]+\s+){1,6}?(?:call(?:s|ed)?|term(?:s|ed)?|describe[sd]?(?:\s+as)?|dub(?:s|bed)?|label(?:s|led|ed)?|brand(?:s|ed)?)(?:\s+(?:as|a|an|the|it|its|their|his|her))*(?:\s+[\p{L}'’-]+){0,2}\s*$/iu;

export const NAMING_BEFORE_RE =
  /(?:\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nam(?:e|es|ed|ing)|term(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?)(?:\s+(?:it|them|this|that|him|her|itself|themselves|the\s+\w+|[\p{L}'’-]+(?=\s+as\b)))?(?:\s+(?:as|a|an|the|its|their|his|her|what))*|\bso-called|\bknown\s+as(?:\s+(?:a|an|the))?|\bdescribed\s+as(?:\s+(?:a|an|the))?|\b(?:the\s+)?(?:word|words|term|phrase|slogan|title|hashtag|nickname|headline)|\btitled|\bentitled|\bnicknamed|\bcodenamed)\s*$/iu;

/** Titles and roles that precede a name and are not part of it. */
export const TITLES: ReadonlySet<string> = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
    'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'chancellor', 'deputy', 'chief', 'head',
    'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'mayor', 'commander', 'brigadier', 'major',
    'admiral', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'sgt', 'sergeant', 'gen', 'spokeswoman',
    'spokesman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'leader', 'judge', 'justice', 'attorney',
    'speaker', 'ambassador', 'director', 'senior', 'former', 'king', 'queen', 'prince', 'princess', 'pope',
    'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'state', 'home', 'first', 'lady',
    'secretary-general', 'commissioner', 'envoy', 'adviser', 'advisor', 'officer', 'official', 'candidate',
    'nominee', 'founder', 'ceo', 'executive', 'analyst', 'economist', 'correspondent', 'editor', 'reporter',
    'professor', 'researcher', 'host', 'anchor', 'coach', 'sheriff', 'detective', 'inspector', 'superintendent',
    'rabbi', 'father', 'bishop', 'cardinal', 'archbishop', 'imam', 'sheikh', 'emir', 'sultan', 'marshal',
    'field', 'air', 'vice-president', 'vice-chancellor', 'congressman', 'congresswoman', 'assemblyman',
    'councilman', 'councillor', 'del', 'councilwoman', 'alderman', 'magistrate', 'attorney-general', 'solicitor',
    'regional', 'national', 'junior', 'acting', 'interim', 'new', 'then', 'ex', 'top', 'press', 'security',
    'campaign', 'white', 'house', 'communications', 'manager', 'strategist', 'pollster', 'aide', 'jr', 'sr',
  ],
);

/** Words that look capitalised at a sentence start but never begin a name. */
export const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'to', 'of', 'by', 'with', 'from',
    'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'although', 'though', 'because', 'unless',
    'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'this', 'that',
    'these', 'those', 'there', 'here', 'what', 'who', 'whom', 'whose', 'which', 'where', 'why', 'how', 'not', 'no',
    'yes', 'all', 'some', 'any', 'many', 'much', 'more', 'most', 'other', 'another', 'such', 'each', 'every',
    'both', 'either', 'neither', 'one', 'two', 'three', 'also', 'even', 'still', 'just', 'only', 'then', 'now',
    'meanwhile', 'however', 'furthermore', 'moreover', 'later', 'earlier', 'today', 'yesterday', 'tomorrow',
    'last', 'next', 'asked', 'speaking', 'according', 'read', 'click', 'watch', 'key', 'breaking', 'update',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
    'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'picture', 'photo', 'images', 'source', 'via',
    'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
    'could', 'should', 'must', 'might', 'shall', 'let', 'like', 'well', 'oh', 'ok', 'okay', 'thanks', 'please',
    'despite', 'during', 'under', 'over', 'into', 'about', 'against', 'between', 'through', 'without', 'within',
    'instead', 'again', 'once', 'twice', 'first', 'second', 'third', 'finally', 'indeed', 'perhaps', 'maybe',
    'officially', 'certainly', 'clearly', 'unfortunately', 'fortunately', 'several', 'few', 'said', 'says',
  ],
);

/** Name words that mark an organisation rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  [
    'ministry', 'office', 'department', 'agency', 'council', 'commission', 'committee', 'party', 'kremlin',
    'government', 'parliament', 'duma', 'army', 'forces', 'force', 'navy', 'staff', 'group', 'post', 'times',
    'news', 'journal', 'network', 'service', 'services', 'bureau', 'institute', 'university', 'lab', 'laboratory',
    'foundation', 'center', 'centre', 'court', 'senate', 'congress', 'union', 'organization', 'organisation',
    'association', 'nato', 'eu', 'un', 'mod', 'bbc', 'cnn', 'reuters', 'ap', 'afp', 'tass', 'ria', 'inc', 'corp',
    'company', 'bank', 'fund', 'administration', 'pentagon', 'house', 'campaign', 'command', 'guard', 'police',
    'press', 'tribune', 'herald', 'telegraph', 'guardian', 'gazette', 'politifact', 'fox', 'msnbc', 'nbc', 'abc',
    'cbs', 'pbs', 'npr', 'media', 'channel', 'television', 'tv', 'radio', 'ltd', 'plc', 'llc', 'co', 'club',
    'cabinet', 'assembly', 'authority', 'authorities', 'board', 'brigade', 'corps', 'embassy', 'intelligence',
    'readout', 'statement', 'federation', 'alliance', 'coalition', 'movement', 'society', 'trust', 'school',
    'college', 'hospital', 'agency', 'directorate', 'secretariat', 'mission', 'fbi', 'cia', 'nsa', 'kgb', 'fsb',
    'gru', 'sbu', 'wagner', 'mercenary', 'staffers', 'democrats', 'republicans', 'gop', 'dnc', 'rnc', 'twitter',
    'facebook', 'telegram', 'google', 'microsoft', 'apple', 'amazon', 'poll', 'survey', 'report', 'study',
  ],
);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we', 'i', 'who', 'which']);

/** Common nouns that denote a person who speaks (`the minister said`). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'governor', 'mayor', 'senator', 'spokesman',
  'spokeswoman', 'spokesperson', 'official', 'officer', 'commander', 'general', 'chief', 'head', 'leader',
  'ambassador', 'director', 'chairman', 'chairwoman', 'chair', 'candidate', 'nominee', 'businessman',
  'businesswoman', 'congressman', 'congresswoman', 'lawmaker', 'politician', 'diplomat', 'researcher',
  'analyst', 'expert', 'source', 'aide', 'adviser', 'advisor', 'prosecutor', 'judge', 'lawyer', 'attorney',
  'democrat', 'republican', 'man', 'woman', 'envoy', 'premier', 'strategist', 'manager', 'founder', 'mogul',
  'billionaire', 'representative', 'economist', 'professor', 'veteran', 'activist', 'fellow', 'organizer',
  'organiser', 'member', 'director', 'executive', 'journalist', 'reporter', 'editor', 'correspondent', 'scientist',
  'doctor', 'officials', 'chiefs', 'sources', 'researchers', 'experts', 'analysts', 'leaders', 'lawmakers',
  'diplomats', 'aides', 'advisers', 'advisors', 'officers', 'commanders', 'prosecutors', 'investigators',
  'governors', 'senators', 'ministers', 'secretary-general', 'deputy', 'premier', 'host', 'anchor', 'author', 'ceo', 'cfo',
]);

/** Common nouns that denote an organisation or a document that speaks (`the ministry said`). */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'government', 'office', 'department', 'agency', 'kremlin', 'military', 'army', 'report',
  'statement', 'readout', 'campaign', 'committee', 'council', 'commission', 'administration', 'company',
  'group', 'embassy', 'authorities', 'police', 'court', 'party', 'survey', 'poll', 'study', 'newspaper',
  'outlet', 'service', 'bureau', 'staff', 'command', 'navy', 'alliance', 'parliament', 'mod', 'regime',
  'pentagon', 'institute', 'foundation', 'network', 'website', 'paper', 'assessment', 'update', 'bulletin',
  'intelligence', 'document', 'filing', 'complaint', 'memo', 'letter', 'release', 'tweet', 'post', 'agency',
  'ministries', 'governments', 'organization', 'organisation', 'union', 'association', 'board', 'panel', 'lab',
  'bank', 'firm', 'regulator', 'watchdog', 'club', 'team', 'airline', 'carrier', 'manufacturer', 'insurer',
]);

/** Demonyms and adjectives of place that qualify a title (`Ukrainian President …`). */
const DEMONYMS = new Set([
  'american', 'british', 'english', 'french', 'german', 'dutch', 'swiss', 'greek', 'thai', 'czech', 'welsh', 'scots',
  'scottish', 'irish', 'chinese', 'japanese', 'vietnamese', 'portuguese', 'lebanese', 'sudanese', 'taiwanese',
  'korean', 'mexican', 'african', 'european', 'cuban', 'chilean', 'kenyan', 'moroccan', 'dominican', 'asian',
  'israeli', 'pakistani', 'iraqi', 'saudi', 'kuwaiti', 'yemeni', 'qatari', 'emirati', 'azerbaijani', 'azeri',
  'bangladeshi', 'somali', 'nepali', 'afghan', 'turkish', 'polish', 'swedish', 'finnish', 'danish', 'spanish',
  'belarusian', 'western', 'eastern', 'northern', 'southern', 'soviet', 'arab', 'iranian', 'syrian',
  'us', 'u.s.', 'uk', 'eu', 'un', 'nato', 'republican', 'democratic', 'democrat', 'libertarian', 'independent',
]);
export function isDemonym(word: string): boolean {
  const w = word.toLowerCase();
  if (DEMONYMS.has(w)) return true;
  // `Ukrainian`, `Russian`, `Canadian`, `Estonian` (not `Brian`, `Iran`).
  return /^\p{Lu}\p{Ll}{3,}ian$/u.test(word) && !/^(?:Brian|Christian|Julian|Adrian|Damian|Vivian|Lillian|Jillian|Fabian|Sebastian|Kristian|Cristian|Florian|Maximilian|Ian)$/u.test(word);
}

// ---- the grammar of attributions: closed word classes the attribution stages read ----

/** Paragraph kinds whose lines are headings, never body text. */
export const HEADING_KINDS = new Set(['title', 'heading', 'entry-header', 'byline', 'dateline', 'furniture', 'caption']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'another', 'any', 'no', 'each', 'every']);
export const AUX = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'can', 'should', 'may', 'might',
  'also', 'then', 'later', 'again', 'earlier', 'previously', 'recently', 'reportedly', 'further', 'once', 'still', 'even',
  'just', 'only', 'first', 'finally', 'repeatedly', 'publicly', 'privately', 'separately', 'simply', 'not', 'never', 'often',
  'quoted', 'as', 'being', 'has been', 'did', 'does', 'do', 'who', 'which', 'that', 'and', 'but', 'however', 'meanwhile',
]);
/** Words after `said X` that end the speaker's noun phrase. */
export const NP_STOP = new Set([
  'after', 'on', 'in', 'at', 'during', 'with', 'to', 'before', 'when', 'while', 'as', 'from', 'via', 'for', 'that', 'who',
  'which', 'and', 'but', 'because', 'since', 'told', 'said', 'says', 'adding', 'noting', 'in', 'about', 'by', 'last', 'this',
  'yesterday', 'today', 'tonight', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Verbs that put out a statement, a speech verb when a colon and the words follow (introducesStatement). */
export const STATEMENT_VERBS = new Set(['issued', 'issues', 'made', 'makes', 'released', 'releases', 'gave', 'gives', 'posted', 'posts', 'sent', 'shared', 'published']);
/** What a statement verb puts out (`issued a statement:`). */
export const STATEMENT_NOUNS = new Set(['statement', 'comment', 'comments', 'remarks', 'message', 'post', 'tweet', 'note', 'response']);
export const SEPARATORS = new Set([',', ';', ':', '(', ')', '–', '—', '-', '[', ']']);
export const QUOTE_CHARS = /^["“”‘’'«»„`]+$/u;
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'you']);
/** Pronouns that stand as the subject before a verb. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);
export const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'for', 'with', 'on', 'by', 'near', 'inside', 'outside', 'within', 'across', 'behind', 'about', 'over', 'under']);
/** Words that cannot be inside a speaker's noun phrase: clause links, prepositions that start adverbials. */
export const NP_BREAK = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'when', 'while', 'after', 'before', 'as', 'because', 'if',
  'to', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'into', 'than', 'since', 'until', 'where', 'has', 'have', 'had',
  'is', 'was', 'are', 'were', 'will', 'would', 'not', 'also', 'about', 'over', 'under', 'through', 'during', 'despite',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'then', 'so', 'what', 'how', 'why',
]);
/** Titles a named person carries (`Defence Secretary Ben Wallace` for `the defence secretary`). */
export const PERSON_TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'governor', 'mayor', 'senator', 'spokesman', 'spokeswoman',
  'spokesperson', 'commander', 'general', 'chief', 'ambassador', 'director', 'chairman', 'chairwoman', 'premier', 'envoy',
]);
export const DOCUMENT_HEADS = new Set(['report', 'statement', 'readout', 'assessment', 'update', 'bulletin', 'document', 'filing', 'complaint', 'memo', 'letter', 'release', 'tweet', 'post', 'survey', 'poll', 'study']);
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'weekend', 'earlier', 'later', 'once', 'again',
  'recently', 'previously', 'now',
]);

