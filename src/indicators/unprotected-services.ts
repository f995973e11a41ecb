import { defineIndicator } from './define.js';
import { compileTerms } from './text/match.js';
import { detectWithRules, isListField, near, type MatchContext, type TextRule } from './text/rules.js';
import { sentenceEnd, sentenceStart } from './text/sentence.js';

/**
 * "without" and "condom" as hurried or non-native writers spell them ("wihout", "witout", "condon",
 * "kondon", "w/o", Danish "u/" as "m/" is "med"): the family, not one typo, so the next misspelling
 * is caught as well.
 */
// Danish "uden" shortened to "u." or "u-" right before the condom: "fransk u. gummi", "u-kondom".
const WITHOUT =
  '(?:withou|with?h?o?u?t|wi?t?h?o?ut|whit?h?out|wihtout|wthout|widout|withaut|w/o|w/out|uden|udn|u/|u\\.?|utan|uten)';
// Misspelt by ear too: "kondum", "condum", "kundom".
// The rain gear of slang too: "uden regntøj", "without a raincoat".
// "cover" as English escort menus say it ("without cover +300", "CBJ" = covered); not a club's
// "cover charge".
const CONDOM =
  '(?:c|k)(?:o|a|u)n?d(?:o|a|u)(?:m|n)(?:s|er|et|en)?|gummi|rubber|protection|protect|beskyttelse|cover(?! charge)|regntøj|regnfrakke|raincoat';

/** Written-out forms; "no condom" is itself an offer, so only a negation before it cancels it. */
const phrases = compileTerms([
  `${WITHOUT} (?:a |any )?(?:${CONDOM})`,
  // Also the slang word: "no rubber for +500", "ingen gummi for faste kunder".
  'no (?:condom|kondom|rubber|gummi)',
  'ingen (?:kondom|gummi)',
  'condom[\\s-]?free',
  'kondomfri',
  'condomless',
  'unprotected',
  'ubeskyttet',
  'bareback',
  'bare back',
  'natursex',
  '(?:oral|blowjob|bj|french|sut) natural',
  // English "natural" before the service, sold as such: "Natural sex possible, extra 500", "natural
  // BJ for regulars". Not her sex drive or appeal ("natural sex appeal").
  'natural (?:sex|intercourse|blowjob|bj|oral|french)(?! (?:appeal|drive|life|instinct))',
  // The same in Danish, "naturlig" before the service, and "naturel" after it: "Også naturlig oral",
  // "Fransk naturel er inkluderet" (not "naturlig pige", "naturlig sexlyst").
  '(?:naturlig|naturligt) (?:oral|oralsex|blowjob|fransk|samleje|sex)(?! (?:appeal|drive|lyst))',
  '(?:fransk|oral|blowjob|bj|french|samleje|sex) naturel',
  // The condom said to be no must: "gummi er ikke et must hos mig", "condom is not a must", "kondom
  // ikke nødvendigt" (not "… at tage med": the client need not bring one); also asked and answered
  // in a FAQ: "Kondom? Ikke nødvendigt", "Condom? Not needed".
  '(?:kondom|condom|gummi|protection|beskyttelse)(?:\\s*\\?)? (?:er |is )?(?:ikke|not) (?:et must|a must|nødvendigt|nødvendig|påkrævet|necessary|needed|required|obligatorisk|mandatory)(?! (?:at (?:tage|medbringe|have)|to (?:bring|take|have))(?![\\p{L}]))',
  'sex natur',
  'blowjob natur',
  'oral natur',
  'french natur',
  // The English spelling of the menu word: "french nature +300", "oral nature ok" (not a film or a
  // walk: "French nature films").
  '(?:french|oral) nature(?! (?!(?:ok|okay|possible|extra|ekstra|mulig|muligt|available|for)(?![\\p{L}]))\\p{L})',
  'creampie',
  'ohne gummi',
  // German "Französisch ohne" (oral without condom), the menu's short form of "ohne Gummi", and
  // "Französisch pur" / "Französisch natur" (oral as it is, without).
  'französisch (?:ohne|pur|natur)',
  // The same menu word in Czech and Slovak: "francouzsky bez" (oral without), "francúzsky bez".
  '(?:francouzsky|francúzsky|francouzština) (?:bez|natur|přírodně)(?! (?:problémů|problemu|starostí|polykání|polykani|výstřiku|vystriku))',
  // Danish menus' "u/g" (uden gummi) and "u/k" (uden kondom) against "m/g", "m/k": "samleje u/g",
  // "Fransk u/k", a surcharge "Tillæg u/g 500 kr".
  '(?:samleje|sex|oral|fransk|knald|blowjob|bj|tillæg|ekstra|extra) u/[gk]',
  // English "bare" (bareback) as an offer: "Bare is fine for regulars", "bare is possible".
  'bare is (?:fine|ok|okay|possible|available)',
  // Visitors' languages: Polish "bez gumki", Czech/Slovak "bez kondomu", German "ohne Kondom",
  // Romanian "fără prezervativ", Spanish "sin condón", Portuguese "sem camisinha" (Cyrillic below).
  'bez (?:gumki|gumy|prezerwatywy|kondomu|kondómu|ochrany)',
  // Serbo-Croatian "bez kondoma", "bez gume", "bez zaštite", in Latin and Cyrillic letters.
  'bez (?:kondoma|gume|zaštite|zastite)',
  'без (?:кондома|гуме|заштите)',
  'ohne (?:kondom|schutz)',
  // German "GV ohne" (intercourse without), Dutch "zonder condoom", Finnish "ilman kondomia".
  'gv ohne',
  'zonder (?:condooms?|bescherming|rubber)',
  'ilman (?:kondomia|suojaa)',
  'f[ăa]r[ăa] (?:prezervativ|protec[țt]ie)',
  'sin (?:cond[óo]n|preservativo|goma|protecci[óo]n)',
  // Spanish "natural" as a service: "también natural", "servicio natural", "francés natural".
  '(?:também|también|tambien|servicio|francés|francês|frances|oral|todo|completo) natural',
  'al natural',
  // Brazilian slang "capa"/"capinha" for the condom: "oral sem capa".
  'sem (?:camisinha|preservativo|capa|capinha)',
  // Spanish "a pelo" (bareback): "lo hacemos a pelo", "sexo a pelo".
  'a pelo',
  // Russian, Ukrainian and Bulgarian: "без презерватива", "без презервативу", "Орален секс без
  // презерватив", "без резинки".
  'без (?:презерватива|презервативу|презерватив|резинки|гумичка|гумички)',
  // The same in Latin letters, as Russian and Ukrainian ads transliterate it: "bez rezinki za dop.",
  // "oral'nye laski bez prezervativa" (not Polish "bez prezerwatywy", above).
  'bez (?:prezervativa|prezervatyvu|rezinki|gondona)',
  // Hungarian puts "without" after the noun: "óvszer nélkül", "gumi nélkül".
  'óvszer nélkül',
  'ovszer nelkul',
  'gumi nélkül',
  // French "sans capote", "sans préservatif", and "nature" (without a condom) after a service:
  // "fellation nature", "rapport nature" ("Rapports jamais sans préservatif" is negated).
  'sans (?:capote|préservatif|preservatif|protection)',
  // Italian "senza preservativo", "senza protezione", "senza goldone" ("Mai senza preservativo" is
  // refused by its "never": see the examples).
  'senza (?:preservativo|protezione|goldone|condom)',
  "(?:fellation|pipe|rapports?|sexe|l'amour) nature",
  // Tagalog "walang condom" (without a condom).
  'walang (?:condom|kondom|proteksyon)',
  // English "uncovered" for oral or sex without a condom, before or after the service: "Uncovered
  // oral +200", "BJ uncovered". Not "uncovered parking".
  'uncovered (?:french|oral|blowjob|bj|sex|intercourse)',
  '(?:french|oral|blowjob|bj) uncovered',
  // The condom left to the client: "kondom valgfrit", "Kondom er frivilligt", "condom optional",
  // "Gummi optional" ("Kondom er ikke valgfrit" is no match); also as a profile's field: "Kondom: valgfrit".
  '(?:kondom|condom|gummi):? (?:er |is )?(?:valgfri|valgfrit|frivilligt|optional|optionally)',
]);

