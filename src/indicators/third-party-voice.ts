import type { Evidence } from '../shared/types.js';
import { writtenByCouple } from './text/couple.js';
import { defineIndicator, type PreparedAd } from './define.js';
import { compileTerms, evidenceFor, insideReportedQuote, type FieldMatch } from './text/match.js';
import { businessSeeks, notAManSeeking, recruitingOne, recruitingVoice } from './text/recruiting.js';
import { detectWithRules, type MatchContext, type TextRule } from './text/rules.js';
import { anotherWomanBefore } from './text/another-woman.js';
import { FIRST_PERSON, speaksAsI } from './text/first-person.js';
import { ON_DUTY_HEADINGS, rosterNamesAt, staffedShifts } from './text/roster.js';

/**
 * The ad speaks about the person rather than as her: third-person pronouns with a verb, or an
 * agency's plural voice. "her" alone is not used: in Danish it means "here" ("Anne her 🙂"), and
 * "he/han" is left out because first-person ads mention a manager or driver that way.
 */
const thirdPerson = compileTerms([
  "she's",
  // Also who sets the pace or the rules of a meeting: "she decides the pace", "hun bestemmer tempoet".
  // Broken English negates without "does": "she not speak Danish", "she no do outcall"; or drops the
  // apostrophe: "she dont speak english", "she doesnt do outcall".
  // Also what she agrees to: "She says yes to everything", "hun siger ja til det meste"; and what a
  // domina written about expects or adapts: "Hun forventer total lydighed", "hun tilpasser sessionen".
  "she (?:is|was|has|have|speak|speaks|talk|talks|can|will|would|loves?|likes?|offers?|gives?|does|do|provides?|works?|comes?|waits?|receives?|enjoys?|knows?|wants?|lives?|decides?|says (?:yes|no)|only|also|really|always|never|doesn't|don't|doesnt|dont|(?:not|no) (?:speak|talk|understand|do|go|come|take|like|know))",
  'hun (?:er|har|hedder|kan|vil|giver|taler|snakker|elsker|tilbyder|kommer|venter|modtager|tager|arbejder|bor|laver|nyder|ved|kun|også|altid|glæder|ser|bestemmer|forkæler|siger (?:ja|nej)|forventer|tilpasser|kræver)',
  'her name is',
  // Her bookings or her rides through someone of hers: "Booking only via her driver", "he brings her
  // to your address", "bookinger gennem hendes chauffør".
  '(?:via|through|thru|by|with|gennem|hos|med) (?:her|hendes) (?:driver|manager|boss|agent|booker|boyfriend|chauffør|chef|kæreste)',
  '(?:he|han) (?:brings|drives|takes|bringer|kører|henter) (?:her|hende) (?:to|til|ud til|over til)',
  'her services',
  'her photos',
  'her pictures',
  'her number',
  // Also the client asked to come and see them: "Kom og mød dem i lejligheden", "come and meet them".
  '(?:book|booke|ring til|kontakt|møde|mød) (?:dem|pigerne)',
  // Not "I love to meet them again, my regular clients".
  '(?:come (?:and |to )meet (?:them|the girls)|meet the girls)',
  // Also a doll or angel, a word for her origin or looks between: "This romanian doll loves kissing".
  'this (?:\\p{L}+ )?(?:girl|lady|beauty|babe|doll|angel|princess|goddess|cutie) (?:is|has|will|can|loves?|likes?|offers?)',
  // Her stay ending, told to the client: "Book now before she leave!", "book hende før hun rejser".
  '(?:book|booke|call|ring|meet|mød)(?! (?:me|mig|us|os)(?![\\p{L}]))(?: \\p{L}+){0,2} (?:before|før) (?:she|hun) (?:leaves?|goes|is gone|rejser|tager videre)(?![\\p{L}])',
  'the girl (?:is|has|will|speaks?)',
  // The house's persons as a group: "The ladies stay in the house", "the girls are ready"; not the
  // clients a worker welcomes ("couples and ladies are welcome").
  'the (?:girls|ladies) (?:are (?!welcome|velkomne)|stay|live|work|will|speak|have)',
  // Their languages told by someone else: "They don't speak Danish or English – we translate".
  "(?:they|de) (?:don't|dont|do not|no|taler ikke|forstår ikke|snakker ikke) (?:speak |talk |understand )?(?:danish|english|dansk|engelsk)",
  'denne (?:pige|dame|skønhed) (?:er|har|vil|kan|elsker|tilbyder)',
  // Also the lady or masseuse by her role: "Massøsen taler kun thai", "damen er ny i byen".
  '(?:pigen|damen|massøsen) (?:er|har|taler|kan|vil)',
  'hendes (?:billeder|fotos|nummer|ydelser|navn)',
  // The writer's wife as the one who offers: "Min thailandske kone er 38 og tilbyder …", "my sweet wife
  // offers massage" (a wife only: Danish "kæreste" is also her own boyfriend). Her name is any word:
  // the terms run over the lower-cased text ("My wife Nok is thai lady", "Min kone Tove (50) tilbyder").
  '(?:min|my) (?:\\p{L}+ ){0,2}(?:kone|hustru|wife)(?: \\p{L}+)?(?: \\(\\d{2}\\))?,? (?:er|tilbyder|giver|tager|elsker|is|offers|gives|loves)',
  // The writer says he is her man: "I am her husband", "Jeg (hendes mand) er vært".
  "(?:i am|i'm|jeg er) (?:her|hendes) (?:husband|boyfriend|mand|ægtemand|kæreste)(?![\\p{L}])",
  '(?:jeg|i) \\((?:hendes|her) (?:husband|boyfriend|mand|ægtemand|kæreste)\\)',
  // She and her man, both spoken of: "Ewa (30) fra Polen og hendes mand tager imod herrer", "Nadia og
  // hendes kæreste Jens tager imod i Herning".
  '(?:og|and) (?:hendes|her) (?:mand|ægtemand|kæreste|husband|boyfriend)(?: \\p{L}+)? (?:tager imod|modtager|tilbyder|receive|welcome|offer)(?![\\p{L}])',
  // The house tells whom not to pay or call: "Payment to the office, not to the girl", "ikke til pigerne".
  '(?:not|ikke) (?:to|til) (?:the girls?|the lady|the ladies|pigen|pigerne|damen|damerne)(?![\\p{L}])',
]);

/**
 * The person offered as "her": "book her", "Skriv til mig for at booke hende". Whoever writes this
 * offers someone else, even a wife or a friend the writer named just before (see
 * `anotherWomanBefore`), while "call her" may be the friend who takes the calls.
 */
const bookHer = compileTerms([
  '(?:book|booke|booking|bestil|bestille|møde|meet|visit|ring for at booke|see|enjoy|nyd|besøg) (?:her|hende)',
  // Also the writer's own verb, inverted after "så": "Ring til mig, så booker jeg hende".
  '(?:booker|bestiller) (?:jeg|vi) hende',
  // A time with her, or her bookings made by the writer: "Ring for at bestille tid hos hende", "book
  // en tid med hende", "her friend will make the booking for her".
  '(?:bestil|bestille|book|booke|reserver|reservere) (?:en )?tid (?:hos|med) hende',
  '(?:make|makes|do|does|handle|handles|take|takes) (?:the |all )?(?:bookings?|appointments?) for her',
  // All of it done for them: "we handle everything on the phone for them", "vi klarer alt for dem".
  '(?:we|i) (?:handle|arrange|do|take care of) (?:everything|all) (?:\\p{L}+ ){0,3}for (?:her|them)(?![\\p{L}])',
  '(?:vi|jeg) (?:klarer|ordner|arrangerer|står for) (?:alt|det hele) (?:\\p{L}+ ){0,3}for (?:hende|dem)(?![\\p{L}])',
]);
/**
 * The writer refuses to book another woman: "she has her own ad, so don't ask me to book her",
 * "spørg ikke mig om at booke hende". She is sent elsewhere, not offered.
 */
const REFUSED_ASK_BEFORE =
  /(?<![\p{L}])(?:(?:don't|dont|do not|never|please don't|no need to) ask (?:me|us) (?:to|if (?:i|we) can)|(?:spørg|bed) (?:ikke|aldrig) (?:mig|os) (?:om at|at|om jeg kan))\s+$/iu;

function notRefusedAsk(ctx: MatchContext): boolean {
  return !REFUSED_ASK_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start));
}

/** "Call her": in an "I" ad after another woman ("Min veninde laver aftalerne – ring til hende") that one is called. */
const contactHer = compileTerms(['(?:call|contact|kontakt|ring til) (?:her|hende)']);

/** Rotation announced by the venue: "New girls every week", "Nye piger hver mandag"; not "Ingen nye piger hver uge her – kun mig". */
const rotationAnnounced = compileTerms([
  '(?:new|different) (?:girls|ladies) (?:every|each)',
  '(?:nye|skiftende|andre) (?:\\p{L}+ )?(?:piger|damer) hver',
  // "new faces every month", "nye ansigter hver uge", "fresh faces every Monday": the venue's
  // persons change.
  '(?:new|fresh) faces (?:every|each)',
  '(?:nye|friske) ansigter hver',
  // Changing persons named without the period: "Skiftende piger fra Asien", "skiftende asiatiske massøser".
  '(?:skiftende|rotating|changing) (?:\\p{L}+ )?(?:piger|damer|massøser|girls|ladies|masseuses)',
  // One new person each period is the house's rotation: "Ny thai pige hver uge", "new girl every week".
  'ny (?:\\p{L}+ )?(?:pige|dame|massøse) hver',
  'new (?:\\p{L}+ )?(?:girl|lady|masseuse) (?:every|each)',
  // The persons first, their being new after: "Smukke thai damer, nye hver uge", "girls, new every
  // week"; and the names on the list changing: "nye navne hver mandag", "new names every week".
  '(?:piger|damer|massøser),? (?:alle )?nye hver',
  '(?:nye navne|new names) (?:hver|every|each)',
  // The same in visitors' languages, an origin may stand between: Polish "Nowe dziewczyny z Polski co
  // tydzień", Romanian "fete noi în fiecare săptămână", Russian "новые девушки каждую неделю",
  // Spanish "chicas nuevas cada semana".
  '(?:nowe|inne) dziewczyny (?:\\p{L}+ ){0,3}co (?:tydzień|tydzien|miesiąc|miesiac)',
  'fete noi (?:\\p{L}+ ){0,3}(?:în|in) fiecare (?:săptămână|saptamana|lună|luna)',
  'новые (?:девушки|девочки) (?:\\p{L}+ ){0,3}каждую неделю',
  '(?:chicas nuevas|nuevas chicas) (?:\\p{L}+ ){0,3}cada (?:semana|mes)',
  // Their origin between: "Chicas latinas nuevas cada semana", "meninas brasileiras novas toda semana".
  '(?:chicas|niñas|meninas|garotas)(?: \\p{L}+)? (?:nuevas|novas) (?:cada|todas las|toda|todas as) (?:semana|semanas|mes|mês)',
  // German houses: "wechselnde Girls aus Rumänien", "jede Woche neue Gesichter", "neue Damen jede Woche".
  '(?:wechselnde|ständig neue|jede woche neue|jeden monat neue) (?:\\p{L}+ )?(?:girls|damen|mädchen|frauen|ladies|gesichter)',
  'neue (?:girls|damen|mädchen|frauen|ladies|gesichter) (?:\\p{L}+ )?(?:jede woche|jeden monat|wöchentlich)',
]);

/**
 * The house as a place: "Welcome to our place", "the ladies of our house". Only in an ad that never
 * says "I": "You come to our house, my husband opens the door" is her home with him, her own voice.
 */
const ourPlace = compileTerms(['our (?:(?!shared |common )[\\p{L}]+ ){0,2}(?:place|house)']);

/**
 * A woman the business calls its own by name, her age right after: "Vores Lara (27, tysk) tager
 * imod", "our sweet Anna, 22, from Riga". Case matters: the name is capitalised (not "our place 24
 * hours"), and no month or hours follow ("Our December 24 offer", "Vores Spa 24 timer").
 */
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|Marts|Maj|Juni|Juli|Oktober';
const ourNamed = compileTerms(
  [
    `(?:Vores|vores|Our|our) (?:(?:nye|søde|smukke|dejlige|new|sweet|lovely|beautiful|gorgeous) )?(?!(?:${MONTHS})(?![\\p{L}]))\\p{Lu}\\p{Ll}+,? \\(?\\d{2}(?![/:.]\\d)(?! ?(?:timer|hours|hrs|h|t|min|kr|dkk)(?![\\p{L}]))`,
  ],
  { caseSensitive: true },
);

/**
 * An organiser holding an event with her: "Vi holder igen GB-party lørdag – denne gang med Ola", "We
 * host a private party every month". Only in an ad that never says "I" (see ourPlace).
 */
const eventHosted = compileTerms([
  'vi (?:holder|afholder|arrangerer) (?:igen |atter |endnu en |en |et )?(?:\\p{L}+ )?(?:party|parties|fest|event)',
  'we (?:host|are hosting|hold|are holding|organi[sz]e|throw) (?:again )?(?:a |an |another |our )?(?:\\p{L}+ )?(?:party|parties|event)',
]);

