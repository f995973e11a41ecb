/**
 * Context rules for demonyms that often mean something other than a person's origin:
 *
 * - Language names: "english"/"engelsk" is far more often the language spoken ("speaks English",
 *   "English only", "Engelsk ok") than an origin, so it counts only where it describes the person:
 *   a person word after it ("English girl", "engelsk pige") or a copula before it ("I am English",
 *   "jeg er engelsk"). The Hungarian "magyar" likewise: alone it is mostly the language in a list
 *   ("Magyar, English, Deutsch"), and her origin before a person word ("Magyar lány", "magyar nő")
 *   or before the Hungarian copula, which follows its predicate ("Magyar vagyok").
 * - Danish/English sex-ad slang: "fransk" (oral), "spansk" (between the breasts), and the English
 *   "French"/"Spanish" name services. In a service context ("fransk med kondom", "fransk uden",
 *   "giver fransk", "massage, fransk, græsk", "fransk og svensk massage") they are not an origin;
 *   described as a person ("fransk pige", "jeg er fransk") they are. Country names ("fra Frankrig")
 *   are never affected.
 */
import { knownService } from './services.js';

/**
 * Demonyms that count only as a description of the person: they mostly name a language, or the
 * service "Greek" (anal), so "Greek goddess", "jeg er græsk" are her origin, "Græsk mod tillæg" is not.
 */
const PERSON_ONLY = new Set([
  'english',
  'engelsk',
  'engelske',
  'magyar',
  'magyars',
  'greek',
  'græsk',
  'græske',
  'grekisk',
]);
/** Demonyms that are also names of services in sex-ad slang. */
const SERVICE_SLANG = new Set([
  'fransk',
  'franske',
  // The Swedish plural and definite form, as menus write it: "franska utan", "GFE, franska, 69".
  'franska',
  'french',
  'spansk',
  'spanske',
  'spanish',
  'græsk',
  'greek',
]);

// A person word after the demonym, optionally after one describing word: "English girl",
// "English companion", "British lady", "engelsk pige", "fransk sexet kvinde", "Greek goddess"; the Hungarian "lány", "nő", "csaj",
// "hölgy" ("Magyar lány"), and the Hungarian copula after its predicate ("magyar vagyok"); also what
// she calls herself for him: "your Romanian sweetheart", "din polske engel".
const PERSON_AFTER =
  /^[\s-]*(?:(?:sexy|sweet|hot|real|busty|blonde|brunette|classy|mature|young|petite|sød|søde|lækker|lækre|sexet|sexede|fræk|frække|moden|modne|ægte|smuk|smukke|slank|slanke)\s+)?(?:girls?|sweetheart|girlfriend|darling|angel|engel|lady|ladies|woman|women|babe|beauty|goddess|gudinde|princess|prinsesse|queen|dronning|rose|escort|companion|courtesan|mistress|model|milf|mom|mum|wife|student|pige|piger|pigen|kvinde|kvinder|dame|damer|skønhed|mor|kone|studerende|lány|lányok|nő|nők|csaj|hölgy|vagyok|vagyunk)(?![\p{L}])/iu;
// "Greek" joined to another origin before the person word: "our Greek and Cypriot ladies",
// "græske og polske piger" (not the service: "Greek and CIM extra").
const JOINED_PERSON_AFTER = new RegExp(
  String.raw`^\s*(?:and|og|&|,)\s+\p{L}+${PERSON_AFTER.source.slice(1)}`,
  'iu',
);
/**
 * The service "Greek" that is also her origin when joined to another origin (JOINED_PERSON_AFTER)
 * or after her name and age (NAME_AGE_BEFORE).
 */
const GREEK = new Set(['greek', 'græsk', 'græske', 'grekisk']);
// The person is the subject: "I am English", "I'm French", "jeg er fransk", "hun er engelsk", "half English",
// "halvt engelsk og halvt dansk". Also her age in Hungarian right before, as a description goes on:
// "24 éves, magyar, kedves".
const COPULA_BEFORE =
  /(?:\bi am|\bi'm|\bim|\bam|\bjeg er|\bhun er|\bshe is|\bshe's|\bhalf|\bhalvt?|\d\s?éves,?)$/iu;
