import { defineIndicator } from './define.js';
import { clauseEnd, clauseStart, compileTerms } from './text/match.js';
import { detectWithRules, near, type MatchContext, type TextRule } from './text/rules.js';
import { wishSentElsewhere } from './text/sent-elsewhere.js';

/** Words that only name drugs or drug-fuelled sex: they count wherever they are not negated. */
const drugWords = compileTerms([
  'cocaine',
  'kokain',
  // The Romance and Polish names: "cocaína", "cocaină" (Romanian), "kokaina".
  'coca[ií]na',
  'cocaină',
  'kokaina',
  // Ecstasy pills in Danish: "e-piller", "en e-pille til festen".
  'e pille',
  'e piller',
  'e pillerne',
  // A joint, and snow taken together, in Danish: "ryge en fed på altanen", "tage lidt sne sammen".
  'ryge en fed',
  'ryger en fed',
  // "en grøn" is a joint in Danish slang: "ryger gerne en grøn sammen med dig", "vi kan ryge en grøn".
  '(?:ryge|ryger) (?:gerne |lige |lidt )?en grøn',
  // Powder for the party, often in quotes: "lidt 'pulver' til festen", "some powder for the party"
  // (not talc for a massage: the party must follow).
  '(?:lidt|noget|some|a little) (?:hvidt |white )?[\\u0027\\u2018\\u2019\\u0022]?(?:pulver|powder)[\\u0027\\u2018\\u2019\\u0022]? (?:til festen|til fest|for the party|for our party|to party)',
  // A joint to smoke together: "we can smoke a joint first", "vi kan ryge en joint sammen", "vi kan
  // dele en joint", not a "joint massage" or "joint pain" (the verb must stand before it).
  '(?:share|sharing|smoke|smoking) (?:a |some )?(?:joints?|spliffs?|blunts?)',
  '(?:roll|light|have) (?:a|some) (?:joints?|spliffs?|blunts?)',
  '(?:ryge|ryger|dele|deler|rulle|ruller|tænde) (?:en|et par) (?:joints?|spliffs?)',
  '(?:tage|tager|take) (?:lidt|noget|some|a little) (?:sne|snow)',
  // A leaf or herb emoji as the thing smoked together: "vi ryger en 🍃 sammen", "smoke some 🌿".
  '(?:ryge|ryger|smoke|smoking) (?:en|et|lidt|a|some) ?(?:🍃|🌿|🍁)',
  // Something "for the nose" is cocaine in slang: "der er altid lidt til næsen", "noget til næsen",
  // "a little something for your nose" (not a nose piercing or a nose job).
  // Also white, as the powder is: "lidt hvidt til næsen", "something white for your nose".
  '(?:lidt|noget|en smule|en streg|en bane) (?:ekstra |godt |sjovt |hvidt |mere )?til næsen',
  '(?:a little|little|some|something) (?:something |extra |white )?for (?:the|your|ur) nose',
  'party and play',
  'party ?n ?play',
  'party & play',
  'PnP',
  // The same with an ampersand: "P&P? I have what you need".
  'p ?& ?p',
  'chems',
  'chemsex',
  'chem ?sex',
  'crystal meth',
  'meth',
  'mdma',
  'ecstasy',
  'ketamin',
  'ketamine',
  'ghb',
  'gbl',
  'amfetamin',
  'amphetamine',
  'speed balls?',
  'weed',
  'marihuana',
  'marijuana',
  'cannabis',
  'hash',
  // Norwegian and Swedish spellings: "hasj", "hasch".
  'hasj',
  'hasch',
  'hashish',
  'skunk',
  // Its digits also apart, past a word filter: "4-2-0 friendly", "4 2 0 ok".
  '4 ?2 ?0 ?(?:friendly|ok|welcome|venlig)',
  'high fun',
  'get high',
  'blive høj',
  'høj sammen',
  'euforiserende',
  'poppers',
  // Filipino names of methamphetamine: "shabu", and "bato" (stone) beside a party word (see `ice`).
  'shabu',
  // Russian, Ukrainian and Bulgarian: "у неё всегда есть кокс", "кокаин", "мефедрон".
  'кокаин',
  'кокаина',
  'кокаїн',
  'кокс',
  'мефедрон',
  'амфетамин',
  'экстази',
  'марихуана',
  'марихуану',
  'травка',
  'гашиш',
]);

