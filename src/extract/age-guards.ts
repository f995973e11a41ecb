/**
 * What rules a number out as an age: the word lists and the readings of the words around a
 * number that age.ts (digits) and age-words.ts (number words) share.
 */
import { codePointClass, isRegexSpace } from './scan.js';

// Emoji, flags and symbols that ads set between a name and the age ("Diana 🇷🇴 21", "DOLL 🌟 19 🌟",
// "Mia • 25"), with the variation selector, joiner and skin tones of emoji sequences (outside the
// class: inside it they would read as parts of one character).
const SYMBOL_CHARS = String.raw`\p{So}\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}•·`;
export const SYMBOL = String.raw`(?:[${SYMBOL_CHARS}]|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])`;

// Words for the person that an age may follow, lower case too ("sød dansk pige, 19", "beauty, 31").
// Men's words too ("Diskret herre, 45", "Studerende fyr (23)"), and the trade as the person's title
// ("Gay massør 45, Aarhus V", "masseur, 38"; "massør i 19 år" is a span, see NOT_AGE_BEFORE_YEARS).
export const PERSON_NOUN =
  'pige|pigen|kvinde|kvinden|dame|damen|tøs|milf|mor|studine|studerende|massøse|massøsen|massør|massøren|' +
  'girl|lady|woman|babe|escort|beauty|doll|student|masseuse|masseur|herre|herren|fyr|fyren|mand|manden|guy|gentleman|' +
  // Her role in a BDSM ad: "Underdanig slavinde (22)", "sub, 24", "Domina 45".
  'slavinde|slavinden|slave|sub|domina|dominatrix|elskerinde|domme|switch|' +
  // "Brazilian teen 19", "MILF 45", "housewife, 38", "moden kvinde"'s "moden 52"; a body type for
  // the person ("en BBW på 52", "BBW, 47").
  'bbw|teen|teenager|mom|mommy|mum|mother|wife|housewife|husmor|hustru|frue|moden|mature|' +
  // Swedish, Norwegian and German ("rumänsk tjej, 23", "kvinna, 52", "norsk jente på 35", "Frau, 44").
  'tjej|tjejen|kvinna|kvinnan|jente|jenta|kvinne|kvinnen|frau|mädchen|' +
  // Mature ads: "frisk pensionist på 61", "et natur-menneske på 50"; her looks said right before
  // the age: "young-looking 45", "youthful 52" (not "looking 25", a look without the age).
  'pensionist|menneske|young-looking|youthful|' +
  // What she calls herself: "curvy ebony goddess, 29", "nordisk gudinde på 38"; also the stock
  // phrase "girl next door, 39", "Danish lady next door 45".
  'goddess|gudinde|girl next door|lady next door|woman next door|' +
  // A trans woman's words for herself: "Brazilian trans, 27", "ladyboy 24", "sød transe, 31",
  // "dansk transkvinde på 41", "TV/crossdresser, 46".
  'trans|transe|transen|transkvinde|transkvinden|transwoman|ladyboy|shemale|tgirl|travesti|crossdresser|' +
  // A man's: "Bulgarian boy 21", "dansk dreng på 24", "stud, 26".
  'boy|dreng|drengen|stud|' +
  // Spanish and Portuguese, also with "de" (of) before the age: "chica de 26", "jovencita de 21",
  // "mulher de 40".
  'chica|jovencita|mujer|señora|mulher|menina|garota';

/** Russian and Ukrainian "already", "more than", "about", "almost": before a number, no age. */
const RU_UK_ABOUT = 'уже вже более больше понад около близько почти майже';

/**
 * Words before "NN år/years" that make it a span of time or someone else's age, not the person's:
 * "massør i 19 år", "for 18 years", "kun kunder over 18 år", "de sidste 20 år".
 */
export const NOT_AGE_BEFORE_YEARS = new Set(
  (
    'i in for since siden over under efter after fra from above min minimum mindst least than end ' +
    'ca about omkring cirka næsten snart knap almost nearly de the sidste last seneste past hele whole ' +
    // A verb of time spent: "har arbejdet 30 år i hjemmeplejen", "boet 12 år i Vejle", "worked 20
    // years as a nurse", "lived 15 years here".
    'arbejdet arbejdede boet levet været worked lived ' +
    // Russian and Ukrainian: "уже 20 лет", "более 20 лет", "за 20 лет", "понад 10 років".
    `${RU_UK_ABOUT} последние останні за через від от ` +
    // Italian, French, Spanish and Portuguese "for"/"since"/"ago": "da 20 anni in Danimarca",
    // "depuis 10 ans", "desde hace 15 años", "há 12 anos".
    'da depuis hace desde há ' +
    // Polish, Czech and Slovak "od" (for, since) and German "seit": "od 18 lat mieszkam w Danii"
    // (I have lived in Denmark for 18 years), "seit 20 Jahren".
    'od seit'
  ).split(' '),
);
/**
 * Years lived in the country, not an age: "20 years in Denmark", "15 år i Danmark", and as visitors
 * write it: "20 años en Dinamarca", "12 anos na Dinamarca", "10 anni in Danimarca", "8 ans au
 * Danemark", "15 Jahre in Dänemark", "11 lat w Danii", "10 лет в Дании", "5 років у Данії".
 */
