import type { Evidence } from '../shared/types.js';
import { spanEvidence } from '../extract/evidence.js';
import { isNegated } from '../extract/negation.js';
import { findServiceMenu, mayListMenu } from '../extract/services.js';
import { defineIndicator, type PreparedAd } from './define.js';
import { compileTerms, isDeniedAfter, refusedByListHeading } from './text/match.js';
import { fieldMatches } from './text/rules.js';

/** A listed menu of this many distinct items or more counts as "many services". */
export const NO_LIMITS_MENU_SIZE = 12;

/** Phrases as written: a letter may not touch them on either side (a digit may). */
const PHRASES = compileTerms(
  [
    // "grændser", an old or phonetic spelling.
    'ingen grænd?ser',
    // Texted without vowels: "ingn grnsr", "ingen grnsr".
    'inge?n grnsr',
    'ingn grænser',
    'uden grænd?ser',
    'ingen begrænsninger',
    'ingen tabuer',
    'uden tabuer',
    // Nothing forbidden, said of the whole: "Nothing is taboo for me", "Intet er tabu hos mig".
    'nothing (?:is )?taboo',
    // The same with the menu: "Nothing is off the menu with me", "nothing off limits".
    'nothing (?:is )?off (?:the menu|limits)',
    '(?:intet|ingenting) er tabu',
    // Nothing forbidden or too much, said of the whole: "Nothing is forbidden with me", "almost
    // nothing is off the table", "Intet er forbudt", "intet er for vildt for mig", "nothing is too
    // kinky" (not "nothing is too much trouble").
    'nothing (?:is )?(?:forbidden|off the table)',
    // Also after the place, as Danish turns it: "Hos mig er intet forbudt".
    '(?:intet|ingenting) (?:er )?forbudt',
    '(?:intet|ingenting) er for vildt',
    // Nothing impossible is everything possible: "intet er umuligt hos mig", "nothing is impossible"
    // (not a task: "intet er umuligt at spørge om", "nothing is impossible to ask").
    '(?:intet|ingenting) er umuligt(?! at(?![\\p{L}]))',
    'nothing (?:is )?impossible(?! to(?![\\p{L}]))',
    'nothing (?:is )?too (?:wild|kinky|extreme|dirty|naughty)',
    // No is never said: "her bliver der ikke sagt nej", "hos os bliver der aldrig sagt nej".
    'bliver der (?:ikke|aldrig) sagt nej',
    // "everything is allowed" in its Danish forms: alt er muligt / tilladt / lovligt, alt går.
    // Also "alt er mulig", without the "t", as typed in haste and as Norwegian writes it.
    'alt (?:er )?(?:muligt?|tilladt)',
    'alt går',
    'alt kan lade sig gøre',
    // "Anything can happen": "Med hende er der ingen regler, alt kan ske", "anything can happen with me".
    '(?:alt kan|kan alt) ske',
    '(?:anything|everything) can happen',
    'åben for alt',
    'alle ydelser',
    'alle services',
    'no limits?',
    // "no" spelt apart before a word spelt apart: "n-o l-i-m-i-t-s", "N o   L i m i t s" (the
    // reading copy closes up "limits" but not a two-letter "n o").
    'n[ .-]o[ .-]+limits?',
    // Also the singular of broken English, not time: "do everything without limit", not "without
    // limit of time".
    'without limits?(?! (?:of|on|in) (?:time|hours|the time))',
    'limitless',
    'no taboos?',
    'no restrictions',
    // Also texted without vowels: "evrythng possible", "evrything allowed".
    '(?:everything|anything|all|evrythng|evrything|everythng|anythng) (?:is )?(?:allowed|possible|permitted|goes)',
    'all services(?: available)?',
    'open for everything',
    'open to everything',
    // Broken English keeps the noun singular: "all service OK".
    'all service',
    // Visitors' languages: German "Alle Service", "alles möglich", "ohne Tabus"; Polish "bez
    // ograniczeń"; Spanish "sin límites"; Portuguese "sem limites"; Romanian "fără limite"; Czech
    // "bez omezení".
    'alle services?',
    'alles (?:ist )?möglich',
    // Swedish and Norwegian "Alla tjänster", "alt er mulig", Spanish "todos los servicios".
    'alla tjänster',
    // "Ingen grenser hos meg – alt er lov", "Inga gränser", "utan gränser".
    'ingen grenser',
    'inga gränser',
    '(?:uten|utan) (?:grenser|gränser)',
    'alt er lov',
    'alle tjenester',
    'allt (?:är )?möjligt',
    'todos los servicios',
    'ohne (?:grenzen|tabus?|limits?)',
    'keine tabus',
    // Inflected too: "Tabulose Nina", "tabuloser Service", "tabulosen Sex".
    'tabulos(?:e|en|er|es)?',
    'bez (?:ograniczeń|ograniczen|tabu|omezení|omezeni|obmedzení|hraníc|hranic)',
    // Lithuanian "Jokių apribojimų" (no limits at all), "be apribojimų", "be ribų", "jokių tabu".
    '(?:jokių|jokiu) (?:apribojimų|apribojimu|ribų|ribu|tabu)',
    'be (?:apribojimų|apribojimu|ribų|ribu)',
    // Russian, Ukrainian and Bulgarian "без ограничений", "без обмежень", "без ограничения", and the
    // Hungarian postposition "határok nélkül" (without limits).
    'без (?:ограничений|обмежень|ограничения|граници|табу)',
    'határok nélkül',
    // Ready for anything, in Russian and Ukrainian and in Latin letters: "Готова на всё", "gotova na
    // vse"; and "bez ogranicheniy".
    'готова на (?:всё|все)',
    'gotova na (?:vse|vsyo|vsjo|vsio)',
    'bez (?:ogranicheniy|ogranichenij|obmezhen)',
    // Polish with the borrowed noun: "Seks bez limitów", "bez limitu".
    'bez limit(?:ów|ow|u)',
    'korlátok nélkül',
    'wszystko (?:jest )?możliwe',
    // Serbo-Croatian "sve je moguće" (everything is possible), "bez granica", "bez tabua", in Latin
    // and Cyrillic letters; Czech and Slovak "všechno je možné", "všetko je možné".
    'sve (?:je )?(?:moguće|moguce)',
    'све (?:је )?могуће',
    'bez (?:granica|ograničenja|ogranicenja|tabua)',
    'без (?:граница|ограничења|табуа)',
    '(?:všechno|všetko|vsechno|vsetko) (?:je )?(?:možné|mozne)',
    'sin (?:límites|limites|tabú|tabu|tabúes)',
    'todo (?:es )?posible',
    'todos los servicios',
    'sem (?:limites|tabus?)',
    'todos os serviços',
    // Brazilian "Topo tudo" (I'm up for anything) and "tudo liberado" (everything allowed).
    'topo (?:tudo|de tudo|qualquer coisa)',
    'tudo (?:é )?liberado',
    'f[ăa]r[ăa] (?:limite|tabuuri)',
    'toate serviciile',
    // French: "Tout est possible avec moi", "sans tabou", "sans limites" (not "sans limite de temps").
    'tout (?:est )?possible',
    // Italian: "Con me tutto è possibile", "nessun limite", "senza limiti", "senza tabù".
    'tutto (?:è |e )?possibile',
    'nessun limite',
    'senza (?:limiti(?! di (?:tempo|orario))|tab[uù])',
    'sans (?:tabous?|limites?(?! de (?:temps|durée)))',
  ],
  { style: 'phrases' },
);
/**
 * "Jeg tilbyder alt", "Hun laver alt: GFE, natur, anal", "I do everything you want": doing
 * everything counts where the clause ends with it or goes on to the client's wishes, not in "jeg
 * gør alt for at du hygger dig" or "I offer everything from massage to GFE".
 */
