import { defineIndicator } from './define.js';
import { compileTerms } from './text/match.js';
import { detectWithRules, type MatchContext, type TextRule } from './text/rules.js';
import { unlessRefuted } from './text/refuted.js';
import { sentenceEnd, sentenceStart } from './text/sentence.js';
import { QUOTE_MARK } from './text/terms.js';

const EN = '(?:english|engelsk)';
const DA = '(?:danish|dansk)';
/** English and Danish as Swedish and German reviews name them. */
const EN_VISITOR = '(?:engelska|englisch)';
const DA_VISITOR = '(?:danska|dänisch)';

/** Languages other than English and Danish, as reviews name them. */
const FOREIGN =
  '(?:thai|romanian|rumænsk|russian|russisk|ukrainian|ukrainsk|bulgarian|bulgarsk|spanish|spansk|chinese|kinesisk|vietnamese|vietnamesisk|polish|polsk|hungarian|ungarsk|albanian|albansk|portuguese|portugisisk|french|fransk|arabic|arabisk|italian|italiensk|lithuanian|litauisk|latvian|lettisk|czech|tjekkisk|tagalog|filipino)';

/** A language neither English nor Danish, named after "not a word": Nordic and German too. */
const OTHER_LANGUAGE = `tysk|german|svensk|swedish|norsk|norwegian|finsk|finnish|hollandsk|dutch|${FOREIGN.slice(3, -1)}`;