// Her name and age right before, as a self-introduction goes on: "Nikoleta 24, græsk, Aarhus C",
// "Eleni, 31 år, greek"; also a roster's brackets, "Maria (41, Greek)". Not a menu's number ("69,
// græsk"): the name stands first.
const NAME_AGE_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+,?\s+\(?(?:1[89]|[2-5]\d)(?:\s*(?:år|years|yo))?,$/u;
// A language statement in the clause: "my language is English", "sprog: engelsk".
const LANGUAGE_CLAUSE = /speak|spoken|talk|language|sprog|taler|snakker|forstår|understand/i;
// The language, not the person: "English speaking", "English spoken", "English only", "engelsk ok".
const LANGUAGE_AFTER =
  /^[\s-]*(?:speaking|speaker|spoken|only|ok|okay|and\s+\p{L}+\s+spoken|talende|kun|sprog|language)(?![\p{L}])/iu;

// A thing or the language, never the person, for every demonym: "Danish number", "dansk
// telefonnummer", "Danish tour", "dansk besøg", "my Danish stay", "Danish holiday", "my Danish is
// good", "Dansk: nej" (a list of languages), "Tysk? lidt" (a question the ad answers with a
// level or with what she does in it: "Danish? I understand it all", "Dansk? Jeg forstår det meste";
// "Polsk? Ja!" may be her origin). "visit"/"besøg" not as the imperative to the client
// ("Hot Romanian visit me"). A mood of the place, not of her descent: "ungarsk temperament og dansk
// ro", "thai massage og dansk hygge".
const THING_AFTER =
  /^(?:[\s-]*(?:(?:phone|mobile|mobil)\s+)?(?:numbers?|nummer|numre|nr\.?|telefon(?:nummer)?|tlf\.?|sim|sim-?card|sim-?kort|simkort|tour|tours|turné|turne|tournée|trip|tur|(?:visit|besøg)(?!\s+(?:me|us|mig|os)(?![\p{L}]))|stay|ophold|holiday|holidays|ferie|vacation|weekend|ro|hygge)(?![\p{L}])|\s*\?\s*(?:lidt|little|a little|flydende|fluent|basic|perfect|perfekt|good|god|godt|(?:i|jeg)\s+(?:understand|forstår|speak|taler|snakker|read|læser|write|skriver))(?![\p{L}])|\s*:\s*(?:ja|nej|yes|no|lidt|little|good|god|godt|ok|okay|flydende|fluent|basic|perfect|perfekt)(?![\p{L}])|\s+(?:is|er)\s+(?:very\s+|meget\s+)?(?:good|ok|okay|perfect|fine|fluent|god|godt|flydende|perfekt|lidt|little|bad|dårlig|dårligt|not|ikke)(?![\p{L}]))/iu;
const POSSESSIVE_BEFORE = /(?:\bmy|\bmin|\bmit|\byour|\bdin|\bdit|\bher|\bhendes)$/i;

// A service reading right after the word: "fransk med kondom", "fransk uden" (texted "fransk udn"),
// "franska utan", "french w/o",
// "fransk m/k", "fransk til slut", "French finish", "franske kys" (French kissing); also after an
// adverb of the service ("fransk altid m. kondom", "French always with condom"), "French natural", and
// the menu's question answered ("Fransk? Ja, med kondom"). The slash forms run into their noun
// ("fransk m/kondom", "french w/condom"), so no word end is asked of them. The service as the
// topic of what the client gets: "Fransk kan du få uden", "fransk kan man også få med kondom"; and
// what it may be: "fransk kan godt være uden", "French can be without".
const SERVICE_AFTER =
  /^\s*(?:(?:altid|always|kun|only|gerne)\s+)?(?:(?:med|uden|udn|with|without|m\.|u\.|utan|uten)(?![\p{L}])|w\/o|w\/|m\/|u\/|kan\s+(?:du|man|i)\s+(?:også\s+|godt\s+)?få(?![\p{L}])|(?:kan|can)\s+(?:(?:godt|også|sagtens|gerne|also)\s+)?(?:være|foregå|be|be done)\s+(?:med|uden|with|without)(?![\p{L}])|\?\s*(?:ja|yes|jo|selvfølgelig|klart|sure|of course|gerne)(?![\p{L}])|(?:natur|naturel|natural|nature|pur|afslutning|finish|til slut|oral|ekstra|extra|kys|kiss|kissing)(?![\p{L}]))/iu;
// A verb or menu header before it: "giver fransk", "elsker spansk", "I offer French", "Services: French";
// also a preposition of the act, as a condom rule puts it: "altid kondom – også ved fransk", "under
// fransk", "condom during French" (a person is "fra", never "ved" or "under", a language).
// Broken Danish and English "do" too: "Jeg gøre fransk og sex", "I do French and GFE". "Natural"
// before it, as after it: "Natural french and BB possible", "natur fransk" (without a condom). A
// condom rule may take "til" too: "bruger altid kondom – også til fransk", "kondom til fransk".
const SERVICE_BEFORE =
  /(?:\bogså til|\bkondom til|\bnatural|\bnatur|\bgør|\bgøre|\bdo|\bdoes|\bved|\bunder|\bduring|\bgiver|\bgi'r|\btilbyder|\belsker|\blaver|\bnyder|\bkan lide|\binkl\.?|\binklusiv|\boffer|\boffers|\boffering|\bgive|\bgives|\bgiving|\blove|\bloves|\benjoy|\benjoys|\bincl\.?|\bincluding|\bservices?:?|\bydelser:?|\bmenu:?|\bextras?:?|\bekstra:?)$/i;

// List separators between menu items: ",", "/", "+", "&", "og", "and", bullets and check marks.
const ITEM_SEP = /^\s*(?:[,;/+&•✔✓☑·|\n]|(?:og|and|eller|or)(?![\p{L}]))\s*/iu;
const ITEM_SEP_END = /\s*(?:[,;/+&•✔✓☑·|\n]|(?:^|\s)(?:og|and|eller|or))\s*$/iu;
// An emoji ends an item too, as in titles: "Spansk & græsk 🍑 Susse 37"; so does a title's dash
// between its parts: "Gitte 46 Silkeborg – fransk, spansk og hygge".
const ITEM_BOUND = /[,;/+&•✔✓☑·|\n.!?:]|\s(?:og|and|eller|or)\s|\s[–—-]\s|\p{Extended_Pictographic}/giu;
// A style phrase ("svensk massage", "thai massage") is a service item too, and massage as texted
// without vowels: "gfe, mssg, french".
const STYLE_ITEM = /(?:massage|mssg|kys|kiss)$/iu;

/**
 * A verb of the menu in the item, and all before it: "(sexy and) love GFE and french", "I offer
 * massage, french", "hun elsker kys og fransk", "two ladies who love GFE and french". The item is
 * what follows the verb.
 */
const ITEM_VERB =
  /^.*?(?<![\p{L}])(?:love|loves|enjoy|enjoys|offer|offers|give|gives|elsker|nyder|tilbyder|giver|laver)\s+/iu;

/** Plain sex as a menu item, known to no menu list: "Massage, classic, french", "klassisk, fransk". */
// Also the cosy time a Danish title pairs with it: "Susanne 46 – fransk og hygge"; and intercourse,
// the menu's next item: "Fransk og samleje, altid med kondom".
const PLAIN_ITEMS = new Set([
  'classic',
  'klassisk',
  'classic sex',
  'klassisk sex',
  'hygge',
  'kærestehygge',
  'samleje',
  'almindeligt samleje',
  'intercourse',
]);

/** Whether a list item is a service: a known menu name, a style phrase or another slang service. */
function isServiceItem(item: string): boolean {
  const s = item.trim().toLowerCase().replace(PRICE_NOTE, '').replace(CONDOM_NOTE, '').replace(ITEM_VERB, '');
  if (s.length === 0 || s.length > 40) return false;
  return (
    STYLE_ITEM.test(s) ||
    SERVICE_SLANG.has(s) ||
    PLAIN_ITEMS.has(s) ||
    s === 'græsk' ||
    s === 'greek' ||
    knownService(s) !== null
  );
}

/**
 * A condom note after a menu item: "fransk med kondom og spansk", "french with condom, spanish",
 * "BJ uden kondom" (the item is the service before it).
 */
const CONDOM_NOTE =
  /\s+(?:(?:altid|always|kun|only)\s+)?(?:med|uden|with|without|m\.|u\.|m\/|u\/|w\/o|w\/)\s*(?:kondom|condom|cover|gummi)$/iu;

/** A price note after a menu item: "græsk mod tillæg", "anal +500", "69 extra", "CIM (ekstra)". */
const PRICE_NOTE =
  /\s*(?:\(?(?:mod|for|med|with|at)?\s*(?:tillæg|ekstra|extra|ekstrabetaling|betaling|charge|surcharge)\)?|\+\s*\d+\s*(?:kr\.?|dkk)?)$/iu;

/** The item after `end` when a list separator follows, else null ("fransk, græsk og 69" → "græsk"). */
function nextItem(text: string, end: number): string | null {
  const rest = text.slice(end, end + 60);
  const sep = ITEM_SEP.exec(rest);
  if (!sep) return null;
  const tail = rest.slice(sep[0].length);
  ITEM_BOUND.lastIndex = 0;
  const stop = ITEM_BOUND.exec(tail);
  return stop ? tail.slice(0, stop.index) : tail;
}

/** The item before `start` when a list separator precedes, else null ("massage, fransk" → "massage"). */
function previousItem(text: string, start: number): string | null {
  const head = text.slice(Math.max(0, start - 60), start);
  const sep = ITEM_SEP_END.exec(head);
  if (!sep) return null;
  const body = head.slice(0, sep.index);
  let from = 0;
  ITEM_BOUND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ITEM_BOUND.exec(body)) !== null) from = m.index + m[0].length;
  return body.slice(from);
}

