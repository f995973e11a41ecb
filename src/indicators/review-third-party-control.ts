import { defineIndicator } from './define.js';
import { compileTerms, isNegated } from './text/match.js';
import { detectWithRules, type MatchContext, type TextRule } from './text/rules.js';
import { elsewhere } from './text/elsewhere.js';
import { unlessRefuted } from './text/refuted.js';
import { sentenceEnd, sentenceStart } from './text/sentence.js';
import { QUOTE_MARK } from './text/terms.js';

/**
 * Relatives and "friends" who drive, collect or watch: "a brother drove her", "en bror der kørte hende";
 * "so-called" says in words what the scare quotes say: "her so-called cousin collected the cash",
 * "hendes såkaldte veninde tog pengene".
 */
const RELATIVE = `(?:a|an|the|her) ${QUOTE_MARK}?(?:brother|cousin|uncle|aunt|auntie|aunty)${QUOTE_MARK}?|(?:a|an|the|her) (?:${QUOTE_MARK}friend${QUOTE_MARK}|male friend)|(?:en|hendes|sin) (?:${QUOTE_MARK}?(?:bror|fætter|onkel)${QUOTE_MARK}?|${QUOTE_MARK}ven${QUOTE_MARK}|${QUOTE_MARK}veninde${QUOTE_MARK}|mandlige ven)|(?:en|hendes|sin) ${QUOTE_MARK}(?:søster|kusine|tante)${QUOTE_MARK}|broren|fætteren|onklen|(?:en|hennes) ${QUOTE_MARK}?(?:bror|kusin|farbror|morbror)${QUOTE_MARK}?|(?:a|an|the|her) (?:so-called|so called|supposed) (?:friend|sister|cousin|auntie|aunty|brother)|(?:hendes|en|sin) (?:såkaldte|påståede) (?:ven|veninde|søster|kusine|tante|bror)`;

/**
 * Client scare quotes around the noun: "Hendes 'kæreste' sad i stuen", 'Her "boyfriend" was
 * sitting …'. After the first word, so the term still opens with a letter.
 */
const Q = `${QUOTE_MARK}?`;

/**
 * Someone other than the person, as a client would write it; also the agency's or the house's man
 * ("the agency's guy waited in the lobby", "the club's driver"); "a second woman sat in the kitchen";
 * the one who books her ("the woman on the phone who books Joy opened the door and kept the cash", not
 * "the lady who booked me", herself). Also placed in the hallway ("a woman in the hallway took the
 * cash"), the Danish loanword "driveren" ("Driveren tog betalingen") and an older man with his origin
 * between ("en ældre dansk fyr kørte hende"). The house's, the agency's or the girls' own ("their driver
 * dropped her at my hotel"), and a woman on the phone, who is not she ("a woman on the phone had
 * arranged everything", "the lady on WhatsApp took the booking").
 */
const OTHER = `(?:a man|the man|a guy|the guy|some guy|(?:the|an?) (?:agency's|agency|bureau's|club's|house's) (?:guy|man|driver|minder|bodyguard|rep|representative)|(?:a|the|another) (?:woman|lady|man|guy) in the (?:(?:next|other|adjoining) room|hallway|hall|corridor|stairway)|(?:guy|man|dude|bloke) (?:at|by|behind) the (?:door|entrance|desk|reception|counter)|(?:a|an|the|some) (?:big|tall|huge|young|older|old|elderly|strange) (?:man|guy)|the (?:old |older |elderly )?${QUOTE_MARK}?receptionist${QUOTE_MARK}? (?:lady|woman)|(?:her|the|a|their) ${Q}(?:boyfriend|bf|b/f|hubby|husband|driver|manager|boss|pimp)${Q}|her ${Q}man${Q}|mamasan|mama[\\s-]?san|(?:a|an|the) (?:older |old )?(?:woman|lady|man|guy) (?:they|everyone|people|the girls) call(?:ed)? ${Q}\\p{L}+${Q}|the mamasan|(?:the )?madam|madammen|someone else|somebody else|another man|(?:a|the) (?:woman|lady) on (?:the phone|whatsapp|telegram)|an older (?:woman|man|lady)|another woman|(?:a|the) second (?:woman|lady|man|guy)|(?:the|a|den|en) (?:woman|lady|man|guy|person|kvinde|dame|mand|fyr)(?: on the phone| i telefonen)? (?:who|that|der|som) (?:books|booked|booker|bookede|handles bookings for) (?!(?:me|us|mig|os|my|our|min|mit|mine|vores|the|a|an|en|et|den|det|rooms?|appointments?|tider|tid)(?![\\p{L}]))\\p{L}+|(?:the|a) (?:old |older |elderly )?(?:lady|woman|man|guy) (?:at|in|behind) (?:the (?:desk|counter|reception|front desk|door|entrance)|reception)|(?:damen|kvinden|manden|fyren) (?:i|ved|bag) (?:receptionen|skranken|disken|døren|indgangen)|den (?:ældre |gamle |unge )?(?:dame|kvinde|mand|fyr) (?:i|ved|bag) (?:receptionen|skranken|disken|døren|indgangen)|(?:her|the) ${QUOTE_MARK}(?:sister|auntie|aunty|cousin)${QUOTE_MARK}|værtinden|en værtinde|the hostess|a hostess|arrangøren|the organi[sz]er|receptionisten|the receptionist|a receptionist|en mand|manden|en fyr|fyren|(?:hendes|en|sin) (?:(?!egen |eget )\\p{L}+ )?${Q}(?:kæreste|chauffør|manager|chef|mand)${Q}|kæresten|chaufføren|driveren|en anden (?:mand|kvinde|person|fyr)|en ældre (?:\\p{L}+ )?(?:mand|kvinde|dame|fyr)|(?:den )?samme (?:fyr|mand|kvinde|dame)|the same (?:guy|man|woman|lady)|en kille|killen|mannen|en man|en äldre (?:kvinna|man|dam)|en kvinna|kvinnan|hennes ${Q}(?:pojkvän|chaufför|chef)${Q}|pojkvännen|chauffören|${RELATIVE})`;

/**
 * Someone watching "us", the reviewer and her: a third person in the room ("En kvinde sad i stuen
 * og holdt øje med os", "somebody kept an eye on us the whole time").
 */
const watchedUs = compileTerms([
  '(?:holdt|holder) (?:hele tiden )?øje med os',
  '(?:kept|keeps|keeping) an eye on us',
  '(?:watched|watching) us',
]);

/** A pet watching: "Hunden holdt øje med os hele tiden 😂", "her cat was watching us". */
const PET_BEFORE =
  /(?<![\p{L}])(?:hunden|katten|hvalpen|killingen|papegøjen|the dog|the cat|the puppy|her dog|her cat|hendes hund|hendes kat)\s+(?:\p{L}+\s+){0,2}$/iu;

/** Who the money went to: anyone of OTHER, and a "friend" too, since handing over the money says enough. */
// Also "the boss" in Danish, often in quotes: "Man betaler til 'bossen' i gangen".
const PAYEE = `(?:${OTHER}|${QUOTE_MARK}?(?:bossen|chefen|manageren)${QUOTE_MARK}?|(?:her|a) ${Q}friend${Q}|(?:hendes|en) ${Q}(?:ven|veninde)${Q}|(?:the|a|her) (?:receptionist|front desk|reception)|receptionen|(?:a|the|an older|another) (?:woman|lady|man|guy) in the (?:kitchen|hallway|hall|car|back room|living room)|(?:en|den) (?:\\p{L}+ )?(?:mand|kvinde|dame|fyr) i (?:køkkenet|gangen|entréen|bilen|stuen))`;
/** What that someone did: took the money, watched, drove her, answered the phone, waited, "asked me for the money". */
const ACTION =
  '(?:keeps (?:her|the|all the|all her) (?:money|cash|earnings|passport|papers)|(?:tæller|talte|counts) (?:pengene|sedlerne|the money|the notes|the cash)|took|takes|take|translated|translates|translate|collected|collects|counted (?:my |the |our )?(?:money|cash)|texted me|told me to|told me the rules|sent me the address|arranged (?:everything|it all|the (?:meeting|date|booking|visit|time))|arrangerede (?:alt|det hele|mødet|tiden)|handled|kept (?:the |her |all the |my )?(?:money|cash|passport|phone|papers|keys?)|got|asked for|asked (?:me|us) for (?:the |my |our )?(?:money|cash|payment)|bad (?:mig|os) om (?:pengene|betalingen)|wanted (?:the )?(?:money|cash|payment)|picked|dropped her|dropped (?:her )?off|was back|came back|returned to pick|satte hende af|afleverede|afleverer|leverer|hentede|henter|delivers|delivered|fetches|fetched|kom tilbage|answered|answers|picked up|drove|drives|brought|brings|watched|watches|was watching|waited|was waiting|waits|stood|was standing|opened|chose|decided|told her|sat|was sitting|was outside|stayed|was there the whole time|was present|was (?:in|at) the (?:next |other |same |hotel )?(?:room|kitchen|hallway|hall|stairway|apartment|flat|living room|car|door|entrance|lobby)|var der hele tiden|var til stede|var i (?:stuen|køkkenet|rummet|naborummet|det andet rum|det næste rum|lejligheden|bilen|entréen|gangen|opgangen)|tog|tager|modtog|krævede|svarede|svarer|kørte|kører|bragte|fulgte|overvågede|holdt øje|kiggede med|kigger med|ventede|venter|stod|åbnede|valgte|bestemte|sad|var udenfor|holdt (?:udenfor|uden for|ude foran|parkeret)|tog betalt|holdt styr på (?:\\p{L}+ og )?(?:pengene|betalingen|kassen)|kept track of (?:the )?(?:\\p{L}+ and )?(?:money|cash|payments?)|tog pengarna|svarade|öppnade|väntade|satt|körde|bestämde|höll koll)';

/** "A man opened the door and took the money", "Her boyfriend answered the phone and drove her". */
// A named someone may be a few words from the act ("the driver was in the stairway and took the
// money"); a bare "he"/"han" only close by, since it may be anyone the reviewer mentions.
/**
 * The driver with the article left out, opening a sentence: "Driver took the money at the door",
 * "Chauffør ventede udenfor" (not "My driver waited outside", the client's own).
 */
const bareDriverActs = compileTerms([
  '(?:driver|chauffør|chaufføren|driveren) (?:took|takes|collected|kept|counted|waited|was waiting|tog|tager|talte|ventede|venter)',
  // An older woman or man on the phone, the article left out as in a short note: "Older woman
  // answered the phone and took the money", "Ældre dame tog telefonen" (as "a woman answered the phone").
  '(?:older|elderly|old|ældre) (?:woman|lady|man|guy|kvinde|dame|mand) (?:answered|picked up|took|svarede|tog) (?:the |her )?(?:phone|call|telefonen)',
  // Her manager or boss so, a few acts before the money: "Manager came in to translate and took the
  // cash", "Boss tog imod betalingen" (not when she acts between: "Manager called, she took the cash").
  '(?:manager|manageren|boss|bossen|chef|chefen|madam|mamasan)(?: (?!(?:she|hun|i|jeg|we|vi)(?![\\p{L}]))[\\p{L},’\\u0027]+){0,8} (?:took|takes|collected|kept|counted|tog|tager|talte|modtog) (?:imod )?(?:the |all the |my |our )?(?:money|cash|payment|pengene|betalingen|kontanterne)',
]);
const SENTENCE_OPENS = /(?:^|[.!?;:–—]\s*|\n\s*)$/u;

/**
 * The reviewer's own man: "Mein Fahrer hat unten gewartet", "mijn chauffeur wachtte", "мой водитель
 * ждал" (his driver, not hers).
 */
// Also Italian, Spanish, French and Czech: "il mio autista mi ha aspettato", "mi chófer", "můj řidič".
const REVIEWERS_OWN_BEFORE =
  /(?<![\p{L}])(?:my|min|mit|mein|meinen|meinem|mijn|mój|moj|mojego|мой|моего|mio|mi|mon|můj|mého|saját)\s+(?:\p{L}+\s+)?$/iu;

/** Someone's act as told of her visit: not denied, not of another place, not a harmless man. */
/** The reviewer telling of himself: "Jeg er en mand på 45 og …", "I'm a guy of 50, …". */
const HIMSELF_BEFORE = /(?<![\p{L}])(?:jeg er|i am|i'm|i’m)\s+$/iu;

function hisAct(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start);
  if (REVIEWERS_OWN_BEFORE.test(before) || HIMSELF_BEFORE.test(before)) return false;
  return !negatedInItsPart(ctx) && !elsewhere(ctx) && !harmlessMan(ctx);
}