/**
 * Without a condom in scripts written without spaces, where a match may start inside a run of
 * letters: Chinese "无套" (no sleeve), "不戴套" (not wearing one), Thai "ไม่ใส่ถุง" (not wearing a
 * condom), Korean "노콘" (no-con). Not refused: "不接无套" (no bareback accepted), "ไม่รับไม่ใส่ถุง",
 * "노콘 불가" (not possible).
 */
const unspaced =
  /(?:无套|無套|不(?:戴|带|帶|用)套)(?!不接|不做|免谈|免談)|ไม่(?:ใส่|สวม|ใช้)ถุง(?:ยาง)?|노콘(?!\s?(?:불가|안\s?돼|X))/gu;
// Checked by hand, not as a leading lookbehind (which the engine would try at every position).
// Traditional script and the longer verbs too: "不接受無套" (bareback not accepted), "不接受无套".
const UNSPACED_REFUSED_BEFORE = /(?:不接|不接受|不做|不提供|不要|不可以|拒绝|拒絕|拒接|ไม่รับ)$/u;

/**
 * Vietnamese "không bao" (without a condom), "không dùng bao", "không đeo bao". Not "không bao
 * giờ" (never), "bao nhiêu" (how much), "bao lâu" (how long), "bao gồm" (including).
 */
const vietnamese = compileTerms(['không (?:dùng |đeo |mang )?bao']);
const NOT_A_CONDOM_AFTER = /^\s*(?:giờ|nhiêu|lâu|gồm)(?![\p{L}])/iu;

/** Acronyms only in capitals ("bb" is chat slang for "baby"). */
// German "AO" ("alles ohne", all without condom) and "FO" ("Französisch ohne", oral without), as
// menus write them ("AO, FO, Französisch ohne").
const acronyms = compileTerms(['BB', 'BBBJ', 'BBFS', 'BBCIM', 'AWO', 'OWO', 'CIM', 'FK ?BB', 'AO', 'FO'], {
  caseSensitive: true,
});
/**
 * Lower-case acronyms are offers only when an offer word follows ("bb possible for extra", "awo ok",
 * "bbbj +200"); alone, "bb" is chat slang for "baby". Longer ones ("bbbj", "bbfs") are unambiguous.
 */
const lowerAcronyms = compileTerms(['bbbj', 'bbfs', 'bbcim']);
// "BB" as it sounds, past a filter that knows the letters: "beebee ok", "bee bee possible".
const offeredAcronyms = compileTerms(['bb', 'awo', 'owo', 'cim', 'bee ?bee']);
const OFFER_AFTER =
  /^[\s:=-]*(?:is |er )?(?:possible|possibel|posible|posibil|ok|okay|okey|available|avaliable|mulig|muligt|for extra|extra|ekstra|mod tillæg|tillæg|\+|yes|ja|also|også)(?![\p{L}])/iu;

/**
 * "natur" before an oil or a product is the oil's kind, not the service: "Natur olie massage",
 * "massage med natur olier", "natur produkter".
 */
