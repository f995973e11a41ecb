import {
  CHILD_BEFORE,
  EXPERIENCE_AFTER,
  LIMIT_BEFORE,
  NEVER_A_NAME,
  NOT_AGE_BEFORE_YEARS,
  NOT_A_NAME,
  PERSON_NOUN,
  STREET_NAME,
  SYMBOL,
  UNIT_AFTER,
  nameBefore,
  wordBefore,
  wordBeforeWord,
  yearsLivedThere,
  yearsOfSomethingElse,
} from './age-guards.js';
import { findWordAges } from './age-words.js';
import { isDemonym, isOriginWord } from './nationality.js';
import { charBeforeIs, codePointClass, isRegexSpace } from './scan.js';

export { isRegexSpace } from './scan.js';

/** A stated age and where it was found. */
export interface AgeMatch {
  age: number;
  start: number;
  end: number;
}

/**
 * Words that may stand between "I'm" and the age: "I'm only 19", "jeg er faktisk kun 19", and a
 * correction's "jeg er selvfølgelig 29", "I am of course 29".
 */
const ADVERBS =
  'actually|really|just|only|already|now|still|of course|obviously|faktisk|kun|bare|lige|allerede|nu|stadig|selvfølgelig|naturligvis|nur|erst|schon|gerade';