const someoneActs = compileTerms([
  // A comma may follow the someone: "det var hendes kæreste, der tog imod pengene". Not when she
  // acts after him: "Manden var ikke at se, hun tog selv pengene".
  `${OTHER}${Q}\\)?,?(?: (?!(?:jeg|we|vi|mens|while|whilst|hun|she)(?![\\p{L}]))[\\p{L},’\\u0027]+){0,6} ${ACTION}`,
  // A man placed somewhere, the article left out as in a short note: "Fyr i en sort BMW udenfor tog
  // pengene", "Guy in the car took the money" (a woman so described may be herself). Also waiting
  // there, a few acts before: "A guy waiting in a car outside came up and took the money".
  `(?:fyr|mand|guy|dude)(?: waiting| sitting| der ventede| der sad| som ventede| som sad)? (?:i|in|ved|by|at|outside) (?:(?:en|et|a|an|the) )?(?:\\p{L}+ ){0,2}(?:bil|bilen|car|bmw|audi|mercedes|volvo|van|varevogn|opgangen|gangen|entréen|køkkenet|døren|hallway|kitchen|stairway|lobby|door|entrance)(?: [\\p{L},’\\u0027]+){0,4} ${ACTION}`,
  // A man told by his age, which the words between may not hold: "En mand på 40-50 år tog imod
  // pengene", "a guy around 50 took the money", "a man in his forties waited in the car".
  `(?:en|a) (?:\\p{L}+ )?(?:mand|fyr|man|guy) (?:på|of|around|about|omkring|ca\\.?|in his) (?:omkring |ca\\.? |cirka |about |around |maybe |måske )?(?:\\d{2}(?:\\s?[-–]\\s?\\d{2})?(?:'?s)?|\\p{L}+ties)(?: år| years?(?: old)?)?,?(?: (?!(?:og|and|hun|she|jeg|i|vi|we)(?![\\p{L}]))[\\p{L},’\\u0027]+){0,4} ${ACTION}`,
  `(?:he|han)(?: [\\p{L},’\\u0027]+){0,3} ${ACTION}`,
  // The money taken by "him" further on in the clause: "stod han og røg i opgangen og tog imod
  // pengene", "he was smoking on the stairs and took the money" (not when "jeg", "vi" or "hun" comes between).
  `(?:he|han)(?: (?!(?:jeg|vi|we|hun|she)(?![\\p{L}]))[\\p{L},’\\u0027]+){4,7} (?:tog imod pengene|tog pengene|tog betalingen|took the money|took the cash|collected the money)`,
  `(?:answered|picked up|booked|collected|arranged) by (?:${OTHER}|a man|her boyfriend|a guy)`,
  // A woman or man on the phone or doing the talking for her: "A woman answered the phone and spoke
  // for her the whole time", "Only the older lady talked".
  '(?:a|another|an older|some) (?:\\p{L}+ )?(?:woman|lady|man|guy|person|kvinde|dame|mand|fyr) (?:answered|took|picked up|tog|svarede) (?:the |her )?(?:phone|call|telefonen)',
  // Her messages answered the same way: "A man replied to my SMS", "en mand svarede på min sms".
  "(?:a|another|an older|some|en|en anden) (?:\\p{L}+ )?(?:woman|lady|man|guy|person|kvinde|dame|mand|fyr) (?:replied|responded|wrote back|texted back|svarede|skrev tilbage) (?:to |på )?(?:my |the |min |mine )?(?:sms|sms'er|text|texts|message|messages|whatsapp|besked|beskeder)",
  // The house's man or woman named by the post, the article often left out: "Reception guy takes the
  // money", "the studio lady took the money", "door man collected the cash" (not "the massage lady",
  // who may be herself).
  '(?:(?:the|a) )?(?:reception|front desk|door|studio) (?:guy|man|lady|woman) (?:took|takes|collected|collects|kept|keeps|counted|asked for) (?:the |all the |my |our )?(?:money|cash|payment)',
  // The same in Danish and Norwegian, an origin word between: "En anden thai dame tog telefonen",
  // "en ældre kvinde svarede telefonen", "en annen dame tok telefonen".
  '(?:en anden|en annen|en ældre|en eldre) (?:\\p{L}+ )?(?:kvinde|kvinne|dame|mand|mann|fyr) (?:tog|tok|svarede|svarte|besvarede) (?:telefonen|opkaldet)',
  '(?:spoke|talked|answered|did the talking|translated|talte|svarede|oversatte) for (?:her|hende)(?: the whole time| hele tiden| all the time)?',
  // Danish word order after a time clause puts the verb first: "Da jeg ringede, svarede en mand",
  // "så tog en fyr telefonen".
  '(?:svarede|tog telefonen) (?:der )?(?:en|et) (?:\\p{L}+ )?(?:mand|fyr|mandestemme)',
  'tog (?:der )?en (?:\\p{L}+ )?(?:mand|fyr) telefonen',
  `${OTHER} (?:talked|did the talking|did all the talking|talte|førte ordet)`,
  // Her "friend" who takes the money: "Her friend answered, gave me the address, and took the money
  // at the door" (a friend alone may be a duo partner; the money says more).
  '(?:her|a) friend(?: [\\p{L},’\\u0027]+){0,8} (?:took|takes|collected|counted|kept) (?:the |my |our |all the )?(?:money|cash|payment)',
  // German reviews: "Ein Mann hat das Geld genommen, und sie durfte nicht allein mit mir reden", "Ein
  // Mann hat draußen im Auto gewartet und sie danach abgeholt".
  // German puts the participle last, so a whole clause may stand between: "Ein Typ saß im Auto vor
  // dem Haus und hat kassiert", "Ein Mann hat die Tür aufgemacht und das Geld genommen".
  // The phone too: "Ein Mann hat für sie das Telefon beantwortet".
  '(?:mann|typ|kerl|fahrer|zuhälter|freund)(?: \\p{L}+){0,8} (?:genommen|kassiert|nahm das geld|kassierte|abkassiert|gewartet|abgeholt|gebracht|gefahren|beantwortet|abgenommen)',
  // Also her man in scare quotes: "Ihr 'Freund' wartete unten im Auto und hat das Geld genommen".
  `(?:ihr|ein|der) ${QUOTE_MARK}(?:mann|freund|fahrer|chef|cousin|onkel|bruder)${QUOTE_MARK}(?: \\p{L}+){0,8} (?:genommen|kassiert|nahm das geld|kassierte|abkassiert|gewartet|abgeholt|gebracht|gefahren|beantwortet|abgenommen)`,
  // A man's voice on her number: "Am Telefon war immer ein Mann", "am Telefon meldete sich ein Mann".
  'am telefon (?:war|meldete sich) (?:immer |nur |stets |jedes mal )?(?:ein|der) (?:mann|typ|kerl)',
  // The house's woman at the counter: "Die Frau an der Theke hat kassiert".
  'frau an der (?:theke|kasse|rezeption|bar)(?: \\p{L}+){0,3} (?:kassiert|abkassiert|das geld genommen|kassierte)',
  // Norwegian reviews: "Kjæresten hennes tok imot pengene i døra".
  // Also her friend or the receptionist: "Venninnen satt i stua og fulgte med", "Resepsjonisten tok betalt".
  '(?:kjæresten hennes|hennes kjæreste|sjåføren|mannen|en mann|venninnen|resepsjonisten|sjefen|fyren|en fyr)(?: \\p{L}+){0,4} (?:tok imot pengene|tok pengene|tok betalt|ventet|kjørte|satt|fulgte med|banket på)',
  // The house takes the money: "Receptionen tog imod betalingen".
  // Also after what else it does: "Receptionisten styrer det hele: tager pengene", "the receptionist
  // runs everything, takes the money".
  '(?:receptionen|receptionisten|the reception|the receptionist|the front desk)(?: [\\p{L}:,]+){0,4} (?:tog|tager|took|takes|collected|collects) (?:imod )?(?:pengene|betalingen|the money|the payment|payment)',
  // The visit timed from outside: "knocked at exactly 60 minutes", "bankede på efter præcis 30 minutter".
  '(?:knocked|bankede)(?: on the door| på døren| på)? (?:at|after|efter) (?:exactly |precisely |præcis )?\\d{2} (?:minutes|min|minutter)',
  // Or to check the time: "Someone knocked on the door twice to check the time", "en mand bankede på
  // for at tjekke tiden" (not the client's own knock to find the flat).
  '(?:someone|somebody|a man|the man|a guy|a woman|another woman|nogen|en mand|manden|en fyr|en kvinde)(?: kept)? (?:knocked|knocking|bankede)(?: on the door| at the door| på døren| på)?(?: \\p{L}+){0,2} (?:to check|for at tjekke|for at checke|for at høre|to ask about) (?:the time|how long|tiden|hvor længe)',
  // Danish puts the verb first after a time: "Midt i det hele bankede en mand på for at tjekke tiden".
  'bankede (?:nogen|en mand|manden|en fyr|en kvinde)(?: på døren| på)?(?: \\p{L}+){0,2} for at (?:tjekke|checke|høre) (?:tiden|hvor længe)',
  'durfte nicht (?:allein|alleine) (?:mit|sprechen|reden)',
  // Spanish and Portuguese reviews: "Un hombre abrió la puerta, cobró los 1000 kr", "O motorista
  // recebeu o dinheiro".
  // (From the noun on: "un", "el" and "o" begin too many words to gate the pattern.)
  // Also staying, waiting or watching there: "un hombre abrió y se quedó en la cocina todo el rato",
  // "un tipo que esperaba en el pasillo", "el chófer contó el dinero".
  '(?:hombre|tipo|señor|chico|chofer|chófer|novio|jefe)(?: [\\p{L},]+){0,5} (?:cobró|tomó el dinero|recibió el dinero|se quedó con el dinero|contó el dinero|se quedó (?:en|allí|ahí|fuera|afuera|mirando|vigilando)|esperaba|vigilaba|vigilándolo|vigilando)',
  // A man on her phone: "Llamé y me contestó un hombre".
  '(?:contestó|respondió|atendió|cogió el teléfono) (?:al teléfono )?un (?:hombre|tipo|señor|chico)',
  // Italian reviews: "un uomo ha preso i soldi", "l'autista l'ha aspettata in macchina", and the verb
  // first: "l'ha accompagnata un uomo in macchina" (not "il mio autista mi ha aspettato", his own).
  "(?:uomo|tizio|autista|ragazzo|fidanzato|protettore|magnaccia|pappone)(?: [\\p{L},’\\u0027]+){0,5} (?:ha preso i soldi|prese i soldi|ha contato i soldi|teneva i soldi|l'ha aspettata|l'ha portata|l'ha accompagnata|l'ha chiamata|la aspettava|la controllava|controllava|sorvegliava)",
  "(?:l'ha accompagnata|l'ha portata|l'ha aspettata|è venuto a prenderla) (?:un|il suo) (?:uomo|tizio|ragazzo|autista|fidanzato)",
  // Romanian reviews: "Un tip a luat banii la ușă", "Prietenul ei a stat în mașină", and the money
  // first: "banii îi ia «el»".
  '(?:un tip|un bărbat|tipul|bărbatul|șoferul|soferul|prietenul ei|iubitul ei|șeful|proxenetul)(?: \\p{L}+){0,5} (?:a luat banii|lua banii|ia banii|a numărat banii|a stat|a rămas|aștepta|a așteptat|păzea|supraveghea|a sunat-o|o suna)',
  `banii (?:îi |i )?(?:ia|lua|a luat|iau) ${Q}(?:el|ei|șeful|șoferul)${Q}`,
  // Czech reviews: "řidič čekal za dveřmi", "chlap, který celou dobu poslouchal", the verb first
  // ("Pokoj hlídal nějaký chlap") and the money first ("Peníze si vzal on").
  '(?:řidič|řidiči|chlap|chlapovi|muž|muži|pasák|pasákovi|šéf|šéfovi|týpek)(?:,? \\p{L}+){0,4} (?:čekal|vzal|si vzal|bral|hlídal|poslouchal|sledoval|seděl|bušil)',
  '(?:hlídal|hlídá|čekal|seděl|poslouchal) (?:tam )?(?:nějaký |jeden |cizí )?(?:chlap|muž|řidič|pasák|týpek)',
  'peníze si (?:vzal|bral|vybral) (?:on|řidič|chlap|muž|pasák)',
  // Hungarian reviews: "Egy férfi ült a konyhában", "A pénzt a recepciós nő vette el".
  '(?:férfi|pasas|fickó|sofőr|sofőrje|recepciós|főnök|főnöke|futtató|futtatója|strici)(?: \\p{L}+){0,5} (?:ült|várt|vette el|elvette|figyelt|figyelte|őrködött|beszedte|szedte be)',
  // Swedish reviews with the boss or the driver: "Chefen tog pengarna och låste dörren", "Föraren
  // ringde henne två gånger".
  '(?:chefen|föraren|hallicken|vakten)(?: \\p{L}+){0,4} (?:tog pengarna|tog betalt|låste dörren|låste in henne|ringde henne|väntade|vaktade)',
  '(?:homem|cara|senhor|motorista|namorado|chefe)(?: [\\p{L},]+){0,5} (?:cobrou|pegou o dinheiro|recebeu o dinheiro|ficou com o dinheiro)',
  // Russian and Ukrainian reviews, in either order: "Мужчина забрал деньги", "деньги у двери забрал
  // мужчина", "гроші взяв водій".
  // A clause between ("Мужчина, который открыл дверь, забрал деньги"), the present ("все деньги
  // забирает «хозяин»") and "он" after the money ("деньги взял он").
  '(?:мужчина|мужик|парень|водитель|чоловік|хлопець|водій|хозяин|начальник)(?:,? [\\p{L},]+){0,4} (?:забрал|взял|забрав|взяв|забирает|берёт|берет) (?:все )?(?:деньги|гроші|оплату)',
  `(?:деньги|гроші|оплату)(?: \\p{L}+){0,3} (?:забрал|взял|забрав|взяв|забирает|берёт|берет|отбирает) ${Q}(?:мужчина|мужик|парень|водитель|чоловік|хлопець|водій|хозяин|начальник|он)${Q}`,
  // Waiting or sitting by: "Водитель ждал её в машине", "В соседней комнате сидел мужчина и всё слышал".
  '(?:мужчина|мужик|парень|водитель|водій|охранник)(?: \\p{L}+){0,3} (?:ждал|ждал её|сидел|следил|караулил|подслушивал)',
  '(?:сидел|стоял|ждал|находился) (?:какой-то )?(?:мужчина|мужик|парень|водитель|охранник)',
  // Polish reviews: "szef przy kasie wziął pieniądze", "Jakiś facet czekał w samochodzie".
  '(?:facet|mężczyzna|szef|kierowca|gość|alfons|chłopak|ochroniarz)(?: \\p{L}+){0,4} (?:wziął|zabrał|odebrał|zainkasował|czekał|pilnował|siedział|odbierał telefon|odebrał telefon)',
  // Dutch reviews: "Er zat een man in een auto te wachten", "Een man nam de telefoon op", "De oudere
  // dame aan de balie nam het geld aan", "haar 'vriend' het geld bewaart", "kwam hij het geld ophalen".
  '(?:zat|stond) (?:er )?(?:\\p{L}+ )?een (?:\\p{L}+ )?(?:man|vent|kerel|chauffeur)(?: \\p{L}+){0,6} (?:te wachten|te kijken)',
  `(?:een|de|haar) (?:oudere |andere )?${Q}(?:man|vent|kerel|chauffeur|pooier|baas|vriend|vriendje|dame aan de balie|vrouw aan de balie|oudere dame|oudere vrouw|andere vrouw)${Q}(?: \\p{L}+){0,5} (?:(?:nam|houdt|hield|bewaart|bewaarde|pakte|inde) het geld|het geld (?:aan|op|ophalen|bewaart|bewaarde|houdt|hield|pakte|innen|inde)|nam de telefoon op|de telefoon opnam|wachtte)`,
  '(?:hij|hem) (?:\\p{L}+ ){0,2}het geld (?:ophalen|op|halen|aan)',
  '(?:moest|moet) ik (?:hem|de man|de chauffeur) (?:eerst |meteen )?betalen',
  // Her friend on her phone: "Veninden tog telefonen og sad i køkkenet hele tiden"; her assistant or
  // secretary too: "Assistenten tog telefonen første gang", "her secretary answered the phone".
  '(?:veninden|vennen|hendes veninde|hendes ven|the friend|her friend|assistenten|sekretæren|hendes assistent|hendes sekretær|the assistant|her assistant|the secretary|her secretary)(?: \\p{L}+){0,2} (?:tog|svarede|besvarede|took|answered|picked up) (?:telefonen|opkaldet|the phone|my call)',
  // The one who answered the phone, then acting: "Hende der tog telefonen tog også imod pengene",
  // "the woman who answered the phone took the money". (From "hende"/"ham": "den" and "the" open
  // too many words.)
  `(?:hende|ham|kvinden|manden|damen|fyren|the (?:woman|lady|man|guy|person|one)) (?:der|som|who|that) (?:tog|svarede|besvarede|answered|picked up|took) (?:telefonen|opkaldet|the phone|my call)(?: [\\p{L},]+){0,3} ${ACTION}`,
  // Someone else runs her phone: "Telefonen blev taget af en mand med accent", "Det var ikke hende,
  // der skrev tilbage – en kvinde ringede mig op", "En fyr skrev alle beskederne for hende", "the man
  // on the phone".
  '(?:telefonen|opkaldet) blev (?:taget|besvaret) af',
  'the phone was (?:answered|picked up) by',
  "(?:ikke hende|wasn't her|was not her),? (?:der|som|who|that) (?:skrev|svarede|sms'ede|texted|answered|replied|wrote)",
  "(?:skrev|wrote|writes|texted) (?:alle |all )?(?:the )?(?:beskederne|beskeder|sms'erne|messages) for (?:hende|her)",
  // Also "i røret" (on the line): "Ringede og fik en mand i røret".
  '(?:manden|en mand|fyren|en fyr|the man|a man|the guy|a guy) (?:i|on|at) (?:telefonen|røret|the phone)',
  // On her messaging app, and the English noun without its article, as a short note has it: "Man on
  // WhatsApp did all the talking", "a guy on Telegram sent the address" (English "on" only: Danish
  // "man" is "one").
  '(?:the man|a man|the guy|a guy|man|guy|manden|en mand|fyren|en fyr) (?:on|på) (?:whatsapp|telegram|signal|viber)',
  '(?:man|guy) on the phone',
  // Her manager wrote to the client: "Manageren sms'ede adressen til mig", "her manager texted me
  // the address" (not "the manager of the hotel was kind").
  "(?:manageren|her manager|hendes manager|the manager|chefen|her boss|hendes chef) (?:sms'ede|sms’ede|smsede|skrev til mig|sendte mig|sendte adressen|texted|messaged|sent me)",
  // Her manager heard on the phone: "Manager was polite on the phone", "manageren var sød i telefonen".
  '(?:manager|manageren|the manager|her manager|hendes manager|her boss|the boss|chefen|hendes chef) (?:was|var|sounded|lød|is|er) (?:\\p{L}+ ){0,3}(?:on the phone|in the phone|i telefonen|on whatsapp|på whatsapp)',
  // Someone else rang back from another number: "A woman called me back from another number to
  // confirm", "en mand ringede mig op fra et andet nummer" (she would call from her own).
  "(?:a|another|some|an older|en|en anden|en ældre) (?:\\p{L}+ )?(?:woman|lady|man|guy|kvinde|dame|mand|fyr) (?:called|rang|phoned|texted|ringede|skrev|sms'ede) (?:me |mig )?(?:back |op |tilbage )?(?:from|fra) (?:another|a different|a second|an unknown|a hidden|et andet|et ukendt|et skjult|et hemmeligt) (?:number|nummer)",
  // Sent or brought with a driver: "Receptionen sendte en pige til mit hotel med en chauffør", "they
  // sent her with a driver" (not "a driver's licence").
  '(?:hun|she|hende|her|pigen|the girl|en pige|a girl|damen|the lady)(?: \\p{L}+){0,5} (?:med|with) (?:en|a|their|deres|a male|en mandlig) (?:chauffør|driver)(?![\\u0027\\u2019]s)',
  // The man she names decides for her: "Det var ham, der bestemte tid og pris".
  // (From "ham"/"him": "det" and "it" begin too many words to be where the pattern is tried.)
  '(?:ham|him),? (?:der|som|who|that) (?:bestemte|besluttede|tog imod pengene|tog pengene|decided|took the money)',
  // She is moved by someone else, in the passive: "Hun blev kørt ud til mig af en fyr", "she was
  // dropped off by her 'boyfriend'".
  `(?:she|the girl|hun|pigen) (?:was|got|is|gets|blev|bliver) (?:driven|brought|dropped off|dropped|picked up|collected|escorted|fetched|kørt|bragt|hentet|fulgt|afleveret|sat af)(?: \\p{L}+){0,3} (?:by|af) ${OTHER}`,
]);

