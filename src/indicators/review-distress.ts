import { defineIndicator } from './define.js';
import { clauseStart, compileTerms } from './text/match.js';
import { detectWithRules, type MatchContext, type TextRule } from './text/rules.js';
import { elsewhere } from './text/elsewhere.js';
import { unlessRefuted } from './text/refuted.js';
import { sentenceEnd, sentenceStart } from './text/sentence.js';

/** How a client describes a person who seemed afraid, sad or unwilling. */
const terms = compileTerms([
  'scared',
  'afraid',
  'frightened',
  'terrified',
  'fearful',
  'nervous',
  'anxious',
  'sad',
  'unhappy',
  'depressed',
  'uncomfortable',
  'uneasy',
  'crying',
  'cried',
  'in tears',
  'tears',
  'shaking',
  'trembling',
  'shaky',
  'not into it',
  "wasn't into it",
  // Seeming not into it or not enjoying it: "She did not seem into it at all", "didn't seem to enjoy
  // it", "virkede ikke til at nyde det" (not "she did not enjoy anal", a limit she names).
  "(?:did not|didn't|didnt) (?:seem|look|appear) (?:to be )?into it",
  "(?:did not|didn't|didnt) (?:seem|look|appear) to enjoy it",
  '(?:virkede|så) (?:slet |overhovedet )?ikke (?:ud )?til at nyde det',
  'not willing',
  "didn't want to",
  'did not want to',
  'reluctant',
  'forced smile',
  'like a robot',
  'absent',
  'empty eyes',
  'dead eyes',
  'bruises?',
  'bruised',
  'looked at the door',
  // Towards the door too: "kept looking towards the door", "kiggede hele tiden hen mod døren".
  'kept looking (?:at|towards|toward) the door',
  'looked (?:nervously )?(?:towards|toward) the door',
  // Not "didn't feel right" / "føltes forkert" alone: the reviewer's own unease says nothing of how
  // she seemed ("A man took the money at the door. Didn't feel right").
  'something was wrong',
  'something wrong',
  'bange',
  'nervøs',
  // Tense: "hun var meget anspændt", "she seemed tense the whole time".
  'anspændt',
  'anspændte',
  // Not into it (catalogue): "lå bare der og var slet ikke med på den".
  '(?:hun|pigen|damen|og) (?:var|virkede)(?: slet| overhovedet| bare)? ikke(?: rigtig| helt)? med på den',
  'nervøse',
  'utilpas',
  'utryg',
  'ked af det',
  'trist',
  'græd',
  // Colloquial crying: "Hun sad og tudede", "hulkede".
  'tudede',
  'tuder',
  'tudbrølede',
  'hulkede',
  'hulker',
  'græde',
  'græder',
  'grædende',
  'tårer',
  'rystede',
  'skræmt',
  'angst',
  'ængstelig',
  'ulykkelig',
  // Downcast: "så nedtrykt ud", "virkede deprimeret", "she looked downcast".
  'nedtrykt',
  'nedtrykte',
  'deprimeret',
  'nedslået',
  'modløs',
  'bedrøvet',
  'downcast',
  // Near tears and low: "seemed a bit down and teary", "tearful", "she looked really down" (not
  // "down to earth", "down for anything", "looked down at her phone").
  'teary-eyed',
  'teary',
  'tearful',
  '(?:seemed|seems|looked|looks|appeared|was feeling|felt) (?:(?:a bit|a little|kind of|sort of|quite|very|really|so|rather|somewhat|pretty) )?down(?![\\p{L}-])(?! (?:to|for|with|on|at|here|there|in|the|and dirty)(?![\\p{L}]))',
  'fraværende',
  'ville ikke',
  'ikke lyst',
  // She did not dare: "hun turde ikke sige et ord, mens han var der", "she didn't dare to speak".
  'turde ikke',
  "(?:didn't|did not|didnt) dare",
  'dared not',
  // German reviews: "Sie wirkte ängstlich", "sie weinte".
  'ängstlich',
  'verängstigt',
  'eingeschüchtert',
  'traurig',
  'weinte',
  'geweint',
  // More German: stressed, unsure and trembling, tears starting: "Sie wirkte gestresst", "sie hat die
  // ganze Zeit gezittert", "fing an zu weinen", "total neben der Spur" (not with it).
  'gestresst',
  'unsicher',
  'gezittert',
  'zitterte',
  'zu weinen',
  'weinend',
  'neben der spur',
  // Dutch reviews: "ze was erg gespannen", "keek steeds weg", "ze huilde", "leek bang". Not a bare
  // "bang" (English slang) and not "huilden" (we laughed till we cried, said of both).
  'zenuwachtig',
  'gespannen',
  'verdrietig',
  'afwezig',
  'huilde',
  'in tranen',
  'keek (?:steeds |de hele tijd |telkens |constant )?weg',
  'keek (?:\\p{L}+ ){0,2}bang',
  '(?:leek|was|werd) (?:erg |heel |zo |echt |een beetje )?bang(?= ?[,.!]| en )',
  // Polish reviews, her feminine forms: "była wystraszona", "wyglądała na przestraszoną", "płakała".
  'wystraszona',
  'wystraszoną',
  'przestraszona',
  'przestraszoną',
  'przerażona',
  'przerażoną',
  'smutna',
  'smutną',
  'płakała',
  'zdenerwowana',
  'drżała',
  'trzęsła się',
  'bała się',
  // Russian reviews, her feminine forms (not "я боялся", the reviewer's): "она была напуганная",
  // "плакала", "ей страшно", "смотрела на дверь", "боится отказаться", "руки дрожали".
  'напуганная',
  'напугана',
  'испуганная',
  'испугана',
  'испугалась',
  'боялась',
  'боится',
  'плакала',
  'заплакала',
  'грустная',
  'печальная',
  'нервничала',
  'зажатая',
  'дрожала',
  'руки дрожали',
  'ей (?:было )?(?:очень )?страшно',
  'смотрела на дверь',
  // Spanish and Portuguese reviews: "Se veía triste, casi no habló", "parecia assustada", "lloró".
  'triste',
  'tristeza',
  'asustada',
  'assustada',
  'con miedo',
  'com medo',
  'lloró',
  'llorando',
  'chorou',
  'chorando',
  'miraba el suelo',
  // Swedish reviews (clients from Skåne): "verkade rädd för henne", "grät efteråt", "såg ledsen ut".
  'rädd',
  'rädda',
  'grät',
  'gråtande',
  // Not "ledsen att" (sorry that): "Hon var ledsen att hon var sen fem minuter".
  'ledsen(?! att)',
  'jättenervös',
  'darrade',
  // Norwegian and nynorsk: "Hun virket redd", "Ho verka redd og lei seg".
  'redd',
  // Not "lei seg for at" (sorry that): "Hun var lei seg for at hun måtte avlyse".
  'lei seg(?! for at)',
  'olycklig',
  'skakade',
  // "Hun virkede ikke som om hun havde lyst", "she didn't seem to want it".
  'ikke (?:ud )?som om hun havde lyst',
  // Said the other way round: "som om hun slet ikke havde lyst til at være der", "like she did
  // not want to be there" (catalogue: "not into it").
  'som om hun (?:slet |overhovedet |bare )?ikke havde (?:nogen |rigtig )?lyst',
  // With "til at" between: "Hun virkede ikke til at have lyst", "så ikke ud til at have særlig lyst".
  '(?:virkede|så) (?:slet |overhovedet )?ikke (?:ud )?til at have (?:nogen |rigtig |særlig |den store |det store )?lyst',
  "(?:like|as if) she (?:didn't|didnt|did not|really didn't|really did not) want to be there",
  // Avoiding the client's eyes: "undgik øjenkontakt hele tiden", "avoided eye contact the whole time".
  'undgik (?:mit |min |al )?øjenkontakt',
  'avoided (?:my |all )?eye contact',
  "(?:didn't|didnt|did not) (?:seem|look) (?:like she wanted|to want|like she wanted to be there)",
  'ikke med på det',
  // Seeming not to be up for it, "den" as well as "det": "Hun virkede slet ikke til at være med på
  // den" (not "hun var ikke med på den idé", a limit she set: only after "virkede").
  'virkede (?:slet |overhovedet |bare )?ikke (?:til at være )?med på (?:den|det)(?! (?:idé|ide|forslag|\\p{L}+ idé))',
  // Absent-looking: "fjern i blikket", "tom i blikket", "et tomt blik".
  '(?:fjern|tom|fraværende) i blikket',
  'et tomt blik',
  // "Ikke med på noget overhovedet": not with it at all (not "ikke med på noget anal", a limit).
  'ikke med på noget(?= ?[,.!]| overhovedet| som helst)',
  // Absent, staring: "stirrede op i loftet og svarede ikke", "just stared at the ceiling".
  'stirrede (?:bare |kun |tomt )?(?:op i loftet|i loftet|ud i luften|ud i rummet|ind i væggen|tomt ud)',
  '(?:stared|staring) (?:just |blankly )?(?:at the ceiling|into space|into nothing|at the wall|blankly)',
  'blå mærker',
  'not happy',
  'ikke glad',
  "(?:didn't|did not|doesn't|does not) (?:seem|look) (?:happy|comfortable|ok|okay|well|fine)",
  'virkede ikke (?:glad|tilpas|tryg|okay|ok)',
  'så ikke glad ud',
  "didn't smile",
  'did not smile',
  'never smiled',
  'smilede ikke',
  'no smile',
  'kiggede (?:\\p{L}+ ){0,2}(?:på|mod|hen mod|hen på|over mod|over på) døren',
  // Wanting to be elsewhere (catalogue: "not into it"): "så ud som om hun helst ville være et helt
  // andet sted", "she'd rather have been anywhere else".
  '(?:hun|she) (?:(?:helst|hellere) ville|ville (?:helst|hellere)) (?:have )?(?:været|være) (?:et |ethvert )?(?:helt )?andet sted',
  "(?:she|she'd|she would) rather (?:be|have been) (?:somewhere|anywhere|someplace) else",
  'noget var galt',
  'noget galt',
  // Stressed or pressed: "she seemed very stressed", "hun virkede stresset/presset".
  'stressed',
  'stressed out',
  'under pressure',
  'stresset',
  'stressede',
  'presset',
  'under pres',
  // Unwilling but obliged: "hun sagde at hun ikke ville, men at hun var nødt til det", "she had to".
  // Not what she refused among things: "hun sagde fra til ting hun ikke ville" (she set limits).
  '(?:hun|pigen|damen)(?<!(?:ting|noget|det|ikke) (?:hun|pigen|damen)) ikke ville(?= ?[,.!]| men| det| rigtig)',
  'nødt til det',
  'var nødt til at gøre det',
  '(?:she|the girl) (?:had|has) to(?= ?[,.!]| do (?:it|this|that)| do this job| work)',
  'had no choice',
  'have no choice',
  'has no choice',
  'intet valg',
  'ikke noget valg',
  'intet andet valg',
  'ikke andet valg',
  // She wants out: "asked if I could help her leave", "hjælpe hende væk", "wanted to go home".
  'help (?:her|me) (?:to )?(?:leave|escape|get out|get away|run away|go home)',
  'hjælpe (?:hende|mig) (?:med at )?(?:komme )?(?:væk|ud|hjem|flygte|fri)',
  '(?:she|hun) (?:wanted|wants|ville|vil) (?:to go )?(?:home|hjem)',
  '(?:wanted|wants) to go home',
  // French reviews, her feminine forms: "j'ai eu l'impression qu'elle avait peur", "elle semblait
  // terrifiée", "les yeux baissés tout le temps" (not "j'avais peur", the reviewer's).
  'avait peur',
  'effrayée',
  'terrifiée',
  'apeurée',
  'terrorisée',
  'pleurait',
  'en larmes',
  'yeux baissés',
  // Italian: "sembrava spaventata", "piangeva", "si vedeva che non voleva essere lì" (not "fino alle
  // lacrime", laughing).
  'spaventata',
  'impaurita',
  'terrorizzata',
  'piangeva',
  'in lacrime',
  'non voleva essere (?:lì|li|là|la|qui)',
  // More Spanish: "miraba al suelo y temblaba", "ella no se atrevía ni a hablar".
  'miraba al suelo',
  'temblaba',
  'no se atrevía',
  'lloraba',
  'aterrada',
  // Romanian: "Plângea", "era speriată", "părea că nu vrea să fie acolo".
  'plângea',
  'plangea',
  'speriată',
  'speriata',
  'tremura',
  'nu (?:vrea|voia) să fie acolo',
  // Czech, her feminine forms: "se ho bála", "Byla vyděšená", "Působila vystrašeně", "plakala".
  'bála',
  'vyděšená',
  'vyděšeně',
  'vystrašená',
  'vystrašeně',
  'smutná',
  'plakala',
  'brečela',
  'třásla se',
  // Hungarian: "nagyon csendes és szomorú", "fáradt és ijedt volt", "Láthatóan félt", "sírt".
  'szomorú',
  'ijedt',
  'félt',
  'sírt',
  'remegett',
  // Swedish and Norwegian: "Hon verkade nervös", "spänd och obekväm", "trött och frånvarande",
  // "hun gråt" (not "spänd på", looking forward to).
  'nervös',
  'spänd(?! på)',
  'obekväm',
  'frånvarande',
  'skrämd',
  'skremt',
  'gråt',
  'ukomfortabel',
]);

