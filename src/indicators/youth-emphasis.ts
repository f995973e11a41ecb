import type { Evidence } from '../shared/types.js';
import { fieldByPath, spanEvidence } from '../extract/evidence.js';
import { CHILD_BEFORE } from '../extract/age-guards.js';
import { HAN } from '../extract/asian-scripts.js';
import { detailsOf } from '../extract/index.js';
import { wishSentElsewhere } from './text/sent-elsewhere.js';
import { defineIndicator, type PreparedAd } from './define.js';
import { compileTerms, isNegated } from './text/match.js';
import { fieldMatches } from './text/rules.js';

// Youth words. "ung"/"unge" only as whole words, so "Ungarsk", "ungdom" and "Ungarn" stay out.
// "student" fires on its own: in this context it stresses youth (catalogue). Phrases as written:
// a letter may not touch them on either side (a digit may: "18young").
const YOUTH = compileTerms(
  [
    'meget ung',
    'ung pige',
    'ung dame',
    'ung kvinde',
    'ung og',
    'ung',
    // German "jung" ("Unsere Girls: jung, sexy"); "29 Jahre jung" is read by AGE_BEFORE. Declined
    // before her: "ein junges Mädchen aus Graz", "junge Frau"; "Junge" alone is also a boy.
    'jung',
    // "junges Mädchen", "junge Frau"; its plural before the persons: "Junge Mädchen aus Polen",
    // "junge Damen" (not "der Junge", a boy).
    'junges',
    // With a word between: "viele junge hübsche Girls", "junge, schlanke Frau".
    'junge,? (?:\\p{L}+,? )?(?:mädchen|damen|frauen|girls|ladies|studentinnen|frau|dame|lady|maus|studentin|blondine|brünette)',
    // Before her name: "die junge Vanessa (22)", "unsere junge Kasia". After "die" or "unsere" it is
    // the adjective (the boy is "der Junge").
    '(?:die|unsere) junge \\p{L}+',
    'unge',
    'ungpige',
    'lille pige',
    // With a word between: "Lille thai pige 20 år", "lille søde pige"; or written as one word:
    // "sød lille thaipige".
    'lille \\p{L}+ pige',
    'lille \\p{L}+pige',
    'pigebarn',
    'teen',
    'teens',
    'teenager',
    'teenage',
    'barely legal',
    'just legal',
    'just turned 18',
    'lige fyldt 18',
    'young',
    // Texted without vowels: "all yng & pretty".
    'yng',
    'younger',
    'very young',
    'young girl',
    'little girl',
    'schoolgirl',
    'school girl',
    'skolepige',
    'student',
    'studerende',
    // Danish for a female student ("Sød og frisk studine"), also plural: "søde studiner".
    'studine(?:r|rne)?',
    // A student told without the word: "læser på uni", "går på universitetet", "studerer på CBS",
    // "lidt ekstra ved siden af SU'en" (the state grant students live on).
    '(?:læser|studerer|går) (?:på|ved) (?:uni|universitetet|cbs|ku|au|sdu|dtu|ruc|aau|itu|seminariet|handelshøjskolen)',
    "ved siden af (?:su|su'en|suen|studiet|studierne)",
    // The same in German: "Ich studiere in Flensburg", "und studiere an der Uni", "neben dem Studium"
    // (not "ich studiere gern deinen Körper").
    'studiere (?:in|an|hier|noch|gerade|nebenbei)',
    'neben (?:dem|meinem) studium',
    // A student in visitors' languages: étudiante, estudiante, studentka, Studentin, studentessa.
    'étudiante',
    'estudiante',
    'studentka',
    'studentin',
    'studentessa',
    // Russian and Ukrainian: a student, a very young one ("Молоденькая студентка", "юна").
    'студентка',
    'студенточка',
    'молоденькая',
    'молоденькие',
    'молоденька',
    'юная',
    'юна',
    'molodenkaya',
    // Vietnamese "sinh viên" and Korean "학생" (student).
    'sinh viên',
    '학생',
    // Spanish and Portuguese: "muy jovencita", "novinha" (Brazilian for a very young girl).
    'jovencita',
    'jovencitas',
    'muy joven',
    // "joven" alone as "jung", "young" and "giovane" ("22 años, joven y dulce", "chica joven"),
    // Portuguese "jovem"; "joven de espíritu" is AT_HEART.
    'joven',
    'jóvenes',
    'jovenes',
    'jovem',
    'jovens',
    // Lithuanian "labai jauna" (very young), "jauna mergina" (a young girl).
    'labai jauna',
    'jauna mergina',
    // Lithuanian "studentė" (a female student: "studentė iš Vilniaus"); its own letter ends it, so
    // "student" alone does not reach it.
    'studentė',
    // Romanian "tânără" (a young woman; "tanara" as typed without diacritics, "tînără" in the old
    // spelling), "tinerică" (a very young one), "studentă"; Bulgarian "млада" (young, feminine),
    // "младичка"; Hungarian "fiatal lány" (a young girl), "diáklány" (a schoolgirl or student girl).
    'tânără',
    'tînără',
    'tanara',
    'tinerică',
    // Romanian plural "fete tinere" (young girls).
    'tinere',
    'tinerica',
    'studentă',
    'млада',
    'младичка',
    // Czech and Slovak "mladá" (young, feminine), "mladičká"; Polish "młoda", "młodziutka";
    // Serbo-Croatian "mlada" only before a girl ("mlada devojka"): alone it is also "bride". The
    // student: Slovak "študentka", Croatian "studentica".
    'mladá',
    // The plural: "mladé holky" (young girls); Polish "młode" is below.
    'mladé',
    'mladičká',
    'mladicka',
    'młoda',
    // Its plural: "młode i zadbane" (young and well-kept), "młode dziewczyny"; not "młode lata"
    // (her young years, gone).
    'młode(?! (?:lata|latka|serce|duchem)(?![\\p{L}]))',
    'młodziutka',
    'mlada (?:devojka|djevojka|cura|žena|zena)',
    'študentka',
    'studentica',
    'fiatal lány',
    // Hungarian "fiatal" (young) before any word: "fiatal magyar lány"; "fiatalos" (youthful) is
    // another word and stays out.
    'fiatal',
    'diáklány',
    'novinha',
    'novinhas',
    // Italian "giovane" (young), "giovanissima" (very young); Greek "νεαρή" (young, feminine:
    // "Νεαρή Ελληνίδα"), "νεαρούλα" (a very young one). Not "νέα": also "new" ("νέα φωτογραφία").
    'giovane',
    'giovanissima',
    'giovanissime',
    'νεαρή',
    'νεαρες',
    'νεαρές',
    'νεαρούλα',
    'college girl',
    // The same at a university: "Swedish uni girl", "university girl"; and studying in a named town
    // or school: "studying in Copenhagen", "studying at CBS" (not "studying your body").
    'uni girl',
    'university girl',
    'studying (?:in|at) (?:uni|university|the university|college|copenhagen|københavn|aarhus|odense|aalborg|cbs|dtu|ku|sdu|ruc|itu)',
    // A look of 18 or 19 stated: "Mine venner siger, jeg ligner en på 19", "I look like 18".
    'ligner en på 18',
    'ligner en på 19',
    'looks like 18',
    'looks like 19',
    'look like 18',
    'look like 19',
    // The same in Danish with "se ud": "23 – ser ud til at være 18", "ser ud som 19".
    'ser ud til at være 18',
    'ser ud til at være 19',
    'ser ud som 18',
    'ser ud som 19',
    'ser ud som en på 18',
    'ser ud som en på 19',
    'lolita',
  ].sort((a, b) => b.length - a.length),
  { style: 'phrases' },
);
/**
 * Idioms of mood, not age: young at heart / in spirit / minded, ung af sind / i sindet / i hjertet,
 * German "jung geblieben" (stayed young), "jung im Herzen", Swedish "ung i själen", Italian "giovane
 * dentro", "giovane di spirito", Spanish "joven de espíritu", Romanian "tânără la suflet",
 * Hungarian "fiatal lélekkel", Danish "ung til sindet", "ung i sjælen", and "in spirit" in
 * the Slavic languages: "mladá duchom", "młoda duchem", "млада духом".
 */