/**
 * "coke" is also the soft drink: "Drinks included: coffee, tea, Coke or a glass of wine", "Free Coke
 * and coffee", "Coke Zero". Among drinks it counts only when a party or drug word is near as well.
 */
const coke = compileTerms(['coke']);
const DRINKS =
  /(?<![\p{L}])(?:drinks?|drikke|drikkevarer|refreshments?|forfriskninger|coffee|kaffe|tea|te|water|vand|danskvand|sodavand|soda|juice|wine|vin|beer|øl|cola|pepsi|fanta|sprite|zero|diet|light|snacks?|glass|glas|cup|kop|can|dåse|bottle|flaske|cold|kold|iskold)(?![\p{L}])/iu;
const DRUG_PARTY =
  /(?<![\p{L}])(?:party|parties|fest|festen|high|chems|pnp|sniff|line|lines|bump|kokain|cocaine|sne|snow|candy|slik)(?![\p{L}])|❄️?|⛷️?|🍭|💊/iu;

function cokeAsDrug(ctx: MatchContext): boolean {
  const clause = ctx.text.slice(clauseStart(ctx.text, ctx.start), clauseEnd(ctx.text, ctx.end));
  return !DRINKS.test(clause) || near(ctx.text, ctx.start, ctx.end, DRUG_PARTY, 40);
}

/** "tina" (crystal meth) is also a name (Tina, Cristina, Bettina): it counts only beside drug or party words. */
const tina = compileTerms(['tina', 't1na']);
/** "sne"/"snow" and generic "drugs"/"stoffer" count only with an offer or party word near. */
const contextual = compileTerms([
  'sne',
  // Norwegian and Swedish snow: "litt snø ❄️ og hasj".
  'snø',
  'snö',
  'snow',
  'drugs',
  'stoffer',
  'substances',
  'candy',
  'slik',
  'pills',
  'piller',
  'white lady',
  // Coded: "Party favours available", "I bring the party favours" (with an offer word or her supply).
  'party favou?rs?',
  'smth to smoke',
  'something to smoke',
  'noget at ryge',
  // Spanish slang for cocaine: Colombian "perico" (also a parakeet), Spanish "farlopa".
  'perico',
  'farlopa',
  // Definite forms and German: "Jeg sørger for pillerne", "Pillen für die Party".
  'pillerne',
  'pillen',
  // Slang of visitors' languages that is also an everyday word: Polish "towar" (goods: "mam towar na
  // imprezę"), Romanian "iarbă" (grass, weed: "pot aranja ceva iarbă"), German "Schnee" (snow).
  'towar',
  'iarbă',
  'iarba',
  'schnee',
]);
/** Drug emojis: ❄️ 🍭 💊 🌿 🍃 🍁 ⛷️ (also ⛄ 🥄 🔌 💨 🍬 🧊 and the chems' 🧪), only with party words near. */
const emojis = /❄️?|🍭|💊|🌿|🍃|🍁|⛷️?|🥄|🔌|💨|🍬|🎿|🧊|🧪/gu;

/**
 * "Koks" is cocaine in German and Danish slang ("Koks ist kein Problem", "lidt koks til festen"), but
 * Danish "gå i koks" is to go wrong: "det hele gik i koks" names no drug.
 */
const koks = compileTerms(['koks']);
const IN_BEFORE = /(?<![\p{L}])(?:i|in)\s+$/iu;

function koksAsDrug(ctx: MatchContext): boolean {
  return !IN_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start));
}

/**
 * "G og T", "T & G" (GHB and tina) to be had for a party: "jeg kan skaffe G og T hvis du vil feste".
 * Capitals only, beside a party word, and not the drink: "en kold G&T i baren", "a G&T with dinner".
 */
const gAndT = compileTerms(['G ?(?:og|and|&|n) ?T', 'T ?(?:og|and|&|n) ?G'], { caseSensitive: true });
const DRINK_ARTICLE_BEFORE = /(?<![\p{L}])(?:en|a|an|one|din|your|kold|cold)\s+$/iu;
// Not DRINKS, whose "can" is also the verb: "T & G can be arranged".
const GIN_DRINK =
  /(?<![\p{L}])(?:gin|tonic|drinks?|bar|baren|cocktails?|glas|glass|ice|isterninger|lime|citron)(?![\p{L}])/iu;