const ADVERB_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ADVERBS})\\s$`, 'iu');

// The German and Russian keywords read without a word for years (see PATTERNS), and the units that
// make their number no age.
// German drops the "ich" after her name: "Ich heiße Kasia, bin 19 und neu", "Lea und bin 24".
const PLAIN_KEYWORD_BEFORE =
  /(?:(?<![\p{L}])(?:ich bin|und bin|sie ist|мне|ей|мені|їй|съм на|е на)|, ?bin)\s$/iu;
const UNIT_NOT_AGE =
  'kr|dkk|min|minuten|minute|cm|kg|km|m2|m²|%|€|euro|eur|h|std|stunden|stunde|uhr|tage|мин|минут|минуты|час|часа|часов|евро|крон|см|кг|км|хвилин|годин|минути|минута|часа|лв|лева';

const MIN_AGE = 18;
const MAX_AGE = 99;

/** What a pattern reads before or after the number; decides which checks rule a match out (notAnAge). */
type Kind =
  | 'years'
  | 'keyword'
  | 'name-is'
  | 'name-paren'
  | 'name-comma'
  | 'name-word-comma'
  | 'name-dashed'
  | 'name-spaced'
  | 'noun'
  | 'noun-paren'
  | 'paren-demonym'
  | 'lead-demonym'
  | 'name-origin'
  | 'demonym';

interface AgePattern {
  kind: Kind;
  re: RegExp;
  /** For a pattern that starts with a word: letters that may not come right before it. */
  notAfter?: RegExp;
  /**
   * A cheap necessary condition at the digits: a character the pattern must find right after or
   * before them. Most numbers of an ad (prices, hours) fail it and skip the regex.
   */
  mayMatchAt: (text: string, start: number) => boolean;
}

// Between a name and its age: a space, or runs of symbols with spaces around them or not.
const GAP = String.raw`(?:\s|\s?${SYMBOL}+(?:\s${SYMBOL}+)*\s?)`;
// A name: Capitalised ("Mia"), or in capitals of three letters or more ("ALEXIA 19"). Capitalised
// words that are no name ("TOP 20", "Vægt 55", "Istedgade 45") are turned away by hand (notAName).
// Also the two capitals of the United Kingdom, as her origin before her age: "Sophie from the UK 🇬🇧, 45".
const NAME = String.raw`(?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)?|\p{Lu}{3,}|UK)`;
// After a name's age: punctuation (a "." that ends a sentence, not "22.12"; a ":" before a word,
// "I'm Charlotte, 41: Danish"), a symbol, the end, or
// a space and no digit or range ("Fri 18 - 23" is caught by startsRange, "Mia 25 22 33 44" is a phone).
const AFTER_AGE = String.raw`(?=\s?(?:[,!–—-]|\.(?!\d)|:(?=\s\p{L})|${SYMBOL}|$|\s(?![\d-])))`;
// "fra"/"from" before a country beside an age in brackets: "Kristina (27, fra Litauen)".
const FROM_IN_BRACKETS = String.raw`(?:[Ff]ra|[Ff]rom|z|aus|de|din)\s`;

// What the Chinese, Korean, Vietnamese and Tagalog years of age start with, right after the digits or one space.
const ASIAN_YEARS_START = /^\s?[岁歲살세t]/u;
const AGE_WORD_START = codePointClass(/^[åayjlmrévgлгр]$/iu); // Letters an age word starts with, as /iu reads them.

/** Greetings that open a texted ad before her name: "hi", "heyy", "hej", "holaa". */
const GREETING = 'hi+|hey+|hej|hejsa|hejhej|hello|hallo|hola+|ciao|salut';
/** Cheap gate of the greeted-name pattern: a greeting or "I'm", a word, and the gap before the number. */
const GREETED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}'’])(?:${GREETING}|am|im|i'm|i’m|er)\s(?:\S+\s)?\p{L}{2,},?\s(?:\S+\s)?$`,
  'iu',
);
// Ordered from the most explicit wording to the weakest; the number is always capture group 1.
// Each pattern is written so that it starts with its digits or words, not with a lookbehind: a
// leading lookbehind is tried at every position of the text. The lookbehinds are moved after the
// digits (`(\d{2})(?<=X\d{2})` matches where `(?<=X)(\d{2})` does) or, for the word pattern,
// checked by hand (`notAfter`, see scan.ts).
const PATTERNS: AgePattern[] = [
  // "19 år", "19-årig(e)", "19-åring", "19-year-old"; "ani" (Romanian), "anni" (Italian), "lat" and
  // "lata" (Polish), "let" (Czech; not the English "let me"), "rokov" (Slovak), "éves" (Hungarian),
  // "metų", "metai" (Lithuanian), "лет", "год(а)" (Russian), "років", "роки" (Ukrainian), "vjeç"
  // (Albanian), and the Bulgarian "на 23 години" only with its "на": a bare "години" is also the
  // Ukrainian for hours ("2 години"). The same in Latin letters: "24 goda", "19 rokiv", and "god"
  // only after "mne" ("mne 31 god"; a bare "god" is the English word). Serbo-Croatian "godina",
  // "godine", "godinu" and the Cyrillic "године" ("Ona je 23 godine", "имам 25 године"), not
  // "година", the Ukrainian hour.
  // Also the age as one word: Czech "29letá", "35-letá", Slovak "27-ročná", Polish "30-letnia"; and
  // the Lithuanian "26 m." (metų) closed by a comma ("Gintarė, 26 m., lietuvė"; not a list of
  // minutes, "30 m., 60 m.").
  // (?<!\d)(\d{2})...: the digit before is checked after the two digits.
  {
    kind: 'years',
    // A bare "y" only right after the digits ("22y") or with its period ("25 y."), not before a
    // number: "25 y 35 años" is Spanish "and".
    re: /(\d{2})(?<!\d\d\d)(?:(?:\s?|-\s?)(?:år|års|aar|årig|årige|åring|aarig|aarige|years?|yrs?|y\.o\.?|yo|jahre|ans|años|anos|añitos|anitos|aninhos|anni|ani|lat|lata|let[áéýou]|letou|ročn[áéýu]|letni[aą]|m\.(?=,(?!\s?\d))|let(?!\s(?:me|us|him|her|them|it)(?![\p{L}]))|rokov|godina|godine|godinu|године|éves|vjeç|vjec|vjeçe|metų|metu|metai|лет|года|год|років|роки|goda|god(?<=(?<![\p{L}])mne\s\d{2}\sgod)|rokiv|години(?<=(?<![\p{L}])на\s\d{2}\sгодини))|y|\sy\.(?!\s?\d))(?![\p{L}])/giu,
    // The word right after the digits, or after one space or hyphen.
    mayMatchAt: (text, start) => {
      let at = start + 2;
      if (text.charCodeAt(at) === 45) at++;
      return (
        AGE_WORD_START(text, at) > 0 ||
        (isRegexSpace(text.charCodeAt(at)) && AGE_WORD_START(text, at + 1) > 0)
      );
    },
  },
  // Years of age in Chinese "25岁" ("歲"), Korean "23살", "23세", Vietnamese "24 tuổi" and Tagalog
  // "22 taong gulang": words that only ever count a person's age. Chinese and Korean write no
  // space and no word boundary after them ("25岁中国女孩"). Not a limit: "18岁以上", "19세 이상"
  // (18 and over), "trên 18 tuổi" (over 18).
  {
    kind: 'years',
    re: /(\d{2})(?<!\d\d\d)(?<!trên\s\d\d)(?:\s?(?:岁|歲)(?!以上|以下)|\s?(?:살|세)(?!\s?(?:이상|미만))|\s?tuổi(?![\p{L}])|\staong\sgulang(?![\p{L}]))/giu,
    mayMatchAt: (text, start) => ASIAN_YEARS_START.test(text.slice(start + 2, start + 4)),
  },
  // Thai "อายุ 24" (age 24): the word for age before the number, written with or without a space.
  {
    kind: 'years',
    re: /(\d{2})(?<=อายุ\s?:?\s?\d{2})(?![\d]|\s?[-–]\s?\d)/gu,
    mayMatchAt: (text, start) => text.slice(Math.max(0, start - 6), start).includes('อายุ'),
  },
  // "Lige fyldt 18", "er lige blevet 19", "just turned 21": the age she has just reached.
  {
    kind: 'keyword',
    re: /(?:age|alder|alter|aged|i am|i'm|im|jeg er|er|hun er|she is|fyldt|blevet|turned)\s*:?\s*(\d{2})(?![\d\p{L}]|\s?(?:kr|dkk|min|cm|kg|%|€))/giu,
    notAfter: /^[\p{L}]$/iu,
    // The keyword pattern checks its keyword itself (keywordMatchAt).
    mayMatchAt: () => true,
  },
  // "I'm only 19", "I'm actually only 19", "jeg er kun 19", "she is just 18": an adverb or two
  // between the keyword and the age.
  {
    kind: 'keyword',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}])(?:i am|i'm|i’m|jeg er|hun er|she is|she's|ich bin)\s(?:(?:${ADVERBS})\s){1,2}\d{2})(?!\s?(?:kr|dkk|min|cm|kg|%|€))${AFTER_AGE}`,
      'giu',
    ),
    mayMatchAt: (text, start) =>
      isRegexSpace(text.charCodeAt(start - 1)) &&
      ADVERB_BEFORE.test(text.slice(Math.max(0, start - 16), start)),
  },
  // German and Russian without a word for years: "Ich bin 25 und neu", "Sie ist 23", "мне 26", "ей
  // 22" (Ukrainian "мені", "їй"), Bulgarian "Аз съм на 35", "Мария е на 23". Not before a unit:
  // "ich bin 24 Stunden erreichbar", "мне 30 минут", "е на 30 минути".
  {
    kind: 'keyword',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?:(?<![\p{L}])(?:ich bin|und bin|sie ist|мне|ей|мені|їй|съм на|е на)|, ?bin)\s\d{2})(?!\s?(?:${UNIT_NOT_AGE})(?![\p{L}]))${AFTER_AGE}`,
      'giu',
    ),
    mayMatchAt: (text, start) =>
      isRegexSpace(text.charCodeAt(start - 1)) &&
      PLAIN_KEYWORD_BEFORE.test(text.slice(Math.max(0, start - 8), start)),
  },
  // Bulgarian with the verb after: "Казвам се Мария, на 35 съм" (not "на 30 сме", a group).
  {
    kind: 'keyword',
    re: /(\d{2})(?<=(?<![\p{L}])на\s\d{2})\sсъм(?![\p{L}])/giu,
    mayMatchAt: (text, start) => text.charCodeAt(start - 2) === 0x430 && text.charCodeAt(start - 3) === 0x43d,
  },
  // "Mei and Xiaoxue, both 24", "vi er begge 23 år": two women of one age, which is the ad's age (two
  // different ages give none). Only a clause end, an emoji with no number right after ("both 27 💕 We
  // are…") or "år"/"years" after it: "both 30 and 60 min" is no age.
  {
    kind: 'keyword',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}])(?:both|begge)(?:\s(?:are|er))?\s\d{2})(?=\s?(?:[,!;]|\.(?!\d)|$|\p{Extended_Pictographic}\u{FE0F}?(?![^.!?\n]{0,8}\d))|\s(?:år|years?|yo)(?![\p{L}]))`,
      'giu',
    ),
    mayMatchAt: (text, start) =>
      isRegexSpace(text.charCodeAt(start - 1)) &&
      /(?:both|begge|are|er)\s$/iu.test(text.slice(start - 6, start)),
  },
  // "Maria is 23", "Dasha is just 18": "she is" is a keyword; a name before "is" only with its
  // capital (no /i).
  {
    kind: 'name-is',
    re: new RegExp(String.raw`(\d{2})(?<=${NAME}\sis\s(?:just\s|only\s)?\d{2})${AFTER_AGE}`, 'gmu'),
    mayMatchAt: (text, start) =>
      isRegexSpace(text.charCodeAt(start - 1)) &&
      (text.startsWith('is', start - 3) ||
        /is\s(?:just|only)$/u.test(text.slice(Math.max(0, start - 8), start - 1))),
  },
  // "Mia (25)", "Mia 🌹 (25)"; also "here" between, as with a comma: "Sofie her (27)", "Mia here (25)".
  // Also her name and age together in the brackets after "I" or a sentence's end: "Jeg (Rikke, 34)
  // holder fest", "Hej! (Mia, 25)"; not after a name or a word ("Helle (Nørrebro, 41)", "Priser (Kort, 30)").
  {
    kind: 'name-paren',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?:${NAME}(?:\s(?:here|her|hier|här))?${GAP}?\(|(?:(?<![\p{L}])(?:[Jj]eg|I|[Mm]e|[Mm]ig|[Ii]ch)\s|^|[.!?:–—]\s)\(${NAME},\s?)\d{2})(?=\))`,
      'gu',
    ),
    mayMatchAt: (text, start) =>
      text.charCodeAt(start + 2) === 41 &&
      (text.charCodeAt(start - 1) === 40 ||
        text.charCodeAt(start - 1) === 44 ||
        (isRegexSpace(text.charCodeAt(start - 1)) && text.charCodeAt(start - 2) === 44)),
  },
  // "Mia, 25", "Brazilian 🇧🇷, 30", "Sandra here, 30", also with an emoji between: "Renée 🇫🇷 here, 33"
  // (Danish "Sarah her, 29", German "hier",
  // Swedish "här", Hungarian "Réka vagyok, 31": I am Réka, Nigerian Pidgin "Na Joy dey here, 28"), and
  // after a bracket: "Anete (Riga), 34".
  // Also "here" closing a sentence before the age: "Rikke here. 29, Danish" (not "Click here. 20 min").
  {
    kind: 'name-comma',
    re: new RegExp(
      String.raw`(\d{2})(?:(?<=(?:${NAME}(?:${GAP}(?:here|her|hier|här|vagyok|dey\shere))?|\([^()\d]{1,40}\))${GAP}?,\s?\d{2})(?=\s?(?:[,!–—-]|\.(?!\d)|:(?=\s\p{L})|${SYMBOL}|$|\s(?!\d)))|(?<=${NAME}\shere[.!]\s\d{2})(?=[,.!](?!\d)))`,
      'gmu',
    ),
    mayMatchAt: (text, start) =>
      text.charCodeAt(start - 1) === 44 ||
      (isRegexSpace(text.charCodeAt(start - 1)) &&
        (text.charCodeAt(start - 2) === 44 || text.startsWith('here', start - 6))),
  },
  // "Diskret herre, 45, til kvinder", "Venezolana bonita, 30, Aarhus": a name or a capitalised
  // word and one lower-case word, the age closed by a comma too (no list "30, 40" follows).
  {
    kind: 'name-word-comma',
    re: new RegExp(String.raw`(\d{2})(?<=${NAME} \p{Ll}{2,}${GAP}?,\s?\d{2})(?=,(?!\s?\d))`, 'gmu'),
    mayMatchAt: (text, start) =>
      text.charCodeAt(start + 2) === 44 &&
      (text.charCodeAt(start - 1) === 44 ||
        (isRegexSpace(text.charCodeAt(start - 1)) && text.charCodeAt(start - 2) === 44)),
  },
  // "Heike aus Flensburg 🇩🇪 – 44 –", "Mia - 25 - Odense": the age set off by dashes on both sides.
  // Also a dash before and a comma after, as "Mia, 25," is written with a dash: "I'm Victoria – 29,
  // from Leeds" (not a list: "Pris – 20, 30"). Also "here" between, as with a comma: "Freja here – 30,
  // free spirit", "Sofie her – 27,".
  {
    kind: 'name-dashed',
    re: new RegExp(
      String.raw`(\d{2})(?<=${NAME}(?:\s(?:here|her|hier|här))?${GAP}[–—-]\s\d{2})(?=\s[–—-](?:\s|$)|,(?!\s?\d))`,
      'gmu',
    ),
    mayMatchAt: (text, start) =>
      isRegexSpace(text.charCodeAt(start - 1)) &&
      isDash(text.charCodeAt(start - 2)) &&
      ((isRegexSpace(text.charCodeAt(start + 2)) && isDash(text.charCodeAt(start + 3))) ||
        text.charCodeAt(start + 2) === 44),
  },
  // "Mia 25", "Noi 33.", "Diana 🇷🇴 21", "ALEXIA 19"
  {
    kind: 'name-spaced',
    re: new RegExp(String.raw`(\d{2})(?<=${NAME}(?:\shere)?${GAP}\d{2})${AFTER_AGE}`, 'gmu'),
    // A space with a letter before it (a-z, A-Z, or any non-ASCII code unit), or a symbol.
    mayMatchAt: (text, start) => {
      const c = text.charCodeAt(start - 1);
      return c >= 128 || (isRegexSpace(c) && mayEndName(text.charCodeAt(start - 2)));
    },
  },
  // Her name and "på" (Danish "of", as in "en kvinde på 48"): "min veninde, Sandra på 34, der gerne
  // vil …", "Lise på 41 år". Only with a comma, "år", "der" or "som" after: "Ring til Mia på 22 33
  // 44 55" is a phone, "Vesterbro på 30 min" a distance.
  {
    kind: 'name-spaced',
    re: new RegExp(String.raw`(\d{2})(?<=${NAME}\spå\s\d{2})(?=,|\s(?:år|der|som)(?![\p{L}]))`, 'gmu'),
    mayMatchAt: (text, start) => text.startsWith('på ', start - 3),
  },
  // A name in lower case, as texted, after the words that name her: "hej ja hedder jeanette 37 fra
  // næstved", "my name is mia, 25", and the Swedish and Norwegian "Elin heter jag, 37". The word after them is a name whatever its case (a unit, a range
  // or a date after the number still rule it out; not "call me after 20", a time).
  {
    kind: 'name-spaced',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}])(?:hedder|heter|my name is|mit navn er)\s\p{L}{2,}(?:${GAP}?,\s?|${GAP})\d{2})${AFTER_AGE}`,
      'giu',
    ),
    mayMatchAt: (text, start) => NAMED_BEFORE.test(text.slice(Math.max(0, start - 48), start)),
  },
  // A texted name in lower case after a greeting or "I'm": "heyy 😜 nikki, 24,", "hi am ana 27",
  // "im tina 😘 28". A bare lower-case word and number ("karina 40", "massage 30", "bj 500") is
  // not read: the greeting or the first person makes the word her name (notAName still turns away
  // "im available 24/7", "hej alle 20 kr").
  {
    kind: 'name-spaced',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}'’])(?:${GREETING}|i am|i'm|i’m|im|am|jeg er)(?:\s${SYMBOL}+)?\s\p{L}{2,}(?:${GAP}?,\s?|${GAP})\d{2})${AFTER_AGE}`,
      'giu',
    ),
    mayMatchAt: (text, start) => GREETED_BEFORE.test(text.slice(Math.max(0, start - 32), start)),
  },
  // A lower-case name whose age her origin follows: "kasia 25 frm poland", "valeria 29, española",
  // "sexy kim 22 🇹🇭" (notAnAge checks the origin word or the flag), not "massage 30, 60 min".
  {
    kind: 'name-origin',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}])\p{Ll}{3,}\s\d{2})(?=,?\s(?:(?:from|frm|fra|fr)\s)?\p{L}{3,}(?![\p{L}])|\s[\u{1F1E6}-\u{1F1FF}])`,
      'gu',
    ),
    mayMatchAt: (text, start) =>
      isRegexSpace(text.charCodeAt(start - 1)) && mayEndName(text.charCodeAt(start - 2)),
  },
  // "sød dansk pige, 19", "kvinde på 48", "lady, 52", "DOLL 🌟 19", "chica de 25": a word for the person.
  {
    kind: 'noun',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}])(?:${PERSON_NOUN})(?:${GAP}?,\s?|${GAP}(?:på\s|of\s|aged\s|de\s)?)\d{2})${AFTER_AGE}`,
      'gimu',
    ),
    // A comma, a space or a symbol before.
    mayMatchAt: (text, start) => {
      const c = text.charCodeAt(start - 1);
      return c === 44 || c >= 128 || isRegexSpace(c);
    },
  },
  // "Amager, dansk 45.", "Latina 29!": a demonym and the age alone before the end of a sentence
  // (not "thai 60 min", "dansk 45 år erfaring", which the unit and "år" checks rule out anyway).
  {
    kind: 'demonym',
    re: new RegExp(String.raw`(\d{2})(?<=(?<![\p{L}])\p{L}{3,}\s\d{2})(?=\s?(?:[.,!;]|$))`, 'gmu'),
    mayMatchAt: (text, start) => isRegexSpace(text.charCodeAt(start - 1)),
  },
  // "Yanelis, cubana, 26.", "our latina is 31", "thai 🌸, 29": a demonym as her title, in lower case
  // too, then a comma or "is" (Danish "er" is a keyword); the word must be a demonym (notAnAge),
  // so "Massage, 30 min" and "the price is 25" are not read. Also the Spanish and Portuguese "de"
  // (of): "soy Yuli, cubana de 24, en Vejle", "brasileira de 30" (not "Oferta de 30 min").
  {
    kind: 'demonym',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}])\p{L}{3,}(?:${GAP}?,\s?|\sis\s|\sde\s)\d{2})${AFTER_AGE}`,
      'gmu',
    ),
    mayMatchAt: (text, start) =>
      text.charCodeAt(start - 1) === 44 ||
      (isRegexSpace(text.charCodeAt(start - 1)) &&
        (text.charCodeAt(start - 2) === 44 ||
          text.startsWith('is', start - 3) ||
          text.startsWith(' de', start - 4))),
  },
  // "vores veninde Sandra (dansk, 34)", "Nok (Thai, 25)", "Nok (25, Thai)": her origin and age in
  // brackets after her name; the word beside the age must be a demonym or a country (notAnAge), so
  // "Sandra (Vesterbro, 34)" and "(tlf, 25)" are not read. The country may come with its "from":
  // "Kristina (27, fra Litauen)", "Mia (from Latvia, 22)" ("Lola (22, fra Odense)" is a town).
  {
    kind: 'paren-demonym',
    re: new RegExp(
      String.raw`(\d{2})(?:(?<=(?:${NAME}|(?<![\p{L}])(?:${PERSON_NOUN}))${GAP}?\((?:${FROM_IN_BRACKETS})?\p{L}+,\s?\d{2})(?=\))|(?<=(?:${NAME}|(?<![\p{L}])(?:${PERSON_NOUN}))${GAP}?\(\d{2})(?=,\s?(?:${FROM_IN_BRACKETS})?\p{L}+\)))`,
      'gu',
    ),
    mayMatchAt: (text, start) =>
      (text.charCodeAt(start + 2) === 41 &&
        (text.charCodeAt(start - 1) === 44 ||
          (isRegexSpace(text.charCodeAt(start - 1)) && text.charCodeAt(start - 2) === 44))) ||
      (text.charCodeAt(start - 1) === 40 && text.charCodeAt(start + 2) === 44),
  },
  // "43, dansk, bor i Helsingør", "😊 29, thai, ny i byen": the age opening a line (or after an emoji)
  // with her demonym after it, set off by commas; the word must be a demonym (notAnAge), so "20,
  // Vesterbro, …" and "30, 60 min" are not read. Not after a full stop: "kl. 20, dansk".
  {
    kind: 'lead-demonym',
    re: new RegExp(String.raw`(\d{2})(?<=(?:^|${SYMBOL}\s)\d{2})(?=,\s?\p{L}{3,}[,.!])`, 'gmu'),
    mayMatchAt: (text, start) => text.charCodeAt(start + 2) === 44,
  },
  // Her age after the word for herself, set off by commas: "only me, 40, Russian-Danish", "kun mig,
  // 45, dansk" (not "just me, 20 min", which has no comma after).
  {
    kind: 'noun',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}])(?:only|just|kun|bare|blot)\s(?:me|mig)${GAP}?,\s?\d{2})(?=,(?!\s?\d))`,
      'giu',
    ),
    mayMatchAt: (text, start) =>
      text.charCodeAt(start + 2) === 44 &&
      (text.charCodeAt(start - 1) === 44 ||
        (isRegexSpace(text.charCodeAt(start - 1)) && text.charCodeAt(start - 2) === 44)),
  },
  // "Studerende fyr (23)", "Sød pige 🌹 (19)"; also the age first of a list of her traits in the
  // brackets: "Danish guy (45, hairy, fit)", "sød pige (23, slank)".
  {
    kind: 'noun-paren',
    re: new RegExp(
      String.raw`(\d{2})(?<=(?<![\p{L}])(?:${PERSON_NOUN})${GAP}?\(\d{2})(?=\)|,\s?\p{L}{2,})`,
      'giu',
    ),
    mayMatchAt: (text, start) =>
      text.charCodeAt(start - 1) === 40 &&
      (text.charCodeAt(start + 2) === 41 || text.charCodeAt(start + 2) === 44),
  },
];