const DOES_ALL = compileTerms(
  [
    '(?:jeg|vi|hun) (?:tilbyder|laver|gør) alt',
    '(?:i|we|she) (?:offer|offers|do|does) (?:everything|anything|it all)',
    // Yes to all of it: "I say yes to everything you wish", "jeg siger ja til alt".
    '(?:i|we|she) (?:say|says) yes to (?:everything|anything|all)',
    // Also nearly all: "jeg siger ja til stort set alt hvad du finder på".
    '(?:jeg|vi|hun) siger ja til (?:stort set |næsten |nærmest )?alt',
    // Also the whole of it: "jeg siger ja til det hele – også natur", "I say yes to it all" (the
    // clause ends or goes on to the wishes: not "ja til det hele med kaffe og kage").
    // Also with the verb first after a place: "Hos mig siger jeg ja til det hele".
    '(?:(?:jeg|vi|hun) siger|siger (?:jeg|vi|hun)) ja til (?:stort set |næsten )?det hele',
    '(?:i|we|she) (?:say|says) yes to it all',
    // No to nothing: "jeg siger ikke nej til noget", "hun siger aldrig nej", "I never say no" (not
    // "I never say no to a good coffee": the clause must end or go on to the client's wishes).
    // A bare "jeg siger ikke nej" may answer an offer of coffee: "ikke" only with "til noget".
    '(?:jeg|vi|hun) siger (?:ikke nej til noget|aldrig nej(?: til noget)?)',
    '(?:i|we|she) never says? no',
    // Whatever the client asks: "Hun gør hvad du beder hende om", "sød og gør hvad du siger", "I do
    // whatever you ask".
    '(?:jeg|vi|hun|og) gør (?:alt )?hvad (?:du|i) (?:beder (?:mig|hende|os) om|beder om|siger)',
    // Also joined to the sentence before and the client's wish: "sweet and will do whatever you wish".
    '(?:i|we|she|and) (?:do|does|will do) (?:whatever|anything|everything) (?:you|u) (?:ask|tell|say|wish)(?: (?:me|her|us))?(?: to)?',
    // The same as a double negative: "Der er ikke noget jeg ikke gør", "intet hun ikke laver",
    // "there is nothing I won't do".
    '(?:ikke noget|intet|ingenting) (?:jeg|vi|hun) ikke (?:gør|laver|tilbyder|vil)',
    "nothing (?:i|we|she) (?:won't|wont|will not|don't|dont|do not|wouldn't|would not) (?:do|try|offer)",
    // Visitors' languages: "Robię wszystko", "faço de tudo", "Faccio tutto, senza limiti", "hago de
    // todo", "je fais tout", "Unsere Damen bieten alles:", "ich mache alles, was du willst" (not
    // "faccio tutto da sola", "ich mache alles selbst": the clause goes on).
    'robi(?:ę|e|my) wszystko',
    'fa(?:ço|co|zemos) (?:de )?tudo',
    'faccio (?:di )?tutto',
    'hago (?:de )?todo',
    'je fais tout',
    '(?:ich|wir|sie|damen|mädchen|girls|frauen) (?:mache|machen|macht|biete|bieten|bietet) alles',
  ],
  { style: 'phrases' },
);
// "… at least once" ("nothing I won't try at least once"), "hvad du finder på".
// Any emoji ends the clause too: "jeg siger aldrig nej 😈".
const WISHES_OR_END =
  /^\s*(?:[.!,;:\n)–—]|\p{Extended_Pictographic}|$|(?:at least )?once(?![\p{L}])|hvad (?:du|i) (?:ønsker|vil|drømmer|finder på)|du (?:ønsker|vil have)|(?:you|u) (?:want|wish|desire|like|need)|what (?:you|u) (?:want|wish|desire|like)|co (?:chcesz|lubisz)|o que (?:você )?(?:quiser|quer|gosta)|lo que (?:quieras|desees|te guste)|quello che (?:vuoi|desideri)|ce que (?:tu veux|vous voulez)|was (?:du willst|du möchtest|sie wollen|sie möchten))/u;