/** A client could not communicate with the person in English or Danish. */
const terms = compileTerms([
  "(?:could not|couldn't|couldnt|can't|cannot|can not|impossible to|hard to|difficult to|unable to) (?:really |at all |even )?(?:\\p{L}+ ){0,1}(?:communicate|talk|understand|speak|chat)",
  // "kunne slet ikke tale sammen", "kunne overhovedet ikke forstå hinanden"; texted "kunne ik snakke m hende".
  '(?:kunne|kan) (?:slet |overhovedet |næsten |virkelig )?(?:ikke|ikk|ik) (?:\\p{L}+ ){0,1}(?:kommunikere|tale|snakke|forstå|forstås)',
  '(?:umuligt? at|svært at) (?:\\p{L}+ ){0,1}(?:kommunikere|tale|snakke|forstå|forstås)',
  // Swedish and Norwegian: "Omöjligt att prata", "svårt att förstå varandra", "umulig å snakke sammen".
  '(?:omöjligt att|svårt att) (?:\\p{L}+ ){0,1}(?:prata|tala|kommunicera|förstå)',
  '(?:umulig|vanskelig) å (?:\\p{L}+ ){0,1}(?:snakke|prate|kommunisere|forstå)',
  // Neither understood the other: "Ingen af os forstod hinanden", "we did not understand each other".
  'ingen af os (?:forstod|forstår) (?:hinanden|den anden)',
  '(?:forstod|forstår) ikke hinanden',
  "(?:didn't|didnt|did not|don't|do not) understand each other",
  'neither of us understood',
  // Nothing said between them: "vi kunne ikke sige noget til hinanden", "we couldn't say a thing to each other".
  '(?:kunne|kan) (?:slet |overhovedet )?ikke sige (?:noget|en ting|et ord|ét ord) til hinanden',
  "(?:couldn't|could not|can't|cannot) say (?:anything|a thing|a word) to each other",
  // Not even a simple word, quoted: "Hun forstod ikke engang 'stop'", "she didn't even understand 'slower'".
  `(?:forstod|forstår) ikke engang ${QUOTE_MARK}\\p{L}+`,
  `(?:didn't|did not|doesn't|does not) even understand ${QUOTE_MARK}\\p{L}+`,
  // Not understood at all: "Kunne ikke gøre mig forståelig", "Vi kunne ikke forklare os for hinanden".
  '(?:kunne|kan) (?:slet |overhovedet )?ikke (?:gøre (?:mig|os) forståelig(?:e)?|forklare os(?: for hinanden)?)',
  // Her languages put first, as Danish word order allows: "dansk forstår hun ikke", "engelsk kan hun ikke".
  `${DA} (?:forstår|forstod|taler|talte|snakker|snakkede|kan|kunne) (?:hun|she) (?:slet |overhovedet )?ikke`,
  `${EN} (?:forstår|forstod|taler|talte|snakker|snakkede|kan|kunne) (?:hun|she) (?:slet |overhovedet )?ikke`,
  // Signs or an app instead of words: "Vi kommunikerede med tegn og smil", "communicated with gestures".
  '(?:kommunikerede|talte|snakkede) (?:med|via|gennem) (?:tegn|fagter|hænderne|kropssprog)',
  'communicated (?:with|by|through|via|in) (?:signs|gestures|hand signs|body language|our hands)',
  // Gestures as the tool: "we used gestures and a calculator", "using hand signs for the price".
  '(?:used|using|use) (?:only )?(?:gestures|hand signs|body language)',
  // Also very basic, as limited as "very little": "very basic English", "meget basalt engelsk".
  // Danish "nul" as English "zero": "hun talte nul engelsk".
  `(?:no|zero|nul|ingen|hardly any|næsten ingen|barely|very little|little|bad|poor|broken|terrible|dårlig|dårligt|elendig|ringe|very basic|meget basal|meget basalt) ${EN}`,
  // Also nothing at all: "her English was zero", "hendes engelsk var lig nul"; "her English was very
  // basic" (not "basic but fine", nor "basic" alone, which is often enough).
  `${EN} (?:is|was|er|var) (?:(?!not |ikke )\\p{L}+ ){0,1}(?:bad|poor|terrible|non-existent|nonexistent|dårlig|dårligt|elendig|ringe|very limited|very basic|meget basal|meget basalt|zero|nil|nul)`,
  // Her English as little, the verb left out as broken English does: "Her English very very little",
  // "hendes engelsk meget lidt" (not "her English very good").
  `(?:her|hendes) ${EN} (?:(?:is|was|er|var) )?(?:(?:very|meget|so|så) ){1,2}(?:little|lidt)(?![\\p{L}])`,
  // Next to nothing, the verb left out as a forum note does: "English almost zero", "english really
  // minimal", "hendes engelsk næsten nul" (not "her English was minimal but enough": see MANAGED).
  `${EN} (?:(?:is|was|er|var) )?(?:almost|nearly|practically|virtually|næsten|stort set) (?:zero|nil|none|non-existent|nul|ingenting)`,
  `${EN} (?:(?:is|was|er|var) )?(?:(?:really|very|so|quite|pretty|extremely|meget|virkelig|helt) )?minimal`,
  `(?:very |really |extremely )?minimal ${EN}`,
  // Counted in words: "Her English was maybe ten words", "hendes engelsk var vel fem ord".
  `${EN} (?:is|was|er|var) (?:maybe |perhaps |about |around |only |just |like |måske |vel |kun |omkring |cirka |ca\\. )?(?:\\d{1,2}|a few|a handful of|one|two|three|five|ten|twenty|et par|få|ét|et|to|tre|fem|ti|tyve) (?:words|word|ord)`,
  // "Hun kunne ikke engelsk": Danish "kunne" (knew) a language as "talte".
  `(?:didn't|did not|doesn't|does not|don't|talte ikke|snakkede ikke|taler ikke|snakker ikke|forstod ikke|forstår ikke|kunne ikke|kan ikke) (?:speak |understand |talk )?${EN}`,
  // Greetings her only words: "hun kunne kun sige hej og tak", "she could only say hello and thank you".
  '(?:kunne|kan) (?:kun|bare) sige (?:hej|ja|nej|tak|ok|okay)(?:,| og) (?:hej|ja|nej|tak|ok|okay|farvel)',
  '(?:could|can) only say (?:hello|hi|yes|no|ok|okay|thanks|thank you)(?:,| and) (?:hello|hi|yes|no|ok|okay|thanks|thank you|bye)',
  // Barely, with the verb between: "could barely talk English", "she hardly spoke English", "kunne
  // knap nok tale engelsk" (English only: "hardly spoke Danish" is said of ones whose English is fine).
  `(?:barely|hardly|scarcely|knap nok|knapt|næsten ikke) (?:speak|spoke|speaks|talk|talked|talks|understand|understood|tale|talte|snakke|snakkede|forstå|forstod) (?:any |a word of |noget )?${EN}`,
  // With the stress inside: "hun talte slet ikke engelsk", "forstod overhovedet ikke dansk".
  `(?:talte|snakkede|taler|snakker|forstod|forstår|kunne) (?:slet|overhovedet|næsten) ikke (?:${EN}|${DA})`,
  // The language optional, and then no space after "ord": "hun kunne ikke et ord af noget". Not a
  // third language named after it: "hun kunne ikke et ord tysk" (German) leaves English and Danish open.
  `(?:kunne|talte|forstod|snakkede) ikke (?:et|ét) (?:eneste )?ord(?: (?:${EN}|${DA}))?(?! (?:på )?(?:${OTHER_LANGUAGE}))`,
  // Without a verb, the language named: "Ikke ét ord engelsk", "not one word of English", "not a
  // single word of Danish" (a third language does not count: "ikke et ord tysk").
  `(?:ikke|intet) (?:et|ét) (?:eneste )?ord (?:på )?(?:${EN}|${DA})`,
  `not (?:one|a) (?:single )?word of (?:${EN}|${DA})`,
  // Nothing to speak of: "Intet sprog at tale om", "no English to speak of".
  `(?:intet|ingen|no) (?:sprog|language|${EN}|${DA}) (?:at tale om|to speak of)`,
  // Said with the language: "Kunne ikke sige et ord på dansk eller engelsk" (without one it may be shyness).
  `(?:kunne|kan) ikke sige (?:et|ét) (?:eneste )?ord (?:på )?(?:${EN}|${DA})(?: (?:eller|og) (?:${EN}|${DA}))?`,
  // Nothing said in it: "She couldn't say anything in English", "kunne ikke sige noget på engelsk".
  `(?:couldn't|could not|can't|cannot|can not|didn't|did not) (?:say|understand) (?:anything|a thing) in (?:${EN}|${DA})`,
  `(?:kunne|kan) ikke sige noget (?:som helst )?på (?:${EN}|${DA})`,
  // "Kanya didn't speak a word of English or Danish".
  `(?:didn't|didnt|did not|doesn't|doesnt|does not|couldn't|could not|can't|cannot) (?:speak|say|understand) (?:a|one) (?:single )?word(?: of (?:${EN}|${DA}))?`,
  `(?:intet|ingen|no) (?:${EN}|${DA}) (?:eller|or|og|and|nor) (?:${EN}|${DA})`,
  // Also softened: "she did not really understand me", "didn't fully understand anything".
  "(?:she )?(?:didn't|didnt|did not|doesn't|does not|dont|don't|doesnt) (?:really |fully )?understand (?:me|anything|a word)",
  // Her English counted in words: "she only knows a few English words", "knew just some words of English".
  `(?:only|just) (?:knows|knew|has|had|speaks|spoke) (?:a few|some|a couple of|a handful of|very few) (?:${EN} words|words of ${EN}|words in ${EN})`,
  // Someone else put it all into words for them: "the other lady translated everything", "her friend
  // translated it all", "veninden oversatte alt" (not "I translated the menu").
  '(?:(?:the other|another|her|a|the) (?:lady|woman|girl|friend|man|guy|sister|mamasan|receptionist)|veninden|kvinden|damen|manden|den anden (?:dame|kvinde|pige)) (?:translated|oversatte) (?:everything|it all|all of it|alt|det hele)',
  // "Lara forstod ikke meget dansk eller engelsk", "she didn't speak much English".
  `(?:forstod|forstår|talte|taler|snakkede|snakker) ikke (?:ret |så |særlig |rigtig )?meget (?:${EN}|${DA})`,
  `(?:didn't|didnt|did not|doesn't|doesnt|does not) (?:speak|understand) (?:much|a lot of|any) (?:${EN}|${DA})`,
  '(?:forstod|forstår) (?:næsten |nærmest |stort set )?(?:ingenting|intet|ikke et ord)',
  // "Hun forstod ikke noget af hvad jeg sagde": understood nothing of what was said; also without
  // "noget af": "hun forstod ikke hvad vi sagde", "she didn't understand what I was saying".
  // Also "not really": "Hun forstod ikke rigtig hvad jeg sagde".
  '(?:forstod|forstår) (?:slet |overhovedet )?ikke (?:rigtig |helt )?(?:noget af )?(?:hvad|det) (?:jeg|vi|man) (?:sagde|siger|sagt)',
  "(?:didn't|didnt|did not|doesn't|does not) understand (?:anything of )?what (?:i|we) (?:said|was saying|were saying)",
  // Broken English says "no" for "does not": "she no understand much english", "no speak danish".
  `(?:she |hun )?(?:no|not) (?:understand|speak|talk|know)s? (?:much |any |good |so much |very much )?(?:${EN}|${DA})`,
  'google translate',
  'translator',
  // The app without its name: "we use translate on phone", "used translate to talk".
  '(?:use|used|using|uses) (?:the )?translate',
  'translate app',
  'oversættelse',
  // The compound: "Fik et oversættelsesprogram rakt i hånden".
  'oversættelses(?:program|programmet|app|appen)',
  // "via en oversætter-app", "oversætterappen", "oversætter på telefonen".
  'oversætter(?:-?app(?:en)?)?',
  'only pointing',
  // "vi pegede bare", "kun pegen og fagter"
  '(?:pegede|pegedes) (?:bare|kun)',
  '(?:bare|kun) (?:pegede|pegen|pegning)',
  // "Hun forstod hverken dansk eller engelsk", "She spoke neither English nor Danish": a verb of
  // speaking before, so "Neither English nor Danish was a problem" stays quiet.
  `(?:speaks?|spoke|speaking|understands?|understood|talks?|talked|knew|knows|had|has|talte|taler|snakkede|snakker|forstod|forstår|kunne|kan) (?:\\p{L}+ )?(?:neither|hverken) (?:${EN}|${DA}) (?:nor|or|eller) (?:${EN}|${DA})`,
  // Swedish and German: "Hon kunde varken engelska eller danska", "sie sprach weder Englisch noch Dänisch".
  `(?:kunde|pratade|talade|förstod|sprach|verstand|konnte) (?:\\p{L}+ )?(?:varken|weder) (?:${EN_VISITOR}|${DA_VISITOR}) (?:eller|noch) (?:${EN_VISITOR}|${DA_VISITOR})`,
  'sign language',
  'tegnsprog',
  // Not with English or Danish beside it: "she only spoke Thai and English".
  `(?:only|kun) (?:speaks?|spoke|talte|taler|snakker|snakkede|understands?|understood|forstod|forstår) ${FOREIGN}(?! (?:og|and|eller|or|\\+) (?:engelsk|english|dansk|danish))`,
  // the verb first, as often: "hun forstod kun thai", "she understands only romanian"
  // Also "knew": "Hun kunne kun rumænsk", "she knows only Thai".
  `(?:speaks?|spoke|talte|taler|snakker|snakkede|understands?|understood|forstod|forstår|kunne|kan|knew|knows) (?:only|kun) ${FOREIGN}(?! (?:og|and|eller|or|\\+) (?:engelsk|english|dansk|danish))`,
  // A fragment naming her one language: "Only French. We pointed at the clock".
  `(?:only|kun) ${FOREIGN}(?=\\s*(?:[.!;]|$))`,
  'language barrier',
  'sprogbarriere',
  'hand signs',
  'håndtegn',
  'no common language',
  'intet fælles sprog',
  'fagter',
  // Forum shorthand: "Comms nil", "zero comms", "no communication possible".
  'comms (?:nil|zero|none|impossible|non-existent)',
  '(?:zero|no) comms',
  'no communication',
  'kommunikation(?:en)? (?:var )?(?:umulig|nul|ikke-eksisterende)',
  // As "no communication": "Ingen kommunikation mulig".
  'ingen kommunikation',
  // None of the persons: "Ingen af pigerne kunne engelsk eller dansk".
  `ingen af (?:pigerne|damerne|dem) (?:kunne|talte|snakkede|forstod|kan|taler|snakker|forstår) (?:(?:et|ét) ord )?(?:${EN}|${DA})(?: (?:eller|or|og|and) (?:${EN}|${DA}))?`,
  // German and Norwegian reviews: "Sie sprach kein Wort Englisch oder Dänisch", "Google Übersetzer",
  // "Hun snakket verken engelsk eller dansk, så vi kommuniserte med tegn".
  // Not German itself: "Sie versteht kein Wort Deutsch, aber ihr Englisch ist perfekt" says nothing
  // of English or Danish. Hardly any: "Sie hat kaum Englisch verstanden".
  'kein wort (?:englisch|dänisch)',
  'sprach kein (?:englisch|dänisch)',
  'kaum (?:englisch|dänisch)',
  'google übersetzer',
  'übersetzer-?app',
  // Broken English drops the auxiliary: "she not understand english at all", "she no speak english".
  `(?:she |girl |lady )?(?:not|no) (?:understand|understood|speak|spoke|speaking) ${EN}`,
  // Someone on her phone to translate: "she call somebody on phone to translate for us".
  '(?:to )?translate for (?:us|me)',
  // Dutch reviews: "geen Engels en geen Deens", "Ze verstond bijna niets".
  '(?:geen|nauwelijks) (?:engels|deens) (?:en|of|noch) (?:geen )?(?:engels|deens)',
  'verstond (?:bijna |vrijwel |helemaal )?niets',
  // Polish reviews: "nic nie rozumiała po angielsku", "nie znała ani słowa po angielsku ani po
  // duńsku", "po angielsku rozumiała tylko pojedyncze słowa".
  '(?:nic|ani słowa) nie (?:rozumiała|rozumie|mówiła|mówi|znała|zna)(?: \\p{L}+)? po (?:angielsku|duńsku)',
  'nie (?:rozumiała|rozumie|mówiła|mówi|znała|zna) ani (?:jednego )?słowa po (?:angielsku|duńsku)',
  'po (?:angielsku|duńsku) (?:rozumiała|rozumie|mówiła|mówi|znała|zna) (?:tylko|jedynie) (?:pojedyncze|kilka|parę) (?:słowa|słów)',
  '(?:rozumiała|rozumie|mówiła|mówi|znała|zna) (?:tylko|jedynie) (?:pojedyncze|kilka|parę) (?:słowa|słów) po (?:angielsku|duńsku)',
  // Russian reviews: "почти не говорит ни по-английски, ни по-датски", "ни слова по-английски".
  '(?:не|ни) (?:говорит|говорила|понимает|понимала|знает|знала)(?: \\p{L}+)?,? (?:ни )?по-(?:английски|датски)',
  'ни слова по-(?:английски|датски)',
  '(?:snakket|snakker|forsto|forstod|forstår) verken (?:engelsk|dansk|norsk)',
  // Norwegian: "Vi kunne ikke kommunisere i det hele tatt".
  '(?:kunne|kan) (?:slett |overhodet |nesten )?ikke (?:\\p{L}+ ){0,1}(?:kommunisere|prate)',
  // Not one word, in Swedish, Norwegian and Czech: "hon pratade inte ett ord engelska", "snakket ikke
  // et ord engelsk", "Neuměla anglicky ani slovo".
  '(?:pratade|talade|kunde|förstod|förstår|pratar|talar) inte (?:ett|ett enda) (?:enda )?ord (?:engelska|danska)',
  '(?:snakket|snakker|forsto|kunne) ikke (?:et|ett) (?:eneste )?ord (?:engelsk|dansk)',
  '(?:neuměla|neumí|nemluvila|nemluví|nerozuměla|nerozumí) (?:vůbec |ani slovo )?(?:anglicky|dánsky)',
  'ani slovo (?:anglicky|dánsky)',
  // Only a few words: "hon kunde bara några ord engelska", "hun kunne bare noen få ord engelsk",
  // "hun kunne kun et par ord dansk".
  '(?:kunde|kunne|pratade|talade|snakket|snakkede|talte) (?:bara|bare|kun|endast) (?:några|noen|nogle|et par|ett par|få|noen få|nogle få) ord (?:engelska|danska|engelsk|dansk|english|danish)',
  // Italian, Spanish and French: her one language, and gestures: "parlava solo russo, ci siamo capiti
  // a gesti", "solo hablaba rumano", "elle ne parlait que russe", "nos entendimos por señas".
  '(?:parlava|parla) solo (?:russo|rumeno|romeno|bulgaro|ucraino|thailandese|tailandese|cinese|spagnolo|ungherese|polacco|albanese|portoghese|francese|arabo|ceco)(?! e (?:inglese|danese))',
  '(?:solo|sólo) (?:hablaba|habla) (?:ruso|rumano|búlgaro|ucraniano|tailandés|chino|húngaro|polaco|albanés|portugués|francés|árabe|checo)(?! y (?:inglés|danés))',
  '(?:hablaba|habla) (?:solo|sólo) (?:ruso|rumano|búlgaro|ucraniano|tailandés|chino|húngaro|polaco|albanés|portugués|francés|árabe|checo)(?! y (?:inglés|danés))',
  "ne (?:parlait|parle) que (?:le )?(?:russe|roumain|bulgare|ukrainien|thaï|thai|chinois|espagnol|hongrois|polonais|albanais|portugais|arabe|tchèque)(?! et (?:l'anglais|anglais|danois))",
  '(?:capiti|compresi|parlato|comunicato) a gesti',
  '(?:por|con) señas',
  'par (?:gestes|signes)',
  'kommuniserte med tegn',
]);