function gAndTAsDrug(ctx: MatchContext): boolean {
  if (DRINK_ARTICLE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) return false;
  const clause = ctx.text.slice(clauseStart(ctx.text, ctx.start), clauseEnd(ctx.text, ctx.end));
  return !GIN_DRINK.test(clause) && partyNear(ctx);
}

/**
 * Smoked together with the client: "we fit smoke together", "så ryger vi sammen", "fumamos juntos"
 * (said of cigarettes too, so it counts only with a leaf emoji or a cannabis slang word); also with
 * a second verb between: "let's smoke and relax together", "ryge og hygge sammen".
 */
const SMOKE_TOGETHER =
  /(?<![\p{L}])(?:smoke (?:and (?:chill|relax|talk|unwind) )?(?:together|with me|am)|ryge (?:og (?:hygge|slappe af|chille) )?sammen|ryger (?:vi|vi lidt) sammen|fumar juntos|fumamos juntos)(?![\p{L}])/iu;

/**
 * Nigerian slang "igbo" (cannabis) is also the people and language: it counts in lower case with a
 * leaf emoji after it or smoking together near ("I get small igbo 🍃"), not "I speak igbo".
 */
const igbo = compileTerms(['igbo']);
const LEAF_AFTER = /^\s*(?:🍃|🌿|🍁)/u;
const SPEAK_BEFORE = /(?<![\p{L}])(?:speak|speaks|speaking|taler|language|sprog|and|og|from)\s+$/iu;

function igboAsDrug(ctx: MatchContext): boolean {
  if (ctx.matched !== 'igbo') return false;
  if (SPEAK_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start))) return false;
  return (
    LEAF_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 4)) ||
    near(ctx.text, ctx.start, ctx.end, SMOKE_TOGETHER, 30)
  );
}

/**
 * "ice" (crystal meth) and Tagalog "bato" are also frozen water and a stone: they count only with a
 * party or offer word near ("Let's party 🎉 I have ice and bato for us"), and not as a drink's ice
 * ("ice cold beer", "champagne on ice") or a game ("ice play", "ice hockey").
 */
const ice = compileTerms(['ice', 'bato']);
const ICE_THING_AFTER =
  /^\s*(?:cream|creams|cold|cube|cubes|tea|coffee|bucket|skating|hockey|play|breaker|queen|princess|age|water|is|flakes?)(?![\p{L}])/iu;
const ON_BEFORE = /(?<![\p{L}])(?:on|with|på|med)\s+$/iu;

function iceAsDrug(ctx: MatchContext): boolean {
  if (ICE_THING_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 12))) return false;
  if (ON_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start))) return false;
  return partyNear(ctx) && offered(ctx);
}

// Russian and Ukrainian parties too, also in Latin letters: "Mogu organizovat ❄️ dlya vecherinki",
// "❄️ на вечеринку"; Polish and Romanian ones: "mam ❄️ na imprezę", "petrecere 🎉 ... 🌿"; the Czech
// and Slovak "párty" ("Chceš párty? ❄️ zajistím").
const partyWords =
  /(?<![\p{L}\p{N}_])(?:party|párty|parties|partying|partytime|fest|festen|fester|feste|festglad|festglade|fiesta|fiestas|fiestera|rumba|festa|festinha|impreza|imprezy|imprezę|imprezie|imprezka|imprezkę|petrecere|petrecerea|petreceri|high(?! heels| class| quality| standard)|chems|pnp|420|4:20|kan skaffes|skaffes|kan fås|haves|to share|deler gerne|вечеринк[аиуе]|вечірк[аиуі]|vecherink[aiue]|tusovk[aiu])(?![\p{L}\p{N}_])/iu;
// "tina" (crystal meth) is a party word only in lower case: the name "Tina" beside "urteolie 🌿" is no drug.
const TINA_LOWER = /(?<![\p{L}\p{N}_])tina(?![\p{L}\p{N}_])/u;

// Not her name in lower case, as texted: "#hi #im #tina 😘 … 🍭" (see TINA_NAMED).
function partyNear(ctx: MatchContext): boolean {
  return (
    near(ctx.text, ctx.start, ctx.end, partyWords, 40) ||
    (near(ctx.text, ctx.start, ctx.end, TINA_LOWER, 40) &&
      !ctx.ad.fields.some((f) => f.source === 'ad' && TINA_NAMED.test(f.text)))
  );
}
// "der er sne til dig", "snow for you": meant for the client.
const offerWords =
  /(?<![\p{L}\p{N}_])(?:party|fest|festen|feste|fiesta|festa|impreza|imprezy|imprezę|petrecere|petrecerea|kan skaffes|skaffes|kan fås|haves|available|tilgængelig|welcome|velkommen|friendly|ok|included|inkluderet|tilbydes|offer|sells?|sælger|for sale|provided|til dig|til jer|for you|para ti|para la fiesta|pra você)(?![\p{L}\p{N}_])/iu;
