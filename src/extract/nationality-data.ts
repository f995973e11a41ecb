/**
 * Origins: ISO 3166 alpha-2 code → Danish and English words. `names` are country names (also used
 * after "from"/"fra"), `adjectives` are demonyms; Danish adjectives in -sk also match with -e.
 * `cities` count only after "from"/"fra" ("Lek from Bangkok").
 *
 * Region words map to user-assigned codes (ISO 3166 reserves XA–XZ for such use) because the ad
 * names no country: XL = Latin America ("latina"), XS = Asia ("asian", "asiatisk"),
 * XF = Africa ("african", "afrikansk"), XE = Eastern Europe ("østeuropæisk"). "Ebony" is no origin (it
 * describes skin, of women from anywhere) and is not among them.
 *
 * Names are listed in the spelling with diacritics ("constanța", "łódź"); nationality.ts adds the
 * bare spelling ("constanta", "lodz"). Romanian has two forms of ș and ț (comma below, the correct
 * one, and the older cedilla ş, ţ that many keyboards still type): both are listed.
 */
export interface Origin {
  names: string[];
  adjectives: string[];
  cities?: string[];
}

export const REGION_CODES = ['XL', 'XS', 'XF', 'XE'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/**
 * The countries of ORIGINS in each region: a region word beside one of its countries ("African
 * queen from Lagos Nigeria") adds nothing, and the ad's facts keep only the country.
 */
export const REGION_MEMBERS: Record<RegionCode, readonly string[]> = {
  XL: ['MX', 'CU', 'DO', 'CO', 'VE', 'EC', 'PE', 'BO', 'PY', 'CL', 'AR', 'BR'],
  XS: ['TH', 'PH', 'VN', 'CN', 'JP', 'KR', 'ID', 'MY', 'KH', 'LA', 'MN', 'IN'],
  XF: ['NG', 'GH', 'KE', 'UG', 'CM', 'SN', 'CI', 'ET', 'ER', 'SO', 'ZA', 'MA', 'TN', 'DZ', 'EG'],
  XE: [
    'PL',
    'CZ',
    'SK',
    'HU',
    'RO',
    'MD',
    'BG',
    'LT',
    'LV',
    'EE',
    'UA',
    'BY',
    'RU',
    'RS',
    'HR',
    'BA',
    'AL',
    'MK',
    'XK',
    'SI',
  ],
};

export const ORIGINS: Record<string, Origin> = {
  DK: { names: ['danmark', 'denmark'], adjectives: ['dansk', 'danish', 'dane', 'dansker'] },
  RO: {
    names: ['rumænien', 'romania', 'roumania', 'rumänien'],
    adjectives: [
      'rumænsk',
      'romanian',
      'rumæner',
      'rumänsk',
      'rumänska',
      'româncă',
      'românca',
      'romanca',
      'rumunka',
      'rumana',
      'rumänin',
    ],
    cities: [
      'bucharest',
      'bukarest',
      'bucurești',
      'bucureşti',
      'constanța',
      'constanţa',
      'cluj',
      'cluj napoca',
      'timișoara',
      'timişoara',
      'iași',
      'iaşi',
      'brașov',
      'braşov',
      'craiova',
      'galați',
      'galaţi',
      'ploiești',
      'ploieşti',
      'pitești',
      'piteşti',
      'bacău',
      'sibiu',
      'oradea',
      'arad',
      'suceava',
    ],
  },
  BG: {
    names: ['bulgarien', 'bulgaria'],
    adjectives: ['bulgarsk', 'bulgarian', 'bulgarisk', 'bulgarka', 'bulgarin'],
    cities: ['varna', 'plovdiv', 'burgas'],
  },
  HU: {
    names: ['ungarn', 'hungary', 'ungern'],
    adjectives: ['ungarsk', 'hungarian', 'ungersk', 'ungarin'],
    cities: ['budapest', 'debrecen', 'szeged', 'pécs', 'győr', 'miskolc'],
  },
  PL: {
    names: ['polen', 'poland'],
    // "polska" is Poland in Polish and the Polish language in Swedish: an adjective here, so the
    // language checks apply to it ("Jag pratar polska"). "Magyar" is left out: it is mostly a list item.
    adjectives: ['polsk', 'polish', 'polak', 'polakker', 'polka', 'polska', 'polin', 'polaca'],
    cities: [
      'warsaw',
      'warszawa',
      'kraków',
      'cracow',
      'gdańsk',
      'wrocław',
      'łódź',
      'poznań',
      'szczecin',
      'katowice',
    ],
  },
  CZ: {
    names: ['tjekkiet', 'czech republic', 'czechia', 'tjeckien'],
    adjectives: ['tjekkisk', 'czech', 'tjeckisk', 'tschechin'],
    cities: ['prague', 'prag', 'praha', 'brno', 'ostrava', 'plzeň'],
  },
  SK: {
    names: ['slovakiet', 'slovakia'],
    adjectives: ['slovakisk', 'slovak', 'slovakian'],
    cities: ['bratislava', 'košice'],
  },
  LT: {
    names: ['litauen', 'lithuania'],
    adjectives: ['litauisk', 'lithuanian'],
    cities: ['vilnius', 'kaunas', 'klaipėda'],
  },
  LV: { names: ['letland', 'latvia'], adjectives: ['lettisk', 'latvian'], cities: ['riga', 'daugavpils'] },
  EE: {
    names: ['estland', 'estonia'],
    adjectives: ['estisk', 'estonian', 'estlandsk'],
    cities: ['tallinn', 'tartu'],
  },
  UA: {
    names: ['ukraine'],
    adjectives: ['ukrainsk', 'ukrainian', 'ukrainer', 'ukrainka', 'ukrainerin', 'ucraniana'],
    cities: ['kiev', 'kyiv', 'kiew', 'odessa', 'kharkiv', 'lviv', 'dnipro', 'zaporizhzhia'],
  },
  RU: {
    names: ['rusland', 'russia', 'ryssland'],
    adjectives: ['russisk', 'russian', 'russer', 'rysk', 'rosjanka'],
    cities: [
      'moscow',
      'moskva',
      'moskau',
      'st petersburg',
      'st. petersburg',
      'saint petersburg',
      'sankt petersborg',
      'sankt petersburg',
    ],
  },
  BY: {
    names: ['hviderusland', 'belarus'],
    adjectives: ['hviderussisk', 'belarusian', 'belarussian'],
    cities: ['minsk'],
  },
  MD: {
    names: ['moldova', 'moldavien', 'moldavia'],
    adjectives: ['moldavisk', 'moldovan', 'moldavian'],
    cities: ['chișinău', 'chişinău', 'kishinev'],
  },
  RS: {
    names: ['serbien', 'serbia'],
    adjectives: ['serbisk', 'serbian'],
    cities: ['belgrade', 'beograd', 'novi sad'],
  },
  HR: { names: ['kroatien', 'croatia'], adjectives: ['kroatisk', 'croatian'], cities: ['zagreb', 'split'] },
  BA: { names: ['bosnien', 'bosnia'], adjectives: ['bosnisk', 'bosnian'], cities: ['sarajevo'] },
  AL: { names: ['albanien', 'albania'], adjectives: ['albansk', 'albanian'], cities: ['tirana', 'durres'] },
  MK: {
    names: ['nordmakedonien', 'makedonien', 'macedonia', 'north macedonia'],
    adjectives: ['makedonsk', 'macedonian'],
    cities: ['skopje'],
  },
  XK: { names: ['kosovo'], adjectives: ['kosovar', 'kosovarisk'], cities: ['pristina'] },
  SI: { names: ['slovenien', 'slovenia'], adjectives: ['slovensk', 'slovenian'], cities: ['ljubljana'] },
  GR: { names: ['grækenland', 'greece'], adjectives: [], cities: ['athens', 'athen', 'thessaloniki'] },
  DE: {
    names: ['tyskland', 'germany', 'deutschland'],
    adjectives: ['tysk', 'german', 'tysker', 'deutsche', 'deutscher'],
    // The towns south of the border first: visitors from there work in Jutland.
    cities: [
      'flensburg',
      'kiel',
      'lübeck',
      'luebeck',
      'hamborg',
      'berlin',
      'hamburg',
      'bremen',
      'hannover',
      'köln',
      'cologne',
      'frankfurt',
      'düsseldorf',
      'stuttgart',
      'leipzig',
      'dresden',
      'munich',
      'münchen',
    ],
  },
  SE: {
    names: ['sverige', 'sweden'],
    adjectives: ['svensk', 'swedish', 'svensker', 'swede'],
    cities: ['stockholm', 'göteborg', 'gothenburg', 'malmö', 'malmo', 'helsingborg', 'uppsala'],
  },
  NO: {
    names: ['norge', 'norway'],
    adjectives: ['norsk', 'norwegian', 'nordmand'],
    cities: ['oslo', 'bergen', 'trondheim', 'stavanger'],
  },
  FI: { names: ['finland'], adjectives: ['finsk', 'finnish', 'finne'], cities: ['helsinki'] },
  IS: { names: ['island', 'iceland'], adjectives: ['islandsk', 'icelandic'] },
  GL: {
    names: ['grønland', 'greenland'],
    adjectives: ['grønlandsk', 'greenlandic', 'grønlænder'],
    cities: ['nuuk'],
  },
  NL: {
    names: ['holland', 'nederlandene', 'netherlands'],
    adjectives: ['hollandsk', 'nederlandsk', 'dutch'],
    cities: ['amsterdam', 'rotterdam'],
  },
  FR: {
    names: ['frankrig', 'france', 'frankrike'],
    adjectives: ['fransk', 'french', 'franskmand', 'française', 'francaise'],
    cities: ['paris', 'lyon', 'marseille'],
  },
  ES: {
    names: ['spanien', 'spain'],
    adjectives: ['spansk', 'spanish', 'spanier', 'española', 'espanola'],
    cities: ['madrid', 'barcelona', 'valencia', 'sevilla'],
  },
  IT: {
    names: ['italien', 'italy'],
    adjectives: ['italiensk', 'italian', 'italiana', 'italiener'],
    cities: ['rome', 'rom', 'milan', 'milano', 'napoli', 'naples'],
  },
  PT: {
    names: ['portugal'],
    adjectives: ['portugisisk', 'portuguese', 'portuguesa'],
    cities: ['lisbon', 'lissabon', 'porto'],
  },
  // "english"/"engelsk" are mostly the language: they count only as a person's description (see origin-context.ts).
  GB: {
    names: [
      'england',
      'storbritannien',
      'united kingdom',
      'great britain',
      'uk',
      'scotland',
      'skotland',
      'wales',
    ],
    adjectives: [
      'britisk',
      'british',
      'englænder',
      'englishwoman',
      'english',
      'engelsk',
      'scottish',
      'skotsk',
      'welsh',
      'walisisk',
    ],
    cities: ['london', 'manchester', 'birmingham', 'liverpool', 'edinburgh', 'glasgow'],
  },
  IE: { names: ['irland', 'ireland'], adjectives: ['irsk', 'irish'], cities: ['dublin', 'cork'] },
  TR: {
    names: ['tyrkiet', 'turkey', 'türkiye'],
    adjectives: ['tyrkisk', 'turkish', 'tyrker'],
    cities: ['istanbul', 'ankara'],
  },
  TH: {
    names: ['thailand'],
    adjectives: ['thai', 'thailandsk', 'thaipige', 'thaikvinde', 'thailænder', 'thailändsk', 'thailänderin'],
    cities: ['bangkok', 'pattaya', 'phuket', 'chiang mai', 'udon thani', 'isaan', 'isan'],
  },
  PH: {
    names: ['filippinerne', 'philippines', 'the philippines'],
    adjectives: ['filippinsk', 'filipina', 'filipino', 'pinay', 'philippine'],
    cities: ['manila', 'cebu', 'davao'],
  },
  VN: {
    names: ['vietnam', 'viet nam'],
    adjectives: ['vietnamesisk', 'vietnamese'],
    cities: ['hanoi', 'saigon', 'ho chi minh'],
  },
  CN: {
    names: ['kina', 'china'],
    adjectives: ['kinesisk', 'chinese', 'kineser'],
    cities: ['beijing', 'shanghai', 'guangzhou', 'shenzhen'],
  },
  JP: { names: ['japan'], adjectives: ['japansk', 'japanese'], cities: ['tokyo', 'osaka'] },
  KR: {
    names: ['sydkorea', 'south korea', 'korea'],
    adjectives: ['koreansk', 'sydkoreansk', 'korean'],
    cities: ['seoul', 'busan'],
  },
  ID: {
    names: ['indonesien', 'indonesia'],
    adjectives: ['indonesisk', 'indonesian'],
    cities: ['jakarta', 'bali'],
  },
  MY: { names: ['malaysia'], adjectives: ['malaysisk', 'malaysian'], cities: ['kuala lumpur'] },
  KH: { names: ['cambodja', 'cambodia'], adjectives: ['cambodjansk', 'cambodian'], cities: ['phnom penh'] },
  LA: { names: ['laos'], adjectives: ['laotisk', 'laotian'], cities: ['vientiane'] },
  MN: { names: ['mongoliet', 'mongolia'], adjectives: ['mongolsk', 'mongolian'], cities: ['ulaanbaatar'] },
  IN: {
    names: ['indien', 'india'],
    adjectives: ['indisk', 'indian'],
    cities: ['mumbai', 'delhi', 'new delhi', 'bangalore'],
  },
  NG: {
    names: ['nigeria'],
    adjectives: ['nigeriansk', 'nigerian', 'naija'],
    cities: ['lagos', 'abuja', 'benin city', 'port harcourt', 'ibadan', 'edo'],
  },
  GH: { names: ['ghana'], adjectives: ['ghanesisk', 'ghanaian', 'ghanaiansk'], cities: ['accra', 'kumasi'] },
  KE: { names: ['kenya'], adjectives: ['kenyansk', 'kenyan'], cities: ['nairobi', 'mombasa'] },
  UG: { names: ['uganda'], adjectives: ['ugandisk', 'ugandan'], cities: ['kampala'] },
  CM: {
    names: ['cameroun', 'cameroon', 'camerun'],
    adjectives: ['camerounsk', 'cameroonian'],
    cities: ['douala', 'yaounde'],
  },
  SN: { names: ['senegal'], adjectives: ['senegalesisk', 'senegalese'], cities: ['dakar'] },
  CI: {
    names: ['elfenbenskysten', 'ivory coast', "côte d'ivoire", "cote d'ivoire"],
    adjectives: ['ivoriansk', 'ivorian'],
    cities: ['abidjan'],
  },
  ET: { names: ['etiopien', 'ethiopia'], adjectives: ['etiopisk', 'ethiopian'], cities: ['addis ababa'] },
  ER: { names: ['eritrea'], adjectives: ['eritreisk', 'eritrean'], cities: ['asmara'] },
  SO: { names: ['somalia'], adjectives: ['somalisk', 'somali'], cities: ['mogadishu'] },
  ZA: {
    names: ['sydafrika', 'south africa'],
    adjectives: ['sydafrikansk', 'south african'],
    cities: ['johannesburg', 'cape town'],
  },
  MA: {
    names: ['marokko', 'morocco'],
    adjectives: ['marokkansk', 'moroccan'],
    cities: ['casablanca', 'marrakech', 'rabat', 'tangier'],
  },
  TN: { names: ['tunesien', 'tunisia'], adjectives: ['tunesisk', 'tunisian'], cities: ['tunis'] },
  DZ: { names: ['algeriet', 'algeria'], adjectives: ['algerisk', 'algerian'], cities: ['algiers'] },
  EG: { names: ['egypten', 'egypt'], adjectives: ['egyptisk', 'egyptian'], cities: ['cairo', 'kairo'] },
  LB: { names: ['libanon', 'lebanon'], adjectives: ['libanesisk', 'lebanese'], cities: ['beirut'] },
  SY: { names: ['syrien', 'syria'], adjectives: ['syrisk', 'syrian'], cities: ['damascus', 'aleppo'] },
  IQ: { names: ['irak', 'iraq'], adjectives: ['irakisk', 'iraqi'], cities: ['baghdad'] },
  IR: {
    names: ['iran'],
    adjectives: ['iransk', 'iranian', 'persisk', 'persian'],
    cities: ['tehran', 'teheran'],
  },
  BR: {
    names: ['brasilien', 'brazil', 'brasil'],
    adjectives: ['brasiliansk', 'brazilian', 'brasileira', 'brasilianer', 'brasileña', 'brasilena'],
    cities: ['rio', 'rio de janeiro', 'são paulo', 'sao paulo', 'salvador', 'fortaleza', 'recife'],
  },
  CO: {
    names: ['colombia'],
    adjectives: ['colombiansk', 'colombian', 'colombiana'],
    cities: ['bogota', 'bogotá', 'medellin', 'medellín', 'cali', 'cartagena', 'barranquilla'],
  },
  VE: {
    names: ['venezuela'],
    adjectives: ['venezuelansk', 'venezuelan', 'venezolana'],
    cities: ['caracas', 'maracaibo'],
  },
  DO: {
    names: ['den dominikanske republik', 'dominikanske republik', 'dominican republic'],
    adjectives: ['dominikansk', 'dominican', 'dominicana'],
    cities: ['santo domingo', 'punta cana'],
  },
  CU: { names: ['cuba'], adjectives: ['cubansk', 'cuban', 'cubana'], cities: ['havana', 'havanna'] },
  MX: {
    names: ['mexico'],
    adjectives: ['mexicansk', 'mexican', 'mexicana'],
    cities: ['mexico city', 'guadalajara', 'cancun'],
  },
  AR: {
    names: ['argentina'],
    adjectives: ['argentinsk', 'argentinian', 'argentine', 'argentina'],
    cities: ['buenos aires'],
  },
  PE: { names: ['peru'], adjectives: ['peruviansk', 'peruvian', 'peruana'], cities: ['lima'] },
  EC: {
    names: ['ecuador'],
    adjectives: ['ecuadoriansk', 'ecuadorian', 'ecuatoriana'],
    cities: ['quito', 'guayaquil'],
  },
  CL: { names: ['chile'], adjectives: ['chilensk', 'chilean', 'chilena'], cities: ['santiago'] },
  PY: {
    names: ['paraguay'],
    adjectives: ['paraguayansk', 'paraguayan', 'paraguaya'],
    cities: ['asuncion', 'asunción'],
  },
  BO: { names: ['bolivia'], adjectives: ['boliviansk', 'bolivian', 'boliviana'], cities: ['la paz'] },
  JM: { names: ['jamaica'], adjectives: ['jamaicansk', 'jamaican'], cities: ['kingston'] },
  US: {
    names: ['usa', 'united states', 'america', 'amerika'],
    adjectives: ['amerikansk', 'american', 'amerikaner'],
    cities: ['new york', 'los angeles', 'miami', 'chicago'],
  },
  CA: {
    names: ['canada'],
    adjectives: ['canadisk', 'canadian'],
    cities: ['toronto', 'vancouver', 'montreal'],
  },
  AU: {
    names: ['australien', 'australia'],
    adjectives: ['australsk', 'australian'],
    cities: ['sydney', 'melbourne'],
  },
  XL: {
    names: ['latinamerika', 'latin amerika', 'latin america', 'sydamerika', 'syd amerika', 'south america'],
    adjectives: [
      'latina',
      'latinas',
      'latino',
      'latin',
      'latinamerikansk',
      'latin american',
      'sydamerikansk',
      'south american',
      'hispanic',
    ],
  },
  XS: { names: ['asien', 'asia'], adjectives: ['asiatisk', 'asian', 'orientalsk', 'oriental'] },
  XF: { names: ['afrika', 'africa'], adjectives: ['afrikansk', 'african'] },
  XE: {
    names: ['østeuropa', 'eastern europe', 'east europe'],
    adjectives: [
      'østeuropæisk',
      'eastern european',
      'east european',
      'slavic',
      'slavisk',
      'baltic',
      'baltisk',
    ],
  },
};