/** "no Danish" is a barrier only when the review does not say English worked. */
const noDanish = compileTerms([
  `(?:no|zero|ingen|hardly any|næsten ingen|barely|very little|little|bad|poor|broken|dårlig|dårligt) ${DA}`,
  `(?:didn't|did not|doesn't|does not|don't|talte ikke|snakkede ikke|taler ikke|snakker ikke|forstod ikke|forstår ikke|kunne ikke|kan ikke) (?:speak |understand |talk )?${DA}`,
  // Broken English: "she not understand danish but english ok".
  `(?:not|no) (?:understand|understood|speak|spoke|speaking) ${DA}`,
]);
/**
 * A verb of speaking, not denied before ("doesn't speak", "taler ikke"), with at most two words
 * before the language that do not limit it ("taler tysk og engelsk", not "taler kun lidt engelsk").
 */
const SPOKE =
  "(?<!(?:not|n't|nt|ikke|never|aldrig|no)\\s)(?:speaks?|spoke|taler|talte|snakker|snakkede)\\s+(?:(?!(?:ikke|not|no|kein|inte|næsten|barely|hardly|little|lidt|poor|bad|dårlig|dårligt|broken|very|meget|much|ret|kun|only|knap|eller|or|nor|hverken|neither)\\s)\\p{L}+\\s+){0,2}";