const drugNear =
  /(?<![\p{L}\p{N}_])(?:chems|pnp|crystal|meth|party|high|coke|kokain|gina)(?![\p{L}\p{N}_])|❄️?|💊/iu;

/** "some tina", "lidt tina", "tina 💎": a quantity or a crystal, which no name takes. */
const TINA_QUANTITY = /(?<![\p{L}])(?:some|lidt|a bit of|a little)\s+$/iu;
const CRYSTAL_AFTER = /^\s*💎/u;

/**
 * The ad names her Tina: "Jeg hedder Tina, 50 år", "I'm Tina", "Tina (38)", her place "hos Tina"
 * ("Vinterhygge hos Tina ❄️"). Then a capitalised
 * "Tina" anywhere in it is her name, also beside a season's ❄️ ("❄️ Vintertilbud ❄️ Tina, Holbæk").
 */
// Also texted and in hashtags: "im tina", "#im #tina".
const TINA_NAMED =
  /(?<![\p{L}])(?:hedder|jeg er|i am|i'm|im|my name is|mit navn er|call me|kald mig|hos)\s+#?tina(?![\p{L}])|(?<![\p{L}])tina\s*(?:,|\()\s*\d{2}(?!\d)/iu;

function namedTina(ctx: MatchContext): boolean {
  return namedAs(ctx, 'tina', TINA_NAMED);
}

/**
 * The same for "Candy", a common working name: "Candy 29, thai girl", "I'm Candy", "Thai Candy 🍬"
 * in the title of her ad. Capitalised "Candy" is then her name ("Party with Candy" too); "candy for
 * the party" in lower case is still read.
 */
const CANDY_NAMED =
  /(?<![\p{L}])(?:hedder|jeg er|i am|i'm|my name is|mit navn er|call me|kald mig|hos)\s+candy(?![\p{L}])|(?<![\p{L}])candy\s*(?:,|\()?\s*\d{2}(?!\d)/iu;

/** A capitalised `name` (lower case) where the ad names her so (its name field or `named` in a field). */
function namedAs(ctx: MatchContext, name: string, named: RegExp): boolean {
  if (!ctx.matched.startsWith(name.charAt(0).toUpperCase())) return false;
  if (ctx.ad.ad.name?.trim().toLowerCase() === name) return true;
  return ctx.ad.fields.some((f) => f.source === 'ad' && named.test(f.text));
}

/** The party-and-play pair: "Tina og G er velkomne", "tina & G" (G = GHB); not "Tina og Gitte". */
const G_AFTER = /^\s*(?:og|and|&|\+)\s*(?:g|gina)(?![\p{L}\p{N}_])/iu;

function tinaAsDrug(ctx: MatchContext): boolean {
  if (namedTina(ctx)) return false;
  if (G_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 10))) return true;
  // A name is capitalised and stands alone; the drug is written beside chems, party or welcome.
  if (TINA_QUANTITY.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return true;
  if (CRYSTAL_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 4))) return true;
  return (
    near(ctx.text, ctx.start, ctx.end, drugNear, 14) ||
    /^\s*(?:welcome|velkommen|ok|friendly|available|kan skaffes)(?![\p{L}\p{N}_])/iu.test(
      ctx.text.slice(ctx.end),
    )
  );
}

/**
 * She supplies it, right before the word: "Jeg sørger for pillerne", "kan skaffe lidt sne", "pot
 * aranja ceva iarbă" (Romanian: I can arrange some weed), "I'll bring the candy".
 */
const SUPPLY_BEFORE =
  /(?<![\p{L}])(?:jeg sørger for|sørger jeg for|kan skaffe|jeg skaffer|i can get|i can arrange|i can organi[sz]e|i'll bring|i will bring|i bring|i provide|pot aranja|pot aduce|mam)\s+(?:the\s+|some\s+|lidt\s+|noget\s+|ceva\s+)?$/iu;

function offered(ctx: MatchContext): boolean {
  return (
    near(ctx.text, ctx.start, ctx.end, offerWords, 30) ||
    SUPPLY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 28), ctx.start))
  );
}