const RESIDENCE = String.raw`(?:years?|yrs?|år|aar|años|anos|anni|ans|jahre|jahren|lat|lata|лет|года|год|років|роки)\s+(?:in|i|en|em|na|no|au|w|в|у)\s+(?:denmark|danmark|dk|dänemark|dinamarca|danimarca|danemark|danii|дании|данії|this country|landet)(?![\p{L}])`;
/**
 * After "NN år/years": experience or an anniversary, not age ("25 års erfaring", "20 years of
 * experience", "20 år som selvstændig", "25-års jubilæum fra gymnasiet", "10 year anniversary"), or
 * RESIDENCE.
 */
export const EXPERIENCE_AFTER = new RegExp(
  String.raw`^[\s-]?(?:[\p{L}.'’]+\s+(?:(?:of\s+|med\s+)?(?:erfaring|experience|i branchen|in the business)|(?:jubilæum|jubilæet|jubilæumsfest|anniversary|reunion|bryllupsdag)(?![\p{L}])|(?:som|as an?)\s+(?:selvstændig|selvstaendig|independent|escort|massør|masseuse|sexarbejder|sex worker|domina|luder|pornostjerne)(?![\p{L}]))|${RESIDENCE})`,
  'iu',
);

/**
 * Her child, grandchild or another relative before the youth word or the age: "mor til en
 * teenager", "Mother of a 19-year-old", "mormor til en lille pige", "my son is a student", "min søn
 * er 19 år", "min søster er 19", "min mand er 45", "Min søn er lige blevet student".
 */
export const CHILD_BEFORE =
  /(?<![\p{L}])(?:(?:mor|far|mother|father|mom|mum|mommy|mama|mamma|dad|mormor|farmor|morfar|farfar|bedstemor|grandmother|grandma|granny|tante|moster|faster|aunt)\s+(?:til|to|of)\s+(?:(?:en|et|a|an|two|to|tre|three|\d|min|my)\s+)?(?:\p{L}+\s+)?|(?:min|mit|mine|my)\s+(?:søn|datter|barn|børn|son|daughter|kid|kids|children|søster|lillesøster|storesøster|bror|lillebror|storebror|sister|brother|mor|far|mother|father|mand|husband|kone|wife|kæreste|boyfriend)\s+(?:er|is|are|has|har)\s+(?:(?:lige|just|netop|nu|now|også|also)\s+)?(?:(?:blevet|become|been)\s+)?(?:en\s+|a\s+)?)$/iu;

/**
 * An age limit, not an age: "Annoncøren skal være fyldt 18 år", "you must be at least 21", a site's
 * declaration "Annoncøren bekræfter at være fyldt 18 år", "confirms to be over 18".
 */
export const LIMIT_BEFORE =
  /(?<![\p{L}])(?:(?:skal|må|must|have to|has to|should|need to)\s+(?:være|be|have)|(?:bekræfter|erklærer)\s+at\s+være|(?:confirms?|declares?)\s+(?:to be|being|that (?:he|she|they|i) (?:is|are|am)))\s+(?:fyldt\s+|mindst\s+|at least\s+|over\s+)?$/iu;

/**
 * After "NN-årige"/"NN-year-old": a word for clients or family, so the age is theirs, not the
 * person's ("19-årig kunde", "18-årige danske mænd", "min 19-årige søn", "18 year old guys").
 */
export const SOMEONE_ELSE_AFTER =
  /^[\s-]?(?:årige?|aarige?|years?[\s-]old)\s+(?:\p{L}+\s+)?(?:kunder?|mænd|mand|herrer|gutter|fyre|drenge|søn|sønner|datter|døtre|barn|børn|clients?|customers?|men|guys|gentlemen|boys|sons?|daughters?|kids?|children)(?![\p{L}])/iu;