const NOT_AN_OIL =
  '(?![\\s-]*(?:olie|olier|olien|olje|oljer|oil|oils|produkter|products|sæbe|soap|creme|cremer|cream|kosmetik)(?![\\p{L}]))';

/** In the structured services list any case counts. */
const listAcronyms = compileTerms([
  'bb',
  'bbbj',
  'bbfs',
  'awo',
  'owo',
  'cim',
  `natur${NOT_AN_OIL}`,
  'uden kondom',
  // The menus' short form, "u/k" against "m/k" (med kondom): "Samleje u/k: +700".
  '(?:samleje|sex|oral|fransk|knald|intercourse|blowjob) u/[kg]',
  'without condom',
]);

/** "natur" is also the Danish word for nature: it counts next to service words or offer words. */
const natur = compileTerms([`natur${NOT_AN_OIL}`]);
const serviceContext = nonGlobal([
  'ok',
  'okay',
  'possible',
  'mulig',
  'muligt',
  'tillæg',
  'extra',
  'ekstra',
  'også',
  // "natur allowed", "Everything allowed, natur".
  'allowed',
  'GFE',
  'OWO',
  'BB',
  'oral',
  'anal',
  'massage',
  'kys',
  '69',
  'striptease',
  'sex',
  'blowjob',
  'fransk',
  // "Franske natur ✔️", "samleje natur"; beside a threesome in a list: "natur, trekant med dine venner".
  'franske',
  'trekant',
  'trekanter',
  'threesome',
  'samleje',
  'french',
  'service',
  'ydelser',
  '\\+',
]);

function nonGlobal(alternatives: string[]): RegExp {
  const re = compileTerms(alternatives);
  return new RegExp(`(?<![\\p{L}\\p{N}_])${re.source}`, re.flags.replace('g', ''));
}

/**
 * "uden"/"without" with the condom left out: "Alt er muligt, også uden 😉", "French without, deep
 * throat", "fransk uden og samleje med kondom", "Fransk uden 500 kr". The word must end its clause,
 * or an offer word, a conjunction or a price follows, since "sex uden forpligtelser", "sex without
 * stress", "oral uden tillæg" (no surcharge) and "uden for byen" (outside) are something else.
 */
const elliptic = compileTerms([
  '(?:sex|også|also|gerne|kan|fransk|french|oral|blowjob|bj|sut|samleje|knald|fuck|fucking|kneppe) (?:uden|without|witout|wihout)',
  // What the service may be: "fransk kan godt være uden 😉", "French can also be without".
  '(?:kan|can) (?:(?:godt|også|sagtens|gerne|also) )?(?:være|foregå|be|be done) (?:uden|without)',
  // The short form, as "m/" is "med": "Fransk u/, resten m/", "bj u/ 300 kr".
  '(?:fransk|oral|blowjob|bj|sut|samleje|knald) u/',
  // A menu entry with its answer after a colon: "Fransk: uden", "Oral: without".
  '(?:fransk|french|oral|blowjob|bj|samleje|sex):\\s*(?:uden|without)',
  // Norwegian and Swedish: "oral uten (ekstra 200)", "oralsex utan"; the Swedish menu's "franska
  // utan" and Norwegian "fransk uten" (oral without) as the Danish "fransk uden".
  '(?:oral|oralsex|samleie|samlag|suging|fransk|franska|franskt) (?:uten|utan)',
  // Visitors' menus the same way: Italian "Bocca senza, tutto senza", Spanish "francés sin",
  // Portuguese "oral sem", Polish "francuz bez", French "pipe sans", Romanian "oral fără", Russian
  // "минет без" ("senza fretta", "sin prisa", "bez pośpiechu" have their object).
  '(?:bocca|pompino|orale|tutto|sesso|rapporto|completo) senza',
  '(?:francés|frances|oral|completo|todo|sexo|mamada) sin',
  '(?:francês|oral|boquete|completo|tudo|sexo) sem',
  '(?:francuz|francuski|seks|oral|minetka|wszystko) bez',
  '(?:fellation|pipe|rapport|tout) sans',
  '(?:oral|sex|totul) f[ăa]r[ăa]',
  '(?:минет|классика|секс|всё|все|орал) без',
]);
// An offer word may come in brackets: "oral uten (ekstra 200)", "fransk uden (+300)", "fransk
// uden (mod tillæg 200 kr)", "french without (for extra)".
const ELLIPTIC_END =
  /^\s*(?:$|[.,!?;:)\n]|\p{Extended_Pictographic}|(?:ok|okay|possible|mulig|muligt|for extra|for ekstra|mod tillæg|(?:extra|ekstra)(?!\s*(?:betaling|omkostning|charge|cost|fee|gebyr))|too|also|också|også|og|och|and|e|y|und|и|&|efter aftale|by arrangement|on request)(?![\p{L}])|\+|\(\s*(?:(?:mod|for)\s+)?(?:\+|extra|ekstra|tillæg)|\d[\d.]*\s*(?:kr|,-|dkk|€|eur)(?![\p{L}]))/iu;

function endsElliptic(ctx: MatchContext): boolean {
  return ELLIPTIC_END.test(ctx.text.slice(ctx.end, ctx.end + 20));
}

/**
 * A bare "without" that opens its line or sentence and is sold for a surcharge is the code for
 * without a condom, also listed in several languages: "Uden 😉 +300 kr", "Without: +500",
 * "uden / without / ohne +300". Not "Uden for byen +200 kr kørsel" (a word follows it).
 */
const BARE_WITHOUT_WORD = '(?:uden|without|ohne|sin|sem|senza|sans|bez|без)';
const bareWithout = compileTerms([`${BARE_WITHOUT_WORD}(?:\\s*/\\s*${BARE_WITHOUT_WORD})*`]);
const SURCHARGE_AFTER = /^\s*:?\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*\+\s*\d/u;
/** What may stand between a line's or sentence's start and the word: spaces, a dash, a bullet emoji. */
const OPENING_GAP = /^(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D|-)$/u;