/** Agency or venue voice: "our girls", "vi tilbyder", "hos os", "we have new girls". */
const agencyVoice = compileTerms([
  // Not what she shares with other trades in a house: "our shared receptionist" (a physiotherapist's too).
  // Also the business's driver: "always with our chauffeur".
  // Also the agency's desk that books her: "Book Chloe via our office", "our booking office".
  // Also a studio's dominas: "our three dominas and two submissive ladies"; a count before them too:
  // "our 3 Thai masseuses", "our 4 new girls".
  'our (?:\\d{1,2} )?(?:(?!shared |common )[\\p{L}]+ ){0,2}(?:girls|grls|ladies|ladys|models|escorts|companions|courtesans|boys|gentlemen|agency|masseuses|therapists|team|staff|studio|club|salon|clinic|beauties|manager|booker|receptionist|reception|driver|chauffeur|office|dominas|mistresses)',
  // Its own page that shows who works: "chk our insta 4 who's here now".
  "our (?:insta|instagram|ig|website|site|page)(?: \\p{L}+)? (?:4|for|to see) (?:who|which)(?:'s| is| are)? (?:here|in|working|on)",
  // Two origins joined: "our Czech and Slovak models", "vores thai og filippinske damer".
  'our [\\p{L}]+ (?:and|&) [\\p{L}]+ (?:girls|ladies|models|escorts|companions|masseuses)',
  'vores [\\p{L}]+ (?:og|&) [\\p{L}]+ (?:piger|damer|modeller|escorts|massøser)',
  // The clinic in a compound too: "på vores elevklinik", "vores tantraklinik i Vejle".
  'vores (?:[\\p{L}]+ ){0,2}(?:piger|damer|drenge|modeller|escorts|bureau|massøser|dominaer|\\p{L}*klinik|studie|salon|hus|team|sted|nye)',
  // The business says what it is: "Vi er en veldrevet klinik med 5 faste massøser", "vi er et lille,
  // diskret bureau", "we are a small escort agency" (not "vi er to veninder" nor "vi er et par").
  'vi er (?:en|et) (?:\\p{L}+,? ){0,2}(?:klinik|massageklinik|bureau|escortbureau|agentur|massagesalon|salon)',
  'we are an? (?:\\p{L}+,? ){0,2}(?:agency|escort agency|clinic|massage clinic|massage parlou?r|salon)',
  // A counted or compound staff and the venue's rooms: "blandt vores 4 thai-massøser", "I vores VIP-rum".
  'vores (?:\\d{1,2} )?(?:[\\p{L}]+ )?(?:\\p{L}+-)?(?:massøser|massører|terapeuter|piger|damer|rum|lokaler|reception|receptionist)',
  // A stay with the business: "Tereza is with us only this week", "hun er hos os".
  '(?:is|are) with us',
  '(?:hun|de) er hos os',
  'vi tilbyder',
  // The house asked who works today: "Ask us which girl is here today", "spørg os hvilken pige der er her".
  '(?:ask|call|text|contact) us (?:which|what) (?:girls?|lady|ladies)',
  '(?:spørg|ring til|skriv til) os (?:hvilken|hvilke) (?:pige|piger|dame|damer)',
  // An agency's own verb for its persons: "We represent 6 handsome escorts", "Vi repræsenterer 5 damer".
  'we represent (?:[\\p{L}\\d]+ ){0,3}(?:escorts|girls|ladies|models|boys|gentlemen|companions)',
  'vi repræsenterer (?:[\\p{L}\\d]+ ){0,3}(?:escorts|piger|damer|modeller|drenge|fyre)',
  'vi har (?:[\\p{L}\\d–-]+ ){0,5}(?:piger|damer|kvinder|massøser|massører|massage|nye|mange|flere|ladyboys|dominaer|thaipiger|thaidamer)',
  // A count with the noun left singular, as broken Danish and English write it: "Vi har 3 dejlig kinesisk pige".
  'vi har (?:\\d{1,2}|to|tre|fire|fem|seks|syv|otte) (?:[\\p{L}-]+ ){0,3}(?:pige|dame|massøse)',
  // One person the business has: "Vi har en sød studine på 20", "we have a lovely new girl".
  'vi har (?:en|et) (?:[\\p{L}-]+ ){0,3}(?:pige|dame|studine|massøse|kvinde)',
  // Another the business has beside her: "Vi har også en veninde, hvis du ønsker to piger".
  'vi har også (?:en|et) (?:[\\p{L}-]+ ){0,2}(?:veninde|pige|dame|studine|massøse|kvinde)',
  // The house's plural in broken Danish and English: "Vi giver god massage og happy ending". Not
  // "we give each other a massage", where "we" is she and the client.
  'vi giver (?!hinanden)(?:dig )?(?:\\p{L}+ ){0,2}(?:massage|massager|thaimassage|oliemassage|behandling|behandlinger|happy ending)',
  'we give (?!each other)(?:you )?(?:\\p{L}+ ){0,2}(?:massage|massages|thai massage|oil massage|treatment|treatments|happy ending)',
  'we have a (?:[\\p{L}-]+ ){0,3}(?:girl|lady|student|masseuse)',
  // Danish word order after a time: "Hver dag har vi 3–4 damer på stedet".
  'har vi (?:[\\p{L}\\d–-]+ ){0,3}(?:piger|damer|kvinder|massøser|massører)',
  // A bureau that places persons: "Vi formidler tre danske damer", "Josefine er tilknyttet … Escort".
  'vi formidler',
  // The bureau by its name: "Nordlys formidler diskrete escorts", "formidler danske damer".
  'formidler (?:\\p{L}+ ){0,2}(?:escorts?|piger|damer|kvinder|modeller|massøser|ledsagere)',
  'er tilknyttet',
  // The writer arranges for her: "Sms til mig, så laver jeg aftalen med hende", "I'll arrange it with her",
  // "Call me, I translate for her".
  '(?:laver|lave|aftaler|arrangerer|booker) (?:jeg |vi )?(?:aftalen|en aftale|tiden|en tid) (?:med|for) (?:hende|pigen|damen)',
  "(?:i|i'll|i will|we|we'll|we will) (?:arrange|book|set) (?:it|the time|a time|the date) (?:with|for) her",
  '(?:i|jeg|we|vi) (?:will |can |kan |vil )?(?:translate|oversætter|oversætte|tolker) for (?:her|hende)',
  // The same voice in Spanish and Portuguese: "Te presentamos a Valentina", "Agende com a gente".
  'te presentamos',
  // Spanish and Portuguese "we have": "Tenemos 3 chicas de Colombia", "Temos meninas novas".
  '(?:tenemos|temos) (?:\\d{1,2} |tres |três |varias |várias )?(?:\\p{L}+ ){0,2}(?:chicas|meninas|garotas|mujeres|mulheres)',
  // Swedish and Norwegian: "Våra svenska tjejer", "Boka via vår bokning", "Booking via vårt kontor".
  '(?:våra|vår|vårt|våre) (?:\\p{L}+ ){0,2}(?:tjejer|jenter|damer|flickor|bokning|booking|kontor|byrå|massöser|massører)',
  // A house's staff: "Hos oss jobbar tre thailändska massöser", "Hos oss jobber norske jenter".
  // Also the house's place and its offer, as Danish "hos os", "vi tilbyder", "vi har … piger":
  // "Välkommen till oss i Odense", "Hos oss i Herning finner du", "Vi erbjuder massage", "Vi tilbyr
  // GFE", "Vi har to nye jenter", "Ring receptionen".
  'hos oss',
  '(?:kom|välkommen|velkommen) (?:till|til) oss',
  'vi (?:erbjuder|tilbyr)',
  'vi har (?:[\\p{L}\\d–-]+ ){0,5}(?:tjejer|jenter|kvinnor|kvinner|flickor|massöser|massører)',
  'vi har (?:en|ei|ett|två|to|tre|fyra|fire|\\d{1,2}) (?:[\\p{L}-]+ ){0,3}(?:tjej|jente|kvinna|kvinne|massös|massør)',
  '(?:ring|kontakta|kontakt) (?:receptionen|resepsjonen)',
  // German: "Bei uns arbeiten täglich 6-8 Damen", "bei uns erwarten dich Damen aus Rumänien".
  // Also the persons changing there: "Bei uns wechseln die Damen jede Woche".
  'bei uns (?:arbeiten|arbeitet|warten|erwarten|wechseln)',
  'reserva con nosotros',
  '(?:agende|reserve|marque) (?:pelo nosso|com a gente|conosco)',
  // The house speaks the languages: "Vi taler kinesisk, engelsk og lidt dansk". Not the writer and
  // the client talking together: "vi taler om dine ønsker", "we speak about your wishes first".
  '(?:vi taler|we speak)(?! (?:om|about|sammen|together|med|with)(?![\\p{L}]))',
  // Visitors' languages: the business's persons and number ("she" is `sheElsewhere`). German
  // "Unsere süße Lara", Polish "przez nasz numer", Czech/Slovak "naše dívky", Romanian "fetele
  // noastre", Lithuanian "Mūsų merginos", Hungarian "lányaink".
  // Also the house's boss or driver: "Termine vereinbart unser Chef".
  '(?:unsere|unser|unseren) (?:[\\p{L}]+ ){0,2}(?:mädchen|damen|girls|frauen|ladies|modelle|agentur|nummer|studio|club|darstellerin|darstellerinnen|masseurin|masseurinnen|haus|chef|fahrer|manager)',
  // Her man brings her: "Ihr Fahrer bringt sie", "ihr Freund fährt sie zu dir".
  'ihr (?:fahrer|freund|manager|chef) (?:bringt|fährt|holt) sie',
  'wir (?:haben|bieten|besuchen)',
  '(?:nasz|nasza|nasze|naszych|naszej|naszego) (?:[\\p{L}]+ ){0,2}(?:numer|dziewczyny|dziewczyn|dziewczyna|dziewczynę|agencja|agencji|panie|pań)',
  // Polish "we have": "Mamy dla Ciebie nowe dziewczyny", "mamy trzy panie".
  'mamy (?:dla (?:ciebie|was) )?(?:[\\p{L}\\d]+ ){0,2}(?:dziewczyny|dziewczyn|panie|pań)',
  '(?:naše|naši|naša|našu) (?:[\\p{L}]+ ){0,2}(?:dívky|dívka|dievčatá|dievča|slečny|slečna|holky|agentura|agentúra)',
  'fetele noastre',
  // Romanian "at our place": "La noi găsești 3 fete", "la noi lucrează fete din Moldova".
  'la noi (?:găsești|gasesti|găsiți|gasiti|lucrează|lucreaza|sunt|te așteaptă|te asteapta)',
  // French: "Nous organisons les rendez-vous", "nous avons 4 filles", "nos filles africaines"; not
  // her and the client ("nous organisons un rendez-vous quand tu veux").
  'nous (?:organisons|arrangeons|gérons|prenons) (?:les|vos|tous les) (?:rendez-vous|réservations|rdv)',
  'nous (?:proposons|offrons|avons) (?:[\\p{L}\\d]+ ){0,3}(?:filles|femmes|masseuses|escorts|hôtesses)',
  'nos (?:[\\p{L}]+ ){0,2}(?:filles|femmes|masseuses|escorts|hôtesses)',
  // Polish houses: "Agencja towarzyska … zaprasza", "U nas zawsze 5 dziewczyn".
  'agencja (?:towarzyska )?(?:\\p{L}+ ){0,2}zaprasza',
  'u nas (?:zawsze )?(?:\\d{1,2} )?(?:\\p{L}+ )?(?:dziewczyn|dziewczyny|panie|pań)',
  // A count of persons ready: "tre søde thai damer, klar til dig", "3 girls ready for you".
  '(?:to|tre|fire|fem|seks|two|three|four|five|six|\\d{1,2}) (?:\\p{L}+ ){0,2}(?:piger|damer|massøser|girls|ladies) ?,? (?:klar|venter|ready|waiting)',
  '(?:girls|ladies) (?:\\S+ )?new (?:every|each)',
  // A count of persons, named, then waiting: "Two romanian girls Andreea (22) and Roxana (25) waiting for you".
  '(?:two|three|four|five|to|tre|fire|fem|\\d{1,2}) (?:\\p{L}+ ){0,2}(?:girls|ladies|piger|damer)[^.!?]{0,48} (?:waiting|ready|venter|klar)',
  // The same in Romanian and Russian, the two spoken of in the third person: "Două fete din
  // România, 22 și 24 ani, disponibile", "Две подруги … ждут тебя".
  '(?:două|doua|trei|patru|cinci) (?:\\p{L}+ ){0,2}(?:fete|femei)[^.!?]{0,48} (?:disponibile|vă așteaptă|va asteapta|te așteaptă|te asteapta)',
  '(?:две|три|четыре|пять) (?:\\p{L}+ ){0,2}(?:девушки|девочки|подруги)[^.!?]{0,48} (?:ждут|готовы)',
  // Swedish and Norwegian "her": "Ring hennes kompis", "hennes venninne" ("hon" is `sheElsewhere`).
  '(?:ring|boka|kontakta|träffa|besök|møt|besøk) henne',
  'hennes (?:kompis|vän|väninna|venninne|pojkvän|kjæreste|nummer|bilder|tjänster|tjenester)',
  // Polish verbs of the third person without "ona": "Nie mówi po angielsku", "Mówi tylko po polsku".
  '(?:nie )?mówi (?:tylko |trochę |troche )?po (?:angielsku|duńsku|dunsku|polsku|niemiecku|rosyjsku)',
  // Romanian first person plural of a business: "Acceptăm grup", "Sunați-ne", "Avem fete noi"; and
  // its own staff: "prin șoferul nostru", "managerul nostru", "agenția noastră".
  '(?:acceptăm|acceptam|oferim|avem (?:\\p{L}+ ){0,2}fete|sunați-ne|sunati-ne|suna-ne|sună-ne)',
  '(?:șoferul|soferul|managerul|agenția|agentia|echipa|numărul|numarul) (?:nostru|noastră|noastra)',
  // Polish, Czech, Slovak and Italian verbs of the third person without "she": "Mluví jen česky",
  // "Hovorí len po slovensky", "Parla solo italiano" ("mluvím", "hovorím", "parlo" are her own).
  '(?:ne)?mluví (?:jen |jenom |pouze |trochu |dobře )?(?:česky|slovensky|anglicky|rusky|německy|polsky|dánsky|ukrajinsky)',
  '(?:ne)?hovorí (?:len |iba |trochu |dobre )?(?:po )?(?:slovensky|anglicky|česky|rusky|nemecky|maďarsky)',
  "parla (?:solo |soltanto |un po' di |poco |bene )?(?:italiano|inglese|russo|rumeno|spagnolo|tedesco|francese|ucraino|polacco)",
  // The business's plural in Czech, Slovak, Italian and Russian: "vše vyřídíme" (we arrange
  // everything), "Prenota con noi", "chiamaci", "Работаем круглосуточно" (we work around the clock).
  '(?:vše |všetko )?(?:vyřídíme|zařídíme|vybavíme|nabízíme|ponúkame)',
  '(?:prenota|prenotate|prenotazioni|prenotazione) (?:con|da|presso|tramite) noi',
  '(?:chiamaci|contattaci|scrivici)',
  '(?:работаем|принимаем|працюємо|приймаємо)',
  // Spanish and Portuguese, the persons spoken of: "las chicas no pueden salir", "as meninas estão
  // prontas"; and her booking through someone of hers: "Reservas con su manager".
  '(?:las chicas|as meninas|as garotas) (?:no |não )?(?:pueden|podem|están|estão|son|são|hablan|falam|te esperan|te esperam|trabajan|trabalham|viven|moram|salen|saem)',
  '(?:con|por|a través de|vía|via) su (?:manager|mánager|chofer|chófer|conductor|agente|jefe|representante)',
  // Czech and Slovak "Máme pro vás mladé holky" (we have for you), Polish salons' "Zapraszamy" (we
  // invite you), and the girls as the subject: "Holky mluví jen česky", "Dziewczyny mówią po polsku".
  '(?:máme|mame) (?:pro vás |pre vás |pro vas |pre vas )?(?:\\p{L}+ ){0,2}(?:holky|dívky|divky|slečny|slecny|dievčatá|dievcata|ženy|zeny)',
  '(?:máme|mame) (?:pro vás|pre vás|pro vas|pre vas)',
  'zapraszamy',
  '(?:holky|dívky|slečny|dievčatá|dziewczyny|dziewczęta|panie) (?:mluví|nemluví|hovoria|nehovoria|mówią|nie mówią)',
  // Hungarian third person "beszél" (she speaks; "beszélek" is "I speak"): "Csak magyarul beszél".
  'beszél',
  // Russian, Ukrainian and Bulgarian "she" with a verb or her age and name ("Она говорит только
  // по-русски", "у неё всегда есть", "ей 20 лет", "Вона українка, їй 18 років", "її звати", "Тя
  // говори"), the business's girls ("наши девушки", "наші дівчата", "нашите момичета", "у нас
  // новые девушки", "Имаме нови момичета") and "call us" ("звоните нам", "дзвоніть нам").
  // Also where she goes: "Она приедет к вам", "Вона приїде до вас у готель".
  'она (?:говорит|не говорит|любит|ждёт|ждет|предлагает|работает|приехала|приедет|приезжает|будет|очень|из|русская|украинка)',
  '(?:у неё|у нее|её зовут|ее зовут|ей \\d{2})',
  'вона (?:говорить|не говорить|розмовляє|не розмовляє|любить|чекає|пропонує|працює|приїхала|приїде|приїжджає|буде|дуже|з|українка|може|не може)',
  '(?:у неї|її звати|їй \\d{2})',
  // Her manager or driver, in an ad about her: "Оплату передавати її менеджеру", "её водитель".
  '(?:її|её|ее) (?:менеджер|водій|водію|водієві|адміністратор|водитель|водителю|администратор)\\p{L}*',
  'тя (?:е|говори|не говори|обича|чака|предлага|работи|пристигна)',
  '(?:наши|наші|нашите) (?:\\p{L}+ ){0,2}(?:девушки|девочки|дівчата|момичета)',
  // Also with a count between: "У нас работают 4 девушки".
  '(?:у нас|имаме|маємо) (?:[\\p{L}\\d]+ ){0,3}(?:девушки|девушек|девочки|дівчата|момичета)',
  '(?:звоните|дзвоніть|обадете се) нам',
  // Where she lives, and the business's women coming to the client: "Она живёт в Рандерсе и ждёт
  // вас", "девушки из России приедут к вам в отель".
  'она (?:живёт|живет)',
  'приедут к (?:вам|тебе)',
  // The same in Latin letters, as Russian ads transliterate them: "Ona zhivet v Odense", "U nas
  // novye devochki", "nashi devushki", "Krasivye devushki … priedut k vam", "zvonite nam".
  "ona (?:govorit|ne govorit|lyubit|zhdet|zhdyot|zhivet|zhivyot|predlagaet|rabotaet|priekhala|priedet|budet|ochen'?)",
  '(?:u nee|u neyo|ee zovut|eyo zovut|yeyo zovut)',
  '(?:nashi|u nas) (?:[\\p{L}\\d]+ ){0,3}(?:devushki|devushek|devochki|devochek)',
  'priedut k (?:vam|tebe)',
  'zvonite nam',
  'mūsų (?:[\\p{L}]+ ){0,2}(?:merginos|mergina|agentūra)',
  'lányaink',
  'we have (?:\\d{1,2}|three|four|five|six|seven|eight) (?:[\\p{L}-]+ ){0,3}(?:girl|lady|masseuse)',
  // The persons' language spoken of: "girls no english", "the ladies speak only thai".
  "(?:the )?(?:girls|ladies|pigerne|damerne) (?:no|not|don't|do not|speak|speaks|only speak|taler|snakker|kan ikke)(?: \\p{L}+){0,2} (?:english|engelsk|danish|dansk|thai|chinese|kinesisk)",
  // An event's organiser: "Tilmelding hos arrangøren på sms".
  'tilmelding (?:hos|til|via) (?:arrangøren|os)',
  'we offer',
  'we provide',
  // Also as texted: "we hv 3 thai ladys", "we hav new grls"; two origins joined: "we have thai & chinese girls".
  '(?:we have|we hv|we hav) (?:[\\p{L}\\d&-]+ ){0,3}(?:girls|grls|ladies|ladys|women|models|masseuses|therapists|massage|services|new|many|several|ladyboys|dominas|mistresses)',
  // One person presented by the business: "our lady Bella", "our sweet new girl", "vores nye pige".
  'our (?:[\\p{L}]+ ){0,2}(?:girl|lady|model|escort|masseuse|beauty|babe|companion)',
  // Also the house's own man or desk: "Ring til vores chauffør", "booking gennem vores manager Ole", "via vores kontor".
  'vores (?:[\\p{L}]+ ){0,2}(?:pige|dame|model|massøse|manager|chauffør|booker|kontor|bookingkontor)',
  '(?:pigerne|damerne) (?:er|venter|står|glæder|bor|bliver|arbejder|må|skal|kan|tager|sidder|håndterer)',
  'the girls (?:are|will|wait|waiting|stay|live|work)',
  // A business speaking as "we": opening hours, location, waiting ("We are open 24-7", "Vi har åbent").
  "(?:we are|we're) (?:open|located|situated|waiting|available|ready|here for you)",
  // A woman lent out or offered by her owner or husband: "Slavinde udlånes af sin ejer", "Kone
  // udlånes", "Jeg tilbyder min kone til diskrete herrer".
  '(?:slavinde|slavinden|slavinne|kone|konen|hustru|hustruen|pige|pigen|sub|hun|kæreste|kæresten|wife|girl|she) (?:\\p{L}+ )?(?:udlånes|lånes ud|lejes ud|is lent out|is shared)',
  '(?:tilbyder|offer|offers|deler|share|shares|lend|lends|låner ud) (?:min|my) (?:kone|wife|kæreste|girlfriend|slavinde|sub|slave girl)',
  // The business names itself: "Hello, we are chinese massage in Hillerød", "we are a massage clinic".
  "(?:we are|we're) (?:a |an |the )?(?:\\p{L}+ )?(?:massage|massage clinic|massage parlou?r|clinic|salon|spa|agency)(?![\\p{L}])",
  // The place as the subject: "Klinikken har tre faste danske massøser", "The agency offers"; not
  // its hours ("klinikken har åbent man-lør 9-21", "the clinic has opening hours …"), nor its desk
  // or rooms ("Klinikken har en receptionist om formiddagen", "the salon has free parking"); nor what
  // it did for the writer, who speaks as "I": "Agenturet har booket mit hotelværelse", "the agency
  // has booked my flight".
  '(?:klinikken|salonen|bureauet|agenturet|the clinic|the salon|the agency|the parlou?r) (?:har|has|tilbyder|offers)(?! (?:åbent|åben|lukket|open|closed|opening|åbningstid|åbningstider)(?![\\p{L}]))(?! (?:en |et |a |an |egen |eget |own |free |gratis )?(?:receptionist|reception|parkering|parking|p-plads|bad|brusebad|shower|indgang|entrance|venteværelse|waiting room|aircondition|wifi)(?![\\p{L}]))(?! (?:\\p{L}+ )?(?:mit|min|mine|mig|my|me)(?![\\p{L}]))',
  // A business's own channel, and the photos it sends of its persons: "Write to our Telegram and
  // we send you photos of the girls", "vi sender dig billeder"; its booking phone as Danish
  // "bookingtelefon": "Call our booking phone".
  'our (?:telegram|whatsapp|signal|viber|booking line|booking number|booking phone|booking telephone)',
  'vores (?:telegram|whatsapp|signal|viber|bookingnummer|bookingtelefon)',
  "we(?: will|'ll)? send (?:you )?(?:photos|pictures|pics|more photos)",
  'vi sender (?:dig )?(?:billeder|fotos|flere billeder)',
  'we (?:open|wait|welcome|accept)',
  // Not a couple's relationship: "min mand og jeg – vi har et åbent forhold" (an open marriage).
  'vi (?:har|holder) (?:\\p{L}+ )?åbent(?! (?:forhold|parforhold|ægteskab|sind)(?![\\p{L}]))',
  'vi har (?:\\p{L}+ )?døgnåben(?:t)?',
  'vi er (?:åbne|klar|beliggende|her for dig)',
  'vi (?:ligger|venter|glæder os|modtager|holder til|byder (?:dig |jer )?velkommen)',
  'hos os',
  'at our',
  'come to us',
  '(?:come|kom) (?:and |og )?(?:see|visit|se|besøg) (?:us|os)',
  '(?:come )?visit us',
  'besøg os',
  // The venue's own site and desk: "se hvem der arbejder i dag på vores hjemmeside", "contact the office".
  '(?:our|vores) (?:website|web ?site|homepage|hjemmeside|webside)',
  '(?:contact|call|ring til|kontakt|write to|skriv til) (?:the )?(?:office|kontoret|reception|receptionen)',
  "(?:the )?girls (?:do not|don't|dont|cannot|can't|never) answer",
  'pigerne (?:svarer|tager) ikke',
  // Also with the verb "be" before the place of work: "ring og hør hvem der er på arbejde i dag", "ask
  // who is at work tonight", "hvem der er på vagt i aften".
  "(?:who(?:'s| is)|hvem der(?: er)?) (?:working|arbejder|på arbejde|at work|on duty|on shift|på vagt) (?:today|tonight|i dag|i aften)",
  // A house where the client picks among those present: "Choose on arrival", "pick your girl at
  // arrival", "vælg selv ved ankomst", "vælg pige ved ankomsten".
  '(?:choose|pick|select) (?:your (?:girl|lady) )?(?:on|at|upon) arrival',
  'vælg (?:selv )?(?:din pige |pige |dame )?ved ankomst(?:en)?',
  'kom til os',
  'contact us',
  'kontakt os',
  'ring til os',
  'call us',
  // A message to the house the same way: "SMS us your time", "text us on WhatsApp" (not the Danish
  // "skriv til os", which couples seeking a third write as often, see couple.ts).
  '(?:sms|text|message|whatsapp|write to|e-?mail) us(?![\\p{L}])',
  'presents?:',
  'præsenterer',
  'agency presents',
  // The business presents its persons: "This month we present Camila and Luísa", "we proudly present
  // our new companion" (not two women presenting themselves: "we present ourselves").
  'we (?:proudly )?present(?! ourselves)',
  '(?:agency|bureau|bureauet|agentur)(?: \\p{L}+){0,3} (?:presents|præsenterer)',
  // A venue's line-up: "We have blondes and brunettes", "today's girls", "dagens piger".
  'we have (?:[\\p{L}\\d-]+ ){0,3}(?:blondes|brunettes|redheads|asians|latinas|thais|students|milfs)',
  'vi har (?:[\\p{L}\\d-]+ ){0,3}(?:blondiner|brunetter|rødhårede|asiater|studiner)',
  "today(?:'s|s) (?:girls|ladies|masseuses|line-?up)",
  'dagens (?:piger|damer|massøser|udvalg)',
  // Several persons speaking as one: "Vi er tre danske massøser", "We are 3 Thai ladies".
  "(?:we are|we're|vi er) (?:[\\p{L}\\d-]+ ){0,3}(?:girls|ladies|women|masseuses|friends|piger|damer|kvinder|massøser|massører|veninder)",
  // The same in Spanish and Portuguese: "Somos duas amigas brasileiras", "Somos dos chicas latinas".
  '(?:somos|estamos) (?:[\\p{L}\\d-]+ ){0,3}(?:amigas|chicas|meninas|garotas|mujeres|mulheres|hermanas|irmãs)',
  // The house brings the persons: "Every week we bring fresh faces from Nigeria", "vi henter nye piger".
  '(?:we bring|we get|vi henter|vi får) (?:\\p{L}+ ){0,2}(?:fresh|new|nye|friske) (?:faces|girls|ladies|ansigter|piger|damer)',
  // The writer books others: "Book them" (not "contact them", often the agency of a first-person
  // ad); "We come to your hotel".
  'book them',
  '(?:we come|we visit|we deliver|vi kommer) (?:to you|to your|til dig|ud til dig)',
  // A person offered in the passive: "Underdanig slavinde (22) tilbydes", "young girl offered".
  '(?:pige|dame|kvinde|slavinde|studine|massøse) (?:\\(\\d{2}\\) )?(?:tilbydes|udlejes)',
  '(?:girl|lady|woman|slave|student|masseuse) (?:\\(\\d{2}\\) )?(?:is )?(?:offered|for rent|available for rent)',
  // Someone else brings her or them, in Polish: "Kierowca przywiezie je pod Twój adres" (the
  // driver brings them to your address).
  '(?:przywiezie|przywozi|zawiezie|dowiezie|przywieziemy|dowieziemy) (?:je|ją|dziewczyny|dziewczynę)',
  // Someone else brings her: "our driver brings her to you".
  '(?:our|vores) (?:driver|chauffør)',
  '(?:brings?|drives?|takes?|will bring|bringer|kører|henter) (?:her|hende) (?:to you|til dig|ud til dig)',
]);

