import { namesOfLanguage, namesOfLanguagesExcept } from '../extract/languages.js';
import { defineIndicator } from './define.js';
import { clauseStart, compileTerms } from './text/match.js';
import { detectWithRules, isListField, type MatchContext, type TextRule } from './text/rules.js';

/**
 * Names of the two languages a client in Denmark can be expected to use. English in every spelling
 * the language reader knows (inglés, Englisch, angielski, engleză, …) and the misspellings of ads.
 */
const EN = alternation([
  ...namesOfLanguage('en'),
  'englis',
  'inglish',
  'eng',
  'po angielsku',
  // Czech and Slovak nouns: "žiadna angličtina", "bez angličtiny".
  'angličtina',
  'angličtiny',
  'anglictina',
]);
/** English as Russian and Ukrainian ads write it in Latin letters ("po-angliyski", "anhliyskoyu"). */
const EN_LATIN =
  '(?:angliyski|angliiski|anglijski|angliski|angliyskiy|angliyskij|angliyskom|angliyskogo|anhliyskoyu|angliyskoyu|anhliiskoiu)';
const DA = '(?:danish|dansk|danske)';
/** Longest first, so that "engelska" is tried before "engelsk"; each name once. */
function alternation(names: readonly string[]): string {
  return `(?:${longestFirst(names).join('|')})`;
}