const AT_HEART =
  /^(?:\s+(?:at heart|of heart|in (?:spirit|mind|heart)|af sind|i sind(?:et)?|i hjertet|til sind(?:s|et)?|i sjælen|geblieben|im herzen|i själen|duchom|duchem|duhom|духом|di spirito|dentro|nello spirito|nel cuore|de espíritu|de espiritu|de corazón|de corazon|de alma|de esp[ií]rito|de cora[cç][aã]o|la suflet|lélekben|lélekkel)|[\s-]*(?:minded|spirited|sindet)(?![\p{L}]))/iu;

/** "Forever young", "for evigt ung", "ewig jung": a motto or a song title, not her age. */
const FOREVER_BEFORE = /(?<![\p{L}])(?:forever|for evigt|evigt|evig|ewig|för evigt)\s+$/iu;

/**
 * Words about the clients, not the person: "unge mænd og studerende velkomne", "young clients",
 * "students welcome", "Unge og uerfarne mænd er velkomne", "Studerende og pensionister får en lille
 * rabat",
 * "studenterrabat", "student discount", "a valid student card". Right after the youth word (up to two words between, "og
 * studerende", "unge og modne mænd"), or a discount word right after it. Also with an age limit
 * between: "Studerende og unge under 25 får rabat", "young guys up to 25 get a discount". A discount
 * after a colon or dash is theirs too: "Studerende og pensionister: spørg om rabat", "Students – 10%
 * discount" (only the discount there: "Ung studerende: tilbud i dag" may be hers).
 */
const ABOUT_CLIENTS =
  /^(?:[\s,]+(?:og|and|&|eller|or|er|are|is|også|also|meget|very|modne|mature|ældre|older|gamle|old|lige|equally|alike|danske|danish|studerende|students?|unge|young|uerfarne|inexperienced|generte|shy|nervøse|nervous|pensionister|pensioners|seniorer|seniors|får|get|gets|en|a|lille|small|little|\d{1,2}\s?%|(?:under|op til|up to|below)\s\d{2}(?:\s?år)?)){0,6}(?:[\s,-]+(?:mænd|mand|men|man|guys|gutter|fyre|drenge|boys|herrer|gentlemen|gents|kunder|clients|customers|gæster|guests|rabat|discount|pris|price|tilbud|offer|velkomne|velkommen|welcome|card|cards|id|kort|kortet)|\s*[:–—-]\s*(?:(?:spørg|ask)\s+(?:om|efter|for|about)\s+(?:en\s+|a\s+)?|\d{1,2}\s?%\s*)?(?:rabat|discount))(?![\p{L}])|^(?:rabat|discount)/iu;