/**
 * Capitalised words before "Word NN" that are not a name: days, months and times of day ("Fri
 * 18-23", "Lør 18", "Kl 18"), and words of opening hours. With a comma they may be one ("Sun, 45").
 */
export const NOT_A_NAME = new Set(
  (
    'man mandag tir tirs tirsdag ons onsdag tor tors torsdag fre fredag lør lørdag søn søndag ' +
    'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday ' +
    'jan januar january feb februar february mar marts march apr april maj may jun juni june jul juli july ' +
    'aug august sep sept september okt oktober oct october nov november dec december ' +
    'kl klokken fra from til to until open åben åbent abent daily dagligt hverdage weekdays weekend weekends ' +
    'tel tlf telefon phone nr no str size cup bh ' +
    'den det de the efter after før before inden indtil om at uge week dag day nat night lukket closed'
  ).split(' '),
);
/**
 * Words that are never the name before an age, comma or not: measurements ("Vægt 55", "Sko 38"),
 * rooms and transport ("Bus 19", "Room 24"), and the words of prices, contact and shouted headlines
 * ("Price is 80", "TOP 20", "KUN 18", "NEW 🌟 20"). "Line" is a Danish name, so not "line".
 */
export const NEVER_A_NAME = new Set(
  (
    'vægt weight højde height størrelse skostørrelse sko shoe shoes bryst bust talje waist hofte hofter hips ' +
    'kjole dress bus linje tog train spor room rum værelse etage floor lejlighed apartment apt dør door ' +
    'top vip new ny nye nyt hot sexy only kun just over under max maks extra ekstra call ring sms whatsapp ' +
    'mobil mobile hour hours time timer half halv hel price prices pris priser prisen rate rates cost fee ' +
    // "Snart 30": soon thirty is not thirty.
    'snart soon almost nearly næsten ' +
    // German decades and approximations: "Frau Ende 40", "beide Mitte 20", "Anfang 30", "fast 30".
    'ende mitte anfang etwa knapp fast ' +
    // Russian and Ukrainian "already", "more than", "about", "almost" ("Более 25 лет").
    `${RU_UK_ABOUT} ` +
    'donation tip parking parkering taxi deposit depositum total incall outcall it this that there what ' +
    // Menu items ("ANAL 50 🔥 OWO 30"); not services.ts's list, which holds persons ("Dominatrix, 40").
    'anal oral massage kys kiss striptease duo trekant threesome overnight cif cim cob cof dt fk pse bj ' +
    'bbj bbbj owo awo gfe ' +
    // The same menu items as Swedish, Norwegian and German ads write them ("Kyssar, 69, massage").
    'kyssar kyss kyssing klemming kos massasje küssen küsse zungenküsse kuscheln ' +
    // German measurements ("Konfektionsgröße 38", "Schuhgröße 39", "Gewicht 58").
    'größe groesse konfektionsgröße kleidergröße schuhgröße gewicht oberweite körbchen'
  ).split(' '),
);
/** Street names end in these: "Istedgade 45", "Strandvejen 22", "Main Street 30" are addresses. */
export const STREET_NAME =
  /(?:gade|gaden|vej|vejen|allé|plads|pladsen|torv|torvet|stræde|strædet|boulevard|street|road|avenue)$/u;
/**
 * Units and months after a name's number: a price, a time, a size or a date, not an age. The
 * Vietnamese, Tagalog, Korean and Greek hours and minutes too ("Mở 24 giờ", "24 ώρες": open 24 hours),
 * and Russian, Polish and Romanian minutes ("Оля 23 и 30 минут", "30 minut", "30 minute").
 */
export const UNIT_AFTER =
  /^\s?(?:kr|dkk|,-|min|minutter|minutes|minuter|minuten|timer?|hours?|hrs?|h|t|std|horas?|heures?|stunden|godzin|godziny|ore|órák|ora|oră|orë|óra|hodin|hodiny|час|часа|часов|мин|минут|минуты|minut|minute|giờ|tiếng|phút|oras|ώρα|ώρες|ωρα|ωρες|λεπτά|시간|분|%|kg|cm|m|km|m2|m²|eur|euro|€|\$|usd|sek|nok|jan|januar|january|feb|februar|february|mar|marts|march|apr|april|maj|jun|juni|june|jul|juli|july|aug|august|sep|sept|september|okt|oktober|oct|october|nov|november|dec|december|năm)(?![\p{L}])/iu;
/** A code point of the gap between a name and its age: a space, a comma, a "(" or a symbol. */
const GAP_CODE_POINT = codePointClass(new RegExp(String.raw`^(?:[\s,(]|${SYMBOL})$`, 'u'));
const LETTER = codePointClass(/^\p{L}$/u);