function longestFirst(names: readonly string[]): string[] {
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/**
 * Other languages, as ads write them: Danish and English names, and every name the language reader
 * knows in visitors' languages ("Rumänisch", "po slovensky", "thailändska").
 */
const OTHER_NAMES = [
  'thai',
  'romanian',
  'rumænsk',
  'russian',
  'russisk',
  'ukrainian',
  'ukrainsk',
  'bulgarian',
  'bulgarsk',
  'spanish',
  'spansk',
  'portuguese',
  'portugisisk',
  'chinese',
  'kinesisk',
  'vietnamese',
  'vietnamesisk',
  'polish',
  'polsk',
  'hungarian',
  'ungarsk',
  'albanian',
  'albansk',
  'french',
  'fransk',
  'german',
  'tysk',
  'italian',
  'italiensk',
  'tagalog',
  'filipino',
  'arabic',
  'arabisk',
  'moldovan',
  'czech',
  'tjekkisk',
  'latvian',
  'lettisk',
  'lithuanian',
  'litauisk',
  'serbian',
  'serbisk',
  'mandarin',
  'korean',
  'koreansk',
  'japanese',
  'japansk',
  'nigerian',
  'yoruba',
  'igbo',
  'swahili',
];
const OTHER = `(?:${[...OTHER_NAMES, ...longestFirst(namesOfLanguagesExcept(['en', 'da']))].join('|')})`;
/**
 * "only": Danish, English and visitors' ("nur", "tylko", "len", "jen", "doar", "solo", "csak",
 * Russian "только", Ukrainian "тільки", Bulgarian and Serbian "само", Serbo-Croatian "samo", Albanian
 * "vetëm", Greek "μόνο": "Μιλάω μόνο ελληνικά").
 */
const ONLY =
  '(?:only|kun|just|nur|tylko|len|iba|jen|jenom|pouze|doar|solo|sólo|só|csak|tik|bara|endast|seulement|uniquement|samo|только|тільки|само|vetëm|vetem|μόνο|μονο)';

/** "Only thai massage" names a style, not a language. */
const NOT_A_STYLE =
  '(?![\\s-]+(?:massage|massagen|massør|massøse|style|food|mad|girl|girls|pige|piger|lady|dame|kvinde|women|model|oil|olie|spa|klinik|clinic))';

/** The amount in brackets after the language: "Engelsk (lidt)", "English (basic)". */
const BRACKETED_LITTLE =
  '\\(\\s*(?:lidt|meget lidt|kun lidt|little|a little|very little|little bit|a bit|bit|basic|basis|poor|bad|dårlig|dårligt|weak|few|no|ingen|poco|un poco|poquito|pouco|peu|wenig|trochę|malko|kidogo)\\s*\\)';

/** "no English", "little english", "lidt engelsk", "bad english", "ingen engelsk". */
const littleEnglish = compileTerms([
  // Texted too: "spk lil eng", "no eng".
  `(?:no|not|little|litle|lil|a little bit|bit|few|bad|poor|broken|basic|limited|not much|no much|not so much|small|lidt|ingen|ikke|dårlig|dårligt|meget lidt|næsten ingen|ikke så godt|ikke meget|kun lidt) ${EN}`,
  // The language first, the amount after, as broken English puts it: "My english little bit",
  // "english not so good", "engelsk kun lidt", "english only small".
  // With "very" between, as broken English stresses it: "my english is very small", "very poor".
  // A noun between, as learners write it: "my English speaking is very bad", "English level is basic".
  // And none at all: "My english is zero" (not "English, zero problems").
  `${EN}:? (?:(?:speaking|skills|level) (?:is|are|er) |is |are |er )?(?:very (?=small|poor|weak|basic|limited))?(?:no|not|not (?:so |very |too )?good|no good|not much|very little|little|litle|a little|little bit|a bit|bit|small|few|lidt|kun lidt|meget lidt|dårligt|dårlig|bad|very bad|poor|weak|basic|limited|so so|zero(?! (?:problem|problems|stress|issues|drama)))`,
  `${EN}:? (?:is |are |er )?only (?:little|litle|a little|little bit|a bit|bit|few|small)`,
  // A profile's share of the language, up to 30 %: "Thai 100% / English 20%", "engelsk: 10 %".
  `${EN}:? (?:[0-9]|[12][0-9]|30) ?%`,
  // Also "good" between, as broken English writes it: "I not speak good English".
  // Pidgin "sabi" (know, speak): "She no sabi English well", "I no sabi English".
  // Danish named first, then "or" English: "She no speak danish or english", "doesn't speak Danish nor English".
  `(?:don't|dont|doesn't|doesnt|do not|does not|can't|cannot|not|no) (?:speak|talk|understand|sabi) (?:(?:so |very )?(?:good|well|much) )?(?:${DA} (?:or|nor|eller) )?${EN}`,
  `a bit of ${EN}`,
  // The language first, then what she cannot do with it, in Danish word order: "engelsk og dansk kan
  // hun ikke endnu", "Engelsk forstår jeg ikke"; or said to be no strength of hers: "dansk og
  // engelsk er ikke deres stærke side", "English is not my strong side".
  `(?:${DA} (?:og|and|eller|or) )?${EN}(?: (?:og|and|eller|or) ${DA})? (?:kan|taler|snakker|forstår) (?:hun|jeg|de) ikke`,
  `(?:${DA} (?:og|and|eller|or) )?${EN}(?: (?:og|and|eller|or) ${DA})? (?:er|is|are) (?:ikke|not) (?:min|mine|hendes|deres|my|her|their) (?:stærke side|stærkeste side|strong side|strong point|strength|forte)`,
  // Spanish amounts after the name, as Latin American ads mix them in: "english un poquito",
  // "inglés nada" (not "English, un poquito de español").
  `${EN},? (?:un poquito|un poco|poquito|nada)(?!\\s*(?:de|del)(?![\\p{L}]))`,
  // "Hablo español y un poco de inglés", "a little bit of English", "ein bisschen Englisch".
  // Czech/Slovak "trochu anglicky", Romanian "puțin engleză", Hungarian "kicsit angolul",
  // Lithuanian "šiek tiek angliškai", Russian "немного английский", Serbo-Croatian "malo engleski"
  // ("Govorim srpski i malo engleski", "мало енглески").
  // Albanian "pak anglisht" and Greek "λίγα αγγλικά" (a little English); their negations "nuk flas
  // anglisht", "δεν μιλάω αγγλικά".
  `(?:pak|λίγα|λιγα|λίγο) ${EN}`,
  `(?:nuk (?:flas|flet|flasim)|δεν (?:μιλάω|μιλάει|μιλώ|μιλάμε|μιλάνε|ξέρω)) ${EN}`,
  `(?:malo|málo|мало|a little bit of|a tiny bit of|a tiny little bit of|un poco de|un poquito de|um pouco de|um pouquinho de|un po' di|un peu d'|un peu de|ein bisschen|ein wenig|lite|trochę|troche|trochu|puțin|putin|puţin|un pic de|egy kicsit|kicsit|šiek tiek|siek tiek|truputį|truputi|немного|малко) ${EN}`,
  // Russian, Ukrainian and Bulgarian before the adverb: "немного по-английски", "трохи по-англійськи";
  // Bulgarian "малко английски" is read above, German "kaum Englisch" below.
  `(?:немного|чуть-чуть|чуть чуть|чуть|трохи|трошки|малко|мало) по ${EN}`,
  // The amount after the name in Romanian: "engleză puțin"; Czech, Slovak and Polish with "only"
  // before it: "Anglicky jen trochu", "angielski tylko trochę".
  `${EN},? (?:puțin|putin|puţin)`,
  `${EN},? (?:jen|jenom|len|iba|tylko|csak) (?:trochu|trochę|troche|málo|malo|kicsit)`,
  // German "kaum" (hardly): "Sie spricht kaum Englisch", "fast kein Englisch".
  // Also "wenig" (little) without "ein": "nur wenig Englisch", "sehr wenig Englisch".
  `(?:kaum|fast kein|fast keine|wenig) ${EN}`,
  `${EN} ?${BRACKETED_LITTLE}`,
  `(?:taler|snakker|forstår) ikke ${EN}`,
  // Visitors' negations: Polish "nie mówi po angielsku", Czech "nemluví anglicky", Slovak "žiadna
  // angličtina", German "kein Englisch", Romanian "nu vorbește engleză", Spanish "no habla inglés".
  `(?:nie mówi|nie mówię|nemluví|nemluvím|nehovorí|nehovorím|nu vorbește|nu vorbeste|nu vorbesc|no habla|no hablo|no hablan|não fala|não falo|não falam|nao fala|nao falam|nem beszél|nekalba|spricht kein|spreche kein) (?:po )?${EN}`,
  // Russian, Ukrainian and Bulgarian: "не говорю по-английски", "не розмовляє англійською",
  // "не говоря английски".
  `не (?:говорю|говорит|говорят|говоря|говори|розмовляю|розмовляє|розмовляють) (?:по )?${EN}`,
  // The language first, then the negated verb: "по-английски не говорит", "англійською не розмовляє".
  `${EN} не (?:говорю|говорит|говорят|говорим|розмовляю|розмовляє|розмовляють|понимаю|понимает|розумію|розуміє)`,
  // The amount after the language, in Russian and Ukrainian: "Говорю по-английски немного",
  // "англійською трохи", "английский знаю плохо". Not before another language ("по-английски,
  // немного по-датски").
  // Also with the speak verb between: "По-английски говорят немного", "по-английски говорю плохо".
  `${EN} (?:(?:знаю|понимаю|розумію|говорю|говорит|говорят|говорим|розмовляю|розмовляє) )?(?:немного|чуть чуть|чуть|мало|плохо|трохи|трошки|погано|слабо)(?! по )`,
  // The same in Latin letters: "ya ne govoryu po-angliyski", "nemnogo po-angliyski", "angliyskiy
  // chut-chut".
  `(?:ne|ni) (?:govoryu|govorit|govoryat|rozmovlyayu|rozmovlyaye|rozmovlyaju|rozmovljaju) (?:po )?${EN_LATIN}`,
  `(?:nemnogo|chut chut|chut|trohy|trokhy|trochy) (?:po )?${EN_LATIN}`,
  `${EN_LATIN} (?:nemnogo|chut chut|chut|malo|plokho|trohy|trokhy|trochy|pogano)(?! po )`,
  `(?:žiadna|žádná|zadna|bez|kein|keine|nada de|sin|sem) ${EN}`,
  'google translate',
  // Any app that translates for her: "use translate app for talk", "translation app", "oversætter-app".
  '(?:translator|translate|translation|oversætter|oversættelses) ?app',
  'use (?:translator|translate)',
  'brug google',
  // Spanish and Portuguese without "de": "Ellas hablan español y poco inglés", "pouco inglês".
  `(?:poco|poquito|muy poco|pouco|muito pouco) ${EN}`,
  // French: "pas anglais", "pas d'anglais", "pas un mot d'anglais", "très peu d'anglais"; also
  // without "d'" ("je parle français et un peu anglais", "très peu anglais") and the amount after
  // ("anglais un peu", "anglais très peu").
  "(?:pas|pas d'|pas un mot d'|très peu d'|tres peu d'|peu d'|un peu d'|très peu|tres peu|un peu|un petit peu|je ne parle pas|ne parle pas) ?anglais",
  // Not when a language follows: "anglais, un peu danois" is English spoken and a little Danish.
  "anglais,? (?:un peu|un petit peu|très peu|tres peu|peu)(?!\\s*(?:d'|de )?\\p{L})",
]);

/** "no Danish", "ingen dansk": a barrier only when the ad does not also offer good English. */
const littleDanish = compileTerms([
  // Also not well, as broken Danish puts it before the name: "Jeg snakke ikke så godt dansk".
  `(?:no|not|little|lidt|ingen|ikke|ikke så godt|ikke særlig godt|ikke godt|dårlig|dårligt|næsten ingen) ${DA}`,
  // Her Danish said to be not good, also in a subordinate clause: "mit dansk er ikke så godt",
  // "fordi hendes dansk ikke er så godt" (not "ikke så dårligt", which is some).
  `${DA} (?:er ikke|ikke er) (?:så |særlig |specielt |helt )?godt?(?![\\p{L}])`,
  `(?:don't|dont|doesn't|do not|can't|not|no) (?:speak|talk|understand) ${DA}`,
  `(?:taler|snakker|forstår) ikke ${DA}`,
  // The amount after the language, as broken Danish puts it: "Kun dansk lidt", "dansk lidt lidt";
  // the clause ends there, so not a word it describes ("dansk lidt buttet pige", "dansk lidt engelsk").
  `${DA}:? (?:er )?(?:lidt|kun lidt|meget lidt|lidt lidt|little|a little|a bit)(?=\\s*(?:[.,!;:)/\\n]|$))`,
  // "Dansk kan hun ikke", "dansk er ikke min stærke side"; "dansk nada" as Spanish speakers put it.
  `${DA} (?:kan|taler|snakker|forstår) (?:hun|jeg|de) ikke`,
  `${DA} (?:er|is) (?:ikke|not) (?:min|hendes|deres|my|her|their) (?:stærke side|stærkeste side|strong side|strong point)`,
  `${DA},? nada`,
  '(?:pas|pas de|pas un mot de|je ne parle pas|ne parle pas) danois',
  // "Dansk (lidt)", in the text or as an entry of the languages list.
  `${DA} ?${BRACKETED_LITTLE}`,
]);

/** "only romanian", "kun thai", "speak only russian and ukrainian": only a language other than en/da. */
const onlyOther = compileTerms([
  `${ONLY} (?:po )?${OTHER}${NOT_A_STYLE}`,
  `(?:speak|speaks|talk|talks|taler|snakker|spricht|mówi|hovorí|mluví|vorbește|vorbeste|habla|fala|beszél|kalba|govorim|govori|говорит|говорю|говоря|говорим|говори|розмовляє|розмовляю|flas|flet|μιλάω|μιλάει|μιλώ) ${ONLY} (?:po |по )?${OTHER}`,
  // After the language, also in French: "Je parle français seulement".
  `${OTHER} (?:only|seulement|uniquement)`,
  // The verb between: "Ela só fala português", "Sie spricht nur Rumänisch" is above.
  `${ONLY} (?:fala|falo|habla|hablo|speaks?|taler|snakker|pratar|talar|spricht|spreche|mówi|mówię|hovorí|mluví|vorbește|vorbeste|vorbesc) (?:po )?${OTHER}${NOT_A_STYLE}`,
]);

/**
 * Only her own language, or no English, in scripts written without spaces (a match may start inside
 * a run of letters): Chinese "只会中文" / "只会说中文" (can only speak Chinese), "不会说英语" (cannot
 * speak English); Thai "พูดภาษาไทยเท่านั้น" (speak only Thai), "ไม่พูดภาษาอังกฤษ" (do not speak
 * English), "พูดอังกฤษไม่ได้" (cannot speak English); Korean "영어 못해요" (cannot speak English),
 * "한국어만" (only Korean).
 */
const unspacedOnly =
  /(?:只会|只會|只说|只說)(?:说|說|讲|講)?(?:中文|汉语|漢語|普通话|普通話|国语|國語|粤语|粵語|泰语|越南语)|(?:不会|不會|不懂)(?:说|說|讲|講)?(?:英语|英語|英文)|พูด(?:ภาษา)?(?:ไทย|ลาว|จีน|เวียดนาม)เท่านั้น|ไม่(?:พูด|ได้พูด)(?:ภาษา)?อังกฤษ|พูด(?:ภาษา)?อังกฤษไม่(?:ได้|เป็น)|영어\s?(?:못|불가|안\s?돼)|(?:한국어|한국말|중국어|태국어|베트남어)만/gu;

/**
 * Vietnamese: "không nói (được) tiếng Anh" (does not speak English), "chỉ nói tiếng Việt" (speaks
 * only Vietnamese).
 */
const vietnameseOnly = compileTerms([
  'không (?:nói|biết) (?:được )?tiếng anh',
  'chỉ (?:nói |biết )?tiếng (?:việt|trung|thái)',
]);

/** The language `lang` (a source such as EN) stated as spoken well. */
function spokenWell(lang: string): RegExp {
  return compileTerms([
    // German too: "Ich spreche perfekt Dänisch", "fließend Englisch", "sehr gut Dänisch".
    `(?:good|fluent|perfect|great|nice|god|godt|flydende|perfekt|fließend|fliessend|gut|sehr gut) ${lang}`,
    `${lang} (?:ok|good|fluent|perfect|godt|flydende)`,
    // "but my English is good", "men mit engelsk er fint", "English yes".
    `${lang} (?:is|er) (?:very |meget |quite |really |rigtig |ret )?(?:ok|okay|good|fine|fluent|perfect|great|excellent|god|godt|fint|flydende|perfekt)`,
    `${lang} (?:yes|ja)`,
    // "Kun dansk – jeg taler ikke engelsk": the one language she speaks is this one.
    `(?:kun|only|bare) ${lang}`,
    // A list of languages may come first: "I speak Tagalog, English and a little Danish".
    // Also in the visitor's own language: "Hablo español, English og lidt dansk", "Ich spreche
    // Deutsch und Englisch", "Jag pratar svenska och engelska".
    `(?:speak|speaks|talk|taler|snakker|hablo|habla|falo|fala|spreche|spricht|pratar|talar|mówię|mowie|mówi|vorbesc|parlo|parle|beszélek|kalbu|runāju|govorim|говорю|говорит|говорим) (?:\\p{L}+,? (?:(?:and|og|&|y|e|und|och|i|și|si) )?){0,3}${lang}`,
  ]);
}

const goodEnglish = spokenWell(EN);
/** Little English is no barrier for a person who speaks Danish well, nor little Danish beside good English. */
// With the German name, which DA leaves out ("leider kein Dänisch" is no barrier beside English).
const goodDanish = spokenWell(`(?:${DA}|dänisch)`);

/** The amount after the language: "english only litle", "engelsk kun lidt", "English (basic)". */
// Also the Danish verb and subject before "ikke" ("engelsk og dansk kan hun ikke") and the Spanish
// amounts ("english un poquito", "dansk nada").
const LITTLE_AFTER =
  /^\s*:?\s*(?:\(\s*)?(?:(?:is|are|er|only|kun|just|(?:kan|taler|snakker|forstår)\s+(?:hun|jeg|de))\s+)?(?:little|litle|a little|a bit|bit|lidt|basic|bad|poor|no|not|ikke|dårlig|dårligt|weak|few|so so|nada|un poquito|poquito|un poco)(?![\p{L}])/iu;

/** "Vi … i telefonen", "we … on the phone": the house or agency that answers, not the person. */
const WE_BEFORE = /(?<![\p{L}])(?:vi|we)\s+$/iu;
// The rest of a list may come first: "vi taler dansk og engelsk i telefonen".
const ON_THE_PHONE_AFTER =
  /^(?:,?\s+(?:(?:og|and|&)\s+)?\p{L}+){0,3}?\s*(?:i telefonen|on the phone|in the phone|på telefonen)(?![\p{L}])/iu;

/**
 * The desk or the man who takes the calls speaks it, not the person: "Damerne taler thai og lidt
 * engelsk, receptionen taler dansk", "our receptionist speaks English", "manager speak english".
 */
const DESK_BEFORE =
  /(?<![\p{L}])(?:receptionen|receptionisten|reception|receptionist|front desk|manager|manageren|booker|bookeren|chauffør|chaufføren|driver|telefondamen|sekretæren|secretary)\s+$/iu;

/** No field states the language of `good` well ("taler godt dansk", "I speak Tagalog and English"). */
function noGood(good: RegExp, ctx: MatchContext): boolean {
  return ctx.ad.fields.every((f) => {
    if (f.source !== 'ad') return true;
    good.lastIndex = 0;
    for (let m = good.exec(f.text); m !== null; m = good.exec(f.text)) {
      const before = f.text.slice(Math.max(0, m.index - 12), m.index);
      const after = f.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      // The house's phone, not the person: "Vi snakker engelsk og dansk i telefonen, pigerne taler
      // lidt engelsk", "we speak English on the phone".
      if (
        WE_BEFORE.test(before) &&
        ON_THE_PHONE_AFTER.test(f.text.slice(m.index + m[0].length, m.index + m[0].length + 48))
      ) {
        good.lastIndex = m.index + 1;
        continue;
      }
      if (DESK_BEFORE.test(f.text.slice(Math.max(0, m.index - 16), m.index))) {
        good.lastIndex = m.index + 1;
        continue;
      }
      // "speaks little english", "I not speak danish, english only litle" are not good English.
      if (
        // "I not speak good English": the negated verb before "good".
        // Also "so"/"så" without the verb: "jeg snakke ikke så godt dansk", "not so good English".
        !/(?:little|lidt|no|not|don't|dont|ikke|ingen|bad|only|kun)(?:\s+(?:speak|talk|taler|snakker))?(?:\s+(?:so|very|så|særlig))?\s*$/iu.test(
          before,
        ) &&
        !/(?:little|lidt|no |ikke|ingen|bad)/iu.test(m[0]) &&
        !LITTLE_AFTER.test(after)
      ) {
        return false;
      }
      // A rejected match may hide a good one inside it ("taler lidt dansk og godt engelsk"): go on
      // from its next character, not from its end.
      good.lastIndex = m.index + 1;
    }
    return true;
  });
}

/** An entry of the languages list that names English without "little": ['Thai', 'Engelsk', 'Dansk (lidt)']. */
const ENGLISH_ENTRY = new RegExp(`(?<![\\p{L}])${EN}(?![\\p{L}])`, 'iu');
const LITTLE_ENGLISH_ENTRY = new RegExp(
  `(?:little|lidt|basic|no|ingen) ${EN}|${EN} ?${BRACKETED_LITTLE}`,
  'iu',
);

/** English earlier in the same list, without a word of little: "Español, English, Italiano, and a little dansk". */
function englishEarlierInList(ctx: MatchContext): boolean {
  const before = ctx.text.slice(clauseStart(ctx.text, ctx.start), ctx.start);
  return (
    ENGLISH_ENTRY.test(before) &&
    !LITTLE_ENGLISH_ENTRY.test(before) &&
    !/(?<![\p{L}])(?:no|ingen|not|ikke)\s/iu.test(before)
  );
}

function englishListed(ctx: MatchContext): boolean {
  return ctx.ad.fields.some(
    (f) =>
      f.source === 'ad' &&
      isListField(f, 'languages') &&
      ENGLISH_ENTRY.test(f.text) &&
      !LITTLE_ENGLISH_ENTRY.test(f.text),
  );
}

/**
 * "Ingen engelsk? Intet problem", "No English? No problem", German "Kein Englisch? Kein Problem",
 * Swedish "Ingen engelska? Inga problem": an invitation, not a barrier.
 */
const NO_PROBLEM_AFTER =
  /^[\s?!.,–—-]*(?:intet|ingen|no|not a|ikke noget|ikke noe|kein|keine|inga|inget)\s+(?:problem|problemer|problems|probleme)/iu;

/** A recruiter's condition, not a person's languages: "no English needed", "ingen engelsk nødvendig". */
const NOT_NEEDED_AFTER =
  /^\s*(?:is\s+|er\s+)?(?:needed|required|necessary|nødvendig|nødvendigt|påkrævet|krævet|kræves)(?![\p{L}])/iu;

/** The "no" of the match is the start of "no problem": "English no problem", "dansk ikke noget problem". */
const NO_ENDS = /(?:no|not|ikke|ingen)$/iu;
const PROBLEM_AFTER = /^\s+(?:(?:a|noget|et|any)\s+)?(?:problem|problemer|problems|prob|issue)(?![\p{L}])/iu;

function notNoProblem(ctx: MatchContext): boolean {
  const after = ctx.text.slice(ctx.end, ctx.end + 24);
  return (
    !NO_PROBLEM_AFTER.test(after) &&
    !NOT_NEEDED_AFTER.test(after) &&
    !(NO_ENDS.test(ctx.matched) && PROBLEM_AFTER.test(after))
  );
}

/** "my English is not perfect but I hope you understand me": some English, not little. */
const NOT_ENDS = /(?:not|ikke)$/iu;
// Also "not bad" ("my English is not bad", "mit engelsk er ikke så dårligt"): some English.
const PERFECT_AFTER =
  /^\s+(?:(?:so|very|100\s?%|always|altid|helt|too|that|så)\s+)?(?:perfect|perfekt|fluent|flydende|the best|great|native|fejlfrit|flawless|bad|dårlig|dårligt)(?![\p{L}])/iu;

function notPerfect(ctx: MatchContext): boolean {
  return NOT_ENDS.test(ctx.matched) && PERFECT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24));
}