/**
 * She had to hand the money on, the someone left unsaid: "Hun skulle aflevere pengene – jeg så hende
 * give hele bunken til en mand", "she had to hand over the money". Not a refund ("aflevere pengene
 * tilbage", "hand the money back"). Its own list: it opens with "hun"/"she".
 */
const herMoneyHandedOn = compileTerms([
  '(?:hun|pigen|damen|she|the girl) (?:skulle|måtte|skal|må|had to|has to|must) (?:aflevere|hand over|hand in|turn over) (?:alle |hele |all |all the |the )?(?:pengene|kontanterne|beløbet|money|cash)(?! (?:tilbage|back)(?![\\p{L}]))',
  // To a man named only by "him": "hun sagde, at hun skulle give ham pengene", "she had to give them
  // the money". The reviewer is "me", so "him" or "them" is someone else.
  '(?:hun|pigen|damen|she|the girl) (?:skulle|måtte|skal|må|had to|has to|must) (?:give|aflevere|betale) (?:ham|dem|him|them) (?:alle |hele |all |all the |the )?(?:pengene|kontanterne|beløbet|money|cash)(?! (?:tilbage|back)(?![\\p{L}]))',
  // All she earns goes to a keeper, told in her words: "she must give everything to her 'mummy'", "hun
  // skal aflevere det hele til sin 'mama'", "she has to give all her money to the boss". The quoted
  // "mummy"/"mama" is the madam, not her mother; an unquoted one is left alone.
  `(?:hun|pigen|damen|she|the girl) (?:skulle|måtte|skal|må|had to|has to|must) (?:give|aflevere|hand over|betale|pay) (?:everything|it all|all of it|almost everything|most of it|det hele|alt|alt sammen|næsten alt|det meste|(?:all |alle |hele |most of |half of |half |det meste af |halvdelen af )?(?:her |sine |the )?(?:money|earnings|pengene|penge|indtjeningen)) (?:til|to) (?:(?:her|hendes|sin|the|a|en) ${QUOTE_MARK}(?:mummy|mommy|mama|mamma|mum|mom|mor|auntie|aunty|tante|sister|søster)${QUOTE_MARK}|(?:her|hendes|sin|the) (?:boss|chef|madam|mamasan|mama-san|pimp|alfons|owner|ejer|ejeren)|(?:the|a|den|en) (?:lady|woman|man|guy|dame|kvinde|mand) (?:who|that|der|som) (?:owns|ejer) (?:the|this|that|stedet|lejligheden|klinikken|huset)(?: (?:place|flat|apartment|house|salon|club|shop))?|${OTHER})`,
  // She took it out to him: "da jeg gik, gik hun ud til ham med pengene", "she went out to him with the money".
  '(?:hun|pigen|damen|she|the girl) (?:gik|løb|went|ran) (?:ud |ned |out |down )?(?:til|to) (?:ham|manden|fyren|him|the man|the guy) med (?:pengene|kontanterne|sedlerne)',
  '(?:hun|pigen|damen|she|the girl) (?:went|ran) (?:out |down )?to (?:him|the man|the guy) with the (?:money|cash)',
]);

/**
 * The someone after the verb, as Danish word order and English "there was" put it: "Der sad en fyr i
 * en bil udenfor", "Der stod en mand i opgangen", "There was a man waiting in the car outside". A
 * bare "there was a guy" (a client leaving) counts only when he waits, watches or sits there.
 */
const someoneThere = compileTerms([
  `der (?:sad|stod|ventede|holdt|hang|gik) (?:hele tiden |altid )?${OTHER}`,
  `(?:der|there) (?:var|er|was|were|is) (?:hele tiden |altid |always )?${OTHER}(?: [\\p{L},’\\u0027]+){0,3} (?:waiting|watching|sitting|standing|parked|outside|udenfor|som ventede|der ventede|som holdt øje|der holdt øje|som sad|der sad|who (?:waited|watched|took|answered|drove)|som tog|der tog|i bilen|in (?:the|a) car)`,
]);

/** Words that name coercion or trafficking outright. */
const namedControl = compileTerms([
  // Money she needs for someone: "kept saying he needed the money today for 'the boss'".
  `(?:money|pengene|penge)(?: \\p{L}+){0,3} (?:for|to|til) ${QUOTE_MARK}?(?:the |his |her )?${QUOTE_MARK}?(?:boss|chef|chefen|bossen|manager|manageren)`,
  // Her madam to have the money, as she told it: "hendes 'madam' skulle have pengene", "her madam
  // gets the money" (not "I paid her").
  `(?:her|hendes|the|sin) ${QUOTE_MARK}?(?:madam|mamasan|mama-san|boss|chef|manager)${QUOTE_MARK}? (?:skulle have|skal have|skulle ha|skal ha|gets|should get|must get|wanted|ville have) (?:pengene|betalingen|the money|the cash|the payment)`,
  'menneskehandel',
  // Someone angry at her earnings, as she told it: "'chefen' bliver vred, når hun ikke tjener nok".
  `(?:chefen|bossen|manageren|the boss|her boss|hendes chef)${QUOTE_MARK}? (?:bliver|blir|gets|is|becomes|will get|will be) (?:\\p{L}+ )?(?:vred|sur|arg|sint|angry|mad),? (?:når|hvis|if|when) (?:hun|she) (?:ikke|doesn't|does not|don't) (?:tjener|earns?|makes?|får)`,
  // Her words that a man decides: "ellers bliver han sur", "annars blir 'han' arg", "or else he gets angry".
  `(?:ellers|otherwise|or else|annars|ellers blir) (?:bliver|blir|gets|will get|he gets|he will be) ${QUOTE_MARK}?(?:han|he)?${QUOTE_MARK}? ?(?:sur|vred|arg|sint|angry|mad)`,
  // Her phone and messages held by someone else: "hun ikke måtte have sin egen telefon", "alle
  // beskeder gik gennem hende", "she wasn't allowed her own phone".
  'ikke (?:måtte|må|fik lov til at) (?:have|beholde) (?:sin|sit|sine) (?:egen |egne )?(?:telefon|mobil|pas)',
  "(?:not allowed|wasn't allowed|was not allowed|isn't allowed) (?:to have |to keep )?her (?:own )?(?:phone|passport)",
  '(?:alle )?(?:beskeder|beskederne|opkald) (?:gik|går) (?:gennem|igennem|via) (?:hende|ham|dem|receptionen)',
  '(?:all )?(?:messages|calls) (?:went|go|goes) through (?:her|him|them|the reception)',
  // Watched from elsewhere: "someone was watching on the camera", "en mand ringede til hende to gange".
  '(?:someone|somebody|a man|the man|nogen|en mand|manden)(?: \\p{L}+){0,2} (?:was watching|watched|watching|så med|overvågede|holdt øje)(?: \\p{L}+){0,2} (?:on|via|through|på|gennem) (?:the |a |et )?(?:camera|cam|webcam|kamera|kameraet)',
  // Listening in: "Someone was listening behind the door the whole time", "en mand lyttede ved døren".
  '(?:someone|somebody|a man|the man|a guy|nogen|en mand|manden|en fyr|fyren)(?: \\p{L}+){0,2} (?:was listening|listening|listened|lyttede|stod og lyttede|sad og lyttede) (?:behind|at|through|outside|bag|ved|gennem|uden for) (?:the |a )?(?:door|wall|døren|væggen)',
  '(?:ringede til hende|called her|kept calling her|texted her) (?:\\p{L}+ )?(?:to gange|tre gange|flere gange|twice|three times|several times|hele tiden|all the time|undervejs)',
  // The money to a man she names as the manager: "MobilePay the money to a 'Florin' – not her name", "She said he's 'the manager'".
  `(?:to|til) (?:a |en )?${QUOTE_MARK}?\\p{L}+${QUOTE_MARK}? ?[–—-] ?(?:not her name|ikke hendes navn)`,
  // Paid to someone named, not to her: "Skulle betale via MobilePay til en 'Kenneth' – ikke til hende".
  `(?:pay|paid|betale|betalte|betalt|mobilepay|mobilepayed|swish|transfer|overføre|overførte)(?: \\p{L}+){0,3} (?:to|til) (?:a |en )?${QUOTE_MARK}?\\p{L}+${QUOTE_MARK}? ?[–—,-]? ?(?:not to her|not her|ikke til hende|ikke hende)`,
  `(?:he's|he is|han er) ${QUOTE_MARK}?(?:the |her |hendes )?${QUOTE_MARK}?(?:manager|boss|chef|chefen|manageren|bossen)`,
  'trafficking',
  // Pimp, trafficking and forced in the visitors' languages: "un chulo", "esto huele a trata de
  // personas", "a futtatója kényszeríti", "asi pasák", "e forțată", "människohandel".
  '(?:un|el|su) chulo',
  'proxeneta',
  'proxénète',
  'proxenet',
  'proxenetul',
  'magnaccia',
  'pappone',
  'pasák',
  'pasáka',
  'futtató',
  'futtatója',
  'strici',
  'stricije',
  'kényszeríti',
  'kényszerítik',
  'hallick',
  'hallicken',
  'hallik',
  'halliken',
  '(?:huele a|víctima de|victima de|caso de|es) trata(?: de (?:personas|blancas|mujeres))?',
  'tratta (?:di esseri umani|delle donne|di donne)',
  "traite (?:des êtres humains|d'êtres humains|des femmes)",
  'trafic de persoane',
  'obchod s lidmi',
  'emberkereskedelem',
  'emberkereskedelmi',
  'människohandel',
  'forțată',
  'fortata',
  'obligată',
  // She may not go out, as she told it in her language: "nu are voie să iasă din apartament".
  'nu (?:are|avea) voie să (?:iasă|plece)',
  // Her passport taken: "le quitaron el pasaporte".
  'le (?:quitaron|quitó|quitan|retienen|retuvieron|han quitado) (?:el|su) (?:pasaporte|documento|documentación)',
  'trafficked',
  'human trafficking',
  'forced',
  'forces her',
  'forcing her',
  'tvinger hende',
  'tvunget',
  'tvungen',
  'pimp',
  'pimped',
  'alfons',
  'bagmand',
  'controlled',
  'kontrolleret',
  'styret af',
  'held against her will',
  // Kept in, as the reviewer tells it: "she is not allowed to leave the flat alone", "hun må ikke
  // forlade lejligheden", "hon får inte lämna lägenheten". The place or "alone" must follow: "not allowed to leave before the hour
  // is up" is a house rule.
  "(?:she|hun) (?:is not|isn't|was not|wasn't) allowed to (?:leave|go out of|go outside) (?:the (?:flat|apartment|house|building|place)|alone|on her own|by herself)",
  '(?:hun|hon) (?:(?:må|måtte|får|fik) (?:ikke|inte)|ikke (?:må|måtte|får|fik)) (?:lov til at |lov att )?(?:forlade|lämna|gå ud af|gå ut ur) (?:lejligheden|huset|stedet|lägenheten)',
  // Kept in, as she told it: "she said she can not go out of the apartment", "Alex keeps the key and her passport".
  "(?:she|hun) (?:said|says|told me|whispered|admitted|sagde|fortalte|hviskede),?(?: that| at)? (?:she|hun) (?:can not|cannot|can't|could not|couldn't|was not allowed to|wasn't allowed to|kan ikke|kunne ikke|må ikke|måtte ikke|ikke måtte|ikke må|ikke kunne|ikke kan) (?:(?:go|leave|gå|komme) (?:out|ud|outside|udenfor)|leave(?= ?(?:[,.!;]|and |og ))|forlade (?:stedet|lejligheden|huset))",
  // Someone checks on the visit: "En mand ringede til hende tre gange … og spurgte, om jeg var færdig".
  '(?:en mand|manden|a man|the man|a guy|en fyr|fyren|someone|nogen|chefen|the boss) (?:ringede|called|kept calling|texted|bankede|knocked)[^.!?]{0,60} (?:spurgte|asked),? (?:om|if|whether) (?:jeg|i|we|vi) (?:var|was|were) (?:færdig|færdige|done|finished|ready)',
  '(?:keeps|keep|kept|has|have|holds|hold|took|takes|har|beholder|tog|tager) (?:the key and )?(?:her|hendes) (?:passport|pas|papers|papirer|id)',
  // Debt and a plea: "she owes them money", "hun skylder dem penge", "She asked me for help".
  '(?:she|hun) (?:owes|owed|skylder|skyldte) (?:them|him|the man|the boss|someone|dem|ham|manden|chefen)',
  // A plea on its own or to get away, not help with a task ("asked me for help carrying a mattress").
  '(?:she|hun) (?:asked|begged|bad|tiggede) (?:me|mig) (?:for|om) (?:help|hjælp)(?=\\s*(?:[.!,;:–—-]|$)|\\s+(?:to (?:get|go|escape|leave|call)|til at (?:komme|slippe|ringe)))',
  // Locked in: "døren var låst udefra", "she had no key", "a man came and unlocked the door".
  'låst (?:udefra|udenfra|inde)',
  'locked (?:from (?:the )?outside|in)',
  '(?:she|hun) (?:had|has|havde|har) (?:no|ingen) (?:key|nøgle)',
  '(?:kom og låste op|came (?:and|to) unlock)',
  // A quota set for her, as she told it: "she must make 4000 kr every day before she is allowed to
  // sleep", "hun skal tjene 3000 om dagen, før hun må gå hjem". A sum per day alone may be her own
  // goal; "before she may" says someone else sets it.
  '(?:make|makes|earn|earns|tjene|tjener) \\d[\\d.,]*(?: ?(?:kr|dkk|kroner|euro|eur|€))?(?: \\p{L}+){0,2}? (?:every day|a day|per day|each day|every night|a night|om dagen|hver dag|om natten|hver nat)(?: \\p{L}+){0,3},? (?:before|før|inden) (?:she|hun) (?:is allowed|was allowed|may|can|må|får lov|fik lov|kan)',
  // A debt to the people who brought her: "for at betale gælden til dem der fik hende herop", "to
  // pay off her debt to the men who brought her". Owed to persons, not to a bank.
  '(?:gælden|gæld|sin gæld|hendes gæld|the debt|her debt|a debt|debts) (?:til|to) (?:dem|them|ham|him|those|de folk|the people|the men|the man|manden|mændene)(?![\\p{L}])',
  // Bound until a debt is paid: "she can't stop before the debt is paid", "indtil gælden er betalt".
  '(?:before|until|till|indtil|før|inden) (?:the |her |hendes )?(?:debt|debts|gæld|gælden) (?:is|are|has been|er|var|bliver) (?:paid|paid off|paid back|betalt|afbetalt|tilbagebetalt)',
  // Her journey paid by others, owed since: "the 'mama' in Bangkok who paid her flight", "manden der
  // betalte hendes flybillet".
  '(?:who|that|som|der) (?:paid|paid for|bought|arranged|betalte|købte|arrangerede) (?:her|hendes) (?:flight|flights|ticket|tickets|plane ticket|trip|journey|travel|visa|flybillet|flybilletter|billet|rejse|visum)',
]);