// Jutlandic "æ" is "I": "Æ var sgu lidt nervøs første gang".
// German, Dutch and Russian "I" too: "Ich hatte Angst, dass sie nicht kommt", "я боялся". And the
// reviewer's own companion: "Meine Frau war am Anfang ängstlich", "my wife was nervous", a couple's
// "min mand var lidt nervøs" (her husband, who booked with her), "my buddy was scared".
const reviewerSubject =
  /(?<![\p{L}])(?:i|i'm|im|jeg|me|mig|we|vi|jag|æ|ich|ik|я|мне|(?:my|min|meine|mijn|moja|моя) (?:wife|girlfriend|husband|boyfriend|partner|friend|buddy|kone|kæreste|mand|ven|veninde|kammerat|frau|freundin|vrouw|vriendin|żona|dziewczyna|жена))(?![\p{L}])/iu;
// Not Danish "her" (here): "det her", "den her", "her er", "her i byen".
const personSubject =
  /(?<![\p{L}])(?:she|(?<!(?:det|den|de)\s)her(?!\s+(?:er|var|i|på|hos|til|fra|ved)(?![\p{L}]))|hun|hende|girl|pigen|lady|damen|hon|henne|tjejen|sie|ze|zij|ona|она|ей|её|dziewczyna|девушка|meisje|mädchen)(?![\p{L}])/iu;

/** "I was nervous but she was sweet" is about the reviewer, not the person. */
/** "sad that she moves away", "trist at hun flytter": the reviewer's feeling about something. */
// Also a reason or a time given ("Trist, da timen var gået", "sad when the hour ended", "lidt trist,
// fordi hendes gamle kat var død"), and a thing that is sad ("Trist vejr", "sad weather").
// A time before the reason ("Blev lidt trist til sidst, fordi timen var gået", "sad at the end because
// …"), and a sad day for the reviewer ("en trist dag for mig", "a sad week for me").
// Not a time: "she seemed a bit sad that day", "sad that evening" is how she was then.
const feelingAbout =
  /^(?:\s+(?:til sidst|til slut|bagefter|at the end|in the end|afterwards))?(?:\s+(?:that(?!\s+(?:day|night|evening|morning|afternoon|time|week|visit|session|hour)(?![\p{L}]))|to|at(?!\s+all)|que|de que)|(?:\s+(?:dag|day|uge|week|aften|evening|tid|time|periode|period))?\s+for\s+(?:mig|me)(?![\p{L}])|\s*,?\s+(?:da|når|when|fordi|because|since|porque|cuando|quando|quand|lorsque|hver gang|every time|each time)|\s+(?:vejr|weather|nyhed|news|film|movie|ending|slutning|story|historie))(?![\p{L}])/iu;

/**
 * How she looked, seen by the reviewer, is her state at that time, not his feeling about an event:
 * "She looked sad when she left", "hun virkede trist da jeg gik" (not "I was sad when the hour ended").
 */
const LOOKED_BEFORE =
  /(?<![\p{L}])(?:she|hun)\s+(?:looked|seemed|appeared|virkede|så)\s+(?:(?:a bit|a little|very|so|really|quite|lidt|meget|ret|noget|helt)\s+)?$/iu;

/**
 * Sad, nervous or stressed about a harmless thing named after the word: "trist over regnvejret",
 * "nervous about her driving test", "ked af det over kampen"; uncomfortable with a smell: "a bit
 * uncomfortable with my aftershave, haha".
 */
const harmlessCause =
  /^\s+(?:over|about|om|because of|pga\.?|på grund af|with|med|ved)\s+(?:(?:the|her|his|my|a|an|det|den|hendes|sin|sit|sine|min|mit|mine)\s+)?(?:\p{L}+\s+)?(?:weather|rain|vejret|vejr|regnvejret|regnvejr|regnen|mørket|darkness|november|test|exam|exams|eksamen|eksamenen|køreprøve|køreprøven|match|game|kamp|kampen|fodbold|football|news|nyhederne|traffic|trafikken|parking|parkeringen|kat|katten|cat|dog|hund|hunden|aftershave|cologne|perfume|parfume|parfumen|deodorant|smell|lugten|skæg|beard)(?![\p{L}])/iu;

/**
 * Stressed because she was running late or came from her day job, an ordinary cause: "lidt stresset i
 * starten, fordi hun var forsinket fra arbejde", "a bit stressed because she was late from a meeting".
 */
const LATE_CAUSE_AFTER =
  /^[^.!?\n\0]{0,24}?(?<![\p{L}])(?:fordi|because|da|since|as)\s+(?:hun|she)\s+(?:(?:var|was|had been|havde været|blev|got|was running|kom|came)\s+(?:lidt\s+|a bit\s+|a little\s+|så\s+|so\s+)?(?:forsinket|late|delayed|running late|sent på den|stuck in traffic|i trafikken|i kø)|(?:kom|came)\s+(?:direkte\s+|straight\s+)?(?:fra|from)\s+(?:sit\s+|her\s+)?(?:arbejde|arbejdet|work|job|dagjob|day job))(?![\p{L}])/iu;

// Also a laughing face right after: "she was crying 😂", "græd af grin 🤣".
// Polish, German, Dutch and Russian too: "płakała ze śmiechu", "vor Lachen", "van het lachen", "от смеха".
const LAUGHTER_AFTER =
  /^\s*(?:😂|🤣|😆|\s(?:af grin|af latter|with laughter|of laughter|from laughing|from laughter|of joy|af glæde|ze śmiechu|vor lachen|van het lachen|van de lach|от смеха)(?![\p{L}]))/iu;
/**
 * Laughter that brings the tears, told first: "vi grinede så vi græd", "she laughed so hard she
 * cried", also nearly so: "we laughed so hard she was almost crying", "grinede så meget, at hun var
 * ved at græde"; with what was laughed at between: "laughed so much at my jokes she was crying".
 */
const LAUGHTER_BEFORE =
  /(?<![\p{L}])(?:grinede|grinte|lo|laughed)\s+(?:så\s+(?:meget\s+)?(?:(?:af|ad)\s+(?:\p{L}+\s+){1,3})?(?:at\s+)?|so\s+(?:hard|much)\s+(?:at\s+(?:\p{L}+\s+){1,3})?(?:that\s+)?|until\s+|till\s+)(?:hun|jeg|vi|de|she|i|we|they)\s+(?:(?:was|were|var)\s+)?(?:(?:almost|nearly|practically|literally|næsten|nærmest|ved at)\s+)?$/iu;

/** The same in Dutch and German: "gelachen tot ze huilde", "gelacht, bis sie geweint hat". */
const LAUGHTER_BEFORE_VISITOR =
  /(?<![\p{L}])(?:lachten|lachte|gelachen|gelacht|lachte)\s+(?:zo hard\s+|zoveel\s+|so sehr\s+)?,?\s*(?:tot|totdat|bis)\s+(?:ze|zij|we|wij|sie|wir)\s+(?:(?:bijna|fast)\s+)?$/iu;

/**
 * Bruises from a sport or a fall, as the review explains them: "blå mærker på knæene fra håndbold",
 * "bruises from her kickboxing class".
 */
const BRUISE_CAUSE =
  /^(?:\s+[\p{L}]+){0,3}\s+(?:fra|from|after|efter|af)\s+(?:(?:the|her|a|an|en|et|sin|hendes)\s+)?(?:\p{L}+\s+)?(?:håndbold|fodbold|football|handball|soccer|rugby|hockey|sport|sports|training|træning|træningen|fitness|gym|crossfit|boksning|boxing|kickboxing|kampsport|martial arts|ridning|riding|klatring|climbing|cykling|bike|fall|fald|faldet)(?![\p{L}])/iu;

/**
 * A bruise told beside her good mood: "a bruise on her arm, otherwise happy and chatty", "et blåt
 * mærke på låret, men ellers glad og snakkesalig". The review says how she seemed, and it is no
 * distress (not "otherwise quiet").
 */
const OTHERWISE_HAPPY_AFTER =
  /^[^\n\0]{0,80}?(?<![\p{L}])(?:otherwise|ellers|apart from that|bortset fra det)\s+(?:(?:she|hun)\s+(?:was|seemed|looked|var|virkede)\s+)?(?:(?:very|so|really|totally|all|meget|super|helt|rigtig)\s+)?(?:happy|glad|cheerful|chatty|smiling|relaxed|in good spirits|in a good mood|i godt humør|snakkesalig|smilende|afslappet|munter)(?![\p{L}])/iu;

/**
 * Danish "sad" is the past of "sidde" (sat): "Hun sad og ventede", "Pigen sad klar i lingeri", "Der
 * sad en fyr i bilen". Read as English only when its sentence is not Danish: more Danish than
 * English function words around it.
 */
const DANISH_WORDS =
  /(?<![\p{L}])(?:og|ikke|hun|han|jeg|vi|de|der|det|den|er|var|på|med|hos|af|en|et|mig|hende|pigen|damen|manden|fyren|klar|bare|lige|hele|tiden|allerede|udenfor|ved|som|meget|også|bilen|sofaen|sengen|døren|stille|alene|sammen)(?![\p{L}])/giu;
const ENGLISH_WORDS =
  /(?<![\p{L}])(?:she|he|the|and|was|were|is|looked|seemed|felt|very|so|with|her|but|girl|lady|always|never|a|really|quite|kind|of|bit|little|not|at|all|time|whole)(?![\p{L}])/giu;

function countOf(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

function danishSat(ctx: MatchContext): boolean {
  if (ctx.matched.toLowerCase() !== 'sad') return false;
  const from = sentenceStart(ctx.text, ctx.start);
  const to = sentenceEnd(ctx.text, ctx.end);
  const sentence = ctx.text.slice(from, ctx.start) + ' ' + ctx.text.slice(ctx.end, to);
  return countOf(DANISH_WORDS, sentence) > countOf(ENGLISH_WORDS, sentence);
}

/**
 * Reviews leave out the reviewer's "I": "Was scared I'd be disappointed, but she was amazing",
 * "Was nervous before", "Var lidt nervøs i starten", also with a stronger word between: "Var
 * utrolig nervøs og svedte", "Was actually nervous". A clause that opens with such a verb and a
 * feeling of the reviewer (not "was crying", "looked sad") speaks of the reviewer; so does a
 * feeling followed by the reviewer's own "I'd", "I would", "jeg ville".
 */
const REVIEWER_FEELING_WORDS =
  '(?:scared|afraid|frightened|terrified|fearful|nervous|anxious|uncomfortable|uneasy|stressed|stressed out|under pressure|bange|nervøs|anspændt|utilpas|utryg|skræmt|stresset|presset|under pres|rädd|nervös|redd)';
const REVIEWER_FEELING = new RegExp(`^${REVIEWER_FEELING_WORDS}$`, 'iu');
const elidedReviewer =
  /^\s*(?:was|were|felt|got|feeling|became|var|blev|følte mig)\s+(?:(?:a|bit|a bit|a little|little|so|very|really|quite|kind of|pretty|slightly|somewhat|actually|honestly|incredibly|extremely|totally|lidt|meget|ret|noget|en smule|temmelig|sgu|altså|selv|pisse|mega|vildt|faktisk|utrolig|utroligt|ekstremt|virkelig|totalt|super|lite|litt|ganska|ganske)\s+)*$/iu;
const reviewerAfter =
  /^\s+(?:i(?:'|’)d|i would|i was|i will|i might|i'll|jeg ville|jeg var|jeg blev)(?![\p{L}])/iu;

/**
 * The reviewer's "I was" right before the word, whoever else the clause names: "She asked if I was
 * nervous, I was", "hun spurgte om jeg var nervøs".
 */
const REVIEWER_WAS_BEFORE =
  /(?<![\p{L}])(?:i|jeg|æ)\s+(?:was|am|felt|feel|got|became|var|er|blev|følte mig|føler mig)\s+(?:(?:a|bit|a bit|a little|little|so|very|really|quite|pretty|lidt|meget|ret|sgu|selv|en smule|pisse|mega|vildt)\s+)*$/iu;

/**
 * The reviewer's own act after the feeling, or her calming him: "Bit scared walking into a
 * stranger's flat, but Line put me at ease", "nervous meeting someone new, she made me relax".
 */
const REVIEWER_ACT_AFTER =
  /^\s+(?:walking|going|coming|meeting|booking|entering|knocking|ringing|calling|visiting|driving|at gå|at komme|at møde|at ringe|at booke)(?![\p{L}])/iu;
const SOOTHED_ME_AFTER =
  /^[^.!?\n\0]{0,100}?(?<![\p{L}])(?:put me at ease|set me at ease|made me (?:feel )?(?:relax|relaxed|comfortable|calm|at ease|welcome)|calmed me|fik mig til at slappe af|beroligede mig|gjorde mig tryg)(?![\p{L}])/iu;

/**
 * A second verb shares the reviewer's left-out "I": "Var pisse nervøs og tudede næsten, da jeg kom
 * ind", "Was so nervous and shaking at the door". The clause opens with his feeling and "og"/"and".
 */
const REVIEWER_FEELING_AND = new RegExp(
  `^\\s*(?:was|were|felt|got|var|blev|følte mig)\\s+(?:(?:a|bit|a bit|a little|so|very|really|quite|pretty|lidt|meget|ret|sgu|selv|pisse|mega|vildt|helt|utrolig|utroligt|faktisk|virkelig|ekstremt|actually|incredibly|extremely)\\s+)*${REVIEWER_FEELING_WORDS}\\s+(?:og|and)\\s+(?:(?:næsten|nærmest|nearly|almost|kind of)\\s+)?$`,
  'iu',
);

const LAST_AND = /\s(?:og|and|och)\s(?!.*\s(?:og|and|och)\s)/iu;

/**
 * The feeling, then the reviewer as the one who had it: "Nervøs var kun mig 😅", "the only nervous
 * one was me", "bange var bare mig".
 */
const ONLY_ME_AFTER =
  /^\s+(?:one\s+)?(?:var|was)\s+(?:(?:kun|bare|only|just|mest|mostly)\s+)?(?:mig|me)(?![\p{L}])/iu;

function aboutTheReviewer(ctx: MatchContext, clause: string): boolean {
  if (REVIEWER_WAS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return true;
  if (ONLY_ME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))) return true;
  if (!personSubject.test(clause) && REVIEWER_FEELING_AND.test(clause)) return true;
  if (!REVIEWER_FEELING.test(ctx.matched)) return false;
  // After a comma or "og" in a clause without a subject: "Kørte fra Odense, var nervøs hele vejen",
  // "Tok ferja over og var ganske nervøs selv".
  const andAt = LAST_AND.exec(clause);
  const afterComma = clause.slice(
    Math.max(clause.lastIndexOf(',') + 1, andAt === null ? 0 : andAt.index + andAt[0].length),
  );
  if (
    afterComma !== clause &&
    !personSubject.test(clause) &&
    !reviewerSubject.test(clause) &&
    elidedReviewer.test(afterComma)
  )
    return true;
  const after = ctx.text.slice(ctx.end, ctx.end + 24);
  if (
    !personSubject.test(clause) &&
    (REVIEWER_ACT_AFTER.test(after) || SOOTHED_ME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 120)))
  )
    return true;
  // "Nervous? Only me, first time" is answered as the reviewer's own by the negation check.
  return elidedReviewer.test(clause) || reviewerAfter.test(after);
}