/** Cheap gate of the lower-case name pattern: the naming words shortly before the number. */
const NAMED_BEFORE = /(?:hedder|heter|name is|navn er)\s\S+\s*$/iu;

/** "-", "–", "—". */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * Whether the number at `start` continues as a range ("18-23", "18 – 22", "24 / 7") or a date
 * ("24/12", a Danish day range "19.-21/11", "19. - 21. nov").
 */
function startsRange(text: string, start: number): boolean {
  return RANGE_FROM.test(text.slice(start, start + 12));
}
// Not before a percentage: "Anja, 29 – 100 % diskret", nor before a count of days set off by a
// spaced dash: "Pia, 24 – 7 dage om ugen" is her age and her week, not "24/7".
const RANGE_FROM =
  /^\d{2}\.?\s?[-–—/]\s?\d(?!\d*\s?%)(?<!\s[-–—]\s\d(?=\s(?:dage|days|Tage|dagar|dager|dni|dnů|zile|días|dias|jours|giorni|дней|днів)(?!\p{L})))/u;

/** Whether the number at `start` begins a compound word ("Også 18-årige kunder"): not a name's age. */
function startsCompound(text: string, start: number): boolean {
  return text.charCodeAt(start + 2) === 45 && /^\p{L}/u.test(text.slice(start + 3, start + 5));
}

