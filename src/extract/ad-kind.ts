import type { AdInput } from '../shared/types.js';
import { isDemonym } from './nationality.js';

/**
 * What kind of post an ad is. The sites carry more than offers of sex for sale: clients post what
 * they look for ("Mand 45 søger ung pige", "Sugar daddy søger sugar babe", "5 gutter søger pige til
 * polterabend"), and support services post their help ("Gratis og anonym rådgivning til dig, der
 * sælger sex"). The indicators describe a person who sells sex; in a client's ad "ung", "ny i byen"
 * or "uden kondom" describe the woman he wants, in a support post "tvunget" and "24/7" describe the
 * help, and flagging either sends outreach workers to the wrong door.
 *
 * - `offer`: an ad of one or more persons who sell sex (and recruiting posts, which the indicators
 *   read as a third party's voice).
 * - `client`: a private person (or group) seeking someone to pay: a person word opens the post, a
 *   search for a woman or a worker follows, and no business is the author.
 * - `support`: a service for people who sell sex (counselling, health tests) speaking to them.
 * - `warning`: a worker warns the others ("ADVARSEL – pas på falsk kunde", "WARNING girls – fake
 *   'driver' at the airport", "My photos are stolen – fake profiles!"); what it quotes of the fake
 *   driver or the fake profile ("new girls", "24/7, without condom") describes no one advertised.
 */
export type AdKind = 'offer' | 'client' | 'support' | 'warning';

/**
 * A person word opening a client's post: "Mand 45", "Erfaren slave, 39", "Vi er 5 gutter", also
 * after a greeting that ends its own sentence ("Hej. Almindelig fyr i Odense søger …").
 */
const CLIENT_AUTHOR = new RegExp(
  String.raw`^(?:(?:hej|hi|hello|hallo|hola|salut)[.!]+\s+)?(?:[\p{L}\d,()-]+\s+){0,4}?(?:\p{L}*mand|man|herre|fyr|gutter|drenge|gentleman|businessman|sugar\s?daddy|sugar\s?mommy|kvinde|kvinna|slave|venner|friends|guys|par|couple)\b`,
  'iu',
);

/** "Er du en mand, der søger …": a worker's question to the reader, not an author of the post. */
const READER_BEFORE = /\b(?:du|dig|you|til|for)\b/iu;

/**
 * The verbs of a search, and their first words in lower case (looked up before the patterns). With
 * the first person singular of other languages: "Busco chica", "Suche nette Dame", "Caut o doamnă",
 * "Szukam pani", "Ищу девушку", "I look for" (the plural "buscamos", "suchen", "căutăm" is a
 * recruiter's).
 */
const SEEK_VERB = String.raw`(?:søger|söker|sucht|looking\s+for|seeking|searching\s+for|look\s+for|busco|suche|caut|szukam|ищу)`;
const SEEK_WORDS = [
  'søger',
  'söker',
  'sucht',
  'look',
  'seeking',
  'searching',
  'busco',
  'suche',
  'caut',
  'szukam',
  'ищу',
];

/**
 * A search in the first person singular: its author seeks for himself ("Hola, busco una chica",
 * "ich bin nächste Woche in Kolding und suche eine Dame", "I look for thai lady"), as a person word
 * opening the post says (see CLIENT_AUTHOR). Not "we look for" nor "Søger du …".
 */