/**
 * "Hun ville ikke kysse", "didn't want to do anal": a service she declines is her limit, not
 * distress.
 */
const UNWILLING = /^(?:ville ikke|didn't want to|did not want to|not willing)$/iu;
const SERVICE_AFTER =
  /^\s+(?:(?:at|to|do|give|lave|give mig|tage|have)\s+)?(?:kys\p{L}*|tungekys|franskkys|kiss\p{L}*|french|anal|oral|blow\p{L}*|bj|owo|69|slikke|sutte|cim|cof|rimming|analsex|uden kondom|without condom)(?![\p{L}])/iu;

/** "presset på tid", "stressed for time": short of time (a schedule), not distress. */
const PRESSED = /^(?:stressed|stresset|presset|under pres|under pressure)$/iu;
const FOR_TIME_AFTER =
  /^\s+(?:(?:lidt|a bit|a little)\s+)?(?:på|for|med|on|about)\s+(?:tid|tiden|time|parkering|parking)(?![\p{L}])|^\s+tidsmæssigt/iu;

/** Other clients who feel so: "Anbefales til andre kvinder, der er nervøse første gang". */
const OTHERS_WHO_BEFORE =
  /(?<![\p{L}])(?:andre|other|others|dem|those|alle|everyone|anyone|nye|new)(?:\s+\p{L}+)?\s*,?\s+(?:der|som|who|that)\s+(?:er|are|is|føler sig|feel|feels|bliver|get|gets)\s+(?:\p{L}+\s+)?$/iu;

/**
 * The feeling as an adjective of clients, the reviewer among them: "Recommended for nervous
 * first-timers like me", "perfekt til nervøse begyndere", "great for shy, anxious guys".
 */
const CLIENTS_AFTER =
  /^\s+(?:first[- ]?timers?|first[- ]time (?:clients?|visitors?|guys|punters)|newbies?|newcomers?|beginners?|novices?|guys|punters|clients|customers|gentlemen|men|types|nybegyndere|begyndere|førstegangs\p{L}*|debutanter|kunder|herrer|mænd|fyre|typer)(?![\p{L}])/iu;

/**
 * Danish "utilpas" is also unwell in body: "Hun virkede lidt utilpas – hun havde influenza". An
 * illness named in the same sentence explains it.
 */
const UNWELL = /^utilpas$/iu;
const ILLNESS =
  /(?<![\p{L}])(?:influenza|flu|forkølet|forkølelse|a cold|feber|fever|syg|sick|ill|hovedpine|headache|migræne|migraine|ondt i maven|stomach ache|kvalme|nausea|menstruation|mensen|period cramps|cramps)(?![\p{L}-])/iu;

/**
 * The reviewer as the only one who felt it: "Eneste der var nervøs var mig", "Scared? The only one
 * scared was me"; his own worry about his partner: "Scared my boyfriend finds out", "nervøs for at
 * konen opdager det"; her own choice told with the hardship: "she had to work over Christmas … her
 * choice, she laughed about it".
 */
const ONLY_ME_NEAR =
  /(?:the only one|only one|eneste der|den eneste der|den eneste)(?:\s+\p{L}+){0,3}\s+(?:was|var)\s+(?:me|mig)(?![\p{L}])/iu;
const PARTNER_FINDS_OUT_AFTER =
  /^\s+(?:(?:that|at|for at)\s+)?(?:my|min|mit|the|konen|wifey)\s*(?:wife|boyfriend|girlfriend|husband|partner|kone|kæreste|mand|familie|family)?\s*(?:finds? out|will find out|opdager|finder ud af|ser det)/iu;
const HER_CHOICE_AFTER =
  /^[^\n]{0,80}?(?<![\p{L}])(?:her (?:own )?choice|by choice|hendes eget valg|hendes valg|frivilligt|she laughed|hun grinede)(?![\p{L}])/iu;

/**
 * Afraid of a thing, not of her situation: "Hun er pisse bange for edderkopper", "she's scared of
 * spiders", "rädd för höjder". A phobia told as small talk.
 */
const FEAR = /^(?:bange|scared|afraid|terrified|frightened|rädd|rädda|angst|skræmt)$/iu;
const FEARED_THING_AFTER =
  /^\s+(?:for|of|för|af)\s+(?:(?:at|to)\s+)?(?:edderkopper|edderkop|spiders?|mus|mice|mouse|rotter|rats?|slanger|snakes?|insekter|insects?|bugs|hvepse|wasps?|bier|bees|højder|heights|höjder|flyve|flyvning|flying|fly|tandlægen|the dentist|dentists|nåle|needles|sprøjter|tordenvejr|torden|thunder|lyn|lightning|mørke|mørket|the dark|klovne|clowns|spindlar|ormar|edderkoppen|the spider)(?![\p{L}])/iu;

/** The reviewer made to cry: "fik (hun) mig til at græde", "made me cry", "brought me to tears". */
const MADE_ME_BEFORE =
  /(?<![\p{L}])(?:fik(?:\s+\p{L}+)?\s+mig\s+til\s+at|made\s+me|brought\s+me\s+to|reduced\s+me\s+to)\s+$/iu;

/** She frightened the reviewer: "Scared the hell out of me, in the best way", "scared me a bit". */
const SCARED_ME_AFTER =
  /^\s+(?:(?:the\s+)?(?:hell|shit|crap|life|living daylights|daylights|bejesus)\s+out of\s+)?(?:me|us)(?![\p{L}])/iu;

/**
 * The writer takes it back as a joke: "Hun var helt utilpas... nej vent, det var mig efter tre
 * fadøl", "'dybt ulykkelig' over at ferien var slut – sagt med et kæmpe grin", "said with a wink".
 */
const TAKEN_BACK_AFTER =
  /^[^\n\0]{0,80}?(?<![\p{L}])(?:nej vent|no wait|just kidding|bare for sjov|sagt med et (?:\p{L}+ )?(?:grin|smil|glimt i øjet)|med et glimt i øjet|said with a (?:\p{L}+ )?(?:grin|smile|laugh|wink)|with a wink)(?![\p{L}])/iu;

/**
 * A sentence without a subject that opens with the reviewer's coming: "Came in after 3 weeks
 * offshore, in a terrible mood, sad and grumpy", "Kom direkte fra arbejde, stresset og træt"; or
 * with a traveller's stop between flights: "Had a 6 hour layover and didn't want to wait at the
 * gate", "Landed late and did not want to sit alone at the hotel", "Havde en lang mellemlanding og
 * ville ikke sidde i lufthavnen".
 */
const REVIEWER_ARRIVAL_OPENS =
  /^\s*(?:came|arrived|showed up|turned up|walked in|got there|kom|ankom|mødte op|dukkede op|landed|flew in|landede|mellemlandede|(?:had|havde) (?:an? |en |et )?(?:[\p{L}\d-]+ ){0,3}(?:layover|stopover|transit|mellemlanding|ventetid i lufthavnen))(?![\p{L}])/iu;

function reviewerArrived(ctx: MatchContext): boolean {
  const sentence = ctx.text.slice(sentenceStart(ctx.text, ctx.start, 200), ctx.start);
  return REVIEWER_ARRIVAL_OPENS.test(sentence) && !personSubject.test(sentence);
}

/**
 * A part she played in a role play: "she played the shy, nervous new secretary", "hun spillede den
 * bange elev", "pretended to be scared". Not "acted nervous", which tells how she behaved.
 */
const PLAYED_ROLE_BEFORE =
  /(?<![\p{L}])(?:played|plays|playing|spillede|spiller|spille|pretended to be|pretending to be|lod som om (?:hun|she) var|i rollen som|in the role of)\s+(?:(?:the|a|an|den|det|en|et|role of|rollen som)\s+)?(?:\p{L}+,?\s+){0,2}$/iu;

/**
 * A state the reviewer only supposes, to say what he would have done: "Hvis hun havde virket bange
 * eller presset, var jeg gået", "If she had seemed scared I would have left", "Had she looked
 * nervous, I'd have cancelled". Up to two other states may come first in the list.
 */
const COUNTERFACTUAL_BEFORE =
  /(?<![\p{L}])(?:(?:hvis|if)\s+(?:hun|she|pigen|damen|the girl|the lady)\s+(?:havde|had)|(?:havde|had)\s+(?:hun|she))\s+(?:(?:virket|været|set|seemed|been|looked|appeared|acted)\s+)(?:(?:\p{L}+\s+)?\p{L}+\s*(?:,|eller|or|og|and)\s+){0,2}(?:(?:bare|just|the least|det mindste|lidt|a bit|at all|even slightly|en smule)\s+)?$/iu;

/** Whether the match is a joke, a phobia, a role, her effect on the reviewer or his own arrival (above). */
function notHerState(ctx: MatchContext): boolean {
  if (PLAYED_ROLE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))) return false;
  if (COUNTERFACTUAL_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return false;
  const after = ctx.text.slice(ctx.end, ctx.end + 96);
  if (FEAR.test(ctx.matched) && FEARED_THING_AFTER.test(after)) return false;
  if (/^scared$/iu.test(ctx.matched) && SCARED_ME_AFTER.test(after)) return false;
  return !TAKEN_BACK_AFTER.test(after) && !reviewerArrived(ctx);
}