/**
 * "Forced smile", "a forced laugh", "tvunget smil": her expression, which review-distress reads; not
 * a word about someone forcing her.
 */
const EXPRESSION_AFTER =
  /^\s+(?:smiles?|smiling|laugh|laughs|laughter|conversation|small ?talk|enthusiasm|moans?|moaning|kiss|kisses|smil|latter|grin|snak)(?![\p{L}])/iu;

function notAnExpression(ctx: MatchContext): boolean {
  return !EXPRESSION_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16));
}

/**
 * A joke with the word, not about a person: "The only pimp around here is her pimped-out red Fiat",
 * "Hendes 'alfons'? Det er hendes kat", "the only alfons here is her cat". "Pimped out/up" dresses a
 * car; "the only X here is …" and "it's her cat" say there is no such person.
 */
const DRESSED_UP_AFTER = /^[\s-]*(?:out|up)(?![\p{L}])/iu;
const THE_ONLY_BEFORE = /(?<![\p{L}])(?:the only|den eneste|det eneste|der einzige|la única|el único)\s+$/iu;
const THING_IS_AFTER =
  /^[^.!?\n]{0,24}?(?<![\p{L}])(?:is|er|ist|es)\s+(?:her|hendes|my|min|mit|a|an|en|et|the|sin|sit)\s/iu;
const A_PET_AFTER =
  /^[^\n]{0,40}?(?<![\p{L}])(?:det er|it's|it is|that's|that is|er|is)\s+(?:hendes|her|my|min|sin)\s+(?:\p{L}+\s+){0,3}?(?:kat|cat|hankat|tomcat|hund|dog|kanin|rabbit|papegøje|parrot|bil|car|teddy|bamse)(?![\p{L}])/iu;

/** The word as a name given: "en hankat, der hedder Alfons", "a cat named Pimp". */
const NAMED_BEFORE = /(?<![\p{L}])(?:hedder|hed|named|called|kaldet|navngivet)\s+$/iu;

/** The word as a name for the reviewer: "Min kone kalder mig en gammel alfons, fordi jeg går med hat". */
const CALLS_ME_BEFORE =
  /(?<![\p{L}])(?:kalder|kaldte|kalde|calls|called|call)\s+(?:mig|me|os|us)(?:\s+for)?\s+(?:en\s+|a\s+)?(?:\p{L}+\s+)?$/iu;

/** "Pimped my boring Tuesday", "pimp my ride": the verb (to dress up), with its object after it. */
const VERB_OBJECT_AFTER = /^\s+(?:my|your|his|our|the|a|this)\s/iu;

/**
 * "No sign of a pimp", "ingen tegn på en alfons": the word denied by what the reviewer saw; also the
 * second of a pair ("ingen tegn på menneskehandel eller alfons", "no sign of trafficking or a pimp").
 */
const NO_SIGN_BEFORE =
  /(?<![\p{L}])(?:no sign of|no signs of|no trace of|never saw|didn't see|did not see|ingen tegn på|intet tegn på|ingen spor af|så ingen|så ikke nogen|(?:inga|inget|ingen) (?:som helst )?(?:tecken|tegn) på|ingen som helst tegn på)\s+(?:a\s+|an\s+|any\s+|en\s+|nogen\s+)?(?:\p{L}+,?\s+(?:eller|or|nor|og|and)\s+(?:a\s+|an\s+|any\s+|en\s+|nogen\s+)?)?$/iu;

function notAJoke(ctx: MatchContext): boolean {
  const after = ctx.text.slice(ctx.end, ctx.end + 64);
  if (NO_SIGN_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))) return false;
  if (/^pimped$/iu.test(ctx.matched) && VERB_OBJECT_AFTER.test(after)) return false;
  if (NAMED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return false;
  if (CALLS_ME_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
  if (/^pimp/iu.test(ctx.matched) && DRESSED_UP_AFTER.test(after)) return false;
  if (A_PET_AFTER.test(after)) return false;
  return !(
    THE_ONLY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start)) && THING_IS_AFTER.test(after)
  );
}

/**
 * The money taken by someone the review names who is not she: "Lek tog imod mig og tog betalingen.
 * Pim sagde kun 'hello'", "Niko met me downstairs and walked me up. Took the 1000 kr. Desi was
 * nice" (see namedOtherTook).
 */
const moneyTaken = compileTerms([
  '(?:took|takes|collected|tog|tager|modtog) (?:imod )?(?:the |all the |my |de |mine )?(?:money|cash|payment|pengene|betalingen|kontanterne|\\d{3,4} ?(?:kr|kroner|dkk|euro|eur))',
]);

/** A name opening a sentence as the subject of its first verb. */
const NAME_OPENS = /^\s*(\p{Lu}\p{Ll}+)\s+\p{Ll}/u;
/** She, the reviewer or anyone else as a subject between the name and the money. */
const OTHER_SUBJECT = /(?<![\p{L}])(?:she|hun|i|jeg|we|vi|he|han)(?![\p{L}])/iu;
const CAPITALISED = /(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu;

/**
 * Whether the one who took the money is a named someone other than the woman of the ad: the
 * sentence (or, when the sentence opens with the verb, the one before) opens with a name, that name
 * is not in the ad's name or title but the ad's text names him, and the review names her too (a
 * name of the ad's name or title).
 * A clinic's title names none of its women, so "Lin took the money" there says nothing.
 */
function namedOtherTook(ctx: MatchContext): boolean {
  const title = `${ctx.ad.ad.title ?? ''} ${ctx.ad.ad.name ?? ''}`;
  if (title.trim() === '') return false;
  let from = sentenceStart(ctx.text, ctx.start, 200);
  let before = ctx.text.slice(from, ctx.start);
  if (before.trim() === '' && from > 0) {
    from = sentenceStart(ctx.text, Math.max(0, from - 2), 200);
    before = ctx.text.slice(from, ctx.start);
  }
  const m = NAME_OPENS.exec(before);
  if (m === null || OTHER_SUBJECT.test(before.slice(m[0].length - 1))) return false;
  const name = m[1]!;
  const inTitle = (word: string) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(title);
  if (inTitle(name)) return false;
  // The ad names him inside a sentence ("ring til Lek", "My friend Niko answers"), so the name is
  // no common word that opens a sentence ("Very nice. Took the money").
  if (!new RegExp(`\\p{Ll}[,:]? ${name}(?![\\p{L}])`, 'u').test(ctx.ad.ad.text ?? '')) return false;
  for (const other of ctx.text.matchAll(CAPITALISED)) if (other[0] !== name && inTitle(other[0])) return true;
  return false;
}

/**
 * The money handed to someone else, after the session or before: "she had to give the money to a
 * man in the kitchen", "I paid the money to her friend", "Hun skulle aflevere pengene til en mand".
 * "I paid her directly", "hun tog selv imod pengene" name no one else.
 */
const moneyToSomeone = compileTerms([
  `(?:give|gives|gave|given|giving|hand|hands|handed|handing|pass|passed|pay|pays|paid|paying|bring|brought|take|took|leave|left) (?:over )?(?:the |all the |all |my |our )?(?:money|cash|payment|envelope) (?:over )?to ${PAYEE}`,
  `(?:paid|pay|pays|had to pay|handed the money to) ${PAYEE}`,
  // The means of payment between: "Paid in euro to her husband", "paid cash to the driver", "betalte
  // kontant til manden".
  `(?:paid|pay|pays|had to pay|betalte|betale|betaler) (?:in cash|cash|in euros?|in kroner|in dkk|by mobilepay|kontant|kontanter|i euro|med mobilepay) (?:to|til) ${PAYEE}`,
  // "I paid him by MobilePay, not her", "jeg betalte ham, ikke hende".
  '(?:paid|pay|gave|handed|betalte|gav) (?:him|ham)(?: \\p{L}+){0,3},? (?:not|ikke) (?:her|hende)',
  `(?:the |all the )?(?:money|cash|payment) (?:went|goes|go|was given|was handed|was paid) to ${PAYEE}`,
  `(?:aflevere|afleverer|afleverede|give|giver|gav|betale|betaler|betalte|overrække|overrækker|overrakte|række|rakte) (?:alle |hele )?(?:pengene|kontanterne|betalingen|beløbet|dem|bunken|sedlerne|seddelbunken) (?:videre )?til ${PAYEE}`,
  `(?:betale|betaler|betalte|betales|betaltes) (?:til )?${PAYEE}`,
  // The article left out, as in a short note: "Betalte til manager først", "paid to boss first".
  '(?:betale|betaler|betalte|betales|paid|pay|pays) (?:til|to) (?:manager|boss|chef)(?![\\p{L}])',
  `pengene (?:gik|går|skulle|blev givet|blev afleveret) (?:videre )?til ${PAYEE}`,
  // She may not keep the money: "hun ikke måtte beholde pengene", "she wasn't allowed to keep the
  // money", "boss take all".
  '(?:ikke måtte|ikke må|ikke fik lov til at|ikke får lov til at|ikke kunne|ikke kan) beholde (?:pengene|noget af pengene|pengene selv|sine penge|sin løn)',
  "(?:not allowed|wasn't allowed|was not allowed|isn't allowed|is not allowed|can't|cannot|couldn't|could not) (?:to )?keep (?:the|her|any of the|any) (?:money|cash|earnings)",
  // Spanish: "me dijo que no podía quedarse con el dinero".
  'no (?:podía|podia|puede|pudo) quedarse (?:con )?(?:el|su|los|nada del) (?:dinero|plata|pago)',
  '(?:boss|chef|chefen|manager|mama ?san) (?:takes?|took|tager|tog) (?:it )?(?:all|alt|det hele|pengene|the money)',
  // Paying at a reception or desk: "Man betaler i receptionen og får et nummer", "paid at the desk".
  '(?:betale|betaler|betalte|betales|pay|pays|paid|payment) (?:is )?(?:i|in|at|to) (?:the )?(?:receptionen|reception|front desk|desk|skranken|baren)',
  '(?:tager|tog|takes|took) (?:imod )?(?:pengene|betalingen|the money|the payment) (?:i|in|at) (?:the )?(?:receptionen|reception|front desk|desk|skranken)',
  // Someone else on the phone: "The person on the phone was a man", "a male voice answered".
  '(?:the person|the one|the voice|whoever answered|who answered)(?: [\\p{L}]+){0,2} (?:on|at) the phone was (?:a man|a guy|male|a male)',
  '(?:a )?(?:man|male)(?:\u0027s)? voice (?:on the phone|answered)',
  'en mands?stemme (?:i telefonen|svarede|tog telefonen)',
]);

/**
 * A client's worry that the review itself dispels: "Jeg var bekymret for menneskehandel, men hun
 * forklarede at hun arbejder for sig selv", "I was worried about trafficking but she clearly works
 * for herself". The worry word comes first, a "but" follows in the same sentence.
 */
// A few words may frame the worry: "bekymret for om det var menneskehandel", "worried that it was trafficking".
// The verb too: "I always worry about trafficking on these sites, but she runs it herself".
// A client on the lookout is worried too: "Jeg holder altid øje med tegn på menneskehandel, men her
// var der intet", "I always look out for signs of trafficking, but she clearly runs it herself".
const WORRY_BEFORE =
  /(?:bekymret for|bange for|nervøs for|frygtede|paranoid(?: mht\.?| med hensyn til| omkring| om| about| over| for)?|worried about|worried that|(?:worry|worries) (?:about|that)|afraid of|concerned about|feared|(?:holder|holdt|har|havde) (?:altid |godt |nøje )?øje med|(?:ser|så|kigger|kiggede) (?:altid |godt )?efter|(?:look|looks|looking|looked|watch|watching|check|checking) (?:out )?for)\s+(?:\p{L}+\s+){0,3}$/iu;
const BUT_AFTER = /^[^.!?\n]{0,80}?(?<![\p{L}])(?:men|but)(?![\p{L}])/iu;

/**
 * The word as the topic of something read or seen, set against her: "Læste en artikel om
 * menneskehandel i går, men her var alt helt anderledes", "saw a documentary about trafficking, but
 * she clearly runs her own business". A "but" must follow, as for a worry.
 */
// Also what one hears or reads of it in general: "fordi man jo hører om menneskehandel osv, men nej",
// "you hear so much about trafficking, but she runs it herself".
const TOPIC_BEFORE =
  /(?<![\p{L}])(?:(?:hører|hørt|hørte|læser|læst|hear|heard|read) (?:(?:jo|så meget|så tit|tit|ofte|altid|meget|so much|a lot|so often|all the time) ){0,2}(?:om|about|of)|(?:artikel|artikler|article|articles|dokumentar|documentary|udsendelse|program|podcast|rapport|report|debat|debate|story|stories|historie|historier|historierne|nyhed|nyheder|news item)\s+(?:\p{L}+\s+){0,2}?(?:om|about|on))\s+$/iu;

/**
 * A suspicion the reviewer corrects at once: "Thought for a sec her pimp was at the door – no, the
 * guy at the door was the neighbour", "Troede først det var hendes alfons, men nej, det var naboen".
 */
const THOUGHT_BEFORE =
  /(?<![\p{L}])(?:thought|troede|tænkte)(?:\s+(?:for a (?:sec|second|moment)|at first|først|et øjeblik|et sekund))?\s+(?:\p{L}+\s+){0,3}$/iu;
const CORRECTED_AFTER =
  /^[^.!?\n]{0,60}?(?:[–—-]|,|\bmen|\bbut)\s*(?:no|nope|nej|not at all|slet ikke)(?![\p{L}])/iu;

/**
 * The reviewer's disbelief put before the word: "Jeg tror ikke, der er tale om menneskehandel", "I
 * don't think she is forced", "I don't believe there's a pimp". The negation stands further back than
 * the word window; between them only "she is", "it is", "there is" and an article or "a victim of"
 * (not "I don't think she is happy being pimped").
 */
const DISBELIEF_BEFORE =
  /(?<![\p{L}])(?:(?:tror|mener|synes) (?:ikke|ikk|aldrig),?(?: at)? (?:der er tale om|det drejer sig om|det er|det var|der er|der står|hun er|hun bliver|hun var)|(?:don't|dont|do not|didn't|did not) (?:think|believe)(?: that)? (?:she is|she's|she was|she gets|she got|it is|it's|it was|there is|there's|there was|this is|this was)) (?:(?:any|a|an|some|some kind of|a victim of|being|really|nogen|en|et|noget|nogen form for|et offer for|offer for|blevet|virkelig|rigtig) )?$/iu;

function worryDispelled(ctx: MatchContext): boolean {
  if (DISBELIEF_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 64), ctx.start))) return true;
  if (
    THOUGHT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) &&
    CORRECTED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 80))
  )
    return true;
  return (
    (WORRY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) ||
      TOPIC_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start))) &&
    BUT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 100))
  );
}

/**
 * The someone explained as harmless right after: "Der stod en fyr på trappen, men det var bare
 * naboen med sin hund", "a guy waited outside, but it was just another client".
 */
const EXPLAINED_AFTER =
  /^[^.!?\n]{0,80}?(?<![\p{L}])(?:(?:men|but) (?:det|it|he|han|that) (?:var|was) (?:bare|kun|just|only)|viste sig at være|turned out to be) (?:naboen|en nabo|hendes nabo|the neighbou?r|a neighbou?r|her neighbou?r|en kunde|en anden kunde|a client|another client|a customer|postbuddet|the postman|et bud|a courier|hendes søn|her son)(?![\p{L}])/iu;

/**
 * The same in visitors' languages: "een man wachtte in de gang – bleek de volgende klant", "okazało
 * się, że to następny klient", "gewoon een buurman", "war nur der Nachbar", "оказалось, сосед".
 */