/**
 * Whether the number at `start` ends a range ("kunder 30-60 år", "mellem 25 og 35 år", "entre 25 y
 * 35 años", "fyre på 18 eller 19 år", "meninas de 20 a 25 anos", "18 o 19 años"): an age span, not
 * one age. Not Portuguese "e" ("1,65 e 25 anos" is her height and age).
 */
function endsRange(text: string, start: number): boolean {
  return /\d(?:\s?[-–—]\s?|\s(?:og|and|to|til|y|bis|eller|or|a|à|o|ou)\s)$/u.test(
    text.slice(Math.max(0, start - 8), start),
  );
}

/**
 * Whether the word before "NN år/years" makes the number a span of time ("i 19 år", "de sidste 25
 * år"). Danish "de" is "the" ("de 25 år jeg har boet her"), but Spanish, Portuguese and French "de"
 * before "años"/"anos"/"ans" is "of" and gives her age ("trans brasileira de 27 anos", also the
 * fond diminutives "morena de 22 añitos", "loirinha de 20 aninhos"), unless "more than"/"less
 * than"/"ago" comes before it ("más de 20 años", "há mais de 20 anos").
 */
function notAgeBeforeYears(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (!NOT_AGE_BEFORE_YEARS.has(word)) return false;
  if (word !== 'de' || !ROMANCE_YEARS_AFTER.test(text.slice(start + 2, start + 11))) return true;
  return SPAN_BEFORE_DE.test(text.slice(Math.max(0, start - 16), start));
}