/**
 * Her wish to be elsewhere names "et andet sted" itself, which `elsewhere` reads as a review of
 * another place: for such a match only the rest of the sentence is looked at.
 */
const WANTS_ELSEWHERE = /(?:andet sted|else)$/iu;

function toldElsewhere(ctx: MatchContext): boolean {
  if (!WANTS_ELSEWHERE.test(ctx.matched)) return elsewhere(ctx);
  const text = ctx.text.slice(0, ctx.start) + ' '.repeat(ctx.end - ctx.start) + ctx.text.slice(ctx.end);
  return elsewhere({ ...ctx, text });
}

function aboutThePerson(ctx: MatchContext): boolean {
  if (!notHerState(ctx) || toldElsewhere(ctx)) return false;
  const near = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.end + 60);
  if (ONLY_ME_NEAR.test(near) || PARTNER_FINDS_OUT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 48)))
    return false;
  if (
    /^(?:she|the girl) (?:had|has) to$/iu.test(ctx.matched) &&
    HER_CHOICE_AFTER.test(ctx.text.slice(ctx.end))
  )
    return false;
  if (
    UNWELL.test(ctx.matched) &&
    ILLNESS.test(ctx.text.slice(sentenceStart(ctx.text, ctx.start), sentenceEnd(ctx.text, ctx.end)))
  )
    return false;
  if (OTHERS_WHO_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start))) return false;
  if (CLIENTS_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 32))) return false;
  if (PRESSED.test(ctx.matched) && FOR_TIME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))) return false;
  if (UNWILLING.test(ctx.matched) && SERVICE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 32))) return false;
  if (
    /^(?:sad|trist|unhappy|ked af det|triste)$/iu.test(ctx.matched) &&
    feelingAbout.test(ctx.text.slice(ctx.end, ctx.end + 40)) &&
    !LOOKED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start))
  )
    return false;
  // She made the reviewer cry (a domina's session): "fik hun mig til at græde", "made me cry".
  if (
    /^(?:græd|græde|cry|tears)$/iu.test(ctx.matched) &&
    MADE_ME_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start))
  )
    return false;
  // Tears of laughter: "hun græd af grin over mine dårlige jokes", "she cried with laughter".
  if (
    /^(?:græd|græde|græder|grædende|cried|crying|cry|tears|tårer|płakała|huilde|плакала|заплакала|weinte|geweint)$/iu.test(
      ctx.matched,
    ) &&
    (LAUGHTER_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24)) ||
      LAUGHTER_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 64), ctx.start)) ||
      LAUGHTER_BEFORE_VISITOR.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start)))
  )
    return false;
  if (
    /^(?:bruises?|bruised|blå mærker)$/iu.test(ctx.matched) &&
    (BRUISE_CAUSE.test(ctx.text.slice(ctx.end, ctx.end + 64)) ||
      OTHERWISE_HAPPY_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 120)))
  )
    return false;
  if (
    /^(?:sad|trist|unhappy|ked af det|nervous|nervøs|stressed|stresset|uncomfortable|utilpas)$/iu.test(
      ctx.matched,
    ) &&
    harmlessCause.test(ctx.text.slice(ctx.end, ctx.end + 48))
  )
    return false;
  if (
    /^(?:stressed|stresset|presset|nervous|nervøs|flustered)$/iu.test(ctx.matched) &&
    LATE_CAUSE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 80))
  )
    return false;
  if (danishSat(ctx)) return false;
  const clause = ctx.text.slice(clauseStart(ctx.text, ctx.start), ctx.start);
  if (aboutTheReviewer(ctx, clause)) return false;
  // A clause without a subject continues its sentence's: "I was a nervous wreck – sweaty palms,
  // shaky voice" is the reviewer.
  const scope =
    reviewerSubject.test(clause) || personSubject.test(clause) || nameIsSubject(clause)
      ? clause
      : (ctx.text
          .slice(Math.max(0, ctx.start - 160), ctx.start)
          .split(/[.!?\n\0]/u)
          .pop() ?? '');
  return !(reviewerSubject.test(scope) && !personSubject.test(scope) && !nameIsSubject(scope));
}