/**
 * A person word after the language makes it her origin, and the word before her size: "I am small
 * english lady", "Little English girl from Leeds" (not "little English, girls speak Thai").
 */
const PERSON_AFTER =
  /^[ -]+(?:lady|girl|woman|babe|beauty|rose|pige|kvinde|dame|guy|boy|gentleman)(?![\p{L}])/iu;

/**
 * A phone or account after the language makes it the thing's country: "she has no Danish number",
 * "ingen dansk telefon endnu", "no English SIM" (her contact, not her speech).
 */
const CONTACT_AFTER =
  /^[ -]+(?:number|phone|sim|sim-card|simcard|mobile|account|bank account|nummer|telefon|telefonnummer|mobil|mobilnummer|konto|bankkonto|cpr|cpr-nummer)(?![\p{L}])/iu;

/**
 * Her English or Danish in the past, told beside what she speaks now: "Da jeg kom til Danmark,
 * talte jeg ingen engelsk", "When I arrived I spoke no English", "I had no English when I came". A
 * verb in the past tense right before, or her arrival right after.
 */
const PAST_SPEECH_BEFORE =
  /(?<![\p{L}])(?:talte|snakkede|forstod|kunne|spoke|understood|knew|could)\s+(?:(?:jeg|hun|i|she)\s+)?(?:(?:kun|only|næsten|almost|hardly|nærmest)\s+)?$/iu;
