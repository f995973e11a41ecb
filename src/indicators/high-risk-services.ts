import { writtenByCouple } from './text/couple.js';
import { defineIndicator } from './define.js';
import { compileTerms } from './text/match.js';
import { detectWithRules, isListField, type MatchContext, type TextRule } from './text/rules.js';

/** Rules of what to wear after "no rules", not of services: "ingen regler om påklædning". */
const NOT_DRESS =
  '(?! (?:om|for|angående|on|about|regarding|när det gäller) (?:(?:the|din|dit|your) )?(?:dresscode|dress code|dress-code|påklædning|påklædningen|tøj|tøjet|outfit|outfits|clothes|clothing|klädsel|kläder)(?![\\p{L}]))';

/** Group sex with several clients, extreme, rough or degrading practices, "no rules". */
const terms = compileTerms([
  // A space in a term needs a space or hyphen, so the one-word forms are terms of their own.
  'gang bang',
  'gangbangs?',
  'bukkake',
  // The short form before an event: "GB-party lørdag", "GB weekends", "GB on request" (not "from GB").
  'gb (?:party|parties|fest|weekends?|events?|aften|on request|muligt|possible)',
  'group sex',
  'groupsex',
  'gruppe sex',
  'gruppesex',
  // A group party for several men: "Gruppe-fest for 3-4 herrer", "gruppefest lørdag".
  'gruppe ?fest(?:en|er)?',
  // Also the plural "velkomne": "Grupper velkomne", and with the verb: "gruppe er ok", "groups are
  // welcome".
  'grupper? (?:er )?(?:velkommen|velkomne|ok|muligt|mulig|sex)',
  // A profile's field answered yes: "Gruppe: ja, 2-3 herrer", "Group sex: yes" (not "Gruppe: nej").
  '(?:gruppe|grupper|gruppesex|group|groups|group sex):\\s*(?:ja|yes)',
  'groups? (?:are |is )?(?:welcome|ok|possible|sex|party|parties|fun)',
  // The group's bookings named: "group sessions welcome", "group bookings ok" (meetings: below).
  'group (?:sessions?|bookings?|dates?) (?:are |is )?(?:welcome|ok|okay|possible)',
  // Spanish, Portuguese and German: "Grupos bienvenidos", "grupos bem-vindos", "Gruppen willkommen";
  // the client's friends invited along: "ven con tus amigos".
  '(?:grupos|grupo) (?:bienvenidos|bienvenido|bem-vindos|bem vindos|ok|posible|possível|possivel|aceptados|aceitos)',
  'gruppen (?:willkommen|ok|möglich)',
  '(?:ven|venid|vengan) con tus amigos',
  'venha com (?:seus|os seus|teus) amigos',
  'group (?:\\p{L}+ ){0,2}parties',
  'with your friends',
  // "group with friends", "gruppe med venner": several clients at once.
  'group with (?:your |his )?friends',
  'gruppe med (?:dine )?venner',
  'bring your friends',
  'bring (?:a )?friends',
  'med dine venner',
  // Also softened or with a count: "tag gerne dine venner med", "tag bare vennerne med", "Tag gerne et
  // par venner med", "tag nogle venner med".
  'tag (?:gerne |bare |også )?(?:dine |en |et par |nogle )?venner(?:ne)? med',
  // The client told to come with his friends, and the house taking them all: "Kom alene eller med
  // vennerne", "vores piger tager imod hele flokken" (not "jeg er ude med vennerne").
  '(?:kom|kommer) (?:\\p{L}+ ){0,3}med (?:dine )?vennerne',
  'tager imod hele flokken',
  'flere mænd',
  'flere fyre',
  // The client's friends invited along: "du og dine venner er velkomne".
  'du og dine venner',
  // Norwegian and Swedish: "gruppe med flere menn", "hard og røff sex", "flera män".
  'flere menn',
  'flera män',
  'røff sex',
  'hard og røff',
  'flere herrer',
  'flere kunder',
  'several (?:men|guys|clients|gentlemen)',
  // "Groups of friends welcome", "3 men ok", "2+ mænd velkommen"; with the verb between: "small
  // groups of men are welcome", "grupper af mænd er velkomne".
  'groups? of (?:friends|men|guys|gentlemen) (?:are |is )?(?:also |too )?(?:welcome|ok|okay|possible)',
  'grupper? af (?:venner|mænd|fyre) (?:er )?(?:også )?(?:velkommen|velkomne|ok|muligt)',
  // Also with "also"/"too" between ("2-3 men also ok"), and a group counted: "group with 2-3 men",
  // "gruppe med 3 mænd".
  // Romanian and Polish count the gentlemen the same way: "2-3 domni OK", "2 bărbați ok", "3 panów ok".
  '(?:2|3|4|5|two|three|four|five)\\+? (?:men|guys|mænd|fyre|herrer|domni|bărbați|barbati|panów|panow|mężczyzn) (?:also |too |også )?(?:ok|okay|welcome|velkommen|velkomne|muligt|possible|bineveniți|bineveniti)',
  // Broken English leaves out "with" and the plural: "group 2 man +1000".
  'groups? (?:(?:with|of) )?(?:2|3|4|5|two|three|four|five|several)(?:[-–](?:3|4|5|6))? (?:men|man|guys|gentlemen)',
  // Also a group "for" the client's friends: "gruppe for 2-4 venner", "group for 3 friends".
  'gruppe (?:med|for|på) (?:2|3|4|5|to|tre|fire|fem|flere)(?:[-–](?:3|4|5|6))? (?:mænd|fyre|herrer|venner|kunder)',
  'groups? for (?:2|3|4|5|two|three|four|five|several)(?:[-–](?:3|4|5|6))? (?:men|guys|gentlemen|friends|clients)',
  'multiple (?:men|guys|clients)',
  // Several men at once, the count before them ("gerne to-tre mænd på én gang", "2-3 guys at the
  // same time"), and friends invited to share her ("Kom 3-4 venner og del vores kinesiske pige").
  // Also "at a time": "par og grupper op til 4 mænd ad gangen", "up to 3 guys at a time".
  '(?:mænd|fyre|herrer) (?:på (?:en|én) gang|samtidig|ad gangen)',
  '(?:men|guys) at (?:once|the same time|a time)',
  '(?:venner|mænd|fyre) og del',
  '(?:friends|men|guys) and share',
  '(?:2|3|4|5|two|three|four|five)\\+? (?:men|guys|mænd|fyre) (?:at once|samtidig|på en gang|together|sammen)',
  // Not rules of dress: "Ingen regler om dresscode, kom som du er", "no rules on dress code".
  `no rules${NOT_DRESS}`,
  `ingen regler${NOT_DRESS}`,
  // Swedish "inga regler" (Norwegian writes "ingen regler" as Danish).
  `inga regler${NOT_DRESS}`,
  'hård sex',
  // Rough handling in Danish: "hård behandling", "hårde tag er velkomne" (not "massage med hårde
  // tag", a firm massage: only offered as welcome).
  'hård behandling',
  // Rough as a style she offers: "også hård stil hvis du vil", "den hårde stil", "rough style".
  '(?:hård|hårdere|den hårde) stil(?! (?:massage|tryk)(?![\\p{L}]))',
  'rough style',
  // Rough in Danish as "hårdhændet" (rough-handed) and "grov" (coarse): "hårdhændet sex", "grov
  // leg", "groft sex" (not "intet hårdhændet", negated, nor "grov salt" without the act).
  'hårdhændet (?:sex|leg|behandling|knald)',
  '(?:grov|groft) (?:sex|leg|knald|behandling)',
  'hårde tag (?:er )?(?:velkomne|velkommen|ok|muligt)',
  // Group meetings, as agencies translate "групповые встречи": "Group meetings and hard scenarios welcome".
  'group (?:meetings?|encounters?)',
  'hard sex',
  'hardcore',
  'voldsom sex',
  'fisting',
  'choking',
  'kvælning',
  'breath play',
  'breathplay',
  'scat',
  'kaviar',
  // Read by doneToHer: degrading to her, not a domina's service to her client.
  'degradation',
  'degrading',
  'ydmygelse',
  'ydmygende',
  'humiliation',
  'humiliating',
  'rough (?:ok|okay|sex|play|fuck|treatment|possible|welcome|allowed|session|sessions|fun|games?|stuff)',
  // Also softened: "I like it a bit rough", "love it a little rough".
  'likes? it (?:a (?:bit|little|little bit) |kinda |quite |very )?rough',
  'loves? it (?:a (?:bit|little|little bit) |kinda |quite |very )?rough',
  // The same in Danish: "Jeg kan godt lide det lidt rough", "elsker det rough" (not "kan ikke lide").
  '(?:kan (?:godt |rigtig godt )?lide|elsker|foretrækker|nyder) det (?:lidt |en smule |gerne |helst |lidt mere )?rough',
  // Visitors' languages: rough sex in Polish, Czech, Hungarian and Russian ("ostry seks", "hrubý
  // sex", "durva szex", "жёсткий секс"), group sex ("групповой секс", "групов секс", "skupinový
  // sex", "csoportos szex") and several men ("с несколькими мужчинами", "с няколко мъже", "s
  // několika muži", "z kilkoma mężczyznami", "több férfival").
  'ostry seks',
  'ostrego seksu',
  'hrubý sex',
  'tvrdý sex',
  'durva szex',
  'csoportos szex',
  'skupinový sex',
  'skupinovy sex',
  'ж[её]стк(?:ий|ого) секс',
  'группов(?:ой|ого) секс',
  'групповые игры',
  'групповуха',
  'групов секс',
  'несколькими мужчинами',
  // Group meetings offered ("Групповые встречи по запросу"), and the Russian group of men in Latin
  // letters ("gruppa 3-4 muzhchiny", "gruppovoy seks").
  'групповые (?:встречи|вечеринки)',
  'gruppa (?:\\d+ (?:\\d+ )?)?(?:muzhchin\\p{L}*|parney|parnei|druzey|druzei)',
  'gruppovo(?:y|j|i) seks',
  'zhestk(?:iy|ij|ogo) seks',
  'няколко мъже',
  'několika muži',
  // Slovak and Czech: a group of several men ("skupina viacerých mužov OK", "skupina více mužů"),
  // with several men ("s viacerými mužmi").
  'skupina (?:viacerých|viacerych|niekoľkých|niekolkych|více|vice|několika|nekolika) (?:mužov|muzov|mužů|muzu)',
  'viacerými mužmi',
  'viacerymi muzmi',
  'kilkoma mężczyznami',
  'több férfi(?:val|vel)?',
  // Spanish and Portuguese: several men at once ("fiesta con varios hombres a la vez", "festinha com
  // vários homens ao mesmo tempo", "atendo 2 ou 3 amigos juntos"), group and rough sex ("sexo en
  // grupo", "sexo duro", "me gusta rough").
  '(?:hombres|chicos|caras|homens|amigos) (?:a la vez|al mismo tiempo|ao mesmo tempo)',
  'v[áa]rios (?:hombres|chicos|caras|homens|amigos)(?! no)',
  '(?:2|3|4|dos|tres|dois|três) (?:o|ou|y|e|a|-) (?:3|4|5|tres|cuatro|três|quatro|cinco) (?:hombres|chicos|caras|homens|amigos) (?:juntos|a la vez|al mismo tiempo|ao mesmo tempo)',
  'sexo (?:en|em) grupo',
  'sexo grupal',
  'suruba',
  // Also the Portuguese "sexo forte" (hard sex): "Gosto de sexo forte".
  'sexo (?:duro|bruto|violento|forte)',
  '(?:me gusta|gosto de|adoro)(?: el| o)?(?: sexo)? (?:rough|duro|bruto|forte)',
  // A group of men ("também grupos de homens", "grupos de hombres"), and a threesome with two men,
  // which is two clients at once: "tríos con dos chicos", "sexo a três com 2 homens", "trekant med
  // två killar", "trekant med to mænd", "threesome with two guys"; the Italian "due uomini insieme".
  // Also with their number: "grupos de 3 o 4 hombres", "grupo de 3 homens".
  'grupos? de (?:(?:\\d|dos|tres|cuatro|cinco|dois|três|quatro) (?:(?:o|ou|y|e|a|-) (?:\\d|tres|cuatro|cinco|seis|três|quatro) )?)?(?:homens|hombres|caras|chicos|caballeros)',
  'tr[ií]os? con (?:2|dos) (?:chicos|hombres|caballeros)',
  '(?:sexo )?a tr[eê]s com (?:2|dois) (?:homens|caras|rapazes)',
  'trekant med (?:2|to|två|tre) (?:mænd|fyre|herrer|killar|män|grabbar|menn|gutter)',
  'threesome with (?:2|two) (?:men|guys|gentlemen)',
  '(?:2|3|due|tre|più) uomini (?:insieme|contemporaneamente|alla volta)',
  'sesso di gruppo',
  // German group sex and several men at once: "Gruppensex", "mehrere Herren gleichzeitig".
  'gruppensex',
  // German rough sex: "harter Sex", "ich mag es hart", "hart und wild" (not "eine harte Woche").
  'harte[rn]? sex',
  '(?:mag|liebe) es (?:\\p{L}+ )?hart',
  'hart (?:und|&) (?:wild|rough|dreckig|schmutzig)',
  '(?:wild|rough) (?:und|&) hart',
  'mehrere (?:herren|männer|kunden) (?:gleichzeitig|zugleich)',
  // Group sex with the men counted, as the group is written in German, Russian and Ukrainian:
  // "Gruppen mit mehreren Männern", "mit 2-3 Herren", "групповой с 2-3 мужчинами", "з двома чоловіками".
  'mit (?:mehreren|2|3|4|zwei|drei|vier)(?:[-–](?:3|4|5))? (?:männern|herren|kunden)',
  'с (?:2|3|4|двумя|тремя|несколькими)(?:[-–](?:3|4|5))? мужчинами',
  'з (?:2|3|4|двома|трьома|кількома)(?:[-–](?:3|4|5))? чоловіками',
  // Russian several men at once: "2-3 мужчины одновременно", "несколько мужчин".
  'мужчин(?:ы|а)? одновременно',
  'нескольк(?:о|их) мужчин',
  // Danish rough sex said as an adverb pair: "hårdt og vildt hvis du vil", "vild og hård"; the same
  // pair in English, also in a Danish or visitor's ad: "rough & wild", "wild and rough".
  'hårdt? og vildt?',
  'vildt? og hårdt?',
  // The same with "råt" (raw): "jeg kan lide det hårdt og råt", "råt og hårdt".
  'hårdt? og råt?',
  'råt? og hårdt?',
  // Swedish and Norwegian: "hårt och rått", "hardt og røft", "rått och hårt".
  '(?:hårt|hardt) (?:och|og) (?:rått|røft|røff|vilt)',
  '(?:rått|røft|røff|vilt) (?:och|og) (?:hårt|hardt)',
  // Rough offered as the other choice to a soft style: "GFE eller rough – du bestemmer", "soft or
  // rough", "fra blid til rough", "rough or sensual".
  '(?:gfe|pse|soft|gentle|sensual|romantic|sweet|tender|blid|blidt|kærlig|kærligt|romantisk|sød|stille og roligt?) (?:or|eller|to|til) rough(?![\\p{L}])',
  'rough (?:or|eller) (?:gfe|soft|gentle|sensual|romantic|sweet|tender|blid|blidt|kærlig|kærligt|romantisk|sød)(?![\\p{L}])',
  'rough (?:&|and|og|n) wild',
  'wild (?:&|and|og|n) rough',
  // "Extreme" as the other choice to a soft style: "Soft or extreme, you choose", "fra blid til
  // ekstrem" (not a massage's pressure: "soft or extreme pressure").
  '(?:gfe|pse|soft|gentle|sensual|romantic|sweet|tender|blid|blidt|kærlig|kærligt|romantisk|sød) (?:or|eller|to|til) (?:extreme|ekstrem|ekstremt)(?! (?:pressure|tryk|massage|relaxation|afslapning))(?![\\p{L}])',
  '(?:extreme|ekstrem|ekstremt) (?:or|eller) (?:gfe|soft|gentle|sensual|romantic|sweet|tender|blid|blidt|kærlig|kærligt|romantisk|sød)(?![\\p{L}])',
]);
/**
 * "Extreme" as a practice: "extreme sessions", "ekstrem sex", "ekstreme ønsker", or on its own as a
 * menu item ("rough, extreme, anal", "Extreme: ok"). Not as praise: "Extreme relaxation guaranteed",
 * "ekstrem god til massage", "extreme sexy" (an adverb or a pleasant quality).
 */