// "Her English is better than mine": the reviewer's own is the yardstick, and they talked in it.
// Also the Danish neuter adjective after "er"/"var": "hendes engelsk er fint", "engelsk var godt".
// Also the definite form and "gik fint": "engelsken gik fint nok"; and "flydende engelsk" (fluent).
const englishWorked = new RegExp(
  `(?:english|engelsk(?:en)?)\\s+(?:er|var|is|gik|går|went)\\s+(?:(?:meget|rigtig|ret|helt|very|quite|really)\\s+)?(?:fint|godt|flot|fine)(?![\\p{L}])|(?:english|engelsk)\\s+(?:is|was|er|var)\\s+(?:even\\s+|much\\s+|way\\s+|far\\s+|meget\\s+|langt\\s+)?(?:better|bedre)\\s+(?:than|end)|${SPOKE}(?:english|engelsk)|(?:good|godt|fine|perfect|perfekt|fluent|flydende)\\s+(?:\\p{L}+\\s+)?(?:english|engelsk)|(?:english|engelsk)\\s+(?:ok|fine|good|godt|was fine|was good|was great|was excellent|was fluent|was perfect|is great|is fluent|var flydende|var perfekt|var fin|var god|var godt|var fremragende)|(?:fint|fine|godt|well|ok)\\s+(?:på|in|on)\\s+(?:english|engelsk)`,
  'iu',
);

/**
 * "Hun kunne næsten intet engelsk", "she knew almost no English": a barrier unless the review says
 * the other language worked ("kunne intet engelsk, men talte fint dansk").
 */
const knewNone = compileTerms([
  `(?:kunne|kan|talte|taler|snakkede|snakker|forstod|forstår) (?:næsten |nærmest |stort set )?(?:intet|ingen|ikke noget) (?:${EN}|${DA})`,
  `(?:almost|nearly|virtually|practically) (?:no|zero) (?:${EN}|${DA})`,
  // Swedish: "Hon kunde ingen engelska alls", "pratade nästan ingen danska".
  `(?:kunde|kan|pratade|pratar|talade|talar|förstod|förstår) (?:nästan |i stort sett )?(?:ingen|inte någon) (?:${EN_VISITOR}|${DA_VISITOR})`,
]);
// Also her Danish put first ("dansk snakker hun jo som os andre") and "my Danish is ok", which they
// then spoke.
const danishWorked = new RegExp(
  `${SPOKE}(?:danish|dansk)|(?:good|god|godt|fine|fint|perfect|perfekt|fluent|flydende|flytande|flytende|bra)\\s+(?:\\p{L}+\\s+)?(?:danish|dansk)|(?:danish|dansk)\\s+(?:(?:is|was|er|var)\\s+)?(?:ok|fine|fint|good|godt|fluent|flydende|perfect|perfekt|gik fint)(?![\\p{L}])|(?:danish|dansk)\\s+(?:snakker|taler|talte|snakkede)\\s+(?:hun|she)(?!\\s+(?:\\p{L}+\\s+)?(?:ikke|not|næsten|dårligt|kun|lidt))`,
  'iu',
);

/**
 * They understood each other without help: "English very basic but we managed fine", "vi forstod
 * hinanden fint", "lidt dårligt engelsk, men det gik fint", "poor English but it worked out fine",
 * "very basic English but enough", "meget basalt engelsk, men lige nok til at aftale prisen".
 * Not when signs, pointing or an app did the work.
 */
const MANAGED =
  /(?<![\p{L}])(?:(?:we|vi)\s+(?:managed|got by|got along|understood each other|klarede os|forstod hinanden)(?:\s+(?:fine|fint|well|godt|perfectly|perfekt|okay|ok|sagtens))?|nos entendimos|(?:men|but)\s+(?:det|it)\s+(?:gik|went|worked|worked out)\s+(?:(?:helt|fuldstændig|totally|perfectly|just|really|all)\s+)?(?:fint|fine|godt|well|ok|okay|sagtens)|but (?:just |good )?enough|men (?:lige )?nok til)(?![\p{L}])/iu;
/** They managed in English or Danish by name: "vi klarede os fint på engelsk", "we got by in Danish". */
const MANAGED_IN_EN_DA =
  /(?<![\p{L}])(?:we|vi)\s+(?:managed|got by|got along|klarede os|kom igennem)(?:\s+(?:fine|fint|well|godt|okay|ok|sagtens))?\s+(?:på|in|with|med)\s+(?:english|engelsk|danish|dansk)(?![\p{L}])/iu;
const HELPED =
  /(?:translat|oversæt|google|app(?![\p{L}])|tegn|signs|gestur|pointing|pegede|pegen|fagter|hands|hænder)/iu;

/** All review texts of the ad, for what one review says of her languages. */
function reviewTexts(ctx: MatchContext): string {
  return ctx.ad.fields
    .filter((f) => f.source === 'review')
    .map((f) => f.text)
    .join('\n');
}

/**
 * A lack of one language only ("snakkede ikke et ord dansk") is no barrier when a review says the
 * other worked ("men hun talte fint engelsk", "dansk snakker hun jo som os andre") or that they
 * managed without help: the catalogue asks for neither English nor Danish.
 */
function otherLanguageWorked(ctx: MatchContext): boolean {
  const danish = /(?:danish|dansk)/iu.test(ctx.matched);
  const english = /(?:english|engelsk)/iu.test(ctx.matched);
  if (danish && english) return false;
  // Her one language named ("Hun talte kun tjekkisk og tysk"), then "vi klarede os fint på tysk".
  if (MANAGED.test(ctx.text) && !HELPED.test(ctx.text)) return true;
  // Managed in English or Danish, gestures only a help: "vi klarede os fint på engelsk og med lidt fagter".
  if (MANAGED_IN_EN_DA.test(ctx.text)) return true;
  if (!danish && !english) return false;
  return (danish ? englishWorked : danishWorked).test(reviewTexts(ctx));
}

function otherLanguageFailed(ctx: MatchContext): boolean {
  // Swedish names end in "a": "nästan ingen engelska, men flytande danska".
  const other = /(?:english|engelska?)$/iu.test(ctx.matched) ? danishWorked : englishWorked;
  return !other.test(ctx.text) && !otherLanguageWorked(ctx);
}

/**
 * The reviewer's own language: "I'm German with poor English, so I used a translation app on my own
 * phone", "my bad English", "min dårlige engelsk".
 */