/**
 * The house's own persons, not its clients: "Our young gentlemen (21-27) are well-educated", "vores
 * unge fyre kører ud til dig" (men's words are also the clients' words, see ABOUT_CLIENTS).
 */
const OURS_BEFORE = /(?<![\p{L}])(?:our|vores)\s+$/iu;
const OUR_MEN_AFTER = /^\s+(?:gentlemen|gents|guys|boys|men|fyre|drenge|mænd|herrer)(?![\p{L}])/iu;
/** "Young or old, respect matters", "unge og gamle": all ages of clients. */
const OR_OLD_AFTER = /^\s*(?:or|eller|og|and|&|\/)\s*(?:old|older|gamle|ældre|mature|modne)(?![\p{L}])/iu;
/** A list of the clients: "Mange af mine kunder er pendlere, studerende fra RUC". */
const CLIENTS_LISTED_BEFORE =
  /(?<![\p{L}])(?:kunder|clients|customers|gæster|guests|gentlemen)(?![\p{L}])[^.!?;]{0,60}$/iu;

const YOUNGER = /^(?:younger|yngre)$/iu;
const YEARS_BEFORE = /(?:years?|år)\s+$/iu;
/** An age in years right before the youth word: "43 years young", "50 år ung", "29 Jahre jung". */
const AGE_BEFORE =
  /(?:(?<!\d)\d{2}|(?<![\p{L}])(?:twenty|thirty|forty|fifty|sixty|tyve|tredive|fyrre|halvtreds|tres)(?:[\s-]\p{L}+)?)\s*(?:years?|yrs?|år|jahre)\s+$/iu;

/**
 * A time gone by: "I came to Aarhus as a student 15 years ago", "da jeg var ung", "when I was a
 * student", "som ung student i 90'erne", "a student in Rome in the nineties": the person then, not now.
 */