const ROMANCE_YEARS_AFTER = /^\s?(?:años|anos|ans|añitos|anitos|aninhos)(?![\p{L}])/u;
const SPAN_BEFORE_DE = /(?<![\p{L}])(?:más|mas|mais|plus|menos|moins|hace|há|cerca|acerca)\s+de\s+$/iu;

/** A day of a month: "20. dec", "21. december", "3. desember". */
const DATE_AFTER =
  /^\d{1,2}\.\s?(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec|des)\p{L}*(?![\p{L}])/iu;
/** The end of a day range: "19.–" before "20. dec". */
const DAY_RANGE_BEFORE = /\d\.\s?[-–—]\s?$/u;

/** Whether a match of a pattern of `kind` at `start` is a time span, a range, a price or a date, not an age. */
/** List marks of a menu, before or after an item. */
const MARK_BEFORE = /(?:^|[•✔✓·|*+\n]|,\s?(?:[A-Z]{2,5}|kys|kiss|massage|GFE)\s?,)\s*$/u;
const MARK_AFTER = /^\s*(?:[•✔✓·|*+\n]|$|,\s?(?:[A-Z]{2,5}|kys|kiss|massage|GFE)(?![\p{L}]))/u;
const SERVICE_NEAR =
  /(?<![\p{L}])(?:GFE|DFK|CBJ|BBBJ|OWO|BJ|CIM|COB|PSE|kys|kiss|kissing|massage|oral|anal|body to body|A-level)(?![\p{L}])/iu;

function menuItem(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(start + 2, start + 26);
  return (
    (MARK_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || MARK_AFTER.test(after.slice(0, 12))) &&
    (SERVICE_NEAR.test(before) || SERVICE_NEAR.test(after))
  );
}

/** Her man named as hers right before the age: "min mand på 47", "my husband, 45", "hendes kæreste 30". */
const PARTNER_BEFORE =
  /(?<![\p{L}])(?:min|my|her|hendes)\s+(?:mand|manden|husband|fyr|kæreste|boyfriend)\s?(?:,\s?|på\s|of\s|aged\s)?$/iu;

/**
 * An age she denies: "Jeg er ikke 18 længere 😉 men 43", "I'm not 19 anymore", "Ich bin nicht mehr
 * 18", "Jag är inte 18 längre", "niet meer 18", "no longer 18".
 */
const DENIED_BEFORE =
  /(?<![\p{L}])(?:ikke|not|nicht(?: mehr)?|inte|niet(?: meer)?|no longer|ikke længere)\s+$/iu;