// Swedish and German "extrem": "extrem dominans", "extrem sex".
const extreme = compileTerms(['extreme', 'ekstrem', 'ekstreme', 'extrem']);
const PRACTICE_AFTER =
  /^[\s-]+(?:(?:hard|hårde?|rough|dirty|beskidte?|kinky|sexual|seksuelle?|wild|vilde|perverse?)[\s-]+)?(?:sex|sessions?|sessioner|play|games?|lege?|leg|bdsm|s\/?m|domination|dominans|dominance|fetish(?:es)?|fetich|fetisch|fetishes|kink|kinky|services?|ydelser?|hardcore|fantas(?:y|ies)|fantasier|scenarios?|scenarier|role ?play|rollespil|things|ting|stuff|treatments?|behandling|pain|smerte|bondage|humiliation|ydmygelse|anal|acts?|requests?|ønsker|wishes|practices?|porn|porno|experiences?|oplevelser?)(?![\p{L}])/iu;
const ITEM_AFTER =
  /^\s*(?:[,;/|+\n)]|[.!]|$|[:=]?\s*(?:ok|okay|yes|ja|possible|muligt|mulig|welcome|velkommen)(?![\p{L}]))/iu;
const LIST_BEFORE =
  /(?:[,;/|+:(\n•✅✔]|(?:^|\s)(?:and|og|also|også|into|like|likes|love|loves|elsker|kan lide)\s)\s*$/iu;

function extremePractice(ctx: MatchContext): boolean {
  const after = ctx.text.slice(ctx.end, ctx.end + 40);
  if (PRACTICE_AFTER.test(after)) return true;
  // A menu item on its own: after a list separator or a verb of liking, and ending the item.
  return ITEM_AFTER.test(after) && (ctx.start === 0 || LIST_BEFORE.test(ctx.text.slice(0, ctx.start)));
}

/**
 * Humiliation is a concern when it is done to the person, not when a domina does it to her client:
 * "ydmygelse (af dig 😈)", "humiliation of the submissive", or any such word in an ad that presents
 * a dominant (domina, dominatrix, mistress, femdom).
 */
const HUMILIATION = /^(?:degradation|degrading|ydmygelse|ydmygende|humiliation|humiliating)$/iu;
const OF_THE_CLIENT =
  /^\s*\(?\s*(?:of|af) (?:you|dig|the (?:sub|submissive|slave|client)s?|subs|slaves?|slaven|slaverne|kunden|din \p{L}+)(?![\p{L}])/iu;
// Also her kind of domination named ("Mental domination, humiliation, tease and denial", "findom",
// "kvindelig dominans").
const DOMINANT =
  /(?<![\p{L}])(?:domina|dominas|dominatrix|dominatrice|mistress|femdom|findom|domme|elskerinde|herskerinde|dominant lady|lady dom|(?:mental|verbal|female|psychological|kvindelig|psykisk) (?:domination|dominance|dominans))(?![\p{L}])/iu;

function doneToHer(ctx: MatchContext): boolean {
  if (!HUMILIATION.test(ctx.matched)) return true;
  if (OF_THE_CLIENT.test(ctx.text.slice(ctx.end, ctx.end + 30))) return false;
  return !ctx.ad.fields.some(
    (f) => f.source === 'ad' && (f.path === 'title' || f.path === 'text') && DOMINANT.test(f.text),
  );
}

/**
 * Romanian group and rough sex: "Petreceri în grup", "sex în grup", "Îmi place dur" (I like it hard).
 * Romanian "nu" (not) is a Danish word ("nu"), so the shared negation does not read it: it is checked
 * here, right before the term ("Nu fac sex în grup", "nu-mi place dur").
 */
const romanian = compileTerms([
  '(?:sex|petreceri|petrecere|party) (?:în|in) grup',
  'sex(?:ul)? de grup',
  '(?:îmi|imi|-mi) place (?:sexul )?(?:dur|brutal)',
]);
const ROMANIAN_NOT_BEFORE = /(?<![\p{L}])nu(?:\s+\p{L}+){0,2}\s*-?$/iu;

/**
 * The English pair with "hard": "Hard and rough if you like", "rough & hard". Not a body or a thing
 * described: "my hands are hard and rough from work", "hard and rough skin".
 */
const hardAndRough = compileTerms(['hard (?:&|and|n) rough', 'rough (?:&|and|n) hard']);
const DESCRIBED_BEFORE =
  /(?<![\p{L}])(?:are|is|were|was|er|var|feel|feels|look|looks|get|gets|became|become)\s+(?:(?:so|very|a bit|quite|too)\s+)?$/iu;
const BODY_AFTER = /^\s+(?:skin|hands|feet|heels|fingers|hair|hud|hænder|fødder)(?![\p{L}])/iu;

function hardAndRoughOffered(ctx: MatchContext): boolean {
  return (
    !DESCRIBED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start)) &&
    !BODY_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 12))
  );
}