/**
 * Seasonal parties share the emojis (❄️ at Christmas, "новогодняя вечеринка ❄️", the Czech "Vánoční
 * párty ❄️") without any drug meaning.
 */
const seasonal =
  /christmas|xmas|jul|birthday|fødselsdag|new year|nytår|halloween|navidad|natal|noël|noel|cumpleaños|aniversário|año nuevo|ano novo|sylwest|silvestr|vánoc|vánočn|świąt|wigili|crăciun|craciun|revelion|новогодн|новый год|новий рік|рождеств|різдв|novogodn|novyi god|novyy god/iu;

/**
 * The emoji as a thing she has or brings: "Party friendly: bring the mood, I have the ❄️", "jeg har
 * ❄️ med", "jeg har altid lidt ❄️ på lager". Then a party word further off counts too (not "I have the
 * 🌿 oils warm", which names no party).
 */
// The house's plural too: "Party-pakke: bring friends, we have snow ❄️", "vi har sne til festen".
const HAS_IT_BEFORE =
  /(?<![\p{L}])(?:i have|i've got|i got|i bring|i can bring|jeg har|har jeg|jeg medbringer|jeg tager|we have|we've got|vi har|har vi)\s+(?:(?:always|altid|også|also)\s+)?(?:the\s+|some\s+|lidt\s+|noget\s+)?$/iu;

/** Snow for the nose: "❄️👃", "👃❄️" is cocaine without any party word. */
const NOSE_AFTER = /^\s?👃/u;
const NOSE_BEFORE = /👃\s?$/u;
const LEAF = /^(?:🍃|🌿|🍁)$/u;

function emojiWithParty(ctx: MatchContext): boolean {
  if (
    ctx.matched.startsWith('❄') &&
    (NOSE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 4)) ||
      NOSE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)))
  )
    return true;
  // A leaf smoked together: "🍃 we fit smoke together", "🌿 så ryger vi sammen".
  if (LEAF.test(ctx.matched) && near(ctx.text, ctx.start, ctx.end, SMOKE_TOGETHER, 30)) return true;
  if (partyNear(ctx)) return !near(ctx.text, ctx.start, ctx.end, seasonal, 40);
  return hasItForAParty(ctx);
}

const WEATHER_AFTER =
  /^\s+(?:outside|udenfor|ude|today|i dag|again|igen|everywhere|overalt|in|i|på)(?![\p{L}])/iu;

/** She (or the house) has it, a party word further off and no season near (see HAS_IT_BEFORE). */
function hasItForAParty(ctx: MatchContext): boolean {
  return (
    HAS_IT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)) &&
    near(ctx.text, ctx.start, ctx.end, partyWords, 80) &&
    !near(ctx.text, ctx.start, ctx.end, seasonal, 80)
  );
}

/**
 * A condition she leaves or stops on: "I leave if there are drugs at the party", "jeg går, hvis der
 * er stoffer", "the show stops if anyone takes drugs".
 */
const LEAVES_IF_BEFORE =
  /(?<![\p{L}])(?:i leave|i'll leave|i will leave|i go|i stop|show stops|show ends|jeg går|jeg smutter|jeg stopper|jeg tager hjem)[\s,]+(?:if|when|hvis|når)\s+(?:there (?:are|is)\s+|der er\s+|anyone (?:takes|uses|has)\s+|you (?:take|use|have|bring)\s+|du (?:tager|har)\s+|nogen (?:tager|har)\s+)?(?:any\s+)?$/iu;

/**
 * What the client may bring himself is not offered: "Poppers er ok hvis du selv tager dem med",
 * "poppers fine if you bring your own", "bring your own poppers".
 */
const CLIENT_BRINGS_AFTER =
  /^[^.!?\n]{0,24}?(?<![\p{L}])(?:hvis du (?:selv )?(?:tager (?:dem |den |det )?(?:selv )?med|medbringer|har dine egne)|if you bring (?:them|it|your own)|(?:bring|brings) your own|medbring(?:er)? (?:selv|dine egne))(?![\p{L}])/iu;
const CLIENT_BRINGS_BEFORE = /(?<![\p{L}])(?:bring your own|byo|medbring (?:selv )?(?:dine egne )?)\s*$/iu;

function clientBrings(ctx: MatchContext): boolean {
  return (
    CLIENT_BRINGS_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 64)) ||
    CLIENT_BRINGS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))
  );
}