/**
 * "She" with a verb in the visitors' languages: Spanish and Portuguese "Ella habla", "Ela é",
 * German "Sie spricht nur" ("Sie sind" would be the polite "you"), Polish, Czech and Slovak "Ona nie
 * mówi", "Ona je milá", Romanian "Ea vorbește", Swedish "Hon pratar bara rumänska". Guarded as the
 * Danish and English "she" is: not another woman the writer named ("mi amiga Daniela: ella es …").
 */
const sheElsewhere = compileTerms([
  // Also where and how they work: "Ellas viven en el piso y atienden todo el día".
  '(?:ella|ela|ellas|elas) (?:só |solo |sólo |também |también |no |não )?(?:es|é|habla|fala|falam|hablan|está|tem|tiene|ama|adora|te esperan|te esperam|esperan|vive|viven|atiende|atienden|trabaja|trabajan|son)',
  'sie (?:ist|hat|spricht|bietet|kommt|liebt|wartet|freut sich|besucht)',
  'ona (?:jest|ma|mówi|nie mówi|lubi|oferuje|czeka|przyjmuje|je|má|mluví|nemluví|hovorí|nehovorí)',
  // Also negated: "Ea nu vorbește engleză"; and her age as Romanian says it of her ("Ioana are 24 de
  // ani"; of oneself "am 24 de ani").
  'ea (?:nu )?(?:este|e|vorbește|vorbeste|are|oferă|ofera|te așteaptă|te asteapta)',
  'are \\d{2} de ani',
  // Czech and Slovak "she does not speak" without "ona": "Nemluví anglicky ani dánsky".
  '(?:nemluví|mluví|nehovorí|hovorí) (?:jen |pouze |len |trochu )?(?:anglicky|dánsky|česky|slovensky|německy|nemecky|rusky|polsky)',
  'hon (?:är|har|pratar|talar|kommer|älskar|erbjuder|väntar|bor|tar emot|jobbar|arbetar|ger)',
  // French "Elle parle français et un peu anglais", "elle vous attend".
  "elle (?:est|a|parle|ne parle|offre|propose|adore|aime|vous attend|t'attend|reçoit|arrive)",
  // Tagalog "siya" (she/he): "Hindi siya marunong mag-English", "Siya ay bagong dating".
  'siya (?:ay|ay isang|ay galing|ay taga|ay marunong|ay hindi|marunong|ay bago)',
  'hindi siya (?:marunong|nagsasalita|makapagsalita)',
]);