const threesomeWithMen = compileTerms(['MMF', 'MMMF'], { caseSensitive: true });
/**
 * Her own man is one of the two men of an MMF, so one client: "trekant med mig og min mand", "he
 * can join for MMF", a couple "(hun 34, han 36)" who seek one man. Not MMMF (two clients).
 */
const HER_MAN_JOINS =
  /(?<![\p{L}])(?:(?:med|with) (?:mig og min mand|me and my husband|os begge|us both)|(?:min mand|my husband|he|han) (?:can |kan )?(?:join|joins|deltager|deltage|er med|være med)|(?:hun|she) \d{2},? (?:og |and |& )?(?:han|he) \d{2})(?![\p{L}])/iu;

function oneClient(ctx: MatchContext): boolean {
  return (
    writtenByCouple(ctx.ad) ||
    (ctx.matched === 'MMF' && ctx.ad.fields.some((f) => f.source === 'ad' && HER_MAN_JOINS.test(f.text)))
  );
}
const listTerms = compileTerms([
  'rough',
  'gangbang',
  'group',
  'groups',
  'gruppe',
  'extreme',
  'ekstrem',
  'hård',
  'hard',
  // German, in the services list: "AO, hart, Rollenspiele".
  'hart',
]);

const rules: TextRule[] = [
  { pattern: terms, accept: doneToHer },
  { pattern: extreme, accept: extremePractice },
  { pattern: hardAndRough, accept: hardAndRoughOffered },
  {
    pattern: romanian,
    accept: (ctx) => !ROMANIAN_NOT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)),
  },
  // A couple's threesome with one man ("We meet one man at a time … MMF or FFM") is one client.
  // Also where her man joins: "he can join for MMF" (see HER_MAN_JOINS).
  { pattern: threesomeWithMen, accept: (ctx) => !oneClient(ctx) },
  { pattern: listTerms, fields: (f) => isListField(f, 'services') },
];