const SEEKS_FOR_SELF =
  /(?<![\p{L}\p{N}_])(?:busco|suche|caut|szukam|ищу|i\s+(?:am\s+|'m\s+)?look(?:ing)?\s+for)(?![\p{L}\p{N}_])/iu;

/**
 * A search for a woman or a worker: "søger ung pige", "looking for a new girl", "söker en thaitjej",
 * "busco una chica", "caut o doamnă", "szukam miłej kobiety", "ищу девушку". Boundaries are spelled
 * out: `\b` takes no letter beyond ASCII ("doamnă", "ищу").
 */
const SEEKS_WORKER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${SEEK_VERB}\s+(?:[\p{L}\d(),+-]+\s+){0,5}?(?:\p{L}*piger?|\p{L}*kvinde|kvinder|veninde|massøse|escort|domina|dominatrix|sugar\s?babe|\p{L}*tjej|girls?|wom[ae]n|lady|ladies|mistress|dame|kvinna|frau|mädchen|chicas?|mujer|señora|doamn\p{L}*|femei\p{L}*|kobiet\p{L}*|dziewczyn\p{L}*|pani|девушк\p{L}*|женщин\p{L}*)(?![\p{L}\p{N}_])`,
  'iu',
);

/**
 * A woman sought by her origin alone: "szukam miłej Polki", "busco una colombiana", "søger thai".
 * The words after the search verb are read against the demonyms.
 */
const SEEK_THEN_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${SEEK_VERB}\s+((?:\p{L}+\s+){0,2}\p{L}+)`,
  'iu',
);

function seeksByOrigin(text: string): boolean {
  const m = SEEK_THEN_WORDS.exec(text);
  return m !== null && m[1]!.split(/\s+/u).some(isDemonym);
}

/**
 * The author pays for the time: "Jeg betaler gerne godt", "jeg kan betale", "I pay", "sig din pris".
 * First person singular only: "vi betaler godt" is as often a recruiter's wage.
 */
const AUTHOR_PAYS =
  /\b(?:jeg\s+(?:kan\s+)?betaler?|i\s+(?:can\s+|will\s+)?pay|sig\s+din\s+pris|name\s+your\s+price)\b/iu;

/** Any search: "Søger en ung, veltrænet mand" is a client's when the author opens the post and pays. */
const SEEKS = new RegExp(String.raw`(?<![\p{L}\p{N}_])${SEEK_VERB}(?![\p{L}\p{N}_])`, 'iu');

/**
 * A business as author: such a post recruits for it (a third party's voice), it is no client. Not
 * one the author turns away: "Ingen bureauer tak", "no agencies", "keine Agentur".
 */
const BUSINESS_AUTHOR =
  /(?<!(?:ingen|ikke|no|not|keine|kein)\s+)\b(?:klinik\p{L}*|clinic|studio|studie|bureau\p{L}*|agency|agentur|salon|escortservice|massageklinik\p{L}*|vi\s+ansætter|we\s+hire|we\s+are\s+hiring|join\s+our\s+team)\b/iu;

/** Help offered to people who sell sex: "rådgivning til dig, der sælger sex", "test for sexarbejdere". */
const HELP = String.raw`(?:rådgivning|rådgiver|test|tests|sundhedstjek|hjælp|støtte|counselling|counseling|advice|testing|health\s+checks?|support|help)`;
// The audience may be listed ("for kvinder, mænd og transpersoner der sælger sex").
const SELLERS = String.raw`(?:til|for)\s+(?:(?:dig|alle|jer|people|anyone|everyone|(?:[\p{L}-]+,?\s+){1,5}?)(?:,?\s+)?(?:der|som|who)\s+(?:sælger|sells?)\s+sex|(?:alle\s+)?sexarbejdere|(?:all\s+)?sex\s?workers|kvinder\s+i\s+prostitution|women\s+in\s+prostitution)`;
const SUPPORT_FOR_WORKERS = new RegExp(String.raw`\b${HELP}\b[^.!?\n]{0,80}?\b${SELLERS}\b`, 'iu');
/** The audience first, in a title: "Til dig der sælger sex: gratis sundhedstjek". */
const WORKERS_THEN_SUPPORT = new RegExp(String.raw`^[^\p{L}\p{N}]*${SELLERS}\b[^\n]{0,60}?\b${HELP}\b`, 'iu');

/**
 * A title that opens with a warning about a fake or a danger: "ADVARSEL – pas på falsk kunde",
 * "Pas på tyv". A person or a number alone makes no warning: "OBS! Kun seriøse kunder" and "OBS nyt
 * nummer" are offers, and so are "farlige kurver" (a danger needs a person). The warning may follow
 * the workers it is addressed to ("Odense girls be careful!! bad client", "Nye piger: pas på
 * 'agenturet'"), or name them as its addressee ("ADVARSEL til alle piger i Aalborg"): "OBS til alle
 * piger" is as often a recruiter's call and needs a danger. Boundaries are spelled out: `\b` takes no letter beyond ASCII ("på", "chauffør").
 */
const WARNING_OPENS =
  /^[^\p{L}\p{N}]*(?:(?:\p{L}+[\s,]+){0,2}?(?:piger|girls|ladies|damer|kolleger|sisters)[^\p{L}\p{N}\n]*)?(?:(?:advarsel|warning|beware|pas (?:nu )?på|be careful|obs)(?![\p{L}\p{N}_])[^\n]{0,80}?(?<![\p{L}\p{N}_])(?:falsk\p{L}*|fake|svindl\p{L}*|scam\p{L}*|snyd\p{L}*|fup\p{L}*|tyv\p{L}*|thie(?:f|ves)|politi|police|(?:farlig\p{L}*|dangerous|voldelig\p{L}*|violent|bad|dårlig\p{L}*)\s+(?:kunde\p{L}*|m[aæe]nd?|men|fyr\p{L}*|client\p{L}*|customer\p{L}*|guys?|chauffør\p{L}*|driver\p{L}*)|stjal|stjæler|stole|røver\p{L}*|robber\p{L}*)|(?:pas (?:nu )?på|beware of)\s+(?:the\s+)?['"‘’“”«]?(?:agentur\p{L}*|agenc(?:y|ies)|bagm\p{L}*)|(?:advarsel|warning|beware|pas (?:nu )?på|be careful)[^\p{L}\p{N}\n]*(?:til|to)\s+(?:alle|all)\s+(?:\p{L}+\s+)?(?:piger|girls|ladies|damer|kolleger|sisters))(?![\p{L}\p{N}_])/iu;
/** Her photos used by others: "My photos are stolen – fake profiles", "stjålne billeder". */
const STOLEN_PHOTOS =
  /\b(?:(?:stolen|stjålne|stjålet)\s+(?:photos?|pictures?|pics|billeder)|(?:photos?|pictures?|billeder)\s+(?:are|were|er|blev)\s+(?:stolen|stjålet))\b/iu;

/**
 * A service naming what it is: "Vores opsøgende team kommer forbi", "Vi er en skadesreducerende
 * tjeneste", "et uafhængigt rådgivningsprojekt", "our outreach team", "We are a volunteer group
 * helping women from Thailand", "vi er frivillige": no one selling sex calls herself so.
 */
const SUPPORT_SELF =
  /(?<![\p{L}\p{N}_])(?:opsøgende\s+(?:team\p{L}*|arbejde\p{L}*|medarbejder\p{L}*|indsats\p{L}*)|skadesreducer\p{L}*|harm\s+reduction|outreach\s+(?:team|workers?|service)|rådgivningsprojekt\p{L}*|volunteer\s+(?:group|team|organi[sz]ation|network)|frivillig(?:e)?\s+(?:gruppe|forening|organisation|netværk)|(?:we\s+are|vi\s+er)\s+(?:\p{L}+\s+)?(?:volunteers|frivillige))(?![\p{L}\p{N}_])/iu;
/** What every SUPPORT_SELF match holds, in lower case: tested before the pattern. */
const SUPPORT_SELF_HINT =
  /opsøgende|skadesreducer|harm reduction|outreach|rådgivningsprojekt|volunteer|frivillig/;

/** What every SUPPORT_FOR_WORKERS match holds, in lower case: tested before the pattern. */
const SUPPORT_HINT = /sælger\s+sex|sells?\s+sex|sexarbejder|sex\s?workers|prostitution/;

/** The title and the opening of the text: where a post says who writes it and what for. */
const OPENING_CHARS = 400;

/**
 * The kind of post an ad is (see AdKind); `offer` unless the opening says otherwise. `statesPrice`:
 * the ad states a price for its time, which makes it an offer unless the author says they pay
 * (a couple seeking a third person for a threesome they charge for sells, as their price says).
 */
export function adKind(ad: Pick<AdInput, 'title' | 'text'>, statesPrice = false): AdKind {
  const title = typeof ad.title === 'string' ? ad.title : '';
  const text = typeof ad.text === 'string' ? ad.text.slice(0, OPENING_CHARS) : '';
  const opening = `${title}\n${text}`;
  // Cheap literal checks first: almost no ad names sex work as a service's audience or searches.
  const lower = opening.toLowerCase();
  if (SUPPORT_HINT.test(lower) && (SUPPORT_FOR_WORKERS.test(opening) || WORKERS_THEN_SUPPORT.test(title)))
    return 'support';
  // A price of her own makes an outreach team a visitor she names ("det opsøgende team kigger forbi
  // en gang om måneden ... 1 time 1300 kr"), not the author.
  if (!statesPrice && SUPPORT_SELF_HINT.test(lower) && SUPPORT_SELF.test(opening)) return 'support';
  const head = title || text.split('\n', 1)[0]!;
  // A price of her own makes a warning about fakes part of her offer ("Stolen photos! Real Sofia, 1 t 1200").
  if (!statesPrice && (WARNING_OPENS.test(head) || STOLEN_PHOTOS.test(head))) return 'warning';
  if (!SEEK_WORDS.some((w) => lower.includes(w)) || !SEEKS.test(opening) || BUSINESS_AUTHOR.test(opening))
    return 'offer';
  const author = opensWithAuthor(title) || opensWithAuthor(text) || SEEKS_FOR_SELF.test(opening);
  const pays = AUTHOR_PAYS.test(opening);
  if (statesPrice && !pays) return 'offer';
  // A worker sought by a person who writes the post, or anyone sought by one who also pays.
  if (SEEKS_WORKER.test(opening) || seeksByOrigin(opening) ? author || pays : author && pays) return 'client';
  return 'offer';
}

/** Whether a text opens with a person word that is its author ("Mand 45 søger", not "Er du en mand"). */
function opensWithAuthor(text: string): boolean {
  const m = CLIENT_AUTHOR.exec(text.trimStart());
  if (m === null) return false;
  return !READER_BEFORE.test(m[0]);
}
