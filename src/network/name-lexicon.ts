import { normalizeCity } from '../extract/cities.js';
import { ORIGINS } from '../extract/nationality-data.js';
import { foldWord, townOfWord } from './cities.js';

/**
 * Words that ads capitalise but that are not a person's name: greetings, pronouns, selling
 * adjectives, ad nouns, services, weekdays and months, in Danish, English and the broken
 * English/Spanish/Portuguese of the writers. Folded (lowercase, æ→ae, ø→o, å→a, accents off).
 * Ads write titles in Title Case and shout in capitals, so the shape of a word says little;
 * this list is what keeps "Sexy", "NEW", "Hej" or "Billig" from being read as a name. Countries,
 * nationalities and foreign cities come from extract's origin table, Danish towns from its town
 * list, so those stay in one place.
 */
const common = `
  hej hejsa hey hi hii hiii hello helo hallo halo hola oi ola ciao privet sawadee sawasdee sawatdee ka kha
  bonjour salut aloha yo welcome velkommen greetings dear darling darlings baby babe babes honey love lover
  lovers amor mi papi papito guapo guapa carino cheri gentleman gentlemen gents sir boys boy guys guy men man
  mand maend mand herre herrer kaere kaereste skat skatter kunder kunde client clients friend friends
  i me my mine myself you your yours we us our ours she her hers he him his they them their it its this that
  these those who what where when why how which the a an and or but not no yes ja nej ok okay okey only just
  also too all every each any some many much more most less very so really real
  jeg mig min mit mine du dig din dit vi os vores hun hende hendes han ham hans de dem deres den det dette
  disse en et og eller men ikke kun ogsa alle alt hver hvert nogen noget mange mere mest meget saa sa lige
  bare helt rigtig rigtigt ingen intet aldrig altid always never nothing everything anything something
  is am are was were be been being have has had do does did can could will would shall should might must
  er var har havde kan kunne vil ville skal skulle ma matte bliver blev er faar far gor gore
  here there her der hos with med without uden for til to from fra in on pa at of af by ved near naer about
  om if hvis when nar after efter before inden for under over between mellem around omkring via per
  new ny nye nyt newly just fresh frisk friske first forste last sidste next naeste only final
  sexy sexet sexede hot hotte sweet sod sode lovely dejlig dejlige laekker laekre smuk smukke beautiful
  pretty cute nice flot flotte charming charmerende young ung unge mature moden modne sensual sensuel
  sensuelle elegant classy exclusive eksklusiv exklusiv vip elite luxury luksus busty curvy petite slim
  slank blonde blond brunette brunet redhead rodhaaret ebony chocolate caramel exotic eksotisk eksotiske
  tall hoj naughty fraek wild vild vilde horny liderlig kinky dirty discreet diskret diskrete private privat
   independent selvstaendig cheap billig billige best bedste top super perfect perfekt big stor store
  small lille soft blod bloed hard haard open aaben aben abent busy available ledig ready klar clean ren
  happy glad naturlig natural erfaren experienced kvindelig female male mixed caliente hungry sulten
  friendly venlig playful legesyg shy genert real aegte verified certified genuine gorgeous stunning amazing
  fantastic fantastisk incredible unique unik special speciel sporty sportslig fit tattooed grown grownup
  traditionel traditional klassisk classic classical authentic autentisk
  girl girls pige piger pigen pigerne lady ladies dame damer damen kvinde kvinder kvinden woman women queen
  princess prinsesse beauty beauties skonhed skonheder model models escort escorts escortpige companion
  companions massage massagen massages massor massose masseuse masseur thaimassage bodymassage klinik
  clinic studio spa salon house hus lejlighed apartment apartament apartement flat hotel incall outcall
  agency bureau team staff boss chef manager
  gfe pse owo bbbj bb awo cim cob dfk fk fransk svensk oil olie body nuru tantra relax afslapning
  service services tilbud offer offers special specials price prices pris priser time timer hour hours
  min mins minutes minutter menu booking book call ring sms text write skriv send whatsapp telegram viber
  snapchat signal wechat tel tlf phone telefon mobil mobile number nummer contact kontakt photos
  fotos billeder pics pictures foto photo selfie video tour turne turn party fest weekend weekends kiss
  kisses kys kram hug hugs cuddles hygge kaerestetid striptease roleplay rollespil dominans domina bdsm
  anal oral duo trio massagepige happy ending safe sikker sikkert limit limits graenser graenselos
  condom kondom bareback natur no ingen none night nat nights naetter evening aften morning morgen
  day days dag dage daily dagligt week weeks uge uger month maned today idag tonight imorgen tomorrow
  now nu soon snart still stadig again igen back tilbage
  monday tuesday wednesday thursday friday saturday sunday mandag tirsdag onsdag torsdag fredag lordag sondag
  january february march july august september october november december januar februar
  marts maj juli oktober christmas jul xmas easter paske winter vinter summer sommer spring forar
  autumn fall efterar
  city town center centre centrum centre byen by street gade vej station area omrade downtown
  scandinavia skandinavien scandinavian skandinavisk europe europa european europaeisk nordic nordisk
  jylland sjaelland fyn midtjylland nordjylland sydjylland ostjylland sonderjylland vestjylland
  nordsjaelland trekantomradet kobenhavn
  come kom let lad want vil need brug take tag see se look kig find please venligst thanks thank tak sorry
  undskyld visit besog enjoy nyd try prov choose vaelg meet mod get fa give giv wait vent don't dont
  one two three four five six seven eight nine ten en to tre fire fem seks syv otte ni ti
  good god great stor wow omg xoxo xxx lol
  ms miss mrs mistress madam madame frk fru mrs mr lady
  student studerende teen teenager schoolgirl milf mommy mor mama mami bbw ts trans
  relaxing waiting loving caring outgoing amazing
  blowjob handjob footjob rimming fisting squirting deepthroat facesitting cumshot sixtynine
  cash kontant mobilepay card kort euro eur dkk kr
`;