/**
 * An age said to be a mistake, in an ad's correction: "Der stod ved en fejl 19 år – jeg er 29", "it
 * said by mistake 19, I am 29", "mistakenly 19".
 */
const MISTAKE_BEFORE =
  /(?<![\p{L}])(?:ved en fejl|fejlagtigt|by mistake|by error|wrongly|mistakenly)(?:\s+(?:stod|står|stod der|står der|der|said|says|it said|was|written|skrevet))?\s+$/iu;

function notAnAge(kind: Kind, text: string, start: number): boolean {
  // "Jeg er 50+, rund og rar", "moden 45+": an open span, as "18+" in the age field (parseAgeField).
  if (/^\s?\+/u.test(text.slice(start + 2, start + 4))) return true;
  // "Min mand på 47 kan være med", "my husband, 45": her partner's age, not hers.
  if (PARTNER_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (DENIED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (MISTAKE_BEFORE.test(text.slice(Math.max(0, start - 32), start))) return true;
  // "live in Kolding 20 year": years in the town, which a name reading ("Kolding 20") would take too.
  if (kind !== 'years' && kind !== 'keyword' && yearsLivedThere(text, start, start + 2)) return true;
  if (kind === 'years')
    return (
      notAgeBeforeYears(text, start) || endsRange(text, start) || yearsOfSomethingElse(text, start, start + 2)
    );
  // "aged 21–35", "Age: 25-30": the span of a group, not one age; "min søn er 19": not hers.
  if (kind === 'keyword') {
    const before = text.slice(Math.max(0, start - 40), start);
    return startsRange(text, start) || LIMIT_BEFORE.test(before) || CHILD_BEFORE.test(before);
  }
  if (kind === 'paren-demonym') return notADemonymInBrackets(text, start);
  if (kind === 'lead-demonym')
    return !isDemonym(/^,\s?(\p{L}+)/u.exec(text.slice(start + 2, start + 40))?.[1] ?? '');
  // "PSE (m/ kondom), 69, fingering": after a bracketed remark in a menu, 69 is the position.
  if (
    kind === 'name-comma' &&
    twoDigitValue(text, start) === 69 &&
    /\)\s?,\s?$/u.test(text.slice(start - 4, start))
  )
    return true;
  if (kind === 'demonym' && !isDemonym(nameBefore(text, deSkipped(text, start)))) return true;
  // "Our girls are between 22 and 35, from Denmark": the end of a span, not a name's age.
  if (kind === 'name-origin' && (endsRange(text, start) || !originAfter(text, start))) return true;
  // "GFE, massage, french, 69.": after "french"/"fransk" (oral sex), "spanish"/"spansk" or
  // "greek"/"græsk" in a menu, 69 is the position; capitalised too, as a name is read: "Massage,
  // French, 69, striptease".
  if (
    (kind === 'demonym' || kind === 'name-comma' || kind === 'name-spaced') &&
    twoDigitValue(text, start) === 69 &&
    /^(?:french|fransk|spanish|spansk|greek|græsk)$/iu.test(nameBefore(text, start))
  )
    return true;
  // "BBBJ • DFK • 69 • GFE", "✔ CBJ\n✔ 69": an item of a menu is the position.
  if (twoDigitValue(text, start) === 69 && menuItem(text, start)) return true;
  if (startsRange(text, start) || startsCompound(text, start)) return true;
  // The end of a day range or a date: "Middelfart 19.–20. dec", "Odense 21. december".
  if (
    DATE_AFTER.test(text.slice(start, start + 16)) ||
    DAY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 6), start))
  )
    return true;
  if (UNIT_AFTER.test(text.slice(start + 2, start + 14))) return true;
  // "Massør 20 år erfaring", "Escort 10 years of experience": the trade's years, not her age.
  if (EXPERIENCE_AFTER.test(text.slice(start + 2, start + 40))) return true;
  return kind !== 'noun' && kind !== 'noun-paren' && kind !== 'demonym' && notAName(kind, text, start);
}

/** The "from" before a country in brackets: "Kristina (27, fra Litauen)" (see the paren-demonym pattern). */
const FROM_FIRST = /^(?:fra|from|z|aus|de|din)\s/iu;

/**
 * For "Name (demonym, NN)" and "Name (NN, demonym)": whether the word beside the number is no
 * demonym, or the word before the bracket no name.
 */
function notADemonymInBrackets(text: string, start: number): boolean {
  const open = text.lastIndexOf('(', start);
  const word = (
    open === start - 1
      ? text.slice(start + 2, text.indexOf(')', start)).replace(/^,\s?/u, '')
      : text.slice(open + 1, text.indexOf(',', open))
  ).replace(FROM_FIRST, '');
  // A country name is as good as the demonym in a roster: "Mia (19, Latvia)".
  if (!isOriginWord(word)) return true;
  const name = nameBefore(text, open);
  return NEVER_A_NAME.has(name) || STREET_NAME.test(name);
}

/** Where the word before a Spanish "de" ends: "cubana de 24" reads "cubana" (see the demonym pattern). */
function deSkipped(text: string, start: number): number {
  return text.startsWith(' de ', start - 4) ? start - 3 : start;
}

/** Whether the word a name pattern read before the number at `start` is no name. */
/** "Max, 29": the name Max, capitalised with a comma, not "max 29" (at most). */
const MAX_THE_NAME = /(?<![\p{L}])Max,\s?$/u;

function notAName(kind: Kind, text: string, start: number): boolean {
  // "Mia – 25 –": the name stands before the dash.
  const name = nameBefore(text, kind === 'name-dashed' ? start - 2 : start);
  if (
    (NEVER_A_NAME.has(name) && !MAX_THE_NAME.test(text.slice(Math.max(0, start - 6), start))) ||
    STREET_NAME.test(name)
  )
    return true;
  if (kind === 'name-word-comma') {
    // Both words: "Kun kontant, 50, …", "Åbent fredag, 18, …" are no name and word.
    const first = wordBeforeWord(text, start);
    return NEVER_A_NAME.has(first) || NOT_A_NAME.has(first) || NOT_A_NAME.has(name);
  }
  // "Fri 18", "Kl. 18": a day or a time word, not a name ("Sun, 45" with a comma is a name).
  return (
    (kind === 'name-spaced' || kind === 'name-is' || kind === 'name-dashed' || kind === 'name-origin') &&
    NOT_A_NAME.has(name)
  );
}