/**
 * The writer says the ad is written for her, so what follows speaks about her: "Jeg skriver annoncen
 * for min veninde Maja", "I write this ad for my friend, she is shy" (not "skriver annoncen for
 * mig selv").
 */
const writtenForHer = compileTerms([
  '(?:jeg skriver|jeg har skrevet|jeg skrev|i write|i am writing|i\u0027m writing|i wrote|i have written) (?:denne |den her |min |this |the )?(?:annonce|annoncen|ad|advert|profil|profilen|profile|tekst|teksten|text) (?:for|på vegne af|on behalf of) (?:(?:min|my) (?:\\p{L}+ )?(?:veninde|ven|søster|kone|kæreste|friend|sister|wife|girlfriend)|hende|her)(?![\\p{L}])',
]);

/**
 * Staff and a choice of persons, negatable: "Thai, kinesisk og filippinsk personale", "Mange piger
 * at vælge imellem" but not "ikke en klinik med mange piger".
 */
const staffVoice = compileTerms([
  'personale',
  'personalet',
  '(?:many|several|lots of|plenty of|mange|flere|masser af) (?:\\p{L}+ ){0,2}(?:girls|ladies|piger|damer) (?:to choose|at vælge)',
]);

/**
 * Many persons offered by an ad that never says "I": "Mange søde kinesiske piger", "Lots of sexy
 * girls". An independent who compares herself ("not like many other girls") writes "I"/"jeg".
 */
const manyPersons = compileTerms([
  // Persons by whom or from whom: "massage fra søde unge asiatisk piger", "ved erfarne damer fra Vietnam";
  // the staff by their trade too: "thaimassage ved uddannede massøser", "by skilled masseuses".
  '(?:ved|fra|by|from) (?:\\p{L}+ ){0,3}(?:piger|damer|girls|ladies|massøser|massører|masseuses|terapeuter|therapists)',
  // The persons as the subject of the offer: "Dygtige kinesiske damer giver god massage", "Skilled
  // Thai ladies give oil massage" (not "Piger giver op", nor in an ad that says "I").
  '(?:piger|damer|massøser|massører|terapeuter|girls|ladies|masseuses|therapists) (?:giver|tilbyder|laver|give|offer|provide) (?:dig |you )?(?:\\p{L}+ ){0,2}(?:massage|massager|massages|thaimassage|oliemassage|fodmassage|treatment|treatments|behandling|behandlinger|happy ending)',
  // A named masseuse spoken of: "Massøs Som har 15 års erfaring", "Our masseuse Lin is …".
  '(?:massøs|massøsen|massøse|masseuse|our masseuse) \\p{L}+ (?:har|er|taler|is|has|speaks)',
  // The staff by their trade in English too: "Many beautiful masseuses, come in and choose".
  '(?:many|lots of|a lot of|plenty of|mange|masser af|flere) (?:\\p{L}+ ){0,2}(?:girls|ladies|piger|damer|massøser|masseuses|therapists)',
  '\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})? (?:\\p{L}+ ){0,2}(?:piger|damer|girls|ladies) (?:på stedet|on site|på vagt|i huset|in the house)',
  // A count of persons, on duty, taking turns or from somewhere: "3 on duty every day", "4 lovely
  // girls from Ukraine", "3 søde damer på skift", "3 thai girls here"; or renting rooms at the place: "5 independent
  // ladies rent rooms in our studio", "4 damer lejer værelser her".
  // Spanish puts the word after the persons: "4 chicas calientes from Colombia".
  '(?:\\d{1,2}|two|three|four|five|six|to|tre|fire|fem|seks) (?:\\p{L}+ ){0,2}(?:girls|ladies|piger|damer|massøser|thaipiger|chicas|meninas)(?: \\p{L}+)?(?= (?:from|fra|on duty|on shift|in shifts|på vagt|på skift|every|hver|bor|arbejder|live|work|rent|lejer|here))',
  // The count after the verb, as Danish word order puts it: "Hos Baan Spa arbejder 3 faste, uddannede
  // thai massøser", "here work 4 lovely girls".
  '(?:arbejder|work) (?:der )?(?:\\d{1,2}|to|tre|fire|fem|seks|two|three|four|five|six) (?:\\p{L}+,? ){0,3}(?:piger|damer|massøser|massører|terapeuter|girls|ladies|masseuses|therapists)',
  // The persons of a day, a night or a shift: "Nattens piger står klar", "Dagens thai massøse: Nim",
  // "night shift girls".
  '(?:dagens|nattens|aftenens|ugens) (?:\\p{L}+ )?(?:piger|damer|massøser|pige|dame|massøse)',
  "(?:today|tonight)(?:'s|s) (?:\\p{L}+ )?(?:girls|ladies|masseuses|girl|lady|masseuse)",
  '(?:day|night|evening) shift (?:girls|ladies|masseuses)',
  '(?:girls|ladies|piger|damer),? (?:\\d{1,2}|two|three|four|five|to|tre|fire|fem) (?:on duty|på vagt)',
  // A choice of a counted few: "Choose between 4 sexy Nigerian girls", "Vælg mellem 5 søde piger".
  '(?:choose|pick|select|vælg|vælge) (?:between|from|among|mellem|blandt) (?:\\p{L}+ ){0,2}(?:\\d{1,2}|three|four|five|six|tre|fire|fem|seks) (?:\\p{L}+ ){0,3}(?:girls|ladies|piger|damer)',
  // The persons waiting for the client, without a count: "Sweet Filipina ladies waiting for you".
  '(?:girls|ladies|babes|beauties|piger|damer) (?:are )?(?:waiting|venter) (?:for you|på dig)',
  // Danish word order, the house's persons standing ready: "Hver fredag står der nye piger klar".
  'står der (?:\\p{L}+ ){0,2}(?:piger|damer|massøser) klar',
  // A choice offered: "Always 4-5 ladies to choose from", counted also without "from": "4 ladies to
  // choose – thai and czech".
  '(?:girls|ladies|models|masseuses|piger|damer|massøser) to choose (?:from|between)',
  '(?:\\d{1,2}|two|three|four|five|six) (?:\\p{L}+ )?(?:girls|ladies|models|masseuses) to choose',
  // An event's line-up counting her among the clients: "1 girl 5+ men", "1 pige og 6 mænd" (an
  // organiser's gangbang; she herself writes "I"/"jeg"), also with a comma: "Én pige, mange herrer".
  '(?:1|one|en|én) (?:\\p{L}+ )?(?:girl|lady|woman|wife|pige|dame|kvinde|kone),? (?:(?:and|og|&|\\+) )?(?:\\d{1,2}\\+?|many|several|mange|flere) (?:\\p{L}+ )?(?:men|guys|mænd|fyre|herrer)',
  // Arrivals announced by the house: "3 new Thai girls just arrived", "nye piger er lige ankommet".
  '(?:girls|ladies|masseuses|piger|damer|massøser) (?:have |has |er )?(?:just|lige|netop) (?:arrived|ankommet|kommet)',
]);

/**
 * "They are ready for you", "de venter på dig": the persons offered, spoken of in the plural. Not
 * "they are real" about photos, so only verbs and states that describe persons count.
 */
const theyVoice = compileTerms([
  "(?:they are|they're|theyre) (?:(?:all|very|so|always) )?(?:ready|waiting|young|new|sweet|hot|sexy|beautiful|from|here|available)",
  // Not "they love", "they come back": clients are spoken of that way in first-person ads.
  'they (?:speak|wait|offer|come from)',
  // "All of them sweet, petite and smiling": the persons on offer described together.
  'all of them (?:are )?(?:very )?(?:sweet|young|new|sexy|beautiful|ready|from|petite|smiling|friendly|experienced|slim)',
  'de (?:er|bliver) (?:(?:alle|meget|altid) )?(?:klar|unge|nye|søde|lækre|smukke|fra|her|til rådighed|erfarne|dygtige|diskrete)',
  'de (?:taler|snakker|venter|tilbyder|kommer fra)',
  // A count of the persons as subject: "Alle tre er fra Thailand", "all four speak English".
  '(?:alle|all) (?:to|tre|fire|fem|seks|two|three|four|five|six|\\d) (?:er|taler|kommer|giver|are|speak|come|give)',
]);

/**
 * "3 thai damer klar til dig hver dag. De giver olie massage": third person plural verbs. Danish
 * formal "De" (you) takes the same verbs ("De kan ringe"), so the persons must be named just before.
 */
const theyDo = compileTerms([
  'de (?:giver|laver|har|tilbyder|elsker|kan|vil|modtager|tager imod|arbejder|bor|glæder sig|masserer|forkæler)',
  'they (?:give|offer|have|love|do|provide|work|enjoy|can)',
]);
/**
 * Where they live and what they cannot do, as Danish "de bor": "Two girls from Belarus. They live in
 * the flat and cannot go out". Only in an ad that never says "I": an independent writes of other
 * girls that way ("not like other girls, they cannot relax").
 */
const theyLive = compileTerms(["they (?:live|stay|cannot|can't)"]);
/** Other women with a business of their own: "andre piger i huset, men de har deres egne annoncer". */
const OWN_BUSINESS_AFTER =
  /^[^.!?\n]{0,16}?(?<![\p{L}])(?:deres egne?|their own) (?:annoncer|annonce|ads?|kunder|clients|firma|business|telefon|phones?)(?![\p{L}])/iu;
