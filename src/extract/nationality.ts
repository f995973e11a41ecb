import { HAN, HANGUL, THAI } from './asian-scripts.js';
import { isLanguageFlag } from './language-marks.js';
import { findLanguages, inLanguageList, spokenNameAt, SURNAME_IS_BEFORE } from './languages.js';
import { ORIGINS, REGION_CODES, REGION_MEMBERS } from './nationality-data.js';
import { RecentTexts, TextMemo } from './text-memo.js';
import { normalizeCity } from './cities.js';
import { withoutDanishLetters } from './danish-letters.js';
import { notAnOrigin } from './origin-context.js';
import { phraseMatcher } from './phrases.js';
import { isRegexSpace } from './scan.js';
import { SIGN_D83C, vocabHitsOf } from './vocab-scan.js';

export { REGION_CODES };

/** A stated origin: ISO 3166 alpha-2 (or a region code XL/XS/XF/XE, see nationality-data.ts). */
export interface NationalityMatch {
  code: string;
  start: number;
  end: number;
  /**
   * Her one language after one she lacks ("No English, only Portuguese"): her origin only when the
   * ad names no other, a structured field included (see factsFrom).
   */
  weak?: true;
}

type Kind = 'name' | 'adjective' | 'city';
const LOOKUP = new Map<string, { code: string; kind: Kind }>();
for (const [code, o] of Object.entries(ORIGINS)) {
  for (const n of o.names) LOOKUP.set(n, { code, kind: 'name' });
  for (const a of o.adjectives) {
    LOOKUP.set(a, { code, kind: 'adjective' });
    // The endings are Danish and English ones: none for other scripts ("русская").
    if (!/[a-zæøå]$/.test(a)) continue;
    // The Danish and Norwegian plural in -e, the Swedish one (and definite form) in -a: "svenske
    // piger", "norske jenter", "svenska och lettiska tjejer".
    if (a.endsWith('sk')) {
      LOOKUP.set(`${a}e`, { code, kind: 'adjective' });
      if (!LOOKUP.has(`${a}a`)) LOOKUP.set(`${a}a`, { code, kind: 'adjective' });
    } else if (/[a-z]n$/.test(a) && !a.endsWith('ian')) continue;
    else if (!a.endsWith('s')) LOOKUP.set(`${a}s`, { code, kind: 'adjective' });
  }
  for (const c of o.cities ?? []) if (!LOOKUP.has(c)) LOOKUP.set(c, { code, kind: 'city' });
}

/** Latin letters that take no combining mark off, with their bare letter. */
const BARE_LETTER = new Map([
  ['ł', 'l'],
  ['đ', 'd'],
  ['ı', 'i'],
]);

/** `word` with the diacritics of Latin letters taken off ("timișoara" → "timisoara", "łódź" → "lodz"). */
function withoutDiacritics(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.codePointAt(0)!;
    // Latin letters only (not æ, ø, å, nor Cyrillic "й", "ё").
    const latin =
      (c >= 0xc0 && c < 0x250 && ch !== 'æ' && ch !== 'ø' && ch !== 'å') || (c >= 0x1e00 && c < 0x1f00);
    out += latin ? (BARE_LETTER.get(ch) ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) : ch;
  }
  return out;
}
// Ads write names with their diacritics or without them ("Constanța", "Constanta", "Łódź", "Lodz"):
// every listed word also matches with its Latin letters bare. Danish æ, ø, å are letters of their
// own and stay; a bare form that is another listed word is left alone. Typed on a keyboard without
// them, Danish writes æ, ø, å as ae, oe, aa ("rumaensk", "Rumaenien", "Oesteuropa"): such a word
// matches too.
for (const [word, hit] of [...LOOKUP]) {
  const bare = withoutDiacritics(word);
  if (bare !== word && !LOOKUP.has(bare)) LOOKUP.set(bare, hit);
  const typed = withoutDanishLetters(word);
  if (typed !== word && !LOOKUP.has(typed)) LOOKUP.set(typed, hit);
  // "æ" written by ear as "e": "rumenien", "rumensk", "grekenland".
  const byEar = word.replace(/æ/gu, 'e');
  if (byEar !== word && !LOOKUP.has(byEar)) LOOKUP.set(byEar, hit);
}
// Half of a mixed origin written as one word, in Danish, Swedish and Norwegian: "halvdansk",
// "halvsvensk och halvthai", "halvthailandsk".
for (const [word, hit] of [...LOOKUP])
  if (hit.kind === 'adjective' && /^[a-zæøåäö]+$/u.test(word) && !LOOKUP.has(`halv${word}`))
    LOOKUP.set(`halv${word}`, hit);
const matchPhrases = phraseMatcher(LOOKUP.keys());
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu;

