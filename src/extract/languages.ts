import { findAsianLanguages } from './language-asian.js';
import { findLanguageMarks } from './language-marks.js';
import { RecentTexts } from './text-memo.js';
import { defineVocabulary, vocabHitsOf, type VocabHits } from './vocab-scan.js';

/** How well a language is spoken, as the ad states it. */
export type LanguageLevel = 'none' | 'little' | 'yes';

/** A language mentioned as spoken (or not), ISO 639-1. */
export interface LanguageMatch {
  code: string;
  level: LanguageLevel;
  start: number;
  end: number;
}

const NAMES: Record<string, string> = {
  dansk: 'da',
  danish: 'da',
  engelsk: 'en',
  english: 'en',
  // Texted short: "spk lil eng", "snak eng lidt", "no eng" (read only in a clause about speaking).
  eng: 'en',
  engelska: 'en',
  tysk: 'de',
  german: 'de',
  deutsch: 'de',
  svensk: 'sv',
  swedish: 'sv',
  norsk: 'no',
  norwegian: 'no',
  rumænsk: 'ro',
  romanian: 'ro',
  // Danish typed without æ/ø/å, as visitors' keyboards write it: "kun rumaensk og italiensk",
  // "groenlandsk", "faeroesk" ("graesk" is also the service, and stays out).
  rumaensk: 'ro',
  groenlandsk: 'kl',
  faeroesk: 'fo',
  russisk: 'ru',
  russian: 'ru',
  ukrainsk: 'uk',
  ukrainian: 'uk',
  polsk: 'pl',
  polish: 'pl',
  bulgarsk: 'bg',
  bulgarian: 'bg',
  ungarsk: 'hu',
  hungarian: 'hu',
  tjekkisk: 'cs',
  czech: 'cs',
  slovakisk: 'sk',
  slovak: 'sk',
  litauisk: 'lt',
  lithuanian: 'lt',
  lettisk: 'lv',
  latvian: 'lv',
  estisk: 'et',
  estonian: 'et',
  spansk: 'es',
  spanish: 'es',
  español: 'es',
  portugisisk: 'pt',
  portuguese: 'pt',
  fransk: 'fr',
  french: 'fr',
  italiensk: 'it',
  italian: 'it',
  // Irish as a language spoken: "Speak English and Irish", "taler engelsk og irsk".
  irish: 'ga',
  irsk: 'ga',
  thai: 'th',
  thailandsk: 'th',
  // Lao, which many Thai women from Isan speak too: "thai og lao godt", "laotisk".
  lao: 'lo',
  laotisk: 'lo',
  laotian: 'lo',
  // The languages of the Realm besides Danish.
  grønlandsk: 'kl',
  greenlandic: 'kl',
  færøsk: 'fo',
  faroese: 'fo',
  islandsk: 'is',
  icelandic: 'is',
  vietnamesisk: 'vi',
  vietnamese: 'vi',
  kinesisk: 'zh',
  chinese: 'zh',
  mandarin: 'zh',
  // In a list of names set apart by "/" or ",": "Languages: 中文/English/Dansk"; Japanese and
  // Korean name their own languages "日本語" and "한국어" ("English, 日本語").
  中文: 'zh',
  日本語: 'ja',
  한국어: 'ko',
  英语: 'en',
  英文: 'en',
  tagalog: 'tl',
  filipino: 'tl',
  japansk: 'ja',
  japanese: 'ja',
  koreansk: 'ko',
  korean: 'ko',
  arabisk: 'ar',
  arabic: 'ar',
  tyrkisk: 'tr',
  turkish: 'tr',
  albansk: 'sq',
  albanian: 'sq',
  serbisk: 'sr',
  serbian: 'sr',
  kroatisk: 'hr',
  croatian: 'hr',
  græsk: 'el',
  greek: 'el',
  hollandsk: 'nl',
  dutch: 'nl',
  finsk: 'fi',
  finnish: 'fi',
  persisk: 'fa',
  farsi: 'fa',
  persian: 'fa',
  kurdisk: 'ku',
  kurdish: 'ku',
  hindi: 'hi',
  yoruba: 'yo',
  // Ghana's widest language ("I speak English, Twi and Danish").
  twi: 'tw',
  igbo: 'ig',
  swahili: 'sw',
  // East and West African languages ("I speak English and Luganda"), and Swahili's own names of
  // languages ("Ninaongea Kiswahili, Kiingereza na Kidenmaki kidogo").
  luganda: 'lg',
  akan: 'ak',
  hausa: 'ha',
  amharic: 'am',
  somali: 'so',
  kinyarwanda: 'rw',
  // Kenya's Kikuyu and Ghana's and Togo's Ewe: "I speak English, Swahili and Kikuyu", "Ewe and Twi".
  kikuyu: 'ki',
  gikuyu: 'ki',
  ewe: 'ee',
  // Central, West and Southern Africa: "Je parle français et lingala", "français, wolof", "English,
  // Afrikaans and Zulu".
  lingala: 'ln',
  wolof: 'wo',
  zulu: 'zu',
  xhosa: 'xh',
  afrikaans: 'af',
  kiswahili: 'sw',
  kiingereza: 'en',
  kidenmaki: 'da',
  kideni: 'da',
  kidenmark: 'da',
  indonesisk: 'id',
  indonesian: 'id',
  moldavisk: 'ro',
  hviderussisk: 'be',
  // The names as Swedish, German, French, Spanish, Italian, Portuguese and Polish ads write them
  // ("Jag pratar svenska och engelska", "Ich spreche Deutsch, Englisch", "Je parle français").
  svenska: 'sv',
  danska: 'da',
  norska: 'no',
  tyska: 'de',
  ryska: 'ru',
  rumänska: 'ro',
  polska: 'pl',
  spanska: 'es',
  franska: 'fr',
  italienska: 'it',
  thailändska: 'th',
  // Swedish definite forms ("engelskan är flytande"), and the Dutch and Norwegian names in German
  // and Swedish ("Niederländisch", "Norwegisch", "nederländska").
  engelskan: 'en',
  danskan: 'da',
  svenskan: 'sv',
  tyskan: 'de',
  niederländisch: 'nl',
  holländisch: 'nl',
  norwegisch: 'no',
  nederländska: 'nl',
  holländska: 'nl',
  englisch: 'en',
  // Dutch ("Ik spreek Nederlands, Engels en Duits", "een beetje Deens"; "nederlands" is below).
  vlaams: 'nl',
  engels: 'en',
  duits: 'de',
  deens: 'da',
  zweeds: 'sv',
  noors: 'no',
  pools: 'pl',
  roemeens: 'ro',
  spaans: 'es',
  dänisch: 'da',
  schwedisch: 'sv',
  russisch: 'ru',
  rumänisch: 'ro',
  polnisch: 'pl',
  ungarisch: 'hu',
  tschechisch: 'cs',
  bulgarisch: 'bg',
  ukrainisch: 'uk',
  thailändisch: 'th',
  chinesisch: 'zh',
  vietnamesisch: 'vi',
  portugiesisch: 'pt',
  litauisch: 'lt',
  lettisch: 'lv',
  albanisch: 'sq',
  arabisch: 'ar',
  türkisch: 'tr',
  kroatisch: 'hr',
  serbisch: 'sr',
  slowakisch: 'sk',
  estnisch: 'et',
  japanisch: 'ja',
  ungerska: 'hu',
  tjeckiska: 'cs',
  bulgariska: 'bg',
  kinesiska: 'zh',
  vietnamesiska: 'vi',
  portugisiska: 'pt',
  litauiska: 'lt',
  lettiska: 'lv',
  albanska: 'sq',
  húngaro: 'hu',
  spanisch: 'es',
  französisch: 'fr',
  italienisch: 'it',
  français: 'fr',
  francais: 'fr',
  anglais: 'en',
  danois: 'da',
  allemand: 'de',
  espagnol: 'es',
  roumain: 'ro',
  espanol: 'es',
  inglés: 'en',
  ingles: 'en',
  francés: 'fr',
  alemán: 'de',
  portugués: 'pt',
  italiano: 'it',
  ruso: 'ru',
  rumano: 'ro',
  inglese: 'en',
  francese: 'fr',
  tedesco: 'de',
  spagnolo: 'es',
  // Italian, French and Spanish names of the languages of Southern Europe and Danish ("Parlo
  // italiano, danese e inglese", "Je parle grec et anglais", "Hablo griego y albanés").
  danese: 'da',
  albanese: 'sq',
  greco: 'el',
  portoghese: 'pt',
  rumeno: 'ro',
  polacco: 'pl',
  grec: 'el',
  portugais: 'pt',
  // "Je parle français, néerlandais et anglais"; Flemish is the Dutch of Belgium.
  néerlandais: 'nl',
  neerlandais: 'nl',
  flamand: 'nl',
  albanais: 'sq',
  griego: 'el',
  albanés: 'sq',
  // Greek names in Greek letters ("Μιλάω ελληνικά και αγγλικά", "English, Danish, Ελληνικά").
  ελληνικά: 'el',
  ελληνικα: 'el',
  αγγλικά: 'en',
  αγγλικα: 'en',
  δανικά: 'da',
  δανικα: 'da',
  γαλλικά: 'fr',
  ιταλικά: 'it',
  γερμανικά: 'de',
  português: 'pt',
  portugues: 'pt',
  inglês: 'en',
  espanhol: 'es',
  // Danish and Japanese as Spanish and Portuguese ads name them ("un poco de danés", "Falo
  // português, inglês e dinamarquês").
  danés: 'da',
  dinamarquês: 'da',
  dinamarques: 'da',
  japonés: 'ja',
  japonês: 'ja',
  alemão: 'de',
  francês: 'fr',
  polski: 'pl',
  angielski: 'en',
  // "Mówię po polsku i angielsku" (in Polish, in English), and the names in a Polish list
  // ("polski, duński, angielski").
  polsku: 'pl',
  angielsku: 'en',
  duńsku: 'da',
  dunsku: 'da',
  duński: 'da',
  dunski: 'da',
  niemiecku: 'de',
  niemiecki: 'de',
  rosyjski: 'ru',
  ukraińsku: 'uk',
  rumuńsku: 'ro',
  hiszpańsku: 'es',
  // Romanian visitors: "vorbesc engleză", "Vorbesc română, rusă și engleză".
  engleză: 'en',
  rusă: 'ru',
  maghiară: 'hu',
  bulgară: 'bg',
  ucraineană: 'uk',
  engleza: 'en',
  daneză: 'da',
  daneza: 'da',
  germană: 'de',
  germana: 'de',
  italiană: 'it',
  // The articled form without diacritics ("vorbesc română și italiana"), which is also the Italian
  // and Spanish word for an Italian woman: counted only in a Romanian clause (ROMANIAN_ONLY).
  italiana: 'it',
  franceză: 'fr',
  franceza: 'fr',
  spaniolă: 'es',
  spaniola: 'es',
  rosyjsku: 'ru',
  // The other "po ...-sku" adverbs of a Polish list ("po polsku, po litewsku i trochę po angielsku").
  litewsku: 'lt',
  łotewsku: 'lv',
  estońsku: 'et',
  francusku: 'fr',
  włosku: 'it',
  czesku: 'cs',
  słowacku: 'sk',
  węgiersku: 'hu',
  bułgarsku: 'bg',
  turecku: 'tr',
  // Czech and Slovak adverbs ("Mluvím česky a anglicky"), Hungarian ("Beszélek angolul"),
  // Lithuanian ("Kalbu lietuviškai ir angliškai") and Russian ("Говорю по-русски, английский").
  anglicky: 'en',
  česky: 'cs',
  cesky: 'cs',
  slovensky: 'sk',
  německy: 'de',
  nemecky: 'de',
  rusky: 'ru',
  dánsky: 'da',
  dansky: 'da',
  polsky: 'pl',
  ukrajinsky: 'uk',
  rumunsky: 'ro',
  // Their nouns ("žiadna angličtina", "Jazyky: čeština, angličtina").
  angličtina: 'en',
  anglictina: 'en',
  angličtinu: 'en',
  dánština: 'da',
  dánčina: 'da',
  němčina: 'de',
  nemčina: 'de',
  ruština: 'ru',
  angolul: 'en',
  németül: 'de',
  oroszul: 'ru',
  dánul: 'da',
  danul: 'da',
  románul: 'ro',
  lengyelül: 'pl',
  spanyolul: 'es',
  // The Hungarian names in a list ("magyar, angol, dán").
  angol: 'en',
  dán: 'da',
  német: 'de',
  orosz: 'ru',
  angliškai: 'en',
  angliskai: 'en',
  lietuviškai: 'lt',
  rusiškai: 'ru',
  daniškai: 'da',
  daniskai: 'da',
  vokiškai: 'de',
  lenkiškai: 'pl',
  latviškai: 'lv',
  // Latvian adverbs: "Runāju latviski un angliski".
  latviski: 'lv',
  angliski: 'en',
  krieviski: 'ru',
  // The Lithuanian genitives before "kalba" (language): "anglų kalba".
  anglų: 'en',
  danų: 'da',
  rusų: 'ru',
  английский: 'en',
  английском: 'en',
  русский: 'ru',
  русском: 'ru',
  украинский: 'uk',
  датский: 'da',
  // Russian adverbs after "по-" ("Говорю по-русски, по-английски и немного по-датски"), and the
  // Bulgarian names ("Говоря български, английски и датски"), partly the same words. The visitors
  // from the Baltic states and Central Asia name their own languages so: "по-латышски",
  // "по-эстонски", "по-литовски", "по-казахски" (and the nominative: "латышский, русский").
  латышски: 'lv',
  эстонски: 'et',
  литовски: 'lt',
  казахски: 'kk',
  польски: 'pl',
  латышский: 'lv',
  эстонский: 'et',
  литовский: 'lt',
  казахский: 'kk',
  русски: 'ru',
  английски: 'en',
  датски: 'da',
  немецки: 'de',
  украински: 'uk',
  румынски: 'ro',
  български: 'bg',
  руски: 'ru',
  немски: 'de',
  румънски: 'ro',
  // Ukrainian names, as a Ukrainian list writes them ("українська, русский") and after "говорю"
  // (I speak) in the instrumental ("говорю українською та англійською").
  українська: 'uk',
  українською: 'uk',
  англійська: 'en',
  англійською: 'en',
  російська: 'ru',
  російською: 'ru',
  данська: 'da',
  данською: 'da',
  // Other Ukrainian names in such a list: "трохи польська" (a little Polish), "німецька".
  польська: 'pl',
  польською: 'pl',
  німецька: 'de',
  німецькою: 'de',
  румунська: 'ro',
  румунською: 'ro',
  // Endonyms in a visitor's list ("English/Deutsch/Magyar"), with and without diacritics ("polski",
  // "español", "português" are above).
  magyar: 'hu',
  magyarul: 'hu',
  română: 'ro',
  // Without the breve, as a visitor's languages field has it ("Romana, English little"); in free
  // text "Romana" is as often her name, so it counts in a structured field only (FIELD_ONLY).
  romana: 'ro',
  românește: 'ro',
  romaneste: 'ro',
  čeština: 'cs',
  cestina: 'cs',
  slovenčina: 'sk',
  slovencina: 'sk',
  lietuvių: 'lt',
  lietuviu: 'lt',
  latviešu: 'lv',
  latviesu: 'lv',
  eesti: 'et',
  suomi: 'fi',
  nederlands: 'nl',
  türkçe: 'tr',
  turkce: 'tr',
  // Turkish names of the languages ("Türkçe ve İngilizce konuşuyorum", "biraz Danca").
  ingilizce: 'en',
  almanca: 'de',
  danca: 'da',
  rusça: 'ru',
  shqip: 'sq',
  // Albanian names after "flas" (I speak): "Flas shqip, anglisht dhe italisht".
  shqipe: 'sq',
  anglisht: 'en',
  italisht: 'it',
  danisht: 'da',
  gjermanisht: 'de',
  greqisht: 'el',
  rusisht: 'ru',
  frengjisht: 'fr',
  spanjisht: 'es',
  hrvatski: 'hr',
  srpski: 'sr',
  // Serbo-Croatian names in Latin and Cyrillic letters after "govorim" (I speak): "Govorim srpski,
  // engleski i malo danski", "Говорим српски и енглески".
  bosanski: 'bs',
  engleski: 'en',
  danski: 'da',
  njemački: 'de',
  njemacki: 'de',
  nemački: 'de',
  nemacki: 'de',
  ruski: 'ru',
  српски: 'sr',
  хрватски: 'hr',
  енглески: 'en',
  дански: 'da',
  ukrainska: 'uk',
  // Russian adverbs and names in Latin letters, as Russian and Ukrainian ads transliterate them:
  // "Govoryu po-russki i nemnogo po-angliyski", "angliyskiy bazovyy".
  angliyski: 'en',
  angliiski: 'en',
  anglijski: 'en',
  angliyskiy: 'en',
  angliyskij: 'en',
  russki: 'ru',
  russkiy: 'ru',
  russkij: 'ru',
  ukrainski: 'uk',
  datski: 'da',
  nemetski: 'de',
  // The other languages of Spain ("I speak English, Spanish and Catalan", "Hablo castellano y
  // català"); "vasco" is left out: it is mostly a man's name.
  // Spanish as Spain names it: "Hablo castellano, catalán, inglés y danés".
  castellano: 'es',
  catalan: 'ca',
  català: 'ca',
  catala: 'ca',
  catalán: 'ca',
  catalansk: 'ca',
  basque: 'eu',
  baskisk: 'eu',
  euskara: 'eu',
  euskera: 'eu',
  galician: 'gl',
  galicisk: 'gl',
  galego: 'gl',
  gallego: 'gl',
};
const CODES = new Map(Object.entries(NAMES));
/** Names read in a structured languages field only: in free text they are also first names. */
const FIELD_ONLY: ReadonlySet<string> = new Set(['romana']);
/**
 * Romanian names that are also another language's demonym ("Sono Federica, italiana"): a language
 * only after a Romanian speak verb or in a list after a counted name ("vorbesc română și italiana").
 */