const EXPLAINED_AFTER_VISITOR =
  /^[^.!?\n]{0,80}?(?<![\p{L}])(?:bleek|gewoon|okazało się|war nur|war bloß|war einfach|оказалось|оказался|просто)(?:,?\s+\p{L}+){0,3},?\s+(?:klant|buurman|buurvrouw|klient|klientem|sąsiad|sąsiadem|kunde|nachbar|клиент|сосед)(?![\p{L}])/iu;

function explainedAway(ctx: MatchContext): boolean {
  const after = ctx.text.slice(ctx.end, ctx.end + 120);
  return EXPLAINED_AFTER.test(after) || EXPLAINED_AFTER_VISITOR.test(after);
}

/**
 * The someone opens the match, so a negation before it belongs to its part of the sentence: "Girl
 * speak no english, the auntie translate everything and take the money" is not negated by the "no"
 * before the comma, "I didn't see a man take the money" is.
 */
function negatedInItsPart(ctx: MatchContext): boolean {
  const from = ctx.text.lastIndexOf(',', ctx.start - 1) + 1;
  const part = ctx.text.slice(from);
  return isNegated(part, ctx.start - from, ctx.end - from);
}

/**
 * The man's own errand, not an act on her: "Han tog fejl af adressen", "han sagde hej, tog snor på
 * hunden og gik en tur", "kørte til fodbold", "drove off". Only when the match names no money or
 * phone ("tog pengene og kørte væk" still counts).
 */
const OWN_ERRAND_AFTER =
  /^\s+(?:fejl|snor|hunden|sin hund|the dog|his dog|a walk|en tur|til fodbold|to football|til træning|til arbejde|to work|away|off|væk|afsted|hjem|home)(?![\p{L}])(?!\s+(?:med hende|with her|med pigen|with the girl))/iu;
const MONEY_OR_PHONE =
  /(?<![\p{L}])(?:pengene|penge|kontanter|betaling\p{L}*|money|cash|payment|telefonen|phone|mobil)(?![\p{L}])/iu;

function ownErrand(ctx: MatchContext): boolean {
  // "dropped her off", "kørte hende hjem": an act on her, whatever follows.
  if (/(?:her|hende|pigen|the girl)$/iu.test(ctx.matched)) return false;
  return OWN_ERRAND_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24)) && !MONEY_OR_PHONE.test(ctx.matched);
}

/**
 * The review says she runs it herself: "Malene tog selv imod pengene", "Mette tager selv telefonen",
 * "Ingen andre involveret", "hun er sin egen chef"; or says the man had no part in it: "he had
 * nothing to do with the booking", "I paid her directly". Then a man at the door or in the flat who
 * took no money, no call and did not watch (her husband on his way out) is no one's controller.
 */
const SHE_RUNS_IT =
  /(?<![\p{L}])(?:(?:tog|tager|modtog) selv (?:imod )?(?:mine |pengene|penge|betalingen|telefonen)|(?:took|takes|collected|collects) (?:the|my) (?:money|cash|payment) herself|answers? (?:the phone )?herself|ingen andre (?:involveret|indblandet)|no(?:body| one) else (?:involved|around)|ingen mellemmænd|no middle ?m[ae]n|styrer (?:det hele|alt) selv|runs (?:it|everything) herself|(?:sin|her) egen chef|her own boss|(?:he|han) (?:had|has|havde|har) (?:nothing|intet|ikke noget) (?:to do with|med) (?:the |her )?(?:booking|bookings|bookingen|money|pengene|payment|betalingen|it|det)|(?:i )?paid her directly|betalte hende direkte)(?![\p{L}])/iu;
const WATCHING = /(?:watch|så på|holdt øje|overvåg|kiggede på)/iu;

function sheRunsIt(ctx: MatchContext): boolean {
  const around = ctx.matched + ctx.text.slice(ctx.end, ctx.end + 24);
  return SHE_RUNS_IT.test(ctx.text) && !MONEY_OR_PHONE.test(around) && !WATCHING.test(around);
}

/**
 * A taxi's driver, hers or the reviewer's, is no controller: "hun tog selv en taxa … betalte selv
 * chaufføren", "Tog taxa derud, og chaufføren ventede på mig hele timen".
 */
const DRIVER = /(?<![\p{L}])(?:chauffør\p{L}*|chaufför\p{L}*|driver)(?![\p{L}])/iu;

function taxiDriver(ctx: MatchContext): boolean {
  if (!DRIVER.test(ctx.matched)) return false;
  const from = sentenceStart(ctx.text, ctx.start, 200);
  return TAXI_IN.test(ctx.text.slice(from, sentenceEnd(ctx.text, ctx.end, 120)));
}

/** Whether a man the review mentions is harmless by what it says of him and her (see above). */
function harmlessMan(ctx: MatchContext): boolean {
  return explainedAway(ctx) || ownErrand(ctx) || sheRunsIt(ctx) || taxiDriver(ctx) || heIsTheOneReviewed(ctx);
}

/**
 * A bare "he" who did it himself, in a review that names no woman, is the man reviewed (a male
 * escort), not someone beside her: "Sød gammel charmør. Han tog selv imod betalingen", "He answered the
 * phone himself". Without
 * "selv" the "he" may be the man of an earlier sentence ("En mand tog telefonen. Han stod i
 * opgangen").
 */
const HE_FIRST = /^(?:he|han)(?![\p{L}])/iu;
// "Han tog selv imod betalingen", "He answered the phone himself": "selv"/"himself" in the same clause.
const HIMSELF_AFTER = /^[^.!?;\n]{0,40}?(?<![\p{L}])(?:selv|himself)(?![\p{L}])/iu;
const A_WOMAN =
  /(?<![\p{L}])(?:hun|hende|hendes|she|her|hers|pigen|damen|kvinden|the girl|the lady|the woman)(?![\p{L}])/iu;

function heIsTheOneReviewed(ctx: MatchContext): boolean {
  return (
    HE_FIRST.test(ctx.matched) &&
    HIMSELF_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 48)) &&
    !A_WOMAN.test(ctx.text)
  );
}

const rules: TextRule[] = [
  {
    pattern: someoneActs,
    negatable: false,
    accept: hisAct,
  },
  {
    pattern: bareDriverActs,
    negatable: false,
    accept: (ctx) =>
      SENTENCE_OPENS.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)) && hisAct(ctx),
  },
  { pattern: moneyToSomeone, accept: (ctx) => !elsewhere(ctx) && !herOwnFare(ctx) && !taxiDriver(ctx) },
  { pattern: herMoneyHandedOn, accept: (ctx) => !elsewhere(ctx) },
  { pattern: moneyTaken, negatable: false, accept: (ctx) => namedOtherTook(ctx) && hisAct(ctx) },
  { pattern: someoneThere, accept: (ctx) => !elsewhere(ctx) && !harmlessMan(ctx) },
  {
    pattern: watchedUs,
    accept: (ctx) =>
      !elsewhere(ctx) && !PET_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)),
  },
  {
    pattern: namedControl,
    accept: (ctx) =>
      notAnExpression(ctx) &&
      notAJoke(ctx) &&
      !scoreCardNone(ctx) &&
      !worryDispelled(ctx) &&
      !reviewerForced(ctx) &&
      !elsewhere(ctx),
  },
];

/**
 * A score card's field answered "none": "Pimp factor: none – she books herself", "Alfons: nej",
 * "Pimp risk: 0/10". The word names the field, not a person.
 */
const FIELD_NONE_AFTER =
  /^[\p{L} ]{0,16}?\s*[:=]\s*(?:none|no|nope|nil|zero|nej|ingen|intet|nul|0(?:\s*\/\s*10)?|n\/a)(?![\p{L}\p{N}])/iu;

function scoreCardNone(ctx: MatchContext): boolean {
  return FIELD_NONE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 32));
}

/**
 * The reviewer was forced to do something ordinary: "Var tvunget til at parkere langt væk", "Was
 * forced to wait five minutes because I was early". The sentence opens with it (no subject, or "I"
 * / "jeg"), and a task of his own follows.
 */
// A field report's time or item mark may open the line: "17:40 blev tvunget til at parkere".
const REVIEWER_FORCED_BEFORE =
  /(?:^|[.!?:\n\0]\s*)(?:(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\s*[-–:]?\s*|\d{1,2}[.)]\s+|[-*•]\s*)?(?:(?:i|jeg|we|vi)\s+)?(?:(?:was|were|got|var|blev)\s+)?(?:(?:nærmest|næsten|practically|almost|basically|literally|bogstaveligt talt|sort of|kind of)\s+)?$/iu;
const ERRAND_AFTER =
  /^\s+(?:til at|to)\s+(?:parkere|park|vente|wait|gå|walk|køre|drive|tage|take|betale|pay|ringe|call|finde|find|bruge|use|drikke|drink|spise|eat|smage|taste|høre|hear|lytte|listen|se|watch)(?![\p{L}])/iu;

/** "Den eneste der blev tvunget til noget var mig", "the only one forced was me": the reviewer. */
const ONLY_ME_NEAR = /(?:the only one|den eneste)(?:\s+\p{L}+){0,5}\s+(?:was|var)\s+(?:me|mig)(?![\p{L}])/iu;

/** Forced to close or rest, not to work: "hun var tvunget til at holde ferie i december". */
const FORCED_TO_REST_AFTER =
  /^\s+(?:til at|to)\s+(?:holde ferie|holde fri|holde pause|tage fri|lukke|hvile|take a (?:break|holiday|vacation)|take time off|close|rest)(?![\p{L}])/iu;

function reviewerForced(ctx: MatchContext): boolean {
  if (!/^(?:forced|tvunget|tvungen)$/iu.test(ctx.matched)) return false;
  if (ONLY_ME_NEAR.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.end + 60))) return true;
  if (FORCED_TO_REST_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 32))) return true;
  // "Hun bliver tvunget... tvunget til at høre på mine dårlige vittigheder 😂": made to bear the
  // reviewer's own jokes or stories, a joke on himself.
  if (ENDURES_ME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 48))) return true;
  // "I forced myself to leave after two hours": his own reluctance to go.
  if (REFLEXIVE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16))) return true;
  return (
    REVIEWER_FORCED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start)) &&
    ERRAND_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))
  );
}
const ENDURES_ME_AFTER =
  /^(?:\s*(?:\.{2,}|…)\s*(?:tvunget|forced))?\s+(?:til at|to)\s+(?:høre på|lytte til|listen to|hear|se|watch|put up with|holde ud|tåle|grine af|laugh at|endure)\s+(?:alle\s+|all\s+)?(?:mine|min|mit|my)(?![\p{L}])/iu;
const REFLEXIVE_AFTER = /^\s+(?:myself|himself|ourselves|mig selv|mig til|os selv)(?![\p{L}])/iu;

/**
 * She paid someone herself: "She came by taxi and paid the driver herself", "hun betalte selv
 * chaufføren". Her own fare, not money handed to a controller.
 */
const HERSELF_AFTER = /^[^.!?;\n]{0,16}?(?<![\p{L}])(?:herself|selv)(?![\p{L}])/iu;
const TAXI_IN = /(?<![\p{L}])(?:taxi|taxa|cab|uber)(?![\p{L}])/iu;
const SHE_SUBJECT = /(?<![\p{L}])(?:she|hun)(?![\p{L}])/iu;
const REVIEWER_SUBJECT = /(?<![\p{L}])(?:i|jeg|we|vi)(?![\p{L}])/iu;

function herOwnFare(ctx: MatchContext): boolean {
  if (HERSELF_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))) return true;
  const from = sentenceStart(ctx.text, ctx.start, 200);
  const before = ctx.text.slice(from, ctx.start);
  return (
    TAXI_IN.test(ctx.text.slice(from, sentenceEnd(ctx.text, ctx.end, 120))) &&
    SHE_SUBJECT.test(before) &&
    !REVIEWER_SUBJECT.test(before.slice(before.search(SHE_SUBJECT)))
  );
}

/** A claim others made that the review refutes counts for nothing (see refuted.ts). */
const reviewRules = unlessRefuted(rules);