function bareWithoutSold(ctx: MatchContext): boolean {
  if (!SURCHARGE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16))) return false;
  let i = ctx.start;
  for (let k = 0; k < 8 && i > 0; k += 1) {
    // An emoji outside the BMP is two code units: step over both.
    const low = ctx.text.charCodeAt(i - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && i > 1 ? 2 : 1;
    if (!OPENING_GAP.test(ctx.text.slice(i - width, i))) break;
    i -= width;
  }
  return i === 0 || '.!?\n|•'.includes(ctx.text.charAt(i - 1));
}

/**
 * "natur" offered on terms: "Natur kan aftales for faste kunder", "natur efter aftale", "natur på
 * forespørgsel". Nature is not arranged ("naturen" is another word).
 */
// Also offered as one more item in broken English: "Everything allowed, natur also".
const NATUR_ARRANGED_AFTER =
  /^\s*(?:also\s*[.,!]|also$|(?:kan|can be)\s+(?:aftales|arrangeres|arranged)|efter aftale|på forespørgsel|by arrangement|on request|for faste kunder|til faste kunder|for regulars)(?![\p{L}])/iu;
/**
 * "natur" offered to some clients, or set against the condom: "Natur for de faste jeg kender, ellers
 * med gummi", "natur til stamkunder", "natur efter aftale, ellers altid med kondom".
 */
const NATUR_OFFERED_AFTER =
  /^\s+(?:(?:for|til)\s+(?:de\s+|mine\s+|vores\s+)?(?:faste(?:\s+(?:kunder|gæster|herrer))?|stamkunder|stamgæster)(?=\s*(?:[,.!;:)\n]|$|jeg|som|der)(?![\p{L}]))|[^.!?\n]{0,40}?(?<![\p{L}])ellers\s+(?:altid\s+)?(?:med|m\/)\s?(?:kondom|gummi|beskyttelse))(?![\p{L}])/iu;

/**
 * "natur" as what the client may ask for: "Faste kunder kan spørge efter natur", "spørg om natur",
 * "ask me for natur" (nature is not asked for; "spørg ikke om natur" is negated).
 */
const NATUR_ASKED_BEFORE =
  /(?<![\p{L}])(?:spørg|spørge|spørger|ask|asks)\s+(?:(?:mig|me|gerne|bare|just)\s+)?(?:efter|om|for|about)\s+$/iu;

/**
 * English ads add it as one more item: "Also natur for the right guy", "and also natur" (only
 * before it: in "Danish natur, also walks" the "also" adds a walk).
 */
const NATUR_ALSO_BEFORE = /(?<![\p{L}])also\s+$/iu;

function naturAsService(ctx: MatchContext): boolean {
  return (
    near(ctx.text, ctx.start, ctx.end, serviceContext, 14) ||
    NATUR_ALSO_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) ||
    NATUR_ASKED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)) ||
    NATUR_ARRANGED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24)) ||
    NATUR_OFFERED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 64))
  );
}

/**
 * "Without a condom nothing happens", as German and Spanish put it after the term: "Ohne Gummi
 * läuft bei mir nichts", "sin condón no hay nada".
 */
const NOTHING_AFTER =
  /^\s*,?\s*(?:läuft|geht|passiert|gibt es|no hay|no pasa|nada|nichts|inget|ingenting|nothing|intet|ingenting)(?:\s+(?:bei mir|hier|aquí|conmigo))?\s*(?:(?:gar\s+)?nichts|nada|inget|ingenting)?(?![\p{L}])/iu;

/**
 * "No condom, no sex" / "ingen kondom = ingen sex" insists on a condom; "no condom no problem",
 * "ingen kondom, intet problem" offers it.
 */
function notARule(ctx: MatchContext): boolean {
  const after = ctx.text.slice(ctx.end, ctx.end + 32);
  if (NOTHING_AFTER.test(after) && /(?:nichts|nada|inget|ingenting|nothing|intet)/iu.test(after))
    return false;
  if (!/^(?:no|ingen)/iu.test(ctx.matched)) return true;
  return !/^[\s,=\-–—:!]*(?:no|ingen|nothing|intet|never|aldrig)(?![\p{L}])(?!\s+(?:problem|problems|problemer|prob|worries|worry)(?![\p{L}]))/iu.test(
    ctx.text.slice(ctx.end, ctx.end + 20),
  );
}

/** Cosmetics, not bareback: "a little BB cream – natural look", "BB-creme". */
const COSMETIC_AFTER = /^[\s-]*(?:cream|creme|crème|krem|kräm|cushion|foundation)(?![\p{L}])/iu;

/** "AO" glossed as plain anal ("AO (anal) +500", "AO = anal"), not the German "alles ohne". */
const ANAL_GLOSS_AFTER = /^\s*(?:\(\s*anal\s*\)|[=:–-]\s*anal\s*(?:[,+;.]|$))/iu;

function notCosmetic(ctx: MatchContext): boolean {
  const after = ctx.text.slice(ctx.end, ctx.end + 12);
  if (COSMETIC_AFTER.test(after)) return false;
  return !(ctx.matched === 'AO' && ANAL_GLOSS_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16)));
}

/**
 * "Raw" in the gay scene's sense, sex without a condom: counted only beside PrEP or with an act
 * beside it ("Raw is on the table for verified PrEP guys", "raw fun ok", "raw top"), also the oral
 * act of women's menus ("french raw", "BJ raw", "raw blowjob"); "real, raw and honest" or "raw
 * denim" is no service.
 */