const ROMANIAN_ONLY: ReadonlySet<string> = new Set(['italiana']);
const ROMANIAN_SPEAK = /(?<![\p{L}])(?:vorbesc|vorbește|vorbeste|vorbim)(?![\p{L}])/iu;

/** Every name this reader knows for one language ("en": english, engelsk, inglés, angielski, …). */
export function namesOfLanguage(code: string): string[] {
  return [...CODES].filter(([, c]) => c === code).map(([name]) => name);
}

/** Every name this reader knows for the languages other than `codes` ("thai", "Rumänisch", …). */
export function namesOfLanguagesExcept(codes: readonly string[]): string[] {
  return [...CODES].filter(([, c]) => !codes.includes(c)).map(([name]) => name);
}
const VOCABULARY = defineVocabulary(CODES.keys());
// The negations of visitors' languages too ("Non parlo inglese", "Kein Englisch", "Inte danska", "pas anglais",
// "Elas não falam inglês", "no hablan inglés"):
// Polish "nie mówi po", Czech and Slovak "nemluví", "nehovorí po" and "žiadna" (no), Hungarian
// "nem beszélek", Lithuanian "nekalba"; broken Danish "Jeg gør ikke tale dansk"; and
// "hverken"/"neither" before the first of a pair; Spanish and Portuguese "nada de" (none of: "nada
// de inglés"). German "kaum" (hardly any: "Spreche kaum
// Englisch") is nearer to none than to a little. Danish "intet" as "ingen" ("taler intet dansk").
const NONE =
  /(?:no|not|ingen|intet|ikke|inte|kein|keine|kaum|non parlo|no habl(?:o|a|an)|n[ãa]o fal(?:o|a|am)|pas|pas d'|pas de|ne parle pas|never|don'?t speak|doesn'?t speak|cannot speak|can'?t speak|(?:no|not) speak(?:ing)?|(?:not|don'?t|doesn'?t|do not|does not|cannot|can'?t) understand|(?:no|don'?t|cannot|can'?t) sabi|(?:taler|snakker) (?:ikke|ikk|ik)|kan ikke|ikke (?:tale|taler|snakke|snakker)|hverken|neither|nie (?:mówi|mówię|mowi|mowie|rozumie|rozumiem)(?: po)?|(?:nemluví|nemluvím|nemluvi|nemluvim|nehovorí|nehovorím|nehovori|nehovorim)(?: po)?|nem beszél(?:ek)?|nem beszel(?:ek)?|nekalba|nekalbu|не (?:говорю|говоря|говорит|говорят|говори|розмовляю|розмовляє)(?: по-)?|ne (?:govoryu|govorit|govoryat)(?: po-)?|nu (?:vorbesc|vorbește|vorbeste)|nada de|nada|žiadna|žiadnu|žiaden|žádná|žádnou|žádný|ziadna|zadna)\s*$/iu;
// "not understand" too: "She not understand English or Danish, only Vietnamese".
// Portuguese "nem" (nor) too: "Não falo espanhol nem dinamarquês".
// "or" and "nor" after a name not spoken carry the negation to the next ("snakker ikke dansk eller
// engelsk", "nie mówi po angielsku ani po duńsku", "nemluví anglicky ani dánsky", "nem beszél
// angolul, sem dánul"); "and" does not ("taler ikke dansk og engelsk" may mean either).
const NOR_GAP = /^\s*,?\s*(?:eller|or|nor|oder|ani|nebo|alebo|vagy|sem|nei|ni|nem)(?:\s+po)?\s*$/iu;
// A quantity before the name, with its "of" ("a bit of Danish", "a little bit of English", "lidt af
// engelsk", "un poco de inglés", "un peu d'anglais", "un po' di inglese", "um pouco de inglês").
const LITTLE =
  /(?:little|lil|lidt|a bit|bit|some|smule|basic|broken|poor|dårligt?|limited|få ord|a few words|kun lidt|only a little|lite|litt|etwas|ein bisschen|ein wenig|un peu|un poco|poco|un poquito|poquito|un po'|um pouco|trochu|trochę|troche|puțin|putin|un pic|kicsit|egy kicsit|een beetje|beetje|šiek tiek|siek tiek|немного(?: по-)?|трохи|nemnogo(?: po-)?|малко|(?<![\p{L}])(?:malo|málo|мало|pak|λίγα|λιγα|λίγο)|(?<![\p{L}])(?:konti|kaunti|konting)(?:\s+lang)?|(?<![\p{L}])small\s+small)(?:\s+(?:of|af|de|di|d'))?\s*$/iu;
// Albanian "pak" and Greek "λίγα" are a little too: "Flas pak anglisht", "Μιλάω λίγα αγγλικά"; so are
// Tagalog "konti (lang)", "kaunti": "konti lang Danish"; Pidgin "small small": "small small English".
// After the name, also in brackets as language lists write it ("Inglés (poco)", "English (basic)").
// "Not perfect" is some: "min dansk er ikke perfekt men jeg forstår godt"; so is "not good" ("My
// english not good") and a visitor's own word for little ("English malko", "engleză puțin"), also
// "English very little", "english very small", "по-английски немного"; Czech and Slovak put "only"
// before it: "Anglicky jen trochu".
const LITTLE_AFTER =
  /^\s*(?:(?:is|er)\s+|\(\s*)?(?:(?:jen|jenom|len|iba|tylko|csak)\s+)?(?:a little|lidt|kun lidt|kun meget lidt|only a little|(?:very |meget )?little|meget lidt|a bit|not so good|not (?:very |that )?good|ikke (?:så |særlig )?godt?|ikke er (?:så |særlig )?godt?|malko|puțin|putin|trochę|troche|trochu|not (?:so |very )?(?:perfect|fluent)|ikke (?:så |helt )?(?:perfekt|flydende)|basic|bad|poor|dårligt?|poco|un poco|un poquito|poquito|peu|un peu|wenig|ein wenig|bisschen|ein bisschen|(?:very )?small|kidogo|немного|трохи|чуть-чуть|nemnogo)(?![\p{L}])/iu;
// A level stated after the name makes it a statement about speaking: "my English is perfect",
// "min engelsk er god", "English: fluent", broken "My english not good", "my english is very small",
// "my english is a little", "my danish is a bit rusty"; compared, "my English is better", "mit
// engelsk er bedre"; going well: "engelsk går fint"; not well in a subordinate clause: "fordi
// hendes dansk ikke er så godt".
const LEVEL_AFTER =
  /^\s*(?:går\s+(?:også\s+)?fint|(?:(?:is|er|är|ist)\s+|går\s+(?:også\s+)?(?=godt)|:\s*|-\s*|(?=not\s)|ikke\s+er\s+(?:så\s+|særlig\s+)?(?=godt?(?![\p{L}])))(?:very |meget |rigtig )?(?:a little|a bit|better|bedre|good|god|godt|perfect|perfekt|fluent|flydende|flytande|fließend|basic|ok|okay|fine|excellent|little|lidt|small|weak|bad|poor|dårligt?|not so good|not (?:very |that )?good|ikke (?:så |særlig )?godt?|not (?:so |very )?(?:perfect|fluent)|ikke (?:så |helt )?(?:perfekt|flydende)|not (?:so |too |that )?bad|ikke (?:så |helt )?dårligt?))(?![\p{L}])/iu;
// Between two names of one list: "English and Romanian", "dansk, engelsk og tysk", "Deutsch und Polnisch",
// Albanian "shqip dhe anglisht", Spanish and Portuguese "solo español y portugués", "só português e espanhol",
// Turkish "Türkçe ve İngilizce".
const LIST_GAP = /^\s*(?:,|&|\/|\+|and|og|och|und|or|eller|na|dhe|y|e|ve|,\s*(?:and|og|och|und))\s*$/iu;
// Also the verb after the name, negated, as Swedish, Norwegian and German put it: "Danska pratar
// jag inte", "Engelsk snakker jeg ikke", "Englisch spreche ich nicht"; and the visitors' bare "no"
// right after the name: Hungarian "angolul nem", Czech "anglicky ne", Polish "angielski nie", also
// with "unfortunately" between ("anglicky bohužel ne", "angielski niestety nie"). A
// profile's list answers with a dash, the "no" closing the entry: "English – no", "Dansk - nej"
// (not "English – not so good", which is some, nor "English - no problem"). Russian puts the negated
// verb after the name too: "английский не говорю", "датский не понимаю".
// Danish puts "kan"/"forstår" first too, the pair of names before it: "engelsk og dansk kan hun ikke
// endnu"; or says it is no strength of hers: "dansk og engelsk er ikke deres stærke side"; Spanish
// speakers put "nada" after the name: "dansk nada"; and "zero": "My english is zero", "dansk: nul".
const NONE_AFTER =
  /^\s*(?:(?:(?:is|er)\s+|:\s*)?(?:zero|nul)(?![\p{L}])|(?:(?:og|and|eller|or)\s+\p{L}+\s+)?(?:(?:kan|forstår|taler|snakker)\s+(?:hun|jeg|de)\s+ikke|(?:er|is)\s+(?:ikke|not)\s+(?:min|hendes|deres|my|her|their)\s+(?:stærke side|strong side|strong point))(?![\p{L}])|,?\s*nada(?![\p{L}])(?!\s*(?:de|d')(?![\p{L}]))|[-–—]\s*(?:no|nej|nein|nie|нет|ні)\s*(?:[,.;!)\n]|$)|(?:[:=]\s*)?(?:(?:niestety|bohužel|bohuzel|bohužiaľ|sajnos|leider|desværre|unfortunately|lamentablemente)\s+(?:no|nej|nem|ne|nie|nicht)(?![\p{L}])|no(?!\s+problem)|nej|not(?!\s+a\s+problem)|nem|ne|nie|не\s+(?:говорю|говорит|говорят|разговариваю|понимаю|знаю|розмовляю|розмовляє)|(?:pratar|talar|snackar|snakker|snakkar|taler|spreche|spricht)\s+(?:jag|jeg|eg|ich|hon|hun|ho|sie)\s+(?:inte|ikke|ikkje|nicht|kein))(?![\p{L}]))/iu;
// Words that make a language name in free text a statement about speaking it; broken Danish says
// "tale" and "snakke" for "taler" ("Jeg tale engelsk godt"), whole words ("betale" is to pay).
// Visitors' verbs and their words for language: Slovak "hovorí", Hungarian "beszél", "nyelvek",
// Lithuanian "kalba", Polish "rozumiem", "języki", Czech and Slovak "jazyky", Turkish "konuşuyorum"; Portuguese "fala"
// (she speaks), "falamos" and Spanish "hablamos" (we speak), and Albanian "flas" (I speak) as whole words. German "Sprache" as a word of its
// own: "nach Absprache" (by arrangement) in a service menu is no language. Vietnamese "nói" (speak)
// carries on to the Danish and English names of its list: "Nói tiếng Việt, dansk, English"; Tagalog
// "salita" (speak, word): "Salita ko Tagalog and English". Chatting or a conversation in a language
// is speaking it: "good conversation in Danish, English or German", "samtaler på dansk".
// "taler" as a word of its own: not the end of "aftaler" or "betaler" ("skriv på dansk, så aftaler
// vi tid" names the client's language only).
const CONTEXT =
  /(?:speak|speaks|speaking|spoken|talk|(?<![\p{L}])taler|snakker|snakkar|(?<![\p{L}])(?:tale|snakke)(?![\p{L}])|hovorí|hovori|beszél|beszel|nyelv|kalba|rozumie|rozumím|rozumim|język|jezyk|jazyk|forstår|understand|sprog|language|languages|lang\.|pratar|prater|talar|snackar|förstår|språk|spreche|sprechen|spricht|spreek|spreekt|spreken|(?<![\p{L}])sprache|parle|hablo|habla|idioma|parlo|falo|(?<![\p{L}])(?:fala|falam|falamos|hablamos)(?![\p{L}])|mówię|mówi|vorbesc|vorbește|vorbeste|mluvím|mluvim|mluví|hovorím|hovorim|beszélek|beszelek|kalbu|runāju|runaju|räägin|konuşuyorum|konuşurum|konusuyorum|говорю|говоря|говорит|говорят|говори|розмовляю|розмовляє|govorim|govoryu|govorit|govoryat|(?<![\p{L}])flas(?![\p{L}])|μιλάω|μιλάει|μιλώ|μιλάμε|μιλάνε|fluent in|flydende (?:i|på)|(?<![\p{L}])(?:chat|chatte|chatting|conversation|conversations|samtale|samtaler|konversation) (?:in|på)(?![\p{L}])|(?<![\p{L}])(?:sabi|ninaongea|naongea|ninazungumza|nazungumza|nói|salita|nagsasalita)(?![\p{L}]))/iu;
// Writing or answering in a language is using it, said of herself: "Jeg skriver både dansk og
// engelsk", "I write English", "she answers in Russian", "Svarer på dansk", "på sms svarer jeg på
// engelsk". Not the client's: "skriv på engelsk", "write me in English", "please answer in English"
// (imperatives), "hvis du skriver på engelsk".
const WRITES =
  /(?:(?<![\p{L}])(?:jeg|i|she|hun)\s+(?:(?:also|også|only|kun|can|kan|gladly|gerne)\s+)?(?:skriver|svarer|write|writes|answer|answers|reply|replies)(?![\p{L}])|^[\s,:(–-]*(?:skriver|svarer|writes|answers|replies)(?![\p{L}])|(?<![\p{L}])(?:skriver|svarer)\s+(?:jeg|hun)(?![\p{L}]))/iu;
// "men"/"but" opens a clause of its own: the speak verb before it does not reach a name after it
// ("jeg taler kun dansk, men skriv gerne på engelsk"), unless nothing but a level word stands
// between ("taler ikke dansk, men engelsk", "no Danish but a little English").
const CONTRAST = /^[^]*(?<![\p{L}])(?:men|but|aber|mais|pero)(?![\p{L}])/iu;
const BARE_AFTER_CONTRAST =
  /^[\s,]*(?:(?:only|kun|also|også|good|god|godt|fluent|flydende|perfect|perfekt|some|a little|little|lidt|a bit of|a bit|basic|ok|okay)\s+)*$/iu;
// A word right after the name that makes it a statement about speaking: "English only", "English
// ok", "english little", "english a bit ok", "Dansk ikke så godt", Czech "Anglicky jen trochu", the Danish the same way round ("English OK, dansk lidt", "engelsk kun lidt"), "english very small", "english a little", "English native", "español nativo"; and a
// speaking compound, "russisk-talende", "Russian-speaking" ("English-speaking clients" is the
// clients', see OTHER_SPEAKER).
// A level (or "no") closing the clause or list item after the name says the same in a terse list
// ("English little, Danish no. Japanese good."): "Japanese good food", "Thai good massage" or
// "Danish no problem, we meet anyway" does not. "No problem" closing the clause (or before an emoji)
// is her English: "English no problem.", "Engelsk ingen problem 👍".
// A terse "yes" after the name closing the item, as a list of answers has it: "English little,
// español yes 😘", "Dansk: ja".
const SPEAKING_AFTER =
  /^(?:\s*(?:only|ok|okay|a little|(?:very )?little|a bit(?=\s*(?:ok|okay|[,.;!)\n]|$))|(?:(?:kun|meget|kun meget) )?lidt(?=\s*(?:[,.;!)\n]|$))|(?:very )?small|kidogo|malko|native|nativo|nativa|modersmål|ikke (?:så |særlig )?godt|not (?:so |very )?good)|\s*(?:no|not a|ingen|intet|ikke noget|ikke et) problem(?:s|er)?(?=\s*(?:\p{Extended_Pictographic}|$))|\s*(?:jen|jenom|len|iba|tylko|csak)\s+(?:trochu|trochę|troche|kicsit|málo|malo)|-?\s?(?:talende|talande|speaking|sprechend)|\s*(?:good|well|fluent|perfect|god|godt|flydende|perfekt|no|nej)\s*(?:,|$)|\s*(?:yes|ja|sí|si|oui)(?=\s*(?:[,.;!)\n]|\p{Extended_Pictographic}|$)))(?![\p{L}])/iu;
// What may stand around the names of a clause that only lists languages ("Russian and English.",
// "Español, English", "Português / English"): separators, "and"/"og"/"und"/"y"/"e", flags, and a
// level word before or after a name ("Português, English, un poco español", "English little,
// romanian", "Thai, english little", "Español, english little bit"), which levelOf then reads. A
// Vietnamese name of two words may stand among them ("Tiếng Việt, English, lidt dansk"); the
// Vietnamese reader of language-asian.ts reads it.
const LIST_SEP = '[\\s,&/+|·•:\\-\\u{1F1E6}-\\u{1F1FF}]*';
const LIST_LEVEL = `(?:(?:a |un |ein |en |egy |only |kun |very |meget )?(?:little bit|little|lidt|lite|litt|bit|bisschen|poco|poquito|peu|po'|kicsit|trochę|trochu|malo|málo|some|basic|ok|okay|good|god|godt|fluent|flydende|perfect|perfekt|native|bad|poor|dårligt?)(?![\\p{L}])${LIST_SEP})?`;
const NAME_LIST_REST = new RegExp(
  `^${LIST_SEP}(?:tiếng\\s\\p{L}+${LIST_SEP})?${LIST_LEVEL}(?:(?:and|og|och|und|et|e|y|és|i|a|ir|ve|or|eller)(?![\\p{L}])${LIST_SEP}${LIST_LEVEL})?$`,
  'iu',
);
// "native English", "modersmål dansk", "mother tongue: Polish": her first language.
// Texted "lil" is little: "ladies spk lil eng".
// "only" in the visitors' languages too: Spanish and Italian "solo", German "nur", Swedish "bara" and
// "endast", Norwegian "bare", Albanian "vetëm" ("No english, solo español", "Ich spreche nur Deutsch").
// Spanish, Portuguese and French with "de": "Fluent English, un poco de danés", "un peu d'anglais".
// Spanish "poco"/"poquito" too: "Poco inglés 😅"; French "seulement", "uniquement" and "pas" ("Pas
// anglais, seulement français"); Portuguese "só" ("Só português e espanhol").
// Serbo-Croatian "samo" ("Govorim samo srpski"), and "bit" as the terse "Little bit english" has it.
// Pidgin "small small" (a little): "Small small English"; Spanish "más" (more of it): "Poco English,
// más español", and "better": "English only a little, better Danish", "bedre engelsk end dansk".
// Romanian "doar" (only) and "puțin" (a little): "Doar română și puțin engleza"; the visitors'
// "a little" too: Russian "немного датский", Czech "trochu německy", Polish "trochę". No problem
// with it is speaking it: "No problem with English or Danish", "ingen problemer med engelsk".
const LEVEL_WORD =
  /(?:(?:no|ingen|intet) problem(?:s|er)? (?:with|med)|native|modersmål\s*:?|mother tongue\s*:?|muttersprache\s*:?|no|ingen|inte|kein|keine|seulement|uniquement|pas|little|lil|lidt|(?:poco|poquito|pouco|peu)\s+(?:de|d['’])|poco|poquito|only|kun|solo|sólo|(?<![\p{L}])só|nur|bara|endast|bare|vetëm|vetem|μόνο|(?<![\p{L}])(?:samo|само|(?:little\s+)?bit)|some|good|god|godt|perfect|perfekt|fluent|flydende|basic|broken|også|too|also|wenig|bisschen|etwas|beetje|doar|немного|трохи|малко|trochu|trochę|troche|kicsit|puțin|putin|(?<![\p{L}])small\s+small|(?<![\p{L}])más|better|bedre)\s*$/iu;
// Someone else as the speaker of the clause: "manager speak english", "receptionen taler engelsk",
// "my friend answers the phone in English". Their language is not hers, unless she speaks again
// after them ("my boyfriend is Danish, I speak English", "Receptionen tager imod booking,
// pigerne taler kun kinesisk", "my boyfriend answers because my english is very small"). A pronoun
// right after the speaker is the speaker again: "through our receptionist, she speaks English",
// also after the speaker's name: "ring til min veninde Nok, hun taler dansk".
const OTHER_SPEAKER =
  /(?<![\p{L}])(?:manager|managers|boss|chef|mamasan|mama-san|madam|driver|chauffør|chaufføren|boyfriend|kæreste|agent|booker|reception|receptionen|receptionist|secretary|sekretær|sekretæren|friend|ven|veninde|veninden|assistant|assistent|he|han)(?:(?:\s+\p{L}+)?,?\s+(?:she|hun|he|han|who|der|som))?(?![\p{L}])(?![^]*(?<![\p{L}])(?:i|jeg|me|mig|my|min|mit|she|hun|girl|pige|pigen|girls|piger|pigerne|lady|ladies|dame|damen|damer|damerne|massøse|massøsen|massøser|massøserne|masseuse|masseuses)(?![\p{L}]))/iu;

/**
 * "He" opening the clause in an ad about a man, with no other man named before it: "Jonas is a
 * Scandinavian gentleman. He speaks fluent English and Danish", "Mads er 30. Han taler dansk". Not
 * after a manager, driver or partner ("Ring til min kæreste. Han taler dansk"), who is the "he".
 */
const HE_SPEAKS =
  /^[\s"'(]*(?:he|han)\s+(?:also\s+|også\s+|only\s+|kun\s+)?(?:speaks|speak|talks|taler|snakker)(?![\p{L}])/iu;
const ANOTHER_MAN =
  /(?<![\p{L}])(?:manager|boss|chef|driver|chauffør|chaufføren|boyfriend|bf|kæreste|kæresten|husband|mand|manden|agent|booker|friend|ven|vennen|brother|bror|receptionist|secretary|sekretær|assistant|assistent|partner|owner|ejer|cousin|fætter|uncle|onkel|dad|far|father|son|søn)(?![\p{L}])/iu;

function heIsThePerson(text: string, clauseStart: number, before: string): boolean {
  return HE_SPEAKS.test(before) && !ANOTHER_MAN.test(text.slice(0, clauseStart));
}

/**
 * The writer names himself as someone else than her, then says what he speaks: "Ring til mig, jeg
 * er hendes manager – I speak dansk/English", "I am her driver, I speak English and Polish". His
 * languages, not hers; "I am her sister and we both speak English" has no "I speak" right after.
 */
// Also the one who takes her bookings, right before his "I speak": "Call me to book her, I speak
// English and Danish", "Ring for at booke hende, jeg taler dansk".
const WRITER_IS_OTHER =
  /(?:(?<![\p{L}])(?:jeg er|i am|i'm|i’m|im)\s+(?:hendes|her|deres|their|pigernes|the girls'?)\s+(?:manager|booker|agent|driver|chauffør|boss|chef|secretary|sekretær|assistant|assistent|boyfriend|kæreste)(?![\p{L}])[^.!?\n]{0,12}?|(?<![\p{L}])(?:book|booke|booking)\s+(?:her|hende)\s*[,;:–—-]?\s*)(?:i|jeg)\s+(?:speak|speaks|talk|taler|snakker)\s+(?:[^.!?\n]{0,24})$/iu;

const TEXT_IN_BEFORE =
  /(?<![\p{L}])(?:(?:denne|den|this|the|my|min)\s+(?:tekst|text|annonce|ad|profil|profile)|teksten|annoncen|profilen)(?:\s+\p{L}+){0,2}\s+(?:på|in)\s+$/iu;

const WE_SPEAK = /(?<![\p{L}])(?:vi|we)\s+(?:snakker|taler|speak|talk)(?![\p{L}])/iu;
const WE_ANSWER_PHONE =
  /(?<![\p{L}])(?:vi|we)\s+(?:answer|answers|svarer|tager)\s+(?:the\s+|a\s+)?(?:phone|phones|telefonen|telefon|calls)\s+(?:in|på)\s+$/iu;
const ON_THE_PHONE =
  /^[^]{0,32}?(?<![\p{L}])(?:i telefonen|på telefonen|on the phone|in the phone)(?![\p{L}])/iu;

/** She says what she is, right before the name: "I'm", "I am", "jeg er", "she is", "hun er". */
const IDENTITY_BEFORE_NAMED =
  /(?<![\p{L}])(?:[iI]['’]m|[iI] am|[jJ]eg er|[sS]he is|[hH]un er)\s+\p{Lu}\p{L}+,?\s+\d{2}(?:\s*(?:år|years?(?:\s+old)?|y\.?o\.?))?\s*,\s*$/u;
const IDENTITY_BEFORE =
  /(?<![\p{L}])(?:i'm|i’m|i am|im|jeg er|she is|she's|hun er)\s+(?:(?:a|en|et|half|halv|100\s?%)\s+)?$/iu;
const ALSO_AFTER = /(?<![\p{L}])(?:too|also|as well|også)(?![\p{L}])/iu;
const ORIGIN_THEN_SPEAK_AFTER = /^\s*,\s*(?:i\s+|jeg\s+)?(?:speak|speaks|taler|snakker)\s+\p{L}/iu;

/**
 * Languages stated as spoken in a text, with the level ("no English" → none, "lidt engelsk" → little).
 * `field` mode reads a structured `languages` entry: every language name counts. In free text a
 * language name counts in a clause about speaking, or with a level word right before it; flags and
 * two-letter codes count after a languages heading or speak verb (see language-marks.ts).
 */
export function findLanguages(text: string, field = false): LanguageMatch[] {
  return (field ? scanLanguages(text, true) : scanFree(text)).matches.slice();
}

interface Scan {
  matches: LanguageMatch[];
  /** Starts of the names read from a cue other than a speak verb after them (see spokenNameAt). */
  spokenAt: number[];
}

// Facts and findNationalities (spokenNameAt) read the same free texts, up to a batch of ads apart.
const recentFree = new RecentTexts<Scan>();

function scanFree(text: string): Scan {
  return recentFree.get(text) ?? recentFree.keep(text, scanLanguages(text, false));
}

function scanLanguages(text: string, field: boolean): Scan {
  const out: LanguageMatch[] = [];
  const spokenAt: number[] = [];
  // A name is a whole run of letters: the old `(?<!\p{L})(name)(?!\p{L})` over the lower-cased
  // text. The runs come lowercased the same way, and no name holds "ſ", the one letter /iu would
  // have matched and lowercasing keeps.
  const hits = vocabHitsOf(text);
  let previousEnd = -1;
  for (let h = 0; h < hits.count; h++) {
    if ((hits.masks[h]! & VOCABULARY.bit) === 0) continue;
    if (!field && FIELD_ONLY.has(hits.words[h]!)) continue;
    const code = CODES.get(hits.words[h]!)!;
    const start = hits.starts[h]!;
    const end = hits.ends[h]!;
    const clause = clauseAround(text, start, end);
    const before = text.slice(clause.start, start);
    const after = text.slice(end, clause.end);
    // A name that follows a counted one in a list counts too ("only little english and romanian").
    const listed = previousEnd >= clause.start && LIST_GAP.test(text.slice(previousEnd, start));
    let cuedAfterOnly = false;
    // What she says herself, without a client's request or what stands before a contrast.
    const own = field ? '' : ownPart(before);
    if (!field && !listed) {
      if (
        !CONTEXT.test(own) &&
        !WRITES.test(own) &&
        !LEVEL_WORD.test(before) &&
        !goodAt(hits.words[h]!, before, after) &&
        !LEVEL_AFTER.test(after) &&
        !SPEAKING_AFTER.test(after) &&
        !onlyNames(text, clause, hits) &&
        !soleEnglish(hits.words[h]!, before, after) &&
        !preferred(hits.words[h]!, before, after)
      ) {
        if (!CONTEXT.test(after.slice(0, 20)) && !cuedAfterList(text, h, hits, clause.end)) continue;
        // "I'm Danish and I speak English", "Jeg er dansk og taler engelsk": the name says who she
        // is, the verb after it is about the next name. With "too" the first is spoken as well: "I
        // am Danish, speak English too".
        if (IDENTITY_BEFORE.test(before) && !ALSO_AFTER.test(after)) continue;
        // The name opens the clause and the verb follows a comma, as broken English says who she
        // is: "Russian, speak English well", "Polsk, taler engelsk" (her origin, then her language).
        if (/^\s*$/u.test(before) && ORIGIN_THEN_SPEAK_AFTER.test(after)) continue;
        cuedAfterOnly = true;
      }
    }
    // Her name, age and people: "Jeg er Louise, 40, dansk", "I'm Anna, 25, Danish", also after a
    // speak verb earlier in the clause ("vi snakker lidt … Jeg er Louise, 40, dansk").
    if (!field && !listed && IDENTITY_BEFORE_NAMED.test(before)) continue;
    if (!field && ROMANIAN_ONLY.has(hits.words[h]!) && !listed && !ROMANIAN_SPEAK.test(own)) continue;
    if (!field && OTHER_SPEAKER.test(before) && !heIsThePerson(text, clause.start, before)) continue;
    // The writer said he is her manager: his "I speak" is not hers (see WRITER_IS_OTHER).
    if (!field && WRITER_IS_OTHER.test(text.slice(Math.max(0, clause.start - 60), start))) continue;
    // A surname's origin, not a language: "Mit efternavn er fransk, men jeg taler kun dansk".
    if (!field && SURNAME_IS_BEFORE.test(before)) continue;
    // The client's language, not hers: "Taler du kun lidt engelsk?", "do you speak English?",
    // "English or Danish speaking men only". A FAQ that answers the question yes speaks of her:
    // "Do you speak Danish? ✅ A little", "Taler du engelsk? Ja, flydende".
    if (
      !field &&
      ((CLIENT_SPEAKS_BEFORE.test(own) && !ANSWERED_YES_AFTER.test(text.slice(end, end + 32))) ||
        (SPEAKING_CLIENTS_AFTER.test(after) && !CONTEXT.test(own)))
    )
      continue;
    // The language of the ad itself, not one she speaks: "min veninde skrev denne tekst på dansk",
    // "this text is written in English by a friend", "annoncen er på engelsk".
    if (!field && TEXT_IN_BEFORE.test(before)) continue;
    // The house on the phone, not the person: "Vi snakker engelsk og dansk i telefonen, pigerne
    // taler lidt engelsk", "we speak English on the phone".
    if (!field && WE_SPEAK.test(before) && ON_THE_PHONE.test(after)) continue;
    // "we answer the phone in English", "vi svarer telefonen på engelsk": the house again.
    if (!field && WE_ANSWER_PHONE.test(before)) continue;
    // "Natur ok, fransk ok, græsk nej": the names of services in a menu, not languages, unless in a
    // list of languages or after a language cue ("dansk, engelsk, fransk ok", "Sprog: fransk ok").
    if (
      !field &&
      !listed &&
      SERVICE_NAMES.has(hits.words[h]!) &&
      MENU_ANSWER_AFTER.test(after) &&
      !CONTEXT.test(own)
    )
      continue;
    // A service in a menu after another service: "Massage, fransk, græsk efter aftale", "Massage,
    // GFE, 69, fransk" (not "dansk, engelsk og fransk", a list of languages).
    if (!field && SERVICE_NAMES.has(hits.words[h]!) && SERVICE_MENU_BEFORE.test(before)) continue;
    // The condom rule's sentence names the service: "Alt foregår med kondom, også fransk", "always
    // with condom, also french" (not "Kondom altid. Jeg taler også fransk": a speak verb is there).
    if (
      !field &&
      !listed &&
      SERVICE_NAMES.has(hits.words[h]!) &&
      CONDOM_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
      !CONTEXT.test(own)
    )
      continue;
    // The service with its condom note, also after a speak verb earlier in the clause: "jeg taler
    // dansk 😅 Massage, fransk m/kondom", "french w/o", "fransk uden kondom", "French natural".
    if (!field && !listed && SERVICE_NAMES.has(hits.words[h]!) && SERVICE_NOTE_AFTER.test(after)) continue;
    // Style words after the name: "french kiss", "thai massage", "greek" as a service.
    // Also with the kind of massage between: "God thai olie massage", "Thai oil massage"; and one
    // word of her between: "danish mature lady", "dansk moden kvinde".
    if (
      !field &&
      /^[\s-]*(?:(?:olie|oil|olje|body|aroma|tantra|traditionel|traditional)[\s-]*|(?:mature|moden|sweet|sød|sexy|young|ung|blonde|blond|slim|curvy|busty|real|ægte|naughty|frisk|lækker|hot|classy|elegant)\s+)?(?:kiss|kys|massage|style|food|girl|lady|pige|kvinde|woman|beauty|men(?![\p{L}])|mænd|gentlemen|gents|guys|clients|kunder|herrer)/iu.test(
        after,
      )
    )
      continue;
    let level = levelOf(before, after);
    // The name asked as a question and answered no: "Engelsk? Desværre ikke", "English? Sorry, no",
    // "Dansk? Nej" (not "English? Yes", nor "Engelsk? Ikke noget problem").
    if (
      level === 'yes' &&
      text.charCodeAt(clause.end) === 63 &&
      /^\s*$/u.test(after) &&
      QUESTION_NO_AFTER.test(text.slice(clause.end + 1, clause.end + 40))
    )
      level = 'none';
    if (level === 'yes' && previousEnd >= clause.start && norAfterNone(text, out, previousEnd, start))
      level = 'none';
    out.push({ code, level, start, end });
    if (!cuedAfterOnly) spokenAt.push(start);
    previousEnd = end;
  }
  // Chinese, Thai, Vietnamese and Korean lines state languages without the word reader's names.
  if (!field) for (const m of findAsianLanguages(text)) out.push(m);
  if (!field) for (const m of spokenCountries(text)) out.push(m);
  const marks = findLanguageMarks(text, field);
  if (marks.length === 0) return { matches: out.sort(byStart), spokenAt };
  for (const m of marks) out.push({ code: m.code, level: 'yes', start: m.start, end: m.end });
  return { matches: out.sort(byStart), spokenAt };
}

/**
 * Broken English and Danish name the language by the country, right after the speak verb: "Speak
 * vietnam and small english", "I speak english and vietnam", "taler vietnam og lidt dansk". Only
 * there: "from Vietnam" is her origin, and the name is not kept among the language names (CODES),
 * so that it never reads as a language in a list of origins. Behind a literal check.
 */
const SPOKEN_COUNTRY =
  /(?<![\p{L}])(?:speak|speaks|speaking|taler|snakker)\s+(?:(?:only|kun|a little|little|lidt|good|god|godt)\s+)?(?:(?:english|engelsk|danish|dansk|thai)\s+(?:and|og|&)\s+(?:(?:a little|little|lidt|some|small)\s+)?)?(vietnam)(?![\p{L}])(?!\s+(?:girl|lady|woman|pige|dame|kvinde|massage))/giu;
const COUNTRY_LANGUAGES: Readonly<Record<string, string>> = { vietnam: 'vi' };

function spokenCountries(text: string): LanguageMatch[] {
  if (!/vietnam/iu.test(text)) return [];
  const out: LanguageMatch[] = [];
  SPOKEN_COUNTRY.lastIndex = 0;
  for (let m = SPOKEN_COUNTRY.exec(text); m !== null; m = SPOKEN_COUNTRY.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    // "no speak vietnam" is not said; a negation before the verb keeps it out all the same.
    if (NONE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push({
      code: COUNTRY_LANGUAGES[m[1]!.toLowerCase()]!,
      level: 'yes',
      start,
      end: start + m[1]!.length,
    });
  }
  return out;
}

/**
 * "English." as a sentence of its own, among the facts of an ad ("Incall Vejle. English. 1 hour 1500
 * kr"): the language she offers, as a terse list states it. Only English: a bare "Dansk." or
 * "Russian." alone is as often her origin.
 */
/**
 * How good she is at a language: "jeg er god til engelsk", "ikke så god til dansk", "good at English",
 * the clause ending with the name or going on with another ("god til engelsk og tysk"). Not a service
 * of the same name ("god til fransk", oral) nor a word after it ("god til dansk mad").
 */
const GOOD_AT = /(?<![\p{L}])(?:god|gode|good|dårlig|bad)\s+(?:til|at)\s+$/iu;
const GOOD_AT_END = /^\s*(?:[,.;:!)\n]|$|(?:og|and|men|but|eller|or)(?![\p{L}]))/iu;
/** "ikke så god til", "dårlig til", "not so good at": some of it. */
const GOOD_AT_LITTLE =
  /(?:(?:ikke|not)\s+(?:så|særlig|so|very|that)\s+(?:god|gode|good)|dårlig|bad)\s+(?:til|at)\s+$/iu;

function goodAt(word: string, before: string, after: string): boolean {
  return !SERVICE_NAMES.has(word) && GOOD_AT.test(before) && GOOD_AT_END.test(after);
}

function soleEnglish(word: string, before: string, after: string): boolean {
  return (word === 'english' || word === 'engelsk') && /^\s*$/u.test(before) && /^\s*$/u.test(after);
}

/**
 * The surname said to be of a people: "Mit efternavn er fransk", "my surname is Greek". Neither a
 * language she speaks nor her origin (nationality.ts reads it too).
 */
export const SURNAME_IS_BEFORE =
  /(?<![\p{L}])(?:efternavn|efternavnet|surname|last name|family name)\s+(?:er|is|lyder|sounds|klinger)(?:\s+\p{L}+)?\s+$/iu;
/**
 * A language she prefers to talk in: "Prefer English or Spanish", "Sessions in English preferred",
 * "foretrækker engelsk". Not a service of the same name ("prefer french", oral).
 */
const PREFER_BEFORE = /(?<![\p{L}])(?:prefer|prefers|preferably|foretrækker|helst)\s+(?:(?:in|på)\s+)?$/iu;
const PREFERRED_AFTER = /^\s*(?:preferred|foretrækkes|foretrukket)(?![\p{L}])/iu;

function preferred(word: string, before: string, after: string): boolean {
  return !SERVICE_NAMES.has(word) && (PREFER_BEFORE.test(before) || PREFERRED_AFTER.test(after));
}

/** The client as the speaker: "Taler du engelsk?", "do you speak English", "hvis du taler dansk". */
const CLIENT_SPEAKS_BEFORE =
  /(?<![\p{L}])(?:(?:taler|snakker|forstår|talar|pratar)\s+du|(?:du|you)\s+(?:(?:ikke|not|don't|only|kun)\s+)?(?:taler|snakker|forstår|speak|understand)|do you speak|can you speak)(?![\p{L}])/iu;
/** The writer's answer to a FAQ's "do you speak …?": yes, or some ("A little", "Lidt", "Fluently"). */
/** A "no" answering the question of a language name right before it ("Engelsk? Desværre ikke"). */
const QUESTION_NO_AFTER =
  /^\s*(?:(?:desværre|sorry|unfortunately|beklager|leider)[\s,]*)?(?:nej|no|nope|ikke|not|ikke rigtig|not really|nein)(?![\p{L}])(?![\s,]*(?:noget |et |a |any |so |så |too |helt |that )?(?:problem|problems|problemer|perfect|perfekt|fluent|flydende|bad|dårligt?|much|meget|good|godt)(?![\p{L}]))/iu;
const ANSWERED_YES_AFTER =
  /^\s*\?\s*(?:(?:✅|✔️?|☑️?|👉|➡️?|→|a:|svar:|answer:)\s*)?(?:yes|ja|yeah|of course|selvfølgelig|sure|a little|a bit|lidt|fluently|flydende|perfectly|perfekt)(?![\p{L}])/iu;
/**
 * Speakers of it who are clients: "English or Danish speaking men", "engelsktalende kunder", "English
 * speaking guests welcome".
 */
const SPEAKING_CLIENTS_AFTER =
  /^(?:\s*(?:or|and|eller|og|\/|&)\s*\p{L}+)*\s*-?\s?(?:speaking|talende|talking)\s+(?:men|clients|customers|gentlemen|gents|guys|visitors|guests|callers|kunder|mænd|herrer|fyre|gæster)(?![\p{L}])/iu;

// Language names that Danish ads also use for services: "fransk" (oral), "græsk" (anal); German,
// Spanish, Portuguese and Italian ads say the same ("Französisch ohne Gummi", "francés natural").
const SERVICE_NAMES: ReadonlySet<string> = new Set([
  'fransk',
  'french',
  'græsk',
  'greek',
  'französisch',
  'francés',
  'francês',
  'francese',
]);
// A menu item right before a service name, with only services and separators between: "Massage,
// fransk", "GFE, 69, fransk", "massage / kys / fransk, græsk".
const SERVICE_MENU_BEFORE =
  /(?<![\p{L}])(?:massage|massagen|gfe|69|kys|kysse|kiss|kissing|owo|bj|dfk|pse|cim|cob|rimming|striptease|dildo|handjob|rollespil|bdsm)(?:\s*[,/&+•·]\s*(?:fransk|french|græsk|greek))*\s*[,/&+•·]\s*$/iu;
// A menu's answer after a service: "fransk ok", "græsk: ja", "french +", "fransk nej".
const MENU_ANSWER_AFTER = /^\s*:?\s*(?:ok|okay|ja|yes|nej|no|\+|-)(?![\p{L}])/iu;
// A condom note right after a service: "fransk m/kondom", "french w/o", "græsk uden kondom", German
// "Französisch ohne Gummi", "Französisch pur", Spanish "francés sin condón".
const SERVICE_NOTE_AFTER =
  /^\s*(?:(?:m|u|w)\/|w\/o(?![\p{L}])|(?:med|uden|with|without|ohne|mit|sin|con|sem|com|senza)\s+(?:kondom|condom|gummi|schutz|condón|condon|preservativo|camisinha)|(?:natur|natural|nature|pur|total)(?![\p{L}]))/iu;
// A condom word earlier in the same sentence.
const CONDOM_BEFORE = /(?:kondom|condom)\p{L}*[^.!?\n]{0,40}$/iu;

/**
 * Whether a list of names that begins with hit `h` ends in a speak verb: languages that put the verb
 * last ("Magyarul, angolul és németül beszélek", "Csak magyarul és egy kicsit angolul beszélek",
 * "po polsku i po angielsku mówię").
 */
function cuedAfterList(text: string, h: number, hits: VocabHits, clauseEnd: number): boolean {
  const first = hits.ends[h]!;
  let at = first;
  for (let k = h + 1; k < hits.count && hits.ends[k]! <= clauseEnd; k++) {
    if ((hits.masks[k]! & VOCABULARY.bit) === 0) continue;
    const gap = text.slice(at, hits.starts[k]).replace(/(?<![\p{L}])po\s*$/u, '');
    if (!NAME_LIST_REST.test(gap)) break;
    at = hits.ends[k]!;
  }
  return (
    at !== first && (CONTEXT.test(text.slice(at, at + 20)) || ALL_LEVEL_AFTER.test(text.slice(at, at + 24)))
  );
}

/**
 * A level said of a whole list after it: "English, Tagalog, Danish – all fine", "dansk og engelsk:
 * begge flydende"; or that they go well: "Svensk, dansk og engelsk går fint".
 */
const ALL_LEVEL_AFTER =
  /^\s*(?:[-–—:]?\s*(?:all|alle|both|begge)\s+(?:(?:very|meget)\s+)?(?:fine|good|ok|okay|fluent|perfect|god|gode|godt|flydende|perfekt|perfekte)|går\s+(?:(?:også|alle|begge)\s+)?(?:fint|godt|flydende))(?![\p{L}])/iu;

/** Whether the name at `start` follows a name not spoken with "or"/"nor" between (see NOR_GAP). */
function norAfterNone(
  text: string,
  out: readonly LanguageMatch[],
  previousEnd: number,
  start: number,
): boolean {
  return out[out.length - 1]?.level === 'none' && NOR_GAP.test(text.slice(previousEnd, start));
}

/**
 * A request to the client opens a clause of its own as well: "She speak only thai, please text in
 * english" (the client writes English), "Speak thai only, please send sms in english", "send me a
 * message in English", "taler kun thai, skriv venligst på engelsk"; also the
 * Danish imperative with the language it asks for: "Taler kun kinesisk, skriv SMS på engelsk",
 * "skriv på dansk", "send en sms på engelsk", also to whom: "skriv sms til mig på dansk", "sms til os
 * på engelsk".
 */
const CLIENT_REQUEST =
  /^[^]*(?<![\p{L}])(?:(?:please|pls|plz)\s+(?:send\s+(?:me\s+)?(?:an?\s+)?)?(?:text|write|sms|message|answer|reply)|send\s+me\s+(?:an?\s+)?(?:sms|text|message)\s+in|(?:skriv|sms)\s+(?:venligst|gerne)|skriv(?:\s+(?:sms|en sms|besked|en besked))?(?:\s+til\s+(?:mig|os))?\s+på|(?:send\s+(?:en\s+)?)?(?:sms|besked)(?:\s+til\s+(?:mig|os))?\s+på)(?![\p{L}])/iu;

/**
 * `before` from its last "men"/"but" on, unless only a level word follows that (see CONTRAST), and
 * from a request to the client on (see CLIENT_REQUEST).
 */
function ownPart(before: string): string {
  const request = CLIENT_REQUEST.exec(before);
  if (request !== null) return before.slice(request[0].length);
  const m = CONTRAST.exec(before);
  if (m === null) return before;
  const rest = before.slice(m[0].length);
  return BARE_AFTER_CONTRAST.test(rest) ? before : rest;
}

/**
 * Whether the language name that starts at `start` of a free text is read as a language spoken
 * (findLanguages) from the words before it or a level after it ("I speak turkish, english and a bit
 * of danish", "fluent in Russian", "Russian: fluent"): such a demonym is no origin. A name read
 * only from a speak verb after it ("Romanian, speaks English") is not counted here: the demonym
 * before the verb may well be hers.
 */
export function spokenNameAt(text: string, start: number): boolean {
  const spoken = scanFree(text).spokenAt;
  for (let i = 0; i < spoken.length; i++) if (spoken[i] === start) return true;
  return false;
}

function byStart(a: LanguageMatch, b: LanguageMatch): number {
  return a.start - b.start;
}

/**
 * Whether `word` (lower case) at `start..end` is a language name in a clause that only lists
 * languages ("Portuguese, English, Spanish.", "Thai, english little"): such a demonym names a
 * language spoken, not an origin. False for a word that is no language name.
 */
export function inLanguageList(word: string, text: string, start: number, end: number): boolean {
  if (!CODES.has(word)) return false;
  const hits = vocabHitsOf(text);
  // A listed name has another name within a short gap on one side; most demonyms have none, and
  // are let go before their clause is looked for.
  const k = firstHitFrom(hits, start);
  if (!nameNear(hits, k - 1, start - LIST_NEIGHBOUR) && !nameNear(hits, k + 1, end + LIST_NEIGHBOUR, true))
    return false;
  return onlyNames(text, clauseAround(text, start, end), hits);
}

// The longest gap between two names of a list that the gate lets through ("Português, English, un
// poco español": ", un poco ").
const LIST_NEIGHBOUR = 24;

/** Whether hit `k` is a language name ending after `limit` (or, `after`, starting before it). */
function nameNear(hits: VocabHits, k: number, limit: number, after = false): boolean {
  if (k < 0 || k >= hits.count || (hits.masks[k]! & VOCABULARY.bit) === 0) return false;
  return after ? hits.starts[k]! <= limit : hits.ends[k]! >= limit;
}

/** The index of the first hit that starts at or after `at` (hits are in text order). */
function firstHitFrom(hits: VocabHits, at: number): number {
  let lo = 0;
  let hi = hits.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits.starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the clause is nothing but two or more language names with separators between them ("Russian
 * and English."): a list of the languages spoken, without a verb.
 */
function onlyNames(text: string, clause: { start: number; end: number }, hits: VocabHits): boolean {
  // Start at the clause's first hit rather than at the text's.
  const lo = firstHitFrom(hits, clause.start);
  // Two names in the clause before any pattern is tried: most clauses hold one.
  let count = 0;
  for (let k = lo; k < hits.count && hits.ends[k]! <= clause.end && count < 2; k++)
    if ((hits.masks[k]! & VOCABULARY.bit) !== 0) count += 1;
  // A Vietnamese name of two words counts as one of the list ("Tiếng Việt, English"): the word
  // reader does not know it, and NAME_LIST_REST lets it stand between the names.
  const vietnamese = count === 1 && vietnameseNamed(text.slice(clause.start, clause.end)) ? 1 : 0;
  if (count + vietnamese < 2) return false;
  let at = clause.start;
  let names = 0;
  // An emoji may open the list inside a clause of facts: "GFE, massage 💋 Türkçe, English, Deutsch."
  // (three names at least, as two after an emoji may be massage styles: "💆 Thai, Swedish", unless
  // one is English or Danish, no style: "weekdays 😉 English, Tagalog."). So may a bracket that
  // closes the clause, after a phone number: "Ring 20 30 40 50 (česky, anglicky, německy)."
  let least = 2;
  let emojiOpened = false;
  let bracketOpened = false;
  for (let k = lo; k < hits.count; k++) {
    if ((hits.masks[k]! & VOCABULARY.bit) === 0) continue;
    if (hits.ends[k]! > clause.end) break;
    const start = hits.starts[k]!;
    if (!NAME_LIST_REST.test(text.slice(at, start))) {
      if (names > 0) return false;
      if (BRACKET_OPENS_LIST.test(text.slice(at, start))) {
        // A house's booking line gives the booker's languages: "Booking: +45 … (English/Russian)".
        if (BOOKING_LINE.test(text.slice(at, start))) return false;
        bracketOpened = true;
      } else if (!EMOJI_OPENS_LIST.test(text.slice(at, start))) return false;
      least = 3;
      emojiOpened = true;
    }
    at = hits.ends[k]!;
    names += 1;
    if (emojiOpened && NOT_A_STYLE.has(hits.words[k]!)) least = 2;
  }
  const rest = text.slice(at, clause.end);
  return (
    names + vietnamese >= least &&
    NAME_LIST_REST.test(bracketOpened ? rest.replace(BRACKET_CLOSES, '') : rest)
  );
}

const VIETNAMESE_NAME = /(?<![\p{L}])tiếng\s\p{L}+/iu;

/** Behind a literal check: most clauses hold no "tiếng". */
function vietnameseNamed(clause: string): boolean {
  return (clause.includes('iếng') || clause.includes('IẾNG')) && VIETNAMESE_NAME.test(clause);
}

const BRACKET_OPENS_LIST = /\(\s*$/u;
const BOOKING_LINE =
  /(?<![\p{L}])(?:booking|bookings|reservation|reservations|reception|receptionen|bestilling|rezervace|rezerwacja|rezervácia)(?![\p{L}])/iu;
const BRACKET_CLOSES = /^\s*\)/u;

/** Language names that name no massage style, so two after an emoji are a list of languages. */
const NOT_A_STYLE: ReadonlySet<string> = new Set(['english', 'engelsk', 'danish', 'dansk']);

/** An emoji and a space right before the first name of a list. */
const EMOJI_OPENS_LIST = /\p{Extended_Pictographic}\uFE0F?\s+$/u;

/**
 * A language she is learning is not one she speaks yet: "estoy aprendiendo danés", "I'm learning
 * Danish", "lerne gerade Dänisch", Russian and Bulgarian "учу английский", "уча датски", Ukrainian
 * "вивчаю данську"; with "now"/"still" between ("jeg lærer stadig dansk").
 */
const LEARNING =
  /(?<![\p{L}])(?:learning|learn|lærer|lære|studying|studerer|aprendiendo|aprendo|aprendendo|aprender|estudiando|estudando|uczę się|ucze sie|učím se|ucim se|tanulok|lerne|учу|уча|изучаю|вивчаю)\s+(?:(?:gerade|noch|jetzt|now|still|stadig|nu|пока|сейчас|ещё|еще|зараз)\s+)?(?:(?:some|a little|lidt|un poco de|um pouco de)\s+)?$/iu;
/** The learning verb after the name, as Russian and Bulgarian put it: "датский пока учу", "датски още уча". */
// Also Danish with the language put first: "dansk lærer jeg stadig", "dansk er jeg ved at lære".
const LEARNING_AFTER =
  /^\s*(?:(?:(?:пока|сейчас|ещё|еще|още|зараз)\s+)?(?:учу|изучаю|вивчаю|уча)|lærer\s+jeg|er\s+jeg\s+(?:stadig\s+)?ved\s+at\s+lære)(?![\p{L}])/iu;

/**
 * A language a recruiter says is not required says nothing of who speaks it: "No hace falta hablar
 * inglés ni danés", "you don't need to speak English", "du behøver ikke tale dansk".
 */
const NOT_REQUIRED =
  /(?<![\p{L}])(?:(?:no hace falta|no es necesario|no necesitas|sin necesidad de)\s+hablar|(?:no need|don'?t need|do not need)\s+to\s+speak|behøver ikke (?:at )?(?:tale|kunne)|(?:nie musisz|nie trzeba)\s+(?:znać|mówić)(?:\s+po)?|nu trebuie să vorbești|nu trebuie sa vorbesti)\s+$/iu;

// Not spoken, then "only a little" after it, is a little: "She no sabi English well, only small", "I
// don't speak English good, only a little", "taler ikke dansk godt, kun lidt". Not well alone stays no
// ("No speak english good, only romanian"), and "little" may be spelt short ("I no speak english
// good, only litle"). Broken English puts "much" after the name and "only" last: "No english much,
// little bit only", "no danish much, only small".
const ONLY_LITTLE_AFTER =
  /^\s*(?:(?:so|very|så|særlig)\s+)?(?:(?:well|good|godt|much)\s*)?,?\s*(?:(?:only|just|kun|bare)\s+(?:a little|little|litle|small|a bit|lidt|en smule)|(?:a\s+)?(?:little|small)(?:\s+bit)?\s+only)(?![\p{L}])/iu;

/**
 * The language only through a translator, so not spoken: "for english please use translator", "English
 * via Google Translate", "engelsk med oversætter", "på engelsk brug Google Oversæt"; also her own
 * translator after an "ok": "write SMS in english ok I use translate", "engelsk er ok, jeg bruger
 * oversætter".
 */
const TRANSLATOR_AFTER =
  /^\s*,?\s*(?:(?:(?:is|er)\s+)?(?:ok|okay|fine|fint)\s*[,.!]?\s*(?:(?:i|jeg)\s+)?)?(?:(?:please|pls|plz|venligst|gerne)\s+)?(?:use|brug|bruge|bruger|bruges|with|via|med|through|gennem|by)\s+(?:a\s+|an\s+|the\s+|en\s+)?(?:google[\s-]?(?:translate|oversæt)|translator|translation app|translate app|translate|oversætter|oversættelse)(?![\p{L}])/iu;

/** The word right after a level ("kun lidt engelsk"): a language name there takes the level. */
const NEXT_WORD = /^\s+(\p{L}+)/u;

/**
 * A level as a share after the name, in a profile's list: "Thai 100% / English 20% / Danish 0%".
 * None at 0 %, a little up to 30 %.
 */
const PERCENT_AFTER = /^\s*:?\s*(\d{1,3})\s?%/u;
const LITTLE_PERCENT = 30;

function levelOf(before: string, after: string): LanguageLevel {
  // Only the words just before the name, so "I speak good English, no Danish" keeps English "yes".
  const near =
    before
      .slice(Math.max(0, before.length - 24))
      .split(/[,;/]|\s(?:and|og|but|men)\s/)
      .pop() ?? '';
  if (LEARNING.test(near) || LEARNING_AFTER.test(after) || NOT_REQUIRED.test(near)) return 'none';
  // A level before the name, then the app for the rest: "kun rumænsk og lidt italiensk, brug
  // Google Translate" speaks a little of it ("for English please use translator" none).
  if (TRANSLATOR_AFTER.test(after)) return LITTLE.test(near) ? 'little' : 'none';
  const percent = PERCENT_AFTER.exec(after);
  if (percent !== null) {
    const share = Number(percent[1]);
    if (share === 0) return 'none';
    if (share <= LITTLE_PERCENT) return 'little';
  }
  if (LITTLE.test(near) || LITTLE_AFTER.test(after) || GOOD_AT_LITTLE.test(near)) return 'little';
  if (NONE.test(near)) {
    // "taler ikke dansk, kun lidt engelsk": the little is the next name's, this one is not spoken.
    const little = ONLY_LITTLE_AFTER.exec(after);
    const next = little === null ? null : NEXT_WORD.exec(after.slice(little[0].length));
    if (little === null || (next !== null && CODES.has(next[1]!.toLowerCase()))) return 'none';
    return 'little';
  }
  if (NONE_AFTER.test(after)) return 'none';
  return 'yes';
}

// . ! ? newline ; — clause ends, tested by char code (a regex per character was a hot spot).
function isClauseEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 59;
}

function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !isClauseEnd(text.charCodeAt(s - 1)) && start - s < 80) s--;
  let e = end;
  while (e < text.length && !isClauseEnd(text.charCodeAt(e)) && e - end < 40) e++;
  return { start: s, end: e };
}