/** `review-third-party-control`: review rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'review-third-party-control',
  kind: 'review',
  labels: { da: 'Anmeldelse: tredjepart styrer', en: 'Review: third-party control' },
  descriptions: {
    da: 'En anmeldelse nævner, at en anden tog pengene, holdt øje, kørte hende eller tog telefonen, eller nævner tvang eller menneskehandel.',
    en: 'A review says someone else took the money, watched, drove her or answered the phone, or mentions force or trafficking.',
  },
  defaultWeight: 3,
  languages: ['da', 'en'],
  detect: (ad) => detectWithRules(ad, 'review', reviewRules),
  examples: {
    positive: [
      {
        text: 'Efua, 30.',
        reviews: [{ id: 'r1', text: 'Her so-called cousin collected the cash and sat in the hallway.' }],
      },
      {
        text: 'Lina.',
        reviews: [
          { id: 'r1', text: 'I worry about trafficking in this case, something was off with the flat.' },
        ],
      },
      {
        title: 'Suda 30 – Odense',
        text: 'Suda taler kun thai, ring til Boon for tid.',
        reviews: [{ id: 'r1', text: 'Boon åbnede døren og tog pengene. Suda var sød, men stille.' }],
      },
      {
        title: 'Tanya 25',
        text: 'I am Tanya. My friend Igor answers the phone.',
        reviews: [
          { id: 'r1', text: 'Igor waited downstairs and walked me up. Took the 1200 kr. Tanya was sweet.' },
        ],
      },
      { text: 'Spa.', reviews: [{ id: 'r1', text: 'Manager popped in halfway and collected the money.' }] },
      {
        text: 'Kim, 28.',
        reviews: [
          { id: 'r1', text: 'She told me she must give half of the money to the man who owns the flat.' },
        ],
      },
      {
        text: 'Rose.',
        reviews: [{ id: 'r1', text: "Hun bad mig give pengene, for hendes 'madam' skulle have pengene." }],
      },
      {
        text: 'Spa.',
        reviews: [{ id: 'r1', text: 'Receptionisten bestemmer alt, tager pengene og viser vej.' }],
      },
      { text: 'Vera.', reviews: [{ id: 'r1', text: "Manageren sms'ede mig hvor jeg skulle hen." }] },
      { text: 'Dorte.', reviews: [{ id: 'r1', text: 'Flot lejlighed. Manden kiggede med fra lænestolen.' }] },
      {
        text: 'Maria.',
        reviews: [{ id: 'r1', text: 'Da jeg kom, sad han på trappen med sin telefon og tog imod pengene.' }],
      },
      {
        text: 'Irina.',
        reviews: [{ id: 'r1', text: 'Betalte til manager ved døren, så fik jeg lov at gå ind.' }],
      },
      { text: 'Party.', reviews: [{ id: 'r1', text: 'Arrangøren holdt styr på pengene og tiden.' }] },
      {
        text: 'Vera.',
        reviews: [{ id: 'r1', text: 'Their driver dropped her off at my door and waited in the car.' }],
      },
      {
        text: 'Lin.',
        reviews: [{ id: 'r1', text: 'A lady on the phone arranged the date, Lin herself spoke no English.' }],
      },
      { text: 'Ira.', reviews: [{ id: 'r1', text: 'Guy on Telegram sent me the address and the price.' }] },
      {
        text: 'Ira.',
        reviews: [{ id: 'r1', text: 'Her manager was very friendly on the phone and told me the price.' }],
      },
      {
        text: 'Lin.',
        reviews: [{ id: 'r1', text: 'A man rang me back from a different number to confirm the time.' }],
      },
      {
        text: 'Agency.',
        reviews: [{ id: 'r1', text: 'Bureauet sendte hende ud med en chauffør, som ventede nede i bilen.' }],
      },
      {
        text: 'Eva.',
        reviews: [{ id: 'r1', text: 'A man in his sixties sat in the hallway the whole visit.' }],
      },
      {
        text: 'Eva.',
        reviews: [{ id: 'r1', text: 'En fyr på omkring 35 tog kontanterne i døren, før jeg så hende.' }],
      },
      { text: 'Eva.', reviews: [{ id: 'r1', text: 'Driveren sad i bilen og tog imod kontanterne.' }] },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: 'Nice flat, but a guy by the stairs asked us for the cash first.' }],
      },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: 'Da jeg ringede, var det en fyr i røret der gav mig adressen.' }],
      },
      { text: 'Eva.', reviews: [{ id: 'r1', text: 'The lady in the corridor collected the money first.' }] },
      { text: 'Eva.', reviews: [{ id: 'r1', text: 'En ældre svensk mand kørte hende hjem bagefter.' }] },
      {
        text: 'Mai.',
        reviews: [
          { id: 'r1', text: 'The man on the phone who booked Mai also let me in and took the cash.' },
        ],
      },
      {
        text: 'Nika.',
        reviews: [{ id: 'r1', text: 'A second woman sat in the hallway the whole hour and listened.' }],
      },
      {
        text: 'Lucía.',
        reviews: [{ id: 'r1', text: 'Un señor abrió y se quedó en el pasillo toda la hora.' }],
      },
      {
        text: 'Carmen.',
        reviews: [{ id: 'r1', text: 'Escribí al número y me contestó un hombre que hablaba por ella.' }],
      },
      { text: 'Giulia.', reviews: [{ id: 'r1', text: 'Un tizio ha preso i soldi prima che salissi.' }] },
      {
        text: 'Giulia.',
        reviews: [{ id: 'r1', text: "A fine serata l'ha portata un ragazzo in macchina." }],
      },
      { text: 'Ioana.', reviews: [{ id: 'r1', text: 'Un bărbat a luat banii la intrare.' }] },
      { text: 'Ioana.', reviews: [{ id: 'r1', text: 'Mi-a zis că banii îi ia "el".' }] },
      { text: 'Petra.', reviews: [{ id: 'r1', text: 'Muž v obýváku celou dobu poslouchal.' }] },
      { text: 'Petra.', reviews: [{ id: 'r1', text: 'Peníze si vzal řidič.' }] },
      { text: 'Réka.', reviews: [{ id: 'r1', text: 'A sofőr az autóban várt egész végig.' }] },
      { text: 'Elin.', reviews: [{ id: 'r1', text: 'Föraren väntade utanför hela timmen.' }] },
      { text: 'Kari.', reviews: [{ id: 'r1', text: 'Resepsjonisten tok betalt før jeg fikk se henne.' }] },
      { text: 'Elin.', reviews: [{ id: 'r1', text: 'Hon berättade om sin hallick och att hon var rädd.' }] },
      { text: 'Lucía.', reviews: [{ id: 'r1', text: 'Me contó que no puede quedarse con el dinero.' }] },
      { text: 'Vivi.', reviews: [{ id: 'r1', text: 'Her boss was in the hotel lobby and took the cash.' }] },
      {
        text: 'Mila.',
        reviews: [{ id: 'r1', text: 'Her p.1.m.p sat in the kitchen the whole hour, weird vibe.' }],
      },
      {
        text: 'Jonna.',
        reviews: [
          { id: 'r1', text: 'Man hører om menneskehandel, og her sad der en mand i gangen og tog pengene.' },
        ],
      },
      {
        text: 'Studio.',
        reviews: [{ id: 'r1', text: 'A lady at reception collected the payment and stood by the door.' }],
      },
      {
        text: 'Nadia, 26.',
        reviews: [{ id: 'r1', text: 'Da jeg ringede for at booke, svarede en fyr og gav mig bare en tid.' }],
      },
      { text: 'Массаж.', reviews: [{ id: 'r1', text: 'Милая, но оплату в коридоре взял водитель.' }] },
      { text: 'Sveta.', reviews: [{ id: 'r1', text: "I don't think she is happy, I think she is forced." }] },
      {
        text: 'Lili.',
        reviews: [
          { id: 'r1', text: 'Nogen skrev, at hun har en alfons. Jeg så selv en fyr tage pengene i døren.' },
        ],
      },
      {
        text: 'Mette.',
        reviews: [{ id: 'r1', text: 'Her secretary answered the phone and gave me a time.' }],
      },
      {
        text: 'Alex, 23.',
        reviews: [
          { id: 'r1', text: 'An older guy opened the door and took the money before I even saw Alex.' },
        ],
      },
      {
        text: 'Vanja.',
        reviews: [{ id: 'r1', text: 'Der var en anden fyr i lejligheden, som tog imod pengene.' }],
      },
      {
        text: 'Mai, 29.',
        reviews: [{ id: 'r1', text: 'Hendes veninde sad i køkkenet og holdt øje med os.' }],
      },
      { text: 'Lin, 31.', reviews: [{ id: 'r1', text: 'Some old lady kept an eye on us from the sofa.' }] },
      {
        text: 'Joy.',
        reviews: [
          {
            id: 'r1',
            text: "Hun sagde, at hun skal aflevere det hele til sin 'tante' og kun får lidt til mad.",
          },
        ],
      },
      { text: 'Cecilie, 30.', reviews: [{ id: 'r1', text: 'Hun skulle aflevere pengene, da jeg gik.' }] },
      {
        text: 'Sandra, 29.',
        reviews: [{ id: 'r1', text: 'Bagefter sagde hun, at hun skulle give ham alle pengene.' }],
      },
      {
        text: 'Lina, 27.',
        reviews: [{ id: 'r1', text: 'Der var en bil udenfor, og hun gik ned til ham med pengene.' }],
      },
      { text: 'Vera, 33.', reviews: [{ id: 'r1', text: 'En mand i en sort bil holdt udenfor hele timen.' }] },
      {
        text: 'Cecilie, 30.',
        reviews: [{ id: 'r1', text: 'Jeg så hende give hele bunken til en mand på trappen.' }],
      },
      {
        text: 'Copenhagen VIP.',
        reviews: [{ id: 'r1', text: 'A lady they call Mama answered and took the payment.' }],
      },
      {
        text: 'Trine, 34.',
        reviews: [{ id: 'r1', text: 'Veninden tog telefonen og sad i køkkenet hele tiden.' }],
      },
      {
        text: 'Amager.',
        reviews: [{ id: 'r1', text: "Man betaler til 'bossen' i gangen, så får man en pige." }],
      },
      { text: 'Amager.', reviews: [{ id: 'r1', text: 'Han tæller sedlerne foran en. Ikke ok.' }] },
      {
        text: 'Carmen, 27.',
        reviews: [{ id: 'r1', text: 'Hende der tog telefonen tog også imod pengene.' }],
      },
      {
        text: 'Luna, 23.',
        reviews: [
          { id: 'r1', text: 'Would return: no. Someone was listening behind the door the whole time.' },
        ],
      },
      {
        text: 'Nina, 31, privat in Kruså.',
        reviews: [
          {
            id: 'r1',
            text: 'Ein Typ saß im Auto vor dem Haus und hat kassiert, bevor ich überhaupt rein durfte.',
          },
        ],
      },
      {
        text: 'Club Grenzland.',
        reviews: [
          {
            id: 'r1',
            text: 'Die Frau an der Theke hat kassiert, das Mädchen durfte das Geld nicht mal anfassen.',
          },
        ],
      },
      {
        text: 'Aalborg house.',
        reviews: [
          {
            id: 'r1',
            text: 'Nice girls, but the mamasan at the desk took the money and chose the girl for me.',
          },
        ],
      },
      {
        text: 'Alexia.',
        reviews: [
          {
            id: 'r1',
            text: 'Her boyfriend answered the phone and drove her to the hotel, waited in the car.',
          },
        ],
      },
      {
        text: 'Desislava.',
        reviews: [
          { id: 'r1', text: 'A man opened the door and took the money, then he left. She was nice.' },
        ],
      },
      {
        text: 'Olena.',
        reviews: [{ id: 'r1', text: 'Jeg tror hun er tvunget. En mand ventede udenfor hele tiden.' }],
      },
      {
        text: 'Georgiana.',
        reviews: [
          {
            id: 'r1',
            text: 'Pretty girl but short time. A guy was waiting in the kitchen and took the money before.',
          },
        ],
      },
      {
        text: 'Mia.',
        reviews: [{ id: 'r1', text: 'pretty sure this is trafficking, phone was answered by a man' }],
      },
      {
        text: 'Ploi.',
        reviews: [
          { id: 'r1', text: 'The driver was in the stairway and took the money before she came in.' },
        ],
      },
      { text: 'Polina.', reviews: [{ id: 'r1', text: 'Hun sagde hun havde en bror der kørte hende.' }] },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'Her cousin opened the door and collected the cash.' }] },
      { text: 'Ioana.', reviews: [{ id: 'r1', text: 'Der sad en fyr i en bil udenfor hele tiden.' }] },
      {
        text: 'Lena.',
        reviews: [{ id: 'r1', text: 'There was a man waiting in the car outside the whole time.' }],
      },
      { text: 'Sveta.', reviews: [{ id: 'r1', text: 'Forced smile. I think she is forced to work.' }] },
      {
        text: 'Daria.',
        reviews: [{ id: 'r1', text: 'Nice girl. After, she had to give the money to a man in the kitchen.' }],
      },
      {
        text: 'Simona.',
        reviews: [{ id: 'r1', text: 'Hun skulle aflevere pengene til en mand nedenunder bagefter.' }],
      },
      { text: 'Irina.', reviews: [{ id: 'r1', text: 'I paid the money to her friend at the door.' }] },
      { text: 'Joy.', reviews: [{ id: 'r1', text: 'Paid the driver before she came up.' }] },
      {
        text: 'Elena.',
        reviews: [{ id: 'r1', text: "Hendes 'kæreste' sad i stuen hele tiden og så fjernsyn." }],
      },
      {
        text: 'Vera.',
        reviews: [{ id: 'r1', text: 'Her "boyfriend" was sitting in the living room the whole time.' }],
      },
      { text: 'Lin.', reviews: [{ id: 'r1', text: 'Jeg betalte til hendes chauffør i bilen.' }] },
      {
        text: 'Roxy.',
        reviews: [
          {
            id: 'r1',
            text: "Her 'manager' was in the next room the whole time and she seemed afraid of him.",
          },
        ],
      },
      {
        text: 'Mila.',
        reviews: [{ id: 'r1', text: 'Hun blev kørt ud til mig af en fyr, som ventede nede på gaden.' }],
      },
      { text: 'Dana.', reviews: [{ id: 'r1', text: 'She was dropped off by a guy in a black BMW.' }] },
      {
        text: 'Joy.',
        reviews: [{ id: 'r1', text: 'Mama Joy tager pengene i receptionen og vælger pigen for dig.' }],
      },
      {
        text: 'Blessing.',
        reviews: [{ id: 'r1', text: 'The madam took the money at the door, then the girl came.' }],
      },
      {
        text: 'Ning.',
        reviews: [{ id: 'r1', text: 'Man betaler i receptionen til en ældre mand og får et nummer.' }],
      },
      {
        text: 'Sara.',
        reviews: [{ id: 'r1', text: 'The person on the phone was a man, but the ad said she was alone.' }],
      },
      {
        text: 'Thai house.',
        reviews: [
          { id: 'r1', text: 'The older man behind the desk wanted the money before I could see her.' },
        ],
      },
      { text: 'Klinik.', reviews: [{ id: 'r1', text: 'Manden ved skranken tog pengene, og så kom pigen.' }] },
      {
        text: 'Mila.',
        reviews: [
          { id: 'r1', text: 'A driver dropped her at my hotel and was back downstairs an hour later.' },
        ],
      },
      { text: 'Klinik.', reviews: [{ id: 'r1', text: 'Værtinden holdt øje fra gangen hele tiden.' }] },
      { text: 'Nordic.', reviews: [{ id: 'r1', text: 'Receptionisten tog pengene før jeg så pigen.' }] },
      {
        text: 'Alex.',
        reviews: [{ id: 'r1', text: "He kept saying he needed the money today for 'the boss'." }],
      },
      {
        text: 'Maria.',
        reviews: [
          {
            id: 'r1',
            text: 'Pæn pige, men hun havde ingen nøgle, døren var låst udefra, og en mand kom og låste op.',
          },
        ],
      },
      {
        text: 'Lucía.',
        reviews: [
          { id: 'r1', text: 'Det var hendes kæreste, der tog imod pengene i døren, og han blev i stuen.' },
        ],
      },
      {
        text: 'Favour.',
        reviews: [
          {
            id: 'r1',
            text: 'Nice girl but her auntie was in the kitchen the whole time and came to count the money after.',
          },
        ],
      },
      {
        text: 'Alexandra.',
        reviews: [
          {
            id: 'r1',
            text: "Very beautiful but she cried after. Her 'uncle' drove her to the hotel and waited in the parking lot.",
          },
        ],
      },
      {
        text: 'Kristina.',
        reviews: [
          {
            id: 'r1',
            text: 'She was nice, but she said she can not go out of the apartment – Alex keeps the key and her passport.',
          },
        ],
      },
      {
        text: 'Simona.',
        reviews: [{ id: 'r1', text: 'Nogen skrev at hun var sød. Det passer, men en mand tog pengene.' }],
      },
      {
        text: 'Daria.',
        reviews: [
          {
            id: 'r1',
            text: "Hun sagde selv at hun ikke maatte beholde pengene – 'boss take all'. Ikke en god fornemmelse.",
          },
        ],
      },
      {
        text: 'Daria.',
        reviews: [{ id: 'r1', text: "She told me she wasn't allowed to keep the money." }],
      },
      {
        text: 'Sara.',
        reviews: [
          {
            id: 'r1',
            text: 'A big guy opened the door, counted my money twice in the hallway and only then let me see her.',
          },
        ],
      },
      {
        text: 'Ying.',
        reviews: [{ id: 'r1', text: 'A woman answered the phone and spoke for her the whole time.' }],
      },
      {
        text: 'Esther.',
        reviews: [
          {
            id: 'r1',
            text: "She asked me for help. She whispered that 'they' have her passport and she owes them money.",
          },
        ],
      },
      {
        text: 'Ning.',
        reviews: [{ id: 'r1', text: "Only the older 'receptionist' lady talked. She took my 1000 kr." }],
      },
      {
        text: 'Oksana.',
        reviews: [{ id: 'r1', text: 'Det var en kille som svarade i telefonen och bestämde tid och pris.' }],
      },
      {
        text: 'Kanya.',
        reviews: [{ id: 'r1', text: 'En äldre kvinna öppnade, tog betalt och satt kvar i köket.' }],
      },
      { text: 'Bella.', reviews: [{ id: 'r1', text: 'Betalte til hendes "bror" i døren.' }] },
      {
        text: 'Ning.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun måtte ikke have sin egen telefon, og alle beskeder gik gennem receptionen.',
          },
        ],
      },
      {
        text: 'Cam.',
        reviews: [
          { id: 'r1', text: 'Pretty sure someone was watching on the camera in the corner of the room.' },
        ],
      },
      { text: 'Ana.', reviews: [{ id: 'r1', text: 'Manden i bilen ringede til hende to gange undervejs.' }] },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: "Was told to MobilePay the money to a 'Florin' – not her name." }],
      },
      {
        text: 'Elena.',
        reviews: [
          {
            id: 'r1',
            text: 'No pimp in sight, but a woman in the next room took the money when we were done.',
          },
        ],
      },
      {
        text: 'Lily.',
        reviews: [{ id: 'r1', text: 'A woman at the reception took the money, and Lily never touched it.' }],
      },
      {
        text: 'Ploy.',
        reviews: [
          { id: 'r1', text: 'Hendes danske mand sad i køkkenet og tog imod pengene, før jeg måtte gå ind.' },
        ],
      },
      {
        text: 'Carla.',
        reviews: [
          { id: 'r1', text: "Her 'manager' texted me the address and I paid him by MobilePay, not her." },
        ],
      },
      {
        text: 'Sara.',
        reviews: [{ id: 'r1', text: 'She cried afterwards and said her ex forces her to do this.' }],
      },
      {
        text: 'Yari.',
        reviews: [
          { id: 'r1', text: 'Un hombre abrió la puerta, cobró los 1000 kr y se fue al otro cuarto.' },
        ],
      },
      { text: 'Bruna.', reviews: [{ id: 'r1', text: 'O motorista recebeu o dinheiro antes de ela subir.' }] },
      {
        text: 'Mai.',
        reviews: [
          { id: 'r1', text: 'Her "bf" was in the next room the whole time and took the cash after.' },
        ],
      },
      {
        text: 'Joy.',
        reviews: [
          { id: 'r1', text: 'Girl speak no english, the auntie translate everything and take the money.' },
        ],
      },
      {
        text: 'Kimmy.',
        reviews: [
          { id: 'r1', text: 'Her friend answered, gave me the address, and took the money at the door.' },
        ],
      },
      {
        text: 'Kasia.',
        reviews: [{ id: 'r1', text: 'Hon verkade rädd, och en man öppnade dörren och tog betalt.' }],
      },
      {
        text: 'Lena.',
        reviews: [
          { id: 'r1', text: 'Ein Mann hat das Geld genommen, und sie durfte nicht allein mit mir reden.' },
        ],
      },
      {
        text: 'House.',
        reviews: [{ id: 'r1', text: 'Tita Baby (the mamasan) answered and took the money at the door.' }],
      },
      {
        text: 'Joy.',
        reviews: [
          { id: 'r1', text: 'She whispered that she cannot leave, the man outside keeps her money.' },
        ],
      },
      {
        text: 'Alina.',
        reviews: [
          { id: 'r1', text: "Hendes 'veninde' tog telefonen og bestemte alt – pris, tid, det hele." },
        ],
      },
      {
        text: 'Klinik.',
        reviews: [
          { id: 'r1', text: 'Den ældre dame i receptionen tog pengene, og pigen fik ingenting i hånden.' },
        ],
      },
      {
        text: 'Precious.',
        reviews: [
          { id: 'r1', text: "Her 'sister' answered the phone and did all the talking, then took the money." },
        ],
      },
      {
        text: 'Rosa.',
        reviews: [
          {
            id: 'r1',
            text: "The 'manager' texted me the address and told me to leave the cash on the table.",
          },
        ],
      },
      {
        text: 'Sofia.',
        reviews: [
          { id: 'r1', text: 'A woman answered, opened the door for me and knocked at exactly 60 minutes.' },
        ],
      },
      {
        text: 'Lina.',
        reviews: [{ id: 'r1', text: 'Fine girl, but a man knocked three times to check the time.' }],
      },
      {
        text: 'Vika.',
        reviews: [{ id: 'r1', text: 'Midt i det hele bankede en mand på døren for at tjekke tiden.' }],
      },
      {
        text: 'Alina.',
        reviews: [{ id: 'r1', text: 'Ein Mann hat draußen im Auto gewartet und sie danach abgeholt.' }],
      },
      {
        text: 'Nok.',
        reviews: [{ id: 'r1', text: 'Kjæresten hennes tok imot pengene i døra før jeg fikk komme inn.' }],
      },
      {
        text: 'Lin.',
        reviews: [{ id: 'r1', text: "Hon sa att hon måste jobba varje dag, annars blir 'han' arg." }],
      },
      {
        text: 'Ivana.',
        reviews: [{ id: 'r1', text: "Telefonen blev taget af en mand, der sagde 'she is free at 3'." }],
      },
      {
        text: 'Nadia.',
        reviews: [
          { id: 'r1', text: 'Det var ikke hende, der skrev tilbage på sms. Hun sagde næsten ingenting.' },
        ],
      },
      {
        text: 'Alina.',
        reviews: [
          { id: 'r1', text: 'En fyr skrev alle beskederne for hende. Det var ham, der bestemte prisen.' },
        ],
      },
      { text: 'Lin.', reviews: [{ id: 'r1', text: "Hendes 'søster' tager telefonen, når Lin har kunder." }] },
      {
        text: 'Tamara.',
        reviews: [{ id: 'r1', text: 'Den samme mand åbnede døren og tog mine penge, før jeg så hende.' }],
      },
      {
        text: 'Lena.',
        reviews: [
          {
            id: 'r1',
            text: 'Bureauet er hurtigt, og en chauffør leverer pigen til døren og henter hende igen.',
          },
        ],
      },
      {
        text: 'Maria.',
        reviews: [{ id: 'r1', text: 'She had to give the money to a woman in the kitchen, the boss.' }],
      },
      {
        text: 'Ola.',
        reviews: [{ id: 'r1', text: "Hun sagde, at 'chefen' bliver vred, når hun ikke tjener nok." }],
      },
      {
        text: 'Mai, Thai massage.',
        reviews: [
          {
            id: 'r1',
            text: 'Nice massage, but she told me she must make 3000 kr every day before she is allowed to rest.',
          },
        ],
      },
      {
        text: 'Joy, 23, Odense.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun sagde, hun skulle arbejde hver dag for at betale gælden til dem der hentede hende hertil.',
          },
        ],
      },
      {
        text: 'Lin, 28.',
        reviews: [{ id: 'r1', text: "Pæn lejlighed, men 'Kæresten' sad i stuen og tog imod pengene." }],
      },
      {
        text: 'Lin, 28.',
        reviews: [{ id: 'r1', text: 'Fyr i en hvid varevogn udenfor tog pengene, før jeg måtte gå op.' }],
      },
      {
        text: 'Lin, 28.',
        reviews: [
          {
            id: 'r1',
            text: 'She said she works until the debt is paid off, the man who paid her ticket decides.',
          },
        ],
      },
      {
        text: 'Lin, 28.',
        reviews: [{ id: 'r1', text: "The agency's driver waited outside and took the envelope from her." }],
      },
      {
        text: 'Vera.',
        reviews: [
          { id: 'r1', text: 'The club’s driver sat in the car the whole hour and took the cash after.' },
        ],
      },
      {
        text: 'Lin, 28.',
        reviews: [{ id: 'r1', text: 'Driver took the money at the door. She was quiet.' }],
      },
      {
        text: 'Nika.',
        reviews: [
          { id: 'r1', text: 'A dude sitting in a grey van outside walked up and collected the cash.' },
        ],
      },
      {
        text: 'Nga.',
        reviews: [{ id: 'r1', text: 'En anden vietnamesisk kvinde tog telefonen og gav mig adressen.' }],
      },
      {
        text: 'Dorina.',
        reviews: [{ id: 'r1', text: 'Paid in cash to her boyfriend in the hallway first.' }],
      },
      {
        text: 'Alina.',
        reviews: [
          { id: 'r1', text: 'She whispered that she is not allowed to leave the apartment without him.' },
        ],
      },
      {
        text: 'Mira.',
        reviews: [{ id: 'r1', text: 'Jeg fik indtryk af, at hun ikke må forlade lejligheden.' }],
      },
      {
        text: 'Ines.',
        reviews: [{ id: 'r1', text: 'Am Telefon meldete sich immer ein Mann, nie sie selbst.' }],
      },
      {
        text: 'Noor.',
        reviews: [
          { id: 'r1', text: 'Er zat een vent in een busje voor de deur te wachten tot ik klaar was.' },
        ],
      },
      {
        text: 'Ewa.',
        reviews: [{ id: 'r1', text: 'Starszy facet przy drzwiach zabrał pieniądze, zanim weszłem.' }],
      },
      { text: 'Olga.', reviews: [{ id: 'r1', text: 'Мужчина, который сидел на кухне, забрал все деньги.' }] },
      { text: 'Dana.', reviews: [{ id: 'r1', text: "Haar 'vriend' houdt het geld, zei ze." }] },
      { text: 'Nina.', reviews: [{ id: 'r1', text: 'Ihr "Cousin" saß im Flur und hat am Ende kassiert.' }] },
      { text: 'Mai.', reviews: [{ id: 'r1', text: 'Older lady answered the phone, then Mai came out.' }] },
      {
        text: 'Lina.',
        reviews: [{ id: 'r1', text: 'Some guy wrote back to my text and gave the address.' }],
      },
      {
        text: 'Studio Rosa.',
        reviews: [{ id: 'r1', text: 'Door man collected the cash before I went up.' }],
      },
      { text: 'Vika.', reviews: [{ id: 'r1', text: 'The front desk woman takes payment, then you wait.' }] },
    ],
    negative: [
      {
        text: 'Efua, 30.',
        reviews: [{ id: 'r1', text: 'Her so-called cousin in Accra sends her recipes, she told me.' }],
      },
      {
        text: 'Lina.',
        reviews: [
          {
            id: 'r1',
            text: 'I worry about trafficking on sites like this, but she rents her own place and keeps her own money.',
          },
        ],
      },
      {
        title: 'Klinik Lotus – Vejle',
        text: 'Vi har Noi og Ploy på vagt.',
        reviews: [{ id: 'r1', text: 'Ploy took the money. Noi gave a great massage.' }],
      },
      {
        title: 'Mia 30',
        text: 'Jeg er Mia, ring til mig.',
        reviews: [{ id: 'r1', text: 'Great evening. Took the money and then Mia made tea.' }],
      },
      { text: 'Spa.', reviews: [{ id: 'r1', text: 'Manager called back, she took the cash herself.' }] },
      { text: 'Rose.', reviews: [{ id: 'r1', text: 'Hun tog selv pengene og talte dem, ingen madam her.' }] },
      {
        text: 'Vera.',
        reviews: [{ id: 'r1', text: 'Hotellets manager var sød, og Vera sms’ede selv adressen.' }],
      },
      {
        text: 'Noi, 35.',
        reviews: [{ id: 'r1', text: 'She said she must give most of the money to her family at home.' }],
      },
      {
        text: 'Dorte.',
        reviews: [{ id: 'r1', text: 'Hendes kæreste var ikke hjemme, hun tog selv imod pengene.' }],
      },
      {
        text: 'Maria.',
        reviews: [{ id: 'r1', text: 'Naboen kom forbi, han hilste pænt på mig, og hun tog imod pengene.' }],
      },
      {
        text: 'Irina.',
        reviews: [{ id: 'r1', text: 'Hun er sin egen manager, jeg betalte direkte til hende.' }],
      },
      {
        text: 'Party.',
        reviews: [{ id: 'r1', text: 'Hun holdt selv styr på pengene og tiden, ingen arrangør.' }],
      },
      {
        text: 'Louise.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg er altid paranoid omkring menneskehandel, men hun svarer selv og styrer alt selv.',
          },
        ],
      },
      {
        text: 'Lin.',
        reviews: [{ id: 'r1', text: 'I spoke to a woman on the phone, it was Lin herself, lovely.' }],
      },
      {
        text: 'Mona.',
        reviews: [
          { id: 'r1', text: 'My manager was angry on the phone because I left work early for this.' },
        ],
      },
      {
        text: 'Mona.',
        reviews: [{ id: 'r1', text: 'She called me back from another number because her phone died.' }],
      },
      {
        text: 'Mona.',
        reviews: [{ id: 'r1', text: "She has a driver's licence and came with her own car." }],
      },
      { text: 'Eva.', reviews: [{ id: 'r1', text: 'Jeg er en mand på 58 og tog mig god tid med hende.' }] },
      { text: 'Eva.', reviews: [{ id: 'r1', text: 'My driver waited in the car. She was lovely.' }] },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: 'She asked me for the money at the start, all in order.' }],
      },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: 'Hun tog selv røret, og en fyr i baren anbefalede hende.' }],
      },
      {
        text: 'Eva.',
        reviews: [{ id: 'r1', text: 'En ældre dansk mand i opgangen hilste pænt på mig, han bor der.' }],
      },
      {
        text: 'Lone.',
        reviews: [{ id: 'r1', text: 'The lady who booked me opened the door herself, lovely and relaxed.' }],
      },
      {
        text: 'Eva.',
        reviews: [
          { id: 'r1', text: 'A second girl was in the flat, her colleague, and left before I came in.' },
        ],
      },
      {
        text: 'Giulia.',
        reviews: [{ id: 'r1', text: 'Il mio autista mi ha aspettato fuori, tutto tranquillo.' }],
      },
      { text: 'Petra.', reviews: [{ id: 'r1', text: 'Můj řidič čekal dole, ona byla milá.' }] },
      {
        text: 'Elin.',
        reviews: [{ id: 'r1', text: 'Såg inga tecken på hallick eller trafficking, hon bokar själv.' }],
      },
      { text: 'Lucía.', reviews: [{ id: 'r1', text: 'Se trata de personas muy amables, todo bien.' }] },
      {
        text: 'Lucía.',
        reviews: [{ id: 'r1', text: 'Un piso muy chulo, ella esperaba en la puerta con una sonrisa.' }],
      },
      {
        text: 'Karin.',
        reviews: [{ id: 'r1', text: 'Mein Fahrer hat draußen gewartet, sie war total entspannt.' }],
      },
      {
        text: 'Lotte.',
        reviews: [
          { id: 'r1', text: 'Er stond een man bij de lift te wachten, bleek gewoon een buurman te zijn.' },
        ],
      },
      {
        text: 'Zofia.',
        reviews: [{ id: 'r1', text: 'Mój kierowca czekał pod domem, ona sama otworzyła drzwi.' }],
      },
      {
        text: 'Ira.',
        reviews: [{ id: 'r1', text: 'Никакого водителя, никто не ждал, она сама всё решает.' }],
      },
      {
        text: 'Rikke.',
        reviews: [{ id: 'r1', text: 'No p.1.m.p, no driver, she opened the door herself. Lovely.' }],
      },
      {
        text: 'Dorte.',
        reviews: [
          { id: 'r1', text: 'Man hører jo så meget om menneskehandel, men nej – hun bestemmer helt selv.' },
        ],
      },
      {
        text: 'Kate.',
        reviews: [{ id: 'r1', text: 'You hear a lot about trafficking, but she clearly works for herself.' }],
      },
      {
        text: 'Studio.',
        reviews: [
          { id: 'r1', text: 'The woman at reception was friendly; the girl took the payment herself.' },
        ],
      },
      {
        text: 'Susse, 50.',
        reviews: [{ id: 'r1', text: 'Hun er sin egen chef og tager selv imod pengene. Dejlig kvinde.' }],
      },
      {
        text: 'Lone, 44.',
        reviews: [{ id: 'r1', text: 'No signs of coercion or a pimp, she runs it all herself.' }],
      },
      {
        text: 'Lone, 44.',
        reviews: [{ id: 'r1', text: 'Da jeg ringede, svarede hun selv og var sød i telefonen.' }],
      },
      { text: 'Массаж.', reviews: [{ id: 'r1', text: 'Деньги взяла она сама, никакого мужчины не было.' }] },
      {
        text: 'Rita.',
        reviews: [
          { id: 'r1', text: 'A guy waiting in a car outside honked at me, then drove off. She was lovely.' },
        ],
      },
      {
        text: 'Maja.',
        reviews: [
          { id: 'r1', text: 'I knocked on the wrong door first to check the number, then she came out.' },
        ],
      },
      {
        text: 'Hanne.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg tror ikke, der er tale om menneskehandel – hun har sin egen lejlighed og egne kunder.',
          },
        ],
      },
      {
        text: 'Greta.',
        reviews: [
          { id: 'r1', text: "I don't believe there is any pimp involved, she books everything herself." },
        ],
      },
      {
        text: 'Olga.',
        reviews: [
          {
            id: 'r1',
            text: 'Someone on the forum claimed she is controlled. I saw nothing like that, she opened the door alone.',
          },
        ],
      },
      {
        text: 'Ilona.',
        reviews: [
          {
            id: 'r1',
            text: 'Der går rygter om en alfons, men jeg har været der fire gange og kun mødt hende. Det rene vrøvl.',
          },
        ],
      },
      {
        text: 'Lise.',
        reviews: [{ id: 'r1', text: 'Min egen assistent tog telefonen, da Lise ringede tilbage.' }],
      },
      {
        text: 'Christian, 38, dansk.',
        reviews: [
          { id: 'r1', text: 'Great guy, relaxed and fun. He answered the phone himself and was on time.' },
        ],
      },
      {
        text: 'Andrés, 34.',
        reviews: [{ id: 'r1', text: 'He handled everything himself, no third party involved.' }],
      },
      {
        text: 'Mai, 29.',
        reviews: [{ id: 'r1', text: 'Vi holdt øje med uret, så vi ikke gik over tiden.' }],
      },
      {
        text: 'Dorte.',
        reviews: [
          {
            id: 'r1',
            text: 'Mindede mig om et andet bureau, hvor en fyr altid tog pengene. Her styrer hun alt selv.',
          },
        ],
      },
      {
        text: 'Mia.',
        reviews: [
          {
            id: 'r1',
            text: 'På en klinik i Odense sad der en mand og talte pengene. Mia er det stik modsatte.',
          },
        ],
      },
      {
        text: 'Kim, 45, for kvinder.',
        reviews: [{ id: 'r1', text: 'Rar fyr. Han tog selv imod pengene og bød på kaffe.' }],
      },
      {
        text: 'Line, 31.',
        reviews: [{ id: 'r1', text: 'Hun skulle give ham pengene tilbage, for han havde betalt for meget.' }],
      },
      {
        text: 'Mona, 50.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg var bekymret for om det var menneskehandel, men hun svarer selv og bestemmer selv.',
          },
        ],
      },
      {
        text: 'Sara, 33.',
        reviews: [
          { id: 'r1', text: 'Looks: 7/10\nPimp factor: none – she books herself\nWould return: yes' },
        ],
      },
      {
        text: 'Louise, 37.',
        reviews: [
          {
            id: 'r1',
            text: 'Kan bekræfte at hun bliver tvunget... tvunget til at høre på mine dårlige vittigheder i en hel time 😂',
          },
        ],
      },
      {
        text: 'Heidi, 39.',
        reviews: [
          {
            id: 'r1',
            text: '17:40 blev tvunget til at parkere tre gader væk pga. vejarbejde.\n18:50 ude igen.',
          },
        ],
      },
      {
        text: 'Ulla.',
        reviews: [{ id: 'r1', text: 'Hun skulle aflevere pengene tilbage, da jeg aflyste.' }],
      },
      {
        text: 'Lone, 50, Aabenraa.',
        reviews: [
          {
            id: 'r1',
            text: 'Thought for a second her pimp was outside – no, it was just her neighbour walking the dog.',
          },
        ],
      },
      {
        text: 'Maja, 40.',
        reviews: [
          {
            id: 'r1',
            text: 'Så en dokumentar om menneskehandel forleden, men hos Maja er alt hendes eget. Anbefales.',
          },
        ],
      },
      {
        text: 'Mette, 38.',
        reviews: [
          { id: 'r1', text: 'She said she likes to make 2000 kr a day and then she goes home to her kids.' },
        ],
      },
      {
        text: 'Lone, 50, Aabenraa.',
        reviews: [
          { id: 'r1', text: 'Kein Zuhälter weit und breit, sie macht alles selbst – Termin, Kaffee, Kasse.' },
        ],
      },
      {
        text: 'Nanna.',
        reviews: [
          { id: 'r1', text: 'Professional, she answers the phone herself and is very clear about rules.' },
        ],
      },
      {
        text: 'Birgitte.',
        reviews: [{ id: 'r1', text: 'She came on time with her own car. Friendly and fun.' }],
      },
      { text: 'Malene.', reviews: [{ id: 'r1', text: 'Hun virkede tryg og glad, god snak bagefter.' }] },
      { text: 'Booking only through manager.', reviews: [{ id: 'r1', text: 'Nice girl, apartment clean.' }] },
      {
        text: 'Katrine.',
        reviews: [{ id: 'r1', text: 'Selvstændig, ingen alfons, hun tog selv imod pengene.' }],
      },
      {
        text: 'Nina.',
        reviews: [
          { id: 'r1', text: 'No pimp, no man around, she is her own boss and definitely not forced.' },
        ],
      },
      { text: 'Diana.', reviews: [{ id: 'r1', text: 'Forced smile, robotic, but the massage was ok.' }] },
      {
        text: 'Rikke.',
        reviews: [{ id: 'r1', text: 'There was a guy leaving when I came, the previous client I guess.' }],
      },
      { text: 'Hanne.', reviews: [{ id: 'r1', text: 'Der var ingen mand i nærheden, hun var alene.' }] },
      { text: 'Maja.', reviews: [{ id: 'r1', text: 'Hun sad og ventede på mig i sofaen.' }] },
      { text: 'Tina.', reviews: [{ id: 'r1', text: 'I paid her directly, no one else around.' }] },
      {
        text: 'Sofie.',
        reviews: [{ id: 'r1', text: 'Hun tog selv imod pengene og gav mig en kvittering.' }],
      },
      {
        text: 'Luna.',
        reviews: [
          { id: 'r1', text: 'I gave the money to her and she counted it. Her friend was lovely too.' },
        ],
      },
      { text: 'Ditte.', reviews: [{ id: 'r1', text: "Hendes 'veninde' var også sød, vi fik en trekant." }] },
      {
        text: 'Birgitte.',
        reviews: [
          { id: 'r1', text: 'Her husband picked up the phone? No, she answered herself and was very clear.' },
        ],
      },
      {
        text: 'Jytte.',
        reviews: [{ id: 'r1', text: 'Hun kom selv kørende i sin egen bil, ingen chauffør.' }],
      },
      {
        text: 'Kamilla.',
        reviews: [{ id: 'r1', text: 'She was driven home by her sister after, very sweet.' }],
      },
      { text: 'Mette.', reviews: [{ id: 'r1', text: 'I paid her directly, no one else was there.' }] },
      { text: 'Lone.', reviews: [{ id: 'r1', text: 'Mama mia, hun var fantastisk og tog sig god tid.' }] },
      { text: 'Tina.', reviews: [{ id: 'r1', text: 'She answered the phone herself and opened the door.' }] },
      { text: 'Hanne.', reviews: [{ id: 'r1', text: 'The old lady was lovely and took her time.' }] },
      { text: 'Spa.', reviews: [{ id: 'r1', text: 'Receptionen var hyggelig og der var rent.' }] },
      {
        text: 'Rikke.',
        reviews: [{ id: 'r1', text: 'She dropped by my hotel on time and came back next week too.' }],
      },
      {
        text: 'Lone.',
        reviews: [{ id: 'r1', text: 'Jeg gav hende pengene, værtinde for en aften i sit eget hjem.' }],
      },
      {
        text: 'Sofie.',
        reviews: [{ id: 'r1', text: 'Hun låste selv døren op og gav mig en nøgle til parkeringen. Top.' }],
      },
      {
        text: 'Carla.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg var bekymret for menneskehandel fordi hun er udenlandsk, men hun forklarede at hun arbejder for sig selv.',
          },
        ],
      },
      {
        text: 'Simona.',
        reviews: [
          {
            id: 'r1',
            text: 'Nogen skrev at hun har en alfons – det passer ikke. Hun svarede selv telefonen.',
          },
        ],
      },
      {
        text: 'Daria.',
        reviews: [{ id: 'r1', text: 'Hun beholder selv pengene og bestemmer selv. Ingen chef.' }],
      },
      {
        text: 'Mette.',
        reviews: [
          {
            id: 'r1',
            text: 'She answered the phone herself and spoke for herself, of course. Lovely woman.',
          },
        ],
      },
      {
        text: 'Camilla.',
        reviews: [
          {
            id: 'r1',
            text: 'She asked me for help carrying a new mattress up to the third floor, haha. Great lady.',
          },
        ],
      },
      {
        text: 'Lea.',
        reviews: [{ id: 'r1', text: 'Hon öppnade själv och tog betalt direkt, inga andra där.' }],
      },
      {
        text: 'Lea.',
        reviews: [{ id: 'r1', text: 'Min bror anbefalede hende. Hun svarede selv på alle beskeder.' }],
      },
      {
        text: 'Pia.',
        reviews: [{ id: 'r1', text: 'Var tvunget til at parkere langt væk pga. vejarbejde.' }],
      },
      { text: 'Pia.', reviews: [{ id: 'r1', text: 'Was forced to wait five minutes because I was early.' }] },
      {
        text: 'Mia.',
        reviews: [
          {
            id: 'r1',
            text: "Read a rumour in another thread that there's a pimp behind her. Total rubbish – she books herself.",
          },
        ],
      },
      {
        text: 'Eva.',
        reviews: [
          {
            id: 'r1',
            text: 'I used to go to a clinic in another town where a guy took the money at the door. This is the opposite.',
          },
        ],
      },
      {
        text: 'Maja.',
        reviews: [
          {
            id: 'r1',
            text: 'Efter alle historierne om menneskehandel i nyhederne spurgte jeg hende direkte. Hun grinede.',
          },
        ],
      },
      {
        text: 'Sofie.',
        reviews: [{ id: 'r1', text: 'Best evening in months – I forced myself to leave after two hours.' }],
      },
      {
        text: 'Altagracia.',
        reviews: [
          {
            id: 'r1',
            text: 'Great time. The only pimp around here is her pimped-out red Fiat outside, haha.',
          },
        ],
      },
      {
        text: 'Ewa.',
        reviews: [
          { id: 'r1', text: 'Hendes "alfons"? Det er hendes kat, en tyk rød hankat, der hedder Alfons.' },
        ],
      },
      {
        text: 'Jana.',
        reviews: [
          {
            id: 'r1',
            text: 'Har været på en klinik i Hamburg, hvor en mand tog pengene – her er det det modsatte. Jana er sin egen.',
          },
        ],
      },
      {
        text: 'Nanna.',
        reviews: [
          {
            id: 'r1',
            text: "I've read about trafficking in this business, so I asked her directly – she laughed and said she runs her own company.",
          },
        ],
      },
      { text: 'Sofie.', reviews: [{ id: 'r1', text: 'She pimped my boring Tuesday, 10/10.' }] },
      {
        text: 'Line.',
        reviews: [{ id: 'r1', text: 'Independent and proud. Fight trafficking, not sex workers!' }],
      },
      {
        text: 'Mia.',
        reviews: [{ id: 'r1', text: "I didn't see a man take the money, she did it all herself." }],
      },
      {
        text: 'Mali.',
        reviews: [{ id: 'r1', text: 'She came by taxi and paid the driver herself. Lovely lady.' }],
      },
      {
        text: 'Nok.',
        reviews: [
          {
            id: 'r1',
            text: 'Hendes danske mand lavede kaffe til mig, mens jeg ventede. Hun styrer det hele selv.',
          },
        ],
      },
      {
        text: 'Dorthe.',
        reviews: [
          { id: 'r1', text: 'Der stod en fyr på trappen, da jeg kom, men det var bare naboen med sin hund.' },
        ],
      },
      {
        text: 'Lise.',
        reviews: [
          {
            id: 'r1',
            text: 'Folk på forum snakker om at pigerne bliver tvunget, men ikke her – Lise er sin egen chef.',
          },
        ],
      },
      {
        text: 'Mette.',
        reviews: [
          {
            id: 'r1',
            text: "Ja ja, nogen på forumet råber 'menneskehandel' hver gang en dame har et rækkehus.",
          },
        ],
      },
      {
        text: 'Julie.',
        reviews: [
          {
            id: 'r1',
            text: 'Meget bedre end den klinik i Odense, hvor en fyr tog pengene i døren. Her tog Julie selv imod.',
          },
        ],
      },
      {
        text: 'Ana.',
        reviews: [{ id: 'r1', text: "No sign of a pimp, no 'friend' at the door – she runs her own show." }],
      },
      {
        text: 'Nok.',
        reviews: [
          {
            id: 'r1',
            text: 'Her husband was mowing the lawn when I arrived – he waved and kept mowing. Nok took the money herself.',
          },
        ],
      },
      {
        text: 'Olga.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun sagde, hun var tvunget til at holde ferie i december, fordi lejligheden skal males.',
          },
        ],
      },
      {
        text: 'Sara.',
        reviews: [
          { id: 'r1', text: 'En fyr stod og røg ved opgangen – viste sig at være naboen. Sara var alene.' },
        ],
      },
      {
        text: 'Greta.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg havde læst på forumet, at der skulle være en alfons bag – total bullshit. Hun bor alene.',
          },
        ],
      },
      {
        text: 'Rebecca.',
        reviews: [{ id: 'r1', text: 'Tvunget til at tage en taxa hjem, fordi min bil ikke ville starte.' }],
      },
      {
        text: 'Ioana.',
        reviews: [
          {
            id: 'r1',
            text: "Another guy on the forum claimed she's run by a pimp. Rubbish – she showed me her own calendar.",
          },
        ],
      },
      {
        text: 'Malene.',
        reviews: [
          {
            id: 'r1',
            text: 'En mand åbnede døren – det var hendes mand, han tog snor på hunden og gik en tur. Malene tog selv imod pengene.',
          },
        ],
      },
      {
        text: 'Winnie.',
        reviews: [
          {
            id: 'r1',
            text: 'Der stod en mand i døren, hendes mand. Han kørte til fodbold. Winnie tog selv imod pengene.',
          },
        ],
      },
      {
        text: 'Mette.',
        reviews: [
          {
            id: 'r1',
            text: 'Var på en klinik i Valby, hvor en fyr tog pengene. Her er det en helt anden verden.',
          },
        ],
      },
      {
        text: 'Søs.',
        reviews: [
          {
            id: 'r1',
            text: 'Den eneste der blev tvunget til noget var mig: tvunget til at drikke hendes kaffe.',
          },
        ],
      },
      {
        text: 'Louise.',
        reviews: [{ id: 'r1', text: 'Jeg blev nærmest tvunget til at spise tre småkager først 😂' }],
      },
      {
        text: 'Sofia.',
        reviews: [
          {
            id: 'r1',
            text: 'Hun tog selv en taxa ud til mig, betalte selv chaufføren og tog selv imod mine penge.',
          },
        ],
      },
      {
        text: 'Karen.',
        reviews: [{ id: 'r1', text: 'Tog taxa derud, og chaufføren ventede på mig hele timen.' }],
      },
      {
        text: 'Lone.',
        reviews: [{ id: 'r1', text: 'En kammerat påstod, at en fyr tog pengene. Han tog fejl af adressen.' }],
      },
      {
        text: 'Nok.',
        reviews: [
          {
            id: 'r1',
            text: 'Nogen skrev, at hendes mand tager pengene. Han er pensioneret lærer og går tur med hunden. Han har ikke rørt en krone.',
          },
        ],
      },
      {
        text: 'Jytte.',
        reviews: [{ id: 'r1', text: 'Min kone kalder mig en gammel alfons, fordi jeg går med hat.' }],
      },
      {
        text: 'Lin, 28.',
        reviews: [
          { id: 'r1', text: 'I paid for her flight home when she visited her mum. She is my regular.' },
        ],
      },
      {
        text: 'Lin, 28.',
        reviews: [{ id: 'r1', text: 'Guy in the mirror was me, grinning like an idiot. Lovely hour.' }],
      },
      {
        text: 'Vera.',
        reviews: [
          { id: 'r1', text: 'The agency’s website was slow, but she was lovely and I paid her directly.' },
        ],
      },
      {
        text: 'Lin, 28.',
        reviews: [{ id: 'r1', text: 'My driver waited outside, I do not drive here. Lin was sweet.' }],
      },
      {
        text: 'Bente.',
        reviews: [{ id: 'r1', text: 'Katten holdt øje med os fra sofaen hele tiden, ret sjovt.' }],
      },
      {
        text: 'Lone.',
        reviews: [
          {
            id: 'r1',
            text: 'Jeg ser altid efter tegn på menneskehandel, men her var alt fint, hun bestemmer selv.',
          },
        ],
      },
      {
        text: 'Ida.',
        reviews: [{ id: 'r1', text: 'Paid in cash to her directly, nobody else around.' }],
      },
      {
        text: 'Tove.',
        reviews: [{ id: 'r1', text: 'She is not allowed to leave before the hour is up, her own rule.' }],
      },
      { text: 'Nina.', reviews: [{ id: 'r1', text: 'Ihr "Lächeln" war echt, ich komme wieder.' }] },
      { text: 'Bente.', reviews: [{ id: 'r1', text: 'Older woman, very kind, took her time with me.' }] },
      { text: 'Mai.', reviews: [{ id: 'r1', text: 'The massage lady took the cash and made tea.' }] },
      {
        text: 'Sara.',
        reviews: [
          {
            id: 'r1',
            text: 'A man opened the door, her brother visiting, he had nothing to do with the booking.',
          },
        ],
      },
    ],
  },
});