// A demonym before one of these names a style or a dish, not a person's origin ("thai massage",
// "russisk banja", "finsk sauna", "Turkish bath", "tyrkisk bad", "tyrkisk hammam" (not "Turkish bad girl"),
// "french kiss", "swedish massage", "thai-inspireret massage", "kinesisk helsemassage"; "polka dot",
// "polka dance" are no Polish woman; nor are "latinamerikansk musik", "brazilian bikini-linje").
// Nor is a drink she serves: "en kold tjekkisk pilsner", "polsk vodka", "italiensk kaffe"; nor a
// costume: "French maid", "fransk stuepige". The style may stand in brackets: "Intim: brazilian (voks)".
// Nor one massage style named beside another: "Swedish and deep tissue", "svensk / hot stone".
const STYLE_AFTER =
  /^[\s(-]*(?:pilsner|pils|øl|beer|bier|vodka|wodka|vin|wine|kaffe|coffee|espresso|inspireret|inspired|inspiriert|inspirert|banja|banya|sauna|bath|bad(?![\s-]+(?:girl|girls|boy|bitch))|badet|hamm?am|oil|olie|olie-|\p{L}*massage|\p{L}*massagen|massager|massør|massøse|masseuse|kiss|kissing|kys|kysse|style|stil|food|mad|wax|voks|voksning|massage-|body|yoga|yin|stretch|stretching|spa|tantra|shiatsu|tuina|reiki|dot|dots|prikker|dance|dans|musik|music|música|musica|bikini|maid|maids|stuepige|stuepiger|(?:(?:and|og|&|or|eller|\/)\s*)?(?:deep[\s-]?tissue|hot[\s-]?stone|lomi[\s-]?lomi))(?![\p{L}])/iu;
// Japanese shiatsu and Chinese tuina are massage styles too: "inspireret af japansk shiatsu".
// "Polka" is also the dance, which is danced: "vi danser polka", "dance a polka", "tańczyć polkę".
const DANCED_BEFORE =
  /(?<![\p{L}])(?:dans|danse|danser|dansede|dance|dances|dancing|danced|tanzen|tanze|tanzt)\s+(?:(?:a|en|et|eine?n?)\s+)?$/iu;
const DANCES = new Set(['polka', 'polkas']);
// A masseur with her name after it is a person, not a style: "ved dansk massør Karina", "Thai
// masseuse Nok"; "svensk massør" alone stays a style.
const NAMED_MASSEUR = /^[\s-]*(?:massør|massøse|masseuse|masseur)\s+\p{Lu}\p{Ll}+/u;
// Nor is one presented as a person: after "jeg er", after her age ("Mei, 33, kinesisk massøse", "Jeg er
// Louise, 41, dansk tantra-massøse", "er 51 og dansk massør"), after a word for her looks ("Søde thai massøse tager imod", "en lækker asiatisk massøse") or
// the house's "vores" ("med vores kinesiske massøse") or the day's ("Dagens thai massøse: Nim",
// "today's Thai masseuse"). "Uddannet thai massøse" stays a style.
// A massage therapist is a masseuse by another name: "Yuki, 34, japanese massage therapist".
// So is a teacher of tantra or massage: "Freja, 43, Danish tantra teacher".
const MASSEUR_AFTER =
  /^[\s-]*(?:\p{L}+-)?(?:massør|massøse|masseuse|masseur|massage[\s-]?therapist|massageterapeut|(?:tantra|massage)[\s-]?(?:teacher|lærer|lærerinde|therapist|terapeut|practitioner|instructor|instruktør))(?![\p{L}])/iu;
const PERSON_BEFORE =
  /(?:(?<![\p{L}])(?:jeg er|i am|i'm)\s+(?:en\s+|a\s+)?|(?<!\d)\d{2}\s*(?:år|years?)?\s*(?:,|(?<![\p{L}])(?:og|and)(?![\p{L}]))\s*|(?<![\p{L}])(?:søde|sød|smukke|smuk|unge|ung|lækre|lækker|flot|flotte|sexet|sexede|sexy|dejlige|dejlig|sweet|beautiful|young|pretty|lovely|cute|vores|our|dagens|today's|today’s)\s+)$/iu;
const presentedMasseur = (before: string, after: string): boolean =>
  MASSEUR_AFTER.test(after) && PERSON_BEFORE.test(before);
// No massage is called Danish: "Dansk massør med egen klinik", "Danish masseuse" is the person.
const DANISH_MASSEUR = (code: string, after: string): boolean => code === 'DK' && MASSEUR_AFTER.test(after);
// A country or region name before one of these is a business's name, not where she is from ("Asia
// Spa Kolding", "Africa Lounge", "Thailand Massage"); "from Asia. Massage" has a clause end between.
const BUSINESS_AFTER =
  /^[\s-]+(?:spa|massage|massageklinik|wellness|lounge|club|klub|bar|center|centre|studio|salon|palace|paradise|house|hus|sauna|relax)(?![\p{L}])/iu;
// A country before a journey is the place travelled, not her origin: "Denmark tour November",
// "Danmark-turné", "Scandinavia trip", "Danmark tur" ("from Hungary, tour …" keeps its "from"),
// and the Danish "around": "Jeg kører Danmark rundt", "rejser Jylland rundt".
const JOURNEY_AFTER =
  /^[\s-]+(?:tour|tours|turné|turne|tournée|tur|trip|visit|besøg|stay|ophold|holiday|holidays|ferie|vacation|rundt)(?![\p{L}])/iu;
// A country's clothing size is no origin: "UK size 18", "US size 6", "EU str. 40".
const SIZE_AFTER = /^[\s-]+(?:size|sizes|størrelse|str\.?)(?![\p{L}])/iu;
// The same words joined to the country by a hyphen make one noun, a journey there: "Thailand-ferie",
// "Spanien-turen", "Italy-trip".
const JOURNEY_COMPOUND =
  /^-(?:tour|tours|turné|turne|tur|turen|trip|ferie|ferien|ferietur|rejse|rejsen|holiday|vacation|urlaub)(?![\p{L}])/iu;
// Speaking a language is not an origin: "I speak English and Spanish", "taler kun thai", "Jeg gør
// ikke tale dansk", nor the client told to speak one ("tal dansk eller engelsk med receptionen");
// nor is studying one ("I study Danish in Odense", "studerer dansk"). The speak verbs of visitors'
// languages too ("pratar", "spreche", "parle",
// "hablo"); "på"/"in"/"auf" before a demonym name the language something is done in ("Sessioner på
// dansk, engelsk eller tysk", "massage in Russian"), and a list of up to three names may stand between.
// "no" as a word only: the Italian "Sono Federica, italiana" is her name and origin, and so are
// names that start with it ("Noelia, spanish, 29", "Nora, polsk"). The past
// tense and "intet" too ("Da jeg kom, talte jeg ingen engelsk og intet dansk", "I spoke no Danish"),
// and the client asked ("Taler du dansk? Ja").
const LANGUAGE_BEFORE =
  /(?:speak|speaks|speaking|spoken|spoke|talk|talks|talking|tale|talte|snakkede|intet|(?:taler|snakker|forstår) du|learning|learn|lærer|lære|studying|study|studies|studied|studerer|studerede(?:\s+jeg)?|læste(?:\s+jeg)?|læser(?:\s+jeg)?|taler|snakker|snakkar|(?<![\p{L}])(?:på|in|auf)|(?<![\p{L}])(?:tal|snak)(?![\p{L}])|sprog|språk|sprachen|idiomas|language|languages|lidt|little|only|kun|some|good|god|godt|fint|også|also|well|perfect|perfekt|fluent|flydende|(?<![\p{L}])no(?![\p{L}])|ingen|english|engelsk|dansk|danish|pratar|talar|snackar|spreche|parle|hablo|parlo|falo|(?<![\p{L}])sabi(?![\p{L}]))[\s,:/&+]*(?:(?:and|og|or|eller|und|oder)\s+)?(?:\p{L}+\s*(?:[,/&+]\s*(?:(?:and|og|or|eller|und|oder)\s+)?|(?:and|og|or|eller|und|oder)\s+)){0,3}$/iu;
// "ikke dansk" after the languages spoken ("taler thai og engelsk, ikke dansk") is the language not
// spoken, and "not Danish" is no origin either way.
const NOT_BEFORE = /(?<![\p{L}])(?:ikke|not)\s*$/iu;
// A demonym before the clients names their origin, not hers ("Danish clients welcome", "danske
// mænd foretrækkes", "vores tyske naboer"), also when joined to another adjective of them ("Danish and foreign clients",
// "danske og udenlandske mænd", "Danish/international gentlemen"); one with a level after it is a
// language ("Russian no", "English: fluent").
const CLIENTS_AFTER =
  /^(?:\s*(?:and|og|or|eller|&|\/)\s*\p{L}+)?\s+(?:clients?|customers?|guests?|men|gentlemen|guys|kunder|gæster|mænd|herrer|businessmen|business men|forretningsmænd|forretningsfolk|tourists?|turister|travell?ers|visitors|besøgende|naboer|neighbou?rs)(?![\p{L}])/iu;
/**
 * Where she lives, not where she is from: "originally from Lagos but Danish resident", "Swedish
 * residence permit", "dansk bosiddende".
 */
const RESIDENT_AFTER = /^\s+(?:resident|residents|residence|residency|bosiddende)(?![\p{L}])/iu;
/**
 * Friends welcomed are clients too: "Velkommen svenske og danske venner", "Welcome my Norwegian
 * friends" (not "We are 3 Filipina friends", who present themselves).
 */
const WELCOMED_FRIENDS_AFTER =
  /^(?:\s*(?:and|og|och|&|\/)\s*\p{L}+)?\s+(?:friends|venner|vänner)(?![\p{L}])/iu;
const WELCOME_IN_CLAUSE =
  /(?:velkommen|velkomne|välkommen|välkomna|welcome|willkommen)(?:\s+\p{L}+){0,3}\s+$/iu;
// Nor before her partner, children or a school ("Danish husband", "dansk gift", "mine børn går i dansk
// skole", "Danish school"), nor after marriage ("married with a Danish man", "gift med en dansker");
// "dansk mand, 43" is a man presenting himself, and "dansk pas" stays. Nor before a currency ("1 time:
// 1500 danske kroner", "svenska kronor"), also joined to another ("Norwegian and Swedish kroner
// accepted").
const OTHERS_AFTER =
  /^(?:\s*(?:and|og|och|und|&|\/)\s*\p{L}+)?[\s-]+(?:husband|ægtemand|boyfriend|kæreste|partner|gift|married|børn|children|kids|skole|school|sprogskole|course|kursus|lessons|undervisning|kroner|krone|kronor|krona|kr)(?![\p{L}])/iu;
// A demonym in brackets after a currency says which kroner: "1 time 1 500 kr (danske)".
const CURRENCY_BEFORE = /(?<![\p{L}])(?:kr|kroner|kronor)\.?\s*\(\s*$/iu;
// Broken English names the clients in the singular after a quantity: "many danish man come here",
// "only for Danish man"; "Danish man, 35" alone is a man presenting himself, as is "Italian
// gentleman for ladies" (a male escort), but "only for Danish gentleman" is the client.
const CLIENT_MAN_AFTER = /^\s+(?:man|mand|gentleman)(?![\p{L}])/iu;
const QUANTITY_BEFORE = /(?<![\p{L}])(?:many|mange|most|mostly|lots of|all|alle|for|til|only|kun)\s+$/iu;
const MARRIED_BEFORE = /(?:gift med|married (?:to|with))\s+(?:en\s+|a\s+)?$/iu;
// Broken English marries without "to": "I marry Danish man", "married a Danish guy"; only before a
// man's word ("Married Danish woman, 45" presents herself).
const MARRY_BEFORE = /(?<![\p{L}])(?:marry|married|marries)\s+(?:a\s+|an\s+)?$/iu;
const MAN_AFTER = /^\s+(?:man|mand|guy|gentleman|husband|boyfriend)(?![\p{L}])/iu;
// One friend of hers, not she: "En dansk veninde har hjulpet mig med teksten", "a Danish friend
// helps me" (not "to danske veninder", two women presenting themselves, nor "dansk pige").
const ONE_FRIEND_BEFORE = /(?<![\p{L}])(?:en|et|a|an)\s+(?:\p{L}+\s+)?$/iu;
const FRIEND_AFTER =
  /^\s+(?:veninde|ven|friend|kollega|colleague|nabo|naboen|neighbou?r|fotograf|photographer)(?![\p{L}])/iu;
// Her partner's origin said after him: "my husband is Danish", "min mand er dansk".
const PARTNER_IS_BEFORE =
  /(?<![\p{L}])(?:husband|boyfriend|partner|wife|girlfriend|ægtemand|mand|kæreste|kone|hubby)\s+(?:is|er|was|var)\s+(?:also\s+|også\s+)?$/iu;
// A parent's or family's origin is theirs, not hers: "Min far er fra Ghana, men jeg er så dansk som
// rugbrød", "parents from Uganda", "dansk pige med senegalesisk far", "Danish with a Nigerian mum",
// "født af ghanesiske forældre", "my mum is Kenyan", "nigeriansk familie men dansk pas". Her own
// mixed origin stays both ("halvt thai halvt dansk"). Words that can only be others (a father,
// parents, a family) need no more; a mother's word needs a possessive or "med"/"with"/"to"/"af"
// before it, or a verb after it: "Nigerian mum of two" and "enlig mor fra Polen" are she.
// Roots and descent are the family's too: "dansk med afrikanske rødder", "of Somali descent".
const RELATIVE =
  'far|faren|fader|father|dad|forældre|forældrene|parents|familie|familien|family|bedsteforældre|grandparents|bedstefar|farfar|morfar|grandfather|grandpa|rødder|roots|afstamning|herkomst|heritage|descent';
const MOTHER = 'mor|moren|moder|mother|mum|mom|mama|mamma|bedstemor|mormor|farmor|grandmother|grandma';
// After a demonym: "senegalesisk far", "Ghanaian parents"; not "Nigerian far from home".
const RELATIVE_AFTER = new RegExp(
  String.raw`^\s+(?:${RELATIVE})(?![\p{L}])(?!\s+(?:from|away)(?![\p{L}]))`,
  'iu',
);
const MOTHER_AFTER = new RegExp(String.raw`^\s+(?:${MOTHER})(?![\p{L}])`, 'iu');
const KIN_CUE_BEFORE =
  /(?<![\p{L}])(?:med|with|to|af|of|by|my|min|mit|mine|her|hendes|his|hans)\s+(?:(?:a|an|en|et)\s+)?$/iu;
const KIN_VERBS =
  '(?:\\s+(?:er|is|are|was|were|var|kommer|komme|comes|come|came|kom|stammer|originally|oprindeligt|oprindelig|both|begge|også|also))+';
// Before a country or town: "min far er fra Ghana", "my mother comes from Kenya", "parents from
// Uganda", "med min mor fra Kenya".
const RELATIVE_FROM = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${RELATIVE}|${MOTHER})${KIN_VERBS}|(?:forældre|forældrene|parents|bedsteforældre|grandparents)|(?:my|min|mit|mine|her|hendes|med|with)\s+(?:${RELATIVE}|${MOTHER}))\s+(?:fra|from|från)\s+$`,
  'iu',
);
// Before a demonym: "my mum is Kenyan", "min far er gambisk".
const RELATIVE_IS = new RegExp(
  String.raw`(?<![\p{L}])(?:${RELATIVE}|${MOTHER})\s+(?:is|er|was|var)\s+(?:also\s+|også\s+)?$`,
  'iu',
);
const COPULA_END = /(?:is|er|was|var|also|også)$/iu;

// A town abroad written before a word for her names where she is from: "Lagos babe for Vesterbro",
// "Benin City girl", "Bangkok-pige" (capitalised, as a town's name is). Not the towns that are also
// words or other places: "Cali girl" is Californian, "Split" and "Rom" are words, "Sofia girl" is her name.
const TOWN_PERSON_AFTER =
  /^[\s-]+(?:girl|girls|babe|babes|lady|ladies|woman|beauty|queen|pige|piger|kvinde|dame|damer|skønhed)(?![\p{L}])/iu;
const TOWN_WORDS: ReadonlySet<string> = new Set(['cali', 'split', 'rom', 'cork', 'lund', 'bern', 'sofia']);

function townPerson(key: string, text: string, start: number, after: string): boolean {
  const first = text.charAt(start);
  return first !== first.toLowerCase() && TOWN_PERSON_AFTER.test(after) && !TOWN_WORDS.has(key);
}

// A town abroad right after her age, as a profile line states where she is from: "Sofia, 24, Kiev.",
// "Privet, ya Sofia, 24 goda, Kiev", "Olga 29 let, Minsk" (capitalised, the clause ending there; not
// a phone number's last digits: "40 71 25 98, Oslo", nor "Husum", also a part of Copenhagen).
const AGED_TOWN_BEFORE =
  /(?<![\d.,:])(?<!\d\s)\d{2}\s*(?:år|years?|y\.?o\.?|goda|god|let|лет|года|год|роки|років)?\s*,\s*$/iu;
const CLAUSE_END_AFTER = /^\s*(?:[.,!;:)]|$)/u;

function agedTown(key: string, text: string, start: number, before: string, after: string): boolean {
  const first = text.charAt(start);
  return (
    first !== first.toLowerCase() &&
    !TOWN_WORDS.has(key) &&
    key !== 'husum' &&
    CLAUSE_END_AFTER.test(after) &&
    AGED_TOWN_BEFORE.test(before)
  );
}

/** Whether the origin word between `before` and `after` is a parent's or the family's (see RELATIVE). */
function relativeOrigin(kind: Kind, before: string, after: string, core: string | null): boolean {
  if (kind === 'adjective') {
    if (RELATIVE_AFTER.test(after)) return true;
    if (MOTHER_AFTER.test(after) && KIN_CUE_BEFORE.test(before)) return true;
    return core !== null && COPULA_END.test(core) && RELATIVE_IS.test(before);
  }
  return cueBefore(core, FROM_CUE) && RELATIVE_FROM.test(before);
}
// A country before a phone number names the number's country: "Call Denmark 40 71 25 98",
// "WhatsApp Thailand +66 81 734 2290".
const PHONE_AFTER = /^\s*[:.]?\s*(?:\+\s?\d|\d{2}[\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?\d{2})/u;
// The second of a mixed origin: "halv dansk/thai", "half English-Thai", "mixed Thai/Danish". Both
// are hers, though a language word ("dansk/") stands before the second and "English" counts only
// as a person's description.
// Also the pair right after her age, as a profile line states it: "Maja, 30, dansk/jamaicansk"
// (not English there, as often a language: "Lin, 30, thai/english").
const MIXED_SECOND = /(?<![\p{L}])(?:half|halv|halvt|mixed|mix|blandet)\s+\p{L}+\s*[/-]\s*$/iu;
const AGED_PAIR_SECOND = /(?<!\d)\d{2}\s*(?:år|years?)?\s*,\s*\p{L}+\s*[/-]\s*$/iu;
// Danes in general, not her: "most Danes speak it better than me", "danskerne er søde".
const DANES = /^(?:danes|danskere|danskerne)$/iu;
// Also a level said with a verb: "så dansk går fint", "English is fine", "dansk er ok"; and with
// "also" before it: "English is easy for me, Danish also ok", "dansk også ok".
// "better" at the clause's end compares her languages: "My english is small, russian better".
// Broken Danish leaves the verb out before a weak level: "Dansk ikke så godt, english ok".
// The language asked for is one too: "mostly dansk please", "Danish pls" (not "dansk pige").
const LEVEL_AFTER =
  /^\s*:?\s*(?:(?:also|too|også)\s+)?(?:(?:går|is|er)\s+(?:(?:also|too|også)\s+)?(?:fint|fine|godt|good|ok|okay|perfekt|perfect|flydende|fluent)|no|nej|yes|ja|only|please|pls|plz|venligst|ok|okay|fluent|flydende|ikke (?:så |særlig )?godt|not (?:so |very )?good|(?:better|bedre)(?=\s*(?:[.,!;)\n]|$)))(?![\p{L}])/iu;
// A demonym compounded with speaking names a language, even of her ("Hun er russisk-talende",
// "Russian-speaking lady", "rysktalande"): not her origin. "English speaking Danish girl" keeps Danish.
// Also a compound cut short before the next one: "Tysk- og engelsktalende gæster", "German- and
// English-speaking guests".
const SPEAKING_AFTER =
  /^(?:-?\s?|-\s*(?:og|and|eller|or|und|oder|&)\s+\p{L}+-?)(?:talende|talande|speaking|sprechend|sprachige?|speaker)(?![\p{L}])/iu;
// A language put first with the speak verb after it, as Swedish, Norwegian and German order their
// words: "Danska pratar jag inte", "Deutsch spreche ich gut", "Engelsk snakker jeg".
// English learners put it so too, with a level after the verb: "Russian and Ukrainian I speak good"
// (not "Sexy Russian I speak English").
const SPOKEN_VERB_AFTER =
  /^\s+(?:(?:pratar|talar|snackar|snakker|snakkar|taler|spreche|spricht|sprechen)\s+(?:jag|jeg|eg|ich|hon|hun|ho|sie|vi|wir)|(?:(?:and|og|&)\s+\p{L}+\s+)?(?:i|she|we)\s+(?:speak|speaks|talk)\s+(?:(?:very\s+)?(?:good|well|fluent|fluently|perfect|perfectly|best|better|too|also)|(?=[.,!;\n]|$)))(?![\p{L}])/iu;
// The same negated, a second name may come first: "engelsk og dansk kan hun ikke", "dansk og
// engelsk er ikke deres stærke side", broken Danish "Dansk mig ikke forstå".
const NOT_SPOKEN_AFTER =
  /^\s+(?:(?:og|and|eller|or)\s+\p{L}+\s+)?(?:(?:kan|forstår|taler|snakker)\s+(?:jeg|hun|de)\s+ikke|(?:er|is)\s+(?:ikke|not)\s+(?:min|hendes|deres|my|her|their)\s+(?:stærke side|strong side|strong point)|mig\s+ikke\s+(?:forstå|tale|snakke))(?![\p{L}])/iu;
// A demonym listed with English and nothing else in its clause is a language ("Russian and
// English.", "Polish / English", "Danish/English spoken").
// With a speaking word the clause may go on: "Nikoline, 27, Danish/English speaking, outcall only".
// A closing bracket ends the list too, as a phone line's languages are written: "93 25 96 40
// (Danish/English)".
const LANGUAGE_LIST_AFTER =
  /^\s*(?:and|og|och|und|&|\/|,|\+)\s*(?:english|engelsk|engelska|englisch|anglais|inglés|ingles|inglese)\s*(?:(?:spoken|speaking|talende)(?![\p{L}])|(?:[.!;\n)]|$))/iu;
// A country name after these is a place the person is at or goes to, not where she is from.
// These cue lists are tested against the few characters before the trailing spaces of the text
// before a match (see `cueBefore`): a `(...)\s+$` regex over the whole 40 characters retries at
// every position and was the costliest check here.
// After "stay"/"live"/"bo"/"bor" without "in" as broken English and Danish write it ("Me stay
// Denmark long time", "bor Danmark 10 år"), the country is where she lives; after "come"/"arrived"
// ("I just come Denmark 2 week") where she went; so after Pidgin "reach" (arrive) and "land": "I
// reach Denmark two weeks now", "just land Norway".
// A visit or a trip names the place visited, with "to" ("first visit to Denmark", covered by "to") or
// without it, as titles write it ("first visit Denmark", "besøg Danmark", "trip Scandinavia").
// A greeting names the country greeted: "Hallo Dänemark!", "Hej Danmark". Tagalog "sa" is "in"
// ("8 taon na ako sa Denmark": eight years in Denmark).
// Polish "w"/"we" and Czech and Slovak "v"/"ve" are "in" ("pracowałam w Rumunii": "Rumunii" is
// also the genitive that follows "z").
// Travel told in the past or wished for: "har besøgt Vietnam", "backpacket gennem Laos", "Næste mål
// er Japan", "my dream is Japan". Nigerian Pidgin "for" is "in"/"to" ("First time for Denmark",
// "new for Denmark"), and "for" never stands before her own country. Broken English leaves out "to"
// after a verb of going: "before I go Norway", "next week going Sweden", and after travelling:
// "travelling Denmark". A job there names where
// it is: "massage job Denmark", "jobs Norway", "arbejde Danmark".
const PLACE_CUE =
  /(?:\bjob|\bjobs|\barbejde|\bfor|\bbesøgt|\bvisited|\bbeen to|\bbackpacket|\bbackpacked|\brejst|\btravelled|\btraveled|\btravelling|\btraveling|\btravel|\bmål er|\brejsemål er|\bfirst time|\bførste gang|\bdrøm er|\bdream is|\bnext stop is|\bnæste stop er|\bin|\bi|\bw|\bwe|\bv|\bve|\bto|\btil|\bcome|\bcame|\bcomes|\barrived|\barrive|\breach|\breached|\bland|\blanded|\bthrough|\bgennem|\baround|\brundt i|\bvisiting|\bbesøger|\bvisit|\bvisits|\bbesøg|\btrip|\btour|\btour of|\btrip of|\btouring|\bturnerer|\bturné|\bturne|\bbor i|\blive in|\bliving in|\bwork in|\bstay|\bstays|\bstaying|\bbor|\bbo|\blive|\blives|\bliving|\blive for|\bstay for|\bdey|\bdey for|\bgo|\bgoes|\bgoing|\bhallo|\bhello|\bhej|\bhei|\bhey|\bhi|\bsa)$/iu;
// Russian and Bulgarian "из"/"от", Ukrainian "з" ("из Санкт-Петербурга", "з України"): `\b` knows
// no Cyrillic letter, so a non-letter or the start stands before them. Polish, Czech and Slovak
// "z"/"ze"/"zo" and Lithuanian "iš" before a genitive ("z Prahy", "zo Slovenska", "iš Vilniaus").
// German "aus dem Ruhrgebiet", "aus der Schweiz" and Dutch "uit Utrecht" too. The Russian and
// Serbo-Croatian "iz" in Latin letters ("ya iz Minska", "Liza iz Moskvy"). The Greek "από" with
// its article ("από την Αθήνα", "από τη Θεσσαλονίκη"). The second genitive of a Polish, Czech or
// Slovak pair is an origin too: "z Polski i Litwy", "z Česka a Slovenska" ("i" is not Danish "in" there);
// so is a Russian pair in Latin letters: "devushki iz Rossii i Ukrainy".
// Swedish and Norwegian born or raised: "uppvuxen i Göteborg", "född i Malmö", "oppvokst i Bergen".
const FROM_CUE =
  /(?:from|fra|från|frå|\baus|\baus de[mnr]|\buit|\bz|\bze|\bzo|\b(?:z|ze|zo|iz)\s+[^\s,.;:!?]+\s+(?:i|a|oraz)|\biš|\biz|born in|født (?:her )?(?:i|på)|opvokset (?:her )?(?:i|på)|vokset op (?:her )?(?:i|på)|född (?:här )?(?:i|på)|uppvuxen (?:här )?(?:i|på)|oppvokst (?:her )?(?:i|på)|vokst opp (?:her )?(?:i|på)|vuxit upp (?:här )?(?:i|på)|grew up in|raised in|originally|oprindeligt?|kommer fra|(?:^|[^а-яёіїєґ])(?:из|от|з)|(?:^|[^α-ωάέήίόύώϊϋΐΰ])(?:από|απο)(?:\s+(?:την|τη|το|τον))?)$/iu;
// The Romanian "din" (from): "Maria, 27, din Iași". In Danish "din" is "your" ("din Odense-pige"),
// so it counts only before a foreign town. So do Spanish, Portuguese and French "de" and Italian
// "di" ("Soy Javier, de Sevilla", "trans portuguesa de Lisboa"): Danish "de" is "they"/"the".
const DIN_CUE = /\b(?:din|de|di)$/iu;
// She is the subject: "Jeg taler engelsk, og jeg er rumænsk", "I speak English and I am Polish".
const COPULA_CUE = /(?:\bi am|\bi'm|\bim|\bjeg er|\bhun er|\bshe is|\bshe's)$/iu;
// A person word right after a demonym makes it her origin even after a language word ("English
// speaking Danish girl").
// Plurals too ("Swedish and Norwegian ladies"), and the Swedish, Norwegian and German words
// ("svensk tjej", "norske jenter", "Deutsche Frau").
// Her citizenship too, also in a list of languages: "Russian-speaking, Danish passport", "dansk pas".
const PERSON_AFTER =
  /^\s+(?:girl|girls|lady|ladies|woman|women|babe|beauty|model|models|escort|student|milf|mature|pige|piger|kvinde|kvinder|dame|damer|skønhed|studerende|tjej|tjejer|jente|jenter|kvinna|kvinnor|kvinne|frau|frauen|mädchen|damen|passport|pas|statsborger|citizen)(?![\p{L}])/iu;
// A plural person word may close a list of demonyms: "Danish, Swedish and Norwegian ladies" are
// all persons, though "Danish, Swedish" alone would read as languages. Not a singular one: in "I
// speak English and Spanish, Polish girl" only the last is hers.
const PERSON_AFTER_LIST =
  /^(?:\s*(?:,|and|og|och|und|&|\/)\s*\p{L}+){1,3}\s+(?:girls|ladies|women|models|piger|kvinder|damer|tjejer|jenter|kvinnor|frauen|mädchen|damen)(?![\p{L}])/iu;

/**
 * "svensk men har bott i Helsingør i många år": after a Scandinavian adjective ("svensk", "norske",
 * "polska") "men" is the word for "but", not English "men" (clients are "svenske mænd", "Swedish men").
 */
function scandinavianBut(key: string, after: string): boolean {
  return /sk[ea]?$/u.test(key) && /^\s*,?\s*men(?![\p{L}])/iu.test(after);
}

/** Whether a person word follows the demonym that ends at `end`, alone or after a list (see above). */
function personAfter(text: string, end: number, after: string): boolean {
  return PERSON_AFTER.test(after) || PERSON_AFTER_LIST.test(text.slice(end, end + 48));
}
// A negated "from" denies the origin: "jeg er ikke en af pigerne fra Østeuropa", "I'm not from
// Romania", "inte från Polen". Up to four words may stand between, but no "men"/"but" (in "ikke
// dansk men fra Rumænien" the origin is stated) and no punctuation.
const NEGATED_FROM =
  /(?<![\p{L}])(?:ikke|ik|inte|not|never|aldrig|nicht|nie)(?:\s+(?!(?:men|but|aber|ale|utan|snarere|rather)(?![\p{L}]))\p{L}+){0,4}\s+(?:fra|from|från|aus|z|ze)\s+$/iu;
// A distance from a place is where she is near, not where she is from: "twenty minutes on the
// ferry from Helsingborg", "30 km from Flensburg", "en time fra Malmø"; so is an easy reach from
// it ("near ferry in Helsingør, easy from Sweden", "nemt fra Sverige"). Not the English "first
// time": "first time in DK from Polen" is her first visit, and where she comes from.
const DISTANCE_FROM =
  /(?<![\p{L}])(?:minutes?|mins?|min\.|hours?|km|kilometers?|kilometres?|miles?|minutter|minutters|(?<!(?:first|1st|last|second|third)\s+)timer?|times|kørsel|drive|ride|easy|easily|nemt|let at nå)(?:\s+(?:on|by|with|in|med|i|på)\s+(?:the\s+|a\s+)?\p{L}+)?\s+(?:away\s+)?(?:from|fra)\s+$/iu;
// A country she supports or stands with is not hers: "Jeg støtter Ukraine 🇺🇦", "we stand with
// Ukraine", "solidaritet med Ukraine".
const SUPPORT_BEFORE =
  /(?<![\p{L}])(?:støtter|støtte|support|supports|supporting|stand with|stands with|standing with|står med|står sammen med|solidarity with|solidaritet med)\s+$/iu;
const LABEL_AFTER = /^\s?:/u;
const ONLY_CUE = /(?:only|kun)$/iu;
// The "only" after the language with a speak verb before it reads as before it: "Speak Chinese
// only", "jeg taler rumænsk kun" (not "Languages: Russian only", a level in a list).
const SPEAK_BEFORE = /(?<![\p{L}])(?:speak|speaks|taler|snakker)\s+$/iu;
const ONLY_AFTER = /^\s+(?:only|kun)(?![\p{L}])/iu;
const AMOUNT_AFTER = /^\s+(?:lidt|little|a little|a bit|litt|lite)(?![\p{L}])/iu;
const LISTED_ONLY = /[,;]\s*(?:only|kun)$/iu;
// Not a list when the item before is a language she lacks: "Sorry no english, only chinese", "ingen
// dansk, kun thai" read as "I speak only X".
const NONE_THEN_ONLY =
  /(?<![\p{L}])(?:no|not|ingen|ikke|intet)\s+(?:english|engelsk|danish|dansk)\s*[,;]\s*(?:only|kun)$/iu;
// The same cues without the u flag: V8 runs `\b` under /iu about 40x slower (3.6 µs on 16
// characters). They read the same on any text without "ſ", "K" (Kelvin) or "Å" (Angstrom), the only
// characters /iu folds onto these letters and /i does not (checked over the whole BMP).
const IU_ONLY = /[\u017f\u212a\u212b]/;
const ASCII_TWIN = new Map(
  [PLACE_CUE, FROM_CUE, DIN_CUE, ONLY_CUE, COPULA_CUE].map((re) => [re, new RegExp(re.source, 'i')]),
);
// Longer than every cue plus one character of context for `\b`.
const CUE_WINDOW = 16;

/** The last characters of `before` ahead of its trailing whitespace; null when it does not end in whitespace. */
function beforeSpaces(before: string): string | null {
  let k = before.length;
  while (k > 0 && isRegexSpace(before.charCodeAt(k - 1))) k--;
  return k === before.length ? null : before.slice(Math.max(0, k - CUE_WINDOW), k);
}

/** `cue\s+$` on `before`: the cue (ending in a letter) must end where the trailing whitespace starts. */
function cueBefore(core: string | null, cue: RegExp): boolean {
  if (core === null) return false;
  return (IU_ONLY.test(core) ? cue : ASCII_TWIN.get(cue)!).test(core);
}

// Facts and the foreign-nationality detector ask for the same texts a batch of ads apart; structured
// fields also repeat the same few values across ads ("Dansk", "Romanian"), so more are kept.
const recent = [new RecentTexts<NationalityMatch[]>(), new TextMemo<NationalityMatch[]>(5_000)] as const;

/**
 * Origins stated in a text. `field` mode (the structured `nationality` field) takes every match;
 * in free text, massage styles, languages and places visited are skipped, and cities count only
 * after "from"/"fra".
 */
export function findNationalities(text: string, field = false): NationalityMatch[] {
  const memo = recent[field ? 1 : 0];
  const found = memo.get(text) ?? memo.keep(text, scanNationalities(text, field));
  if (field && found.length === 0) {
    const code = FIELD_LANGUAGE_FORMS.get(text.trim().toLowerCase());
    if (code !== undefined) return [{ code, start: 0, end: text.length }];
  }
  return found.slice();
}

/**
 * A structured nationality field filled with the adjective's language form, as German and Dutch
 * forms name it ("Nationalität: deutsch", "Nationaliteit: Nederlands"). In free text these words
 * are mostly the language spoken, so they count in the field alone.
 */
const FIELD_LANGUAGE_FORMS: ReadonlyMap<string, string> = new Map([
  ['deutsch', 'DE'],
  ['nederlands', 'NL'],
  ['niederländisch', 'NL'],
  ['polnisch', 'PL'],
  ['schwedisch', 'SE'],
  ['norwegisch', 'NO'],
  ['finnisch', 'FI'],
  ['österreichisch', 'AT'],
]);

/**
 * Things a place of origin may be said of, not a person: lingerie, wine, oil, shoes … Also a
 * country's clothing sizes: "UK size 18", "US size 6", "italiensk størrelse 42".
 */
const THINGS =
  'size|sizes|størrelse|lingerie|undertøj|wine|vin|perfume|parfume|shoes|sko|dress|kjole|toys|legetøj|souvenirs?|tea|coffee|kaffe|oil|oils|olie|massageolie|products?|produkter|clothes|tøj|stockings|strømper|handbag|taske|design|furniture|møbler|beer|øl|cheese|ost|cuisine|køkken';

/**
 * Where a thing comes from, not she: "My new lingerie from Paris", "massageolie fra Thailand". The
 * thing right before "from" ("sexy chocolate lady from Nigeria" is a person).
 */
/**
 * Where she trained, not where she is from: "3 års uddannelse i thaimassage fra Chiang Mai",
 * "certified in Thai massage from Bangkok". Not a trained person from there: "uddannet massøse fra
 * Chiang Mai", "uddannede massører fra Thailand" say where she is from.
 */
const TRAINED_FROM =
  /(?<![\p{L}])(?:uddannelse|uddannelsen|uddannet|uddannede|certificeret|certifikat|diplom|eksamen|trained|training|educated|education|certified|certificate|diploma|kursus|course)\s+(?:(?:i|in|som|as)\s+)?(?:[\p{L}-]+\s+){0,3}(?<!(?:^|[^\p{L}])(?:massør|massøse|massøser|massører|massøren|massøsen|masseuse|masseuses|masseur|masseurs|therapist|therapists|terapeut|terapeuter|pige|piger|kvinde|kvinder|dame|damer|lady|ladies|girl|girls|woman|women)\s+)(?:from|fra)\s*$/iu;

const THING_FROM = new RegExp(
  String.raw`(?<![\p{L}])(?:${THINGS})\s+(?:straight\s+|direkte\s+)?(?:from|fra)\s*$`,
  'iu',
);

/**
 * A demonym before a thing, a lesson or a landscape names the thing's origin, the language taught
 * or the place, not her: "Italian shoes", "fransk parfume", "I start Danish classes", "dansk
 * undervisning", "the Danish west coast", "dansk sommer", a permit ("Danish residency"); nor does one she is only at heart
 * ("brasileira de coração", "Latina at heart"); nor a licence or a treatment ("dansk autorisation",
 * "kinesisk akupunktur", "Chinese medicine"): where the method or the permit comes from.
 */
const THING_AFTER = new RegExp(
  // A culture she likes is no origin either: "Jeg elsker japansk kultur og anime", "I love Korean culture".
  // Food and meals too: "Italian dinner at my place", "thai mad", "French breakfast"; and the text
  // itself: "hjulpet mig med den danske tekst", "sorry for my Danish grammar"; books she or her mother
  // loves ("min mor elskede russiske romaner", "I read French novels"), and what she watches: "I
  // watch Russian series", "polske komedier", "Turkish films"; the side of a border she lives on:
  // "living on the Danish side of the bridge", "på den svenske side af Øresund"; a surname's origin,
  // not hers: "italiensk efternavn fra min mand", "Danish girl with a Greek surname".
  // A theme evening names no origin either: "orientalsk aften med dans", "a Thai evening"; nor the
  // country's law a house says it keeps: "we respect Danish law", "efter dansk lov"; nor where she
  // lives now: "polsk af fødsel, dansk hverdag", "brasiliansk mor med dansk adresse". A student of the
  // thing is a person, though: "Danish law student", "dansk medicin studerende".
  String.raw`^[\s-]+(?:${THINGS}|law|laws|legislation|lov|loven|lovgivning|lovgivningen|efternavn|efternavnet|efternavne|slægtsnavn|pigenavn|surname|last name|family name|cognome|nom de famille|apellido|sobrenome|series|serier|serierne|tv-serier|tv series|films?|filmene|movies?|comedies|komedier|side of|side af|tekst|teksten|text|oversættelse|oversættelsen|translation|grammatik|grammar|stavning|spelling|romaner|roman|novels?|books?|bøger|litteratur|literature|poetry|poesi|dinner|dinners|middag|middage|food|mad|meal|meals|måltid|cooking|madlavning|breakfast|morgenmad|restaurant|restauranter|dishes|retter|classes|class|lessons?|courses?|kursus|kurser|kurset|undervisning|lektioner|coast|west coast|east coast|coastline|countryside|landscape|nature|summers?|winters?|weather|kyst|kysten|vestkyst|vestkysten|natur|naturen|sommer|sommeren|vinter|vinteren|vejr|vejret|de coração|de corazón|at heart|i hjertet|in my heart|in spirit|residency|residence permit|residence card|work permit|visa|opholdstilladelse|arbejdstilladelse|visum|autorisation|authorisation|authorization|medicin|medicine|kultur|kulturen|culture|akupunktur|acupuncture|teknik|teknikker|teknikkerne|techniques?|metoder|methods?|aften|aftener|evening|evenings|tema|temaaften|theme|themed|hverdag|hverdagen|everyday life|daily life|adresse|adressen|address|bopæl|bopælsadresse)(?![\p{L}])(?![\s-]+(?:student|studerende|studine)(?![\p{L}]))`,
  'iu',
);

/**
 * A journey's start after an arrival somewhere: "I just come Denmark from Italy", "arrived in Odense
 * from Oslo", "kommet til Danmark fra Spanien", or with the arrival alone: "Just arrived from
 * Lisboa", "lige ankommet fra Berlin" (not "I come from Russia", which is her origin); after a landing
 * or, in Pidgin, a "reach" (arrive): "Just landed in Aarhus from Rome", "I just land Odense from
 * Spain", "just reach from Berlin". Where she
 * travelled from, which is her origin only when the text states no other (see scanNationalities):
 * "brasileira … just arrived from Lisboa" is Brazilian.
 */
const ROUTE_BEFORE =
  /(?<![\p{L}])(?:(?:come|came|comes|coming|arrive|arrived|arriving|kommet|kom|ankommet|ankom|land|landed|landet|reach|reached)\s+(?:to\s+|in\s+|til\s+|i\s+)?\p{Lu}\p{L}+|arrive|arrived|arriving|ankommet|ankom|landed|landet|just\s+reach|just\s+land)\s+(?:from|fra)\s+$/u;

/** Combining forms of demonyms, origins only before a hyphen (see nationality-data.ts). */
const COMBINING: ReadonlySet<string> = new Set(['colombo', 'ítalo', 'italo', 'luso']);

const USA_CUE = /(?<![\p{L}])(?:from|fra|in|i|the|til|to)\s+$/iu;

/** Between two places of one list: "Vietnam og Laos", "Thailand, Laos and Cambodia". */
const PLACE_JOIN = /^\s*(?:,|og|and|&|eller|or|und|och)\s*$/iu;
/**
 * A style joined to another that names the massage: "kinesisk og thai massage", "Swedish and Thai
 * massage", "thai/balinesisk massage" (not "thai og elsker massage": the second word must be an origin
 * word too), also a kind of two words: "Swedish & deep tissue massage", "svensk og hot stone massage".
 */
const JOINED_STYLE_AFTER =
  /^\s*(?:og|and|&|\/|,|eller|or|und|och)\s*(\p{L}+)([\s-]+\p{L}+)?[\s-]*(?:\p{L}*massage|\p{L}*massagen|massør|massøse|masseuse)(?![\p{L}])/iu;

/**
 * Other kinds of massage in the same list: "Oil, Thai, foot massage", "thai, olie og fodmassage"
 * (the word before "massage" names a kind, not an origin).
 */
const MASSAGE_KIND =
  /^(?:oil|olie|foot|fod|body|aroma|aromatherapy|classic|klassisk|relax|relaxing|afslappende|sports?|deep|dyb|hot|stone|back|ryg|head|hoved|neck|nakke|lymph|lymfe|tantra|nuru|erotic|erotisk|sensual|sensuel|soap|herbal|cupping|medical|wellness)$/iu;

/**
 * Two kinds of massage sharing one word, as Danish writes them: "Koreansk ansigts- og kropsmassage",
 * "thai fod- og rygmassage" (the demonym names the style of both).
 */
const SHARED_STYLE_AFTER = /^\s+\p{L}+-\s*(?:og|eller|&|\/|,)\s*\p{L}*massage(?:n)?(?![\p{L}])/iu;
/**
 * Another kind named beside it, "massage" left out: "Thai og olie", "thai & oil", "Thai eller
 * olie?" ("Thai og oliemassage" is JOINED_STYLE_AFTER's).
 */
const JOINED_OIL_AFTER = /^\s*(?:og|and|&|\/|eller|or)\s*(?:oil|olie)(?![\p{L}])/iu;

function joinedStyle(text: string, end: number): boolean {
  const near = text.slice(end, end + 48);
  if (SHARED_STYLE_AFTER.test(near) || JOINED_OIL_AFTER.test(near)) return true;
  const m = JOINED_STYLE_AFTER.exec(near);
  if (m === null) return false;
  // A second word only after a kind: "hot stone", "deep tissue" (not "Thai girls massage").
  if (m[2] !== undefined) return MASSAGE_KIND.test(m[1]!);
  return LOOKUP.get(m[1]!.toLowerCase())?.kind === 'adjective' || MASSAGE_KIND.test(m[1]!);
}

/** "pad thai" is a dish. */
const DISH_BEFORE = /(?<![\p{L}])(?:pad|phad)\s+$/iu;
/**
 * The cocktails: "en White Russian i baren", "a Black Russian with dinner" (not "I'm a white Russian
 * woman", nor "white Russian girl").
 */
const COCKTAIL_BEFORE =
  /(?<![\p{L}])(?:en|a|one|din|your|kold|cold|glass of|et glas)\s+(?:white|black)\s+$/iu;
const COCKTAIL_PERSON_BEFORE = /(?<![\p{L}])(?:jeg er|i am|i'm|im)\s+\p{L}+\s+\p{L}+\s+$/iu;
const COCKTAIL_PERSON_AFTER =
  /^[\s-]*(?:girl|girls|woman|women|lady|ladies|pige|piger|kvinde|dame|escort|model|blonde|brunette|beauty|babe|milf)(?![\p{L}])/iu;
const russianCocktail = (before: string, after: string): boolean =>
  COCKTAIL_BEFORE.test(before.slice(-24)) &&
  !COCKTAIL_PERSON_BEFORE.test(before.slice(-32)) &&
  !COCKTAIL_PERSON_AFTER.test(after);

/** "Traditionel thai, olie, hot stone", "traditional Chinese": a tradition names a style, not her. */
const TRADITION_BEFORE = /(?<![\p{L}])(?:traditionel|traditionelle|traditional|traditionell)\s+$/iu;

function scanNationalities(text: string, field: boolean): NationalityMatch[] {
  const out: NationalityMatch[] = [];
  let routes: NationalityMatch[] | undefined;
  /** End of the last country read as a place (see PLACE_CUE), or -1. */
  let placeEnd = -1;
  /** End of the last town read as her origin, or -1. */
  let fromEnd = -1;
  /**
   * Origins of her parents or family (see RELATIVE), or a country she supports (SUPPORT_BEFORE): their
   * flags are theirs too ("min mor er fra Kenya 🇩🇰🇰🇪", "Jeg støtter Ukraine 🇺🇦").
   */
  let kin: Set<string> | undefined;
  for (const pm of matchPhrases(text)) {
    let noneThenOnly = false;
    const key = pm.key;
    const hit = LOOKUP.get(key);
    if (!hit) continue;
    const { start, end } = pm;
    // Spanish and Portuguese "usa" (uses): "usa traductor". The country is written "USA", or after
    // "from", "in", "the" ("from usa").
    if (
      key === 'usa' &&
      text.slice(start, end) !== 'USA' &&
      !USA_CUE.test(text.slice(Math.max(0, start - 8), start))
    )
      continue;
    if (!field) {
      // "gennem Vietnam og Laos": a place joined to a place is a place too.
      if (placeEnd >= 0 && PLACE_JOIN.test(text.slice(placeEnd, start))) {
        placeEnd = end;
        continue;
      }
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 20);
      const core = beforeSpaces(before);
      // "Our ladies come from Riga, Vilnius and Tallinn": a town joined to a town she is from.
      const fromList = fromEnd >= 0 && PLACE_JOIN.test(text.slice(fromEnd, start));
      if (
        hit.kind === 'city' &&
        !fromList &&
        !cueBefore(core, FROM_CUE) &&
        !(
          hit.code !== 'DK' &&
          (cueBefore(core, DIN_CUE) ||
            townPerson(key, text, start, after) ||
            agedTown(key, text, start, before, after))
        )
      )
        continue;
      if (clientsFrom(text, start)) continue;
      if (
        relativeOrigin(hit.kind, before, after, core) ||
        (hit.kind === 'name' && SUPPORT_BEFORE.test(before))
      ) {
        (kin ??= new Set()).add(hit.code);
        continue;
      }
      if (NEGATED_FROM.test(before) || DISTANCE_FROM.test(before)) continue;
      if (hit.kind !== 'adjective' && THING_FROM.test(before)) continue;
      if (hit.kind !== 'adjective' && TRAINED_FROM.test(text.slice(Math.max(0, start - 64), start))) continue;
      if (
        hit.kind === 'adjective' &&
        STYLE_AFTER.test(after) &&
        !NAMED_MASSEUR.test(after) &&
        !presentedMasseur(before, after) &&
        !DANISH_MASSEUR(hit.code, after)
      )
        continue;
      if (hit.kind === 'adjective' && (THING_AFTER.test(after) || SURNAME_IS_BEFORE.test(before))) continue;
      if (hit.kind === 'adjective' && joinedStyle(text, end)) continue;
      if (key === 'thai' && DISH_BEFORE.test(before)) continue;
      if (hit.kind === 'adjective' && TRADITION_BEFORE.test(before) && !PERSON_AFTER.test(after)) continue;
      if (DANCES.has(key) && DANCED_BEFORE.test(before)) continue;
      if (key === 'russian' && russianCocktail(before, after)) continue;
      if (
        hit.kind === 'adjective' &&
        endsInJoin(core ?? before) &&
        (MIXED_SECOND.test(before) ||
          (AGED_PAIR_SECOND.test(before) && key !== 'english' && key !== 'engelsk'))
      ) {
        out.push({ code: hit.code, start, end });
        continue;
      }
      if (hit.kind === 'adjective') {
        const clause = lastClause(before);
        // Speaking *only* a foreign language ("I speak only thai", "taler kun rumænsk") does state an origin.
        // "tale dansk, kun spansk": an "only" that continues a list of languages is no more than the list.
        // "Kun dansk lidt" (only a little Danish): the amount after takes the "only" back.
        // "No English, only Portuguese" names her origin only when the text names no other (as a
        // journey's start, below): "girl from Brazil … No English, only Portuguese" is Brazilian.
        noneThenOnly =
          cueBefore(core, ONLY_CUE) &&
          LISTED_ONLY.test(core!) &&
          NONE_THEN_ONLY.test(core!) &&
          !AMOUNT_AFTER.test(after);
        const only =
          (cueBefore(core, ONLY_CUE) && !LISTED_ONLY.test(core!) && !AMOUNT_AFTER.test(after)) ||
          (ONLY_AFTER.test(after) && SPEAK_BEFORE.test(before)) ||
          noneThenOnly;
        if (
          SPEAKING_AFTER.test(text.slice(end, end + 40)) ||
          SPOKEN_VERB_AFTER.test(text.slice(end, end + 48)) ||
          NOT_SPOKEN_AFTER.test(text.slice(end, end + 64))
        )
          continue;
        // A label before the text in that language or a level: "Dansk: kun incall, kan ikke gå ud",
        // "English: only outcall", "Dansk: nej".
        if (LABEL_AFTER.test(after)) continue;
        // A Danish plural or definite form ("vietnamesiske", "rumænske") is never a language's name:
        // "damer på vagt, thai og vietnamesiske" are persons.
        const person = personAfter(text, end, after);
        if (!only && !person && !key.endsWith('ske') && LANGUAGE_BEFORE.test(clause)) continue;
        // A name the language finder reads as spoken here ("I speak turkish, english and a bit of
        // danish", "fluent in Russian and Ukrainian"), unless she is said to be it ("og jeg er rumænsk").
        if (!only && !person && !cueBefore(core, COPULA_CUE) && spokenNameAt(text, start)) continue;
        if (LANGUAGE_LIST_AFTER.test(after) || NOT_BEFORE.test(clause)) continue;
        // "Portuguese, English, Spanish.": a clause of nothing but language names lists languages.
        if (inLanguageList(key, text, start, end)) continue;
        // "Danish clients welcome", "danske mænd", "Russian no": the clients, or a language level.
        if (
          (CLIENTS_AFTER.test(text.slice(end, end + 48)) && !scandinavianBut(key, after)) ||
          (LEVEL_AFTER.test(after) && !(only && ONLY_AFTER.test(after)))
        )
          continue;
        if (CLIENT_MAN_AFTER.test(after) && QUANTITY_BEFORE.test(before)) continue;
        if (RESIDENT_AFTER.test(after)) continue;
        if (WELCOMED_FRIENDS_AFTER.test(text.slice(end, end + 40)) && WELCOME_IN_CLAUSE.test(before))
          continue;
        if (OTHERS_AFTER.test(after) || CURRENCY_BEFORE.test(before) || MARRIED_BEFORE.test(before)) continue;
        if (DANES.test(text.slice(start, end))) continue;
        if ((MARRY_BEFORE.test(before) && MAN_AFTER.test(after)) || PARTNER_IS_BEFORE.test(before)) continue;
        if (ONE_FRIEND_BEFORE.test(before) && FRIEND_AFTER.test(after)) continue;
        // "English" as the language spoken, "fransk med kondom" as a service (see origin-context.ts).
        if (notAnOrigin(key, text, start, end, core, clause)) continue;
      }
      // A country joined to a journey is the journey's, even after "from": "hjem fra Thailand-ferie".
      if (hit.kind === 'name' && JOURNEY_COMPOUND.test(after)) continue;
      if (hit.kind === 'name' && !cueBefore(core, FROM_CUE)) {
        if (cueBefore(core, PLACE_CUE)) {
          placeEnd = end;
          continue;
        }
        if (BUSINESS_AFTER.test(after) || JOURNEY_AFTER.test(after) || SIZE_AFTER.test(after)) continue;
        if (PHONE_AFTER.test(after)) continue;
      }
      // A combining form only before its hyphen: "colombo-venezolana" (not "from Colombo").
      if (COMBINING.has(key) && !/^-\p{L}/u.test(after)) continue;
      // "latin" alone is too vague outside "latin girl/lady/beauty".
      if (key === 'latin' && !/^\s+(?:girl|lady|woman|beauty|pige|kvinde|babe)/iu.test(after)) continue;
      if (noneThenOnly) {
        (routes ??= []).push({ code: hit.code, start, end, weak: true });
        continue;
      }
      if (hit.kind !== 'adjective' && ROUTE_BEFORE.test(before)) {
        (routes ??= []).push({ code: hit.code, start, end });
        continue;
      }
    }
    out.push({ code: hit.code, start, end });
    if (hit.kind === 'city' && !field) fromEnd = end;
  }
  // A journey's start counts when the text names no other origin, or names the same one; a "none,
  // only X" language when it names no other (and the ad none either, see factsFrom).
  if (routes !== undefined)
    for (const r of routes)
      if (r.weak ? out.every((o) => o.weak) : out.length === 0 || out.some((o) => o.code === r.code))
        out.splice(out.findIndex((o) => o.start > r.start) >>> 0, 0, r);
  if (!field && BIRTH_HINT.test(text)) readDanishBirthplace(text, out);
  if (!field && text.includes('(')) readBracketCodes(text, out);
  if (HAN.test(text)) readChineseOrigins(text, out);
  readKoreanAndThaiOrigins(text, out);
  // Flag letters are U+1F1E6–U+1F1FF: their first code unit is U+D83C, which the vocabulary pass
  // notes; most ads have none and skip the pattern.
  if ((vocabHitsOf(text).signs & SIGN_D83C) === 0) return out;
  FLAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FLAG.exec(text)) !== null) {
    // "Languages: 🇺🇦 🇷🇺 🇬🇧" names what she speaks, not where she is from.
    if (
      !field &&
      (isLanguageFlag(text, m.index) ||
        clientsFrom(text, m.index) ||
        welcomedFlag(text, m.index) ||
        destinationFlag(text, m.index) ||
        TRIP_BEFORE_FLAG.test(text.slice(Math.max(0, m.index - 32), m.index)) ||
        BORDER_BEFORE_FLAG.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
        besideSpokenName(text, m))
    )
      continue;
    const code = String.fromCharCode(
      m[1]!.codePointAt(0)! - 0x1f1e6 + 65,
      m[2]!.codePointAt(0)! - 0x1f1e6 + 65,
    );
    if (!field && townVisited(text.slice(Math.max(0, m.index - 48), m.index), code)) continue;
    if (kin?.has(code) === true && !out.some((o) => o.code === code)) continue;
    out.push({ code, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const CHINESE_COUNTRY: Readonly<Record<string, string>> = {
  中国: 'CN',
  越南: 'VN',
  泰国: 'TH',
  韩国: 'KR',
  日本: 'JP',
  菲律宾: 'PH',
  // Hong Kong and Taiwan, also in traditional script: "来自香港", "台灣女生".
  香港: 'HK',
  台湾: 'TW',
  台灣: 'TW',
};
/**
 * Origins written in Chinese, which has no spaces for the phrase reader: "来自中国" (from China; "來自"
 * in traditional script), or
 * the country before a word for the person ("中国女孩", "中国人", "越南美女", "中国技师", "中国女人"),
 * or alone after her age in a self-description ("28岁，中国。"). Not the country before a massage
 * style ("中国按摩" is Chinese massage), nor before a greeting ("欢迎中国朋友": Chinese friends welcome).
 */
const HAN_COUNTRIES = Object.keys(CHINESE_COUNTRY).join('|');
// Chinese cities ("来自上海", from Shanghai) stand for China after "来自" only.
const CHINESE_CITIES = '上海|北京|广州|深圳|哈尔滨|成都|重庆|天津|武汉|南京|杭州|西安|大连|沈阳|福建|东北';
const CHINESE_ORIGIN = new RegExp(
  `[来來]自(${HAN_COUNTRIES})|(${HAN_COUNTRIES})(?=女孩|美女|妹|姑娘|小姐|学生|學生|人|技师|技師|按摩师|佳丽|女人|女生|女士)|(?<=[岁歲][，,、]\\s?)(${HAN_COUNTRIES})(?=[。，,.!！、\\s]|$)|[来來]自(${CHINESE_CITIES})`,
  'gu',
);

function readChineseOrigins(text: string, out: NationalityMatch[]): void {
  CHINESE_ORIGIN.lastIndex = 0;
  for (let m = CHINESE_ORIGIN.exec(text); m !== null; m = CHINESE_ORIGIN.exec(text)) {
    const city = m[4];
    const country = m[1] ?? m[2] ?? m[3] ?? city!;
    const start = m.index + m[0].length - country.length;
    out.push({
      code: city === undefined ? CHINESE_COUNTRY[country]! : 'CN',
      start,
      end: start + country.length,
    });
  }
}

const KOREAN_COUNTRY: Readonly<Record<string, string>> = {
  한국: 'KR',
  중국: 'CN',
  태국: 'TH',
  베트남: 'VN',
  일본: 'JP',
  필리핀: 'PH',
};
/**
 * Origins written in Korean: the country before a word for the person ("한국 여자" a Korean woman,
 * "태국 아가씨", "한국 출신" from Korea) or with the suffix "인" ("한국인", a Korean). Not the
 * language ("한국어") nor a style ("태국 마사지").
 */
const KOREAN_ORIGIN = new RegExp(
  `(${Object.keys(KOREAN_COUNTRY).join('|')})(?:\\s?(?=여자|여성|아가씨|사람|출신|언니)|(?=인(?:[\\s.,!]|$|이|입)))`,
  'gu',
);
const THAI_COUNTRY: Readonly<Record<string, string>> = { ไทย: 'TH', ลาว: 'LA', จีน: 'CN', เวียดนาม: 'VN' };
/**
 * Origins written in Thai, without spaces: a word for the person before the country ("สาวไทย" a
 * Thai girl, "คนไทย" a Thai person, "ผู้หญิงไทย"), or "มาจาก" (comes from) before it. Not the
 * language after "พูด" (speak) or "ภาษา" (language), nor a style ("นวดไทย" is Thai massage).
 */
const THAI_ORIGIN = new RegExp(
  `(?:สาว|คน|ผู้หญิง|มาจาก(?:ประเทศ)?)(${Object.keys(THAI_COUNTRY).join('|')})`,
  'gu',
);

function readKoreanAndThaiOrigins(text: string, out: NationalityMatch[]): void {
  const pairs: [RegExp, Readonly<Record<string, string>>, RegExp][] = [
    [KOREAN_ORIGIN, KOREAN_COUNTRY, HANGUL],
    [THAI_ORIGIN, THAI_COUNTRY, THAI],
  ];
  for (const [re, codes, script] of pairs) {
    if (!script.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const country = m[1]!;
      const start = m.index + m[0].indexOf(country);
      out.push({ code: codes[country]!, start, end: start + country.length });
    }
  }
}

// A capitalised name right before a bracket ("Maria (BG)"), after a space or the text start.
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) ?$/u;
const REGIONS: ReadonlySet<string> = new Set(REGION_CODES);
const REGION_OF = new Map<string, string>();
for (const [region, members] of Object.entries(REGION_MEMBERS))
  for (const c of members) REGION_OF.set(c, region);

/** A cheap test before BIRTHPLACE: most texts name no birthplace. */
const BIRTH_HINT = /født|opvokset|vokset op|born|grew up|raised|född|uppvuxen|oppvokst/iu;
/**
 * Born or raised in a Danish town: "født og opvokset i Svendborg", "born and raised in Aarhus",
 * also "here" before it: "født og opvokset her i Randers", "born and raised here in Odense";
 * "vokset op i Vejle", Swedish and Norwegian "född och uppvuxen i Odense". The town, capitalised, must be one cities.ts knows; a foreign town or a
 * country is read by the loop above ("født i Polen").
 */
const BIRTHPLACE =
  /(?<![\p{L}])(?:[Ff]ødt|[Oo]pvokset|[Vv]okset op|[Bb]orn|[Gg]rew up|[Rr]aised|[Ff]ödd|[Uu]ppvuxen|[Oo]ppvokst)(?:\s+(?:og|och|and|&)\s+(?:opvokset|vokset op|raised|bred|grew up|uppvuxen|oppvokst))?\s+(?:(?:her|here|lige her|right here|här)\s+)?(?:i|in)\s+(\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}*)?)/gu;

function readDanishBirthplace(text: string, out: NationalityMatch[]): void {
  if (out.some((o) => o.code === 'DK')) return;
  BIRTHPLACE.lastIndex = 0;
  for (let m = BIRTHPLACE.exec(text); m !== null; m = BIRTHPLACE.exec(text)) {
    const town = m[1]!;
    // "Aarhus C", "Vesterbro": a district or a two-word name, else the first word alone.
    if (normalizeCity(town) === null && normalizeCity(town.split(/[\s-]/u)[0]) === null) continue;
    const start = m.index + m[0].length - town.length;
    out.splice(out.findIndex((o) => o.start > start) >>> 0, 0, {
      code: 'DK',
      start,
      end: start + town.length,
    });
    return;
  }
}

/**
 * Country codes in brackets after a name, as line-ups write them ("Maria (BG), Stela (BG), Ivana
 * (RO)"): upper case, a country of ORIGINS, right after a capitalised name. Not a
 * region code (no one writes those), not after a Danish town ("Odense (DK)" is where, not whose),
 * nor after a place cue ("now in Berlin (DE)").
 */
function readBracketCodes(text: string, out: NationalityMatch[]): void {
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const a = text.charCodeAt(i + 1);
    const b = text.charCodeAt(i + 2);
    if (a < 65 || a > 90 || b < 65 || b > 90 || text.charCodeAt(i + 3) !== 41) continue;
    const code = String.fromCharCode(a, b);
    if (!Object.hasOwn(ORIGINS, code) || REGIONS.has(code)) continue;
    const head = text.slice(Math.max(0, i - 40), i);
    const name = NAME_BEFORE.exec(head);
    if (name === null || normalizeCity(name[1]) !== null) continue;
    const nameStart = head.length - (head.endsWith(' ') ? 1 : 0) - name[1]!.length;
    if (cueBefore(beforeSpaces(head.slice(0, nameStart)), PLACE_CUE)) continue;
    out.push({ code, start: i + 1, end: i + 3 });
  }
}

// Where the clients come from, not she: "Many of my clients are from 🇺🇸🇩🇪🇳🇴", "mine kunder er fra
// Norge og Sverige", "guests from Germany, Norway". Between the cue and the match only flags, names
// (capitalised) and list separators: "Clients from Norway love me, I am Polish" keeps Polish.
// English "men" only with "from": in "men fra Vietnam" it is the Danish "but". Not across her own
// "I am": "Hey sweet men, I am Andreea 23 from Romania" is where she is from.
const clientsFromPattern = (clients: string, from: string): RegExp =>
  new RegExp(
    `(?<![\\p{L}])(?:${clients})(?![\\p{L}])(?:(?!(?:I am|I'm|I’m|jeg er|jag är)(?![\\p{L}]))[^.!?\\n]){0,24}?(?<![\\p{L}])(?:${from})(?:[\\s,/&+]|\\uFE0F|[\\u{1F1E6}-\\u{1F1FF}]|\\p{Lu}\\p{Ll}*|(?:and|og|or|eller)(?![\\p{L}]))*$`,
    'u',
  );
const CLIENTS_FROM = [
  clientsFromPattern(
    '[Cc]lients?|[Cc]ustomers?|[Gg]uests?|[Kk]under(?:ne)?|[Gg]æster(?:ne)?|[Hh]errer(?:ne)?|mænd(?:ene)?',
    'from|fra|From|Fra',
  ),
  // German and Swedish: "viele meiner Gäste kommen aus Flensburg", "gäster från Malmö".
  clientsFromPattern('Gäste|Kunden|Männer|gäster|kunder|herrar|män', 'aus|Aus|från|Från'),
  clientsFromPattern('men', 'from|From'),
];

// The people welcomed, named before their flags: "Välkommen även svenskar 🇸🇪", "Velkommen til svenske
// og norske mænd 🇸🇪🇳🇴", "Swedish clients welcome 🇸🇪". A welcome alone keeps the flag ("Velkommen til
// Sofia 🇸🇪"), as does a demonym that is she ("Vi er svenskar 🇸🇪" has no welcome).
const WELCOMED_PEOPLE =
  '(?:clients?|customers?|guests?|men|gentlemen|guys|tourists?|visitors|kunder(?:ne)?|gæster(?:ne)?|mænd(?:ene)?|herrer(?:ne)?|turister|gäster|herrar|män|svenskar|norrmän|danskar|finnar|tyskar|svenskere|danskere|tyskere|nordmænd|nordmenn|svensker|Swedes|Norwegians|Danes|Germans|Finns|venner|vänner)';
const WELCOME = '(?:velkommen|velkomne|välkommen|välkomna|welcome|willkommen)';
const WELCOMED_BEFORE_FLAG = new RegExp(
  `(?:${WELCOME}(?![\\p{L}])[^.!?\\n]{0,48}?(?<![\\p{L}])${WELCOMED_PEOPLE}|(?<![\\p{L}])${WELCOMED_PEOPLE}\\s+(?:(?:er|är|are|sind)\\s+)?(?:(?:også|även|also|auch)\\s+)?${WELCOME})[\\s!.,:]*$`,
  'iu',
);

/** Whether the flag at `start` stands for the clients welcomed just before it (WELCOMED_BEFORE_FLAG). */
function welcomedFlag(text: string, start: number): boolean {
  const before = text
    .slice(Math.max(0, start - 80), start)
    .replace(/(?:\s|\uFE0F|[\u{1F1E6}-\u{1F1FF}])+$/u, '');
  return /velkom|välkom|welcom|willkom/i.test(before) && WELCOMED_BEFORE_FLAG.test(lastClause(before + ' '));
}

/**
 * Denmark's flag right after Denmark named as where she comes to: "FIRST TIME IN DENMARK 🇩🇰✈️",
 * "Welcome to Denmark 🇩🇰", "tour i Danmark 🇩🇰", in Chinese "刚到丹麦🇩🇰" (just arrived in Denmark); in
 * visitors' languages: "Primera vez en Dinamarca 🇩🇰", "in Danimarca", "w Danii", "v Dánsku",
 * Lithuanian "Danijoje". The flag repeats the place, not her origin.
 */
const DESTINATION_BEFORE =
  /(?:(?<![\p{L}])(?:in|i|to|til|around|rundt i|visiting|besøger|en|a|na|em|nach|w|do|v|ve)\s+(?:denmark|danmark|dk|dinamarca|danimarca|dänemark|danii|dánsku|dánska|dánsko)|(?<![\p{L}])danijoje|[到来來在]丹[麦麥])(?:[\s!.,:]|\uFE0F)*$/iu;

function destinationFlag(text: string, start: number): boolean {
  return (
    text.codePointAt(start) === 0x1f1e9 &&
    text.codePointAt(start + 2) === 0x1f1f0 &&
    DESTINATION_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}

/**
 * A flag after a trip and "in": "back frm skiing in 🇦🇹", "ferie i 🇪🇸", "holiday in 🇹🇭 last month".
 * The flag is where she went, not her origin ("Back from Thailand" alone still gives TH).
 */
const TRIP_BEFORE_FLAG =
  /(?<![\p{L}])(?:skiing|ski|skiferie|holiday|holidays|vacation|ferie|ferien|trip|rejse|weekend)\s+(?:in|i|to|til)\s*$/iu;

/**
 * Flags after a border are the two countries it divides, not her origin: "bor i Padborg lige ved
 * grænsen 🇩🇰🇩🇪", "right at the border 🇩🇪🇩🇰" (the second flag has the first between).
 */
const BORDER_BEFORE_FLAG =
  /(?<![\p{L}])(?:grænse|grænsen|grenze|border|grensen|gränsen)(?:\s|\uFE0F|[\u{1F1E6}-\u{1F1FF}])*$/iu;

/**
 * A stay or trip in a town, then that town's country flag: "Lige kommet hjem fra en uge i Budapest
 * 🇭🇺", "a week in Rome 🇮🇹", "ferie i Bangkok 🇹🇭". The flag repeats the town she visited; a flag
 * of another country stays hers ("3 days in Odense 🇷🇴", "Back from Thailand" with no stay).
 */
const STAY_IN_TOWN_BEFORE_FLAG =
  /(?<![\p{L}])(?:uge|uger|ugen|week|weeks|dage|days|weekend|ferie|ferien|holiday|holidays|vacation|trip|rejse|tur)\s+(?:in|i)\s+(\p{L}+)\s*$/iu;

function townVisited(before: string, code: string): boolean {
  const town = STAY_IN_TOWN_BEFORE_FLAG.exec(before)?.[1]?.toLowerCase();
  if (town === undefined) return false;
  const entry = LOOKUP.get(town);
  return entry?.kind === 'city' && entry.code === code;
}

/** Whether the match at `start` names where the clients come from (see CLIENTS_FROM). */
function clientsFrom(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  // Cheap gate: no "from"/"fra"/"från"/"aus" in the window, no clients' origin.
  if (!/fr[oaå]|aus/i.test(before)) return false;
  const clause = lastClause(before);
  return CLIENTS_FROM.some((re) => re.test(clause));
}

// Only flags, spaces and U+FE0F between a flag and a language name.
const FLAGS_ONLY = /^(?:\s|\uFE0F|[\u{1F1E6}-\u{1F1FF}])*$/u;

/**
 * Whether the flag `m` stands right beside a language name read as spoken, with only flags and
 * spaces between ("speaking fluent English 🇬🇧", "🇬🇧🇺🇸 English speaking"): the language's
 * flag, not her origin. "Danish girl 🇩🇰" is no language spoken, so its flag stays.
 */
function besideSpokenName(text: string, m: RegExpExecArray): boolean {
  const start = m.index;
  const end = start + m[0].length;
  for (const l of findLanguages(text)) {
    if (l.level === 'none') continue;
    if (l.end <= start && start - l.end <= 12 && FLAGS_ONLY.test(text.slice(l.end, start))) return true;
    if (l.start >= end && l.start - end <= 12 && FLAGS_ONLY.test(text.slice(end, l.start))) return true;
  }
  return false;
}

/** Whether `s` ends in "/" or "-" (the join of "dansk/thai"), so MIXED_SECOND is worth a try. */
function endsInJoin(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 47 || c === 45;
}

function lastClause(s: string): string {
  const i = Math.max(s.lastIndexOf('.'), s.lastIndexOf('!'), s.lastIndexOf('?'), s.lastIndexOf('\n'));
  return i >= 0 ? s.slice(i + 1) : s;
}

/**
 * Removes, in place, each region code of `codes` that one of its countries accompanies ([XF, NG] →
 * [NG]): the country says more. A region alone stays.
 */
export function dropCoveredRegions(codes: string[]): string[] {
  for (let i = codes.length - 1; i >= 0; i--) {
    const region = codes[i]!;
    if (!REGIONS.has(region)) continue;
    for (const c of codes)
      if (REGION_OF.get(c) === region) {
        codes.splice(i, 1);
        break;
      }
  }
  return codes;
}

/** Whether `word` (any case) is a listed demonym ("dansk", "Thai", "Romanian"), not a country or town. */
export function isDemonym(word: string): boolean {
  return LOOKUP.get(word.toLowerCase())?.kind === 'adjective';
}

/** Whether `word` (any case) is a listed demonym or country name ("Thai", "Latvia"), not a town. */
export function isOriginWord(word: string): boolean {
  const kind = LOOKUP.get(word.toLowerCase())?.kind;
  return kind === 'adjective' || kind === 'name';
}

/** Whether a code means an origin outside Denmark (regions count as foreign). */
export function isForeignOrigin(code: string): boolean {
  return code !== 'DK';
}