const WHEN_SHE_CAME_AFTER =
  /^[^.!?\n]{0,24}?(?<![\p{L}])(?:when (?:i|she) (?:came|arrived|moved)|da (?:jeg|hun) (?:kom|ankom|flyttede))(?![\p{L}])/iu;

function notPast(ctx: MatchContext): boolean {
  return (
    !PAST_SPEECH_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start)) &&
    !WHEN_SHE_CAME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 48))
  );
}

/**
 * "Not only" adds a language: "jeg taler ikke kun rumænsk, også engelsk", "I speak not only Thai",
 * "nicht nur Rumänisch" (not "kun thai, ikke engelsk").
 */
const NOT_ONLY_BEFORE = /(?<![\p{L}])(?:ikke|not|nicht|inte|ikkje)\s+$/iu;

/**
 * "only" closing the phrase before a dash, the language word opening the next: "Outcall only –
 * Polish Kasia on tour", "Incall only - Thai lady Nok" (the terms read a dash as a space).
 */
const ONLY_THEN_DASH = /^\S+\s+[-–—]\s/u;

const rules: TextRule[] = [
  {
    pattern: littleEnglish,
    negatable: false,
    accept: (ctx) =>
      notNoProblem(ctx) &&
      !notPerfect(ctx) &&
      notPast(ctx) &&
      noGood(goodDanish, ctx) &&
      // The list's own "lidt engelsk" beside a plain "dansk" entry (see listRule); in the text, "me
      // no speak good english" still fires beside a listed Danish.
      !(isListField(ctx.field, 'languages') && danishListed(ctx)) &&
      !PERSON_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 12)) &&
      !CONTACT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16)),
  },
  {
    pattern: onlyOther,
    negatable: false,
    accept: (ctx) =>
      !NOT_ONLY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) &&
      !ONLY_THEN_DASH.test(ctx.matched),
  },
  { pattern: unspacedOnly, negatable: false, anyStart: true, accept: (ctx) => noGood(goodDanish, ctx) },
  { pattern: vietnameseOnly, negatable: false, accept: (ctx) => noGood(goodDanish, ctx) },
  {
    pattern: littleDanish,
    negatable: false,
    accept: (ctx) =>
      notNoProblem(ctx) &&
      notPast(ctx) &&
      noGood(goodEnglish, ctx) &&
      !englishListed(ctx) &&
      !englishEarlierInList(ctx) &&
      !CONTACT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16)),
  },
];