/** Prepositions after which a capitalised word names a place ("from Medellin", "fra Kina"). */
export const placePreps = new Set([
  'from',
  'fra',
  'in',
  'i',
  'til',
  'to',
  'of',
  'near',
  'naer',
  'ved',
  'around',
  'omkring',
  'visiting',
  'besoger',
  'born',
  'fodt',
]);

/** Words that make the next or previous capitalised word a business name ("Klinik Rosen", "Nordlys Models"). */
export const businessBefore = new Set([
  'klinik',
  'clinic',
  'studio',
  'salon',
  'spa',
  'house',
  'hus',
  'club',
  'klub',
  'agency',
  'bureau',
]);
export const businessAfter = new Set([
  'spa',
  'studio',
  'models',
  'escorts',
  'agency',
  'massage',
  'massagen',
  'klinik',
  'clinic',
  'club',
  'klub',
  'house',
  'garden',
]);

const lexicon = new Set(
  common
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => foldWord(w)),
);
/** Home towns that are as often a woman's name: "Sofia from Medellin, 25" is Sofia. */
const TOWNS_AS_NAMES = new Set(['sofia', 'florence']);

for (const origin of Object.values(ORIGINS)) {
  for (const phrase of [...origin.names, ...origin.adjectives, ...(origin.cities ?? [])]) {
    const words = phrase.split(/[\s.]+/).map((w) => foldWord(w));
    // "chiang mai", "la paz": only the long words of a phrase, so that "Mai" stays a name.
    for (const w of words)
      if ((words.length === 1 || w.length >= 5) && !TOWNS_AS_NAMES.has(w)) lexicon.add(w);
  }
  // Feminine, plural and Danish inflected forms writers use ("colombiana", "latinas", "ukrainske").
  for (const adjective of origin.adjectives) {
    const w = foldWord(adjective);
    for (const suffix of ['a', 'as', 'e']) lexicon.add(w + suffix);
  }
  for (const name of origin.names) lexicon.add(`${foldWord(name)}s`);
}

/**
 * Endings of English and Danish words that are not names ("Guaranteed", "Sensation", "Skønhed",
 * "Eksotisk", "Dejlige"); only on longer words. Not -ing, -ous or -ness: Blessing, Precious and
 * Goodness are common names among the Nigerian women these ads concern.
 */
const wordEnding = /(?:tion|sion|ment|ful|ed|hed|lig|ligt|lige|isk|iske|ende|skab)$/;

const verdicts = new Map<string, boolean>();

/**
 * Whether a word (raw and folded) is a common word, a place or a nationality rather than a
 * possible name. Memoised per raw word: ads reuse a small vocabulary.
 */
export function isCommonWord(raw: string, folded: string): boolean {
  let v = verdicts.get(raw);
  if (v === undefined) {
    v =
      lexicon.has(folded) ||
      (folded.length >= 6 && wordEnding.test(folded)) ||
      townOfWord(folded) !== undefined ||
      normalizeCity(raw) !== null;
    if (verdicts.size >= 100_000) verdicts.clear();
    verdicts.set(raw, v);
  }
  return v;
}