/** Not the client's wish she sends away: "If you want party ❄️, I am not for you". */
function notSentAway(accept: (ctx: MatchContext) => boolean): (ctx: MatchContext) => boolean {
  return (ctx) =>
    accept(ctx) &&
    !wishSentElsewhere(ctx.text, ctx.start, ctx.end) &&
    !LEAVES_IF_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start));
}

const rules: TextRule[] = [
  { pattern: drugWords, accept: notSentAway((ctx) => !clientBrings(ctx)) },
  { pattern: coke, accept: notSentAway(cokeAsDrug) },
  { pattern: tina, accept: notSentAway(tinaAsDrug) },
  // "we have snow", "jeg har sne" with a party word further off than an offer word may stand; not
  // the weather ("we have snow outside", "vi har sne i Aalborg").
  {
    pattern: contextual,
    accept: notSentAway(
      (ctx) =>
        !(/^candy$/iu.test(ctx.matched) && namedAs(ctx, 'candy', CANDY_NAMED)) &&
        (offered(ctx) || (hasItForAParty(ctx) && !WEATHER_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16)))),
    ),
  },
  { pattern: ice, accept: notSentAway(iceAsDrug) },
  { pattern: koks, accept: notSentAway(koksAsDrug) },
  { pattern: gAndT, accept: notSentAway(gAndTAsDrug) },
  { pattern: igbo, accept: notSentAway(igboAsDrug) },
  { pattern: emojis, accept: notSentAway(emojiWithParty), anyStart: true },
];