/** After a lower-case name's number: "frm poland", ", española", "🇹🇭" (see the name-origin pattern). */
const ORIGIN_AFTER = /^,?\s(?:(?:from|frm|fra|fr)\s)?(\p{L}{3,})|^\s[\u{1F1E6}-\u{1F1FF}]/u;

function originAfter(text: string, start: number): boolean {
  const m = ORIGIN_AFTER.exec(text.slice(start + 2, start + 40));
  return m !== null && (m[1] === undefined || isOriginWord(m[1]));
}

/** Whether a code unit may end a name: an ASCII letter, or any non-ASCII code unit. */
function mayEndName(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 128;
}

/*
 * Every match of every pattern captures a standalone two-digit number (no digit before or after),
 * and what a pattern matches before its digits (a keyword and a gap) holds no digit, so matches of
 * one pattern never overlap and each belongs to one such number. findAges therefore runs each
 * pattern as a sticky test at the few numbers of a text that could be an age, instead of scanning
 * the whole text once per pattern: the patterns that start with their digits at the number itself, the
 * keyword pattern at each place its keyword could start.
 */
const STICKY = PATTERNS.map(({ kind, re, notAfter, mayMatchAt }) => ({
  kind,
  re: new RegExp(re.source, re.flags.replace('g', '') + 'y'),
  notAfter,
  mayMatchAt,
}));
// Keyword lengths of the keyword pattern ("im", "er" … "jeg er", "hun er", "she is"), in UTF-16 units.
const MIN_KEYWORD = 2;
const MAX_KEYWORD = 6;
const TWO_DIGITS = /\d\d/g;

/**
 * Stated ages (18..99) in free text, most explicit first, then those written in words (18..69, see
 * age-words.ts); phone-number digits are not ages.
 */
export function findAges(text: string, exclude: readonly { start: number; end: number }[] = []): AgeMatch[] {
  const out = findDigitAges(text, exclude);
  // Digits first: a number written out is the weaker reading ("Mia, 25 … I'm twenty-five").
  for (const a of findWordAges(text, exclude)) out.push(a);
  return out;
}

function findDigitAges(text: string, exclude: readonly { start: number; end: number }[]): AgeMatch[] {
  const out: AgeMatch[] = [];
  const candidates = ageCandidates(text, exclude);
  if (candidates.length === 0) return out;
  for (const { kind, re, notAfter, mayMatchAt } of STICKY) {
    for (const start of candidates) {
      if (!mayMatchAt(text, start) || foundAt(out, start)) continue;
      const matched = notAfter ? keywordMatchAt(re, notAfter, text, start) : stickyTest(re, text, start);
      if (!matched || notAnAge(kind, text, start)) continue;
      out.push({ age: twoDigitValue(text, start), start, end: start + 2 });
      const second = kind === 'years' || kind === 'keyword' ? -1 : pairedAge(text, start, candidates);
      if (second >= 0 && !foundAt(out, second))
        out.push({ age: twoDigitValue(text, second), start: second, end: second + 2 });
    }
  }
  return out;
}

// "Joy and Precious, 24 and 26", "Mia og Sofie, 22 og 25 år": after names, a second number joined
// by "and" is the second person's age, in the order of the names. (After no name, "25 og 35 år"
// is a range, which no name pattern reads.) Also in Russian and Romanian: "Маша и Даша, 22 и 24",
// "Ana și Ioana, 23 și 26".
const PAIR_AFTER = /^\s?(?:and|og|och|und|&|i|a|y|e|ir|és|и|și|şi|si)\s?$/u;

/**
 * Where the second age of a pair starts ("24 and 26": the "26"), after the age at `start` that a
 * name pattern read; -1 when no such number follows, or it is no candidate or has a unit after it.
 */
function pairedAge(text: string, start: number, candidates: readonly number[]): number {
  for (const next of candidates) {
    if (next <= start + 2) continue;
    if (next > start + 8 || !PAIR_AFTER.test(text.slice(start + 2, next))) return -1;
    return UNIT_AFTER.test(text.slice(next + 2, next + 14)) || startsRange(text, next) ? -1 : next;
  }
  return -1;
}

function foundAt(found: readonly AgeMatch[], start: number): boolean {
  for (const f of found) if (f.start === start) return true;
  return false;
}

/** Starts of the standalone two-digit numbers of `text` that are ages (18..99) and not excluded. */
function ageCandidates(text: string, exclude: readonly { start: number; end: number }[]): number[] {
  const starts: number[] = [];
  TWO_DIGITS.lastIndex = 0;
  // `test` on a global pattern advances lastIndex without building a match array.
  while (TWO_DIGITS.test(text)) {
    const end = TWO_DIGITS.lastIndex;
    const start = end - 2;
    if (isDigit(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(end))) continue;
    const age = twoDigitValue(text, start);
    if (age < MIN_AGE || age > MAX_AGE) continue;
    if (overlapsAny(exclude, start, end)) continue;
    starts.push(start);
  }
  return starts;
}

