/**
 * A small hand-written gazetteer: general knowledge (countries, capitals and large
 * cities, regions, demonyms, titles, words that end organisation names, common given
 * names). The tagger sees membership as a feature, it never decides alone, so the
 * lists only need to be mostly right. Entries are lower case, words separated by
 * underscores in the lists; multi-word entries match token runs.
 */

export type GazCategory = 'country' | 'city' | 'region' | 'demonym' | 'title' | 'orgword' | 'given' | 'media';

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia bosnia_and_herzegovina herzegovina botswana brazil brunei bulgaria
burkina_faso burundi cambodia cameroon canada cape_verde central_african_republic chad chile china colombia comoros congo costa_rica croatia
cuba cyprus czech_republic czechia denmark djibouti dominica dominican_republic ecuador egypt el_salvador eritrea estonia eswatini ethiopia
fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india
indonesia iran iraq ireland israel italy ivory_coast jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia
lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland new_zealand nicaragua
niger nigeria north_korea north_macedonia macedonia norway oman pakistan palau palestine panama papua_new_guinea paraguay peru philippines
poland portugal qatar romania russia rwanda saudi_arabia senegal serbia seychelles sierra_leone singapore slovakia slovenia solomon_islands
somalia south_africa south_korea south_sudan spain sri_lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand
togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine united_arab_emirates uae united_kingdom uk britain great_britain
england scotland wales northern_ireland united_states united_states_of_america us u.s. usa america uruguay uzbekistan vanuatu venezuela
vietnam yemen zambia zimbabwe soviet_union ussr yugoslavia czechoslovakia hong_kong vatican`;

const CITIES = `london paris berlin madrid rome moscow kyiv kiev kharkiv kharkov odesa odessa lviv dnipro mariupol kherson zaporizhzhia
zaporozhye donetsk luhansk bakhmut kramatorsk sloviansk mykolaiv sevastopol minsk warsaw krakow prague vienna budapest bucharest sofia
belgrade zagreb ljubljana bratislava athens ankara istanbul tbilisi yerevan baku tehran baghdad damascus beirut amman jerusalem tel_aviv
cairo riyadh doha dubai abu_dhabi kabul islamabad karachi lahore delhi new_delhi mumbai calcutta kolkata dhaka colombo kathmandu beijing
shanghai taipei tokyo osaka seoul pyongyang manila jakarta bangkok hanoi kuala_lumpur sydney melbourne canberra
auckland wellington washington new_york los_angeles chicago boston houston dallas miami atlanta philadelphia san_francisco seattle detroit
ottawa toronto montreal vancouver mexico_city havana caracas bogota lima buenos_aires santiago brasilia rio_de_janeiro sao_paulo nairobi
lagos abuja johannesburg cape_town pretoria addis_ababa algiers tunis tripoli rabat casablanca khartoum brussels amsterdam the_hague
rotterdam geneva zurich bern frankfurt munich hamburg cologne stuttgart dusseldorf bonn milan naples turin lisbon barcelona seville
copenhagen stockholm oslo helsinki reykjavik dublin belfast edinburgh glasgow cardiff manchester liverpool birmingham leeds oxford
cambridge strasbourg lyon marseille nice toulouse bordeaux tallinn riga vilnius kaliningrad st_petersburg st._petersburg petersburg
novosibirsk yekaterinburg murmansk volgograd rostov belgorod kursk grozny chisinau tiraspol nagorno-karabakh stepanakert`;

const REGIONS = `europe asia africa north_america south_america latin_america antarctica arctic middle_east far_east balkans caucasus
scandinavia crimea donbas donbass siberia chechnya kashmir gaza west_bank golan_heights kurdistan transnistria abkhazia
ossetia pacific atlantic mediterranean black_sea baltic_sea persian_gulf indian_ocean caribbean sahara
california texas florida ontario quebec bavaria normandy sicily corsica tibet xinjiang`;

const DEMONYMS = `afghan albanian algerian american angolan argentine argentinian armenian australian austrian azerbaijani azeri bahraini
bangladeshi belarusian belarussian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian canadian chilean
chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian
european filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian
iraqi irish israeli italian jamaican japanese jordanian kazakh kenyan korean kosovan kuwaiti kyrgyz latvian lebanese liberian libyan
lithuanian macedonian malaysian malian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese dutch nigerian
nigerien norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan
saudi scottish senegalese serbian slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian
turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean soviet western eastern african
asian arab arabic kurdish chechen baltic nordic scandinavian balkan latin slavic muslim christian jewish catholic orthodox sunni shia
shiite`;

const TITLES = `mr mrs ms miss dr prof professor sir dame lord lady president vice-president premier prime minister secretary chancellor
general gen lt lieutenant col colonel major brigadier admiral commander captain capt sgt sergeant marshal senator sen rep representative
congressman congresswoman governor gov mayor king queen prince princess emperor pope cardinal archbishop bishop rev reverend father sheikh
deputy vice chief head spokesman spokeswoman spokesperson ambassador envoy director chairman chairwoman chair judge justice
coach manager striker midfielder defender goalkeeper chief-executive ceo founder leader mp mep minister-president`;

const ORG_WORDS = `ministry department council agency commission committee office bureau service services university college school
institute institution academy party union federation association league club fc united city rovers wanderers athletic bank group corp
corporation inc ltd plc co company holdings airlines airways motors industries systems technologies telecom energy petroleum oil news
times post herald journal press tribune guardian gazette television tv radio network fund foundation trust organisation organization
alliance coalition front movement army navy force forces guard command brigade regiment assembly parliament senate congress duma court
exchange board authority police`;

const MEDIA = `reuters ap afp bbc cnn nbc abc cbs fox tass ria interfax itar-tass bloomberg xinhua kyodo yonhap anadolu aljazeera al_jazeera
dpa efe ansa sky`;

const GIVEN = `john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven
paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary
peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mary
patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle
dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole
emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
rose alexis kayla vladimir volodymyr oleksii oleksiy olexiy sergei sergey serhiy dmitry dmitri dmytro yevgeny evgeny igor ivan alexei
alexey andrei andriy andrey mikhail mykhailo nikolai mykola boris viktor victor yuri yuriy oleg olga tatiana natalia irina svetlana elena
yelena ekaterina yulia iryna oksana kateryna maria maryam mohammed muhammad mohamed ahmed ali hassan hussein omar abdullah ibrahim mustafa
khalid yusuf fatima aisha hans klaus jurgen wolfgang helmut gerhard angela olaf friedrich francois jacques pierre jean-claude emmanuel
nicolas marine ségolène giuseppe giovanni marco luca silvio matteo carlos luis miguel jorge pedro manuel antonio javier diego pablo rafael
fernando xi li wang zhang liu chen yang jens ursula josep borrell boris rishi liz theresa keir nigel tony gordon margaret hillary barack
joe kamala nancy mitch lloyd antony jake ned john-paul mark recep tayyip benjamin bibi naftali yair narendra shinzo fumio kim moon lula
jair`;

/** Entries are separated by white space; `_` joins the words of a multi-word entry. */
function entries(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map((e) => e.replace(/_/g, ' '));
}

const CATEGORIES: [GazCategory, string][] = [
  ['country', COUNTRIES],
  ['city', CITIES],
  ['region', REGIONS],
  ['demonym', DEMONYMS],
  ['title', TITLES],
  ['orgword', ORG_WORDS],
  ['media', MEDIA],
  ['given', GIVEN],
];

/** Lower-case single words → category (first category wins). */
export const GAZ_WORD = new Map<string, GazCategory>();
/** First word → multi-word entries starting with it (as word arrays), longest first. */
export const GAZ_MULTI = new Map<string, { words: string[]; cat: GazCategory }[]>();

for (const [cat, list] of CATEGORIES) {
  for (const e of entries(list)) {
    const ws = e.split(' ');
    if (ws.length === 1) {
      if (!GAZ_WORD.has(e)) GAZ_WORD.set(e, cat);
    } else {
      const l = GAZ_MULTI.get(ws[0]) ?? [];
      l.push({ words: ws, cat });
      l.sort((a, b) => b.words.length - a.words.length);
      GAZ_MULTI.set(ws[0], l);
    }
  }
}

export type GazMulti = { words: string[]; cat: GazCategory }[];

/** What the gazetteer holds for one lower-cased word: its category alone, and the entries it starts. */
export interface GazLookup {
  gazWord: GazCategory | '';
  gazMulti: GazMulti | undefined;
}

export function gazLookup(lower: string): GazLookup {
  return { gazWord: GAZ_WORD.get(lower) ?? '', gazMulti: GAZ_MULTI.get(lower) };
}

/** A word as gazetteerTags reads it: lower-cased, with its gazLookup (kept per word form by the caller). */
export interface GazWord extends GazLookup {
  lower: string;
}

/**
 * Gazetteer category of each token of a sentence ('' where none), with `B`/`I` for its
 * position in a multi-word match ('' for a one-word match). Longest match wins.
 */
export function gazetteerTags(words: readonly GazWord[]): { cat: (GazCategory | '')[]; pos: ('' | 'B' | 'I')[] } {
  const cat: (GazCategory | '')[] = new Array(words.length).fill('');
  const pos: ('' | 'B' | 'I')[] = new Array(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    const multi = words[i].gazMulti;
    if (multi) {
      let matched = 0;
      for (const m of multi) {
        if (i + m.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < m.words.length; k++) if (words[i + k].lower !== m.words[k]) { ok = false; break; }
        if (ok) {
          for (let k = 0; k < m.words.length; k++) {
            cat[i + k] = m.cat;
            pos[i + k] = k === 0 ? 'B' : 'I';
          }
          matched = m.words.length;
          break;
        }
      }
      if (matched) {
        i += matched - 1;
        continue;
      }
    }
    cat[i] = words[i].gazWord;
  }
  return { cat, pos };
}