// "not everything is possible", "ikke alt er muligt". "no"/"ingen" are left out: they are part of
// the phrases themselves.
// Also the visitors' "no" and "not" before their phrase: "Žádný sex bez hranic", "Никаких «без
// ограничений»", "Nie bez ograniczeń".
const NEG = [
  'not',
  'ikke',
  'never',
  'aldrig',
  "isn't",
  "don't",
  'dont',
  'ej',
  'žádný',
  'žádné',
  'žiadny',
  'žiadne',
  'nie',
  'не',
  'никаких',
  'nuk',
  // Serbo-Croatian "not", "never": "Nije sve moguće", "nikad bez granica".
  'nije',
  'nikad',
  'nikada',
  'није',
  'никад',
  // Portuguese and Spanish "Não topo tudo", "nunca sin límites".
  'não',
  'nao',
  'nunca',
  // Italian and French "non": "Non tutto è possibile", "non senza limiti".
  'non',
];
// Spanish "no" before the verb: "No hago de todo: tengo mis límites" (the phrases above hold "no").
const NEG_DOES = [...NEG, 'no'];
// The menu's own entries too: services: ['Ingen grænser', 'Anal', …].
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'text',
  ...Array.from({ length: 32 }, (_, i) => `services[${i}]`),
]);

/**
 * "No limits? Nej – I have clear limits": the phrase is asked, then refused; also in quotes ("People
 * write to me 'no limits?'. No."), and with Danish "Jo" against a negative question ("Ingen
 * grænser? Jo – jeg har grænser"). "Almost" answers it as not quite, also after a wink: "Sjov uden
 * grænser? 😉 Næsten…", "No limits? Almost." (a statement "næsten alt er muligt" still fires).
 */