// Also German "mit meinem Google Übersetzer" (see notTheReviewers for the German "mit").
const REVIEWER_OWN_BEFORE =
  /(?:(?<![\p{L}])(?:i'm|i am|jeg er)\s+(?:\p{L}+\s+){0,2}(?:with|med)|(?<![\p{L}])(?:my|min|mit|meinem)(?:\s+own)?)\s+$/iu;
const OWN_TOOL_AFTER =
  /^\s+(?:app\s+)?(?:on|in|på)\s+(?:my|min)(?:\s+own)?\s+(?:phone|mobile|telefon|mobil)/iu;

/** The reviewer's languages in the same sentence: "I speak only German – no Danish and almost no English". */
const REVIEWER_SPEAKS_BEFORE =
  /(?<![\p{L}])(?:i|jeg)\s+(?:only\s+|kun\s+)?(?:speak|taler)\s+(?:only\s+|kun\s+)?\p{L}+[^.!?;]{0,48}$/iu;

/**
 * The reviewer is the sentence's only person before a language he lacks: "I'm a tourist from
 * Canada and couldn't speak a word of Danish" (not "I tried, but she had no English", "The girl I
 * had could not understand English", nor "I could
 * not talk with her", which names no language).
 */
const NAMES_A_LANGUAGE = /(?:danish|english|dansk|engelsk|danske)/iu;
const FIRST_PERSON_SUBJECT = /(?<![\p{L}])(?:i|i'm|i’m|jeg)(?![\p{L}])/iu;
// Also the person named by a noun: "The girl I had could not understand English", "Pigen jeg var hos".
const HER =
  /(?<![\p{L}])(?:she|her|hun|hende|hendes|they|de|the (?:girl|lady|woman|masseuse)|pigen|damen|kvinden|massøsen)(?![\p{L}])/iu;

function reviewerOnly(text: string, start: number): boolean {
  const from = Math.max(0, start - 120);
  const sentence = text.slice(from, start).split(/[.!?]/u).pop() ?? '';
  return FIRST_PERSON_SUBJECT.test(sentence) && !HER.test(sentence);
}

/**
 * She told the client something in that language: "Ning fortalte på dårligt engelsk, at …", "she
 * explained in broken English that …". They understood each other, however poorly.
 */
const TOLD_IN_BEFORE =
  /(?<![\p{L}])(?:fortalte|sagde|forklarede|skrev|told me|told|said|explained|wrote)(?:\s+\p{L}+){0,2}\s+(?:på|in)\s+$/iu;

function notToldInIt(ctx: MatchContext): boolean {
  return !TOLD_IN_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
}

/** Little Danish, but good English: "Hun talte ikke meget dansk, men hendes engelsk var flydende". */
const ENGLISH_WAS_GOOD =
  /(?:english|engelsk)\s+(?:was|var|is|er)\s+(?:very\s+|meget\s+)?(?:fluent|flydende|perfect|perfekt|good|god|godt|fine|fin|fint|ok|great|excellent)(?![\p{L}])/iu;

function danishOnlyButEnglishWorked(ctx: MatchContext): boolean {
  return (
    /(?:danish|dansk)/iu.test(ctx.matched) &&
    !/(?:english|engelsk)/iu.test(ctx.matched) &&
    ENGLISH_WAS_GOOD.test(ctx.text)
  );
}

/**
 * Danish "min" before a verb is the one he had, not his own: "Min kunne ikke et ord engelsk", "min
 * talte kun thai" (as "min dårlige engelsk" is his).
 */
const HERS_MIN_BEFORE = /(?<![\p{L}])min\s+$/iu;
const VERB_FIRST = /^(?:kunne|kan|talte|taler|snakkede|snakker|forstod|forstår)(?![\p{L}])/iu;

function notTheReviewers(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
  if (HERS_MIN_BEFORE.test(before) && VERB_FIRST.test(ctx.matched)) return true;
  if (REVIEWER_SPEAKS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return false;
  // The German "mit" (with) before the German app is not the Danish "mit" (my): "Verständigung nur
  // mit Google Übersetzer" is how both talked.
  if (/^(?:google\s+)?übersetzer/iu.test(ctx.matched) && /(?<![\p{L}])mit\s+$/iu.test(before))
    return !OWN_TOOL_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 32));
  const object = ctx.text.slice(ctx.start, ctx.end + 24).split(/[,.;!?]/u)[0] ?? '';
  if (
    NAMES_A_LANGUAGE.test(object) &&
    !/(?<![\p{L}])(?:with her|med hende)/iu.test(object) &&
    reviewerOnly(ctx.text, ctx.start)
  )
    return false;
  return !REVIEWER_OWN_BEFORE.test(before) && !OWN_TOOL_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 32));
}

/**
 * Not understanding a way of speaking, not a language: "Hun kunne ikke forstå min sønderjyske
 * dialekt", "she couldn't understand my jokes", "forstod ikke min ironi". They talked; she missed the
 * joke or the accent.
 */
const NOT_A_LANGUAGE_AFTER =
  /^\s+(?:(?:min|mine|mit|my|his|hans|hendes|her|the|den|de)\s+)?(?:\p{L}+\s+)?(?:dialekt|dialect|accent|accenten|jokes?|joken|vittigheder?|vittighederne|humor|humour|ironi|irony|sarkasme|sarcasm|ordspil|puns?|slang)(?![\p{L}])/iu;

function notAManner(ctx: MatchContext): boolean {
  return !NOT_A_LANGUAGE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 48));
}

/**
 * A bad phone line, not a language: "Phone connection was terrible, I thought she didn't understand
 * me", "svært at forstå hende på grund af dårlig forbindelse", "crackling line". Said in the same sentence.
 */
const BAD_LINE =
  /(?<![\p{L}])(?:(?:phone|bad|poor|terrible|awful|weak|lousy|telefon|dårlig|elendig)\s?-?(?:connection|line|signal|reception|forbindelse|forbindelsen|linje|linjen|dækning)|(?:connection|line|forbindelsen|linjen) (?:was|var) (?:bad|poor|terrible|awful|dårlig|elendig)|crackl\p{L}*|skrattede|skrattende)(?![\p{L}])/iu;

function notABadLine(ctx: MatchContext): boolean {
  return !BAD_LINE.test(ctx.text.slice(sentenceStart(ctx.text, ctx.start), sentenceEnd(ctx.text, ctx.end)));
}

/**
 * An app or translator for a few words only, the talk itself in their language: "she used a
 * translator for a few words", "Google Translate til et par enkelte ord", "for a word or two".
 */
// Also for the hard parts only: "a translator app for the hard stuff", "oversætter til de svære ord".
const FEW_WORDS_AFTER =
  /^\s+(?:(?:app|appen|on (?:her|my) phone|på (?:sin|min) telefon)\s+)?(?:for|til|ved)\s+(?:(?:a|some|the odd|one or two|a couple of|a few|enkelte|et par|nogle få|få|et enkelt|et par enkelte|ganske få)\s+)(?:words?|ord|gloser|terms|ting)(?![\p{L}])|^\s+(?:for|til)\s+(?:a word or two|et ord eller to)|^\s+(?:(?:app|appen)\s+)?(?:(?:only|just|kun|bare)\s+)?(?:for|til)\s+(?:the|de)\s+(?:hard|difficult|tricky|harder|svære|vanskelige)\s+(?:stuff|words|bits|parts|things|ord|ting|dele)(?![\p{L}])/iu;

function notForAFewWords(ctx: MatchContext): boolean {
  if (!HELPED.test(ctx.matched)) return true;
  return !FEW_WORDS_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 48));
}

/** Pointing done by someone else: "Han åbnede og pegede bare mod soveværelset" (the man, at the door). */
const HE_BEFORE = /(?<![\p{L}])(?:han|he|manden|fyren|the man|the guy)\s+(?:\p{L}+\s+){0,3}$/iu;

function notHisGesture(ctx: MatchContext): boolean {
  if (!/^(?:pegede|pegedes|bare|kun)/iu.test(ctx.matched)) return true;
  return !HE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
}

const rules: TextRule[] = [
  { pattern: knewNone, accept: (ctx) => otherLanguageFailed(ctx) && notTheReviewers(ctx) },
  {
    pattern: terms,
    accept: (ctx) =>
      notTheReviewers(ctx) &&
      notToldInIt(ctx) &&
      !danishOnlyButEnglishWorked(ctx) &&
      !otherLanguageWorked(ctx) &&
      notHisGesture(ctx) &&
      notForAFewWords(ctx) &&
      notAManner(ctx) &&
      notABadLine(ctx),
  },
  {
    pattern: noDanish,
    accept: (ctx) => !englishWorked.test(ctx.text) && !otherLanguageWorked(ctx) && notTheReviewers(ctx),
  },
];

/** A claim others made that the review refutes counts for nothing (see refuted.ts). */
const reviewRules = unlessRefuted(rules);