// Also two friends or sisters named by someone else: "Amalie og Freja er to søde veninder … De tager
// imod i Randers" (not English "friends", often the client's: "bring your friends, they can watch").
const PERSONS_BEFORE =
  /(?<![\p{L}])(?:piger|pigerne|damer|damerne|kvinder|massøser|massøserne|massører|veninder|veninderne|søstre|søstrene|girls|ladies|women|masseuses)(?![\p{L}])/iu;

/**
 * An ad written about a named person in the third person: "Natalia tilbyder sensuel massage …
 * Natalia er 27 år … booke tid hos Natalia", "Maria is 23. Maria offers GFE. Book Maria now". Many
 * independent workers write one such sentence ("Mette er tilbage!") and "I"/"jeg" in the rest, so
 * the whole ad must hold it: two or more statements about the same name, one of them with the name
 * as subject, the name shown to be one (the ad's name field, an age beside it, or "hos/book/meet
 * <name>"), and no first-person word anywhere in the ad's own text.
 */
const NAME = '(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)';
const VERB_3RD =
  '(?:er|har|tilbyder|elsker|kan|vil|taler|snakker|glæder|venter|giver|laver|modtager|tager|nyder|bor|kommer|arbejder|ønsker|byder|forkæler|sørger|is|has|offers|loves|can|will|speaks|waits|gives|enjoys|likes|lives|comes|provides|welcomes|receives|works|knows|wants|does|makes|takes|cannot|can[\\u0027’]t|doesn[\\u0027’]t|won[\\u0027’]t|must|needs|prefers|accepts)';
const NAME_SUBJECT = new RegExp(`(?<![\\p{L}])${NAME} ${VERB_3RD}(?![\\p{L}])`, 'gu');
/** Words before a name as object; the name keeps its capital, so these are spelled both ways. */
const BEFORE_NAME = [
  'hos',
  'with',
  'med',
  'book',
  'booke',
  'bestil',
  'meet',
  'møde',
  'mød',
  'visit',
  'besøg',
  'ring til',
  'call',
  'kontakt',
  'contact',
  'nyd',
  'enjoy',
  // The client asks for her at the place: "Ring og spørg efter Mei", "ask for Anna at the desk".
  'spørg efter',
  'ask for',
].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
const NAME_OBJECT = new RegExp(`(?<![\\p{L}])(?:${BEFORE_NAME.join('|')}) ${NAME}(?![\\p{L}])`, 'gu');
/** Capitalised words that open sentences and are no names. */
const NOT_A_NAME = new Set([
  'det',
  'der',
  'den',
  'dette',
  'denne',
  'her',
  'hun',
  'han',
  'she',
  'he',
  'it',
  'this',
  'that',
  'there',
  'the',
  'alt',
  'alle',
  'man',
  'du',
  'you',
  'we',
  'vi',
  'they',
  'de',
  'everything',
  'prisen',
  'massagen',
  'stedet',
  'lejligheden',
  'klinikken',
  'salonen',
  'studiet',
  'adressen',
  'parkering',
  'service',
  'price',
  'who',
  'hvem',
  'nobody',
  'ingen',
  'everyone',
]);
const OWN_TEXT: ReadonlySet<string> = new Set(['title', 'text']);