const PAST_AFTER =
  /^[^.!?\n]{0,40}?(?<![\p{L}])(?:years? ago|år siden|back then|dengang|long ago|a long time ago|for længe siden|(?:i|in|in the)\s+(?:19|20)?\d0['’]?(?:erne|s)|in the (?:sixties|seventies|eighties|nineties|noughties)|i (?:tresserne|halvfjerdserne|firserne|halvfemserne|nullerne))(?![\p{L}])|^\s+(?:days|life|years|tid|tiden|dage|år)\s+(?:are|is|were|er|var)\s+(?:long\s+)?(?:over|gone|behind me|forbi|slut)/iu;
/**
 * The client addressed: "Er du en ung fyr …?", "Are you a young man …". "er du" as a word of its
 * own: "Hos os finder du unge piger" (a verb ending in -er) offers the women, it asks no client.
 */
const CLIENT_BEFORE =
  /(?<![\p{L}])(?:er du|are you|hvis du er|if you are|if you're)\s+(?:en\s+|et\s+|a\s+|an\s+)?(?:\p{L}+\s+)?$/iu;
const PAST_BEFORE =
  /(?:when i was|da jeg var|dengang jeg var|back when i was|as a former)\s+(?:a\s+|an\s+|en\s+)?(?:\p{L}+\s+)?$/iu;
/**
 * What she was once: "Ex-student of ballet academy", "former student", "tidligere studerende", also
 * with the field between: "a former ballet student", "tidligere medicinstuderende" is one word.
 * "ex" only with a space or hyphen after it: "an exchange student" is a student now.
 */
const FORMER_BEFORE =
  /(?<![\p{L}])(?:ex(?=[\s-])|former|tidligere|forhenværende|fhv\.?|ehemalige)[\s-]*(?:\p{L}+\s+)?$/iu;
/**
 * Danish "som ung" (when young) telling a past: "Som ung boede jeg fem år i Accra", "som ung pige
 * drømte jeg om Paris". In the present it is her youth now ("Som ung studerende tilbyder jeg …").
 */
const AS_YOUNG_BEFORE = /(?<![\p{L}])som\s+$/iu;
const PAST_VERB_AFTER =
  /^\s+(?:\p{L}+\s+)?(?:boede|var|havde|arbejdede|gik|fik|kom|tog|blev|rejste|flyttede|lærte|drømte|dansede|levede|spillede|studerede|læste|sang|mødte|elskede)(?![\p{L}])/iu;
/**
 * Her young days, told as a time gone by: "Jeg lærte massage i mine unge dage", "in my young
 * days", "i sine unge år": the person then, not now.
 */
const MY_BEFORE = /(?<![\p{L}])(?:i|in)\s+(?:mine|my|hendes|her|sine)\s+$/iu;
const DAYS_AFTER = /^\s+(?:dage|år|days|years)(?![\p{L}])/iu;
/** "Jeg har været ung engang", "I was young once": the past with "once" after it. */
const WAS_BEFORE =
  /(?<![\p{L}])(?:i was|i've been|i have been|jeg var|jeg har været|she was|hun var|hun har været)\s+(?:a\s+|an\s+|en\s+)?(?:\p{L}+\s+)?$/iu;
const ONCE_AFTER = /^[^.!?\n,–—]{0,24}?(?<![\p{L}])(?:once|engang)(?![\p{L}])/iu;
/**
 * A school-leaving exam taken long ago: Danish "blev student i 2005" (passed the upper-secondary
 * exam), "student fra 1998", "graduated in 2004".
 */
const EXAM_BEFORE = /(?<![\p{L}])(?:blev|became)\s+$/iu;
const EXAM_YEAR_AFTER = /^\s+(?:i|in|fra|from|class of)\s+(?:19|20)\d\d(?!\d)/iu;
/**
 * A discount or a welcome for students: "10 % for studerende", "rabat til studerende", Vietnamese
 * "giảm giá cho sinh viên".
 */
const FOR_STUDENTS_BEFORE = /(?<![\p{L}])(?:for|til|cho)\s+$/iu;
const STUDENT_WORD = /^(?:student|students|studerende|studiner|studinerne|sinh viên|학생)$/iu;
/**
 * An age range that starts at 18 or 19, as a house gives its women's ages: "Our ladies are between
 * 18 and 23 years", "piger på 19–24 år", "18-22 y.o.". Not the clients' ("Mænd 18-30 år er
 * velkomne", "for guys aged 19 to 25 years", MEN_BEFORE), nor opening hours ("Åbent 18-24": a unit
 * of years must follow).
 */
const AGE_RANGE = compileTerms([
  '(?:18|19) ?(?:[-–]|og|and|til|to) ?[2-4]\\d ?(?:år|years?|yrs|y\\.? ?o\\.?|yo)',
]);
const MEN_BEFORE =
  /(?<![\p{L}])(?:mænd|mand|men|man|guys|fyre|herrer|drenge|boys|gutter|kunder|clients|customers|gentlemen|gæster|guests)(?![\p{L}])[^.!?;\n]{0,32}$/iu;
/** "Studerende? Vis dit studiekort og få rabat": the client asked, or his student card. */
const CLIENT_STUDENT_AFTER =
  /^[^.!\n]{0,50}?(?<![\p{L}])(?:studiekort|studiekortet|student card|student id|student discount|studierabat|studenterrabat)(?![\p{L}])/iu;
/**
 * Students she teaches are others: "Jeg underviser også studerende på massørskolen", "I teach
 * students", in every tense: "har undervist studerende i tantra", "elsker at undervise studerende",
 * "har uddannet studerende", "mentored students".
 */
const TEACHES_BEFORE =
  /(?<![\p{L}])(?:underviser|underviste|undervist|undervise|uddanner|uddannet|uddanne|vejleder|vejledt|vejlede|teach|teaches|teaching|taught|tutor|tutors|tutored|mentor|mentors|mentored)\s+(?:\p{L}+\s+)?$/iu;
/**
 * Young women the client is tired of, set against her: "Er du træt af at ringe til en ung pige, der
 * kigger på uret?", "Tired of young girls in a hurry?" (a mature woman's ad, not her youth).
 */
const TIRED_OF_BEFORE =
  /(?<![\p{L}])(?:træt af|led og ked af|tired of|sick of|fed up with|bored of|bored with)(?![\p{L}])[^.!?\n]{0,32}$/iu;
/** Looks, not age: "young-looking", "ungt udseende" beside a stated age of 25 or more. */
/**
 * The Czech town Mladá Boleslav, declined: "jsem z Mladé Boleslavi", "Mladá Boleslav – Odense":
 * a place she comes from, not "young".
 */
const TOWN_AFTER = /^\s+boleslav/iu;
/**
 * A Korean given name: "Young-mi", "Young-hee", "Young-ja" (the syllable after the hyphen is part
 * of her name, not "young"). "young-looking" is read by LOOKS_AFTER.
 */
const KOREAN_NAME_AFTER =
  /^-(?:mi|hee|hui|ja|ae|sook|suk|ok|ah|eun|jin|min|soon|sun|hwa|ran|na|ji|ju|seon|hye|yeon|yeong)(?![\p{L}])/iu;
const LOOKS_AFTER = /^[\s-]*(?:looking|udseende)(?![\p{L}])/iu;
const LOOKS_BEFORE = /(?:looks?|ser)\s+$/iu;
/**
 * Youth words in Chinese and Japanese, written without spaces, so a match may start inside a run of
 * letters: "年轻漂亮" (young and pretty, also "年輕", "年青"), "学生妹" (student girl), Japanese
 * "若い" (young), "女子大生" (a college girl). Not "不年轻" (not young), "年轻人" (young people, as
 * often the clients), nor "年轻时", "若い頃" (when she was young).
 */
const UNSPACED_YOUTH =
  /(?<!不)(?:年轻|年輕|年青)(?!人|时|時|的时候)|学生妹|學生妹|若い(?!頃|ころ|時)|女子大生/gu;
// The services too: a "Skolepige-rollespil" offered stresses youth as the text would.
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'text',
  ...Array.from({ length: 32 }, (_, i) => `services[${i}]`),
]);

function detect(ad: PreparedAd): Evidence[] {
  const out: Evidence[] = [];
  const age = detailsOf(ad).age;
  for (const a of detailsOf(ad).ages) {
    if (a.age !== 18 && a.age !== 19) continue;
    const f = fieldByPath(ad.fields, a.path);
    if (f) out.push(spanEvidence(f, a.start, a.end));
  }
  for (const { field: f, start, end } of fieldMatches(ad, YOUTH, TEXT_FIELDS)) {
    // "Jeg er hverken ung eller ny", "I don't do schoolgirl or teen roleplay", "ikke længere ung".
    if (isNegated(f.text, start, end)) continue;
    if (PAST_AFTER.test(f.text.slice(end, end + 56))) continue;
    if (PAST_BEFORE.test(f.text.slice(Math.max(0, start - 24), start))) continue;
    if (FORMER_BEFORE.test(f.text.slice(Math.max(0, start - 32), start))) continue;
    if (
      MY_BEFORE.test(f.text.slice(Math.max(0, start - 12), start)) &&
      DAYS_AFTER.test(f.text.slice(end, end + 8))
    )
      continue;
    if (
      AS_YOUNG_BEFORE.test(f.text.slice(Math.max(0, start - 8), start)) &&
      PAST_VERB_AFTER.test(f.text.slice(end, end + 24))
    )
      continue;
    if (wishSentElsewhere(f.text, start, end)) continue;
    if (
      WAS_BEFORE.test(f.text.slice(Math.max(0, start - 32), start)) &&
      ONCE_AFTER.test(f.text.slice(end, end + 32))
    )
      continue;
    if (CLIENT_BEFORE.test(f.text.slice(Math.max(0, start - 32), start))) continue;
    const before = f.text.slice(Math.max(0, start - 40), start);
    if (EXAM_BEFORE.test(before) || EXAM_YEAR_AFTER.test(f.text.slice(end, end + 16))) continue;
    if (CHILD_BEFORE.test(before)) continue;
    if (TIRED_OF_BEFORE.test(before)) continue;
    if (
      STUDENT_WORD.test(f.text.slice(start, end)) &&
      (FOR_STUDENTS_BEFORE.test(before) ||
        TEACHES_BEFORE.test(before) ||
        CLIENT_STUDENT_AFTER.test(f.text.slice(end, end + 60)))
    )
      continue;
    if (
      age !== null &&
      age >= 25 &&
      (LOOKS_AFTER.test(f.text.slice(end, end + 12)) || LOOKS_BEFORE.test(before))
    )
      continue;
    if (TOWN_AFTER.test(f.text.slice(end, end + 12))) continue;
    if (KOREAN_NAME_AFTER.test(f.text.slice(end, end + 8))) continue;
    // "young at heart", "ung af sind" speak about a mood, not an age.
    if (AT_HEART.test(f.text.slice(end, end + 24))) continue;
    // "Forever young 🎸", "evigt ung": a motto or a song, not an age.
    if (FOREVER_BEFORE.test(before)) continue;
    // "they feel ten years younger", "ti år yngre": a comparison, not her age.
    if (
      YOUNGER.test(f.text.slice(start, end)) &&
      YEARS_BEFORE.test(f.text.slice(Math.max(0, start - 8), start))
    )
      continue;
    // "43 years young", "50 år ung": a joke about an age stated as not young.
    if (AGE_BEFORE.test(f.text.slice(Math.max(0, start - 16), start))) continue;
    // "unge mænd velkomne", "student discount": the clients, or a price, not the person.
    if (
      ABOUT_CLIENTS.test(f.text.slice(end, end + 48)) &&
      !(
        OURS_BEFORE.test(f.text.slice(Math.max(0, start - 8), start)) &&
        OUR_MEN_AFTER.test(f.text.slice(end, end + 16))
      )
    )
      continue;
    if (OR_OLD_AFTER.test(f.text.slice(end, end + 16))) continue;
    if (CLIENTS_LISTED_BEFORE.test(f.text.slice(Math.max(0, start - 80), start))) continue;
    out.push(spanEvidence(f, start, end));
  }
  for (const { field: f, start, end } of fieldMatches(ad, AGE_RANGE, TEXT_FIELDS)) {
    const before = f.text.slice(Math.max(0, start - 40), start);
    if (isNegated(f.text, start, end) || MEN_BEFORE.test(before) || CLIENT_BEFORE.test(before)) continue;
    if (ABOUT_CLIENTS.test(f.text.slice(end, end + 48))) continue;
    out.push(spanEvidence(f, start, end));
  }
  for (const f of ad.fields) {
    if (f.source !== 'ad' || !TEXT_FIELDS.has(f.path) || !HAN.test(f.text)) continue;
    UNSPACED_YOUTH.lastIndex = 0;
    for (let m = UNSPACED_YOUTH.exec(f.text); m !== null; m = UNSPACED_YOUTH.exec(f.text))
      out.push(spanEvidence(f, m.index, m.index + m[0].length));
  }
  return out;
}

export const indicator = defineIndicator({
  id: 'youth-emphasis',
  kind: 'text',
  labels: { da: 'Fremhævet ungdom', en: 'Youth emphasised' },
  descriptions: {
    da: 'Annoncen fremhæver ungdom: oplyst alder 18 eller 19, eller ord som "ung", "teen", "student", "skolepige".',
    en: 'The ad stresses youth: a stated age of 18 or 19, or words such as "young", "teen", "student", "schoolgirl".',
  },
  defaultWeight: 3,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { text: 'sexy yng grl 4 u' },
      { text: 'Ung pige i Sjælland, sød og frisk. Ring til Mia.' },
      { text: 'Ung og frisk for evigt – Mia, ny i Vejle.' },
      { text: 'Labas, aš Rūta, studentė iš Vilniaus, susitikimai Odense.' },
      { text: 'Maja, 24, men alle siger jeg ser ud som en på 18.' },
      { text: 'Hos os i Aalborg: Irina (nineteen) og Dasha (31), ring til receptionen.' },
      { text: 'Søger du en ung pige? Så har du fundet hende – Mia, 20, Vejle.' },
      { text: 'Norwegian uni girl Ida, 23, a little extra on the side. Frederiksberg.' },
      { text: 'Hi, Emma here, 24, studying at DTU and meeting gentlemen in Lyngby.' },
      { text: 'Hello from Busan, I am Soo-ah, 26, young and sweet. Korean massage.' },
      { text: 'Junge Damen aus Polen erwarten dich.' },
      { text: 'Młode i zgrabne panie w Aarhus.' },
      { text: 'Ciao, sono Marta, giovane e dolce, ricevo a Kolding.' },
      { text: 'Soy Carla, cubana, joven y muy dulce, te espero en Aarhus.' },
      { text: 'Νεαρή φοιτήτρια στο Aarhus, μόνο outcall.' },
      { text: 'Hej, Line her. Jeg går på uni i Odense og tjener lidt ved siden af studiet.' },
      { text: 'Ahoj, som Zuzka, mladá a milá, Aarhus centrum.' },
      { text: 'Mlada devojka Ana, 21, Odense.' },
      { text: 'Træt af hverdagen? Ung pige på 20 giver dig et frisk pust i Vejle.' },
      { text: 'Юная студентка Лиза ждёт тебя в центре.' },
      { text: 'Sød studerende fra Aarhus, 22, har undervist lidt i dans før.' },
      { text: 'Ung og uerfaren pige, 20, søger søde mænd.' },
      { text: 'Sweet student in Aarhus, evenings only.' },
      { text: 'Club Grenzland. Unsere Girls: jung, sexy, verspielt.' },
      { title: 'Ung dansk pige 18 - Esbjerg', text: 'Jeg hedder Sara.' },
      { text: 'Sød student, 20 år, tjener lidt ekstra.' },
      { text: 'Sød og frisk studine søger søde mænd i Aarhus.' },
      { text: 'Hello, barely legal and shy, GFE only.' },
      { text: 'Kira, 19 år, fra Bulgarien.' },
      { text: 'Hej, jeg er en 19-årig dansk pige fra Aalborg.' },
      { text: 'New girl Diana 🇷🇴 19 in Odense, sweet and naughty.' },
      { text: 'Massage og GFE.', age: '19' },
      { text: 'Sweet schoolgirl outfit and teen look.' },
      { text: 'Lille pige søger generøs mand.' },
      { text: 'Lille thai pige 20 år, ny i Randers.' },
      { text: 'Sød lille filippinerpige, 23, ny i Horsens.' },
      { text: 'Bonjour ! Chloé, étudiante en art, à Copenhague.' },
      { text: 'Ung fyr, 24 år, slank og sød, Aarhus C. Massage og kys.' },
      { text: 'Sød nybagt student, 19, ny i Aalborg.' },
      { text: 'Young-looking and petite, just turned 20, from Vietnam.' },
      { text: 'Soy Valentina, 20 añitos, muy jovencita y cariñosa.' },
      { text: 'Novinha brasileira em Aarhus.' },
      { text: 'Aš Milda, lietuvaitė, labai jauna ir graži.' },
      { text: 'Freja, 32. Mine venner siger, jeg ligner en på 19.' },
      { text: 'Ida, 35, kinky kvinde.', services: ['Latex', 'Skolepige-rollespil'] },
      { text: "I want to be honest with you: I'm actually only 19, but people say I look older." },
      { text: 'Som ung studerende tilbyder jeg afslappende massage i Aalborg.' },
      { text: 'Nina, 20, a ballet student from Riga.' },
      { text: 'Em là sinh viên, dễ thương, ở Aarhus.' },
      { text: '저는 학생, 귀여운 여자예요.' },
      { text: '新来的小美，年轻可爱，在奥胡斯等你。' },
      { text: 'Hej, jeg hedder Maja og er lige blevet nitten 🙈 Kun i Odense.' },
      { text: 'Looking for a sweet teen? I am Nina, 19, and I am here all week.' },
      { text: 'Jeg laver gerne rollespil med uniform, skolepige eller sygeplejerske.' },
      { text: 'Ung pige under 25, slank og sød, i Odense C.' },
      { text: 'Hi, Greta, 23, an exchange student from Vilnius, only evenings.' },
      { text: 'Tânără și veselă, Ioana, 23 de ani, te aștept în Odense.' },
      { text: 'Tanara romanca, 22, Aarhus C, sună-mă.' },
      { text: 'Здравей, аз съм Мира, млада и нежна, в Århus.' },
      { text: 'Fiatal lány Budapestről, Kata, most Vejlében.' },
      { text: 'På Lotus Spa møder du unge thailandske damer hver dag.' },
      { text: 'Servus, ich bin Nina, ein junges Mädchen aus Linz, neu in Aalborg.' },
      { text: 'Szia, Dóri vagyok, fiatal és vidám, Odense.' },
      { text: 'Salon Lux: fete tinere și drăguțe, Aarhus.' },
      { text: 'U nás mladé slečny z Moravy, Aalborg.' },
      { text: 'Hola, soy Lucía, una chica joven y dulce de Lima.' },
      { text: 'Escort Fyn: vores studiner kører ud til dig.' },
      { text: 'Hos os finder du damer mellem 18 og 24 år fra hele Europa.' },
      { title: 'New models 19–23 y.o. Aalborg', text: 'Write to the manager.' },
      { text: 'Bei uns wartet die junge Alina (21) auf dich.' },
      { text: 'Viele junge, schlanke Damen aus Ungarn.' },
      { text: 'Hej, ich bin Ida und studiere an der Uni in Odense.' },
      { text: 'Ung studerende: sød, frisk og nysgerrig, 22 år.' },
      { text: 'Gents of Aarhus: our young boys (21-26) visit ladies at home.' },
    ],
    negative: [
      { text: 'Hello, I am Young-hee from Daegu, 44. Korean massage and hot stone in Aalborg.' },
      { text: 'Lotte, 46: studying your body slowly is what I do best.' },
      { text: 'yngre mænd velkomne, moden dame 45' },
      { text: 'Hej, jeg er Hana, 48 år, slovakisk og ung til sindet. Rolig massage i Vejle.' },
      { text: 'Dobrý večer, jsem Eva, 37 let, původem z Mladé Boleslavi, žiju v Randers.' },
      { text: 'Bente, 49, ser ud til at være 40 og har 20 års erfaring.' },
      { text: 'Looking for a young girl? Then it is not me, darling – Kirsten, 51, mature and curvy.' },
      { text: 'Søger du en ung pige? Så er du forkert her. Jeg er Lone, 47.' },
      { text: 'Młode lata mam za sobą, jestem dojrzałą kobietą.' },
      { text: 'Mein Junge ist schon erwachsen, ich habe Zeit für dich.' },
      { text: 'Donatella, 55 anni, giovane dentro e piena di energia.' },
      { text: 'Rosa, 48, joven de espíritu, vivo en Odense hace años.' },
      { text: 'Νέα φωτογραφία! Ελένη, 38, Odense.' },
      { text: '我不年轻了，50岁，经验丰富，欢迎年轻人。' },
      { text: 'Jeg læste på uni for mange år siden, i dag er jeg 52 og nyder livet.' },
      { text: 'Скидка 10% для студентов, Лена 38.' },
      { text: 'Moden Lone, 55. Unge og uerfarne mænd er velkomne.' },
      { text: 'Hanh, 57. I mine unge dage dansede jeg ballet i Hue, nu giver jeg rolig massage.' },
      { text: 'Lin, 49: I learnt reflexology in my young days in Taipei.' },
      { text: 'Karin, 48. Studerende og pensionister får en lille rabat.' },
      { text: 'Jeg er ikke 19 længere 😄 Hanne, 47 år, rolig og erfaren.' },
      { text: 'Ich bin nicht mehr 18 – Heike, 52 Jahre.' },
      { text: 'Giảm giá cho sinh viên: 10 %.' },
      { text: 'Jeg var studerende i Aarhus i halvfemserne – nu er jeg 49 og tager imod i Viby.' },
      { text: 'Ich bin Sabine, 46 und jung geblieben. Hallo Jungs!' },
      { text: 'Mandy, 29 Jahre jung, freut sich auf dich.' },
      { text: 'Ungarsk kvinde, 38 år, bor fast i Helsingør.' },
      { text: 'Freja, 21 år, dansk. Massage, GFE, kys.' },
      { text: 'Moden kvinde, 52, ikke ung men erfaren.' },
      { text: 'Træt af at booke en ung pige med travlt? Jeg er Hanne, 49, og tager mig god tid.' },
      { text: 'Tired of young girls watching the clock? Meet Carla, 55.' },
      { text: 'Massage og GFE. Kun 18+ kunder.', age: '34' },
      { text: 'Mette, 45. Også 18-årige kunder er velkomne.' },
      { text: 'Mia 🌹 34, Odense. Tag Bus 19 til døren. Åbent 18-24, KUN 18+.' },
      { text: 'Hi, I am Larisa, 21 years. Young at heart.' },
      { text: 'Forever young ✨ Mature Birgit, 49, loves jazz and long dinners.' },
      { text: 'Evigt ung af sjæl og krop – Hanne, 51, Vejle.' },
      { title: 'Moden dansk kvinde – ung af sind', text: 'Jeg hedder Birthe, 56 år, dansk og ung af sind.' },
      { text: 'Jsem Věra, 51 let, zralá žena, mladá duchem. Vejle.' },
      { text: 'Mlada i Ivan se vjenčali u Splitu. Jeg er Vesna, 45, massage.' },
      { text: 'Irina, 47, young in spirit and open-minded.' },
      { text: 'Lone, 52, ung i sindet og glad.' },
      { text: 'Birgitte, 58, moden og ung i sjælen. Kaffe og god tid i Ringsted.' },
      { text: 'Mette, 45. Unge mænd og studerende er velkomne.' },
      { text: 'Lisa, 38, from Sweden. Student discount for young clients.' },
      { text: 'Mature Danish lady, 43 years young 😉, GFE and massage.' },
      { text: 'Jeg er 50 år ung og elsker livet.' },
      { text: 'Lille hyggelig lejlighed i Vejle, moden kvinde 45.' },
      { text: "I'm Jasmin, thirty years young 😉 One hour 1.200,-" },
      { text: "Please note: I don't do schoolgirl or teen roleplay. Amalie, 27." },
      { text: 'Jeg er hverken ung eller ny – og det er netop pointen. Jytte, 61.' },
      { text: 'I came to Aarhus as a student 15 years ago, and now I run my own business.' },
      { text: 'Da jeg var ung studine boede jeg i Odense. I dag er jeg 52.' },
      {
        text: 'Er du en ung fyr der drømmer om en erfaren kvinde? Jeg er Hanne, 51. Studerende får 10% rabat.',
      },
      { text: 'Mette her, født 1986. Jeg blev student i 2005 og arbejder i sundhedssektoren.' },
      { text: 'Lene, 41, mor til en teenager, så jeg arbejder kun i dagtimerne.' },
      { text: 'Birgitte, 45. Studierabat: 10 % for studerende med gyldigt studiekort.' },
      { text: "Hi, I'm Trine, 35 and young-looking – people usually guess 25." },
      { text: 'Mia, 27. Ja: fyre på 18 eller 19 år, der er nervøse før første gang, er velkomne.' },
      { text: 'Unge og gamle er lige velkomne, bare de er høflige.' },
      { text: 'I like gentlemen 25–60. Young or old, respect is the most important.' },
      { text: 'Mange af mine kunder er pendlere, studerende fra RUC og ældre herrer.' },
      { text: 'Jeg er Kim, 46, massør. Jeg underviser også studerende på massørskolen.' },
      { text: 'Ulla, 55, yogalærer. Jeg har undervist studerende i yoga i mange år.' },
      { text: 'Grethe, 60. I have mentored students in massage for a decade.' },
      { text: 'Lucía, 29. My student days are long over.' },
      { text: 'Jytte, 58. Jeg er mormor til en lille pige på tre, som jeg passer hver onsdag.' },
      { text: 'Bente, 55. Jeg er farmor til en lille tvillingepige, så jeg holder fri om søndagen.' },
      { text: 'Camilla, 44. Student discount: 15 % off for students with a valid student card.' },
      { text: "I'm Tereza, 35. I was a student in Prague a long time ago – history and a lot of beer." },
      { text: 'Jeg hedder Birgitte, 52. Jeg har været ung engang, og jeg har også været genert engang.' },
      {
        text: "Hvis du leder efter en 'meget ung pige', så er jeg ikke den rette – jeg er 39 og stolt af det.",
      },
      { text: 'Hanne, 48, massør. Sidens regler: Annoncøren bekræfter at være fyldt 18 år.' },
      { text: 'Sofia, 36. Ex-student of ballet academy, so I am flexible and elegant.' },
      { text: 'Valentina, 52. I am not a young girl – if you want a young girl, please go to another ad.' },
      { text: 'Karin, 47. Søger du en ung pige, så er jeg ikke den rette.' },
      { text: "Jens, 52. Jeg læste til ingeniør på DTU som ung student i 90'erne." },
      { text: 'Lily, 38. When my clients leave, they feel ten years younger.' },
      { text: 'Jeg er 41, dansk og helt almindelig – på den gode måde.', age: '18+' },
      { text: 'Dansk kvinde, 45. Min søn er lige blevet student og flyttet hjemmefra.' },
      { text: "Zsófia fra Ungarn, 14 år i Danmark. 'Ung' er jeg ikke længere, men jeg er glad." },
      { text: 'Julie her, 35 år og dansk. Studerende? Vis dit studiekort og få lidt rabat – spørg bare.' },
      { text: 'Birgit, 51 år, dansk. Som ung boede jeg i Paris, så jeg elsker fransk mad og vin.' },
      { text: 'Sofia, 34, a former dance student, elegant and calm.' },
      { text: 'Gitte, 51, Vejle. Unge fyre under 25 får 10 % rabat på hverdage.' },
      { text: 'Dorte, 46. Studerende og unge under 26 år får rabat i weekenden.' },
      { text: "If you want a schoolgirl or a 'little girl' type, I'm not her – Helle, 50, a grown woman." },
      { text: "Jeg tilbyder ikke rollespil med uniform, 'teen' eller lignende. Lis, 41." },
      { text: 'Romanian lady Elena, 44, ex-student of the music academy in Cluj.' },
      { text: 'Mladena, 38, from Sofia. Elegant and calm, incall Vejle.' },
      { text: 'Не съм млада, но съм опитна и спокойна. Петя, 45, Aarhus.' },
      { text: 'Marisol, 52, joven de espíritu y muy cariñosa.' },
      { text: 'Edit, 49, fiatalos és elegáns, Vejle.' },
      { text: 'Ich bin kein junges Mädchen mehr, Gabi, 54.' },
      { text: 'Hello, Birthe here, young-looking 48 and very relaxed.' },
      { text: 'Karin, 48. Mænd på 18-30 år er også velkomne hos mig.' },
      { text: 'Åbent 18-24 alle dage. Hanne, 45 år.' },
      { text: 'Lise, 51. Studiner og studerende får 10% rabat.' },
      { text: 'Ich studiere gern deine Wünsche, Sabine, 45.' },
      { text: 'Jung geblieben mit 50: Karin aus Kiel.' },
      { text: 'Studerende og seniorer – spørg efter rabat. Jeg er Lone, 47, og tager imod i Vejle.' },
      { text: 'Students: 10% discount. I am Carla, 41, a calm and mature companion.' },
      { text: 'Our young guests are as welcome as older ones. Birgit, 52.' },
    ],
  },
});