/** The word right before `at` (spaces and one comma or colon skipped), lower case. */
export function wordBefore(text: string, at: number): string {
  let end = at;
  while (
    end > 0 &&
    (isRegexSpace(text.charCodeAt(end - 1)) || text[end - 1] === ',' || text[end - 1] === ':')
  )
    end--;
  if (end > 0 && text[end - 1] === '.') end--; // "Kl. 18"
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * The word before a name pattern's number, lower case: past the gap and one "is"/"here" ("Maria is
 * 23", "Sandra here, 30"); "" after a bracket ("(Riga), 34"). Scanned by hand: a regex anchored at
 * the end would be tried at every position before it.
 */
export function nameBefore(text: string, start: number): string {
  let end = skipGapBefore(text, start);
  let from = wordStartBefore(text, end);
  let word = text.slice(from, end);
  // "Dasha is just 18": the name stands before "is just".
  if ((word === 'just' || word === 'only') && text.slice(from - 4, from) === ' is ') {
    end = from - 1;
    from = wordStartBefore(text, end);
    word = text.slice(from, end);
  }
  if ((word === 'is' || word === 'here') && isRegexSpace(text.charCodeAt(from - 1))) {
    end = from - 1;
    from = wordStartBefore(text, end);
  }
  return text.slice(from, end).toLowerCase();
}

/** The word before the word that `nameBefore` reads (one gap between), lower case: "diskret" in "Diskret herre, 45". */
export function wordBeforeWord(text: string, start: number): string {
  const from = wordStartBefore(text, skipGapBefore(text, start));
  const end = skipGapBefore(text, from);
  return text.slice(wordStartBefore(text, end), end).toLowerCase();
}

export function skipGapBefore(text: string, end: number): number {
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    // An emoji or a flag half is a surrogate pair: test the whole code point.
    const from =
      c >= 0xdc00 && c <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800
        ? end - 2
        : end - 1;
    if (GAP_CODE_POINT(text, from) === 0) return end;
    end = from;
  }
  return end;
}

function wordStartBefore(text: string, end: number): number {
  let from = end;
  while (from > 0 && LETTER(text, from - 1) > 0) from--;
  return from;
}

/**
 * Whether the number at [start, end), before a word for years, is not the person's age: years of
 * work, residence or an anniversary after it, someone else's age (clients, family) after it, or her
 * child or an age limit before it. Shared by the digit and the number-word readings.
 */
export function yearsOfSomethingElse(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 48);
  if (EXPERIENCE_AFTER.test(after) || SOMEONE_ELSE_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (yearsLivedThere(text, start, end)) return true;
  return CHILD_BEFORE.test(before) || LIMIT_BEFORE.test(before);
}

/**
 * Years lived in a place, "for" or "i" left out as broken English and Danish leave it: "live in
 * Kolding 20 year", "living Denmark 12 years", "har boet i Aarhus 15 år". The place is capitalised
 * and stands right before the number; "bor i Aarhus, 22 år gammel" (a comma, or "old" after) is her
 * age, and so may be the present "bor i Aarhus 22 år", which leaves out "og er".
 */
// "long time" between the place and the years, as broken English adds it: "live in Denmark long
// time, 20 year". Broken English may drop the verb after her noun: "Thai lady in Herning 20 years".
// "Here" stands for the place: "Living here 20 years", "bott her 15 år".
const LIVED_IN_BEFORE =
  /(?<![\p{L}])(?:[Ll]ive|[Ll]ives|[Ll]iving|[Ll]ived|[Ss]tay|[Ss]tays|[Ss]taying|[Ss]tayed|[Bb]oet|[Bb]oede|[Bb]ott|[Bb]odd|(?:lady|woman)(?=\s+in\s))\s+(?:(?:(?:in|i)\s+)?\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}*)?|here|her)(?:\s(?:for\s)?(?:a\s)?long time,?)?\s$/u;
const YEARS_AFTER = /^\s?(?:years?|yrs?|år|aar)(?:[\s-]+(old|gammel|ung|young))?(?![\p{L}])/iu;

/**
 * Whether the number at [start, end) counts the years she has lived in the place named right
 * before it (LIVED_IN_BEFORE). Also for a name reading of the number ("Kolding 20" looks like "Mia
 * 20"), so the years word after it is part of the test.
 */
export function yearsLivedThere(text: string, start: number, end: number): boolean {
  const years = YEARS_AFTER.exec(text.slice(end, end + 16));
  return (
    years !== null &&
    years[1] === undefined &&
    LIVED_IN_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  );
}