/**
 * A name opening the clause or sentence as its subject is hers, and a "me" later in it is an object:
 * "Nok was shy and did not look at me, seemed uncomfortable", "When I came, Ieva seemed a bit
 * nervous", "Mia virkede bange, da hun så mig". Not when the reviewer is a subject after the name
 * ("Anna opened and I was nervous") or she made him feel so ("Mette made me less nervous").
 */
const NAME_SUBJECT =
  /^\s*(?:(?:[Ww]hen|[Dd]a|[Aa]s|[Oo]nce|[Aa]fter|[Ee]fter)\s+(?:I|[Jj]eg)\s+\p{L}+\s*,\s*)?(?!(?:I|Jeg|Jag|Ich|Ik|We|Vi|Wir|You|Du|Man|He|Han|Hans|His|It|Det|Den|There|Der|They|De|This|That|My|Min|Mit|Mine|Mein|Meine|Mijn|Our|Vores|Me|Mig)\s)\p{Lu}\p{Ll}+\s+(?:was|were|seemed|looked|appeared|acted|did|didn't|kept|var|virkede|så|blev|sagde|said)(?![\p{L}])/u;
const REVIEWER_AFTER_NAME =
  /(?<![\p{L}])(?:i|jeg|æ|we|vi)(?![\p{L}])|(?<![\p{L}])(?:made|makes|make|gjorde|fik)\s+(?:me|mig|us|os)(?![\p{L}])/iu;

function nameIsSubject(scope: string): boolean {
  const m = NAME_SUBJECT.exec(scope);
  return m !== null && !REVIEWER_AFTER_NAME.test(scope.slice(m[0].length));
}

const rules: TextRule[] = [{ pattern: terms, accept: aboutThePerson }];

/** A claim others made that the review refutes counts for nothing (see refuted.ts). */
const reviewRules = unlessRefuted(rules);

/** `review-distress`: review rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'review-distress',
  kind: 'review',
  labels: { da: 'Anmeldelse: mistrivsel', en: 'Review: distress' },
  descriptions: {
    da: 'En anmeldelse beskriver personen som bange, nervøs, ked af det, utilpas eller uvillig.',
    en: 'A review describes the person as scared, nervous, sad, uncomfortable or unwilling.',
  },
  defaultWeight: 3,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'review', reviewRules),
  examples: {
    positive: [
      {
        text: 'Vera.',
        reviews: [{ id: 'r1', text: 'Nervøs var hun, det var tydeligt, og hun kiggede ned.' }],
      },
      {
        text: 'Lea.',
        reviews: [
          { id: 'r1', text: 'Lea was quiet and never looked at me once, seemed scared the whole hour.' },
        ],
      },
      {
        text: 'Oksana.',
        reviews: [{ id: 'r1', text: 'When I arrived, Oksana seemed a bit nervous and hardly spoke.' }],
      },
      { text: 'Vika.', reviews: [{ id: 'r1', text: 'Hun sagde intet og så bange ud hele tiden.' }] },
      { text: 'Ida.', reviews: [{ id: 'r1', text: 'Hun var anspændt og sagde næsten intet.' }] },
      { text: 'Ida.', reviews: [{ id: 'r1', text: 'Smuk, men hun var overhovedet ikke med på den.' }] },
      { text: 'Ida.', reviews: [{ id: 'r1', text: 'Pæn lejlighed ✅ men hun var bange og sagde intet.' }] },
      { text: 'Noi.', reviews: [{ id: 'r1', text: 'She did not seem into it, kept checking her phone.' }] },
      { text: 'Ola.', reviews: [{ id: 'r1', text: 'Hun virkede slet ikke til at nyde det.' }] },
      {
        text: 'Efua.',
        reviews: [{ id: 'r1', text: 'I thought the place was fine, but she looked scared, no eye contact.' }],
      },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: 'Sød, men hun virkede ikke til at have lyst og kiggede væk.' }],
      },
      {
        text: 'Eva.',
        reviews: [{ id: 'r1', text: 'Hun virkede ikke til at være med på det, og hun var tom i blikket.' }],
      },
      {
        text: 'Mira.',
        reviews: [{ id: 'r1', text: 'Sweet woman, but she looked sad that evening and hardly spoke.' }],
      },
      {
        text: 'Dina.',
        reviews: [{ id: 'r1', text: 'Hun havde virket bange fra jeg kom, og hun sagde næsten ingenting.' }],
      },
      {
        text: 'Mira.',
        reviews: [{ id: 'r1', text: 'Hun var utrolig nervøs og kiggede hele tiden mod døren.' }],
      },
      { text: 'Dana.', reviews: [{ id: 'r1', text: 'Was she scared?? Yes, she shook the whole hour.' }] },
      { text: 'Manon.', reviews: [{ id: 'r1', text: 'Elle avait peur et ne parlait presque pas.' }] },
      { text: 'Giulia.', reviews: [{ id: 'r1', text: 'Sembrava impaurita e guardava sempre il telefono.' }] },
      { text: 'Ioana.', reviews: [{ id: 'r1', text: 'Plângea când am intrat.' }] },
      { text: 'Petra.', reviews: [{ id: 'r1', text: 'Byla smutná a skoro nemluvila.' }] },
      { text: 'Réka.', reviews: [{ id: 'r1', text: 'Végig szomorú volt, alig beszélt.' }] },
      { text: 'Elin.', reviews: [{ id: 'r1', text: 'Hon verkade obekväm hela tiden.' }] },
      { text: 'Lucía.', reviews: [{ id: 'r1', text: 'Temblaba y no se atrevía a mirarme.' }] },
      {
        text: 'Sara.',
        reviews: [
          { id: 'r1', text: 'She played along with everything, but she was nervous and never smiled.' },
        ],
      },
      {
        text: 'Mette.',
        reviews: [{ id: 'r1', text: 'Sød nok, men hun kiggede hele tiden over mod døren.' }],
      },
      {
        text: 'Lise.',
        reviews: [
          { id: 'r1', text: 'Hun sagde ikke meget og så ud som om hun hellere ville være et andet sted.' },
        ],
      },
      {
        text: 'Kira.',
        reviews: [{ id: 'r1', text: "Nice flat, but she looked like she'd rather be anywhere else." }],
      },
      {
        text: 'Sanda.',
        reviews: [
          { id: 'r1', text: 'Hun kiggede ned og virkede som om hun slet ikke havde lyst. Jeg gik igen.' },
        ],
      },
      {
        text: 'Ilona.',
        reviews: [{ id: 'r1', text: 'Quiet the whole time, like she did not want to be there at all.' }],
      },
      {
        text: 'Dorina.',
        reviews: [{ id: 'r1', text: 'Hun undgik øjenkontakt og svarede kun med ja og nej.' }],
      },
      {
        text: 'Mirela.',
        reviews: [{ id: 'r1', text: 'Hun så bange ud hele tiden og rystede. Det føltes forkert.' }],
      },
      {
        text: 'Abla.',
        reviews: [{ id: 'r1', text: 'She was crying when I arrived and did not want to talk.' }],
      },
      {
        text: 'Oksana.',
        reviews: [
          { id: 'r1', text: 'Blå mærker på armene, og hun sagde næsten ingenting. Ellers intet at bemærke.' },
        ],
      },
      {
        text: 'Dina.',
        reviews: [{ id: 'r1', text: 'She was almost crying when I arrived and would not say why.' }],
      },
      {
        text: 'Bea.',
        reviews: [{ id: 'r1', text: 'Hun virkede ked af det og slet ikke med på den, så jeg gik.' }],
      },
      { text: 'Nadia.', reviews: [{ id: 'r1', text: 'Hun virkede mega nervøs hele tiden.' }] },
      {
        text: 'Lea.',
        reviews: [{ id: 'r1', text: 'Hun var nervøs og rystede hele tiden, da jeg kom ind.' }],
      },
      {
        text: 'Sød pige i Randers.',
        reviews: [
          { id: 'r1', text: 'Hun var helt væk, stirrede op i loftet og svarede ikke. Gik efter 20 min.' },
          { id: 'r2', text: 'Samme oplevelse. Ikke med på noget overhovedet.' },
        ],
      },
      {
        text: 'Ida, 29, norsk.',
        reviews: [{ id: 'r1', text: 'Hun virket redd og så hele tiden mot døra.' }],
      },
      { text: 'Ragnhild, 30.', reviews: [{ id: 'r1', text: 'Ho verka redd og lei seg heile tida.' }] },
      { text: 'Emma, 24.', reviews: [{ id: 'r1', text: 'Emma var jättenervös och darrade hela tiden.' }] },
      {
        text: 'Irina, 26.',
        reviews: [{ id: 'r1', text: 'Beautiful but she seemed scared and was crying after.' }],
      },
      { text: 'Cathrine, 25.', reviews: [{ id: 'r1', text: 'Hun virkede bange og utilpas hele tiden.' }] },
      {
        text: 'Lola.',
        reviews: [{ id: 'r1', text: 'Hun var sød, men virkede bange og kiggede hele tiden på døren.' }],
      },
      {
        text: 'Alexia.',
        reviews: [{ id: 'r1', text: 'She was not into it at all, just looking at her phone.' }],
      },
      { text: 'Andreea.', reviews: [{ id: 'r1', text: 'She looked sad and uncomfortable the whole time.' }] },
      {
        text: 'Mia.',
        reviews: [
          { id: 'r1', text: 'ok' },
          { id: 'r2', text: 'girl very nervous, no smile, i think something wrong' },
        ],
      },
      { text: 'Tanya.', reviews: [{ id: 'r1', text: 'Pretty, but looked sad the whole time.' }] },
      { text: 'Irina.', reviews: [{ id: 'r1', text: 'Fine hour, but she seemed sad when I came in.' }] },
      {
        text: 'Maja.',
        reviews: [{ id: 'r1', text: 'Hun virkede lidt trist da jeg gik, sagde ikke meget.' }],
      },
      { text: 'Vika.', reviews: [{ id: 'r1', text: 'Nice apartment. Was crying when I left.' }] },
      {
        text: 'Ramona.',
        reviews: [{ id: 'r1', text: 'Hun sagde at hun ikke ville, men at hun var nødt til det.' }],
      },
      {
        text: 'Georgiana.',
        reviews: [{ id: 'r1', text: 'Nice but she seemed very stressed and kept checking her phone.' }],
      },
      {
        text: 'Bianca.',
        reviews: [{ id: 'r1', text: 'Hun virkede stresset og presset, kiggede på telefonen hele tiden.' }],
      },
      { text: 'Roxana.', reviews: [{ id: 'r1', text: 'I asked why she does this, she said she had to.' }] },
      { text: 'Adela.', reviews: [{ id: 'r1', text: 'She told me she has no choice.' }] },
      {
        text: 'Evi.',
        reviews: [{ id: 'r1', text: 'She asked me if I could help her leave. I did not know what to do.' }],
      },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'Hun spurgte om jeg kunne hjælpe hende væk derfra.' }] },
      { text: 'Mia.', reviews: [{ id: 'r1', text: 'She whispered that she wanted to go home.' }] },
      { text: 'Lina.', reviews: [{ id: 'r1', text: 'Hun var meget utilpas og ville ikke kysse.' }] },
      { text: 'Vika.', reviews: [{ id: 'r1', text: 'Hun virkede ikke som om hun havde lyst overhovedet.' }] },
      {
        text: 'Pia.',
        reviews: [{ id: 'r1', text: 'Nervous? She was, very. Only wanted it over with.' }],
      },
      {
        text: 'Kanya, 40.',
        reviews: [{ id: 'r1', text: 'Kanya sa knappt ett ord och verkade rädd för henne.' }],
      },
      { text: 'Mei.', reviews: [{ id: 'r1', text: 'Min tjej den dagen grät efteråt.' }] },
      {
        text: 'Lina.',
        reviews: [
          { id: 'r1', text: 'Der stod en fyr i gangen, og hun turde ikke sige et ord, mens han var der.' },
        ],
      },
      {
        text: 'Natalia.',
        reviews: [{ id: 'r1', text: 'Hun begyndte at græde midt i det hele. Jeg gik med det samme.' }],
      },
      {
        text: 'Paola.',
        reviews: [{ id: 'r1', text: 'Se veía triste, casi no habló y miraba el suelo todo el tiempo.' }],
      },
      { text: 'Lin.', reviews: [{ id: 'r1', text: 'Hun så nedtrykt ud og sagde næsten ingenting.' }] },
      { text: 'Sanne.', reviews: [{ id: 'r1', text: 'Hun sad og tudede, da jeg kom ind. Jeg gik igen.' }] },
      { text: 'Alina.', reviews: [{ id: 'r1', text: 'Sie wirkte ängstlich und hat kaum geredet.' }] },
      {
        text: 'Irina.',
        reviews: [{ id: 'r1', text: 'Hun var bange for manden i stuen og sagde næsten ingenting.' }],
      },
      {
        text: 'Nadja.',
        reviews: [{ id: 'r1', text: 'Sie wirkte total gestresst und hat die ganze Zeit gezittert.' }],
      },
      {
        text: 'Kira.',
        reviews: [{ id: 'r1', text: 'Ze was de hele tijd gespannen en keek steeds weg van mij.' }],
      },
      { text: 'Ola.', reviews: [{ id: 'r1', text: 'Była przestraszona i prawie się nie odzywała.' }] },
      { text: 'Lena.', reviews: [{ id: 'r1', text: 'Она была напугана и всё время смотрела на дверь.' }] },
      {
        text: 'Mila.',
        reviews: [{ id: 'r1', text: 'Had a five hour stopover and she did not want to talk at all.' }],
      },
      { text: 'Ly.', reviews: [{ id: 'r1', text: 'She seemed quite down, hardly a word.' }] },
      { text: 'Rosa.', reviews: [{ id: 'r1', text: 'Teary-eyed when I arrived, so I left early.' }] },
    ],
    negative: [
      { text: 'Mette.', reviews: [{ id: 'r1', text: 'Nervøs var kun mig 😅 Mette er rolig og skøn.' }] },
      {
        text: 'Jo.',
        reviews: [{ id: 'r1', text: 'The only nervous one was me, Jo was relaxed and funny.' }],
      },
      {
        text: 'Karin.',
        reviews: [{ id: 'r1', text: 'Karin was great and made me less nervous than I expected.' }],
      },
      {
        text: 'Sanne.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun var lidt stresset, fordi hun var forsinket fra tandlægen, men så var hun skøn.',
          },
        ],
      },
      {
        text: 'Jo.',
        reviews: [
          { id: 'r1', text: 'She was a bit stressed because she came straight from work, then all smiles.' },
        ],
      },
      { text: 'Ida.', reviews: [{ id: 'r1', text: 'Jeg var selv lidt anspændt, men hun var afslappet.' }] },
      {
        text: 'Ida.',
        reviews: [{ id: 'r1', text: 'Hun sagde pænt fra til noget hun ikke ville, helt fair.' }],
      },
      { text: 'Ida.', reviews: [{ id: 'r1', text: 'ikk spor nervøs el utilpas, super pige' }] },
      { text: 'Ida.', reviews: [{ id: 'r1', text: 'Hun var straks med på den, dejlig aften.' }] },
      {
        text: 'Rosa.',
        reviews: [
          {
            id: 'r1',
            text: "Had a long layover in Billund and didn't want to wait at the gate. Rosa was fun.",
          },
        ],
      },
      {
        text: 'Kaja.',
        reviews: [
          {
            id: 'r1',
            text: 'Havde seks timers mellemlanding og ville ikke sidde i lufthavnen. Kaja var sød.',
          },
        ],
      },
      {
        text: 'Lene.',
        reviews: [{ id: 'r1', text: 'Rolig og glad, overhovedet ikke bange ✅ hun styrer selv det hele.' }],
      },
      {
        text: 'Noi.',
        reviews: [{ id: 'r1', text: 'She did not seem to mind my jokes and really enjoyed the evening.' }],
      },
      { text: 'Ola.', reviews: [{ id: 'r1', text: 'Hun virkede til at nyde det, og det gjorde jeg også.' }] },
      {
        text: 'Bodil.',
        reviews: [{ id: 'r1', text: 'Patient and warm, ideal for nervous beginners like me.' }],
      },
      { text: 'Bodil.', reviews: [{ id: 'r1', text: 'Kan varmt anbefales til nervøse førstegangskunder.' }] },
      {
        text: 'Eva.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg spurgte om rollespil, men hun virkede ikke med på den idé. Ellers super hyggelig.',
          },
        ],
      },
      {
        text: 'Lotte.',
        reviews: [{ id: 'r1', text: 'She was sad that I had to leave so soon, haha. Lovely hour.' }],
      },
      {
        text: 'Dina.',
        reviews: [{ id: 'r1', text: 'Was a bit sad when the hour was over, she is great company.' }],
      },
      {
        text: 'Dina.',
        reviews: [
          {
            id: 'r1',
            text: 'Hvis hun havde virket nervøs eller utilpas, var jeg taget hjem. Hun var glad og snakkede løs.',
          },
        ],
      },
      {
        text: 'Eva.',
        reviews: [
          {
            id: 'r1',
            text: 'Had she looked scared I would have left at once, but she laughed the whole hour.',
          },
        ],
      },
      {
        text: 'Tove.',
        reviews: [
          { id: 'r1', text: 'Var utrolig nervøs og rystede på hænderne, men Tove gav mig en kop te.' },
        ],
      },
      {
        text: 'Bo.',
        reviews: [
          {
            id: 'r1',
            text: 'Min kæreste og jeg havde booket ham sammen. Min mand var lidt nervøs, men det gik fint.',
          },
        ],
      },
      {
        text: 'Eja.',
        reviews: [{ id: 'r1', text: 'En trist uge for mig med sygdom i familien, og timen hos Eja hjalp.' }],
      },
      {
        text: 'Nana.',
        reviews: [{ id: 'r1', text: 'Blev helt trist til sidst, fordi tiden fløj af sted.' }],
      },
      {
        text: 'Vera.',
        reviews: [{ id: 'r1', text: 'Was she nervous?? No, that was me, she was cool as ice.' }],
      },
      {
        text: 'Kari.',
        reviews: [{ id: 'r1', text: 'Tok bussen fra Bergen og var litt nervøs selv, men hun var rolig.' }],
      },
      {
        text: 'Manon.',
        reviews: [{ id: 'r1', text: "J'étais un peu triste quand elle est partie en vacances." }],
      },
      {
        text: 'Elin.',
        reviews: [{ id: 'r1', text: 'Jag var spänd på att träffa henne, och hon var underbar.' }],
      },
      {
        text: 'Giulia.',
        reviews: [{ id: 'r1', text: 'Abbiamo riso fino alle lacrime, bellissima serata.' }],
      },
      {
        text: 'Greta.',
        reviews: [
          { id: 'r1', text: 'Meine Freundin war am Anfang ängstlich, aber Greta hat sie schnell beruhigt.' },
        ],
      },
      {
        text: 'Uta.',
        reviews: [{ id: 'r1', text: 'Ich hatte Angst, dass ich den Weg nicht finde, aber alles klappte.' }],
      },
      { text: 'Marta.', reviews: [{ id: 'r1', text: 'Opowiadała kawał i płakała ze śmiechu.' }] },
      {
        text: 'Femke.',
        reviews: [{ id: 'r1', text: 'We hebben zo gelachen tot ze huilde, wat een humor.' }],
      },
      { text: 'Vera.', reviews: [{ id: 'r1', text: 'Я боялся, что опоздаю, но она подождала.' }] },
      {
        text: 'Bodil.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg kiggede på døren et par gange, for jeg var bange for at komme for sent hjem.',
          },
        ],
      },
      {
        text: 'Rikke.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg ville helst være et andet sted end på kontoret i dag, men Rikke fik mig i godt humør.',
          },
        ],
      },
      {
        text: 'Lotte.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun havde lyst til at snakke længe bagefter, og hun holdt øjenkontakt hele vejen.',
          },
        ],
      },
      {
        text: 'Maja.',
        reviews: [
          { id: 'r1', text: 'I avoided eye contact at first, I was so shy. She made me feel at ease.' },
        ],
      },
      {
        text: 'Grace.',
        reviews: [
          { id: 'r1', text: 'She laughed so much at my silly stories she was crying, lovely evening.' },
        ],
      },
      { text: 'Esi.', reviews: [{ id: 'r1', text: 'Great fun, she was crying 😂 at my dance moves.' }] },
      {
        text: 'Trine.',
        reviews: [{ id: 'r1', text: 'We laughed so hard she was nearly crying over my parking story.' }],
      },
      {
        text: 'Sif.',
        reviews: [
          { id: 'r1', text: 'Hun havde blå mærker på armen, men ellers glad og snakkesalig hele timen.' },
        ],
      },
      {
        text: 'Ronja.',
        reviews: [{ id: 'r1', text: 'Small bruise on her shin, otherwise cheerful and relaxed.' }],
      },
      {
        text: 'Bente.',
        reviews: [
          { id: 'r1', text: 'Jeg har aldrig prøvet det her før, og jeg var pisse nervøs. Bente var skøn.' },
        ],
      },
      {
        text: 'Gitte.',
        reviews: [
          { id: 'r1', text: 'Var mega nervøs og rystede nærmest på trappen, men Gitte tog imod med kaffe.' },
        ],
      },
      {
        text: 'Tove.',
        reviews: [
          { id: 'r1', text: 'Tog toget fra Vejle, var bange hele vejen, men Tove var rolig og sød.' },
        ],
      },
      {
        text: 'Pernille.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun så trist ud og sagde næsten ingenting – ups, forkert tråd, beklager! Pernille er altid glad.',
          },
        ],
      },
      {
        text: 'Mona, 47.',
        reviews: [{ id: 'r1', text: 'Var mega stresset efter arbejde, men Mona fik mig ned i gear.' }],
      },
      { text: 'Bente.', reviews: [{ id: 'r1', text: 'Vi lo så vi græd, hun er skøn.' }] },
      {
        text: 'Domina Karin, Odense.',
        reviews: [{ id: 'r1', text: 'Streng session, hun fik mig til at græde efter en time. Anbefales!' }],
      },
      {
        text: 'Line, 31.',
        reviews: [
          {
            id: 'r1',
            text: "Bit scared walking into a stranger's flat in a foreign country, but Line put me at ease.",
          },
        ],
      },
      {
        text: 'Daria, 20.',
        reviews: [{ id: 'r1', text: 'Very sweet. She asked if I was nervous, I was, and she made tea.' }],
      },
      { text: 'Rikke.', reviews: [{ id: 'r1', text: 'Hun er ikke med på noget anal, ellers alt.' }] },
      {
        text: 'Mogen kvinna, 52.',
        reviews: [
          { id: 'r1', text: 'Hon var ledsen att hon var sen fem minuter, men sedan var allt toppen.' },
        ],
      },
      {
        text: 'Karin, 44.',
        reviews: [{ id: 'r1', text: 'Var selv pisse nervøs første gang, men Karin gjorde det nemt.' }],
      },
      {
        text: 'Anne, 55.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun var lei seg for at hun måtte avlyse forrige uke, og ga meg ti ekstra minutter.',
          },
        ],
      },
      {
        text: 'Lærke.',
        reviews: [{ id: 'r1', text: 'Hun var ikke spor nervøs, meget afslappet og snakkesalig.' }],
      },
      {
        text: 'Mette.',
        reviews: [{ id: 'r1', text: 'Præcis som beskrevet. Hun var ikke nervøs, bare rolig og venlig.' }],
      },
      { text: 'Malene.', reviews: [{ id: 'r1', text: 'Hun virkede tryg og glad, god snak bagefter.' }] },
      {
        text: 'Scared the first time? Nervous? She makes you relax.',
        reviews: [{ id: 'r1', text: 'Lovely, relaxed.' }],
      },
      { text: 'Nina.', reviews: [{ id: 'r1', text: 'Never sad, always smiling and happy.' }] },
      { text: 'Dorthe.', reviews: [{ id: 'r1', text: 'I was nervous but she was so sweet.' }] },
      {
        text: 'Rollespil.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun spillede den bange, genert praktikant til perfektion, bagefter grinede vi.',
          },
        ],
      },
      { text: 'Sara.', reviews: [{ id: 'r1', text: 'Sad that she is moving away, best in town.' }] },
      { text: 'Maja.', reviews: [{ id: 'r1', text: 'Hun sad og ventede på mig i døren, smuk pige.' }] },
      { text: 'Louise.', reviews: [{ id: 'r1', text: 'Pigen sad klar i lingeri. Top!' }] },
      {
        text: 'Bella.',
        reviews: [{ id: 'r1', text: "Was scared I'd be disappointed, but she was amazing!" }],
      },
      {
        text: 'Emma.',
        reviews: [{ id: 'r1', text: 'Was a bit nervous before, but she made me relax right away.' }],
      },
      { text: 'Ida.', reviews: [{ id: 'r1', text: 'Var lidt nervøs i starten, men hun var skøn.' }] },
      { text: 'Pia.', reviews: [{ id: 'r1', text: 'I was stressed at work, she made me relax.' }] },
      {
        text: 'Line.',
        reviews: [{ id: 'r1', text: 'Jeg var meget stresset efter arbejde, men hun var skøn.' }],
      },
      { text: 'Kim.', reviews: [{ id: 'r1', text: 'Was stressed after a long week, left relaxed.' }] },
      { text: 'Jane.', reviews: [{ id: 'r1', text: 'Hun var ikke stresset, tog sig god tid.' }] },
      {
        text: 'Eva.',
        reviews: [{ id: 'r1', text: 'She had to leave early for another appointment, so short visit.' }],
      },
      {
        text: 'Ulla.',
        reviews: [{ id: 'r1', text: 'Hun var nødt til at flytte tiden en halv time, helt fint.' }],
      },
      { text: 'Rose.', reviews: [{ id: 'r1', text: 'Hun ville ikke kysse, men ellers god service.' }] },
      {
        text: 'Sasha.',
        reviews: [{ id: 'r1', text: "She didn't want to do anal, fair enough, rest was great." }],
      },
      { text: 'Anja.', reviews: [{ id: 'r1', text: 'Hun var lidt presset på tid, så vi fik kun 45 min.' }] },
      {
        text: 'Zoe.',
        reviews: [{ id: 'r1', text: 'She was a bit stressed for time, next client waiting.' }],
      },
      {
        text: 'Lise.',
        reviews: [{ id: 'r1', text: 'She helped me relax, and afterwards she helped me find my car.' }],
      },
      {
        text: 'Ida.',
        reviews: [{ id: 'r1', text: 'I asked if I could help her with the towels, she laughed.' }],
      },
      {
        text: 'Hanne.',
        reviews: [{ id: 'r1', text: 'Hun virkede som om hun havde lyst, vi grinede meget.' }],
      },
      {
        text: 'Zoe.',
        reviews: [
          { id: 'r1', text: 'Someone on the forum said she seemed scared – not my experience at all.' },
        ],
      },
      {
        text: 'Pia.',
        reviews: [{ id: 'r1', text: 'Nervous? Only me, first time, haha. She was calm and kind.' }],
      },
      {
        text: 'Pia.',
        reviews: [
          {
            id: 'r1',
            text: 'I read that she looked scared. Rubbish, she ran the whole thing and laughed a lot.',
          },
        ],
      },
      { text: 'Sara.', reviews: [{ id: 'r1', text: 'Jag var lite rädd innan men hon var så söt.' }] },
      { text: 'Sara.', reviews: [{ id: 'r1', text: 'Hon var glad och inte alls rädd.' }] },
      {
        text: 'Lotte.',
        reviews: [
          {
            id: 'r1',
            text: 'I was a nervous wreck – sweaty palms, shaky voice, the lot. Lotte had me laughing.',
          },
        ],
      },
      { text: 'Hanne.', reviews: [{ id: 'r1', text: 'Trist vejr, glad kone. 5/5.' }] },
      { text: 'Eva.', reviews: [{ id: 'r1', text: 'Trist, da timen var gået. Kommer igen.' }] },
      {
        text: 'Julie.',
        reviews: [
          { id: 'r1', text: 'Fed oplevelse. Hun var lidt trist over regnvejret ligesom resten af Danmark.' },
        ],
      },
      {
        text: 'Emilie.',
        reviews: [
          { id: 'r1', text: 'She was a bit nervous about her driving test the next morning. Perfect GFE.' },
        ],
      },
      {
        text: 'Kristina.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun havde blå mærker på knæene fra håndbold – hun spiller i serie 2 og grinede af det.',
          },
        ],
      },
      {
        text: 'Maja.',
        reviews: [{ id: 'r1', text: 'Vi grinede så meget, at hun græd af grin over mine dårlige jokes.' }],
      },
      {
        text: 'Nina.',
        reviews: [{ id: 'r1', text: 'Sweet girl but sad story – she lost her job last year. Lovely GFE.' }],
      },
      {
        text: 'Lenka.',
        reviews: [{ id: 'r1', text: 'Crying? Only me when I saw how fast the hour went haha.' }],
      },
      { text: 'Paola.', reviews: [{ id: 'r1', text: 'Triste que se acabó la hora tan rápido, jaja.' }] },
      {
        text: 'Karin.',
        reviews: [{ id: 'r1', text: "Didn't feel right, I left early. My own nerves, not her fault." }],
      },
      {
        text: 'Ulla.',
        reviews: [
          { id: 'r1', text: 'Flot lejlighed, men hendes ven åbnede og tog imod betalingen. Føltes forkert.' },
        ],
      },
      {
        text: 'Mads.',
        reviews: [
          {
            id: 'r1',
            text: 'En perfekt gentleman. Anbefales til andre kvinder, der er nervøse første gang.',
          },
        ],
      },
      {
        text: 'Amani.',
        reviews: [
          { id: 'r1', text: 'Hun virkede lidt utilpas – hun havde influenza, så vi tog det roligt.' },
        ],
      },
      {
        text: 'Mona.',
        reviews: [
          { id: 'r1', text: 'Æ var sgu lidt nervøs første gang, men hun fik mig hurtigt til at slappe af.' },
        ],
      },
      {
        text: 'Sanne.',
        reviews: [
          { id: 'r1', text: '3. besøg. Eneste der var nervøs var mig – konen tror jeg spiller badminton.' },
        ],
      },
      {
        text: 'Mia.',
        reviews: [{ id: 'r1', text: 'Scared? The only one scared was me when she took charge.' }],
      },
      {
        text: 'Marco.',
        reviews: [{ id: 'r1', text: 'Scared my boyfriend finds out lol. Marco has magic hands.' }],
      },
      {
        text: 'Kirsten.',
        reviews: [{ id: 'r1', text: 'Bliver ked af det hver gang tiden er gået. Bedste GFE.' }],
      },
      {
        text: 'Reka.',
        reviews: [
          {
            id: 'r1',
            text: 'She said she had to work over Christmas to pay for her flight home – her choice, she laughed about it.',
          },
        ],
      },
      {
        text: 'Tina.',
        reviews: [
          { id: 'r1', text: 'Man skulle tro hun var genert og nervøs, men nej – hun styrede det hele.' },
        ],
      },
      {
        text: 'Abena.',
        reviews: [
          {
            id: 'r1',
            text: 'I expected her to be shy and nervous on her first week, but no – relaxed and chatty.',
          },
        ],
      },
      {
        text: 'Camilla.',
        reviews: [
          { id: 'r1', text: 'Hun er rædsomt bange for edderkopper, så jeg fjernede en fra loftet først 😂' },
        ],
      },
      {
        text: 'Ruth.',
        reviews: [
          { id: 'r1', text: 'She said she was terribly sad the holiday was over – said with a huge grin.' },
        ],
      },
      {
        text: 'Mona.',
        reviews: [{ id: 'r1', text: 'Scared the hell out of me with that whip, in the best way. 10/10' }],
      },
      {
        text: 'Kate.',
        reviews: [
          { id: 'r1', text: 'Came straight from a night shift, stressed and grumpy. Left a new man.' },
        ],
      },
      {
        text: 'Lone.',
        reviews: [
          {
            id: 'r1',
            text: 'En ven påstod, hun var sur og utilpas. Han tog fejl af etagen – Lone var skøn.',
          },
        ],
      },
      {
        text: 'Nikki.',
        reviews: [{ id: 'r1', text: 'Hun var helt utilpas... nej vent, det var mig efter for mange øl.' }],
      },
      {
        text: 'Nanna.',
        reviews: [
          { id: 'r1', text: 'She was a bit uncomfortable with my cologne, haha, so I showered first.' },
        ],
      },
      {
        text: 'Kirsten.',
        reviews: [
          {
            id: 'r1',
            text: 'Til sammenligning: på en klinik i Køge græd pigen hele tiden. Her er alt godt.',
          },
        ],
      },
      { text: 'Gry.', reviews: [{ id: 'r1', text: 'Very down to earth and funny, a lovely hour.' }] },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'She looked down at her list of services and smiled.' }] },
      {
        text: 'Kim.',
        reviews: [
          {
            id: 'r1',
            text: 'I was worried she was nervous after the last review, but no, relaxed and chatty.',
          },
        ],
      },
    ],
  },
});