/** An entry of the languages list that names Danish without "little": ['thai', 'dansk', 'lidt engelsk']. */
const DANISH_ENTRY = new RegExp(`^\\s*${DA}\\s*$`, 'iu');

/** Danish is listed as spoken, plainly, in its own entry of the languages list. */
function danishListed(ctx: MatchContext): boolean {
  return ctx.ad.fields.some(
    (f) => f.source === 'ad' && isListField(f, 'languages') && DANISH_ENTRY.test(f.text),
  );
}

/**
 * The structured `languages` list says "lidt engelsk" / "little english" / "Engelsk (lidt)"; not
 * when Danish is listed as spoken beside it (['thai', 'dansk', 'lidt engelsk']): the client can talk
 * with her in Danish. The text's words are read by the rules above ("No English, sorry" fires).
 */
const listRule: TextRule = {
  pattern: compileTerms([`(?:little|lidt|basic|no|ingen) ${EN}`, `${EN} ?${BRACKETED_LITTLE}`]),
  negatable: false,
  fields: (f) => isListField(f, 'languages'),
  accept: (ctx) => !danishListed(ctx),
};

/**
 * A profile's "language: level" entry that says no: "Engelsk: nej", "English: no" (and the same of
 * Danish), a barrier unless the other language is listed as spoken.
 */