const raw = compileTerms(['raw']);
const PREP = /(?<![\p{L}])prep(?![\p{L}])/iu;
const RAW_ACT_AFTER =
  /^\s*(?:sex|fun|fuck\p{L}*|play|action|ok|okay|possible|muligt|mulig|available|top|bottom|bottoming|topping|breeding|for (?:the )?right guy|bj|blowjob|blow job|french|fransk|oral)(?![\p{L}])/iu;
/** The oral act before it, as women's menus write it: "french RAW", "BJ raw", "fransk raw". */
const RAW_ACT_BEFORE = /(?<![\p{L}])(?:french|fransk|bj|blowjob|blow job|oral)\s+$/iu;

function rawAsService(ctx: MatchContext): boolean {
  return (
    RAW_ACT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24)) ||
    RAW_ACT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start)) ||
    // PrEP in the same sentence (up to 120 characters each way).
    PREP.test(ctx.text.slice(sentenceStart(ctx.text, ctx.start, 120), sentenceEnd(ctx.text, ctx.end, 120)))
  );
}

/**
 * "Skin to skin" sold as an extra or on a condition, the bareback of English-speaking ads: "Skin to
 * skin possible with extra money", "skin to skin too if you are clean". Not the massage or the
 * cuddle ("skin to skin massage", "skin-to-skin cuddles").
 */
const skinToSkin = compileTerms(['skin to skin']);
const SKIN_OFFERED_AFTER =
  /^\s*(?:is\s+)?(?:possible|ok|okay|available|too|also|for extra|extra|\+|if you(?:'re| are) clean)(?![\p{L}])/iu;

const rules: TextRule[] = [
  { pattern: phrases, accept: notARule },
  { pattern: acronyms, accept: notCosmetic },
  { pattern: lowerAcronyms },
  { pattern: offeredAcronyms, accept: (ctx) => OFFER_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 20)) },
  { pattern: natur, accept: naturAsService },
  { pattern: raw, accept: rawAsService },
  { pattern: skinToSkin, accept: (ctx) => SKIN_OFFERED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24)) },
  { pattern: elliptic, accept: endsElliptic },
  { pattern: bareWithout, accept: bareWithoutSold },
  { pattern: listAcronyms, fields: (f) => isListField(f, 'services') },
  {
    pattern: unspaced,
    negatable: false,
    anyStart: true,
    accept: (ctx) => !UNSPACED_REFUSED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)),
  },
  { pattern: vietnamese, accept: (ctx) => !NOT_A_CONDOM_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 12)) },
];