/** `high-risk-services`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'high-risk-services',
  kind: 'text',
  labels: { da: 'Højrisiko-ydelser', en: 'High-risk services' },
  descriptions: {
    da: 'Annoncen tilbyder nedværdigende eller risikable ydelser, fx gruppesex med flere kunder, "hård", "ekstrem" eller "ingen regler".',
    en: 'The ad offers degrading or high-risk practices, e.g. group sex with several clients, "rough", "extreme" or "no rules".',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'ad', rules),
  examples: {
    positive: [
      { text: 'Soy Dani, recibo grupos de 2 o 3 caballeros en mi piso.' },
      { text: 'Kom med vennerne, vi har plads til jer alle.' },
      { text: 'Maja, 37, Næstved. Elsker grov leg og lidt hårdhændet sex.' },
      { text: 'Stor gruppefest i Herning på lørdag, tilmelding på sms.' },
      { text: 'Vores tre piger tager imod hele flokken til polterabend.' },
      { text: 'Ahoj, som Lucia. Skupina viacerých mužov je možná po dohode.' },
      { text: 'Lexi, 28 – hard and rough if you want it.' },
      { text: 'Gentle or extreme, you decide.' },
      { text: 'Par (hun 40, han 42) søger to mænd til MMMF.' },
      { text: 'Højde 172 | Gruppe: ja, 2-3 herrer | Incall' },
      { text: 'Lørdag: GB-party i Odense, tilmelding på sms.' },
      { text: 'Massage, GFE, group 3 man +1500.' },
      { text: 'Polterabend? Op til tre fyre ad gangen er ok.' },
      { text: 'Romantic or rough, you decide tonight.' },
      { text: 'Jana, 33. Couples and groups of guys are also welcome, call me.' },
      { text: 'Grupos bienvenidos, llámame.' },
      { text: 'Sorina, 30, din Iași. Petrecere în grup cu prietenii tăi, sună-mă.' },
      { text: 'Ilinca, 27. Îmi place dur, fără menajamente.' },
      { text: 'Pretty Daria in Vejle, I like it rough & wild.' },
      { text: 'Party for you and your friends, 3 domni ok.' },
      { text: 'Fiesta privada en Odense, ven con tus amigos.' },
      { text: 'Lydige Lea, 25, elsker at blive domineret. Humiliation ok, spanking ok.' },
      { text: 'Gruppa 2-3 muzhchin vozmozhna, pishi.' },
      { text: 'Групповые встречи по договорённости.' },
      { text: 'Party and group with friends ok.' },
      { text: 'Festa privada com vários homens ao mesmo tempo, chama.' },
      { text: 'Recibo 3 o 4 amigos juntos, sin problema.' },
      { text: 'Latina fogosa, me gusta duro y sin prisa.' },
      { text: 'Weekend-fest i Odense med to piger. Grupper velkomne.' },
      { text: 'Marta, 27. Lubię ostry seks i zabawy w grupie.' },
      { text: 'Групповой секс с несколькими мужчинами – пиши.' },
      { text: 'Csoportos szex is lehet, hívj!' },
      { text: 'Ingen kys\nHård sex og anal er ok hos mig.' },
      { text: 'Fyr 30 til mænd. Gruppe med flere fyre kan arrangeres.' },
      { text: 'Sporty fyr i Vejle – du og dine venner er velkomne til en vild aften.' },
      { text: 'Jeg hedder Rikke, 41. Gerne to-tre mænd på én gang, bare skriv.' },
      { text: 'Polterabend eller firmafest? Kom 3-4 venner og del vores kinesiske pige.' },
      { text: 'Hege, 32, norsk. Liker hard og røff sex, gruppe med flere menn går fint.' },
      { text: 'Gangbang parties on Saturdays, rough ok. Groups welcome.' },
      { text: 'Chems & tina welcome, long sessions, rough ok.' },
      { text: 'Mistress Vera – extreme sessions in Esbjerg. Bondage, domination.' },
      { text: 'Hos mig er der ingen regler, alt er muligt.' },
      { text: 'Ingen regler om hvad vi laver – du bestemmer.' },
      { text: 'Domina Stella i Aalborg. Jag gillar det rått och hårt, inga regler.' },
      { text: 'Sara, 29. Extrem dominans och fetisch i min studio.' },
      { text: 'Norsk Tone i Kolding, liker det hardt og røft.' },
      { text: 'No limits, open minded, group parties with your friends welcome.' },
      { text: 'Gruppesex og gangbang muligt. Ring.' },
      { text: 'Massage.', services: ['GFE', 'gangbang'] },
      { text: 'Services: GFE, anal, extreme, rough.' },
      { text: 'Jeg elsker ekstrem sex og lange sessioner.' },
      { text: 'Gruppesex muligt, ring for aftale.' },
      { text: 'Open for extreme dirty games, ask me.' },
      { text: 'Degradation, spitting, anything you want. Sweet girl Rita.' },
      { text: 'Jeg er med på ydmygelse og hård sex.' },
      { text: 'Humiliation ok, anal ok, rough ok.' },
      { text: 'Groups of friends welcome, 3 men ok. Natasha' },
      { text: 'Bachelor nights: a group with 3-4 guys is fine with me.' },
      { text: 'Gruppe med to mænd kan aftales. Maria, 30.' },
      { text: 'Nej til anal, jeg elsker gangbang med flere mænd.' },
      { text: 'Our girls have no limits: rough, extreme, gangbang with your friends.' },
      { text: 'Mai, 28, party girl. I like rough fun and long nights. Outcall only.' },
      { text: 'Gangbang og lign. – skriv og spørg, jeg er frisk.' },
      { text: 'Bella, 29. Dinner dates and I love it a little rough behind closed doors.' },
      { text: 'Rosa, 33. Aceito trios con dos hombres y también grupos de caballeros.' },
      { text: 'Jag heter Tove. Trekant med två män går bra.' },
      { text: 'Gosto de sexo forte e faço a três com dois homens.' },
      { text: 'Anche due uomini insieme, chiamami.' },
      { text: 'Gruppensex und mehrere Männer gleichzeitig möglich.' },
      { text: 'Можно двое, несколько мужчин – звони.' },
      { text: 'Liva, 30. Jeg kan lide det vildt og hårdt, ring.' },
      { text: 'Mette, 38. Her går det hårdt og råt for sig, ring.' },
      { text: 'Fest i Vejle – tag bare dine venner med, gruppe er ok.' },
      { text: 'Hot guy, 31. Group bookings are welcome, text me.' },
      { text: 'Dana, 35. Auch Gruppen mit drei Herren sind möglich.' },
      { text: 'Вика, 29. Встреча с 2-3 мужчинами возможна.' },
      { text: 'Оля, 31. Можлива зустріч з двома чоловіками.' },
      { text: 'Tag gerne et par venner med, så hygger vi os.' },
      { text: 'Jeg kan godt lide hård behandling og rollespil.' },
      { text: 'Domina-leg og hårde tag er velkomne hos mig.' },
      { text: 'Group meetings possible for extra price, write to the manager.' },
      { text: 'Massage.', services: ['GFE', 'hart', 'Rollenspiele'] },
      { text: 'Ich mag es richtig hart und wild, Jana, 33.' },
      { text: 'Jeg elsker det lidt rough, altid med kondom og stopord.' },
      { text: 'Kinky Maja 35. Blid eller hård stil, du vælger.' },
      { text: 'Gruppe for 3-4 venner kan aftales.' },
    ],
    negative: [
      { text: 'Ingen regler om påklædning, kom i jeans eller jakkesæt. Massage med kondom.' },
      { text: 'No rules on dress code – come as you are. GFE, always protected.' },
      { text: 'Jeg er ude med vennerne lørdag, så ring fredag.' },
      { text: 'Blid og rolig massage – ingen grov sex, intet hårdhændet.' },
      { text: 'Ingen gruppefester, kun én herre ad gangen. Hanne, 52.' },
      { text: 'Stretávam sa vždy len s jedným mužom, žiadna skupina.' },
      { text: 'My hands are hard and rough from gardening, strong massage.' },
      { text: 'Deep massage, soft or extreme pressure as you like.' },
      { text: 'Hotwife Karen, 44: trekant med mig og min mand (MMF).' },
      { text: 'Par (hun 40, han 42) søger en mand til MMF.' },
      { text: 'Pretty couple in Vejle. She gives GFE, he can join for MMF.' },
      { text: 'Højde 172 | Gruppe: nej | Incall' },
      { text: 'Ingen GB-party, kun én herre ad gangen.' },
      { text: 'Lovely English lady from GB, new in Aarhus.' },
      { text: 'Massage 1 hour 1500, group 2 hours 3000.' },
      { text: 'Kun én mand ad gangen, ingen grupper.' },
      { text: 'My hands are soft, never rough.' },
      { text: 'Inga grupper, inget hårt – lugn och mjuk massage hos mig.' },
      { text: 'Extrem avkoppling och mjuka händer. Välkommen.' },
      { text: 'Sorry, groups of men are not welcome, only one gentleman at a time.' },
      { text: 'No acepto grupos, solo citas privadas.' },
      { text: 'Nu fac sex în grup, doar întâlniri discrete unu la unu.' },
      { text: 'Sunt Ana, nu-mi place dur, doar tandrețe.' },
      { text: 'Wild about good food and wine, a calm evening with me.' },
      { text: 'Ven con tus ganas, besos.' },
      { text: 'No group with 2 men, only one gentleman at a time.' },
      { text: 'Gruppa v Telegram s novymi foto.' },
      { text: 'Only one man, I am not a group with friends type.' },
      { text: 'No hago grupos ni sexo duro, solo GFE.' },
      { text: 'Treino pesado na academia, corpo firme, tudo com carinho.' },
      { text: 'Ingen grupper velkomne, kun én mand ad gangen.' },
      { text: 'Žádný hrubý sex, jen něžná masáž a GFE.' },
      { text: 'Только классика, никаких групповых встреч и не жёсткий секс.' },
      { text: 'Mine ydelser: GFE og massage.\n\nDET GØR JEG IKKE\nAnal, hård sex, grupper.' },
      { text: 'Diskret fyr, 35. Kun én ad gangen, og du skal ikke tage dine venner med hjem til mig.' },
      { text: 'Jeg tager kun én kunde ad gangen – aldrig flere på én gang.' },
      { text: 'Dybdegående massage med hårdt tryk – ekstremt effektivt mod ømme skuldre.' },
      { text: 'Ingen gangbang, inga grupper, inget utan skydd.' },
      { text: 'Eingang über den Hof, im Gang links. Ich arbeite hart für meine Figur.' },
      { text: 'Jeg tager kun imod én mand ad gangen – ingen grupper, ingen gangbang.' },
      { text: 'I have my limits and not everything is possible.' },
      { text: 'Jeg tager mig god tid og har mine grænser.' },
      { text: 'After a rough day, relax with a soft massage.' },
      { text: 'Extremely sweet and friendly, GFE and massage.' },
      { text: 'Massage, GFE, rollespil, let dominans.' },
      { text: 'No gangbang, no rough, only soft GFE.' },
      { text: 'Extreme relaxation guaranteed 🧘 Tantra massage by Helle.' },
      { text: 'Ekstremt lækker og ekstrem god til massage.' },
      { text: 'Extreme sexy body, extreme sweet girl.' },
      { text: 'Ingen ekstreme ting, kun blød GFE.' },
      { text: 'Ekstrem god sex og hyggelig snak.' },
      { text: 'Lady K – erfaren domina. Rollespil, bondage, ydmygelse (af dig 😈), trampling.' },
      { text: 'Mistress Sol. Heavy bondage, impact play, humiliation of the submissive, chastity.' },
      { text: 'Femdom sessions: verbal humiliation, chastity, CBT. No sex.' },
      { text: 'Goddess Ane, 44. Mental domination, tease and denial, humiliation. I work alone.' },
      { text: 'No groups of friends, one man at a time. 2 men? No.' },
      { text: 'Charlotte, 47. Jeg siger nej til hård sex og til trekant med flere mænd.' },
      { text: 'Moden dame i Vejle. Nej til trekant med flere mænd, ja til hygge.' },
      {
        text: 'We are Jonas and Maja, a Danish bi couple. We meet one man or one woman at a time for a threesome (MMF or FFM).',
      },
      { text: 'Soft and slow only, no rough stuff. Massage and GFE in Vejle.' },
      // "og lign." (and the like) closes the item before its refusal.
      { text: 'Karin, 57. Massage og kys. Gangbang og lign. nej tak.' },
      { text: 'Group sex etc.: no. One gentleman at a time.' },
      { text: "Gentle GFE only, I don't like it a bit rough." },
      { text: 'No hago tríos con dos chicos, solo un caballero.' },
      { text: 'Trekant med to kvinder? Nej, kun én mand ad gangen.' },
      { text: 'Tre uomini al bar mi hanno chiesto la strada.' },
      { text: 'Kein Gruppensex, nur ein Herr zur Zeit.' },
      { text: 'Hård uge på kontoret? Kom og slap af med en blød massage.' },
      { text: 'Não faço sexo forte nem grupos de homens.' },
      { text: 'Sin grupos de 3 hombres, solo encuentros a solas.' },
      { text: 'Nur ein Herr, nie mit mehreren Männern.' },
      { text: 'Никогда не встречаюсь с двумя мужчинами.' },
      { text: 'Solo caballeros. Sin grupos, sin gangbang, cada cita es privada.' },
      { text: 'Hårdt arbejde og rå energi i fitnesscentret, bagefter blød massage.' },
      { text: 'Group yoga on Mondays, private massage only for you.' },
      { text: 'Ingen gruppe er velkommen, kun én mand ad gangen.' },
      { text: 'Dyb massage med hårde tag i skuldrene, derefter afslapning.' },
      { text: 'Tag gerne din kaffe med, jeg har kun te. Kun én mand ad gangen.' },
      { text: 'No group meetings, only one gentleman at a time.' },
      { text: 'Nach einer harten Woche entspannen, sanfte Massage.' },
      { text: 'Massage.', services: ['Hartwachs-Enthaarung', 'GFE'] },
      { text: 'Jeg kan ikke lide det rough – kun blidt og roligt.' },
      { text: 'Hård stil massage med dybt tryk, eller blid – 1 time 600.' },
      { text: 'Ingen hård stil, kun blødt og roligt.' },
    ],
  },
});
