/** Prototype-less dictionary: `'constructor' in SMALL` must be false. */
function dict<T>(o: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, o);
}

/**
 * Word lists for the number extractor. Everything is lower case; callers lower-case
 * the token before looking it up (except where capitalisation matters, noted there).
 */

export const SMALL: Record<string, number> = dict({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

export const TENS: Record<string, number> = dict({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const SCALES: Record<string, number> = dict({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** Multipliers written right after a figure: `2.6 million`, `€500m`, `$4.2bn`; in Indian English `35 lakh` (100,000) and `1.2 crore` (10 million). */
export const MULTIPLIER_WORDS: Record<string, number> = dict({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
});
/** Attached one-letter multipliers (`€500m`, `35m`, `$4.2b`, `4.3M`, `10k`). */
export const ATTACHED_MULTIPLIERS: Record<string, number> = dict({ m: 1e6, M: 1e6, b: 1e9, B: 1e9, k: 1e3, K: 1e3 });

export const ORDINAL_WORDS: Record<string, number> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
});

/** Fractions written out: `a third of`, `two-thirds`, `half`. */
export const FRACTION_WORDS: Record<string, number> = dict({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
});

/**
 * Vague plural amounts. Value convention (documented in index.ts): `dozens` is the range
 * [12, 120] — one order of magnitude from the unit up — and so on; `tens of thousands` is
 * [10 000, 100 000]. All are approximate.
 */
export const VAGUE: Record<string, number> = dict({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});

/** Words before a number that make it approximate (or a bound rather than an exact figure). */
export const APPROX_BEFORE: string[][] = [
  ['almost'], ['nearly'], ['up', 'to'], ['more', 'than'], ['over'], ['about'], ['around'], ['some'],
  ['at', 'least'], ['roughly'], ['an', 'estimated'], ['estimated'], ['approximately'], ['approx'],
  ['less', 'than'], ['fewer', 'than'], ['under'], ['below'], ['above'], ['at', 'most'],
  ['no', 'more', 'than'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['as', 'many', 'as'],
  ['as', 'much', 'as'], ['as', 'few', 'as'], ['close', 'to'], ['upwards', 'of'], ['in', 'excess', 'of'],
  ['exceeds'], ['exceeded'], ['exceed'], ['exceeding'], ['circa'], ['c.'], ['~'], ['just', 'over'],
  ['just', 'under'], ['well', 'over'], ['an', 'average', 'of'], ['on', 'average'], ['averaging'],
  ['or', 'so'], ['upward', 'of'], ['nigh', 'on'], ['getting', 'on', 'for'], ['the', 'best', 'part', 'of'],
];

/** Currency symbols and the ISO 4217 code they most often mean in English news. */
export const CURRENCY_SYMBOLS: Record<string, string> = dict({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₴': 'UAH', '₽': 'RUB', '₹': 'INR', '₩': 'KRW', '₪': 'ILS',
});

/** Letters glued to `$`: `US$`, `$US`, `HK$`, `A$`, `$A`, `C$`, `NZ$`. */
export const DOLLAR_PREFIXES: Record<string, string> = dict({
  us: 'USD', hk: 'HKD', a: 'AUD', au: 'AUD', aus: 'AUD', c: 'CAD', ca: 'CAD', can: 'CAD', nz: 'NZD', s: 'SGD', nt: 'TWD', r: 'BRL', mx: 'MXN',
});

/** ISO codes (and a few common abbreviations) that may stand before or after a figure. */
export const CURRENCY_CODES: Record<string, string> = dict({
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', UAH: 'UAH', RUB: 'RUB', JPY: 'JPY', CNY: 'CNY', CHF: 'CHF',
  INR: 'INR', CAD: 'CAD', AUD: 'AUD', NZD: 'NZD', HKD: 'HKD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK',
  PLN: 'PLN', ILS: 'ILS', TRY: 'TRY', KRW: 'KRW', BRL: 'BRL', ZAR: 'ZAR', SGD: 'SGD', MYR: 'MYR',
  RM: 'MYR', Rs: 'INR', NIS: 'ILS',
});

/** Hundredths of most currencies, and of the pound sterling, as written after a figure (`50 cents`, `164p`). */
export const CENT_WORDS: ReadonlySet<string> = new Set(['cents', 'cent']);
export const PENCE_WORDS: ReadonlySet<string> = new Set(['pence', 'p']);
/** Money written in minor units keeps its written value and says so in `unit`: 164p, 50 cents. */
export const MINOR_UNITS: ReadonlySet<string> = new Set([...CENT_WORDS, ...PENCE_WORDS]);

/** Currency names after a figure (lower case, singular and plural). */
export const CURRENCY_WORDS: Record<string, string | null> = dict({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', hryvnya: 'UAH', hryvnyas: 'UAH', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', shekel: 'ILS', shekels: 'ILS',
  franc: 'CHF', francs: 'CHF', ringgit: 'MYR', zloty: 'PLN', zlotys: 'PLN', lira: 'TRY', lire: 'TRY',
  rand: 'ZAR', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', crowns: null, crown: null,
  cents: null, cent: null, pence: 'GBP',
});
/** Country adjectives that fix which dollar/crown is meant: `Australian dollars`. */
export const CURRENCY_ADJECTIVES: Record<string, Record<string, string>> = dict<Record<string, string>>({
  dollar: { us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', 'new zealand': 'NZD', 'hong kong': 'HKD', singapore: 'SGD', taiwan: 'TWD' },
  crown: { danish: 'DKK', swedish: 'SEK', norwegian: 'NOK', czech: 'CZK' },
  pound: { egyptian: 'EGP', lebanese: 'LBP' },
});

/** Units of time: a number with one of these is a duration. */
export const DURATION_UNITS = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days',
  'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'decade', 'decades',
  'century', 'centuries', 'millennium', 'millennia', 'night', 'nights',
]);

/** Units of measure, as written after a figure (case-sensitive keys are listed in MEASURE_UNITS_CS). */
export const MEASURE_UNITS = new Set([
  'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile', 'miles', 'mi', 'metre', 'metres',
  'meter', 'meters', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'mm', 'millimetre',
  'millimetres', 'millimeter', 'millimeters', 'µm', 'μm', 'micron', 'microns', 'nm', 'foot', 'feet', 'ft', 'inch', 'inches', 'yard', 'yards',
  'kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos', 'gram', 'grams', 'mg', 'tonne', 'tonnes', 'ton', 'tons',
  'lb', 'lbs', 'ounce', 'ounces', 'oz', 'stone', 'gigatonnes', 'gigatons', 'megatonnes', 'megatons', 'kilotonnes', 'kilotons',
  'litre', 'litres', 'liter', 'liters', 'ml', 'millilitres', 'milliliters', 'gallon', 'gallons', 'barrel', 'barrels', 'pint', 'pints',
  'acre', 'acres', 'hectare', 'hectares', 'ha', 'sq', 'mph', 'kph', 'kmh', 'km/h', 'knots', 'knot',
  'degree', 'degrees', 'deg', 'degf', 'degc', '°', '°c', '°f', 'celsius', 'centigrade', 'fahrenheit', 'kelvin',
  'kw', 'w', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh', 'watt', 'watts', 'kilowatts', 'megawatts', 'gigawatts', 'volts', 'volt', 'kv', 'amps', 'amp',
  'gb', 'mb', 'tb', 'kb', 'gbps', 'mbps', 'hz', 'khz', 'mhz', 'ghz', 'hp', 'bhp', 'horsepower', 'cc', 'mpg', 'ppm', 'ppb',
  'calories', 'kcal', 'decibels', 'db',
]);
/** Short units that only count when glued to the figure (`1.0l`, `250g`, `50m`, `5G`). */
export const ATTACHED_ONLY_UNITS = new Set(['l', 'g', 'm', 'v', 'f', 'r', 'k', 'c', 'p', 'x']);

/** Two-word units: first word → allowed second words. */
export const COMPOUND_UNITS: Record<string, string[]> = dict({
  square: ['miles', 'mile', 'kilometres', 'kilometers', 'km', 'metres', 'meters', 'm', 'feet', 'foot', 'ft', 'yards'],
  sq: ['miles', 'mile', 'km', 'm', 'ft', 'metres', 'meters', 'feet'],
  cubic: ['metres', 'meters', 'feet', 'm', 'ft', 'yards'],
  nautical: ['miles', 'mile'],
  light: ['years', 'year'],
  degrees: ['celsius', 'fahrenheit', 'centigrade', 'c', 'f', 'kelvin'],
  degree: ['celsius', 'fahrenheit', 'centigrade', 'c', 'f'],
  deg: ['celsius', 'fahrenheit', 'c', 'f'],
  miles: ['per', 'an', 'a'],
});

export const PERCENT_WORDS = new Set(['percent', 'percentage', 'pct', 'pc', 'percents']);

/** Words that, between a number and its noun, are adjectives or determiners-like modifiers to skip. */
export const ADJECTIVES = new Set([
  'new', 'old', 'more', 'other', 'additional', 'extra', 'further', 'young', 'big', 'bigger', 'biggest', 'small',
  'smaller', 'large', 'larger', 'major', 'minor', 'key', 'main', 'top', 'total', 'full', 'own', 'such', 'whole',
  'fresh', 'former', 'senior', 'junior', 'same', 'different', 'separate', 'single', 'double', 'free', 'high',
  'low', 'long', 'short', 'heavy', 'light', 'hard', 'soft', 'armed', 'dead', 'live', 'wounded', 'injured',
  'civilian', 'military', 'foreign', 'domestic', 'local', 'regional', 'national', 'international', 'global',
  'daily', 'weekly', 'monthly', 'yearly', 'annual', 'recent', 'previous', 'possible', 'potential', 'further',
  'special', 'front', 'front-line', 'frontline', 'modern', 'ordinary', 'average', 'known', 'unknown', 'main',
  'western', 'eastern', 'northern', 'southern', 'russian', 'ukrainian', 'american', 'british', 'european',
  'german', 'french', 'polish', 'dutch', 'swedish', 'finnish', 'norwegian', 'danish', 'chinese', 'iranian',
  'fortified', 'unmanned', 'separate', 'consecutive', 'straight', 'successive', 'straight', 'key', 'leading',
  'top', 'best', 'worst', 'first', 'last', 'next', 'remaining', 'fewer', 'less', 'many', 'few', 'several',
  'uniformed', 'enlisted', 'active', 'reserve', 'combat', 'artillery', 'missile', 'rocket', 'tank', 'air',
  'ground', 'naval', 'battle', 'cruise', 'ballistic', 'hypersonic', 'nuclear', 'armoured', 'armored', 'light',
]);

/** Words that end the noun search after a number. */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'without', 'into', 'onto', 'as',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'than', 'then', 'that', 'which', 'who', 'whom', 'whose', 'what',
  'when', 'where', 'while', 'because', 'since', 'until', 'after', 'before', 'during', 'over', 'under', 'about',
  'around', 'across', 'against', 'among', 'between', 'through', 'per', 'via', 'up', 'down', 'out', 'off',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'no', 'it', 'its', 'they', 'them', 'their',
  'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'this', 'these', 'those',
  'there', 'here', 'each', 'every', 'all', 'both', 'either', 'neither', 'some', 'any', 'said', 'says', 'say',
  'according', 'also', 'just', 'only', 'even', 'still', 'already', 'now', 'ago', 'later', 'earlier',
  'most', 'least', 'very', 'too', 'again', 'ever', 'never', 'not', 'including', 'like', 'unlike',
  'toward', 'towards', 'within', 'beyond', 'near', 'behind', 'ahead', 'away', 'back', 'apiece', 'each',
  'respectively', 'altogether', 'overall', 'annually', 'alone', 'left', 'killed', 'died', 'wounded', 'injured',
  'remain', 'remained', 'remains', 'became', 'become', 'get', 'got', 'were', 'who', 'mass', 'stationed',
  'deployed', 'based', 'held', 'taken', 'made', 'used', 'seen', 'known', 'thought', 'believed', 'reported',
  'expected', 'estimated', 'involved', 'needed', 'due', 'set', 'per', 'aged',
]);

/** Plural nouns that do not end in -s. */
export const IRREGULAR_PLURALS = new Set([
  'men', 'women', 'children', 'people', 'police', 'feet', 'teeth', 'mice', 'geese', 'personnel', 'staff', 'cattle',
  'aircraft', 'spacecraft', 'sheep', 'fish', 'deer', 'crew', 'troops', 'infantry', 'livestock', 'militia',
  'data', 'media', 'criteria', 'phenomena', 'alumni', 'refugees', 'youth', 'clergy', 'offspring', 'folk',
  'kin', 'head', 'ammunition', 'artillery', 'weaponry', 'equipment', 'gear', 'materiel',
]);

export const MONTHS: Record<string, number> = dict({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

export const TIME_ZONES = [
  'GMT', 'BST', 'UTC', 'EDT', 'EST', 'CDT', 'CST', 'MDT', 'MST', 'PDT', 'PST', 'ET', 'PT', 'CT', 'CET', 'CEST',
  'EET', 'EEST', 'MSK', 'IST', 'JST', 'AEST', 'AEDT', 'HKT', 'SGT', 'WIB', 'local time', 'Kyiv time', 'Moscow time',
];

/**
 * Capitalised words that may stand right before a number without making it a model
 * name or designator (`In 2014`, `Some 300`, `Tuesday 14`, `Nearly 500`).
 */
export const CAPITAL_OK_BEFORE = new Set([
  'in', 'on', 'at', 'by', 'since', 'until', 'till', 'from', 'to', 'of', 'for', 'and', 'or', 'but', 'the', 'some',
  'about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'only', 'just', 'approximately', 'another',
  'all', 'with', 'than', 'after', 'before', 'during', 'between', 'among', 'estimated', 'up', 'more', 'less', 'fewer',
  'least', 'most', 'exactly', 'perhaps', 'maybe', 'while', 'when', 'as', 'if', 'by', 'that', 'these', 'those',
  'its', 'their', 'his', 'her', 'our', 'my', 'your', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'also',
  'even', 'another', 'those', 'first', 'last', 'next', 'only', 'top', 'total', 'below', 'above', 'beyond', 'circa',
  'not', 'nor', 'within', 'across', 'through', 'per', 'like', 'via', 'towards', 'toward', 'against', 'every',
  'each', 'both', 'then', 'now', 'so', 'yet', 'because', 'although', 'though', 'where', 'which', 'who', 'what',
  'how', 'why', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'there', 'here', 'aged', 'age', 'ages', 'number',
  'killed', 'a', 'an', 'mid', 'late', 'early', 'year', 'years',
]);