const listNoRules: readonly TextRule[] = [listSaysNo(EN, 'da'), listSaysNo(DA, 'en')];

function listSaysNo(language: string, other: string): TextRule {
  return {
    pattern: compileTerms([`${language} ?[:=] ?(?:no|nej|none|ingen|not)`]),
    negatable: false,
    fields: (f) => isListField(f, 'languages'),
    accept: (ctx) => !ctx.ad.facts.languages.includes(other),
  };
}

const allRules: readonly TextRule[] = [...rules, listRule, ...listNoRules];

/** `language-barrier`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'language-barrier',
  kind: 'text',
  labels: { da: 'Sprogbarriere', en: 'Language barrier' },
  descriptions: {
    da: 'Annoncen siger, at personen taler intet eller kun lidt engelsk eller dansk.',
    en: 'The ad says the person speaks no or only little English or Danish.',
  },
  defaultWeight: 1,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'ad', allRules),
  examples: {
    positive: [
      { text: 'Hun taler ingen dansk, kun lidt russisk og polsk.' },
      { text: 'thai lady, spk lil eng, txt only' },
      { text: 'Jeg taler ikke så godt dansk, bare skriv SMS.' },
      { text: 'Min søster tager telefonen, da hendes dansk ikke er så godt.' },
      { text: 'She is 30. She no speak danish or english, write to manager.' },
      { text: 'Pigerne taler rumænsk og lidt engelsk, vores receptionist taler dansk.' },
      { text: 'Sprog: rumænsk 100 %, engelsk 15 %. Ring til Ana, 33.' },
      { text: 'Hej, Andreea her. Jeg taler kun rumænsk, sms på engelsk virker ikke.' },
      { text: 'Hi, Joy from Cebu. English no, Tagalog only, no problem for massage.' },
      { text: 'Jeg kom til Danmark i sommer og taler ingen engelsk, kun polsk.' },
      { text: 'Jeg er Mai fra Laos. Dansk og engelsk er ikke min stærke side.' },
      { text: 'Nueva en Vejle, hablo español, english un poquito.' },
      { text: 'Ny pige. Hun taler thai – engelsk kan hun ikke endnu.' },
      { text: 'I speak Tagalog and a tiny bit of English.' },
      { text: 'Me Nana from Ghana, english only small, sms please.' },
      { text: 'Говоря само руски и малко английски.' },
      { text: 'Sie spricht Deutsch und kaum Englisch.' },
      { text: 'Говорю по-русски и немного по-английски.' },
      { text: 'Small english. Kiss, massage, 1 hour 1000 kr.' },
      { text: 'Jam Arta nga Vlora, flas pak anglisht. Herning.' },
      { text: 'Ahoj, jsem Lenka z Brna. Anglicky jen trochu, česky a slovensky.' },
      { text: 'Hallo, ich bin Sandra aus Graz und spreche kaum Englisch.' },
      { text: 'Νέα στο Odense. Μιλάω μόνο ελληνικά, στείλε SMS.' },
      { text: 'Ela, 30. Δεν μιλάω αγγλικά, sorry.' },
      { text: 'As meninas não falam inglês, só português.' },
      { text: 'Las chicas no hablan inglés.' },
      { text: 'Je parle français et un peu anglais. Vejle.' },
      { text: 'Je parle français et wolof, anglais un peu.' },
      { text: 'Bisi no sabi English, only Yoruba.' },
      { text: 'Body massage.', languages: ['Kinesisk', 'Engelsk: nej'] },
      { text: 'Thai massage.', languages: ['Thai', 'Engelsk: lidt', 'Dansk: nej'] },
      { text: 'She speak little english. Incall in clean apartment.' },
      { text: 'Speak only russian and ukrainian, no english – please write sms with time.' },
      { text: 'Vera. Speak only – russian, sorry. Write sms.' },
      { text: 'Snakker lidt engelsk, ingen dansk – please sms.' },
      { text: 'Hun taler kun thai. Vi tilbyder massage.' },
      { text: 'Thai massage girl Kwan. No English, only Thai, sms please.' },
      { text: 'I speak only thai, little english, please send sms.' },
      { text: 'Massage and relax.', languages: ['rumænsk', 'lidt engelsk'] },
      { text: 'me no speak english good, we use google translate ok' },
      { text: 'My english little bit, please call and say what time.' },
      { text: 'english not so good, please sms' },
      { text: 'Sweet Ilona, 22. My english is very poor, please sms.' },
      { text: 'Lidia, 29, from Moldova. My english is zero, I speak romanian and russian.' },
      { text: 'Only text me please, my English speaking is very weak.' },
      { text: 'Ana 31. We talk with translate app, ok.' },
      { text: 'Vi taler dansk og engelsk i telefonen – damerne taler kun lidt engelsk.' },
      { text: 'Hun taler engelsk kun lidt, skriv sms.' },
      { text: 'Massage.', languages: ['Rumænsk', 'Engelsk (lidt)'] },
      { text: 'Sprog: rumænsk, engelsk (lidt). Ring eller sms.' },
      { text: 'I not speak danish, english only litle. 1 hour 1000.' },
      { text: 'Me Lucy, 27, Filipina. Only SMS, I not speak good English.' },
      { text: 'Hej, jeg Noi. Thai massage og hygge. Ring.', languages: ['Thai', 'Dansk (lidt)'] },
      { text: 'Massage.', languages: ['Rumænsk', 'lidt dansk'] },
      { text: 'Olie massage i Vejle.', languages: ['vietnamesisk', 'lidt dansk', 'lidt engelsk'] },
      { text: 'me no speak good english, sms only', languages: ['Thai', 'English', 'Dansk'] },
      { text: 'Sprog: thai, dansk (lidt). Ring.' },
      { text: 'Taler ikke dansk, kun lidt engelsk. Sød thai pige.' },
      { text: 'Hola! Hablo español y un poco de inglés. 1 hora 1200 kr.' },
      { text: 'Massage. Sprog: Español, Inglés (poco).' },
      { text: 'Mówię po polsku i trochę po angielsku. 1 godzina 1200 kr.' },
      { text: 'Nu vorbesc daneză, engleză puțin. Vejle.' },
      { text: 'Mluvím česky a trochu anglicky. Volejte.' },
      { text: 'Beszélek magyarul, kicsit angolul.' },
      { text: 'Unsere Lara aus Rumänien. Sie spricht nur Rumänisch und ein bisschen Deutsch.' },
      { text: 'Kasia ma 19 lat. Ona nie mówi po angielsku ani po duńsku.' },
      { text: 'Nikola, 22. Hovorí len po slovensky, žiadna angličtina.' },
      { text: 'Bruna, trans brasileira de 27 anos, chegou ontem em Aarhus. Ela só fala português.' },
      { text: 'Меня зовут Лена. Говорю по-русски и немного по-английски.' },
      { text: 'Девушки по-английски говорят плохо, звоните.' },
      { text: 'Я Аня. Я не говорю по-английски.' },
      { text: 'Катя, 23. По-английски не говорит, только SMS.' },
      { text: 'Меня зовут Света. Английский знаю плохо, пишите коротко.' },
      { text: 'Я Оксана, розмовляю англійською трохи.' },
      { text: 'Privet, ya Masha. Ne govoryu po-angliyski, tolko SMS.' },
      { text: 'Tanya, 25. Nemnogo po-angliyski, pishite.' },
      { text: 'Аз съм Ирина. Говоря само български и малко руски.' },
      { text: 'Алина, 26. Она говорит только по-русски.' },
      { text: 'Sunt Bianca. Nu vorbesc engleză.' },
      { text: 'Lana ist nur kurze Zeit hier. Sie spricht nur Ungarisch und ein bisschen Deutsch.' },
      { text: 'Ny tjej i stan! Hon pratar bara rumänska.' },
      { text: 'Solo hablo español. Llámame.' },
      { text: 'Ellas hablan español y poco inglés.' },
      { text: 'Soy Karla, 30 años. Hablo español y un poquito de inglés.' },
      { text: 'Hola amor, soy colombiana. Solo WhatsApp.', languages: ['Español', 'English (poquito)'] },
      {
        text: 'Bonsoir, je suis Aïcha, 29 ans. Je parle français seulement, pas anglais. Massage et plus à Vejle.',
      },
      { text: '我叫小雨，只会说普通话。请发短信。' },
      { text: 'Nok 30. พูดอังกฤษไม่ได้ SMS only.' },
      { text: 'Chị không nói được tiếng Anh, nhắn tin nhé.' },
      { text: '영어 못해요. 문자 주세요.' },
      { text: 'Mig Ploy, 39, god olie massage. Kun dansk lidt. Ring 12 34 56 78.' },
      { text: 'Zdravo, ja sam Mira. Govorim samo hrvatski, molim SMS.' },
      { text: 'Mira iz Zagreba. Govorim hrvatski i malo engleski.' },
      { text: 'Ich spreche Bulgarisch und nur wenig Englisch.' },
    ],
    negative: [
      { text: 'Ola (24) has no Danish number yet, so write on WhatsApp. She speaks English.' },
      { text: 'Ny i byen, ingen dansk telefon endnu – skriv på Telegram.' },
      { text: 'sweet lil thai girl, fluent english & dansk 😉' },
      { text: 'Mit dansk er ikke så godt, men mit engelsk er flydende.' },
      { text: 'She does not speak Danish or German, but her English is fluent.' },
      { text: 'I am Helle, we talk Danish or English zero problem, write me.' },
      { text: 'Jeg taler godt dansk og lidt engelsk; receptionen taler tysk.' },
      { text: 'Languages: Polish 100%, English 80%, Danish 40%. Ewa, 36.' },
      { text: 'Sofia fra Bukarest. Jeg taler ikke kun rumænsk, men også engelsk og tysk.' },
      { text: 'Hi, Nicole from Manila, English no problem, Tagalog too.' },
      { text: 'Hello from Hanoi, my English is not bad, call me.' },
      { text: 'Da jeg flyttede hertil, talte jeg intet dansk; nu taler jeg både dansk og engelsk godt.' },
      { text: 'I had no English when I came from Manila; now I speak it every day with my clients.' },
      { text: 'Jeg taler dansk og engelsk flydende, men tysk kan jeg ikke.' },
      { text: 'English is my strong side, dansk taler jeg også godt.' },
      { text: 'I speak English, un poquito de español también.' },
      { text: 'Говорю по-английски, не говорю по-датски.' },
      { text: 'Говорю по-английски хорошо и немного по-датски.' },
      { text: 'Говоря английски добре и малко датски.' },
      { text: 'Anglicky plynně, německy jen trochu. Lucie, Odense.' },
      { text: 'Ich spreche kaum Dänisch, aber fließend Englisch. Petra, Aarhus.' },
      { text: 'Flas shqip dhe anglisht shumë mirë. Aarhus C.' },
      { text: 'Μιλάω ελληνικά, αγγλικά και δανικά.' },
      { text: 'I am small english lady, 42, living in Odense for many years.' },
      { text: 'As meninas falam inglês muito bem.' },
      { text: 'Je parle français, anglais, un peu danois.' },
      { text: 'I sabi English well, no wahala.' },
      { text: 'My english is very good and my dansk is little. Massage in Aarhus.' },
      { text: 'Vi er to veninder og vi taler dansk, og min veninde taler lidt engelsk.' },
      { text: 'GFE.', languages: ['Dansk', 'Engelsk: nej'] },
      { text: 'Olie massage i Vejle, fast klinik.', languages: ['vietnamesisk', 'dansk', 'lidt engelsk'] },
      { text: '我会说中文、英语和一点丹麦语。' },
      { text: 'พูดไทย อังกฤษ และเดนมาร์ก' },
      { text: 'Jeg taler dansk flydende. 只会说一点点英语。' },
      { text: 'I speak very good English and I do not speak Danish yet, sorry.' },
      { text: 'Kein Englisch? Kein Problem – ich spreche Deutsch, Dänisch und Englisch 😊' },
      { text: 'Ingen engelsk? Intet problem – jeg taler dansk og tysk. Gitte, 49.' },
      { text: 'She speak english ok. Incall in clean apartment.' },
      { text: 'I speak good English and some Danish.' },
      { text: 'I am Danish, speak English too.' },
      { text: 'Taler dansk og engelsk. Klassisk massage.' },
      { text: 'I speak English and Spanish. No Danish, sorry.' },
      { text: 'SMS only, no calls. English or Danish.' },
      { text: 'Outcall only – Romanian Ana visiting Køge this week. English fine.' },
      { text: 'Massage.', languages: ['english', 'thai'] },
      { text: 'My English is good, Danish a little.' },
      { text: 'I speak Tagalog, English and a little Danish.' },
      { text: 'Massage.', languages: ['Dansk', 'Engelsk (flydende)'] },
      { text: 'Jeg taler svensk, engelsk og lidt dansk.' },
      { text: 'Massage.', languages: ['Thai', 'Engelsk', 'Dansk (lidt)'] },
      { text: 'I speak good English.', languages: ['Thai', 'Dansk (lidt)'] },
      { text: 'Massage.', languages: ['English (fluent)', 'lidt dansk'] },
      { text: 'Jeg taler godt dansk, thai og lidt engelsk. Massage i Vejle.' },
      { text: 'Jeg taler polsk, dansk og lidt engelsk.' },
      { text: 'Hablo español e inglés perfecto, también un poco de danés.' },
      { text: 'Mluvím česky, slovensky a anglicky. Praha, teď Aarhus.' },
      { text: 'Ich spreche Deutsch und Englisch, nur Termine mit Voranmeldung.' },
      { text: 'Mówię po polsku, duńsku i angielsku. Tylko u mnie.' },
      { text: 'Vi har 3 søde rumænske piger i Esbjerg. De taler lidt dansk og godt engelsk.' },
      { text: 'Я Анна. Говорю по-русски, по-английски и немного по-датски.' },
      { text: 'Говоря български, английски и датски.' },
      { text: 'Говорю по-английски хорошо и немного по-датски.' },
      { text: 'Говорю по-английски, немного по-датски.' },
      { text: 'Ya govoryu po-angliyski i po-datski, pishite.' },
      { text: 'Jeg er Nicole. Hablo español, English og lidt dansk.' },
      { text: 'Ich spreche Deutsch, Englisch und ein bisschen Dänisch.' },
      { text: 'Español, English, Italiano, and a little dansk.' },
      { text: "Kateryna, 33, from Ukraine. I don't speak Danish, but my English is good." },
      { text: 'Jeg taler ikke dansk, men mit engelsk er godt.' },
      { text: 'I know my English is not perfect but I hope you understand me good enough.' },
      { text: 'Moden dansk kvinde, 58, i Svendborg. Kun dansk – jeg taler ikke engelsk.' },
      { text: 'Je parle français, anglais et un peu danois. Aïcha, 29 ans, Vejle.' },
      { text: 'We hire girls for Aarhus. No English needed, we help with everything.' },
      { text: 'Sød dansk lidt buttet pige, 31, i Holbæk.' },
      { text: 'Taler engelsk flydende, dansk lidt.' },
      { text: 'My English speaking is very good, and I can write Danish too.' },
      { text: 'No translation app needed – I speak English and Danish.' },
      { text: 'Govorim srpski, engleski i malo danski. Outcall Aarhus.' },
      { text: 'Ich spreche fließend Dänisch und wenig Englisch.' },
    ],
  },
});