function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const x of spans) if (start < x.end && end > x.start) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function twoDigitValue(text: string, start: number): number {
  return (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48;
}

const KEYWORD_END = codePointClass(/^[erdmst]$/iu);

function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Whether the keyword pattern matches with its digits at `digits`. Its keyword ends in a letter
 * and the gap `\s*:?\s*` holds no letter, so the keyword ends where the gap, read backwards from
 * the digits, ends; it can only start MIN_KEYWORD..MAX_KEYWORD units before that.
 */
function keywordMatchAt(re: RegExp, notAfter: RegExp, text: string, digits: number): boolean {
  let gap = digits;
  let colon = false;
  for (;;) {
    const c = text.charCodeAt(gap - 1);
    if (c === 58 && !colon) colon = true;
    else if (!isRegexSpace(c)) break;
    gap--;
  }
  // Every keyword ends in one of these letters (as /iu reads them): most gaps end in another.
  if (KEYWORD_END(text, gap - 1) === 0) return false;
  for (let at = Math.max(0, gap - MAX_KEYWORD); at <= gap - MIN_KEYWORD; at++) {
    // A match from here whose digits are not these belongs to another number.
    if (stickyTest(re, text, at) && re.lastIndex === digits + 2 && !charBeforeIs(text, at, notAfter))
      return true;
  }
  return false;
}

// She states her own age in the first person ("jeg er 43", "I'm 43", "Ich bin", Polish "jestem" and
// "mam", Czech "jsem", Slovak "som", Lithuanian "man").
const FIRST_PERSON_BEFORE =
  /(?<![\p{L}])(?:jeg er|i am|i'm|i’m|im|ich bin|jestem|mam|jsem|som|man)\s*:?\s*$/iu;

/**
 * Of the ages found in one text, the one she states of herself in the first person, where the
 * others are other people's ("Min mand og jeg (jeg er 43, han er 46)"); null when none or more
 * than one age is stated so.
 */
export function firstPersonAge(text: string, ages: readonly AgeMatch[]): number | null {
  let own: number | null = null;
  for (const a of ages) {
    if (!FIRST_PERSON_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    if (own !== null && own !== a.age) return null;
    own = a.age;
  }
  return own;
}

// A couple's ad marks whose age is whose: "Par (hun 41, han 44)", "she 29, he 31", "she is Elin 30
// and he is Johan 34". Hers is the age of the person offered; two women ("hun 24, hun 26") give none.
const HER_BEFORE =
  /(?<![\p{L}])(?:hun|she|kvinden|kvinde|woman|the woman|hun er|she is|she's)(?:\s+\p{Lu}\p{Ll}+)?\s*:?\s*$/iu;
const HIS_BEFORE =
  /(?<![\p{L}])(?:han|he|manden|mand|man|the man|han er|he is|he's)(?:\s+\p{Lu}\p{Ll}+)?\s*:?\s*$/iu;

/**
 * The woman's age in a couple's ad whose two ages are marked hers and his, else null: exactly one
 * distinct age after "hun"/"she" and another after "han"/"he" (see HER_BEFORE).
 */
export function herAgeInCouple(text: string, ages: readonly AgeMatch[]): number | null {
  let her: number | null = null;
  let his = false;
  for (const a of ages) {
    const before = text.slice(Math.max(0, a.start - 24), a.start);
    if (HER_BEFORE.test(before)) {
      if (her !== null && her !== a.age) return null;
      her = a.age;
    } else if (HIS_BEFORE.test(before)) his = true;
    else return null;
  }
  return his ? her : null;
}

// The bare pair of a couple's ad, hers and his: "Par (hun 41, han 44)", "hun 36 og han 39", "(she 29,
// he 31)", also his first: "han 44, hun 41".
const COUPLE_PAIR =
  /(?<![\p{L}])(?:(?:hun|she)\s+(\d{2})\s*(?:,|og|and|&|\/)\s*(?:han|he)\s+\d{2}|(?:han|he)\s+\d{2}\s*(?:,|og|and|&|\/)\s*(?:hun|she)\s+(\d{2}))(?!\d)/iu;

/** The woman's age from a couple's bare pair of ages ("hun 41, han 44"), else null. */
export function herAgeInPair(text: string): number | null {
  const m = COUPLE_PAIR.exec(text);
  if (m === null) return null;
  const age = Number(m[1] ?? m[2]);
  return age >= 18 ? age : null;
}

// "Født 2001", "født i 1998", "born in 2003", "årgang 1990", "fødselsår: 1985", and as typed without
// ø, å ("foedt i 1993", see danish-letters.ts); the year as two digits too ("årgang 89", "født i
// '85", "born in '99"), and before the word in English ("1999 born", "a 1994-born Latina"). Cheap
// gate first: most texts name no birth at all.
const BIRTH_HINT = /født|foedt|born|årgang|aargang|fødselsår|foedselsaar/i;
const BIRTH_YEAR =
  /(?<![\p{L}])(?:født|foedt|born|årgang|aargang|fødselsår|foedselsaar)(?:\s*:\s*|\s+)(?:(?:i|in)\s+)?(?:((?:19|20)\d\d)|['’‘]?(\d\d))(?![\d\p{L}]|[.,]\d|\s?(?:år|aar|years?|yrs?)(?![\p{L}]))|(?<![\d\p{L}])((?:19|20)\d\d)[\s-]born(?![\p{L}])/giu;

/**
 * Ages from a stated year of birth, as of `year` (the year the ad was posted): the age this year,
 * which is one more than the person's until her birthday. Nothing without a year to count from.
 * A year of two digits is of the century that gives an age of 18 or more.
 */
export function findBirthYearAges(text: string, year: number | null): AgeMatch[] {
  if (year === null || !BIRTH_HINT.test(text)) return [];
  const out: AgeMatch[] = [];
  BIRTH_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BIRTH_YEAR.exec(text)) !== null) {
    const written = m[1] ?? m[3] ?? m[2]!;
    let born = Number(written);
    if (written.length === 2) born += year - (2000 + born) >= MIN_AGE ? 2000 : 1900;
    const age = year - born;
    // "født 80 km herfra": two digits and a unit are a count, no year.
    if (
      written.length === 2 &&
      UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))
    )
      continue;
    const start = m[3] !== undefined ? m.index : m.index + m[0].length - written.length;
    if (age >= MIN_AGE && age <= MAX_AGE) out.push({ age, start, end: start + written.length });
  }
  return out;
}

// A year of birth as the whole field: "1990", "born 1991", "født 1988", "årgang: 1995".
const BIRTH_YEAR_FIELD =
  /^\s*(?:(?:born|født|foedt|årgang|aargang|fødselsår)\s*:?\s*(?:(?:in|i)\s+)?)?((?:19|20)\d\d)\s*$/iu;

/**
 * The age in a structured `age` field ("19", "19 år", 19), or null ("18+"). A year of birth counts
 * as of `year` (the year the ad was posted), as findBirthYearAges counts it in the text.
 */
export function parseAgeField(
  value: string | number | null | undefined,
  year: number | null = null,
): AgeMatch | null {
  if (value === null || value === undefined) return null;
  const s = String(value);
  const born = year === null ? null : BIRTH_YEAR_FIELD.exec(s);
  if (born) {
    const age = year! - Number(born[1]);
    if (age < MIN_AGE || age > MAX_AGE) return null;
    const start = born.index + born[0].indexOf(born[1]!);
    return { age, start, end: start + 4 };
  }
  // "18+" is a site's adult marker, not an age ("18 +" and "18+ år" too).
  const m = /(?<!\d)(\d{2})(?!\d|\s?\+)/.exec(s);
  if (!m) return null;
  const age = Number(m[1]);
  if (age < MIN_AGE || age > MAX_AGE) return null;
  return { age, start: m.index, end: m.index + 2 };
}