const ANSWERED_NO =
  /^['’"”]?\s*\?+['’"”]?[\s.\-–—,:]*(?:\p{Extended_Pictographic}\uFE0F?[\s.,]*)*(?:nej|no|nope|not|ikke|never|aldrig|sorry|desværre|jo|næsten|almost|not quite|ikke helt)(?![\p{L}])/iu;

/**
 * The phrase in the client's question, which she then turns down: "Looking for a 'no limits' girl?
 * Then I'm not the one", "Søger du ingen grænser? Så er det ikke mig", "No limits girl? Wrong
 * address". The question mark closes the phrase's own sentence.
 */
const ASKED_THEN_REFUSED =
  /^[^.!?\n]{0,24}\?+\s*(?:(?:then|så)\s+)?(?:(?:i'm|i’m|i am)\s+not|not me|(?:er det )?ikke mig|er jeg ikke (?:den rette|den pige|pigen|den)|(?:you're |you are |du er )?(?:at the |på )?(?:wrong|forkert)\s+(?:place|address|girl|sted|adresse|pige)|look elsewhere|go elsewhere|find en anden|søg videre)(?![\p{L}])/iu;

/** Whether the structured services list has NO_LIMITS_MENU_SIZE distinct entries or more. */
function listsManyServices(ad: PreparedAd): boolean {
  let entries = 0;
  for (const f of ad.fields) if (f.source === 'ad' && f.path.startsWith('services[')) entries += 1;
  // Fewer entries cannot be that many distinct ones (most ads): no set to build.
  if (entries < NO_LIMITS_MENU_SIZE) return false;
  const distinct = new Set<string>();
  for (const f of ad.fields) {
    if (f.source !== 'ad' || !f.path.startsWith('services[')) continue;
    const entry = f.text.trim().toLowerCase();
    if (entry.length > 0 && !REFUSED_ENTRY.test(entry)) distinct.add(entry);
  }
  return distinct.size >= NO_LIMITS_MENU_SIZE;
}

/**
 * An entry that refuses, not offers: "Ikke: anal, BB", "No BB", "Ingen anal", "Not: kissing"; also
 * with the answer after it, as a profile's list gives it: "BB – nej", "Anal: no", "Kys (nej)",
 * "AWO ❌".
 */
const REFUSED_ENTRY =
  /^(?:ikke|ingen|no|not|nej|never|aldrig|nicht|kein|keine|inte)(?![\p{L}])|(?:[\s:(–—-]\s*(?:nej|no|ikke|nein|nicht)\s*\)?|[❌✖✗✘⛔🚫]\uFE0F?)\s*[.!]*$/iu;

/** "no 'no limits' requests", "ingen »ingen grænser«-forespørgsler": the quoted phrase refused. */
const QUOTE_REFUSED_BEFORE = /(?:no|ingen|not|ikke)\s*['"‘’“”«»]$/iu;

/**
 * "No limits to my discretion", "ingen grænser for min diskretion", "Ingen grænser for hyggen",
 * "ingen grænser for, hvor afslappet du bliver": a figure of speech about a quality of hers or the
 * mood, or a degree clause ("no limit to how relaxed you get"), not services ("no limits for my
 * regular clients" still offers them).
 */
const FIGURATIVE_AFTER =
  /^\s+(?:to|for|on),?\s+(?:(?:my|min|mit|our|vores)\s+(?:discretion|diskretion|imagination|fantasy|fantasi|creativity|kreativitet|passion|charm|charme|kindness|patience|tålmodighed|dedication|engagement|flexibility|fleksibilitet|curiosity|nysgerrighed)|(?:the\s+)?(?:hyggen|hygge|afslapningen|forkælelsen|nydelsen|humøret|comfort|relaxation|cosiness|coziness|fun)|(?:hvor|how)(?![\p{L}]))(?![\p{L}])/iu;

/**
 * Relaxation or well-being without limits, a slogan of a massage: "Afslapning uden grænser",
 * "Velvære uden grænser", "Relaxation without limits" (not "Nydelse uden grænser", pleasure).
 */
const RELAXATION_BEFORE =
  /(?<![\p{L}])(?:afslapning|afslapningen|velvære|velværet|ro|hygge|hyggen|relaxation|wellness|well-being|wellbeing|avslappning|avslapning)\s+$/iu;
const WITHOUT_LIMITS = /^(?:uden grænd?ser|without limits?|(?:uten|utan) (?:grenser|gränser))$/iu;

/**
 * Limits kept, as a rule: "ingen grænser overskrides", "ingen grænser bliver overskredet", "no limits
 * are crossed". The subject of a passive crossing, not an offer.
 */
const NOT_CROSSED_AFTER =
  /^\s+(?:overskrides|bliver overskredet|vil blive overskredet|krydses|brydes|are crossed|will be crossed|get crossed|are ever crossed|are broken|will be broken)(?![\p{L}])/iu;

/**
 * The quoted phrase asked about, not offered: '"Ingen grænser"? Jo, masser.', 'Folk spørger tit om
 * jeg har "ingen grænser"', 'People ask me for "no limits"'. Quoted, and either a question mark
 * right after the closing quote or a verb of asking earlier in the sentence.
 */
const QUOTE_OPEN_BEFORE = /['"‘’“”«»]$/u;
const QUOTE_ASKED_AFTER = /^['"‘’“”«»]\s*\?/u;
// Someone asks ("Folk spørger tit om", "People ask me for", "Many clients ask"); an imperative
// ("Ask me about 'no limits'") offers it.
const ASKED_BEFORE =
  /(?<![\p{L}])(?:people|folk|many|mange|clients|kunder|men|mænd|they|de|nogen|someone|some|guys|fyre)\s+(?:\p{L}+\s+){0,2}(?:spørger|spurgte|har spurgt|ask|asks|asked|keep asking|wonder|wonders|undrer sig)(?![\p{L}])[^.!?\n]*$/iu;

function askedInQuotes(text: string, start: number, end: number): boolean {
  if (!QUOTE_OPEN_BEFORE.test(text.slice(Math.max(0, start - 1), start))) return false;
  return (
    QUOTE_ASKED_AFTER.test(text.slice(end, end + 4)) ||
    ASKED_BEFORE.test(text.slice(Math.max(0, start - 80), start))
  );
}

/**
 * A joke with no limits, then her own: "Min kærlighed til lakrids kender ingen grænser – men det gør
 * jeg: altid kondom", "my coffee consumption has no limits ☕ In bed I have clear limits". Also the
 * client's fantasy set against her rules: "Din fantasi kender ingen grænser – det gør mine regler",
 * "no limits to your fantasies, but plenty to your manners", "but my rules do". With "har" for the
 * verb of "har ingen grænser", and her body as the one with limits: "Min humor har ingen grænser,
 * men det har min krop", "my appetite has no limits, but my body does".
 */
const HER_LIMITS_AFTER =
  /^[^\n]{0,70}?(?<![\p{L}])(?:men det (?:gør|har) (?:jeg|min krop|kroppen)|but (?:i|my body) (?:do|does|have|has)|jeg har (?:klare |mine |faste )?grænser|i have (?:clear |my |strict |firm )?limits|klare grænser|clear limits|(?:men )?det gør (?:mine|min|mit) (?:regler|grænser|regelsæt)|but (?:my|mine) (?:rules|limits) do|but plenty (?:to|for|on) (?:your|the)|(?:but|men) (?:plenty of|lots of|masser af|mange) (?:rules|limits|regler|grænser))(?![\p{L}])/iu;

/**
 * A love or passion for a thing without limits, not her services: "Min kærlighed til julehygge har
 * ingen grænser!", "my love for coffee has no limits", "min passion for madlavning kender ingen
 * grænser" (not "min lyst til sex har ingen grænser", nor a love of sex or kink).
 */
const LOVE_FOR_BEFORE =
  /(?<![\p{L}])(?:kærlighed|passion|begejstring|love)\s+(?:til|for|of)\s+(?!(?:sex|erotik|kink|bdsm|mænd|men|kunder|clients)(?![\p{L}]))(?:\p{L}+\s+){1,3}(?:har|kender|has|knows)\s+$/iu;

/**
 * Everything possible about when, not what: "Alt er muligt tidsmæssigt", "tout est possible… côté
 * horaires", "everything is possible time-wise", "alles möglich, zeitlich gesehen".
 */
const ABOUT_TIME_AFTER =
  /^[\s.…,–—-]*(?:tidsmæssigt|tidsmæssig|(?:med|mht\.?) (?:tiderne|tider|tiden|tidspunkter?|aftaler)|time-?wise|schedule-?wise|(?:with|regarding|about|for|on) (?:the )?(?:times?|timing|schedule|scheduling|hours|appointments)|(?:côté|question|au niveau des?) (?:horaires?|temps|rendez-vous)|zeitlich|terminlich|(?:en|de|con los|com os|nos|di|negli|per gli) (?:horarios?|horários?|orari))(?![\p{L}])/iu;

/**
 * "Snakke om alt muligt", "vi taler om alt muligt": "alt muligt" after "om" is all sorts of topics,
 * not "everything is possible" ("alt er muligt" keeps its verb).
 */
const ABOUT_BEFORE = /(?<![\p{L}])(?:om|omkring)\s+$/iu;

/**
 * "Alt går gennem mig", "alt går godt", "Everything goes through me", "everything goes to me": the
 * way things go, not "everything goes".
 */
const GOES_HOW =
  /^\s+(?:gennem|igennem|via|til|godt|fint|let|stille|roligt|hurtigt|efter|som|på|through|thru|to|well|fine|smoothly|directly|according)(?![\p{L}])/iu;
const EVERYTHING_GOES = /^(?:alt går|(?:everything|anything|all) goes)$/iu;

/**
 * "All services with condom", "alle ydelser kun med kondom": a rule that every service is protected,
 * not an offer of every service. Not as the heading of her menu, a colon after it: "All services
 * with condom: GFE, anal, toys" offers them all.
 */
const ALL_PROTECTED_AFTER =
  /^\s+(?:(?:are|is|er)\s+)?(?:(?:only|always|kun|altid)\s+)?(?:(?:with|med)\s+(?:a\s+)?(?:condom|condoms|kondom|protection|beskyttelse)|protected|beskyttet)(?![\p{L}])(?!\s*:)/iu;
const ALL_SERVICES = /^(?:all|alle|alla) (?:services?|ydelser|tjänster|tjenester)/iu;

function detect(ad: PreparedAd): Evidence[] {
  const out: Evidence[] = [];
  for (const { field: f, start, end } of fieldMatches(ad, PHRASES, TEXT_FIELDS)) {
    if (isNegated(f.text, start, NEG, 2) || ANSWERED_NO.test(f.text.slice(end, end + 20))) continue;
    if (ASKED_THEN_REFUSED.test(f.text.slice(end, end + 80))) continue;
    if (isDeniedAfter(f.text, end)) continue;
    if (QUOTE_REFUSED_BEFORE.test(f.text.slice(Math.max(0, start - 8), start))) continue;
    // An item of a refused list: "What I don't do: anal, BB, 'no limits' requests", "Tilbyder ikke:
    // anal, ingen grænser-sex".
    if (refusedByListHeading(f.text, start)) continue;
    if (askedInQuotes(f.text, start, end)) continue;
    if (FIGURATIVE_AFTER.test(f.text.slice(end, end + 24))) continue;
    if (
      WITHOUT_LIMITS.test(f.text.slice(start, end)) &&
      RELAXATION_BEFORE.test(f.text.slice(Math.max(0, start - 16), start))
    )
      continue;
    if (NOT_CROSSED_AFTER.test(f.text.slice(end, end + 32))) continue;
    if (ALL_SERVICES.test(f.text.slice(start, end)) && ALL_PROTECTED_AFTER.test(f.text.slice(end, end + 32)))
      continue;
    if (HER_LIMITS_AFTER.test(f.text.slice(end, end + 90))) continue;
    if (LOVE_FOR_BEFORE.test(f.text.slice(Math.max(0, start - 60), start))) continue;
    if (ABOUT_TIME_AFTER.test(f.text.slice(end, end + 40))) continue;
    if (EVERYTHING_GOES.test(f.text.slice(start, end)) && GOES_HOW.test(f.text.slice(end, end + 16)))
      continue;
    if (
      /^alt muligt$/iu.test(f.text.slice(start, end)) &&
      ABOUT_BEFORE.test(f.text.slice(Math.max(0, start - 10), start))
    )
      continue;
    out.push(spanEvidence(f, start, end));
  }
  for (const { field: f, start, end } of fieldMatches(ad, DOES_ALL, TEXT_FIELDS)) {
    const after = f.text.slice(end, end + 24).toLowerCase();
    if (!WISHES_OR_END.test(after) || isNegated(f.text, start, NEG_DOES, 2)) continue;
    out.push(spanEvidence(f, start, end));
  }
  if (listsManyServices(ad)) {
    for (const f of ad.fields)
      if (f.source === 'ad' && f.path.startsWith('services[')) out.push(spanEvidence(f, 0, f.text.length));
  } else {
    const text = ad.fields.find((f) => f.path === 'text' && f.source === 'ad');
    const menu = text && mayListMenu(text.text, NO_LIMITS_MENU_SIZE) ? findServiceMenu(text.text) : null;
    if (text && menu && menu.count >= NO_LIMITS_MENU_SIZE) out.push(spanEvidence(text, menu.start, menu.end));
  }
  return out;
}

export const indicator = defineIndicator({
  id: 'no-limits',
  kind: 'text',
  labels: { da: 'Ingen grænser', en: 'No limits' },
  descriptions: {
    da: 'Mange ydelser uden grænser: "ingen grænser", "alt er muligt", "no limits", eller en opremset menu med 12 eller flere punkter.',
    en: 'Many services without limits: "no limits", "everything allowed", "all services", or a listed menu of 12 or more items.',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { text: 'hej 😘 ingn grnsr hos mig' },
      { text: 'sexy anna, evrythng possible 😈' },
      { text: 'Labas, Rūta iš Vilniaus. Jokių apribojimų, skambink.' },
      { text: 'Massage og sex uden grænser, ring bare.' },
      { text: 'Ingen grænser – bare spørg.' },
      { text: 'Tabuloser Service bei Lena, Hotelbesuche möglich.' },
      { text: 'Hos mig kan alt ske – ring og hør.' },
      { text: 'Anything can happen in my room 😈' },
      {
        services: [
          'GFE',
          'massage',
          'kys',
          '69',
          'striptease',
          'rollespil',
          'lingeri',
          'bruser sammen',
          'dildoshow',
          'fodfetish',
          'let dominans',
          'toys',
          'BB – nej',
          'Anal: no',
        ],
      },
      { text: 'Con me tutto è possibile, chiamami. Vejle.' },
      { text: 'Bionda, 40, nessun limite. Kolding.' },
      { text: 'Sofie er 24 og gør hvad du beder hende om. Ring for booking.' },
      { text: 'Tall and sweet, I do whatever you ask me.' },
      { text: 'Lena, 30. Gotova na vse, pishi.' },
      { text: 'Я Ира и я готова на всё 🔥' },
      { text: 'Sou a Bia, carioca. Topo tudo, é só pedir.' },
      { text: 'Aqui tudo liberado, vem.' },
      { text: 'Tout est possible, sans tabou.' },
      { text: 'Alt muligt – bare spørg, jeg siger sjældent nej.' },
      { text: 'Вера, 33. Без ограничений, всё обсудим.' },
      { text: 'Réka vagyok – határok nélkül, hívj bátran!' },
      { text: 'All services, also without condom.' },
      { text: 'Hot Carla from Lima. All services with condom: GFE, anal, toys, strap-on, domination.' },
      { text: 'Maja her, 26. Ingen grenser hos meg – alt er lov så lenge vi har det bra.' },
      { text: 'Elvira, 27. Inga gränser, allt är möjligt om vi trivs ihop.' },
      { text: 'Alt er muligt hos mig. GFE, rollespil, massage.' },
      { text: 'Fræk Bente, 33: ingenting er umuligt, fortæl mig dine lyster.' },
      { text: 'Want a no limits lady? Then call me, I am the one.' },
      { text: 'Alt er tilladt – også natur.' },
      { text: 'Anything is allowed with me, ask.' },
      { text: 'Kom som du er – intet er tabu hos mig.' },
      { text: 'Mai, 29. Nothing taboo, I say yes to anything you desire.' },
      { text: 'Services: GFE, OWO, 69, massage. No limits! She is sweet.' },
      { text: 'Party and play – everything allowed. GFE, massage.' },
      { text: 'New in Aalborg!! All services available: GFE, kissing, massage.' },
      {
        text: 'My menu:\nGFE ✔ massage ✔ body to body ✔ striptease ✔ french kiss ✔ 69 ✔ role play ✔ lingerie show ✔ shower together ✔ toys ✔ foot fetish ✔ soft domination ✔ erotic photos ✔\nAlways with condom.',
      },
      {
        services: [
          'GFE',
          'massage',
          'kys',
          '69',
          'striptease',
          'rollespil',
          'lingeri',
          'bruser sammen',
          'dildoshow',
          'fodfetish',
          'let dominans',
          'toys',
        ],
      },
      { text: 'Søde thai piger. VI TILBYDER ALT. Ring nu.' },
      { text: 'Maja, 25, Aalborg. Sve je moguće, samo pitaj.' },
      { text: 'Dolly 22. Hun laver alt: GFE, natur, anal, rollespil.' },
      { text: 'I do everything you want, just ask. Kisses, Mia.' },
      { text: 'New thai girl. Body to body, natur, all service OK. Open every day.' },
      { text: 'Unsere Mädchen besuchen Sie im Hotel. Alle Service, auch ohne Gummi.' },
      {
        text: 'Independent dominatrix. My sessions can include: bondage, spanking, caning, roleplay, feminisation, chastity, foot worship, CBT, strap-on, medical play, sensory deprivation, verbal play. No sex.',
      },
      { text: 'Jeg har "ingen grænser" – spørg bare, alt kan lade sig gøre.' },
      { text: 'Sweet Anna, 25. No limits for my regular clients, call me.' },
      { text: 'Ask me about "no limits" – everything is possible with me.' },
      { text: 'Ny tjej i stan! Alla tjänster.' },
      { text: 'Sød pige, ingen grændser, ring.' },
      { text: 'Hi boys, Greta here.', services: ['Ingen grænser', 'Anal', 'Fransk', 'Rollespil', 'Kys'] },
      { text: 'Lystne Helle, 48. Der er ikke noget jeg ikke gør – bare spørg.' },
      { text: "There is nothing I won't do, just tell me. Vicky, Aalborg." },
      { text: 'Jade, 29. Nothing is off limits here, just ask.' },
      { text: 'Ingen grænser, men masser af sjov!' },
      { text: 'Hos mig: massage, GFE, no limits. Ring.' },
      { text: 'Open-minded Lena, 29: with me anything goes.' },
      { text: 'Kom og leg med mig, alt er mulig 😈' },
      { title: 'N o  L i m i t s hos Vera' },
      {
        text: 'Ilona, 34. Menu: 1. GFE 2. massage 3. kys 4. 69 5. striptease 6. rollespil 7. lingeri 8. toys 9. bruser sammen 10. fodfetish 11. duo 12. middag. Ring.',
      },
      { text: 'Nadia, 26. Robię wszystko, bez limitów – zadzwoń.' },
      { text: 'Sweet Lin do everything without limit, call.' },
      { text: 'Carla, 35: faço de tudo, é só pedir.' },
      { text: 'Im Studio Lila: die Mädchen bieten alles, was du willst.' },
      { text: 'Alt er muligt, også tidligt om morgenen – og i sengen er der ingen grænser.' },
      { text: 'Vera, 30: n.o l.i.m.i.t.s, GFE og massage.' },
      { text: 'Hos mig er intet forbudt, ring bare.' },
      { text: 'With me nothing is off the table 😈' },
      { text: 'Kinky Lara: nothing is too wild for me.' },
      { text: 'Hos os bliver der aldrig sagt nej. Ring til Villa Rosa.' },
      { text: 'Mira her – jeg siger ja til næsten alt hvad du finder på.' },
      { text: 'Du bestemmer, og jeg siger ikke nej til noget.' },
      { text: 'Tina, 30. I never say no 😉' },
      { text: 'Hos mig bestemmer du, og jeg siger aldrig nej 🔞 Ring nu.' },
      { text: "There is nothing I won't try at least once." },
      { text: 'Lena is shy and will do whatever you wish.' },
      { text: 'Hos mig siger jeg ja til det hele, bare spørg 😈' },
      { text: 'Min lyst til sex har ingen grænser, ring.' },
      { text: 'Næsten ingen grænser hos mig 😈 Ring til Mia.' },
      { text: 'My body has no limits, but my time does: book early.' },
    ],
    negative: [
      { text: 'Mit smil har ingen grænser, men det har min krop. Massage og GFE med kondom.' },
      { text: 'Leg uden grænser? 😉 Næsten… Massage, kys og GFE, altid med kondom.' },
      { text: 'mine grnsr respekteres, altid kondom' },
      { text: 'evrythng clean & discreet' },
      { text: 'Turiu savo ribas: jokio BB, jokio analinio sekso.' },
      { text: 'Velvære uden grænser 🌸 Kun klassisk massage, intet andet.' },
      { text: 'Relaxation without limits, massage only.' },
      { text: 'Hygiene first: all services are always with condom. GFE and massage.' },
      { text: 'Tryghed først: ingen grænser bliver overskredet.' },
      { text: 'Meine Tabus: AO, Küssen, Fotos. Massage und GFE mit Gummi.' },
      { text: 'Ikke alt kan ske hos mig, jeg har mine grænser.' },
      {
        services: [
          'GFE',
          'massage',
          'kys',
          '69',
          'striptease',
          'rollespil',
          'lingeri',
          'bruser sammen',
          'dildoshow',
          'fodfetish',
          'toys',
          'BB – nej',
          'Anal ❌',
        ],
      },
      { text: 'Non tutto è possibile: niente anal, sempre protetto.' },
      { text: 'Massaggio senza limiti di tempo, 1 ora 1200 kr.' },
      { text: 'Søger du en pige uden grænser? Så er det ikke mig – jeg har mine regler.' },
      { text: 'Want a no-limits girl? Wrong address, sweetheart. Kira, 35.' },
      { text: 'Lena, 41. Nije sve moguće – samo masaža i GFE.' },
      { text: 'Alt er ikke muligt hos mig – kun massage og GFE.' },
      { text: 'Not n-o l-i-m-i-t-s, sorry: I have my limits, massage and GFE only.' },
      { text: 'Jeg gør ikke hvad du beder om, bare fordi du betaler. Altid kondom.' },
      { text: 'Kissing is off the menu, sorry. GFE and massage.' },
      { text: "I don't say yes to everything, I have my limits." },
      { text: 'Jeg siger ja til alt fra kaffe til te, men sex altid med kondom.' },
      { text: 'Jeg siger ja til det hele med kage og kaffe bagefter. Altid kondom.' },
      { text: 'Min kærlighed til lakrids har ingen grænser 🍬 Massage og GFE med kondom.' },
      { text: 'My love for red wine knows no limits. Always protected, GFE only.' },
      { text: 'Готова на встречу в отеле или у себя.' },
      { text: 'Não topo tudo: tenho meus limites.' },
      { text: 'Massage sans limite de temps, 1h 1200 kr.' },
      { text: 'Jeg elsker lange kys og at snakke om alt muligt.' },
      { text: 'Никаких «без ограничений» – только классика и массаж.' },
      { text: 'Milá Tereza, 30. Žádný sex bez hranic, jen klasika s ochranou.' },
      { text: 'Alle ydelser kun med kondom. 1 time 1200 kr.' },
      { text: 'Birgit, 48, Padborg, lige ved grænsen.' },
      { text: 'Sabine, 46, fünf Minuten hinter der Grenze.' },
      { text: 'I have my limits and not everything is possible – I prefer gentlemen who respect that.' },
      { text: 'Jeg tager mig god tid og har mine grænser. Massage og GFE.' },
      {
        text: 'Jeg tilbyder:\n- GFE\n- massage\n- kys\n- 69\n- striptease\n- rollespil\n- lingeri\n- bruser sammen\n- dildoshow\n- fodfetish\n- let dominans\nAltid med kondom.',
      },
      { text: 'Ikke alt er muligt, spørg først.' },
      { text: 'No limits? Nej – I have clear limits 🙂' },
      { text: 'Alt er muligt? Nej, jeg har mine grænser.' },
      {
        services: [
          'GFE',
          'massage',
          'kys',
          '69',
          'striptease',
          'rollespil',
          'lingeri',
          'bruser sammen',
          'dildoshow',
          'fodfetish',
          'let dominans',
        ],
      },
      { text: 'Jeg gør alt for at du får en dejlig stund. Massage og GFE.' },
      { text: 'I offer everything from relaxing massage to GFE, always safe.' },
      { text: 'Jeg tilbyder ikke alt, kun massage og GFE.' },
      { text: "Q: Do you have limits? A: Yes! 'No limits' ads are not me." },
      { text: "Domina Odense. Hard limits: no scat. 'Everything allowed' is not a thing here." },
      { text: 'Great service all the way, I am Mette and I have clear limits.' },
      { text: 'Dominatrix in Odense. My sessions can include: bondage, spanking, roleplay. No sex, ever.' },
      { text: 'Før du spørger: nej, jeg har ingen manager. Jeg er Tine, 39, og alt går gennem mig.' },
      { text: 'I run my own work and everything goes through me. Nadia, 35.' },
      { text: 'Amalie, 27. I have clear limits. No limits is not my style.' },
      { text: "I have limits and I keep them – no 'no limits' requests please." },
      { text: 'Folk spørger tit om jeg har "ingen grænser". Jo, jeg har masser af grænser, og de er mine.' },
      { text: '"No limits"? Of course I have limits. Bettina, 37.' },
      { text: 'There are no limits to my discretion: what happens at dinner stays at dinner.' },
      { text: 'Body2body i rolige omgivelser – der er ingen grænser for, hvor afslappet du bliver.' },
      { text: "People write to me 'no limits?'. No. I have limits." },
      { text: 'Ingen grænser? Jo – jeg har grænser, og de står her.' },
      { text: "Nadia, 35. Things I won't do: rough play, filming, 'no limits' dates. Massage and GFE." },
      { text: 'Det gør jeg ikke: anal, grupper, ingen grænser-aftaler. Kun med kondom.' },
      {
        text: "Noor, 36. What I DON'T do: anal, bareback, CIM, facials, rough play, spanking, filming, photos, toys, parties, alcohol, duo, 'no limits' dates.",
      },
      { text: "I have limits – I'm not an 'all services' girl. Condom always." },
      {
        text: 'Dansk kvinde med glimt i øjet. Ingen grænser for hyggen – men klare grænser for resten: kun med kondom.',
      },
      {
        text: 'Velkommen til Pim.',
        services: [
          'Thaimassage',
          'Olie massage',
          'Fodmassage',
          'Body to body',
          'Kys',
          'Fransk m/kondom',
          '69',
          'Brusebad',
          'Lingeri',
          'Rollespil',
          'Striptease',
          'Ikke: anal, BB',
        ],
      },
      {
        text: 'Min kærlighed til lakrids kender ingen grænser 😂 – men det gør jeg: altid kondom, ingen anal.',
      },
      { text: 'My coffee consumption has no limits ☕😂 In bed I have clear limits and always use condoms.' },
      { text: 'Der er intet jeg ikke gør for at du får en god oplevelse. Massage og GFE.' },
      { text: 'Din fantasi kender ingen grænser – men det gør mine regler. Domina Lise, Aarhus.' },
      { text: 'No limits for your fantasy, but plenty for your manners. Mistress Ann, no sex.' },
      {
        text: 'Ilona, 34. Menu: 1. GFE 2. massage 3. kys 4. 69 5. striptease 6. rollespil 7. lingeri 8. toys 9. bruser sammen 10. fodfetish 11. middag. Ring.',
      },
      { text: 'Jette, 52. Alt er muligt tidsmæssigt, også søndag. Kun massage med kondom.' },
      { text: 'Intet er umuligt med tiderne, også sene aftener. Kun massage, altid kondom.' },
      { text: 'Spørg bare, intet er umuligt at spørge om, men svaret er tit nej. Kun GFE.' },
      { text: 'Tout est possible côté horaires, mais jamais sans préservatif.' },
      { text: 'Everything is possible time-wise, evenings too. Massage only.' },
      { text: 'Faccio tutto da sola: niente agenzia. Massaggio.' },
      { text: 'Carmen, 44. No hago de todo, tengo mis reglas.' },
      { text: 'Ich mache alles selbst, ohne Agentur. Nur Massage.' },
      { text: 'Relaxing massage without limit of time, 1 hour 900 kr.' },
      { text: 'Kaffe? Jeg siger ikke nej. Hyggelig Bente, 55, klare grænser og altid kondom.' },
      { text: 'I never say no to a good red wine, but I do say no to BB.' },
      { text: 'Jeg siger aldrig nej til en god snak, men sex er altid med kondom.' },
      { text: 'I never say no to a ☕ after, but condom always.' },
      { text: 'Nothing is too much trouble for my regulars – tea, towels, parking.' },
      {
        text: 'Folk spørger om jeg tilbyder "alt er muligt" – nej, det gør jeg ikke. Mine grænser står fast.',
      },
    ],
  },
});