/**
 * Whether a demonym match (`key`, lower case) at `start..end` is not an origin in its context.
 * `core` is the text just before the match without trailing spaces (null when no space precedes),
 * `clause` the clause before it.
 */
export function notAnOrigin(
  key: string,
  text: string,
  start: number,
  end: number,
  core: string | null,
  clause: string,
): boolean {
  const after = text.slice(end, end + 40);
  // "my English", "din danske" (your Danish) are the language or a thing; "din rumænske pige" (your
  // Romanian girl) is the person offered.
  if (THING_AFTER.test(after)) return true;
  if (core !== null && POSSESSIVE_BEFORE.test(core) && !PERSON_AFTER.test(after)) return true;
  const personOnly = PERSON_ONLY.has(key);
  if (!personOnly && !SERVICE_SLANG.has(key)) return false;
  const person =
    PERSON_AFTER.test(after) ||
    (GREEK.has(key) && JOINED_PERSON_AFTER.test(after)) ||
    (core !== null &&
      (COPULA_BEFORE.test(core) || (GREEK.has(key) && NAME_AGE_BEFORE.test(core.slice(-30)))));
  if (personOnly) return !person || LANGUAGE_AFTER.test(after) || LANGUAGE_CLAUSE.test(clause);
  if (person) return false;
  if (SERVICE_AFTER.test(after) || (core !== null && SERVICE_BEFORE.test(core))) return true;
  const prev = previousItem(text, start);
  if (prev !== null && isServiceItem(prev)) return true;
  const next = nextItem(text, end);
  return next !== null && isServiceItem(next);
}