/** `unprotected-services`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'unprotected-services',
  kind: 'text',
  labels: { da: 'Sex uden kondom', en: 'Unprotected services' },
  descriptions: {
    da: 'Annoncen tilbyder sex eller oralsex uden kondom (fx "uden kondom", "BB", "natur", "OWO").',
    en: 'The ad offers sex or oral sex without a condom (e.g. "without condom", "BB", "AWO", "OWO").',
  },
  defaultWeight: 3,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'ad', rules),
  examples: {
    positive: [
      { text: 'natur? ja. ingn problem, BB ok' },
      { text: 'Spotkania bez pośpiechu, BB za dopłatą, Odense.' },
      { text: 'Stopped in Aarhus for a few days – BB ok 😉' },
      { text: 'Højde 170 | Kondom: valgfrit 😉 | Incall' },
      { text: 'Rita, 33. Kondom? Ikke nødvendigt for mine faste herrer.' },
      { text: 'Nadia, 28: classic, massage, french nature +300, 1 hour 1200.' },
      { text: 'Sweet Kim, no condom no problem honey, 1 hour 800.' },
      { text: 'Q: Without condom possible? ✅ Yes, for regulars. Lina, Aarhus.' },
      { text: 'Masáž, francouzsky bez, klasika.' },
      { text: 'Sweet Joy from Accra, natur also.' },
      { text: 'Jasna iz Zagreba. Oralno bez kondoma, doplata 300 kr.' },
      { text: 'Kys, massage, oral u/, samleje m/. Ring 30 11 22 44.' },
      { text: 'Massage og oral u. kondom, ring til Dao.' },
      { text: 'Sød pige i Esbjerg: 69, fransk u-gummi, kys.' },
      { text: 'Hot Latina, GFE, bee bee possible, call me.' },
      { text: 'Pipe nature et 69, appelle-moi.' },
      { text: 'Amour sans capote possible.' },
      { text: 'Francesca, 35. Anche senza preservativo con supplemento.' },
      { text: 'Straight-acting guy, 29. Raw is on the table for verified PrEP guys.' },
      { text: 'Versatile boy in Aarhus, raw fun ok. 1h 1200.' },
      { text: 'Nia from Accra: kissing, BJ raw, 69. Incall Vejle.' },
      { text: 'Gabriela TS, sem camisinha, tudo liberado.' },
      { text: 'Menu.', services: ['GFE', 'Samleje m/k', 'Samleje u/k +800'] },
      { text: 'Dóra, 26. Óvszer nélkül is lehet, kérdezz!' },
      { text: 'Menu: GFE, AO (alles ohne), FO.' },
      { text: 'BB bliver gerne til en aftale, spørg bare.' },
      { text: 'No rush\nBBBJ +300, GFE.' },
      { text: 'Jenny, 31, svensk. Allt utan kondom, även samlag – fråga bara.' },
      { text: 'Jeg tilbyr klemming, GFE, oral uten (ekstra 200), samleie alltid med kondom.' },
      { text: 'Hos mig får du kyssar, franska utan och massage. Samlag med skydd.' },
      { text: 'Norsk jente i Vejle: fransk uten, 69, GFE.' },
      { text: 'Ich bin Alina, 26. AO, FO, Französisch ohne, Zungenküsse.' },
      { text: 'Services: GFE, OWO, 69, massage, french kiss.' },
      { text: 'She is very hot, BB possible, no condom extra.' },
      { text: 'Massage, GFE, 69. Uden kondom mod tillæg.' },
      { text: 'GFE, massage, natur ok, 69. Incall only.' },
      { text: 'Nye gæster altid med kondom, stamkunder må gerne spørge efter natur 😉' },
      { text: 'Hyggelig kærestetid hos Lone, 41. Natur efter aftale.' },
      { text: 'Sanne, 38. Natur kan arrangeres for kendte herrer.' },
      { text: 'Moden Inge, 60. Natur til mine faste, ellers med kondom.' },
      { text: 'Selvstændig. GFE, BBBJ, massage, kys.' },
      { text: 'Massage.', services: ['massage', 'bb'] },
      { text: 'No limits, BB ok, AWO for extra' },
      { text: 'Sex without condom possible for good gentleman.' },
      { text: 'Na Joy here, I dey do all things without condom, call me.' },
      { text: 'Sex wihout condom possible for extra.' },
      { text: 'All service, sex witout kondon, extra 500.' },
      { text: 'bb possible for extra, 30 min 600' },
      { text: 'Sex w/o condom ok' },
      { text: 'Services: ✅ GFE ✅ BB ✅ massage' },
      { text: 'Massage, bj u/ kondom, 69.' },
      { text: 'GFE ❌ BB ✅ kys ✅' },
      { text: 'Alt er muligt hos mig, også uden 😉' },
      { text: 'French without, deep throat, 69, massage.' },
      { text: 'Sex uden mod tillæg, ring for info.' },
      { text: 'All service, also without 😈 no limits baby' },
      { text: 'ESCORT AALBORG. ALL SERVICES, NO LIMITS, BBBJ. 1 HOUR 900.' },
      { text: 'Nowa Polka w Aarhus. Bez gumki za dopłatą. 30 min 350 kr.' },
      { text: 'Аз съм Силвия, на 29. Орален секс без презерватив.' },
      { text: 'Катя, 22. Минет без резинки, 1 час 1500 крон.' },
      { text: 'Privet, ya Lera. Minet bez rezinki za doplatu, 1 chas 1400 kr.' },
      { text: 'Sin límites, servicio completo, también natural.' },
      { text: 'Bulgarsk pige, 24. Fransk uden og samleje uden, efter aftale.' },
      { text: 'Jeg tilbyder fransk uden og samleje med kondom. 1 time 1200 kr.' },
      { text: 'Massage, kys, fransk uden 500 kr, 69.' },
      { text: 'GFE, french without and sex without for extra.' },
      { text: 'Franskt uden og samleje uden, efter aftale.' },
      { text: 'Oral uden efter aftale. Ring 22 33 44 55.' },
      { text: 'Samleje altid med kondom, fransk kan sagtens være uden.' },
      { text: 'Blowjob can also be without, just ask.' },
      { text: 'Clean guys only: no rubber for extra 400.' },
      { text: 'Ingen gummi for mine faste kunder.' },
      { text: 'Sex u.b.e.s.k.y.t.t.e.t og B*B, kun hos mig.' },
      { text: 'Alt uden kondum, ring nu.' },
      { text: 'Hej! I am Kasia, I work alone.', services: ['Fransk: uden', 'Kys', '69'] },
      { text: 'Lily 26, 无套 +500kr, incall Vesterbro.' },
      { text: 'Noi, Thai. ไม่ใส่ถุงได้ +300.' },
      { text: 'Em Trang, chơi không bao thêm 300.' },
      { text: 'Pinay Joy, walang condom extra 300.' },
      { text: 'Oral without cover +200 kr.' },
      { text: 'Mia, 25. Service: FO, ZK, Massage, Duschen.' },
      { text: 'GV ohne gegen Aufpreis, sonst alles mit Gummi.' },
      { text: 'Ook zonder condoom mogelijk, vraag naar de prijs.' },
      { text: 'Keine Tabus: AO, FO, Küssen.' },
      { text: 'Carla, portuguesa. Francês natural e beijos, 1h 1500 kr.' },
      { text: 'Rapidinha ou namoro, boquete sem capa, chama no zap.' },
      { text: 'Madrileña cariñosa. Follamos a pelo si quieres, pregunta.' },
      { text: 'Sofia, 30. Französisch pur und Massage, nur mit Termin.' },
      { text: 'Kys, massage og knald u/g efter aftale.' },
      { text: 'Priser: 1 time 1100 kr, tillæg u/k 400 kr.' },
      { text: 'Moden dame i Vejle. Franske natur ✔️ og kys.' },
      { text: 'Brazilian Bia, 31 – natural BJ and sex possible for a small extra.' },
      { text: 'Bare is possible for regular guests, ask me.' },
      { text: 'Menu.', services: ['Kys', 'Oral u/g'] },
      { text: 'Kys · oral uden (mod tillæg 300 kr) · samleje kun med kondom.' },
      { text: 'Chiara, 27. Pompino senza e massaggio rilassante.' },
      { text: 'Besos, masaje y francés sin, llámame.' },
      { text: 'Dasha, 24. Минет без, массаж, 1 час 1400 kr.' },
      { text: 'Ola, 30. Francuz bez, seks z gumką.' },
      { text: 'Slim Eva, 35. Uncovered oral and cuddles, sex safe.' },
      { text: 'Jeg er Mads, 40. Kondom er valgfrit, aftal med mig.' },
      { text: 'Massage 1 time 900 kr.\nUden 😉 +400 kr' },
      { text: 'Priser. Without / uden: +500 kr.' },
      { text: 'Kys og massage.\n💋 Uden +300' },
      { text: 'Francés sin condón?? Sí, con suplemento 300.' },
      { text: 'Lola, 27. Skin to skin ok for a little extra.' },
      { text: 'Hos mig er kondom ikke et must, spørg bare.' },
      { text: 'Kys, massage og naturlig oral, 1 time 1100 kr.' },
      { text: 'Oral naturel +200, samleje med kondom.' },
      { text: 'Jeg kan godt lide det uden regnfrakke 😉 Ring 20 30 40 50.' },
      { text: 'Body to body with happy end 🔥 Also natur if you are clean.' },
      { text: 'Hos Nadia: trekant, natur og lidt leg. Ring for tider.' },
      { text: 'Med Lea er der ingen regler: natur, anal og leg. Ring for tider.' },
    ],
    negative: [
      { text: 'Outdoor photos in Danish natur, also walks by the sea.' },
      { text: "Tryghed først. BB og 'uden' er et nej, så spørg ikke." },
      { text: 'BB is a hard no. GFE and massage with condom.' },
      { text: 'Mine regler: ingen natur, ingen BB. Kun med kondom.' },
      { text: 'Vi går en tur i naturen og snakker om en trekant af træer.' },
      { text: 'INGN uden kondom!! gfe og kys' },
      { text: 'Na Ify for Aarhus, I no dey do anything without condom, sorry.' },
      { text: 'Masaż i GFE. Zawsze bezpiecznie: bez BB, bez natur, bez dyskusji.' },
      { text: 'Jen s ochranou, bez BB. Vejle centrum.' },
      { text: 'Filipino massage with natur olie for back pain, 600 kr.' },
      { text: 'Hilot og hot stone.', services: ['Hilot', 'Natur olie massage'] },
      { text: 'UPDATE: I stopped offering BB and natur, condom always now.' },
      { text: 'Jeg er stoppet med at tilbyde natur – altid kondom.' },
      { text: 'Højde 170 | Kondom: altid | Incall' },
      { text: 'Helle, 50. I love French nature films and long walks; massage with condom only.' },
      { text: 'Kondom? Ikke nødvendigt at medbringe, jeg har altid selv.' },
      { text: 'No condom, no fun. Safety first, Bella.' },
      { text: '❓ Sex without condom? ✅ Never, so please do not ask. ❓ Kissing? ✅ Yes.' },
      { text: 'Oral sem capa?? Não! Só com proteção, sempre.' },
      { text: 'Bez gumki?! Nie, tylko z prezerwatywą.' },
      { text: 'Francouzsky bez polykání, jen s ochranou.' },
      { text: 'I love natur also long walks by the sea. Always condom.' },
      { text: 'Franska? Bara med kondom. Tid utan stress och kyssar.' },
      { text: 'Sempre protetta, niente senza preservativo. Odense.' },
      { text: 'Pas de BB, pas de fellation nature. Toujours protégé.' },
      { text: 'Marina, 30. Uvijek s kondomom, nikad bez kondoma.' },
      { text: 'Oral u/ tillæg, alt andet m/ kondom.' },
      { text: 'Kan du lide mig? Så tag kondom med, og tag dit bedste humør med.' },
      { text: 'Honey bee tattoo on my back, always with condom.' },
      { text: 'Aldrig u. kondom, spørg ikke.' },
      { text: 'Jamais sans préservatif, merci.' },
      { text: 'Real, raw and honest – always safe, always with condom.' },
      { text: 'Lina: GFE, French, raw passion and real smiles. Always condom.' },
      { text: 'Bitte beachten – Tabus: AO, Küssen, Fotos. Alles mit Gummi.' },
      { text: 'Mine tabuer: BB og anal. Altid med kondom.' },
      { text: 'Tylko z kondomem – bez gumki nie!' },
      { text: 'Zonder condoom niet mogelijk, altijd veilig.' },
      { text: 'Gabriela TS brasileira. Always with camisinha, sem camisinha NÃO!' },
      { text: 'On PrEP and still always condoms. Masculine guy in raw denim.' },
      { text: 'Menu.', services: ['GFE', 'Samleje m/k', 'Oral m/k'] },
      { text: 'Luôn dùng bao. Em không bao giờ làm không an toàn.' },
      { text: '一定戴套，不接无套。' },
      { text: 'Safe sex only, 全程戴套，不接受無套。' },
      { text: 'Safe only – 노콘 불가.' },
      { text: 'Csak óvszerrel, óvszer nélkül soha.' },
      { text: 'Ekstra: AO (anal) +400, alt med kondom.' },
      { text: 'Anal og BB bliver ikke tilbudt.' },
      { text: 'I DO NOT OFFER\nBBBJ, CIM, anal.' },
      { text: 'Eg jobbar for meg sjølv. Aldri utan kondom! Spør ikkje.' },
      { text: 'Erotische Massage, Verkehr, Kuscheln – alles mit Gummi.' },
      { text: 'Ingen gangbang, inga grupper, inget utan skydd.' },
      { text: "ALWAYS with condom – no bareback! No BB, no AWO, don't ask." },
      { text: 'Ingen BB, ingen natur – altid med kondom!' },
      { text: 'German girl Lena, sporty, natural, easy going. Safe only.' },
      { text: 'Curvy Mona with natural sex appeal and a warm laugh, always safe.' },
      { text: 'Naturlig skønhed 🌿 ingen silikone, altid med kondom.' },
      { text: 'Always with condom – altid med kondom. No drugs.' },
      { text: 'Jeg elsker natur og lange gåture ved vandet.' },
      { text: 'Spørg ikke om natur – her er det altid med kondom.' },
      { text: 'Ture i naturen kan aftales, jeg elsker skoven. Altid med kondom.' },
      { text: 'Huset ligger tæt på natur og skov for de faste vandrere. Altid med kondom.' },
      { text: 'hi bb, call me for a nice time' },
      { text: 'Never witout condom, sorry. Kun med kondom.' },
      { text: 'BBW lady, no bb and no owo, safe only.' },
      { text: 'Aldrig uden kondom. Massage og GFE.' },
      { text: 'Nej tak til: BB, anal. GFE og massage.' },
      { text: 'OWO ❌ BB ❌ GFE ✅' },
      { text: 'Alt foregår m/ kondom. Massage og GFE.' },
      { text: '✅ GFE ✅ massage ❌ BB ❌ anal' },
      { text: "I don't do BB or OWO, only safe sex." },
      { text: 'Sex uden forpligtelser og uden stress, altid med kondom.' },
      { text: 'Jeg tager ikke imod uden for byen. Massage og GFE.' },
      { text: 'Massagen kan godt være uden olie, hvis du ønsker det.' },
      { text: 'No rubber, no fun: condom always.' },
      { text: 'Jeg er ikke til sex uden, så spørg ikke.' },
      { text: 'I am also without a car, so incall only. Always with condom.' },
      { text: 'FAQ. Do you offer BB? – No. Condoms always, no exceptions.' },
      { text: 'Spotkania tylko u mnie, zawsze z prezerwatywą. Nigdy bez gumki.' },
      { text: "I don't do OWO, BBBJ or anything without protection – please don't ask." },
      { text: 'Reglas: nada sin condón, nada de drogas. Florencia, Aarhus.' },
      { text: 'FAQ. Q: Do you do GFE without condom? A: Never. Q: Drugs? A: No.' },
      { text: 'Jasmin 24 🇩🇰\n💋 GFE 👅 🛁\n🙅‍♀️ BB 🙅‍♀️ anal\n⌛ 1t 1.600' },
      { text: 'Я Анна. Только с презервативом, никогда без презерватива.' },
      { text: 'Не работаю без презерватива.' },
      { text: 'My menu: GFE, 69, toys. Not on the menu: anything without a condom, anal, groups.' },
      { text: 'Ohne Gummi läuft bei mir nichts. Sabine, 51.' },
      { text: 'Sin condón no hay nada, lo siento.' },
      { text: 'Massage, franske kys, oral med kondom. BB – nej. Spørg ikke.' },
      { text: 'Massage og GFE. Sex uden kondom kommer aldrig på tale.' },
      { text: 'Ydelser: kys, oral med kondom. BB eller oral uden kondom: nej.' },
      { text: 'Massage med afslutning, oral uden tillæg. Altid med kondom.' },
      { text: 'Blowjob uden ekstra betaling i november. Kun sikker sex.' },
      { text: 'Fransk uden hast og stress – jeg tager mig god tid. Altid kondom.' },
      { text: 'GFE and massage. If you ask for sex without condom the answer is no.' },
      { text: "Ahoj, I'm Klára, 26. Bez kondomu nikdy. Massage, GFE, kisses." },
      { text: "I'm Karolina. Jeśli pytasz o seks bez gumki – nie pytaj. Everything else by text." },
      { text: 'Altid med kondum, også til oral.' },
      {
        text: 'Det jeg tilbyder:\nGFE, kys, massage.\n\nDet jeg ikke tilbyder:\nAnal, sex uden kondom, overnatninger.',
      },
      { text: "Yassou! I'm Eleni, 36, Greek. I wear only a little BB cream – natural look. Always safe." },
      { text: 'Party night in the club, free entry without cover charge before 22.' },
      { text: 'Nunca sem capa, sempre com camisinha. Beijos, massagem.' },
      { text: 'Nada a pelo, siempre con preservativo. Besos y masaje.' },
      { text: 'Morena de pelo largo, cabelo natural, sempre com camisinha.' },
      { text: 'Studio mit drei Damen. FO gibt es hier nicht, alles mit Gummi.' },
      { text: 'BB tilbyder jeg ikke, altid kondom.' },
      { text: 'Altid sikker sex, 🚫 natur, kys gerne.' },
      { text: 'Everything goes with me except BB and anal.' },
      { text: 'Fransk m/g og samleje m/g, massage.' },
      { text: 'Bare feet on the sofa, always with condom.' },
      { text: 'Sex uden (mod min vilje) stress og jag. Altid med kondom.' },
      { text: 'Tutto senza fretta e sempre protetta, Chiara.' },
      { text: 'Sexo sin compromiso, siempre con preservativo.' },
      { text: 'Я Лена. Без резинки не работаю, не спрашивай.' },
      { text: "Ya Olya. Bez prezervativa ne rabotayu, vsyo tol'ko s zashchitoy." },
      { text: 'Bilen holder på en uncovered parking bag huset. Altid med kondom.' },
      { text: 'Kondom er ikke valgfrit hos mig.' },
      { text: 'Outcall. Uden for byen +200 kr kørsel.' },
      { text: 'Uden stress +300 kr for en ekstra halv time.' },
      { text: 'Dem der spørger efter BB bliver blokeret. Kun sikker sex.' },
      { text: 'Warm skin to skin massage with oil, always with condom.' },
      { text: 'Kondom er ikke nødvendigt at tage med, jeg har altid selv.' },
      { text: 'Naturlig pige med naturlig charme, altid med kondom.' },
      { text: 'Safe sex only, BB is a no-go.' },
      { text: 'Anal and bareback? A no-go, sorry.' },
      { text: 'Kys og massage. Bareback? Glem det.' },
    ],
  },
});