/** "Natalia, 27", "Natalia (27)", "Natalia er 27", "Maria is 23": a name with an age. */
function withAge(name: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}])${name}(?:,? \\(?\\d{2}\\)?(?!\\d)| (?:er|is) \\d{2}(?!\\d))`, 'u').test(
    text,
  );
}

/** "Vietnamese Thao – Aarhus V": the name standing in the title that presents her. */
function inTitle(name: string, title: string): boolean {
  return new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(title);
}

function namedThirdPerson(ad: PreparedAd): Evidence[] {
  const fields = ad.fields.filter((f) => f.source === 'ad' && OWN_TEXT.has(f.path));
  if (fields.some((f) => FIRST_PERSON.test(f.text))) return [];
  const subject = new Map<string, FieldMatch[]>();
  const object = new Map<string, FieldMatch[]>();
  // A title repeated as the text's first line says nothing twice: "❄️ Sneen er kommet til Silkeborg ❄️".
  const body = fields.find((f) => f.path === 'text')?.text.toLowerCase() ?? '';
  const told = fields.filter((f) => f.path !== 'title' || !body.includes(f.text.trim().toLowerCase()));
  for (const f of told) {
    for (const [pattern, into] of [
      [NAME_SUBJECT, subject],
      [NAME_OBJECT, object],
    ] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(f.text); m !== null; m = pattern.exec(f.text)) {
        const name = m[1]!;
        if (NOT_A_NAME.has(name.toLowerCase())) continue;
        const list = into.get(name) ?? [];
        list.push({ field: f, start: m.index, end: m.index + m[0].length });
        into.set(name, list);
      }
    }
  }
  const given = ad.ad.name?.trim().toLowerCase();
  for (const [name, said] of subject) {
    const about = [...said, ...(object.get(name) ?? [])];
    if (about.length < 2) continue;
    // Shown to be a name: the ad's name field, an object use, an age beside it, or the title.
    const shown =
      name.toLowerCase() === given ||
      object.has(name) ||
      fields.some((f) => withAge(name, f.text) || (f.path === 'title' && inTitle(name, f.text)));
    if (shown) return about.slice(0, 3).map(evidenceFor);
  }
  return [];
}

/** A venue's shift plan, naming who works which shift (see `staffedShifts`), in an ad that never says "I". */
function shiftPlan(ad: PreparedAd): Evidence[] {
  if (speaksAsI(ad)) return [];
  for (const field of ad.fields) {
    if (field.source !== 'ad') continue;
    const at = staffedShifts(field.text);
    if (at !== null) return [evidenceFor({ field, ...at })];
  }
  return [];
}

function detect(ad: PreparedAd): Evidence[] {
  const found = detectWithRules(ad, 'ad', rules);
  if (found.length > 0) return found;
  const named = namedThirdPerson(ad);
  return named.length > 0 ? named : shiftPlan(ad);
}

const PHOTO_WORDS = /(?:photo|foto|picture|pics|billed|image|video)/iu;

/**
 * The place's "us" said to be her alone, later in the same sentence: "Hos os møder du altid den
 * samme massøse – nemlig mig", "at our studio you meet only me" (not "kun mig og Sara").
 */
const ONLY_ME_AFTER =
  /^[^.!?\n]{0,60}?(?<![\p{L}])(?:nemlig|kun|bare|only|just) (?:mig|me)(?![\p{L}])(?!\s*(?:og|and|&)\s)/iu;

function onlyMeAfter(ctx: MatchContext): boolean {
  return ONLY_ME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 80));
}

function notACouple(ctx: MatchContext): boolean {
  return !writtenByCouple(ctx.ad);
}

/**
 * "En kvinde der ved hvad hun vil", "a woman who knows what she wants": a pronoun inside an
 * indirect question describes the writer herself, not a person offered by someone else.
 */
const INDIRECT_BEFORE = /(?<![\p{L}])(?:hvad|hvordan|hvorfor|what|how|why)\s+$/iu;

function notIndirect(ctx: MatchContext): boolean {
  return !INDIRECT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start));
}

/** "han eller hun kan vente i stuen", "he or she can wait": anyone, not the person offered. */
const EITHER_BEFORE = /(?<![\p{L}])(?:han eller|he or|him or|ham eller)\s+$/iu;

function eitherPerson(ctx: MatchContext): boolean {
  return EITHER_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start));
}

/** A roster under its heading: "I dag på arbejde: • Sasha • Katja • Amalie", "Today working: Lola, Mia". */
const rosterHeading = compileTerms([
  `(?:${ON_DUTY_HEADINGS.join('|')})\\s?:`,
  // Without the colon, the names on the lines below: "I DAG PÅ ARBEJDE ❤️ Studio Amor\n- Nadia, 19".
  `(?:${ON_DUTY_HEADINGS.join('|')})(?=[^\\n.!?:]{0,50}\\n)`,
]);
/**
 * The client sent to the business: "Ring til bureauet for booking", "contact the agency". Not in an ad
 * that speaks as "I": "Jeg arbejder gennem et bureau … Ring til bureauet og spørg efter Camilla" is
 * her own voice (an agency that books her is restricted-movement's to read).
 */
const contactBusiness = compileTerms([
  '(?:ring til|kontakt|skriv til|call|contact|write to) (?:the )?(?:bureauet|agency|agentur|studiet|studio|klinikken)',
]);

/**
 * The venue whose persons of the day are named: "I dag i Massagehuset Lotus, Vejle: Dorte og
 * Susanne". Only in an ad that never says "I": "I dag i Aarhus: Mia og jeg" is a duo's own plan.
 */
const venueHeading = compileTerms([
  '(?:i dag|today|i aften|tonight|denne uge|this week) (?:at|in|på|i|hos) \\p{L}+(?: \\p{L}+){0,2}(?:, \\p{L}+(?: \\p{L}+)?)?:',
]);

/** Two or more names follow the heading: one name ("Working today: Anna, 10-22") is her own schedule. */
function namesFollow(ctx: MatchContext): boolean {
  return rosterNamesAt(ctx.text, ctx.end, 2) >= 2;
}

/**
 * A client's words quoted by the writer: "Et par ord fra mine kunder: »Hun er varm og sjov«",
 * '"She is exactly like her photos"'. Inside a quote opened in the same paragraph and not closed
 * before the match, "she" is the client speaking about the writer.
 */
function quoted(ctx: MatchContext): boolean {
  const from = Math.max(0, ctx.start - 160);
  const before = ctx.text.slice(from, ctx.start);
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  const open = Math.max(paragraph.lastIndexOf('»'), paragraph.lastIndexOf('“'), paragraph.lastIndexOf('„'));
  if (open >= 0 && !/[«”]/u.test(paragraph.slice(open + 1))) return true;
  // Straight double quotes open and close alike: an odd number before the match is an open quote.
  if ((paragraph.match(/"/gu)?.length ?? 0) % 2 === 1) return true;
  // A phrase she says is not found here: "You won't read 'she is…' or 'our girls' here".
  if (insideReportedQuote(ctx.text, ctx.start, ctx.end)) return true;
  // Single quotes after a colon: "Mine kunder siger: 'hun er den bedste'", or after a dash, as a
  // title quotes a client: "Mira – 'she is the best in Vejle'" (a single quote elsewhere is as
  // often an apostrophe, "I'm").
  return SINGLE_QUOTE_OPEN.test(paragraph);
}

const SINGLE_QUOTE_OPEN = /(?:[:–—]|\s-)\s*['‘][^'’]*$/u;

/** A condition on the clients: "velkomne, bare de er søde og renlige", "as long as they are polite". */
const CONDITION_BEFORE = /(?<![\p{L}])(?:bare|blot|så længe|hvis|når|as long as|if|when|provided)\s+$/iu;

const rules: TextRule[] = [
  { pattern: rosterHeading, negatable: false, accept: namesFollow },
  { pattern: venueHeading, negatable: false, accept: (ctx) => namesFollow(ctx) && !speaksAsI(ctx.ad) },
  { pattern: contactBusiness, negatable: false, accept: (ctx) => notACouple(ctx) && !speaksAsI(ctx.ad) },
  {
    pattern: theyVoice,
    negatable: false,
    accept: (ctx) =>
      !PHOTO_WORDS.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) &&
      !CONDITION_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start)),
  },
  {
    pattern: theyDo,
    negatable: false,
    accept: (ctx) =>
      PERSONS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start)) &&
      !OWN_BUSINESS_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 40)),
  },
  {
    pattern: theyLive,
    negatable: false,
    accept: (ctx) =>
      !speaksAsI(ctx.ad) && PERSONS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start)),
  },
  {
    pattern: thirdPerson,
    negatable: false,
    accept: (ctx) => notIndirect(ctx) && !quoted(ctx) && !anotherWomanBefore(ctx) && !eitherPerson(ctx),
  },
  {
    pattern: bookHer,
    negatable: false,
    accept: (ctx) => notIndirect(ctx) && !quoted(ctx) && notRefusedAsk(ctx),
  },
  {
    pattern: contactHer,
    negatable: false,
    accept: (ctx) => notIndirect(ctx) && !quoted(ctx) && !anotherWomanBefore(ctx),
  },
  { pattern: rotationAnnounced },
  // Not a phrase she says is not found here: "You won't read 'our girls' here".
  {
    pattern: agencyVoice,
    negatable: false,
    accept: (ctx) =>
      notACouple(ctx) && !insideReportedQuote(ctx.text, ctx.start, ctx.end) && !onlyMeAfter(ctx),
  },
  {
    pattern: eventHosted,
    negatable: false,
    accept: (ctx) => notACouple(ctx) && !speaksAsI(ctx.ad),
  },
  { pattern: ourNamed, negatable: false, accept: (ctx) => notACouple(ctx) && !quoted(ctx) },
  {
    pattern: ourPlace,
    negatable: false,
    accept: (ctx) =>
      notACouple(ctx) && !speaksAsI(ctx.ad) && !insideReportedQuote(ctx.text, ctx.start, ctx.end),
  },
  { pattern: recruitingVoice, accept: (ctx) => notAManSeeking(ctx.text, ctx.start) },
  { pattern: recruitingOne, accept: (ctx) => businessSeeks(ctx.text, ctx.start) },
  {
    pattern: sheElsewhere,
    negatable: false,
    accept: (ctx) => notACouple(ctx) && !quoted(ctx) && !anotherWomanBefore(ctx),
  },
  { pattern: staffVoice },
  { pattern: writtenForHer },
  { pattern: manyPersons, negatable: false, accept: (ctx) => !speaksAsI(ctx.ad) },
];

/** `third-party-voice`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'third-party-voice',
  kind: 'text',
  labels: { da: 'Tredjepersons stemme', en: 'Third-party voice' },
  descriptions: {
    da: 'Annoncen taler om personen i tredje person eller med et bureaus/steds stemme i stedet for personens egen.',
    en: "The ad speaks about the person in the third person or in an agency's or venue's voice instead of her own.",
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { text: 'Jeg skriver annoncen for min søster Lene, hun er 45 og bor i Vejle.' },
      { text: 'I am writing this profile for my friend Ana, she is shy but sweet.' },
      { text: 'Vi er en lille, hyggelig massageklinik med 3 faste massøser i Odense.' },
      { text: 'We are a discreet escort agency in Aarhus with six companions.' },
      { text: 'Velkommen til vores massageklinik i Herning.' },
      { text: 'Zawadi is 26 and sweet. Text us the hour you like, we answer fast.' },
      { text: 'Thaimassage i Ringsted. Hun hedder Lin og har gode hænder.' },
      { text: 'Welcome, we have korean & japanese ladies for massage in Vejle.' },
      { text: 'Lørdag i Kolding: én pige, mange herrer. Tilmelding på sms.' },
      { text: '4 sweet asian girls here, massage and more. Call 22 33 44 55.' },
      { text: 'BDSM studio Vejle: our two dominas welcome you.' },
      { text: 'Min kæreste Mira er fra Polen, 31 år. Hun taler kun polsk, så skriv til mig.' },
      { text: 'Min veninde Dana fra Rumænien, 26, er ny her. Hun er sød og rolig.' },
      { text: 'Sms til mig, så booker jeg hende til dig.' },
      { text: 'Thaimassage i Ribe. Nok har 10 års erfaring. Nok taler lidt dansk. Ring og spørg efter Nok.' },
      { text: 'we hv 4 sexy ladys 4 u, call now' },
      { text: "see our insta 4 who's here today 👉 @example" },
      { text: 'This polish angel loves long kisses – call today.' },
      { text: 'Vera is in Aarhus until Friday, book today before she leaves!' },
      { text: 'Many skilled masseuses, drop by and pick one. Open daily 10-22.' },
      { text: 'Book Sofia through our office, discreet and fast.' },
      { text: 'PÅ VAGT DENNE UGE: Lise, Mona og Pia. Ring 12 34 56 78.' },
      { text: 'My pretty wife Dao is 35 and gives a relaxing oil massage in Aalborg.' },
      { text: 'Mira (28) og hendes mand tager imod par og herrer i Vejle.' },
      { text: 'Jeg søger en herre til min kone (45) i aften. Hun er sød og nysgerrig.' },
      { text: 'Jeg hjælper bare min kone Anja med at skrive annoncen. Hendes nummer står nedenfor.' },
      { text: 'Hotwife Pia (39) søger herrer. Jeg (hendes mand) svarer på mails.' },
      { text: 'This week in Vejle: 5 ladies to choose – thai and latina.' },
      { text: 'Vi holder igen privat-fest fredag, denne gang med Sandra fra Odense.' },
      { text: 'We host a private party every month with two new ladies.' },
      { text: 'Mona is back in Vejle. You can always ask me to book her for tonight.' },
      { text: 'PÅ VAGT I DAG 💋 Studio Rubin, Odense\n- Mira, 24\n- Tess, 33' },
      { text: 'I dag i Klinik Lotus, Kolding: Hanne og Birgit, begge erfarne massøser.' },
      { text: 'Nye damer fra Polen i Vejle – kom og mød dem i lejligheden.' },
      { text: 'Thai ladies in Esbjerg, come and meet them tonight.' },
      { text: 'VIP models Aarhus, outcall only, always with our chauffeur.' },
      { text: '5 chicas colombianas from Medellín in Aarhus, call now.' },
      { text: 'Jeg har en sød veninde, Mette på 41, der gerne vil forkæle dig. Hun er rund og glad.' },
      { text: 'Josefine, 26. Ring til bureauet for booking.' },
      { text: 'Salon fra Vejle søger piger til faste vagter, høj løn.' },
      { text: "Call us to book her. 'She is the best', say clients." },
      {
        text: 'Hej. Min veninde Ilona er ny her og taler kun lidt dansk, så jeg hjælper hende med annoncen. Hun er 23 og sød. Skriv til mig.',
      },
      { text: 'Sølvpilen formidler elegante damer i Trekantområdet.' },
      { text: 'Two sweet girls from Latvia. They live at the studio and take clients all day.' },
      { text: 'Jade House. The girls live upstairs and are ready all day.' },
      { text: 'Two new Thai ladies. They do not speak English, call and we help.' },
      { text: 'Vi klarer alt i telefonen for dem, ring bare.' },
      { text: 'Min veninde Sara (27) er ny i Vejle. Hun tager imod i egen lejlighed. Skriv til mig.' },
      { text: 'Meninas brasileiras novas toda semana em Aarhus.' },
      { text: 'Оля, 22. Вона не може говорити по телефону, пишіть.' },
      { text: 'Даша, 21. Бронирование у её администратора.' },
      { text: 'Kasia i Ewa, 23 i 24. Kierowca przywiezie je do hotelu.' },
      { text: 'Nowe dziewczyny z Ukrainy co tydzień, zadzwoń.' },
      { text: 'Hana, 24. Mluví anglicky a trochu německy.' },
      { text: 'Elena, 25, di Mosca. Parla solo russo, niente inglese.' },
      { text: 'Martina, 29, da Napoli. Prenotazioni con noi al telefono.' },
      { text: 'Tereza, 23, Vejle. Zavolejte, vše zařídíme.' },
      { text: 'Работаем каждый день с 10 до 22, Оденсе.' },
      { text: 'Bianca, 24. Sună la managerul nostru pentru o întâlnire.' },
      { text: 'Las chicas están listas para ti en Vejle.' },
      { text: 'Carla, 26, colombiana. Reservas por WhatsApp con su manager.' },
      { text: 'Trei fete din Moldova, disponibile în Aarhus, sunați.' },
      { text: 'Две девушки из Украины, Катя и Оля, ждут тебя в Vejle.' },
      { text: 'Bei uns wechseln die Damen jede Woche.' },
      { text: 'Im Studio in Tønder: wechselnde Ladies aus Polen, Termine per SMS.' },
      { text: 'Kolding – neue Mädchen jede Woche, diskret und sauber.' },
      { text: 'Termine macht unser Fahrer.' },
      { text: 'Ihr Fahrer bringt sie zu dir.' },
      { text: 'Mamy trzy nowe panie w Odense.' },
      { text: 'La noi lucrează fete din Moldova.' },
      { text: 'У нас работают 3 девушки из Украины.' },
      { text: 'Booking gennem vores manager på sms.' },
      { text: 'Ellas viven en el piso y atienden hasta tarde.' },
      { text: 'Ea nu vorbește daneză.' },
      { text: 'Irina are 24 de ani.' },
      { text: 'Nemluví dánsky, pište SMS.' },
      { text: 'Máme pro vás nové slečny z Moravy, Aalborg centrum.' },
      { text: 'Zapraszamy do naszego salonu w Odense, codziennie 10-22.' },
      { text: 'Lili 22 éves, csak magyarul és egy kicsit angolul beszél.' },
      { text: 'Dziewczyny mówią po polsku i po rosyjsku.' },
      { text: "Lola's friend writes this – she is 24 and waiting for you in Vejle." },
      { text: 'Lady Sif er en erfaren domina. Hun forventer respekt og tilpasser legen til dig.' },
      { text: 'Mai er fra Vietnam. Send en sms for at bestille tid hos hende.' },
      { text: 'Linh is shy. Her sister answers the phone and makes the bookings for her.' },
      { text: 'Blonde and brunette girls most days – ask us which lady is in this evening.' },
      { text: 'Salon Iris i Vejle søger en rolig og venlig massøse til dagvagter.' },
      { text: 'Vores massageklinik i Kolding søger en dame med erfaring.' },
      { text: 'Bei uns arbeiten freundliche Damen aus Polen, Sauna und Bar.' },
      { text: 'Baltic Dolls Vejle – blondes from Riga. Open every day, choose on arrival.' },
      { text: 'Thai massage Nørrebro, 4 massøser. Vælg selv ved ankomst.' },
      { text: 'Vip Dates Odense. Betal værten ved døren, ikke til pigerne.' },
      { text: 'Cash at the door to the host, not to the lady. Discreet apartment.' },
      { text: 'Оксана, 24. Вона приїде до вас додому або в готель.' },
      { text: 'Aminata, 24 ans. Elle parle français et anglais.' },
      { text: 'Nous organisons les rendez-vous, appelez le 20 30 40 50.' },
      { text: 'Venez voir nos belles filles ivoiriennes.' },
      { text: 'Aarhus Gentlemen – we represent 6 handsome escorts for ladies and men.' },
      { text: 'Sofie og Ida er to søde veninder fra Aarhus. De tager imod sammen i en lejlighed.' },
      { text: 'Hun er 23 og har en hund derhjemme. Ring og book hende.' },
      { text: 'Swingerfest i Vejle med Tanja (41). Hun bestemmer, hvem der får lov.' },
      { text: 'Private party with Kim, 33 – she decides the rules, max 5 men.' },
      { text: 'Yasmin, 30, from Cuba. She says yes to most wishes, call for time.' },
      { text: 'Lækre Nana fra Ghana. Hun siger ja til det meste.' },
      { text: "Vores 'Candy' er klar i aften: hun er 24 og venter på dig." },
      { text: 'Pinay Touch Massage – Esbjerg. We have 4 lovely Filipina therapists waiting for you.' },
      { text: 'Oriental Wellness. Smukke asiatiske massøser. I vores VIP-rum er alt muligt.' },
      { text: 'Vælg selv blandt vores 4 thai-massøser, når du kommer.' },
      { text: 'Hello, we are chinese massage in Hillerød. Beautiful girl, very good massage.' },
      { text: 'Sawasdee ka! Vi byder velkommen i Randers. Ploy er 29, fra Thailand.' },
      { text: 'Thai Wellness\nDagvagt 10-18: Nid (thailandsk, 34)\nAftenvagt 18-02: Fon (thailandsk, 28)' },
      { text: 'Hej søde mand, mig er Lin fra Kina. Vi giver god massage og happy ending.' },
      { text: 'Sød pige fra Letland, 23 år. Vi har også en veninde hvis du vil have to piger.' },
      { text: 'Välkommen till Siam Spa! Hos oss jobbar tre massöser. Våra massöser ger thaimassage.' },
      { text: 'GANGBANG-PARTY in Padborg. Unsere Darstellerin Mandy (27) freut sich auf dich.' },
      { text: 'This is Alina, 23 years, she is new girl from Romania. She speak little english.' },
      { text: 'Hun er 24 år, fra Thailand. Ring til mig for at booke hende.' },
      { text: 'Klinik Rosa. Hos os finder du nu Mia. Vi tilbyder massage og GFE.' },
      { text: 'At our place you can choose between 5 girls.' },
      { text: 'VIP Nordic Models presents: Elena, 25. Our models are available for dinner dates.' },
      { text: 'This season we proudly present Irena and Marta, both from Poland.' },
      { text: 'Vores piger er søde og diskrete. Vi har mange piger.' },
      { text: 'Ny på stedet: Nadia – hun er fra Marokko. Book hende på tlf.' },
      { text: 'Sasha, 27. Our agency guarantees discretion. She is a perfect date.' },
      { text: 'Party this saturday: our lady Bella (30) is ready for fun.' },
      { text: 'We are open 24-7. Massage with happy finish.' },
      { text: 'Vi har åbent fra kl. 10 til kl. 22. Ring.' },
      { text: 'Massageklinik i Vejle: vi har åbent alle hverdage 10–18.' },
      { text: 'They are ready for you, come and choose.' },
      { text: 'Vores søde nye pige Mai er klar.' },
      {
        text: 'Natalia tilbyder sensuel massage i Aarhus. Natalia er 27 år og kommer fra Ukraine. Ring for at booke tid hos Natalia.',
      },
      { text: 'Maria is 23 and loves to party. Maria offers GFE and massage. Book Maria now.' },
      { text: "Studio Venus. We have blondes and brunettes. Check our page for today's girls." },
      { text: 'Dagens piger finder du på vores side.' },
      { text: 'Vi er tre danske massøser, der deler klinik i Aalborg.' },
      { text: 'Lena is Bulgarian, 30. Outcall only, our driver brings her to you.' },
      { text: 'Sexy Kim, 29, for hotels only. Booking via her manager on WhatsApp.' },
      { text: 'Dora, 31, outcall. He brings her to your hotel and waits.' },
      { text: 'Denne uge: Jasmin, Bella og Nikki. Nye piger hver mandag.' },
      { text: '3 thai damer klar til dig hver dag. De giver olie massage og afspænding.' },
      { text: 'Mange piger at vælge imellem! Thai, kinesisk og filippinsk personale.' },
      { text: 'Thai massage house 🇹🇭 Open every day 9-3. Many girls. Come visit us!' },
      { text: 'Se hvem der arbejder i dag på vores hjemmeside.' },
      { text: 'For booking contact the office, not the girl. Girls do not answer the phone.' },
      { text: 'Vi er et par søde piger fra Rumænien. Vi tilbyder massage.' },
      { text: 'Call mamasan for booking. The girls stay inside.' },
      { text: 'Kina massage Vejle. Vi har 4 sød kinesisk pige.' },
      { text: 'We have 3 pretty ladyboys, open late.' },
      { text: 'SMS only please, ladies no english.' },
      { text: 'Vi har altid 4-5 dygtige thailandske massøser på arbejde.' },
      { text: 'Vores dygtige thai piger giver dig den perfekte massage.' },
      { text: 'Vi har en sød studine på 21, som søger gavmilde herrer.' },
      { text: 'Te presentamos a Camila, 27. Ella habla español. Reserva con nosotros.' },
      { text: 'Bangkok Spa Vejle. Our therapists are all from Thailand.' },
      { text: 'Vores 3 dominaer venter. De er alle erfarne og diskrete.' },
      { text: 'I dag på arbejde:\n• Sofia\n• Clara\n• Ida' },
      { text: 'Unsere süße Lara aus Rumänien ist nur diese Woche hier. Sie spricht Rumänisch.' },
      { text: 'Kasia ma 19 lat. Ona nie mówi po angielsku. Rezerwacja przez nasz numer.' },
      { text: 'Nikola je Slovenka, má 22 rokov. Ona je milá a hravá.' },
      { text: 'Mūsų merginos iš Lietuvos ir Latvijos, 20–25 metų.' },
      { text: 'Eva & Nora – last 2 days in Odense! Book them now.' },
      { text: 'Russian speaking girls near the airport. We come to your hotel room.' },
      { text: 'Underdanig slavinde (22) tilbydes til sessioner i Randers.' },
      { text: 'Olena speaks no English. Call me, I translate for her.' },
      { text: 'Kanya, 33, thai. Sms til mig, så laver jeg aftalen med hende. 1 time 1.200 kr.' },
      { text: 'Josefine er tilknyttet Aarhus Elite Escort. Ring til bureauet for booking.' },
      { text: 'Villa Rosa i Herning. Hver dag har vi 3–4 damer på stedet fra Letland og Polen.' },
      { text: 'Studio Nattergal: altid 2–3 piger på stedet. Se åbningstider.' },
      { text: 'Asia Relax i Herning. Mange søde kinesiske piger. Massage, body massage.' },
      { text: 'Bar Flamingo. Værelse 1 time 1.400 kr – betales i baren, damerne tager ikke imod penge.' },
      { text: 'Hvid Lilje er et lille escortbureau. Vi formidler tre danske damer mellem 30 og 45.' },
      { text: 'Våra svenska tjejer är på besök i Köpenhamn. Boka via vår bokning.' },
      { text: 'Välkommen till oss i Aalborg! Vi erbjuder massage och GFE.' },
      { text: 'Vi tilbyr avslappende massasje med erfarne damer, ring resepsjonen.' },
      { text: 'Vi har to blide jenter fra Bergen denne helgen.' },
      { text: 'Hos oss i Vejle er det alltid rolig stemning.' },
      { text: 'Bruna, trans brasileira de 27 anos. Ela só fala português.' },
      { text: '¡Chicas trans latinas en Odense! Tenemos 3 chicas de Colombia, Venezuela y Brasil.' },
      { text: 'Asia Relax Næstved. Dejlig massage fra søde unge asiatisk piger. Happy ending.' },
      { text: 'Thai Orchid, Vejle. Traditionel thai massage. Massøs Som har 15 års erfaring.' },
      { text: 'Massage Paradis – Esbjerg. Kinesisk massage. Vi taler kinesisk, engelsk og lidt dansk.' },
      { text: 'Thai massage i Kolding. Vi har to søde pige fra Thailand, Noi og Ploy.' },
      { text: 'Нова дівчина у місті! Вона українка, їй 18 років, дуже молода.' },
      { text: 'Алина любит вечеринки. Она говорит только по-русски.' },
      { text: 'Катя новенькая в городе, ей 20 лет.' },
      { text: 'Имаме нови български момичета всяка седмица в Копенхаген.' },
      { text: 'Две девушки ждут вас. Звоните нам: 91 48 27 53.' },
      { text: 'Марина – нежная блондинка, 31 год. Она живёт в Оденсе, звоните.' },
      { text: "Devushki iz Latvii priedut k vam v otel', oplata na meste." },
      { text: 'Privet! U nas tri novye devushki iz Kieva, Aarhus tsentr.' },
      { text: 'Sveta, 26. Ona zhdyot vas v Vejle, pishite.' },
      { text: 'Două fete românce, Daria (23) și Ramona (25). Acceptăm grup.' },
      { text: 'Bianca, 22 de ani. Sunați-ne pentru programare.' },
      { text: 'VIP agency in Copenhagen presents our companion Lara, 22, slim and sophisticated.' },
      { text: 'Thai massage Esbjerg. Come see us and choose, open every day.' },
      { text: 'Hon pratar bara rumänska. Ring för bokning.' },
      { text: 'Nie mówi po angielsku ani po duńsku.' },
      { text: 'I dag på klinikken: Mai, Lin og Joy. Alle tre er fra Thailand.' },
      { text: 'Unge asiatiske piger. Vi har døgnåben, også weekend.' },
      { text: 'Agencja towarzyska w Esbjergu zaprasza!' },
      { text: 'Thai massage: Ning, Ploy og Mali, tre søde thai damer, klar til dig.' },
      { text: 'Crazy party! Two romanian girls Andreea (22) and Roxana (25) waiting for you.' },
      { text: 'Young Thai and Chinese girls, 3 on duty every day.' },
      {
        text: 'Min kone Sanne er 38. Hun er dansk og kælen. Skriv til mig for at booke hende – jeg aftaler tid og sted.',
      },
      {
        text: 'Thai massage i Nyborg. Min kone Lek er 48 og kommer fra Thailand; hun har boet i Danmark i 16 år. Lek tager selv telefonen.',
      },
      { text: 'Scandinavian Muse is a discreet introduction agency. Choose between our eight companions.' },
      { text: 'Hungarian models on tour in Denmark! Book through our manager on 30 46 92 75.' },
      { text: 'Jade Spa – nye kinesiske piger hver måned! Pigerne taler kun lidt dansk og engelsk.' },
      {
        text: 'GANGBANG-AFTEN! Dejlige Kira (26) tager imod op til 8 mænd. Tilmelding hos arrangøren på sms.',
      },
      { text: 'Sweet Filipina ladies waiting for you, new faces every month.' },
      { text: 'Choose between 4 sexy Nigerian girls, all young and fresh.' },
      { text: 'Si Joy ay bagong dating. Hindi siya marunong mag-English.' },
      { text: 'Billig thai massage. Vi har to søde thaipiger i Næstved, klar til at forkæle dig!' },
      {
        text: 'Russian girls in Odense. Write to our Telegram and we send you photos of the girls who work today.',
      },
      { text: 'Hello, I am writing for my friend Mira. She is new here and very shy, so write to me.' },
      { text: 'I post for my sister Lena, 24. She not understand English, so sms to me.' },
      { text: 'Ruby Escort Aarhus: Lina, Mona and Bea. Call our booking phone between 12 and 02.' },
      {
        text: 'Nordic Relax – massageklinik i Vejle. Klinikken har tre faste danske massøser mellem 30 og 50 år.',
      },
      { title: 'Slavinde udlånes af sin ejer – Odense', text: 'Ring for aftale.' },
      {
        title: 'Korean Sora – Odense',
        text: 'Sora is Korean, 26, slim and sweet. Sora cannot do outcall, only incall near the station.',
      },
      { text: 'Somos dos chicas colombianas en Aalborg. Masaje y GFE, 1 hora 1400 kr.' },
      { text: 'Two Thai masseuses just arrived in Horsens, oil massage 1 hour 1200 kr.' },
      { text: 'Always 4-6 girls to choose from. Discreet entrance in Herning.' },
      { text: 'Every Monday we bring fresh faces to Kolding. Call 22 33 44 55.' },
      { text: 'Studio Rosa, Vejle: fresh faces every Friday. Today: Ana and Lia.' },
      { text: 'Our Thai and Filipina ladies welcome you every day from 10.' },
      { text: 'Klinik i Horsens søger flere søde piger. Høj indtjening, bolig på stedet.' },
      { text: 'Masseuses wanted for a busy studio in Odense. Rooms for ladies, weekly rent.' },
      { text: 'Skiftende damer fra Østeuropa – ring og hør, hvem der er her i dag.' },
      { text: 'Ny filippinsk dame hver måned. Olie og body massage.' },
      { text: 'Late massage Odense. 4 ladies on shift from 22 every night.' },
      { text: 'Hos Lotus Spa arbejder 4 erfarne, søde massøser.' },
      { text: 'Aftenens damer står klar fra kl. 19 i Kolding.' },
      { text: 'Vejle after dark: night shift ladies until 6.' },
      { text: 'Body massage Aarhus C 💆 4 unge damer på skift, drop-in alle dage.' },
      { text: 'Gangbang night in Odense: 1 sexy lady 8+ men, sign up by sms.' },
      { text: 'Lotus Spa Roskilde: fodmassage og olie ved erfarne massøser fra Laos.' },
      { text: 'Venlige thailandske massøser giver dig en rolig thaimassage, drop-in 10-20.' },
      { text: 'Skilled Chinese ladies give relaxing oil massage near the station.' },
      { text: 'Massage i Vejle – spørg hvem der er på vagt i aften.' },
      { text: 'Unsere erfahrenen Masseurinnen verwöhnen Sie täglich.' },
      { text: 'Min søde filippinske kone er 44 og giver god olie massage. Sms til mig.' },
      { text: 'Thai massage in our house, open every day from 10.' },
      { text: 'Klinik Rosa: receptionisten tager imod dig. Hun er 24 og fra Polen.' },
      { text: 'Søde thai damer, nye hver uge. Ring for tid.' },
      { text: 'Klinik Sol, Horsens – nye navne hver fredag, kig forbi.' },
      { text: 'Hver lørdag står der søde piger klar i Esbjerg.' },
      { text: 'Velvet Rooms Odense: 4 independent ladies rent rooms here, each with her own phone.' },
      { text: 'Sweet girl in Vejle this week. She dont speak danish, so write easy sms.' },
      { text: 'Our 4 Filipino therapists give oil massage every day from 10.' },
      { text: 'Mai, 33, fra Vietnam. Massøsen taler kun vietnamesisk, så send en sms.' },
      { text: 'Velkommen i vores tantraklinik i Vejle, ring for en tid.' },
      { text: 'Hos os er der kun mig og Sara på vagt i dag, ring for tid.' },
      { text: 'Lørdag i Vejle: vores Mira, 31, fra Ukraine tager imod.' },
    ],
    negative: [
      { text: 'Klinik Rose, Vejle. Hos os er det altid den samme, nemlig mig, Bente.' },
      { text: 'Jeg er massøsen i Vejle, du selv kan ringe til: 20 30 40 50.' },
      { text: 'Jeg har min egen lille tantraklinik i Vejle, ring for en tid.' },
      { text: 'We are a couple from Vejle. Text us for a cosy evening.' },
      { text: 'Jeg er Dorthe, 50. Bureauet har booket mit værelse i Odense til fredag.' },
      { text: 'I am Kim, 30. I write this ad for my regular clients: new hours from Monday.' },
      { text: 'Jeg kan ikke huske hvad hun hedder, men jeg er Tanja og tager imod alene.' },
      { text: 'Only me here, no 3 girls here like at the clinics. I am Mai, 39.' },
      { text: 'Vi er et par fra Fyn, der søger en tredje.' },
      { text: 'Jeg hedder Nok og har 10 års erfaring. Nok taler dansk. Spørg efter Nok i døren.' },
      { text: 'follow my insta 4 more pics 😘' },
      { text: 'we hv fun together, me and u' },
      { text: 'Book me now before I leave Odense on Sunday.' },
      { text: 'I work alone, unlike many masseuses in this town.' },
      { text: 'Mira, 30. I book all my dates myself, no office, no middleman.' },
      { text: 'På vagt i weekenden: fredag og lørdag 10-22, ring til mig.' },
      { text: 'Min mand og jeg tager imod sammen, men jeg svarer selv på beskeder.' },
      { text: 'I love to meet a lady and her husband for a cosy evening. Mette, 45.' },
      { text: 'I am the only lady here, no need to choose.' },
      { text: 'Jeg hedder Mia, 30. Vi holder fest lørdag, kom og vær med.' },
      { text: 'I am Oksana, 41. You come to our house in Vejle, my partner is at work in the day.' },
      { text: 'Jeg er Tine, 38. Min kæreste er dansk og ved ikke noget om det.' },
      {
        text: "I am Lea. My friend Nora works nearby but please don't ask me to book her, write to her own number.",
      },
      { text: 'Jeg er Mai, 40. Mange damer giver kun hurtig massage, jeg tager mig god tid.' },
      { text: 'Ring og hør om jeg er på arbejde i dag, ellers i morgen.' },
      {
        text: 'Hej, jeg er Louise, 33. Jeg arbejder via et bureau, så ring til bureauet og spørg efter mig.',
      },
      { text: 'Hej, jeg er Rikke. I dag i Studio Lotus, Vejle: Rikke og hendes veninde har begge fri.' },
      { text: 'Hej, jag heter Nora. Skriv till mig så ses vi i Kolding!' },
      { text: 'Jeg er Kari, 38. Vi kan ta en kaffe først hvis du vil.' },
      {
        title: 'Julen er kommet til Vejle',
        text: 'Julen er kommet til Vejle, og Hanne, 58, har pyntet op. Ring.',
      },
      { text: 'Sød fyr fra Vejle søger kvinder der vil forkæles. 1 time 900.' },
      { text: "Mette writing myself. You will not read 'she is waiting' or 'our ladies' in this ad." },
      {
        text: 'Jeg er Dorthe, 52. Min veninde ved altid hvor jeg er – hun er min tryghed. Ring 20 30 40 50.',
      },
      { text: 'Jeg formidler gerne kontakt til en god massør, hvis jeg er optaget.' },
      { text: 'I am Vera, not like the other girls, they cannot relax. I live for this.' },
      { text: 'Jeg er Lise, 45. Par og damer er velkomne, and the ladies are welcome too.' },
      { text: 'My clients say I handle everything with care. Hanne, 50.' },
      { text: 'Jeg er Lea, 27. Min veninde Mia (25) er også ny i byen, hun har sin egen annonce.' },
      { text: 'Soy Carla, 31. Fotos nuevas cada semana en mi perfil.' },
      { text: 'Я Ірина, працюю сама, мій телефон нижче.' },
      { text: 'Przyjeżdżam sama taksówką, bez kierowcy.' },
      { text: 'Nur ich, Sabine, keine wechselnde Damen und kein Studio.' },
      { text: 'Neue Fotos jede Woche auf meinem Profil, ich bin Lena aus Kiel.' },
      { text: 'Mluvím česky a anglicky, jsem Petra, 30.' },
      { text: 'Parlo italiano e inglese, sono Giulia, ricevo da sola.' },
      { text: 'Nowe zdjęcia co tydzień na moim profilu, Kasia.' },
      { text: 'Zařídím vše sama, jsem Eva, 35, bez agentury.' },
      { text: 'Я работаю одна, без агентства, Оля.' },
      { text: 'Ya Nina, zhivu v Odense odna, priedu k vam sama.' },
      { text: 'Я живу в Оденсе, приеду к вам в отель.' },
      { text: 'Sunt Ana, disponibilă în Odense, am două pisici.' },
      { text: 'Две недели в Odense, жду тебя.' },
      { text: 'Am 24 de ani și sunt din Iași.' },
      { text: 'Jeg arbejder uden manager, ring til mig.' },
      { text: 'Mluvím anglicky a dánsky.' },
      { text: 'Yo vivo sola en el piso.' },
      { text: 'Jsem Petra, mám ráda masáže, Vejle.' },
      { text: 'Szia, Bori vagyok, magyarul és angolul beszélek.' },
      { text: 'Jestem Ola, mówię po polsku i angielsku, zapraszam do siebie.' },
      { text: "Ana, 30, from Porto – 'she is pure magic', writes a client. I wait for you." },
      { text: 'Jeg er Dorte. Book en tid hos mig, så tager jeg mig af resten.' },
      { text: 'Jeg er Sif. Jeg forventer respekt, og min veninde siger altid, at hun forventer det samme.' },
      { text: 'I make all my bookings myself, ask me what you like.' },
      { text: 'I am Lina, I answer my booking phone myself, no agency.' },
      { text: 'Fyr 33 søger damer der vil forkæles med olie-massage. 1 time 800 kr.' },
      { text: 'Jeg er Sara, 26. Søger du en sød pige? Ring til mig.' },
      { text: 'Ich arbeite allein in meiner Wohnung, bei mir ist es ruhig.' },
      { text: 'Jeg er Grethe, 49. Min mand ved det, vi har et åbent ægteskab, og jeg bestemmer selv.' },
      { text: 'I am Sofie, physiotherapist by day. Our shared receptionist books the room for all of us.' },
      {
        text: 'Jeg er Lea, 27. Min veninde Mia kommer med til duo, hendes kæreste kører hende – jeg kører selv.',
      },
      { text: 'Mia, 29, alone in my flat. Pick the music at arrival, I bring the wine.' },
      { text: 'Jeg er uddannet i Bangkok og lærte faget ved dygtige massøser fra Chiang Mai.' },
      { text: 'I am not the girl next door – I am the one you remember. Sofie, 33.' },
      { text: 'Sanna here, 35. At the dinner we present ourselves as old friends, discreet and relaxed.' },
      { text: 'Я приїду до вас у готель, пишіть.' },
      { text: 'Hej, Ida her. Sorry, I not speak Danish, only English. Incall Vejle.' },
      { text: 'Je suis Awa. Nous organisons un rendez-vous quand tu veux.' },
      { text: 'Gentlemen, I am Sofia, 28. I represent only myself, no agency.' },
      { text: 'Jeg er Line, 36. Billederne er taget af min fotograf – hun er super dygtig.' },
      { text: "I'm Jonas, 40. My PA, Mia – she is a student – confirms the times by mail." },
      { text: 'Jeg er Hanne, 50. Min hund Bella bor her også, hun er meget sød.' },
      { text: 'Jeg er Dorte, 47, og min veninde Pia kommer med til duo – hun bestemmer selv sine priser.' },
      { text: 'Jeg er Sanne, 48. Vi taler om dine grænser, før vi starter.' },
      {
        text: "Jeg er Mette, 45. Mine gæster skriver: 'hun er altid i godt humør' – det prøver jeg at være.",
      },
      { text: 'Jeg er Camilla, 43. Vi starter med en kop te, og så tager vi den derfra – i dit tempo.' },
      { text: 'Jeg er Nina, 39, dansk. Ingen sprogbarriere, heller ikke for vores tyske naboer.' },
      { text: 'Jeg er Sara. Vi giver hinanden massage og tager os god tid.' },
      { text: "I'm Jessica, 29. We can start with a drink, then we take our time." },
      { text: 'Jeg tilbyr klemming, GFE og massasje. Snakker norsk og engelsk.' },
      { text: 'Ich bin Melanie, 39, und komme mit meinem eigenen Auto zu dir.' },
      { text: 'Hej, jeg hedder Sofie og er 31 år. Jeg tager imod i min egen lejlighed.' },
      { text: 'Anne her 🙂 44 år, dansk og glad. Kun med kondom.' },
      { text: "Hi, I'm Tina. I offer GFE and massage. We can have a great time together." },
      { text: 'Booking is through my manager, he will send you the address.' },
      { text: 'Independent lady, no agency. Jeg svarer selv.' },
      {
        text: 'Jeg tilbyder massage, GFE og kys. Vi kan hygge os.',
        reviews: [{ id: 'r1', text: 'She is lovely, book her!' }],
      },
      { text: 'I am Ploy. We have fun together, I promise.' },
      { text: 'My photos are real, they are 100% me. I am Lina.' },
      { text: 'Jeg hedder Lone. Vi ses hos mig, mine billeder, de er ægte.' },
      { text: 'Mette er tilbage! Jeg glæder mig til at se dig. Ring 22 33 44 55.' },
      { text: 'Sofie er 31 år og tilbyder massage. Sofie har egen lejlighed i Vejle. Ring til mig.' },
      { text: 'Massagen er blød. Massagen har en lykkelig slutning. 1 time 800 kr.' },
      { text: 'Camilla, 38. Massage og GFE i Odense. Camilla har altid kaffe klar.' },
      { text: 'Jeg tilbyder massage. De kan ringe eller skrive, jeg svarer hurtigt.' },
      { text: 'Kun mig – ikke en klinik med mange piger at vælge imellem og intet personale.' },
      { text: 'I am new in town. Many clients say they love my massage, they can come back anytime.' },
      { text: 'Jeg har en chauffør, han kører mig ud til dig.' },
      { text: 'Jeg er blondine og sød. De har vel hørt om mig?' },
      { text: 'Vi er et par, Maria (38) og Thomas (41). Vi tilbyder hyggeligt samvær hjemme hos os.' },
      { text: 'We are a real couple, Sara and Mads. We offer ourselves to women and couples.' },
      { text: 'Most girls do not do this, but I love it. Visit my website.' },
      { text: 'Vi er Lise (38) og Peter (41). Vi tager imod hjemme hos os i Viborg.' },
      { text: 'We are Mia and Jonas from Aarhus. Visit us for a relaxed evening.' },
      { text: 'Moden kvinde der ved hvad hun vil. Diskret og rolig, 1 time 1500 kr.' },
      { text: 'A lady who knows what she wants. Call for an appointment.' },
      { text: 'Working today: Anna, 10-22. Call me on 22 33 44 55.' },
      { text: 'Ich bin Nina, 30. Besuchen Sie mich in Aarhus. Sie sind herzlich willkommen.' },
      { text: 'Jestem Beata, mieszkam w Odense od sześciu lat. Mówię po polsku.' },
      { text: 'Ahoj, jsem Tereza, pracuji sama, bez agentury. Mluvím česky.' },
      { text: 'I love to meet them again, my regular clients. Call me.' },
      { text: 'Jeg er ikke som mange andre piger – jeg er 45, dansk og har egen lejlighed.' },
      { text: 'Jeg ringer selv tilbage. Min veninde Mia og jeg laver aftalen med dig.' },
      {
        text: 'Jeg er Anja, 43. Et par ord fra mine faste kunder: »Hun er varm, sjov og rolig« – »She is exactly like her photos«.',
      },
      { text: 'I am Mia. A client wrote: "She is the sweetest lady in Aarhus". Call me.' },
      { text: 'Jeg hedder Maja. Massage fra mig, ikke fra andre piger.' },
      { text: 'Vi er et par, Mads og Line, 35 og 33. Vi taler dansk og engelsk.' },
      { text: 'Привет! Я Анна, мне 31 год, русская. Работаю одна, всё решаю сама.' },
      { text: 'Здравейте, аз съм Ирина, на 41, българка. Пишете SMS.' },
      { text: 'Привіт! Я Олена, мені 35 років, українка. Працюю сама.' },
      { text: 'Sunt Elena, 39 de ani, din România. Lucrez singură.' },
      { text: "I'm Efua, 37. Please be quiet – my landlady lives downstairs and she don't like noise." },
      { text: 'I am Laura, 30. A trusted friend always knows where I am – she never sees my money.' },
      { text: 'Jag pratar svenska och engelska. Hej från Moa!' },
      { text: 'Mówię po polsku i angielsku.' },
      { text: 'Alle er velkomne, jeg tager imod i Aarhus.' },
      { text: 'Jeg er klar til dig, to timer eller tre.' },
      { text: 'Jeg er Hanne. Alle er velkomne, bare de er søde og renlige.' },
      { text: 'I am Joy. My madam take care of booking so call her, she will give you address.' },
      { text: 'Ingen nye piger hver uge her – kun mig, Karin, 55, som mange af jer har kendt i 15 år.' },
      {
        text: 'Jeg er Pernille, 47. Tag din hjælper med – han eller hun kan vente i stuen med en kop kaffe.',
      },
      {
        text: 'Soy Isabella. Muchos me preguntan por mi amiga Daniela: ella es nueva en la ciudad y tiene su propio anuncio, pero no trabajamos juntas.',
      },
      {
        text: 'Jeg er Ilze, 32. Der er andre piger i huset, men de har deres egne annoncer og deres egne kunder.',
      },
      { text: 'Hej, jeg hedder Xiao Mei. Jeg lejer et værelse hos Mama Lin; hun tager imod bookinger.' },
      { text: 'Wir sind Sandra und Mike, ein echtes Paar aus Köln. We speak German and English.' },
      { text: 'Jeg er Lone, 52. Bøger og blade udlånes gratis i venteværelset.' },
      { title: 'Sara – Aarhus', text: 'Sara is back! I am rested and ready, call me.' },
      { text: 'Estou esperando por você no meu apartamento em Odense. Sou brasileira, 29.' },
      { text: 'Jeg er Mai. Mine thai og danske kunder er altid velkomne.' },
      { text: 'Jeg søger en sød veninde til duo. Jeg er Mia, 29, fra Aarhus.' },
      { text: 'Jeg er Lene, 44. Klinikken har åbent man-fre 9-17, og jeg tager selv imod.' },
      { text: 'Jeg er Lotte, 41. Klinikken har en receptionist, men du booker tid direkte hos mig.' },
      { text: 'I am Vera, 38. The salon has free parking, and I open the door myself.' },
      { text: 'Ingen skiftende piger her – kun mig, Hanne, 51.' },
      { text: 'Jeg arbejder 3 dage om ugen i min egen klinik.' },
      { text: 'Jeg hedder Mia, 31, og har mit eget sted – ikke 3 piger på skift.' },
      { text: 'Jeg er Tina, 41, og min fantasi er 1 pige og mange mænd – skriv til mig.' },
      { text: 'Ich bin Masseurin mit zehn Jahren Erfahrung, ich verwöhne dich.' },
      { text: 'Jeg er Hanne, 52. Ved indgangen sidder en receptionist, hun er venlig og viser vej.' },
      { text: 'I am Vera, 40. Ask the receptionist for room 12, she will send you up.' },
      { text: 'I am Ewa, 36. I rent a room from a sweet older lady, she is never home in the day.' },
      { text: 'Her er ingen nye navne hver uge – kun mig, Lone, 50.' },
      { text: 'Jeg er Mia. Hos mig står der ingen andre piger klar – kun mig.' },
      { text: 'I am Sara. 3 other ladies rent rooms in this building, but I work alone.' },
      { text: 'Jeg er Lone, 50. Her er ingen friske ansigter hver uge, kun mig.' },
      { text: 'Dont worry if you dont speak Danish, I speak good English.' },
      { text: 'Our 2 hours together will be relaxed, I promise.' },
      { text: 'Our December 24 special: a free extra half hour.' },
      { text: 'Vores Spa 24 timer i døgnet – jeg hedder Lin og tager selv imod.' },
    ],
  },
});