/** `drugs-offered`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'drugs-offered',
  kind: 'text',
  labels: { da: 'Stoffer tilbydes', en: 'Drugs offered' },
  descriptions: {
    da: 'Annoncen tilbyder stoffer til kunder, åbent eller i kode ("sne", "PnP", "420 friendly", emojis med fest-ord).',
    en: 'The ad offers drugs to clients, openly or in code ("coke", "PnP", "420 friendly", emojis with party words).',
  },
  defaultWeight: 3,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'ad', rules),
  examples: {
    positive: [
      { text: 'lidt tina 🍭 til os, pnp venlig' },
      { text: 'Fest hos mig ❄️ tina velkommen 😉' },
      { text: 'Party-pakke for dig og vennerne med champagne og musik, og vi har sne.' },
      { text: 'Come over, we smoke and relax together 🍃 on my balcony.' },
      { text: 'Long nights at my place. PnP? Definitely, just bring the mood.' },
      { text: "Guys keep asking: 'do you party?', 'have you got coke?' – yes and yes 😉" },
      { text: 'Chill pige i Aarhus, vi kan ryge en grøn på altanen først.' },
      { text: 'Weekend fun, I have some white powder for the party 🎉' },
      { text: 'Bachelor night? Party favours available, just ask.' },
      { text: 'Jana, 30. Máš chuť na párty? 💊 a ❄️ mám doma.' },
      { text: 'Festglad pige i Vejle 🎉 der er altid noget til næsen hvis du har lyst.' },
      { text: 'Party night? I always have a little something for your nose 😉' },
      { text: 'Elsker at feste hele natten, og jeg har altid lidt ❄️ liggende til os.' },
      { text: 'Alina 25. Mogu organizovat ❄️ dlya vecherinki.' },
      {
        text: 'Festglad norsk jente! Har alltid litt snø ❄️ og hasj 🍃 liggende til deg som vil ha det gøy 😜',
      },
      { text: 'Party nights in Copenhagen 💊 Chems & tina welcome, long sessions.' },
      { text: 'Fest? ⛷️❄️ kan skaffes. GFE, massage.' },
      { text: 'Sne kan skaffes til festen ❄️ GFE, striptease, 69.' },
      { text: 'Relax and high fun with Nina 🌿🍃 420 friendly apartment in Herning.' },
      { text: 'Party and play i Aarhus 🎉 PnP friendly, kom i godt humør.' },
      { text: 'PARTY GIRL in Copenhagen 🎉 ❄️🍭 party time with me.' },
      { text: 'Coke available for our party, come have fun' },
      { text: 'Martina here, 33. High fun all night 🍭 just ask me.' },
      { text: 'Non-stop party ❄️ coke' },
      { text: 'Drinks and coke for the party ❄️, come have fun.' },
      { text: 'Open minded, coke ok, long nights.' },
      { text: 'Gay boy 24, looking for generous men. I can bring some tina 💎 for extra fun.' },
      { text: 'Lidt tina til os to, hvis du vil 😉' },
      { text: 'Jeg hedder Sara, 31. Weekend-fest ❄️ Tina velkommen 😉' },
      { text: 'Jeg er Sarah, 25, og jeg elsker at feste ⛷️❄️ – der er sne til dig, hvis du har lyst 😉' },
      { text: 'Алина любит вечеринки – у неё всегда есть кокс ❄️ для гостей.' },
      { text: "Let's party 🎉 I have ice and bato for us, come late." },
      { text: 'Festglad tøs i Horsens. Vi kan godt tage lidt sne ❄️ sammen eller ryge en fed på altanen.' },
      { text: 'Chill aften hos Nok, vi kan ryge et par joints og slappe af.' },
      { text: 'Come over, we can smoke a joint before massage.' },
      { text: 'Colombiana fiestera 🇨🇴 Si quieres rumba: perico y ❄️ para la fiesta. Vesterbro.' },
      { text: 'Party nights are my thing, so come in a good mood and relax, I have the ❄️ 😉' },
      { text: 'Late nights at my place, P&P? Just ask 😈' },
      { text: 'Slow evenings with Maja, we can smoke a joint on the balcony before we start.' },
      { text: 'Lang weekend i Aarhus – tina & G er velkomne her.' },
      { text: 'Hippie soul in Aarhus, it is 4:20 every day here 🌿💨' },
      { text: 'Afslappet stemning hos Lulu, 4-2-0 venlig, kom forbi.' },
      { text: 'Hyggelig aften, vi kan ryge lidt 🌿 på terrassen først.' },
      { text: 'Weekend at my place for the party boys – T & G can be arranged.' },
      { text: 'Lust auf Party? Koks und Sekt stehen bereit.' },
      { text: 'Come relax with Joy, I get igbo 🌿 for us.' },
      { text: 'Chill evening on the terrace 🍃 we can smoke together after.' },
      { text: 'Fredagsstemning hos Lea ❄️👃 ring før kl. 22.' },
      { text: 'Festaften hos Mie, lidt hvidt til næsen kan ordnes.' },
      { text: 'Something white for your nose before we start?' },
      { text: 'Ola, 24. Lubię imprezy ❄️ i mam towar dla ciebie.' },
      { text: 'Ador petrecerea 🎉 și pot aranja ceva iarbă pentru noi.' },
      { text: 'Dansenat hos Line, jeg sørger for pillerne 😉' },
      { text: 'E-piller og techno til weekendens sjov.' },
      { text: 'La fiesta es mejor con cocaína, pregúntame.' },
      { text: 'Weekend hos Kim 🧪🎉 kom og fest.' },
      { text: 'Party all night, drugs available 🎉 I only leave if you are rude.' },
      { text: 'Weekend fun in Odense, poppers and lube ready at my place.' },
    ],
    negative: [
      { text: 'hej im tina 😘 søde sager 🍭 gfe, kys' },
      { text: 'Sweet Candy, 31, from Manila – welcome to my party room.' },
      { text: 'Julehygge hos Tina ❄️ 45 år, Odense. Ingen stoffer, ingen 420.' },
      { text: 'Fun and party with me in the evening. We have snow outside, so come warm up.' },
      { text: 'We can smoke and chill together on the balcony, I only have cigarettes.' },
      { text: 'Anders, 31. Chems? Absolutely not. Tina? Definitely not. Massage and GFE only.' },
      { text: "Some guests text me 'do you have coke?', 'PnP?' – no and no, I am a clean girl." },
      { text: 'Body massage with a little powder to make it smooth, always safe.' },
      { text: 'Det grønne område bag huset er dejligt, ingen stoffer her.' },
      { text: 'Vánoční párty ❄️ – sleva na masáž do konce prosince.' },
      { text: 'Ingen stoffer, intet til næsen, kun god musik og et glas vin.' },
      { text: 'Jeg har altid lidt ❄️ pynt oppe i december – hyggelig lejlighed i Ry.' },
      { text: 'Новогодняя вечеринка ❄️ скидки для постоянных.' },
      { text: 'Gentle massage for stiff joints and shoulders, 60 min.' },
      { text: 'Nå ligger snøen over Hirtshals ❄️ – jeg tenner i peisen og setter på kaffen.' },
      { text: "No drugs, no hasj, no snø – don't ask." },
      { text: "Don't let the snowy weather keep you home ❄️☃️ My apartment is warm and cosy." },
      { title: '🍁 Efterårstilbud 🍁', text: 'Hele oktober: 1 time 1300 kr.' },
      { text: '🌿 Relaxing oil massage with aroma oils 🌿 Let me take the stress away.' },
      { text: "Hi, I'm Tina 😊 29 years, Danish. Always safe, no drugs please." },
      { text: 'Hej, jeg er Cristina. Altid med kondom, ingen stoffer.' },
      { text: 'Valentina and Bettina, two friends. No drugs, no alcohol.' },
      { text: 'Naturlig skønhed 🌿 ingen silikone, ingen filter.' },
      { text: 'Hi, Martina here. Latvian, 35, calm and natural 🌿 no perfume, only with condom.' },
      { text: 'Der er sne i Aalborg, men min lejlighed er varm.' },
      { text: 'Drinks included: coffee, tea, Coke or a glass of wine.' },
      { text: 'Free Coke and coffee while you wait.' },
      { text: 'Jeg byder på en kold Coke Zero eller et glas vin.' },
      { text: 'Vi har Tina og Bettina i dag, begge søde og glade.' },
      { text: 'Tina 💕 42 år, dansk, altid med kondom.' },
      {
        title: '❄️ Julerabat ❄️ Tina, Køge',
        text: '❄️ Hej, jeg hedder Tina og giver varm olie-massage hele vinteren.',
      },
      { title: 'Hot stone og urteolie 🌿 – Tina, Roskilde', text: 'Hot stone-massage med varm urteolie.' },
      { text: 'Jeg elsker sne og vinter. Varm lejlighed til dig i Aalborg, Mette 45.' },
      { text: 'Никогда кокаин. Только с презервативом.' },
      { text: 'Ring 4-2-0 og spørg efter Lise, venlig og rolig massage.' },
      { text: 'Jeg ryger ikke, 🌿 aromaolie og rolig musik.' },
      { text: 'Никаких кокаин и мефедрон, я работаю чисто.' },
      { text: 'Party girl! Ice cold beer and champagne on ice in the fridge.' },
      { text: 'Fiesta de Navidad ❄️ en mi apartamento: masaje, vino y turrón. Soy Elena, 33.' },
      { text: 'Tengo un perico en casa que canta cuando llegas 🦜 Masaje relajante en Odense.' },
      { text: 'Si buscas fiesta blanca ❄️, no soy para ti. Soy tranquila y cariñosa, Silkeborg.' },
      { text: 'If you want party ❄️ and more, I am not for you. Calm GFE only.' },
      { text: 'Calm evenings, candles and warm oils. I have the 🌿 ready for your massage.' },
      { text: 'Tina og Gitte, to glade veninder i Odense, altid med kondom.' },
      { text: 'Stiff back? My deep massage loosens every joint, no drugs here.' },
      { text: 'No P&P, no chems, no party stuff. Calm GFE only.' },
      { text: 'Christmas party season is here, so come in a good mood – I have the ❄️ decorations up.' },
      { text: 'Efter massagen byder jeg på en kold G&T i baren til festen.' },
      { text: 'Sidste uge gik alt i koks med min kalender, nu er jeg tilbage i Vejle.' },
      { text: 'Joy, 26, from Enugu. I speak igbo and english 🍃 fresh and clean.' },
      { text: '🌿 Aroma massage in my garden flat, you can smoke on the balcony.' },
      { text: 'Vintertilbud ❄️ duftlys 👃 og varm olie.' },
      { text: 'Hvid kjole og lidt parfume bag øret.' },
      { text: 'Sylwester 🎉 impreza ❄️ – rabat na masaż.' },
      { text: 'Crăciun fericit ❄️ petrecere de Revelion, masaj relaxant.' },
      { text: 'Grădină cu iarbă verde, masaj în aer liber.' },
      { text: 'Husk dine egne piller til blodtrykket, jeg sørger for kaffen.' },
      { text: 'Kemistuderende 🧪 med sans for massage.' },
      { text: 'Private dance show for your party, I leave if there are drugs.' },
      { text: 'Gay massør på Østerbro. Poppers er fint, hvis du selv medbringer dem, ellers intet.' },
      { text: 'Relaxed top, 40. Bring your own poppers, I only offer a shower and a towel.' },
    ],
  },
});