/** `review-language-barrier`: review rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'review-language-barrier',
  kind: 'review',
  labels: { da: 'Anmeldelse: sprogbarriere', en: 'Review: language barrier' },
  descriptions: {
    da: 'En anmeldelse siger, at kunden ikke kunne kommunikere med personen på engelsk eller dansk.',
    en: 'A review says the client could not communicate with the person in English or Danish.',
  },
  defaultWeight: 1,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'review', reviewRules),
  examples: {
    positive: [
      { text: 'Mai.', reviews: [{ id: 'r1', text: 'kunne ik snakke m hende, hun kunne kun thai' }] },
      {
        text: 'Kai.',
        reviews: [{ id: 'r1', text: 'Hun snakker ikke meget dansk, og engelsk kunne hun slet ikke.' }],
      },
      {
        text: 'Ly.',
        reviews: [{ id: 'r1', text: 'Pæn, men hun forstod ikke rigtig hvad jeg sagde, så vi var stille.' }],
      },
      {
        text: 'Thai house.',
        reviews: [{ id: 'r1', text: 'Tre piger at vælge imellem. Min kunne ikke et ord engelsk.' }],
      },
      { text: 'Mai.', reviews: [{ id: 'r1', text: 'Hun talte nul engelsk, vi pegede på uret.' }] },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'Hun kunne ikke engelsk, så det blev mest smil.' }] },
      { text: 'Noi.', reviews: [{ id: 'r1', text: 'Hun kunne kun sige hej og tak, resten var tavshed.' }] },
      {
        text: 'Lan.',
        reviews: [{ id: 'r1', text: 'Vi brugte oversætter til alt, hun kunne intet engelsk.' }],
      },
      { text: 'Lan.', reviews: [{ id: 'r1', text: 'Sød, men ikke ét ord engelsk eller dansk.' }] },
      {
        text: 'Lan.',
        reviews: [{ id: 'r1', text: 'Dejlig dame, men vi kunne slet ikke sige noget til hinanden.' }],
      },
      { text: 'Lan.', reviews: [{ id: 'r1', text: "Nice hands, but she didn't even understand 'harder'." }] },
      { text: 'Oana.', reviews: [{ id: 'r1', text: 'Not a single word of English, we used our hands.' }] },
      { text: 'Mai.', reviews: [{ id: 'r1', text: 'Hun smilede bare. Intet sprog at tale om.' }] },
      { text: 'Iza.', reviews: [{ id: 'r1', text: 'Hun nikkede, men forstod ikke hvad jeg sagde.' }] },
      { text: 'Elin.', reviews: [{ id: 'r1', text: 'Hon kunde bara några ord danska, vi pekade mest.' }] },
      { text: 'Petra.', reviews: [{ id: 'r1', text: 'Nemluvila anglicky, jen rusky.' }] },
      { text: 'Ioana.', reviews: [{ id: 'r1', text: 'Parlava solo rumeno, abbiamo usato le mani.' }] },
      { text: 'Kari.', reviews: [{ id: 'r1', text: 'Vi kunne ikke kommunisere, hun snakket bare thai.' }] },
      { text: 'Elin.', reviews: [{ id: 'r1', text: 'Hon pratade inte ett enda ord engelska.' }] },
      {
        text: 'Ira.',
        reviews: [{ id: 'r1', text: 'Nice flat, but the lady could hardly speak English at all.' }],
      },
      { text: 'Sofie.', reviews: [{ id: 'r1', text: 'Hun kunne knap nok tale engelsk, vi pegede mest.' }] },
      {
        text: 'Mai.',
        reviews: [{ id: 'r1', text: 'Sweet lady but she no speak english much, only smiling.' }],
      },
      { text: 'Lin.', reviews: [{ id: 'r1', text: 'We use translate for everything, even the price.' }] },
      {
        text: 'Lina.',
        reviews: [{ id: 'r1', text: 'Hun taler ikke dansk, og hendes engelsk er heller ikke godt.' }],
      },
      {
        text: 'Club.',
        reviews: [{ id: 'r1', text: 'The lady I booked could not understand Danish or English at all.' }],
      },
      {
        text: 'Irina.',
        reviews: [
          { id: 'r1', text: 'Sød pige, men hendes engelsk var meget basalt, så vi sagde næsten ingenting.' },
        ],
      },
      {
        text: 'Lan.',
        reviews: [{ id: 'r1', text: 'Very basic English, we mostly just smiled at each other.' }],
      },
      { text: 'Nok.', reviews: [{ id: 'r1', text: 'Hun kunne ikke sige et ord på engelsk eller dansk.' }] },
      {
        text: 'Lin.',
        reviews: [{ id: 'r1', text: 'Hun forstod ikke noget af det, jeg sagde. Ingen kommunikation.' }],
      },
      {
        text: 'Mai.',
        reviews: [{ id: 'r1', text: 'Hun forstod hverken dansk eller engelsk – ikke et ord.' }],
      },
      { text: 'Kim.', reviews: [{ id: 'r1', text: 'Flot pige, men hendes engelsk var lig nul.' }] },
      { text: 'Eva.', reviews: [{ id: 'r1', text: 'Sweet, but we did not understand each other.' }] },
      { text: 'Lin.', reviews: [{ id: 'r1', text: 'Ingen af os forstod hinanden, det blev en kort tur.' }] },
      { text: 'Andreea, 22.', reviews: [{ id: 'r1', text: 'Hun kunne kun rumænsk. Pas på.' }] },
      {
        text: 'Mei, 24.',
        reviews: [
          { id: 'r1', text: 'Fik et oversættelsesprogram rakt i hånden, hun kunne ikke et ord af noget.' },
        ],
      },
      {
        text: 'Nok, från Thailand.',
        reviews: [
          { id: 'r1', text: 'Hon kunde varken engelska eller danska, vi pekade på en lapp med priser.' },
        ],
      },
      {
        text: 'Ioana, 24, aus Rumänien.',
        reviews: [
          { id: 'r1', text: 'Keine Verständigung möglich – sie sprach weder Englisch noch Dänisch.' },
        ],
      },
      {
        text: 'Oil.',
        reviews: [
          { id: 'r1', text: 'Could not talk with her at all, she has no English, we used google translate.' },
        ],
      },
      {
        text: 'Dao.',
        reviews: [
          { id: 'r1', text: 'Her English is very bad, we could not communicate at all, only pointing.' },
        ],
      },
      {
        text: 'Kwan.',
        reviews: [
          { id: 'r1', text: 'Nice massage but we could not communicate at all, no English and no Danish.' },
        ],
      },
      {
        text: 'Mai.',
        reviews: [{ id: 'r1', text: 'Sød, men vi kunne ikke snakke sammen, hun taler ikke engelsk.' }],
      },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'she dont understand anything, only smile' }] },
      {
        text: 'Noi.',
        reviews: [
          { id: 'r1', text: 'Massagen var ok, men vi kunne slet ikke tale sammen, hun forstod kun thai.' },
        ],
      },
      {
        text: 'Lan.',
        reviews: [{ id: 'r1', text: 'She only understood vietnamese, we could not really talk.' }],
      },
      {
        text: 'Camelia.',
        reviews: [{ id: 'r1', text: 'Hun forstod hverken dansk eller engelsk, vi pegede bare.' }],
      },
      { text: 'Joy.', reviews: [{ id: 'r1', text: 'She spoke neither English nor Danish.' }] },
      { text: 'Lara.', reviews: [{ id: 'r1', text: 'Lara forstod ikke meget dansk eller engelsk.' }] },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: 'she didnt understand anything I said, we used hands to talk' }],
      },
      { text: 'Ying.', reviews: [{ id: 'r1', text: 'Sød pige, men hun kunne næsten intet engelsk.' }] },
      {
        text: 'Nan.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun kunne ikke et ord engelsk, alt foregik via en oversætter-app på hendes telefon.',
          },
        ],
      },
      {
        text: 'Ling.',
        reviews: [
          {
            id: 'r1',
            text: 'Ling kunne kun kommunikere via oversætter-appen på sin telefon – intet engelsk eller dansk.',
          },
        ],
      },
      {
        text: 'Daniela.',
        reviews: [
          { id: 'r1', text: 'Smuk pige, men hun talte slet ikke engelsk, vi brugte håndtegn hele vejen.' },
        ],
      },
      {
        text: 'Irina.',
        reviews: [
          { id: 'r1', text: 'Someone wrote she is great. True, but she does not speak English at all.' },
        ],
      },
      {
        text: 'Kanya.',
        reviews: [
          {
            id: 'r1',
            text: "Another girl translated everything – Kanya didn't speak a word of English or Danish.",
          },
        ],
      },
      { text: 'Mimi.', reviews: [{ id: 'r1', text: "Comms nil – she knew 'hello', 'ok' and 'money'." }] },
      {
        text: 'Thai house.',
        reviews: [
          { id: 'r1', text: 'Ingen af pigerne kunne engelsk eller dansk – pegede på et skilt med priser.' },
        ],
      },
      {
        text: 'Lena.',
        reviews: [
          {
            id: 'r1',
            text: 'Sie sprach kein Wort Englisch oder Dänisch, wir haben nur mit Google Übersetzer geredet.',
          },
        ],
      },
      {
        text: 'Nok.',
        reviews: [{ id: 'r1', text: 'Hun snakket verken engelsk eller dansk, så vi kommuniserte med tegn.' }],
      },
      { text: 'Dao.', reviews: [{ id: 'r1', text: 'Umulig at snakke med, hun nikkede bare til alt.' }] },
      {
        text: 'Mai.',
        reviews: [{ id: 'r1', text: 'Hun forstår næsten intet – hverken dansk eller engelsk.' }],
      },
      {
        text: 'Noi.',
        reviews: [{ id: 'r1', text: 'Kunne ikke gøre mig forståelig, og dansk forstår hun ikke.' }],
      },
      {
        text: 'Lia.',
        reviews: [{ id: 'r1', text: 'Ingen af pigerne taler dansk eller engelsk, man peger bare.' }],
      },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'Hun forstår ikke engelsk. Vi kommunikerede med tegn.' }] },
      {
        text: 'Aïcha, 29.',
        reviews: [{ id: 'r1', text: 'Only French. We pointed at the clock and laughed.' }],
      },
      {
        text: 'Ioana.',
        reviews: [{ id: 'r1', text: 'Her English was about five words, so we used gestures.' }],
      },
      {
        text: 'Ly.',
        reviews: [{ id: 'r1', text: 'She could not say anything in English, we just smiled.' }],
      },
      { text: 'Oksana.', reviews: [{ id: 'r1', text: 'Hon kunde nästan ingen engelska, bara ukrainska.' }] },
      { text: 'Vika.', reviews: [{ id: 'r1', text: 'Søt jente, men umulig å snakke sammen.' }] },
      { text: 'Dasha.', reviews: [{ id: 'r1', text: 'Omöjligt att förstå henne, hon pratade bara ryska.' }] },
      { text: 'Mai.', reviews: [{ id: 'r1', text: 'She not understand english, only smile and nod.' }] },
      {
        text: 'Nina.',
        reviews: [{ id: 'r1', text: 'Ze verstond vrijwel niets, en dat maakte het lastig.' }],
      },
      {
        text: 'Agata.',
        reviews: [{ id: 'r1', text: 'Nie znała ani słowa po angielsku, pokazywała ceny na kartce.' }],
      },
      {
        text: 'Tanja.',
        reviews: [{ id: 'r1', text: 'Она почти не понимает ни по-английски, ни по-датски.' }],
      },
      { text: 'Ilse.', reviews: [{ id: 'r1', text: 'Sie hat kaum Englisch gesprochen.' }] },
      { text: 'Mila.', reviews: [{ id: 'r1', text: 'Süß, aber reden ging nur mit Google Übersetzer.' }] },
      { text: 'Lin.', reviews: [{ id: 'r1', text: 'Her English very little but she was sweet.' }] },
      { text: 'Nok.', reviews: [{ id: 'r1', text: 'Lovely smile, english almost zero though.' }] },
      { text: 'Dao.', reviews: [{ id: 'r1', text: 'English very minimal, so lots of nodding.' }] },
      { text: 'Mai.', reviews: [{ id: 'r1', text: 'Nice, but we used hand signs to agree on the time.' }] },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'Sweet, but she did not really understand me.' }] },
      { text: 'Ioana.', reviews: [{ id: 'r1', text: 'She just knows a couple of English words.' }] },
      { text: 'Joy.', reviews: [{ id: 'r1', text: 'Her sister translated everything for us.' }] },
    ],
    negative: [
      { text: 'Mai.', reviews: [{ id: 'r1', text: 'kunne ik vente, super sød og snakkede fint engelsk' }] },
      {
        text: 'Kai.',
        reviews: [{ id: 'r1', text: 'Hun kan ikke meget dansk, men engelsken gik helt fint.' }],
      },
      {
        text: 'Oana.',
        reviews: [{ id: 'r1', text: 'Lidt dårligt dansk men flydende engelsk, ingen problemer.' }],
      },
      {
        text: 'Ly.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg forstod ikke rigtig hvad hun sagde om parkering, men hendes engelsk er fint.',
          },
        ],
      },
      {
        text: 'Eva.',
        reviews: [
          { id: 'r1', text: 'Min engelsk er dårlig, men hun talte langsomt og vi forstod hinanden.' },
        ],
      },
      {
        text: 'Mai.',
        reviews: [{ id: 'r1', text: 'Hun talte nul engelsk, men flydende dansk, så ingen problemer.' }],
      },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'Hun kunne ikke engelsk, men talte godt dansk.' }] },
      { text: 'Noi.', reviews: [{ id: 'r1', text: 'Jeg kunne kun sige tak for en skøn aften.' }] },
      {
        text: 'Oksana.',
        reviews: [{ id: 'r1', text: 'Simple English, she used Google Translate for one or two words.' }],
      },
      {
        text: 'Lan.',
        reviews: [{ id: 'r1', text: 'Ikke meget dansk, men vi klarede os godt på engelsk og med fagter.' }],
      },
      {
        text: 'Lan.',
        reviews: [{ id: 'r1', text: 'Hun forstod ikke engang hvorfor jeg ville betale mere, haha.' }],
      },
      {
        text: 'Kasia.',
        reviews: [
          {
            id: 'r1',
            text: 'Bad phone line when I called, could not understand a thing, but at her place we chatted for ages.',
          },
        ],
      },
      {
        text: 'Rosa.',
        reviews: [
          {
            id: 'r1',
            text: 'Svært at forstå hende i telefonen på grund af dårlig forbindelse, men hendes engelsk er fint.',
          },
        ],
      },
      { text: 'Gry.', reviews: [{ id: 'r1', text: 'Ikke et ord tysk, men hun taler flydende engelsk.' }] },
      {
        text: 'Elin.',
        reviews: [{ id: 'r1', text: 'Hon kan nästan ingen engelska, men talar bra danska.' }],
      },
      { text: 'Giulia.', reviews: [{ id: 'r1', text: 'Parlava solo russo e inglese, nessun problema.' }] },
      {
        text: 'Ida.',
        reviews: [{ id: 'r1', text: 'She barely talked at all, shy, but her English was perfect.' }],
      },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: 'Her danish is fine, she just not speak english so much.' }],
      },
      { text: 'Eva.', reviews: [{ id: 'r1', text: 'Her English is perfect, we never use translate.' }] },
      {
        text: 'Heike.',
        reviews: [{ id: 'r1', text: 'Sie spricht kein Wort Deutsch, aber ihr Englisch ist sehr gut.' }],
      },
      {
        text: 'Joy.',
        reviews: [{ id: 'r1', text: 'She not understand danish, but good english, so easy.' }],
      },
      { text: 'Kasia.', reviews: [{ id: 'r1', text: 'Rozmawialiśmy po polsku, bez problemu.' }] },
      {
        text: 'Club.',
        reviews: [
          { id: 'r1', text: 'I am from Spain and could not understand Danish at all, but we managed fine.' },
        ],
      },
      {
        text: 'Dorota.',
        reviews: [{ id: 'r1', text: 'Dårligt engelsk, men det gik helt fint. Kommer igen.' }],
      },
      { text: 'Vera.', reviews: [{ id: 'r1', text: 'Her English was very basic but it worked out fine.' }] },
      {
        text: 'Nok.',
        reviews: [{ id: 'r1', text: 'Her English is very basic but enough for the essentials.' }],
      },
      {
        text: 'Maja.',
        reviews: [{ id: 'r1', text: 'Hun forstod ikke min ironi, men ellers masser af god snak.' }],
      },
      {
        text: 'Sofie.',
        reviews: [{ id: 'r1', text: 'Hun kunne ikke et ord svensk, så min ven og hun talte engelsk. Fint.' }],
      },
      {
        text: 'Rosa.',
        reviews: [{ id: 'r1', text: 'Zero Danish, but her English is much better than mine.' }],
      },
      { text: 'Ewa.', reviews: [{ id: 'r1', text: 'Ingen dansk, men hendes engelsk er rigtig fint.' }] },
      { text: 'Ida.', reviews: [{ id: 'r1', text: 'Vi forstod hinanden uden ord, hvis du forstår.' }] },
      {
        text: 'Dao, 30.',
        reviews: [{ id: 'r1', text: 'She only spoke Thai and English, no problem at all.' }],
      },
      {
        text: 'Lone, 50.',
        reviews: [{ id: 'r1', text: 'Sie sprach fließend Deutsch und Dänisch, sehr nett.' }],
      },
      { text: 'Lea.', reviews: [{ id: 'r1', text: 'Her English was perfect and she was really friendly.' }] },
      { text: 'Natalia.', reviews: [{ id: 'r1', text: 'Hyggelig pige, snakker godt engelsk.' }] },
      {
        text: 'Dorthe.',
        reviews: [{ id: 'r1', text: 'Lovely lady, spoke good Danish and English, very relaxed.' }],
      },
      { text: 'Speak only thai, no english.', reviews: [{ id: 'r1', text: 'Good massage.' }] },
      {
        text: 'Siri.',
        reviews: [{ id: 'r1', text: 'Best thai massage in Helsingør, good English, relaxed.' }],
      },
      {
        text: 'Lina.',
        reviews: [{ id: 'r1', text: 'No problem to communicate, her English is not bad at all.' }],
      },
      {
        text: 'Sanne.',
        reviews: [{ id: 'r1', text: 'Neither English nor Danish was a problem, she speaks both well.' }],
      },
      {
        text: 'Tina.',
        reviews: [{ id: 'r1', text: 'Hun talte hverken for meget eller for lidt, bare hyggeligt.' }],
      },
      { text: 'Pia.', reviews: [{ id: 'r1', text: 'Hun pegede på sofaen og sagde sæt dig.' }] },
      {
        text: 'Eva.',
        reviews: [{ id: 'r1', text: 'She did not speak much about herself, but her English was perfect.' }],
      },
      { text: 'Olga.', reviews: [{ id: 'r1', text: 'Hun kunne intet engelsk, men talte fint dansk.' }] },
      {
        text: 'Sara.',
        reviews: [
          { id: 'r1', text: 'Hun talte fint engelsk og forstod alt, ikke et ord om pengene før bagefter.' },
        ],
      },
      {
        text: 'Lan.',
        reviews: [{ id: 'r1', text: 'Hun forstod ikke dansk, men vi klarede os fint på engelsk.' }],
      },
      {
        text: 'Irina.',
        reviews: [
          {
            id: 'r1',
            text: "Someone wrote she doesn't speak English – nonsense, we talked politics in English for an hour.",
          },
        ],
      },
      {
        text: 'Mette.',
        reviews: [
          {
            id: 'r1',
            text: "Her English is fine – my problem is that I'm German with poor English, so I used a translation app on my own phone.",
          },
        ],
      },
      {
        text: 'Marta, 34.',
        reviews: [
          {
            id: 'r1',
            text: "I'm a tourist from Canada and couldn't speak a word of Danish. Lovely evening.",
          },
        ],
      },
      {
        text: 'Susanne, 46.',
        reviews: [
          {
            id: 'r1',
            text: 'I speak only German – no Danish and almost no English – so her friend translated.',
          },
        ],
      },
      { text: 'Ning.', reviews: [{ id: 'r1', text: 'Ning fortalte på dårligt engelsk, at hun var træt.' }] },
      {
        text: 'Renata.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun talte ikke meget dansk, men hendes engelsk var flydende, så ingen problemer.',
          },
        ],
      },
      {
        text: 'Ploy.',
        reviews: [
          {
            id: 'r1',
            text: "'Thai girl no English' is a myth here – her English is fine, we talked football.",
          },
        ],
      },
      {
        text: 'Dana.',
        reviews: [
          {
            id: 'r1',
            text: "Read somewhere she has 'no English'? Nonsense – her English was better than mine.",
          },
        ],
      },
      {
        text: 'Nadia.',
        reviews: [
          {
            id: 'r1',
            text: 'Samme fyr var der. Han åbnede og pegede bare mod soveværelset. Hun talte godt engelsk.',
          },
        ],
      },
      {
        text: 'Eva.',
        reviews: [
          { id: 'r1', text: 'Hun snakkede ikke et ord dansk, men hun talte fint engelsk, så intet problem.' },
        ],
      },
      {
        text: 'Birgit.',
        reviews: [{ id: 'r1', text: "She doesn't speak much English, but my Danish is ok, so no problem." }],
      },
      { text: 'Ewa.', reviews: [{ id: 'r1', text: 'No Danish, English very basic but we managed fine.' }] },
      {
        text: 'Heike.',
        reviews: [{ id: 'r1', text: 'Hun snakker ikke meget dansk, men hun taler tysk og engelsk.' }],
      },
      {
        text: 'Aïcha, 29.',
        reviews: [{ id: 'r1', text: 'Her English is fine. Only French when she gets excited!' }],
      },
      {
        text: 'Lenka, 40.',
        reviews: [{ id: 'r1', text: 'Hun talte kun thai og tysk – vi klarede os fint på tysk.' }],
      },
      { text: 'Ioana.', reviews: [{ id: 'r1', text: 'Her English was twenty times better than mine.' }] },
      {
        text: 'Jeanette.',
        reviews: [{ id: 'r1', text: 'Her English was great, and she even knew a little Danish.' }],
      },
      {
        text: 'Greta.',
        reviews: [{ id: 'r1', text: 'Hon kunde ingen engelska men pratade perfekt danska med mig.' }],
      },
      {
        text: 'Elin.',
        reviews: [{ id: 'r1', text: 'Omöjligt att hitta parkering, men hon var underbar.' }],
      },
      {
        text: 'Anja.',
        reviews: [{ id: 'r1', text: 'I could not say anything in Danish, but her English was perfect.' }],
      },
      {
        text: 'Mila.',
        reviews: [
          {
            id: 'r1',
            text: 'Ich kann kein Dänisch und habe mit meinem Google Übersetzer geschrieben, sie sprach perfekt Englisch.',
          },
        ],
      },
      { text: 'Lin.', reviews: [{ id: 'r1', text: 'Her English very good, we talked a lot.' }] },
      {
        text: 'Rosa.',
        reviews: [
          {
            id: 'r1',
            text: 'Simple English but she follows, the translate app only for the difficult words.',
          },
        ],
      },
      { text: 'Vera.', reviews: [{ id: 'r1', text: 'Her English was minimal but enough for the basics.' }] },
      {
        text: 'Eva.',
        reviews: [{ id: 'r1', text: 'I translated everything on the menu for her, she laughed.' }],
      },
    ],
  },
});
