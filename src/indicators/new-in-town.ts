import type { Evidence } from '../shared/types.js';
import { findCities } from '../extract/cities.js';
import { spanEvidence } from '../extract/evidence.js';
import { isDemonym } from '../extract/nationality.js';
import { defineIndicator, type PreparedAd } from './define.js';
import { clauseStart, compileTerms, isNegated } from './text/match.js';
import { saidOfAnotherWoman } from './text/another-woman.js';
import { detectWithRules, type MatchContext, type TextRule } from './text/rules.js';
import { isRosterName } from './text/roster.js';

/** Places written in lower case by ads ("ny i danmark", "new in copenhagen"). */
const PLACES =
  '(?:danmark|denmark|dk|byen|området|town|københavn|kbh|copenhagen|aarhus|århus|odense|aalborg|esbjerg|randers|kolding|horsens|vejle|roskilde|herning|helsingør|silkeborg|næstved|fredericia|viborg|køge|holstebro|svendborg|hillerød|slagelse)';

const MONTHS =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|marts|maj|juni|juli|oktober)';
const MONTH_WORD = new RegExp(`^${MONTHS}$`, 'iu');

/** Recently arrived or touring, in Danish and English (incl. broken English). */
const arrived = compileTerms([
  // "Vi er nye i byen": plural too; also as spoken and texted, "ny i byn!!".
  'nye? i by(?:en|n)',
  // Letters drawn out, as texted: "nyy i byeen", "nyyy i byyen", "ny i byeeen".
  'ny+e? i by+e+n',
  // Run together in a hashtag: "#nyibyen #odense", "#nyibyn", "#newintown", "#justarrived".
  'nyiby(?:en|n)',
  'newintown',
  'justarrived',
  'ny på stedet',
  // New at the clinic: "helt ny på klinikken" (not "ny på siden", new on the website); also at the
  // house's address: "ny på vores adresse i Randers" (not "ny adresse", a moved clinic).
  'nye? på (?:klinikken|salonen|studiet|adressen|vores adresse)',
  // Newly moved here: "nytilflyttet til Esbjerg", "nyflyttet i byen".
  'nytilflyt(?:tet|tede)',
  'nyflyt(?:tet|tede)',
  'nyhed i byen',
  'lige ankommet',
  'netop ankommet',
  // Every inflection of "newly arrived": nyankommen, nyankommet, nyankomne, nyligt ankommet.
  'nyankom(?:men|met|ne)',
  'ny(?:lig|ligt)? ankom(?:men|met|ne)',
  'lige kommet til (?:danmark|byen)',
  // Fresh in the country or town: "helt friske i landet", "frisk i byen", "fresh in town".
  'friske? i (?:landet|byen|danmark)',
  'fresh in (?:town|the city|denmark|dk)',
  // New at the house, told by when she started: "starter hos os denne uge", "netop startet hos os",
  // "started with us this week" (not a standing fact: "har været hos os i 5 år").
  '(?:starter|startede|begynder|begyndte) hos os (?:i )?(?:denne uge|i dag|i går|i morgen|i weekenden)',
  // Or by the date she starts: "starter hos os 15. december", "begynder hos os den 1. marts", "starts
  // with us on 3 May" (not "igen": "starter hos os igen 1. januar" is one who was there before).
  '(?:starter|startede|begynder|begyndte) hos os (?:den |d\\. )?\\d{1,2}\\.? (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?![\\p{L}])',
  '(?:starts|started|starting|will start) (?:with us|here) (?:on )?(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2})(?![\\p{L}\\d])',
  '(?:lige|netop|nyligt?) (?:startet|begyndt) hos os',
  '(?:just |recently )?started (?:with us|here) (?:this week|today|yesterday)',
  '(?:just|recently) started (?:with us|here)',
  // "Ny massøs Fon fra Thailand er lige kommet!", "NYHED hos Sweet Asian", "🆕 in town".
  // Not home from an errand: "lige kommet hjem", "lige kommet fra træning".
  '(?:er|is) lige (?:kommet|ankommet)(?! hjem| tilbage| fra (?:træning|arbejde|job|jobbet|skole|skolen|fitness|ferie|gym|møde|indkøb|byen))',
  // Subordinate word order: "Anna, som lige er kommet fra Litauen".
  'lige er (?:kommet|ankommet)(?! hjem| tilbage| fra (?:træning|arbejde|job|jobbet|skole|skolen|fitness|ferie|gym|møde|indkøb|byen))',
  'nyhed hos',
  '🆕 ?(?:in town|i byen|here|her)',
  'første gang i (?:danmark|dk|byen)',
  // Also with "nogle": "jeg er her kun nogle få dage", "kun nogle dage i Vejle"; and "bare" for "kun":
  // "Svensk Emma i Helsingør – bare 2 dage".
  '(?:kun|bare) (?:nogle få|nogle|få|et par|2|3|4|5|to|tre) dage',
  // A stay counted in weeks, and the English count with "only" after it: "kun 2 uger i Odense",
  // "only two weeks", "here for 2 weeks only", "10 days only".
  'kun (?:en|1|2|3|to|tre) uger?',
  'only (?:for )?(?:one|two|three|a|1|2|3) weeks?',
  '(?:\\d{1,2}|one|two|three|four|five|a few|few) (?:days|nights|weeks?) only',
  'kun denne uge',
  // Visitors' languages: Swedish "Ny tjej i stan", "nyanländ", Norwegian "ny jente", German
  // "Neues Mädchen", "nur kurze Zeit hier", "zum ersten Mal in Dänemark", Polish "Nowa dziewczyna",
  // "pierwszy raz w Danii", Spanish "de gira", "solo por unos días" (more of them further down).
  // Not one of a rotation: "Ny tjej varje vecka", "ny jente hver mandag" (rotating-workers).
  'ny tjej(?!(?: \\p{L}+){0,2} (?:varje|varannan|hver|annenhver) )',
  // Swedish and Norwegian "nyinflyttad i Köpenhamn" (just moved in), "bara en vecka", "kun denne
  // uken", German "nur eine Woche".
  'nyinflyttade?',
  'nyinnflytt(?:et|a)',
  'bara (?:en|denna|den här) vecka',
  '(?:kun|bare) (?:en|denne) uken?',
  'nur eine woche',
  'ny jente(?!(?: \\p{L}+){0,2} (?:hver|annenhver|varje|varannan) )',
  'neues mädchen',
  'nur (?:kurze zeit|für kurze zeit|wenige tage|ein paar tage|diese woche)',
  // "Nur kurz hier, bis 12.12.", "nur noch kurz hier": a short stay (not "nur kurz anrufen").
  'nur (?:noch )?kurz hier',
  // Here until a weekday in German, Swedish, Norwegian and Dutch: "nur bis Sonntag in Aarhus", "bara
  // till söndag", "bare til søndag", "alleen tot zondag" (an offer's end is not: "Angebot nur bis
  // Sonntag").
  '(?:nur (?:noch )?bis|bara (?:till|fram till)|bare (?:til|frem til)|(?:alleen|maar|nog) tot) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)',
  // The same in Slovak, Czech, Polish, Russian and Ukrainian: "len do nedele v Aarhuse", "jen do
  // pátku", "tylko do niedzieli", "только до воскресенья", "лише до п'ятниці" (the genitive of
  // the weekday).
  "(?:len|iba|jen|jenom|tylko|только|лише|тільки) (?:do|до) (?:pondelka|utorka|stredy|štvrtka|piatku|soboty|nedele|pondělí|úterý|čtvrtka|pátku|neděle|poniedziałku|wtorku|środy|czwartku|piątku|niedzieli|понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|понеділка|вівторка|середи|четверга|п'ятниці|суботи|неділі)",
  // Dutch: "net aangekomen", "pas aangekomen in Aarhus", "voor het eerst in Denemarken", "maar een
  // paar dagen", "alleen deze week".
  '(?:net|pas|zojuist) aangekomen',
  'voor het eerst in (?:denemarken|kopenhagen|de stad)',
  '(?:maar|slechts|alleen) (?:een paar|enkele|\\d{1,2}|twee|drie|vier|vijf) (?:dagen|nachten)',
  '(?:alleen|maar|slechts) (?:deze|een) week',
  'nieuw in (?:de stad|denemarken|kopenhagen)',
  // Also on a tour: "zum ersten Mal auf Tour in Dänemark"; "auf Tour" as "på tour", "on tour".
  'zum ersten mal (?:auf tour )?in (?:dänemark|\\p{L}+)',
  'auf tour',
  // German "Erstmals in Dänemark" (for the first time), "auf Kurzbesuch in Vejle" (on a short visit),
  // "nur übers Wochenende" (only over the weekend; not "nur am Wochenende", when she works).
  `erstmals (?:hier )?in (?:dänemark|kopenhagen|der stadt|${PLACES})`,
  'auf kurzbesuch',
  'nur (?:übers|über das|dieses) wochenende',
  'nowa dziewczyna',
  '(?:pierwszy raz w danii|w danii pierwszy raz)',
  'de gira',
  'solo (?:por )?(?:unos|pocos) días',
  // "Últimos días en Odense" (Spanish and Portuguese), not the last days of an offer.
  // Nor the last days before her own holiday: "Últimos días antes de mis vacaciones", nor of the
  // year: "¡Últimos días del año!", "últimos dias do ano", "antes de Año Nuevo".
  '(?:últimos|ultimos) (?:días|dias)(?! (?:de|del|da|do) (?:la |a |o )?(?:oferta|descuento|promoción|promocion|promoção|promo|precio|preço|desconto|año|ano))(?! (?:antes (?:de|del|das?|do)|before) (?:mis |las |la |minhas |as |my |the |o )?(?:vacaciones|férias|ferias|navidad|natal|holidays?|vacation|christmas|año nuevo|ano novo|fin de año|réveillon|reveillon|new year))',
  'solo (?:una|esta) semana',
  'kun i denne uge',
  'kun i (?:nogle få|få) dage',
  // "Sidste dage i Odense", not a regular's holiday notice ("sidste dage før ferien er booket",
  // "sidste dage før min juleferie", "inden vinterpausen", "inden jeg holder juleferie", "Sidste dage
  // før nytår") nor the year's ("sidste dage af året").
  'sidste dage(?! (?:før|inden) (?:ferien|min \\p{L}*(?:ferie|pause)|sommerferien|juleferien|jul|julen|påske|påsken|nytår|nytåret|årsskiftet|lukning|\\p{L}*pausen|(?:jeg|vi) (?:holder|tager|går på|skal på) \\p{L}*(?:ferie|fri|pause)))(?! (?:af|i) (?:året|20\\d\\d))',
  'sidste dag i',
  'sidste uge i',
  // The count of days left, as "last 2 days" below: "SIDSTE 2 DAGE i Fredericia", "sidste tre dage i Vejle".
  'sidste (?:\\d|to|tre|fire|få) dage i',
  'på turné',
  'på tour',
  // A tour named after the region it covers: "på Jyllandsturné", "min Danmarksturné", "Sjællandsturné uge 12".
  '(?:danmarks|jyllands|sjællands|fyns|nordjyllands|sønderjyllands|skandinavien|skandinaviens|europa)turn[ée]n?',
  // A house's touring persons: "Vores tour-piger kommer til Aalborg", "Tour girls: Aalborg man–tir".
  '(?:tour|turné) (?:piger|pige|girls?|damer|ladies)',
  'tilbage i byen',
  'kort besøg i',
  // "on a short visit to Denmark", "short trip to Aarhus" (not a session: "a short visit to my place").
  `short (?:visit|trip|stay) (?:to|in) ${PLACES}`,
  'new in (?:town|the city|city|dk|denmark)',
  'new here',
  'arrived today',
  // "just arrived", "just arive", "newly arived": the verb as broken English spells it.
  '(?:just|recently|newly|new|now) (?:arrived?|arived?|arrieved|arrivied)',
  // Also a house's plural: "New arrivals this week in Odense!" (not goods: "new arrivals of lingerie").
  'fresh arrivals?(?! of(?![\\p{L}]))',
  'new arrivals?(?! of(?![\\p{L}]))',
  // Time in the country counted short: "I am in Denmark only one month", "kun en måned i Danmark"
  // (not a yearly stay: "in Denmark two months a year").
  '(?:in|i) (?:denmark|danmark|dk) (?:only |kun |just |bare )?(?:for )?(?:one|a|1|two|2|three|3|en|et|to|tre) (?:months?|måned(?:er)?|weeks?|uger?|days?|dage)(?! (?:a|per|each|every|om|hver|pr\\.?|of the|i) (?:year|året|år)(?![\\p{L}]))',
  '(?:only|just|kun|bare) (?:one|a|1|en|et) (?:month|måned) (?:in|i) (?:denmark|danmark|dk)',
  // Nigerian Pidgin counts from the arrival: "I reach Denmark two weeks now" (I came two weeks ago).
  '(?:reach|come) (?:denmark|danmark|dk) (?:only |just )?(?:one|a|1|two|2|three|3) (?:months?|weeks?|days?) (?:now|so far|ago)',
  // A house announces who came this week: "This week's arrival is Mia", "today's arrivals: Ana and Lea"
  // (not a thing: "today's arrival of new lingerie").
  "(?:this week|this weekend|today)'s (?:new )?arrivals?(?=\\s*(?:is|are|:|–|-)\\s)",
  'new faces? (?:in|here)',
  'nyt ansigt (?:i|på)',
  // Also texted "1st": "1st time in denmark!!".
  '(?:first|1st) time in (?:denmark|dk|town|the city)',
  'only (?:a )?few days',
  'only (?:for )?(?:\\d|two|three|four|five) days',
  'few days only',
  'only this week',
  'this week only',
  // Not before her own holiday: "last days before my Christmas holiday", "before I go on vacation".
  // Also with the booking between: "Last days to book before my Christmas holiday".
  'last days(?! (?:to book )?(?:before|until) (?:my |our |i (?:go on|take) (?:my |a )?)(?:\\p{L}+ )?(?:holidays?|vacation|break))',
  'last (?:\\d|two|three|four|few) days',
  'last day in',
  'last week in',
  'on tour',
  'touring',
  'tour in denmark',
  // "Danish tour!", "Scandinavian tour", "dansk turné": a tour named after the country or region.
  '(?:danish|denmark|scandinavian|nordic|europe|european) tour',
  '(?:dansk|skandinavisk|europæisk) turné',
  // Any town of PLACES: "first week in Herning", "det er min første uge i Hillerød".
  `first (?:week|days|day|time) in (?:the city|${PLACES})`,
  // A first visit to the country or the continent: "My first visit to Europe", "first trip to
  // Scandinavia" (not one long past: "my first visit to Denmark was in 2015").
  `first (?:visit|trip|time) (?:to|in) (?:europe|scandinavia|skandinavien|the nordics|${PLACES})(?! (?:was|were|is long))`,
  `(?:første|min første) (?:uge|dage|dag) i ${PLACES}`,
  // An island or a part of the country takes "på": "Første uge på Fyn", "min første dag på Sjælland".
  '(?:første|min første) (?:uge|dage|dag) på (?:fyn|sjælland|bornholm|lolland|falster|møn|als|langeland|amager|djursland|mors)',
  'europe tour',
  'back in town',
  // Also by another's hand: "She arrived last week".
  'arrived (?:yesterday|today|this week|last week)',
  // "i just come to Denmark last week", "came to Copenhagen two days ago", "kom til Danmark i sidste uge".
  `(?:just|only) (?:come|came|arrive|arrived|arived) (?:to |in )?${PLACES}`,
  // Come from somewhere far, just now: "Ning just came from Bangkok", "just arrived from Rio" (not
  // from an errand: "just came from the gym", "just came from work").
  '(?:just|newly) (?:came|come|arrived|landed|flew in) from (?!(?:the |my |a )?(?:gym|work|job|office|shower|school|uni|university|class|training|shopping|hairdresser|spa|party|home|holiday|vacation|arbejde)(?![\\p{L}]))\\p{L}+',
  `(?:come|came|arrive|arrived|arived|kom|ankom) (?:to |in |til )?${PLACES} (?:today|i dag|last week|this week|yesterday|(?:a|one|two|three|four|five|a few|few|\\d{1,2}) (?:days?|weeks?) ago|i sidste uge|i denne uge|i går|for (?:en|et|to|tre|fire|fem|et par|få|\\d{1,2}) (?:dage?|uger?) siden)`,
  // Also the participle, of her or of a house's women: "NYE PIGER ankommet i går", "ankommen i dag".
  'ankom(?:met|men|ne)? (?:i går|i dag|i denne uge|i sidste uge)',
  'kun her (?:i|til|denne)',
  'only here (?:until|till|for|this)',
  // "Here" before "only", or no "only", with the day or holiday the stay ends: "Hun er her kun til
  // nytår", "jeg er her kun til søndag", "here until 15 december" (not hours: "her kun til kl. 22").
  'her kun (?:til|indtil|frem til) (?:nytår|nytåret|jul|julen|påske|påsken|weekenden|i morgen|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den \\d{1,2})',
  `here (?:only )?(?:until|till) (?:\\d{1,2}(?:st|nd|rd|th|\\.)? ${MONTHS}|${MONTHS} \\d{1,2}|christmas|xmas|new year|easter|the weekend|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
  // A town of PLACES with the day the stay ends: "in Aalborg till Friday then back to Paris", "in
  // Odense until tomorrow" (not an hour: "in Odense until 22").
  `in ${PLACES} (?:only )?(?:until|till) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend)`,
  // Staying with an end: "Now visiting Aarhus, staying until Sunday then I go".
  'staying (?:here |in \\p{L}+ )?(?:only )?(?:until|till) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend)',
  // Here since a day just gone: "is here in Odense since yesterday", "in Vejle since Monday" (not
  // years: "in Denmark since 2015").
  `(?:here|in ${PLACES}|here in ${PLACES}) since (?:yesterday|today|this morning|last night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
  // The date the stay ends, then "only": "now in Odense until 9 December only".
  `(?:until|till) (?:\\d{1,2}(?:st|nd|rd|th|\\.)? ${MONTHS}|${MONTHS} \\d{1,2}) only`,
  // Also the first and last day: "In Roskilde from 8 to 12 December only".
  `from \\d{1,2}(?:st|nd|rd|th|\\.)? (?:to|till|until|-|–) \\d{1,2}(?:st|nd|rd|th|\\.)? ${MONTHS} only`,
  // A town and how long she stays, as short ads write it: "in Aarhus 2 weeks", "in Vejle for 3 days
  // only" (not her week: "in Aarhus 3 days a week").
  // Also with a part of town between, and two digits: "now in Copenhagen (Amager) for 10 days".
  `in ${PLACES}(?: \\([^()]{1,30}\\))? (?:for )?(?:\\d{1,2}|one|two|three|a few|few) (?:days?|weeks?)(?! (?:a|per|every|each|of the) (?:week|month|year)(?![\\p{L}]))`,
  // A tour made longer: "tour extended!!", "turnéen er forlænget".
  '(?:tour|turné|turnéen|touren) (?:is |er )?(?:extended|forlænget)',
  'leaving (?:soon|tomorrow|denmark|on)',
  'rejser (?:snart|videre|hjem)',
  // Touring by her own word: "Jeg rejser rundt: mandag-onsdag Holbæk …", "travelling around
  // Denmark", "from city to city". Not travel for leisure ("rejser rundt i verden").
  'rejser rundt(?! i (?:verden|ferien|min fritid))',
  '(?:travel|travels|travelling|traveling) around (?:denmark|danmark|scandinavia|the country|jutland|jylland|zealand|sjælland)',
  '(?:from city to city|fra by til by)',
  'just moved to',
  // A move to another town a short while ago: "I moved from Odense to Aarhus last week", "flyttede til
  // Vejle for to uger siden" (not a new flat in her town: "moved to a new apartment last week").
  `(?:moved|flyttede|flyttet|flytter) (?:here |hertil |(?:to|til) ${PLACES} |(?:from|fra) \\p{L}+ (?:to|til) ${PLACES} )(?:last week|this week|yesterday|(?:a|one|two|three|a few|few|\\d{1,2}) (?:days?|weeks?) ago|i sidste uge|i denne uge|i går|for (?:en|et|to|tre|fire|et par|få|\\d{1,2}) (?:dage?|uger?) siden)`,
  // The town left named first: "Just moved from Nairobi to Odense".
  '(?:just|recently) moved (?:here )?from \\p{L}+ to',
  'recently moved to',
  'kun på besøg',
  'på besøg i',
  'tour ?(?:dates|plan|schedule)',
  'turnéplan',
  'my tour',
  // A tour named after its season: "My Christmas tour: Hamburg, then Copenhagen", "Jule-tour",
  // "vinterturné" (not a tour guide: "Christmas tour guide in Tivoli").
  '(?:christmas|xmas|winter|summer|spring|autumn|holiday|new year) tour(?! guide)',
  '(?:jule|vinter|sommer|forårs|efterårs|påske|nytårs) ?(?:tour|turné)(?! ?guide)',
  'min turné',
  '(?:in|i) (?:denmark|danmark|dk) for (?:the )?(?:first|første) (?:time|gang)',
  // The same in a town of PLACES: "now in Odense for the first time", "er i Vejle for første gang".
  `(?:in|i) ${PLACES} for (?:the )?(?:first|første) (?:time|gang)`,
  'for første gang i (?:danmark|dk)',
  `(?:nye? i|new in|(?:first|1st) time in|første gang i) ${PLACES}`,
  // The same in the languages of touring workers and their clients: Spanish, Portuguese, Italian,
  // French, German, Polish, Swedish, Romanian.
  'reci[eé]n llegadas?',
  // Swedish and Norwegian: "första gången i Danmark", "bara några dagar", "siste dager i".
  'f[öo]rsta g[åa]ngen i (?:danmark|k[öo]penhamn|byn|stan)',
  'f[øo]rste gang i (?:danmark|k[øo]benhavn|byen)',
  'bara (?:några|ett par|\\d{1,2}) dagar',
  'bare (?:noen|et par|\\d{1,2}) dager',
  'siste dag(?:er)? i',
  'sista dag(?:arna)? i',
  'p[åa] bes[öø]k i',
  // Spanish and Portuguese: "Solo 3 días en Copenhague", "chegou ontem".
  's[óo]lo (?:\\d{1,2}|dos|tres|cuatro|unos|pocos) d[íi]as',
  's[óo] (?:\\d{1,2}|dois|três|tres|alguns|poucos) dias',
  // Arrived a short while ago: "Llegué la semana pasada a Dinamarca", "cheguei há três dias".
  'cheg(?:ou|uei) (?:ontem|hoje|esta semana|(?:na )?semana passada|há (?:\\d{1,2}|dois|três|tres|poucos) dias)',
  'lleg(?:ó|ue|ué) (?:ayer|hoy|esta semana|la semana pasada|hace (?:\\d{1,2}|dos|tres|pocos|unos) días)',
  // French: "seulement 4 jours", "arrivée hier".
  'seulement (?:\\d{1,2}|deux|trois|quatre|cinq|quelques) (?:jours|nuits)',
  "arriv[ée]e? (?:hier|aujourd'hui|cette semaine)",
  // The town between: "arrivée à Aarhus hier", "arrivé à Odense il y a trois jours"; a house's
  // "Nouvelle arrivée: Fatim"; a stay with an end: "seulement cette semaine", "pour quelques jours
  // seulement".
  "arriv[ée]e? (?:à|a|au|en) \\p{L}+ (?:hier|aujourd'hui|cette semaine|la semaine dernière|il y a (?:\\d{1,2}|deux|trois|quelques) jours)",
  'nouvelles? arrivées?',
  'seulement cette semaine',
  'cette semaine seulement',
  'quelques jours seulement',
  'nuev[ao]s? en (?:la ciudad|dinamarca|copenhague)',
  // First time in Denmark, Spanish and Portuguese: "primera vez en Dinamarca", "primeira vez na
  // Dinamarca", "pela primeira vez em Aarhus".
  `primera vez en (?:dinamarca|copenhague|la ciudad|${PLACES})`,
  `primeira vez (?:na|em) (?:dinamarca|copenhaga|cidade|${PLACES})`,
  // German: here for a few days only, "erst seit drei Tagen in Kopenhagen", "seit gestern in Aarhus"
  // (not "seit vielen Jahren in Sønderborg").
  '(?:erst )?seit (?:gestern|vorgestern|kurzem|einem tag|\\d{1,2} tagen|zwei tagen|drei tagen|vier tagen|fünf tagen|ein paar tagen|wenigen tagen) (?:hier|in)',
  'erst seit (?:einer woche|\\d wochen|zwei wochen) (?:hier|in)',
  // Hungarian "új Koppenhágában" (new in Copenhagen), "új a városban" (new in town): a place in
  // the "-ban/-ben" (in) case after "új" (not "új lakásban", a new flat).
  `új (?:a városban|dániában|koppenhágában|(?:${PLACES}|odensé|vejlé|køgé)-?(?:ban|ben))`,
  'rec[eé]m chegada',
  'novas? na cidade',
  // "Sou nova aqui", "soy nueva aquí": as "new here".
  'nov[ao]s? (?:aqui|por aqui)(?! (?:em|en|no|na) )',
  'nuev[ao]s? (?:aquí|aqui|por aquí|por aqui)(?! (?:em|en) )',
  // A stay of this week only: "Estou em Aarhus só esta semana", "solo esta semana en Vejle".
  's[óo](?:lo)? esta semana',
  'esta semana s[óo](?:lo)?(?![\\p{L}])',
  'nuova (?:in citt[aà]|in danimarca|a copenaghen)',
  'nouvelle (?:en ville|au danemark|[aà] copenhague)',
  'neu in (?:der stadt|d[aä]nemark|kopenhagen)',
  'nowa w (?:mie[sś]cie|danii|kopenhadze)',
  'ny i stan',
  'nyss anl[aä]nd',
  'nyanl[aä]nd',
  // Also a house's plural: "proaspăt sosite" (freshly arrived, of several women).
  'proasp[aă]t sosit(?:[aăe]|ă)?',
  // Romanian first time and new in town: "Prima dată în Danemarca!", "prima oară în Aarhus", "nouă în oraș".
  `prima (?:dată|data|oară|oara) (?:în|in) (?:danemarca|copenhaga|oraș|oras|${PLACES.slice(3, -1)})`,
  'nou[aă] (?:în|in) (?:oraș|oras|danemarca)',
  // A stay of a few days in Polish, Czech/Slovak, German and Lithuanian: "tylko kilka dni", "iba 3
  // dni", "jen pár dní", "nur 3 Tage", "tik 3 dienas".
  // Romanian: "doar câteva zile" (only a few days), "doar 5 zile"; not the days of her week ("doar 3
  // zile pe săptămână").
  'doar (?:câteva|cateva|\\d{1,2}|două|doua|trei|patru|cinci) zile(?! (?:pe|din|pr|ale) )',
  'tylko (?:kilka|parę|\\d{1,2}|dwa|trzy|cztery|pięć) dni',
  '(?:iba|len|jen|jenom|pouze) (?:\\d{1,2}|pár|niekoľko|několik|dva|tri|tři|štyri|čtyři) (?:dni|dní|dny)',
  // Serbo-Croatian in Latin and Cyrillic letters: "Nova u gradu" (new in town), "nova u Odense",
  // "prvi put u Danskoj" (first time in Denmark), "samo nekoliko dana" (only a few days), "samo ovaj
  // tjedan" (only this week), "на турнеји" (on tour); Czech and Slovak "nová v Dánsku", "poprvé v
  // Dánsku".
  `nov[aei] u (?:gradu|danskoj|kopenhagenu|${PLACES})`,
  'нов[аеи] у (?:граду|данској)',
  '(?:po )?prvi put u (?:danskoj|gradu|kopenhagenu)',
  '(?:по )?први пут у (?:данској|граду)',
  'samo (?:nekoliko|par|\\d{1,2}|dva|tri|četiri|pet) dana',
  'само (?:неколико|пар|\\d{1,2}|два|три) дана',
  'samo (?:ovaj|ovu|ovog) (?:tjedan|tjedna|nedelju|nedjelju|sedmicu|vikend)',
  'само (?:ову|овај) (?:недељу|седмицу|викенд)',
  '(?:na|на) (?:turneji|турнеји)',
  'nov[áé] v (?:dánsku|meste|městě)',
  '(?:poprvé|prvýkrát|prvykrat) v dánsku',
  'nur (?:noch )?(?:\\d{1,2}|zwei|drei|vier|fünf|wenige|ein paar) tage',
  'tik (?:\\d{1,2}|kelias|dvi|tris) dienas',
  // A stay with an end in the neighbours' and visitors' languages: "bare denne uken", "solo hasta el
  // domingo", "3 days only", "acabou de chegar"; and on a named tour ("on our VIP tour").
  '(?:bare|kun) denne uken',
  'bara denna vecka',
  'nur diese woche',
  'only until',
  // A hotel stay with an end: "in a Copenhagen hotel till sunday", "at the hotel until Friday",
  // "på hotel indtil søndag" (not a time of day: "hotel until 22").
  'hotel (?:until|till|til) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend)',
  'hotel (?:indtil|til) (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i morgen|weekenden)',
  // "till" for "until", before a day: "only till Sunday", "only til tomorrow" (not "only till 22").
  '(?:only|just) (?:till|til) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend)',
  // A stay said to be short by denying a long one: "not here for long", "ikke her så længe".
  '(?:not|never) here (?:for )?(?:long|very long)(?! (?:chats?|talks?|conversations?|messages?|texts?|sms|calls?|discussions?)(?![\\p{L}]))',
  'ikke her (?:så |særlig |ret )?længe',
  // Going back after the stay: "then I go back home", "then she flies back home".
  '(?:then|and then) (?:i|she) (?:go|goes|fly|flies|travel|travels) back home',
  // Moving on after a short stay: "5 dage, så rejser jeg videre", "5 days and then they are gone".
  'rejser (?:jeg|hun|vi|de) videre',
  "then (?:i am|i'm|she is|she's|they are|they're|we are|we're) (?:gone|leaving|off|moving on)",
  'then i (?:travel|move) on',
  's[oó]lo hasta',
  '(?:for )?(?:\\d|two|three|four|five) days only',
  'on (?:our|my|her) (?:\\p{L}+ )?tour',
  'acab(?:ou|ei) de chegar',
  'acab(?:o|a) de llegar',
  // Italian: "appena arrivata ad Aalborg", "solo per pochi giorni", "solo questa settimana", "ultimi
  // giorni a Odense" (not an offer's: "ultimi giorni di sconto").
  'appena arrivat[ae]',
  // With "solo" only: "chiuso per 3 giorni" is her break.
  'solo (?:per )?(?:pochi|\\d{1,2}|due|tre|quattro|cinque) giorni',
  'solo (?:questa|una) settimana',
  'ultimi giorni(?! (?:di|della|dello|del) (?:sconto|offerta|promozione|promo))',
  // Greek: "Μόλις ήρθα στο Aalborg" (I just came), "μόλις έφτασα" (just arrived), "μόνο για μία
  // εβδομάδα" (only for one week), "για λίγες μέρες" (for a few days).
  'μόλις (?:ήρθα|ήρθε|έφτασα|έφτασε|ήρθαμε)',
  'μόνο για (?:μία|μια|μιά|λίγες|\\d{1,2}|δύο|τρεις) (?:εβδομάδα|εβδομάδες|μέρες|ημέρες|μέρα)',
  'για λίγες (?:μέρες|ημέρες)',
  // "Hun er ny og taler kun kinesisk", "she is new here": new at the place (not "new to this", nor
  // "she is new girl from Romania", which says where she is from).
  '(?:hun|she) (?:er|is) (?:helt |brand )?(?:ny|new)(?=\\s*(?:[.,!;]|og |and |her|here|hos os|i byen|in town|$))',
  // Russian and Ukrainian: "Новенькая в городе", "только приехала", "впервые в Дании".
  'новенькая',
  'новая в городе',
  // Also of a house's women, plural: "Только приехали" (just arrived), "только что приехала".
  'только (?:что )?приехал[аи]',
  'впервые в',
  // "Первый раз в Дании" (first time in Denmark), also in a Danish town ("в Копенгагене"); not "первый
  // раз в жизни" (first time in my life). A stay of a week or a few days: "только на одну неделю".
  'первый раз в (?:дании|данию|городе|копенгагене|орхусе|оденсе|ольборге)',
  'только на (?:одну |эту |1 |две |2 |три |3 |несколько |пару )?(?:неделю|недели|дня|дней|ночи|ночей)',
  // The last days of a stay or a tour: "последние 2 дня в Ольборге", "Тур по Скандинавии" (not
  // an offer's: "последние дни акции").
  'последние (?:\\d |два |три |несколько )?(?:дня|дней|дни)(?! (?:акции|скидки|скидок|распродажи))',
  'тур по (?:скандинавии|европе|дании)',
  // The same in Latin letters, as Russian ads transliterate them: "Vpervye v Aalborge", "Poka v
  // Aarhus tol'ko 5 dney", "tol'ko odnu nedelyu", "poslednie 2 dnya", "Tur po Skandinavii",
  // "tol'ko priekhala"; not the days of her week ("tol'ko 3 dnya v nedelyu") nor "vpervye v zhizni"
  // (for the first time in my life).
  'vperv(?:y|yy|yj)e v(?! zhizni)',
  "noven'?kaya",
  "tol'?ko (?:chto )?priekhal[ai]",
  'pervyy raz v (?:danii|daniyu|gorode|kopengagene|orkhuse|odense|olborge)',
  "tol'?ko na (?:odnu |etu |\\d{1,2} |dve |dva |tri |neskol'?ko |paru )?(?:nedelyu|nedeli|dnya|dney|dnej)",
  "tol'?ko (?:odnu |etu |\\d{1,2} |dve |dva |tri |neskol'?ko |paru )(?:nedelyu|nedeli|dnya|dney|dnej|nochi|nochey)(?! v (?:nedelyu|mesyats))",
  "poslednie (?:\\d |dva |tri |neskol'?ko )?(?:dnya|dney|dni)(?! (?:aktsii|skidki|skidok))",
  'tur po (?:skandinavii|evrope|yevrope|danii)',
  // Ukrainian "Вперше в Данії" (for the first time in Denmark).
  'вперше в',
  'новенька',
  'нова в місті',
  'щойно приїхал[аи]',
  // Just arrived in Bulgarian, Romanian, Albanian, Polish and Czech: "току-що пристигнах", "abia am
  // sosit", "e sapoardhur", "dopiero przyjechałam", "právě jsem přijela".
  'току що пристигна(?:х|ла)?',
  // Romanian and Polish also of her and of a house's women: "abia sosite" (just arrived, plural),
  // "Ola i Magda dopiero przyjechały", "właśnie przyjechała".
  'abia (?:am |a |au )?sosit(?:[aăei]|ă)?',
  'sapoardhur[ae]?',
  '(?:dopiero|właśnie|niedawno) przyjecha(?:łam|ła|ły|łyśmy|li)',
  // Hungarian: "Új a városban" (new in town), "új vagyok itt", "most érkeztem" (I just came;
  // not "most érkeztem haza", home), "először Dániában" (first time in Denmark), "csak egy hétig
  // maradok" (I stay only a week).
  'új (?:vagyok )?a városban',
  'új vagyok (?:itt|dániában|koppenhágában)',
  '(?:most|éppen|épp|frissen) érkez(?:tem|tünk|ett|tek)(?! haza)',
  'először (?:vagyok )?(?:dániában|koppenhágában|a városban)',
  'csak (?:egy|két|három|négy|öt|pár|néhány|\\d{1,2}) (?:napig|hétig|éjszakára|napra|hétre)',
  'právě (?:jsem )?přijela',
  // Broken English keeps the verb bare: "just land in Copenhagen", "just arrive".
  // Also where she flew from: "all just land from Manila"; Pidgin "reach" (arrive) the same way:
  // "I just reach from Milan".
  '(?:just|only) (?:land|reach) (?:in|to|at|from)',
  `(?:just|only) (?:land|landed) ${PLACES}`,
  // Pidgin "small time" (a short while): "only here small time", "I dey here small time".
  '(?:only|just) (?:here |dey here |for here )?small time',
  // A short stay: "staying only 6 nights"; broken English keeps the noun singular: "stay 3 day only".
  // The town may come between, without "in" as broken English drops it: "stay Odense only 10 days".
  `stay (?:here |(?:in )?${PLACES} )?(?:only )?(?:\\d{1,2}|one|two|three|four|five) (?:days?|nights?)(?: only)?(?! (?:a|per|every|each|om) )`,
  // The stay bounded by this month: "I stay in Næstved this month only", "kun i Vejle denne måned"
  // (not an offer: "rabat kun denne måned" names no town).
  `(?:stay|staying|here|work|working) (?:in ${PLACES} )?(?:only this month|this month only)`,
  `(?:kun|bare) i ${PLACES} (?:i )?denne måned`,
  // A few days in a town, the stay told after it: "Back in Esbjerg 🙋‍♀️ for few days", "here for a
  // few days only" (not a break: "closed for a few days").
  `(?:here|in ${PLACES}) (?:[^\\p{L}\\p{N}\\s]+ )?(?:only )?for (?:a |only (?:a )?)?few days`,
  // A short while, as broken English says it: "Working in Esbjerg short time", "stay here only short
  // time" (not the session "short time 30 min", which no verb and place come before).
  `(?:work|working|stay|staying) (?:in ${PLACES} |here )(?:only )?(?:for )?(?:a )?short time`,
  // The coming days counted: "Pigen er kun i Vejle de næste 3 dage", "only in Aarhus the next few days".
  `(?:kun|bare) i ${PLACES} (?:de )?(?:næste|kommende) (?:\\d{1,2}|to|tre|fire|fem|seks|syv|få|par) dage`,
  `only in ${PLACES} (?:for )?the (?:next|coming) (?:\\d{1,2}|two|three|four|five|few) days`,
  '(?:only|kun) (?:\\d{1,2}|two|three|four|five|six|seven|to|tre|fire|fem|seks|syv) (?:nights|nætter)',
  // New persons at the venue now: "Vi har fået nye asiatiske damer ind denne uge", "new girls this week".
  // Not a rotation: "Vi får nye piger hver uge" (rotating-workers).
  '(?:har fået|fik|får) nye (?:\\p{L}+ ){0,2}(?:piger|damer|massøser|kvinder)(?! (?:hver|every|each|løbende|jævnligt|hele tiden))',
  '(?:new|nye) (?:\\p{L}+ ){0,2}(?:girls|ladies|masseuses|piger|damer|massøser)(?: \\p{L}+){0,2} (?:this week|denne uge|today|i dag|fra i dag)',
  // A named newcomer announced: "New girl arriving this week: Luciana" (not "arriving every week").
  '(?:new )?(?:girl|lady|masseuse) (?:is )?arriving (?:this week|today|tomorrow|next week|on)',
  // German: "Frisch angekommen", "gerade erst angekommen in Aarhus", "neue Girls diese Woche" (not
  // "jede Woche neue Mädchen", a rotation).
  '(?:frisch|gerade|soeben|eben|neu) (?:erst )?angekommen',
  '(?:neue|neuen) (?:\\p{L}+ ){0,2}(?:mädchen|girls|damen|ladies|masseurinnen)(?: \\p{L}+){0,2} (?:diese woche|heute|ab heute)',
]);

/**
 * A stay for a season or an event: "Kun i påsken!", "in Roskilde only festival week", "we bring 4
 * extra girls only for the festival". Not an offer ("Julerabat kun i julen") nor opening times
 * ("kun i julen åbent om aftenen").
 */
const seasonStay = compileTerms([
  '(?:kun|only) (?:i |in |for |during |the )?(?:påsken|julen|julen og nytåret|festivalugen|festival week|the festival|festivalen|messen|the fair)',
  // "Only" after the season: "in Copenhagen for the Christmas season only", "kun i julesæsonen".
  '(?:for|during) the (?:christmas|holiday|festive|festival|summer) (?:season|weeks?|period) only',
  'kun i (?:julesæsonen|juleugerne|sommerugerne)',
  // An event named before the week: "in Copenhagen only for the Vinterjazz festival week", "kun i
  // Roskilde-festivalugen" is above.
  '(?:only|kun) (?:for|during|i|under) (?:the )?(?:\\p{L}+ ){1,2}(?:festival|festival week|festivalugen|fair|messen|conference|kongressen)',
]);
const SEASON_OFFER_BEFORE = /(?:rabat|tilbud|discount|offer|pris|price|sale|udsalg)\p{L}*[^.!?\n]{0,24}$/iu;
const OPEN_AFTER =
  /^\s*(?:er |is )?(?:åben|åbent|open|lukket|closed|har jeg åbent|holder jeg åbent)(?![\p{L}])/iu;

function aSeasonStay(ctx: MatchContext): boolean {
  return (
    notAQuestion(ctx) &&
    !anOffersEnd(ctx) &&
    !SEASON_OFFER_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) &&
    !OPEN_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))
  );
}

/**
 * Arrivals and short stays that also fit a client ("Just landed in Copenhagen? I do outcall to the
 * airport hotels", "Er du på gennemrejse?"): they count only when the sentence is no question and
 * the clause does not speak to the client.
 */
const passing = compileTerms([
  // "Just landed in Denmark", "lige landet i Aarhus"
  'just landed(?: in \\p{L}+)?',
  'lige landet(?: i \\p{L}+)?',
  // Subordinate word order: "Irina, som lige er landet i Danmark".
  'lige er landet(?: i \\p{L}+)?',
  // A visit bounded by an occasion or a span: "visiting for Easter week only", "visiting for a few
  // days" (not "visiting for fun").
  'visiting (?:here )?for (?:the |a |one |this |two |2 |three |3 |a few |few )?(?:\\p{L}+ )?(?:week|weekend|days|nights)(?: only)?',
  `landed in ${PLACES}`,
  'på gennemrejse(?: i \\p{L}+)?',
  // New at the venue, as "ny på stedet" ("Sofia er ny hos os"); "Er du ny hos os?" is the client.
  'ny hos os',
  // The same in an agency's English: "She is new at our place", "this lady is brand new in our studio"
  // (she or a woman the subject: "the sauna is new at our place" is no woman).
  "(?:she|they|who|girl|lady|model|masseuse) (?:is|are|'s) (?:brand |completely |totally )?new (?:at|in|to) our (?:place|house|salon|clinic|studio|apartment|flat|agency|team|club)",
  // Swedish and Norwegian: "Sofia är ny hos oss!" ("Är du ny hos oss?" is the client).
  'ny hos oss',
  // German: "Neu bei uns im Haus: Vanessa" ("Bist du neu bei uns?" is the client).
  'neu bei uns',
  // The same in an agency's English: "Ella just joined Sapphire Models this week", "she has just
  // joined our agency" (not a website or a gym: "I just joined this site").
  '(?:just|recently|newly) joined (?:us|our (?:agency|team|roster|house|club|ladies|girls|models)|the (?:agency|team|roster)|\\p{L}+ (?:models|escorts?|companions|agency))(?![\\p{L}])',
  // broken English: "come Denmark first time", "first time come to Denmark"
  // Also said of her by a house: "Our model Isadora visits Denmark for the first time!".
  `(?:come|came|coming|arrive|arrived|visit|visits|visiting) (?:to |in )?${PLACES} (?:for )?(?:the )?first time`,
  // "spending my winter break in Denmark – first time here!", "første gang her i byen" (not the
  // client's: "If it is your first time here, relax", "Første gang her? Velkommen").
  'first time here',
  'første gang her',
  // With the subject between: "First time I come to Danmark".
  `first time (?:i |she |we )?(?:come|came|coming|visit|visiting) (?:to |in )?${PLACES}`,
]);

/** "Passing through Aarhus", "in Odense this weekend only": a place must follow (capitalised). */
const passingPlace = compileTerms([
  'passing through \\p{L}+',
  '(?:in|i) \\p{L}+ (?:this weekend only|only this weekend|kun denne weekend|denne weekend kun)',
  // A visit with an end or dates: "visiting Odense 12-14 December only", "besøger Vejle kun til søndag".
  // Also from a weekday or a date: "visiting Aarhus from Tuesday to Thursday only", "visiting Odense
  // from 12 to 15 March"; a day and its month, short too: "visiting Copenhagen 29 Dec – 2 Jan only".
  'visiting \\p{L}+ (?:(?:this|next) (?:week|weekend)|only|until|till|on \\d{1,2}|\\d{1,2}(?:\\.|\\s?[/–-]\\s?\\d{1,2}|\\.? (?:jan|feb|mar|apr|may|maj|jun|jul|aug|sep|sept|oct|okt|nov|dec)(?![\\p{L}])|\\.? (?:january|february|march|april|june|july|august|september|october|november|december|januar|februar|marts|juni|juli|oktober))|from (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}(?:st|nd|rd|th|\\.)?(?!\\d)))',
  // The plain verb, as a house or broken English writes it: "Our girls visit Herning only this
  // weekend", "she visits Vejle next week" (not a bare "only": "tourists visit Odense only in summer").
  'visits? \\p{L}+ (?:only )?(?:(?:this|next) (?:week|weekend)|until|till)',
  // Also with the subject after the verb: "i weekenden besøger jeg Vejle kun til søndag".
  '(?:besøger|besøker|besöker) (?:jeg |hun |vi )?\\p{L}+ (?:kun|indtil|til|den \\d{1,2}|\\d{1,2}(?:\\.|\\s?[/–-]\\s?\\d{1,2}))',
  // The visit's length: "besøger Herning i tre dage", "besøger jeg Vejle i en uge".
  '(?:besøger|besøker|besöker) (?:jeg |hun |vi )?\\p{L}+ i (?:en|et|to|tre|fire|fem|få|et par|\\d{1,2}) (?:dage|døgn|dager|dagar|nætter|uger?)(?![\\p{L}])',
]);

/**
 * A short stay named before the place: "only this weekend in Copenhagen", "Denne weekend også i
 * Hjørring", "kun denne uge i Vejle". The place must be capitalised ("Tilbud kun denne weekend" is
 * an offer).
 */
const stayThenPlace = compileTerms([
  '(?:only this (?:weekend|week)|this (?:weekend|week) only|this weekend also|also this weekend|kun denne (?:weekend|uge)|denne (?:weekend|uge) (?:kun|også)|også denne weekend) (?:in|i) \\p{L}+',
  // The stay's length: "only one week in Copenhagen", "kun tre dage i Aalborg" (not a month: "only
  // two weeks in July" is when she works).
  `(?:only|kun) (?:one|two|three|four|five|a few|few|\\d{1,2}|en|et|to|tre|fire|fem|få|et par) (?:days?|nights?|weeks?|dage|døgn|nætter|uger?) (?:in|i) (?!${MONTHS}(?![\\p{L}]))\\p{L}+`,
  // The same in Norwegian, Swedish, German and Dutch: "Kun noen dager i Hirtshals", "bara några
  // dagar i Malmö", "nur ein paar Tage in Aarhus", "(maar) een paar weken in Aarhus". Not "kun noen
  // dager i uken" (no place).
  `(?:noen|et par|några|ett par|ein paar|wenige|een paar|enkele) (?:dager|uker|netter|dagar|veckor|nätter|tage|wochen|nächte|dagen|weken|nachten) (?:i|in) (?!${MONTHS}(?![\\p{L}]))\\p{L}+`,
  `(?:kun|bare|bara|nur|maar|slechts|alleen) (?:\\d{1,2}|to|tre|fire|fem|två|zwei|drei|vier|fünf|twee|drie|vijf) (?:dager|uker|netter|dagar|veckor|nätter|tage|wochen|nächte|dagen|weken|nachten) (?:i|in) (?!${MONTHS}(?![\\p{L}]))\\p{L}+`,
  // This week or weekend at a place, in German, Dutch, Swedish and Norwegian: "Diese Woche in Vejle",
  // "deze week in Odense", "denna vecka i Malmö", "denne uken i Aalborg".
  '(?:diese woche|dieses wochenende|deze week|dit weekend|denna vecka|denna helg|denne uken|denne helgen) (?:in|i) \\p{L}+',
  // A short while before the place, as broken English says it: "Only short time in Herning", "kun
  // kort tid i Vejle" (not a session: "only short time in the evening" names no place).
  '(?:only|just|kun|bare) (?:for )?(?:a )?(?:short time|kort tid) (?:in|i|here in|her i) \\p{L}+',
]);

/**
 * The place, then the stay's length: "er kun i Sønderborg 3 dage", "only in Odense for two days",
 * "kun i Aalborg i en uge". The place must be capitalised (see placeFirst): "kun i weekenden 2 dage"
 * names no place.
 */
const placeThenStay = compileTerms([
  // Also "now" before the place: "nu i Aalborg 3 dage", "now in Vejle for 2 days".
  `(?:kun|only|bare|nu|now) (?:her )?(?:i|in) \\p{L}+ (?:i |in |for )?(?:one|two|three|four|five|a few|few|\\d{1,2}|en|et|to|tre|fire|fem|få|et par) (?:days?|nights?|weeks?|dage|døgn|nætter|uger?)(?![\\p{L}])`,
  // A short stay at the place, as broken English says it: "in Copenhagen for short time", "in Vejle
  // only for a short time" (not a short session: "short time meetings").
  '(?:i|in) \\p{L}+ (?:only |just )?for (?:a )?short time(?! (?:meetings?|dates?|sessions?|visits?|booking))',
  // A short visit at the place: "In Kolding for a short visit, 5-8 December", "i Vejle på et kort
  // besøg" (not a session at her place: "a short visit to my place").
  '(?:i|in) \\p{L}+ (?:for|on) a short (?:visit|stay|trip)',
  '(?:i|in) \\p{L}+ på (?:et )?kort(?:t)? (?:besøg|ophold)',
  // Only been here so long: "har kun været i Danmark en uge", "only been in Denmark for a few days"
  // (not years: "kun været i Danmark i 2 år" is no count of days or weeks).
  `(?:kun|only|just) (?:været|been) (?:i|in) \\p{L}+ (?:i |in |for )?(?:one|two|three|a|a few|few|\\d{1,2}|en|et|to|tre|få|et par) (?:days?|weeks?|dage|døgn|uger?)(?![\\p{L}])`,
  // The week as the stay, the place first: "in Aarhus for the week only", "in Vejle for this week"
  // (not "for the weekend", nor "3 times a week": a word must not follow "week").
  '(?:in|i) \\p{L}+ for (?:the|this) week(?![\\p{L}])',
  // The same in Spanish and Portuguese: "estoy en Kolding por una semana", "em Vejle por uns dias".
  '(?:en|em) \\p{L}+ (?:solo |sólo |só )?por (?:una|uma|esta|\\d{1,2}|dos|tres|três|unos|uns|pocos|poucos|algunos|alguns) (?:semanas?|días|dias|noches|noites)(?![\\p{L}])',
  // "only" after the length: "in Esbjerg one week only", "i Vejle tre dage kun".
  `(?:i|in) \\p{L}+ (?:i |in |for )?(?:one|two|three|four|five|a few|few|\\d{1,2}|en|et|to|tre|fire|fem|få|et par) (?:days?|nights?|weeks?|dage|døgn|nætter|uger?) (?:only|kun)(?![\\p{L}])`,
]);

/**
 * A Danish town, then a stay of days without "only": "Kira, 27, in Randers for 4 days", "jeg er i
 * Vejle i 3 dage". The town must be one findCities knows (see townAfterIn): "in Spain for 10 days"
 * is her own holiday away.
 */
const townForDays = compileTerms([
  '(?:in \\p{L}+ for|i \\p{L}+ i) (?:one|two|three|four|five|a few|few|\\d{1,2}|en|et|to|tre|fire|fem|få|et par) (?:days|nights|dage|døgn|nætter)',
]);

function townAfterIn(ctx: MatchContext): boolean {
  const m = /^(?:i|in)\s(\p{L}+)/iu.exec(ctx.matched);
  if (!m) return false;
  const word = m[0].length - m[1]!.length;
  if (
    !placeAt(ctx.text, ctx.start + word, m[1]!) ||
    EVERY_WEEK_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16))
  )
    return false;
  // From the preposition, so that a town whose name is also a word ("Greve") is read as a town.
  return findCities(ctx.text.slice(ctx.start, ctx.start + m[0].length + 12)).some((c) => c.start === word);
}

/** "3 dage om ugen", "2 days a week": a weekly schedule after the stay's length. */
const EVERY_WEEK_AFTER =
  /^\s*(?:om|a|per|pr\.?|hver|every|i|each|the) ?(?:ugen|week|uge|måneden|month|måned)(?![\p{L}])/iu;

/**
 * Whether the word after "i"/"in" (Spanish and Portuguese "en"/"em") of a match is a capitalised
 * place (not a month or a time word).
 */
function placeFirst(ctx: MatchContext): boolean {
  const m = /(?:^|\s)(?:i|in|en|em)\s(\p{L}+)/iu.exec(ctx.matched);
  if (!m) return false;
  const at = ctx.start + m.index + m[0].length - m[1]!.length;
  if (!placeAt(ctx.text, at, m[1]!) || MONTH_WORD.test(m[1]!)) return false;
  // "kun i Odense 3 dage om ugen": her week, not a stay.
  return !EVERY_WEEK_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16));
}

/**
 * A stay announced with its dates: "I'll be in Copenhagen 5–7 Sept only", "she will be in Aarhus
 * 3.-5. december", "Jeg kommer til Odense 12/3–14/3". The place must be capitalised and dates (day
 * and month, see `DATES`) must follow, so opening hours ("in Aarhus 10-22") are not read.
 */
// Also "Staying in Herning 15-18 December".
const datedStay = compileTerms([
  'be (?:in|visiting) \\p{L}+',
  '(?:kommer|kommet) til \\p{L}+',
  '(?:staying|stay) in \\p{L}+',
]);
/** The future before "be": "I'll", "she will", "we shall". */
const WILL_BEFORE = /(?:(?<![\p{L}])will|(?<![\p{L}])shall|['’]ll)\s+$/iu;

function datesFollow(ctx: MatchContext): boolean {
  if (/^be /iu.test(ctx.matched) && !WILL_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)))
    return false;
  return placeLast(ctx) && DATES.test(ctx.text.slice(ctx.end, ctx.end + 40));
}

function placeLast(ctx: MatchContext): boolean {
  const word = /(\p{L}+)$/u.exec(ctx.matched)?.[1] ?? '';
  return placeAt(ctx.text, ctx.end - word.length, word);
}

/** Whether `word`, written at `at` in the text, is capitalised as a place is, and no word of notPlaces. */
function placeAt(text: string, at: number, word: string): boolean {
  return word !== '' && /^\p{Lu}/u.test(text.slice(at, at + 2)) && !notPlaces.has(word.toLowerCase());
}

/**
 * Back in a town for dates with an end: "Back in Copenhagen 20–23 December only", "tilbage i Vejle
 * 3.-5. marts". A single date is her return from a break ("Back in Vejle 3 January after my
 * holiday"), so the dates must be a range.
 */
const backForDates = compileTerms(['back in \\p{L}+', 'tilbage i \\p{L}+']);

function rangeFollows(ctx: MatchContext): boolean {
  const dates = DATES.exec(ctx.text.slice(ctx.end, ctx.end + 40));
  return dates !== null && /[-–—]/u.test(dates[0]) && placeLast(ctx);
}

/**
 * A stay of a few dated days: "Kun 14.-17. december", "only 3-5 March", "nur 12.–14.11.", "kun
 * 2/12–4/12" (at most ten days, so "kun 1.-31. juli" is a month's schedule). Not a closing ("Lukket
 * kun 24.-26. december", "kun 27.-29. dec lukket") nor an offer ("Tilbud kun 14.-17. december").
 */
const onlyDates = compileTerms([
  '(?:kun|only|nur|solo|sólo|só|tylko|doar)(?= (?:d\\. |den |fra |from |vom |del )?\\d)',
]);
const DATED_DAYS = /^\D*?(\d{1,2})(?:[./]\d{1,2})?\.?\s?[-–—]\s?(\d{1,2})/u;
const CLOSED_AFTER =
  /^[^.!?\n]{0,12}?(?<![\p{L}])(?:lukket|closed|geschlossen|ferie|fri|off|holiday|cerrado|fechado)(?![\p{L}])/iu;

function fewDatedDays(ctx: MatchContext): boolean {
  const after = ctx.text.slice(ctx.end, ctx.end + 40);
  const dates = DATES.exec(after);
  if (dates === null || !/[-–—]/u.test(dates[0])) return false;
  const days = DATED_DAYS.exec(dates[0]);
  if (days === null) return false;
  const span = (Number(days[2]) - Number(days[1]) + 31) % 31;
  return (
    span <= 10 &&
    !CLOSED_AFTER.test(after.slice(dates[0].length)) &&
    !CLOSED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start)) &&
    !anOffersEnd(ctx)
  );
}

/**
 * "Ny thai pige i Randers", "Ny thai pige hos Lotus Massage", "new sweet girl in town": a new person presented at a place
 * (singular), or announced as news ("Ny pige! Nan, 22 år", "New girl from Romania").
 */
const newPerson = compileTerms([
  'ny (?:[\\p{L}]+ ){0,2}(?:pige|dame|kvinde|massøse|massør|escort)(?=(?: på \\d{2} år)? (?:i|hos|på) )',
  'new (?:[\\p{L}]+ ){0,2}(?:girl|lady|woman|escort|masseuse)(?! every)(?=\\s(?:in|here|at)\\b)',
  // Announced as news, with an exclamation, a name and age or an origin: "Ny pige! Nan, 22 år",
  // "New girl Ruby, 25", "New lady from China!" (new at the place). Not a rotation ("new girl every
  // week"), which rotating-workers reads, also with her origin between: "new lady from Udon every
  // month", "ny pige fra Thailand hver uge".
  'ny (?:[\\p{L}]+ )?(?:pige|dame|massøse)(?=\\s?!|\\s\\p{L}+\\s?[,(]\\s?\\d| fra (?!\\p{L}+(?: \\p{L}+)? hver ))',
  'new (?:[\\p{L}]+ )?(?:girl|lady|masseuse)(?=\\s?!|\\s\\p{L}+\\s?[,(]\\s?\\d| from (?!\\p{L}+(?: \\p{L}+)? (?:every|each) ))',
  // The house's newcomer, definite or possessive, with her name and age or origin: "Vores nye pige
  // Sara, 24 år", "den nye massøse fra Thailand", "our new model Lea (22)", "our new Latvian companion
  // Ilze from Riga". Not a new photo or dress ("vores nye billeder").
  '(?:vores|den) nye (?:[\\p{L}]+ )?(?:pige|dame|massøse|kvinde|model|escort)(?=\\s\\p{L}+\\s?[,(]\\s?\\d| fra )',
  'our new (?:[\\p{L}]+ ){0,2}(?:girl|lady|masseuse|model|companion|escort)(?=\\s\\p{L}+\\s?[,(]\\s?\\d| from )',
]);

/**
 * The house's newcomer named by her origin instead of a word for a person: "Meet our new Filipina
 * Joy, she is 26", "vores nye thai Mai (24)": her age or origin follows, and the word is a demonym
 * with a capitalised name after it (see newcomerByOrigin); "our new Thai Massage, 1 hour" is no person.
 */
const newByOrigin = compileTerms([
  "our new \\p{L}+ \\p{L}+(?=\\s?\\(\\d{2}\\)|,\\s?(?:she is|she's|age|\\d{2}(?:,|\\s?(?:years|yrs|yo)))| from )",
  'vores nye \\p{L}+ \\p{L}+(?=\\s?\\(\\d{2}\\)|,\\s?(?:hun er|alder|\\d{2}(?:,|\\s?år))| fra )',
]);

function newcomerByOrigin(ctx: MatchContext): boolean {
  const words = ctx.text.slice(ctx.start, ctx.end).split(' ');
  const origin = words[2] ?? '';
  const name = words[3] ?? '';
  return isDemonym(origin) && /^\p{Lu}\p{Ll}+$/u.test(name) && !isDemonym(name);
}

/** "Ny i Odense", "NEW in Copenhagen": accepted only when a place name (capitalised) follows. */
const inPlace = compileTerms([
  '(?:helt )?nye? (?:i|på) \\p{L}+',
  // With "her" between: "Mig ny her i Esbjerg", "vi er nye her i Odense".
  'nye? her i \\p{L}+',
  'new in \\p{L}+',
  'nyankom(?:men|met) til \\p{L}+',
  'neu in \\p{L}+',
  'nouvelle? (?:à|a|en|au) \\p{L}+',
  // French puts her origin between: "Nouvelle ivoirienne à Odense", "nouvelle Camerounaise à
  // Aarhus" (a female demonym's ending; not "nouvelle semaine à Odense"). Passing through: "de
  // passage à Odense".
  'nouvelle (?!semaine)\\p{L}+(?:aise|enne|aine|ine) (?:à|a|en|au) \\p{L}+',
  'de passage (?:à|a|en|au) \\p{L}+',
  // Nigerian Pidgin "reach" (arrive): "I just reach Odense this week".
  '(?:just|only|don) reach \\p{L}+',
  'nuev[ao]s? en \\p{L}+',
  // Portuguese: "nova em Esbjerg", "nova aqui em Kolding" (not "nova em folha", brand new).
  'nov[ao]s? (?:aqui |por aqui )?em \\p{L}+',
  '(?:på besøk|på besök) i \\p{L}+',
  // German and Dutch: "zu Besuch in Kolding", "op bezoek in Aarhus", "nur kurz in Aarhus", "neu in
  // Vejle", "nieuw in Odense" (not "Nieuw in mijn aanbod", lower case).
  '(?:zu|auf) besuch in \\p{L}+',
  'op bezoek in \\p{L}+',
  'nur (?:noch )?kurz in \\p{L}+',
  'nieuwe? in \\p{L}+',
  'first time in \\p{L}+',
  'første gang i \\p{L}+',
  'lige (?:kommet|flyttet) til \\p{L}+',
  // Arrived from a named place: "lige kommet fra Vietnam", "fresh from Lagos"; and Nigerian Pidgin
  // "for" (in, at): "new for Copenhagen".
  '(?:lige|netop|nyligt?) (?:kommet|ankommet) fra \\p{L}+',
  'fresh (?:from|off the plane from) \\p{L}+',
  // Fresh in a named town: "Fresh in Horsens 🌸 here until Sunday".
  'fresh in \\p{L}+',
  'new for \\p{L}+',
  'visiting \\p{L}+ for',
  // A new person who came to a place, as broken English says it: "New thai girl come to Aalborg",
  // "China girl new come Esbjerg".
  'new (?:[\\p{L}]+ ){0,2}(?:girl|lady|woman) (?:just )?(?:come|came|arrive|arrived) (?:to |in )?\\p{L}+',
  // The name between: "NEW GIRL Kristina arrived to Odense".
  'new (?:girl|lady|woman) \\p{L}+ (?:just )?(?:come|came|arrive|arrived) (?:to |in )?\\p{L}+',
  '(?:girl|lady|woman) new (?:come|came|arrive|arrived) (?:to |in )?\\p{L}+',
  // Polish, Czech and Slovak: "Nowa Polka w Aarhus", "nová slečna v Aarhusu".
  'nowa (?:[\\p{L}]+ )?w \\p{L}+',
  'nová (?:[\\p{L}]+ )?v \\p{L}+',
]);

/**
 * New in a town or a district written with other prepositions: English "new on Vesterbro", "new on
 * Amager", Romanian "nouă în Herning", "nou in Odense" (new, as typed without diacritics). "new on"
 * also names sites and days ("new on Sexguide", "new on Monday") and Romanian "nouă" is also nine,
 * so the word after must be a Danish town or district (findCities), not just capitalised.
 */
const newOnTown = compileTerms(['new on \\p{L}+', 'nou[ăa]? (?:în|in) \\p{L}+']);

/** Romanian "nouă" as the hour nine: "de la nouă în Aarhus", "ora nouă". */
const HOUR_BEFORE = /(?<![\p{L}])(?:la|ora|orele)\s+$/iu;

function townLast(ctx: MatchContext): boolean {
  if (HOUR_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) return false;
  const word = /(\p{L}+)$/u.exec(ctx.matched)?.[1] ?? '';
  const at = ctx.end - word.length;
  if (!placeAt(ctx.text, at, word)) return false;
  return findCities(ctx.text.slice(at, ctx.end + 12)).some((c) => c.start === 0);
}

/** "Kun i Odense til søndag", "only in Aarhus until Friday": a stay with an end. */
/**
 * Telegraphic "new in <town>" of short mobile ads: "new Kolding 🆕", "NEW AARHUS". Only a town of
 * PLACES, and not a new thing of the town: "new Aarhus studio", "new Odense pics".
 */
const newTown = compileTerms([`new ${PLACES}`]);
const NOT_A_TOWN_NEW = /^new (?:byen|området|town|danmark|denmark|dk)$/iu;
const TOWN_THING_AFTER =
  /^\s+(?:studio|apartment|flat|address|adresse|location|clinic|klinik|salon|place|number|nummer|phone|profile|profil|pics|photos|billeder|prices|priser|website|site)(?![\p{L}])/iu;

function newInTown(ctx: MatchContext): boolean {
  return !NOT_A_TOWN_NEW.test(ctx.matched) && !TOWN_THING_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16));
}

const untilPlace = compileTerms([
  // Also "frem til": "Pigerne er kun i Danmark frem til nytår".
  'kun i \\p{L}+ (?:til|indtil|frem til|denne|i denne|et par|få)',
  'only in \\p{L}+ (?:until|till|for|this)',
  // For a month only: "Hun er kun i Danmark i december", "only in Copenhagen in May".
  `kun i \\p{L}+ i ${MONTHS}`,
  `only in \\p{L}+ (?:in|during) ${MONTHS}`,
  // Her own stay with an end, a hotel between: "I am in Kolding hotel until sunday", "I'm in Vejle
  // till Friday", "jeg er i Aalborg indtil lørdag".
  "(?:i am|i'm|im) in \\p{L}+ (?:hotel )?(?:until|till) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend)",
  'jeg er i \\p{L}+ (?:indtil|til) (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i morgen|weekenden)',
]);
const placeAfterIn = /^(?:kun|only|i am|i'm|im|jeg er)\s+(?:i|in)\s+(\p{L}+)/iu;

function capitalisedPlace(ctx: MatchContext): boolean {
  const word = placeAfterIn.exec(ctx.matched)?.[1] ?? '';
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
const placeWord = /(\p{L}+)(?:\s+for)?$/u;
/** Capitalised words after "ny på" / "new in" that are not places ("Ny på Instagram"). */
const notPlaces = new Set([
  'dag',
  'morgen',
  'aften',
  'weekenden',
  'stock',
  'price',
  'the',
  'a',
  'my',
  'pris',
  'siden',
  'sitet',
  'instagram',
  'snapchat',
  'onlyfans',
  'telegram',
  'whatsapp',
  'facebook',
  'tiktok',
  'twitter',
  // "new for Christmas", "fresh from Summer": a season or a holiday, not a place.
  'christmas',
  'xmas',
  'jul',
  'easter',
  'påske',
  'summer',
  'sommer',
  'winter',
  'vinter',
  'spring',
  'autumn',
  'fall',
  // German nouns are capitalised: "diese Woche in Urlaub", "zu Besuch in Begleitung".
  'urlaub',
  'ferien',
  'rente',
  'begleitung',
  // New to a practice or a trade, not a place: "Ny i BDSM-verdenen?", "New in BDSM", "Ny i SM",
  // "Ny I Branchen" (a title in title case).
  'bdsm',
  'sm',
  'kink',
  'fetish',
  'fetich',
  'tantra',
  'branchen',
  'faget',
  'miljøet',
  'verdenen',
  'escort',
  'business',
]);

/**
 * A thing that is new there, Spanish, Portuguese and French putting the adjective after the noun:
 * "Tengo un apartamento nuevo en Aarhus C", "numéro nouveau à Odense".
 */
const NEW_THING_BEFORE =
  /(?<![\p{L}])(?:apartamento|piso|número|numero|teléfono|telefono|telefone|local|estudio|lugar|sitio|casa|perfil|página|pagina|espaço|espacio|appartement|numéro|studio|salon)\s+$/iu;

function followedByPlace(ctx: MatchContext): boolean {
  if (NEW_THING_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) return false;
  const word = placeWord.exec(ctx.matched)?.[1] ?? '';
  const first = word.charAt(0);
  return first !== first.toLowerCase() && !notPlaces.has(word.toLowerCase());
}

/**
 * Others who arrived, whom she helps, not she: "I volunteer with outreach to newly arrived women",
 * "hjælper nyankomne kvinder". A venue's "Nyankomne piger i Odense" are the persons advertised.
 */
const OTHERS_AFTER =
  /^\s+(?:\p{L}+\s+)?(?:women|girls|ladies|people|migrants|refugees|colleagues|sex workers|kvinder|piger|damer|folk|migranter|flygtninge|kolleger|kollegaer|sexarbejdere)(?![\p{L}])/iu;

const HELPING_BEFORE =
  /(?<![\p{L}])(?:outreach|help|helps|helping|support|supports|supporting|volunteer|volunteers|advise|advises|hjælper|hjælpe|støtter|støtte|rådgiver|frivillig|arbejder med|work with|works with)(?![\p{L}])[^.!?\n]{0,40}$/iu;

function othersArrived(ctx: MatchContext): boolean {
  return (
    OTHERS_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 32)) &&
    HELPING_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start))
  );
}

/**
 * "Last days of my autumn discount", "last days of the winter rate", "kun få dage tilbage af min
 * efterårsrabat", "Sidste dage med efterårspris": the end of an offer, not of a stay. Also the
 * definite form: "Kun få dage tilbage af julerabatten", gift cards ("sidste dage med gavekort"),
 * and a purchase: "Sidste dage til at købe julegavekort", "last days to buy a voucher". A title may
 * set the offer right after: "LAST DAYS julerabat", "Sidste dage sommertilbud".
 */
const OFFER_AFTER =
  /^\s+(?:(?:tilbage|left)\s+)?(?:\p{L}*(?:rabat|rabatten|tilbud|tilbuddet|udsalg|udsalget|discount|sale|offer)(?![\p{L}])|(?:of|af|på|med|with|for)\s+(?:my|the|our|min|mit|vores)?\s*(?:\p{L}+\s+)?\p{L}*(?:discount|offer|sale|price|prices|rate|rates|campaign|special|rabatten|rabat|tilbuddet|tilbud|udsalget|udsalg|kampagnen|kampagne|pris|priser|prisen|takst|takster|gavekort|gavekortet|vouchers?|gift\s?cards?)(?![\p{L}])|(?:til at|to)\s+(?:købe|buy|purchase|indløse|redeem)(?![\p{L}]))/iu;

/**
 * "Intro offer this week only: 1 hour 750 kr", "Tilbud kun denne uge": the offer's time. Danish,
 * German, Dutch and Swedish compound the offer's occasion, and a dash may stand for the colon:
 * "Julerabat – kun få dage tilbage", "Sommertilbud: kun denne uge", "Weihnachtsangebot – nur 3 Tage",
 * "Promoção só esta semana", "Julegavekort – sidste chance"; also with "there are" after the dash:
 * "mit decembertilbud – der er kun få dage tilbage", "my Christmas offer – there are only a few days left".
 */
const OFFER_BEFORE =
  /(?<![\p{L}])(?:offer|offers|discount|deal|special|prisen|the price|vouchers?|gift\s?cards?|\p{L}*(?:gavekort|tilbud|tilbuddet|rabat|rabatten|kampagne|kampagnen|angebot|rabatt|aktion|aanbieding|korting|erbjudande|erbjudandet|promo|promoção|promocao|promoción|promocion|oferta|desconto|descuento|zľava|zlava|sleva|promocja|akcja|акция|скидка|знижка))(?:\s+\p{L}+)?\s*[:–—]?\s*(?:(?:der er|there are|there's|there is)\s+)?$/iu;
/** A town after the span is where she stays, offer or not: "Rabat – kun få dage i Aarhus". */
const TOWN_AFTER = /^\s+(?:i|in)\s+\p{Lu}/u;

/**
 * "Jeg arbejder kun få dage om måneden", "kun 3 dage om ugen": how often she works, not a stay.
 */
const SCHEDULE_AFTER =
  /^\s+(?:om|i|hver|per|pr\.?|a|each|every)\s+(?:måneden|måned|ugen|uge|month|week)(?![\p{L}])/iu;

/**
 * A town named before days in each month is a visit that comes back, not her working week: "I'm in
 * Copenhagen only a few days every month", "er kun i Aarhus få dage om måneden" (touring).
 */
// Not where she works those days: "I work in Vejle only a few days a month" is her schedule.
const TOWN_BEFORE =
  /(?<![\p{L}])(?<!(?:work|works|working|arbejder|arbejde|jobber)\s)(?:in|i)\s+\p{Lu}\p{L}+\s+(?:(?:only|just|kun|bare)\s+)?$/u;
const EACH_MONTH_AFTER = /^\s+(?:om|hver|per|pr\.?|a|each|every)\s+(?:måneden|måned|month)(?![\p{L}])/iu;

function aSchedule(ctx: MatchContext): boolean {
  // Days and weeks only: "new in town every week" is a new arrival each week.
  const after = ctx.text.slice(ctx.end, ctx.end + 20);
  if (
    EACH_MONTH_AFTER.test(after) &&
    TOWN_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start))
  )
    return false;
  return /(?:dage|days|uger?|weeks?)(?: only)?$/iu.test(ctx.matched) && SCHEDULE_AFTER.test(after);
}

/**
 * A short closing, not a short stay: "Jeg holder lukket kun få dage over nytår", "closed only a few
 * days at Easter", "på ferie kun 2 uger".
 */
const CLOSED_BEFORE =
  /(?<![\p{L}])(?:lukket|closed|ferie|holiday|vacation|pause|away|væk)(?:\s+(?:for|i|in))?\s+$/iu;

/** A month just before the stay's length: "I work in July two weeks only" is when she works. */
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:in|i) ${MONTHS}\\s+$`, 'iu');

/**
 * The days left until a holiday, not of her stay: "Kun få dage tilbage før jul, så book nu", "only a
 * few days left until Christmas"; also of the year, to book before her break: "kun få dage tilbage
 * at booke i år", "only a few days left to book this year" (not "left to book in Aarhus").
 */
const HOLIDAY_COUNTDOWN_AFTER =
  /^\s+(?:tilbage|left)\s+(?:(?:at booke|to book)\s+)?(?:(?:før|til|inden|until|till|before|to)\s+(?:(?:the|den)\s+)?(?:jul|julen|juleaften|nytår|nytårsaften|påske|påsken|sommerferien|ferien|christmas|xmas|new year|easter|the holidays)|i år|this year|in \d{4}|i \d{4})(?![\p{L}\d])/iu;

/** Days off, not days here: "Jeg har kun nogle få dage fri i december", "only a few days off". */
const DAYS_OFF_AFTER = /^\s+(?:fri|off|ferie)(?![\p{L}])/iu;

function aClosing(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start);
  return (
    CLOSED_BEFORE.test(before) ||
    DAYS_OFF_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 8)) ||
    MONTH_BEFORE.test(before) ||
    HOLIDAY_COUNTDOWN_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 40))
  );
}

/**
 * The dates of an offer's price in brackets after it: "New Year special: 1 hour 1300 kr instead of
 * 1500 (only 27-31 dec)", "Julepris 1000 kr (kun 20.-23. dec)". The offer word earlier in the sentence.
 */
const BRACKETED_OFFER_BEFORE =
  /(?<![\p{L}])(?:special|offer|deal|discount|instead of|normally|tilbud|julepris|nytårspris|rabat|i stedet for|normalt)(?![\p{L}])[^.!?\n()]{0,60}\(\s*$/iu;

function anOffersEnd(ctx: MatchContext): boolean {
  return (
    OFFER_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 48)) ||
    BRACKETED_OFFER_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 90), ctx.start)) ||
    (OFFER_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start)) &&
      !TOWN_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 6)))
  );
}

/** A thing that arrived: "My new lingerie from Paris just arrived", "nye billeder er lige kommet". */
const THING_BEFORE =
  /(?<![\p{L}])(?:lingerie|undertøj|photos?|pics?|pictures?|billeder|fotos?|toys?|legetøj|packages?|pakke(?:n|r|rne)?|outfits?|collection|kollektion|shoes|boots|støvler|sko|kjoler?|dress|stockings|strømper|furniture|møbler)(?:\s+\p{L}+){0,3}\s+(?:(?:has|have|is|are|er|har)\s+)?$/iu;

/**
 * Her arrival told as the past: "I was new in town once, back in 2009", "jeg var ny i byen engang",
 * "Jeg var i Vejle for første gang i 1998".
 */
const PAST_BEFORE = /(?<![\p{L}])(?:i was|jeg var|she was|hun var)\s+(?:also\s+|også\s+)?$/iu;
const ONCE_AFTER =
  /^[^.!?\n]{0,24}?(?<![\p{L}])(?:once|engang|back in|years ago|år siden|dengang|a long time ago|for længe siden|(?:in|i) (?:19|20)\d{2})(?![\p{L}\d])/iu;

/**
 * What is new is something else, or nothing: "the only thing new here is my website", "only thing
 * that's new here: my photos", "nothing new here, same Hanne as always".
 */
const NOTHING_ELSE_BEFORE =
  /(?<![\p{L}])(?:(?:the\s+)?only\s+things?(?:\s+(?:that's|that\s+is|that\s+are))?|nothing)\s+$/iu;

/**
 * Romanian "nu" and Hungarian "nem" deny as "not", but are Danish words ("nu", "nem"), so they are
 * no NEGATORS; with their verb "to be" they deny her arrival: "Nu sunt nouă în oraș" (I am not new
 * in town), "nu mai e nouă", "Nem vagyok új a városban", "nem új a városban".
 */
const VISITOR_NOT_BEFORE =
  /(?<![\p{L}])(?:nu(?:\s+(?:mai|sunt|suntem|sînt|e|este)){1,2}|nem\s+(?:vagyok|vagyunk|vagy|volt)(?:\s+már)?)\s+$/iu;

function deniedByVisitorNot(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start);
  // A bare "nem" only before the Hungarian "új" itself.
  return (
    VISITOR_NOT_BEFORE.test(before) || (/^új/iu.test(ctx.matched) && /(?<![\p{L}])nem\s+$/iu.test(before))
  );
}

/**
 * Arrived from a place, but settled here for years, said right after: "young and fresh from
 * Tallinn, but I live in Odense since 2022", "lige kommet fra Vietnam, men jeg har boet i Vejle i 10
 * år" (back from a visit home). Only for an arrival from somewhere ("fresh from", "kommet fra").
 */
const FROM_PLACE = /(?<![\p{L}])(?:from|fra)(?![\p{L}])/iu;
const SETTLED_AFTER =
  /^[^.!?\n]{0,40}?(?<![\p{L}])(?:(?:i|jeg)\s+(?:have\s+|har\s+)?)?(?:live|lived|living|bor|boet)\s+(?:here|her|in\s+\p{L}+|i\s+\p{L}+)\s+(?:since\s+(?:19|20)\d{2}|siden\s+(?:19|20)\d{2}|for\s+(?:\d{1,2}|many|several|two|three|four|five|six|seven|eight|nine|ten)\s+years|i\s+(?:\d{1,2}|mange|flere|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+år)(?![\p{L}\d])/iu;

function settledHere(ctx: MatchContext): boolean {
  return FROM_PLACE.test(ctx.matched) && SETTLED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 100));
}

/**
 * "Fresh" as one of a pair of praises, the place her origin: "young and fresh from Vietnam", "sweet
 * & fresh from Manila" (not "fresh from Lagos, I just come Aarhus", nor "just arrived, fresh from Oslo").
 */
const PRAISE_PAIR_BEFORE =
  /(?<![\p{L}])(?:young|sweet|sexy|pretty|cute|hot|beautiful|lovely|natural|ung|sød|smuk|lækker|dejlig)\s*(?:and|&|og|,)\s*$/iu;

function freshAsPraise(ctx: MatchContext): boolean {
  return (
    /^fresh from/iu.test(ctx.matched) &&
    PRAISE_PAIR_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))
  );
}

function notHerArrivalNow(ctx: MatchContext): boolean {
  if (deniedByVisitorNot(ctx)) return true;
  const before = ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start);
  if (THING_BEFORE.test(before) || NOTHING_ELSE_BEFORE.test(before)) return true;
  return PAST_BEFORE.test(before) && ONCE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 40));
}

/**
 * "New in town? Let me show you around" asks the client; it says nothing about her. So does a
 * question that starts by asking the client, wherever its question mark stands ("Er du ny i byen
 * eller her på forretningsrejse?").
 */
const ASKS_THE_CLIENT =
  /(?:^|[.!?\n]\s*)(?:er du|are you|is this your|har du|have you)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * The term opens a question about the client's need: "Ny i byen og trænger til selskab?", "New in
 * town and lonely tonight?", "Ny i byen og keder dig?". The need is his, so the newness is too.
 */
const CLIENT_NEED_QUESTION =
  /^\s+(?:og|and)\s+(?:(?:du\s+|you\s+)?(?:(?:lidt|a bit|a little|so|så|feeling|føler dig)\s+)?)?(?:trænger til|mangler|savner|keder dig|ensom|alene|bored|lonely|alone|need|needing|in need of|missing|looking for company|søger selskab)(?![\p{L}])[^.!\n?]{0,60}\?/iu;
const SENTENCE_OPENS = /(?:^|[.!?\n]\s*|\p{Extended_Pictographic}\s*)$/u;

function notAQuestion(ctx: MatchContext): boolean {
  if (/^\s*\?/u.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
  if (
    CLIENT_NEED_QUESTION.test(ctx.text.slice(ctx.end, ctx.end + 100)) &&
    SENTENCE_OPENS.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start))
  )
    return false;
  if (!ASKS_THE_CLIENT.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return true;
  return /[.!\n]/u.test(ctx.text.slice(ctx.end, ctx.end + 80).split('?')[0] ?? '');
}

/** The client is asked or addressed ("you", "du"), or the sentence ends in a question mark. */
const TO_THE_CLIENT = /(?<![\p{L}])(?:you|your|you're|du|dig|din|hvis|if)(?![\p{L}])/iu;

function aboutHer(ctx: MatchContext): boolean {
  const rest = ctx.text.slice(ctx.end);
  const sentenceEnd = /[.!?\n]/u.exec(rest);
  if (sentenceEnd?.[0] === '?') return false;
  return !TO_THE_CLIENT.test(ctx.text.slice(clauseStart(ctx.text, ctx.start), ctx.start));
}

/** "passing through Aarhus this weekend only": the place is the first capitalised word after the verb. */
const placeAfterVerb =
  /^(?:passing through|visiting|visits?|(?:besøger|besøker|besöker)(?:\s+(?:jeg|hun|vi))?|in|i)\s+(\p{L}+)/iu;

function placeFollows(ctx: MatchContext): boolean {
  const word = placeAfterVerb.exec(ctx.matched)?.[1] ?? '';
  const first = word.charAt(0);
  return first !== first.toLowerCase() && !notPlaces.has(word.toLowerCase());
}

/**
 * "Last chance" counts for a stay that ends, not for a break: "Sidste chance før jul – jeg holder
 * pause", "last chance before my holiday".
 */
const lastChance = compileTerms(['sidste chance', 'last chance']);
const BREAK_AHEAD =
  /(?<![\p{L}])(?:før|inden|before) (?:(?:min|my|the|en|a) )?(?:\p{L}+ )?(?:jul|julen|\p{L}*ferie|\p{L}*ferien|påske|påsken|nytår|christmas|xmas|holiday|holidays|vacation|break|pause|summer|easter|new year)(?![\p{L}])|holder (?:pause|ferie|fri)|(?:i'm|i am|jeg er|jeg har) (?:off|away|on holiday|on vacation|lukket|fri|på ferie)(?![\p{L}])|(?:closed|lukket) (?:from|fra|between|mellem)|(?:on|taking a) (?:holiday|vacation|break)/iu;

/**
 * The last days before her own break, right after the words: "last days before my Christmas break",
 * "the last days before the summer holiday", "last days before I close for Christmas holiday", or of the year: "Last days of the year!" (not a stay
 * that ends: "last days in Aarhus"); a month's last days are a date: "price valid until the last
 * days of March" (not "last days of May in Odense", a stay).
 */
const BREAK_RIGHT_AFTER =
  /^\s+(?:(?:before|until|till)\s+(?:(?:my|the|our)\s+)?(?:\p{L}+\s+)?(?:christmas|xmas|holiday|holidays|vacation|break|summer\s+break|easter|new year)|before\s+(?:i|we)\s+(?:close|shut|go|leave)\s+(?:for|on)\s+(?:(?:my|the|our)\s+)?(?:\p{L}+\s+)?(?:christmas|xmas|holiday|holidays|vacation|break|easter|new year)|(?:of|in)\s+(?:(?:the|this)\s+year|20\d\d)|of\s+(?:(?:the|this)\s+month|january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])(?!\s+(?:in|i)\s+\p{Lu}))(?![\p{L}])/iu;

function lastDaysBeforeABreak(ctx: MatchContext): boolean {
  return /^last days$/iu.test(ctx.matched) && BREAK_RIGHT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 48));
}

function notABreak(ctx: MatchContext): boolean {
  const rest = ctx.text.slice(ctx.end, ctx.end + 80);
  const sentence = /[.!\n]/u.exec(rest);
  return !BREAK_AHEAD.test(sentence === null ? rest : rest.slice(0, sentence.index + 60));
}

/** "My very first visit to Denmark": now, not a memory ("my first visit to Odense was in 2014"). */
const firstVisit = compileTerms([
  `(?:my )?(?:very )?first (?:visit|trip|tour|stay) (?:to |in )?${PLACES}`,
  `(?:mit )?(?:allerførste|første) (?:besøg|tur) (?:i|til) ${PLACES}`,
  // Her first holiday season here: "det er min første jul her", "my first Christmas in Denmark" (not
  // a memory: "min første jul i Danmark var i 2012").
  `(?:my|min) (?:very )?(?:first|første) (?:christmas|xmas|winter|new year|easter|jul|vinter|nytår|påske) (?:here|her|in ${PLACES}|i ${PLACES})`,
]);
const PAST_AFTER = /^\s*(?:was|were|var|in \d{4}|i \d{4}|back in|tilbage i)(?![\p{L}])/iu;

/** A roster's mark in brackets after a name: "Sasha (ny!)", "Lola (new)"; not "billeder (new)". */
const markedNew = compileTerms(['(?<=\\()(?:ny|new|nyhed)!*\\)']);
const NAME_BEFORE_BRACKET = /(?<![\p{L}])\p{Lu}\p{Ll}+\s?\($/u;
function afterAName(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start);
  const name = NAME_BEFORE_BRACKET.exec(before)?.[0]
    .replace(/\s?\($/u, '')
    .toLowerCase();
  return name !== undefined && isRosterName(name);
}

/** Her own arrival: not another woman's the "I" ad names ("my friend Daniela: she is new in town"). */
function hers(accept: (ctx: MatchContext) => boolean): (ctx: MatchContext) => boolean {
  return (ctx) => accept(ctx) && !saidOfAnotherWoman(ctx);
}

/**
 * Vietnamese "mới sang" / "mới qua" / "mới đến" (just came over), Tagalog "bagong dating" (newly
 * arrived). Their own "not" before them: "Em không phải mới đến" (I am not new), "chưa", "Hindi
 * ako bagong dating".
 */
const arrivedVisitors = compileTerms(['mới (?:sang|qua|đến|tới)', 'bagong dating']);
const VISITORS_NOT_BEFORE =
  /(?<![\p{L}])(?:không(?:\s+phải)?|chưa|hindi(?:\s+(?:na|po|ako|siya))*)\s+(?:\p{L}+\s+)?$/iu;

/**
 * Newly arrived in Chinese and Thai, written without spaces: "新到" (newly arrived), "新来的" (new
 * come), "刚到" (just arrived); Thai "ใหม่ในเมือง" (new in town), "เพิ่งมาถึง" (just arrived). Not
 * "新照片" (new photos), "โปรใหม่" (a new offer), nor after "不是" / "ไม่ใช่" (is not).
 */
const arrivedUnspaced = /新到|新来的|新來的|刚到|剛到|ใหม่ในเมือง|เพิ่งมาถึง/gu;
// Checked by hand, not as a leading lookbehind (which the engine would try at every position).
const UNSPACED_NOT_BEFORE = /(?:不是|並非|并非|ไม่ใช่|ไม่)$/u;

/**
 * Going home after a dated stay: "Viborg 20.-22.12 → then home", "in Odense 3-5 March, and then back
 * home", "hjem til Göteborg igen 6. januar" (a date before or right after; not a resident's evening:
 * "I work until 20, then home to my kids").
 */
const homeAfterStay = compileTerms([
  '(?:then|and then) (?:back )?home',
  '(?:så|derefter|bagefter|og så) (?:tilbage )?hjem',
  'hjem til \\p{L}+ igen',
]);

/**
 * A dated stay with "only" after the dates: "I come back to Fredericia for Christmas week, 14-20
 * December only", "Vejle 3.-5. marts kun" (see fewDaysBefore).
 */
const onlyAfterDates = compileTerms(['only', 'kun']);

const rules: TextRule[] = [
  { pattern: markedNew, negatable: false, accept: afterAName },
  {
    pattern: firstVisit,
    accept: hers((ctx) => notAQuestion(ctx) && !PAST_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16))),
  },
  {
    pattern: arrived,
    accept: hers(
      (ctx) =>
        notAQuestion(ctx) &&
        !othersArrived(ctx) &&
        !anOffersEnd(ctx) &&
        !aSchedule(ctx) &&
        !aClosing(ctx) &&
        !lastDaysBeforeABreak(ctx) &&
        !notHerArrivalNow(ctx),
    ),
  },
  {
    pattern: arrivedVisitors,
    accept: hers(
      (ctx) =>
        notAQuestion(ctx) &&
        !VISITORS_NOT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)) &&
        !othersArrived(ctx),
    ),
  },
  {
    pattern: arrivedUnspaced,
    negatable: false,
    anyStart: true,
    accept: hers(
      (ctx) =>
        notAQuestion(ctx) && !UNSPACED_NOT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)),
    ),
  },
  // Nor an offer's: "Julegavekort – sidste chance!", "Last chance for the autumn discount".
  { pattern: lastChance, accept: hers((ctx) => notAQuestion(ctx) && notABreak(ctx) && !anOffersEnd(ctx)) },
  { pattern: seasonStay, accept: hers(aSeasonStay) },
  { pattern: passing, accept: hers(aboutHer) },
  { pattern: passingPlace, accept: hers((ctx) => aboutHer(ctx) && placeFollows(ctx)) },
  { pattern: stayThenPlace, accept: hers((ctx) => aboutHer(ctx) && placeLast(ctx)) },
  { pattern: placeThenStay, accept: hers((ctx) => aboutHer(ctx) && placeFirst(ctx)) },
  { pattern: townForDays, accept: hers((ctx) => aboutHer(ctx) && townAfterIn(ctx)) },
  { pattern: datedStay, accept: hers((ctx) => aboutHer(ctx) && datesFollow(ctx)) },
  { pattern: backForDates, accept: hers((ctx) => aboutHer(ctx) && rangeFollows(ctx)) },
  { pattern: onlyDates, accept: hers((ctx) => aboutHer(ctx) && fewDatedDays(ctx)) },
  // "only" and "kun" stand in about every other ad: the dates are checked before the costlier
  // negation and clause reads (the same checks, in a cheaper order).
  {
    pattern: onlyAfterDates,
    negatable: false,
    accept: hers((ctx) => fewDaysBefore(ctx) && !isNegated(ctx.text, ctx.start, ctx.end) && aboutHer(ctx)),
  },
  { pattern: homeAfterStay, accept: hers((ctx) => notAQuestion(ctx) && datedThenHome(ctx)) },
  { pattern: newPerson, accept: hers(notAQuestion) },
  { pattern: newByOrigin, accept: hers((ctx) => notAQuestion(ctx) && newcomerByOrigin(ctx)) },
  {
    pattern: inPlace,
    accept: hers(
      (ctx) => notAQuestion(ctx) && followedByPlace(ctx) && !settledHere(ctx) && !freshAsPraise(ctx),
    ),
  },
  {
    pattern: newOnTown,
    accept: hers((ctx) => notAQuestion(ctx) && townLast(ctx) && !deniedByVisitorNot(ctx)),
  },
  { pattern: untilPlace, accept: hers(capitalisedPlace) },
  { pattern: newTown, accept: hers((ctx) => notAQuestion(ctx) && newInTown(ctx)) },
];

/**
 * Tour itineraries: "Tour Copenhagen 4-7 December", "TOUR 🇩🇰 Odense 2/12–4/12 ➡️ Vejle 5/12–7/12",
 * or two or more towns each with dates ("Aarhus 3.-5. dec, Odense 6.-8. dec", "Sønderborg 2–4.12,
 * Aabenraa 5–6.12": a day range closed by its month). A date is day/month
 * (day ≤ 31, month ≤ 12, so "10.00-22.00" opening hours are no dates) or days with a month name.
 */
const MONTH =
  '(?:jan|januar|january|feb|februar|february|mar|mrt|marts|march|apr|april|maj|may|jun|juni|june|jul|juli|july|aug|august|sep|sept|september|okt|oct|oktober|october|nov|november|dec|december)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const DAY_MONTH = `${DAY}[./](?:0?[1-9]|1[0-2])\\.?(?![\\d])`;
const DATES = new RegExp(
  `^[\\s:,(]*(?:d\\.\\s?|from\\s|fra\\s)?(?:${DAY_MONTH}(?:\\s?[-–—]\\s?${DAY_MONTH})?|${DAY}\\.?\\s?[-–—]\\s?${DAY_MONTH}|${DAY}\\.?(?:\\s?[-–—]\\s?${DAY}\\.?)?\\s?${MONTH}(?![\\p{L}])\\.?)`,
  'iu',
);
/** A date right before (a few marks between): "Viborg 20.-22.12 → ", "14-20 December, ". */
const DATE_BEFORE = new RegExp(
  `(?:${DAY_MONTH}|${DAY}\\.?\\s?${MONTH}(?![\\p{L}])\\.?)[^\\p{L}\\p{N}\\n]{0,6}$`,
  'iu',
);
/** A range of days right before: "14-20 December ", "3.-5.3. ", "20.–22.12, ". */
const RANGE_BEFORE = new RegExp(
  `(?<![\\d])(${DAY})\\.?(?:[./](?:0?[1-9]|1[0-2])\\.?)?\\s?[-–—]\\s?(${DAY})(?:\\.?\\s?${MONTH}(?![\\p{L}])|[./](?:0?[1-9]|1[0-2])(?![\\d]))\\.?[\\s,]*$`,
  'iu',
);
/** An offer, a closing or opening hours before the dates: "Julerabat 14.-17. december kun". */
const DATES_NOT_A_STAY_BEFORE =
  /(?<![\p{L}])(?:\p{L}*(?:rabat|tilbud|discount|offer|sale|udsalg|pris|price|lukket|closed|ferie|holiday|vacation|åbent|åben|open))(?![\p{L}])[^.!?\n]{0,30}$/iu;
/** A home or family evening after "then home": "then home to my kids", "så hjem til familien". */
const HOME_LIFE_AFTER =
  /^\s+(?:to|til)\s+(?:my\s+|min\s+|mine\s+|the\s+)?(?:family|familien|kids|children|børnene|husband|manden|dog|hunden)(?![\p{L}])/iu;

function fewDaysBefore(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start);
  if (!/\d/.test(before)) return false;
  const range = RANGE_BEFORE.exec(before);
  if (range === null) return false;
  const span = (Number(range[2]) - Number(range[1]) + 31) % 31;
  return span <= 10 && !DATES_NOT_A_STAY_BEFORE.test(before.slice(0, range.index));
}

function datedThenHome(ctx: MatchContext): boolean {
  if (HOME_LIFE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))) return false;
  return (
    DATE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)) ||
    (/igen$/iu.test(ctx.matched) && DATES.test(ctx.text.slice(ctx.end, ctx.end + 24)))
  );
}

/** "tour", "TOUR 🇩🇰", "Tour:", "turné –" right before a town. */
const TOUR_BEFORE = /(?<![\p{L}])(?:tour|turné|turne)[^\p{L}\p{N}\n]{0,12}$/iu;
/** "Copenhagen tour 2–6 Feb", "Aarhus-turné 3.-5. dec": the tour word after the town, then its dates. */
const TOUR_AFTER = /^[\s-]?(?:tour|turné|turne)(?![\p{L}])/iu;
const TOUR_FIELDS: ReadonlySet<string> = new Set(['title', 'text']);

/** Cheap necessary condition of an itinerary: a tour word, or two towns among the ad's facts. */
const TOUR_WORD = /tour|turn[ée]/iu;

function itinerary(ad: PreparedAd): Evidence[] {
  if (
    new Set(ad.facts.cities).size < 2 &&
    !ad.fields.some((f) => TOUR_FIELDS.has(f.path) && TOUR_WORD.test(f.text))
  )
    return [];
  for (const f of ad.fields) {
    if (f.source !== 'ad' || !TOUR_FIELDS.has(f.path)) continue;
    const dated: { city: string; start: number; end: number }[] = [];
    for (const c of findCities(f.text)) {
      const tourAfter = TOUR_AFTER.exec(f.text.slice(c.end, c.end + 8));
      if (tourAfter !== null) {
        const at = c.end + tourAfter[0].length;
        const tourDates = DATES.exec(f.text.slice(at, at + 40));
        if (tourDates !== null && !isNegated(f.text, c.start, at))
          return [spanEvidence(f, c.start, at + tourDates[0].length)];
      }
      const date = DATES.exec(f.text.slice(c.end, c.end + 40));
      const end = c.end + (date?.[0].length ?? 0);
      const from = Math.max(0, c.start - 20);
      const tour = TOUR_BEFORE.exec(f.text.slice(from, c.start));
      // "I am not on tour – Aarhus is my home": a denied tour names no stop.
      if (tour !== null && !isNegated(f.text, from + tour.index, from + tour.index + 4))
        return [spanEvidence(f, c.start, end)];
      if (date !== null) dated.push({ city: c.city, start: c.start, end });
    }
    if (new Set(dated.map((d) => d.city)).size >= 2)
      return dated.slice(0, 3).map((d) => spanEvidence(f, d.start, d.end));
  }
  return [];
}

function detect(ad: PreparedAd): Evidence[] {
  const found = detectWithRules(ad, 'ad', rules);
  return found.length > 0 ? found : itinerary(ad);
}

/** `new-in-town`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'new-in-town',
  kind: 'text',
  labels: { da: 'Ny i byen / på turné', en: 'New in town / touring' },
  descriptions: {
    da: 'Annoncen siger, at personen lige er ankommet, kun er her kort tid eller rejser rundt.',
    en: 'The ad says the person has just arrived, stays only briefly or is touring.',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { text: 'Pretty Mai just came from Manila, 24, book her now.' },
      { text: 'My first trip to Scandinavia, Lina 29, sweet and calm.' },
      { text: 'Now in Aarhus (Trøjborg) for 12 days, then Oslo.' },
      { text: 'Hi, I am Dana. In Aalborg till Friday, then back home to Riga.' },
      { text: 'Passing through Jutland, staying until Sunday only. Book early.' },
      { text: 'Sweet Mira is here in Vejle since yesterday, call to book her.' },
      { title: 'NEW LADY Oksana arrived to Kolding', text: 'Blond, 30, open minded.' },
      { text: 'Hello, Rosa here, only short time in Randers, call me.' },
      { text: 'Jeg er kun kort tid i Næstved, skriv nu.' },
      { text: 'Lucia, 31, in Vejle from 3 to 6 March only.' },
      { text: 'Nadia from Kyiv, in Odense 3 days, call me.' },
      { text: 'hi, 1st time in denmark, only this week' },
      { text: 'Hi, Lorena here, in Odense for the week only, GFE and massage.' },
      { text: 'Hola, soy Marta, estoy en Vejle por unos días. Besos.' },
      { text: 'Sweet Julia, staying in a Herning hotel till friday, incall only.' },
      { text: 'Kim from Hanoi. First time she come to Denmark, book early.' },
      { text: 'Maya here, stay Aalborg only 12 days, call me.' },
      { text: 'I stay in Kolding this month only, sms me.' },
      { text: 'Back in Vejle 💃 for a few days, Rita 30.' },
      { text: 'Lina 26, working in Randers short time, incall.' },
      { text: 'Hun er kun i Aarhus de næste 4 dage – ring nu.' },
      { text: 'Three new ladies, all just land from Bangkok.' },
      { text: 'Hello dear, na Joy, I just reach from Rome, call me.' },
      { text: 'Na Ify. I reach Denmark two weeks now, I stay for Vejle.' },
      { text: 'Sweet Efua visiting for Easter week only, hotel outcall.' },
      { text: 'Last days of March in Vejle, then Oslo.' },
      { text: 'Klinik Rosen: Amalie begynder hos os den 3. februar.' },
      { text: 'Our new masseuse Kim starts with us on 12 March.' },
      { text: 'Arrived in Odense today, book me now.' },
      { text: 'EDIT: tour extended!! Still in Vejle.' },
      { text: 'Now in Aalborg until 12 December only.' },
      { text: 'French lady visiting Aarhus 3 Dec – 6 Dec only.' },
      { text: 'Visiting Aalborg (only 8-10 May), 1 hour 1500.' },
      { text: "Hej, I'm Saga from Göteborg, in Aarhus only a few days every month." },
      { text: 'Nye thai damer ankommet i dag – ring nu.' },
      { text: 'Hi, Daria. Not here for long, so call me today!' },
      { text: 'Kim i Vejle, only till Friday, sweet massage.' },
      { text: 'Luna, 27. Jeg er ikke her så længe, så skriv i dag.' },
      { text: 'Sanne, 36, fra Aarhus. Mellem jul og nytår besøger jeg Kolding i to dage.' },
      { text: 'Fresh from Riga, here in Aarhus for one week only.' },
      { text: 'Kun få dage tilbage i Vejle, så book nu!' },
      { text: 'Ny i byen og klar til at møde dig – Olga fra Riga, kun denne uge.' },
      { text: 'Lovely girls house Vejle: new arrivals today, Nina and Ola.' },
      { text: 'Hi, Olena here, in Denmark just two weeks, looking for kind men.' },
      { text: 'Kun en måned i Danmark indtil videre, jeg hedder Ira.' },
      { text: 'Hej Herning! Jeg er her kun 3.-6. marts, hotel ved stationen.' },
      { text: 'Elegant Sofia in Vejle, only 12/4–15/4, book early.' },
      { text: 'Sidste dage i Horsens før jeg rejser videre til Tyskland.' },
      { text: 'Norsk Ida i Kolding – bare 3 dage, så book nu.' },
      { text: 'I am in Esbjerg until Friday, call me.' },
      { text: 'Jsem Tereza, v Odense jen do pátku, pak odjíždím.' },
      { text: 'Kasia w Vejle tylko do niedzieli!' },
      { text: 'Катя в Оденсе только до воскресенья.' },
      { text: "Privet, ya Alina. Vpervye v Odense, tol'ko tri dnya!" },
      { text: "Marina v Vejle, poslednie 3 dnya, potom Stokgol'm." },
      { text: 'Лиза: тур по Скандинавии, в Оденсе последние два дня.' },
      { text: 'Irina, 26. Sunt în Vejle doar câteva zile, sună-mă.' },
      { text: 'Sono Bianca, appena arrivata a Kolding, solo 4 giorni.' },
      { text: 'Kasia i Ewa dopiero przyjechały do Aarhus, zadzwoń.' },
      { text: 'Катя, 24. Первый раз в Дании, в Оденсе до воскресенья.' },
      { text: 'Лиза в Орхусе только на две недели, пиши.' },
      { text: 'Hello I am Joy, come Vejle now, stay 4 day only, call me.' },
      { text: 'New lady from Isan! Nok, 28, sweet massage.' },
      { text: 'Девушки только приехали в Оденсе, звоните.' },
      { text: 'Trei fete abia sosite în Vejle, sună acum.' },
      { text: 'Szia! Új a városban: Dóra, 27, Kolding.' },
      { text: 'Most érkeztem Esbjergbe, hívj bátran.' },
      { text: 'Lena aus Wien, erstmals in Dänemark, auf Kurzbesuch in Odense.' },
      { text: 'Jana, 31, in Horsens nur übers Wochenende.' },
      { text: 'Bună! Sunt Ioana, 24, prima oară în Danemarca, Odense o săptămână.' },
      { text: 'Hola, soy Daniela de Medellín, es mi primera vez en Copenhague.' },
      { text: 'Hallo, ich bin Jana und erst seit zwei Tagen in Aarhus.' },
      { text: 'Szia, Anna vagyok, új Odensében, hívj!' },
      { text: 'Elena, nouă în oraș, te aștept în Vejle.' },
      { text: 'Ultimi giorni a Odense, poi torno a Roma.' },
      { text: 'Μόλις έφτασα στην Κοπεγχάγη! Γλυκιά και ήσυχη.' },
      { text: 'Σοφία, 29, στο Aarhus μόνο για λίγες μέρες.' },
      { text: 'Visiting Aarhus for the holiday season only, book early.' },
      { text: 'Maja, 29, in Vejle for a short visit, book early.' },
      { text: 'Lena, 24, i Aalborg på et kort besøg.' },
      { text: 'Tanja, 30, lithuanian, in Herning for 3 days.' },
      { text: 'Dina er her kun til søndag, ring nu.' },
      { text: 'Fresh in Odense, Mira 25, call me.' },
      { text: 'Sofia, 27. Here until 12 March, then Oslo.' },
      { text: 'My winter tour: Berlin, then Aarhus, then Oslo.' },
      { text: 'Our model Lara visits Denmark for the first time.' },
      { text: 'Nina, 23, from Sofia, first time here!' },
      { text: 'Staying in Vejle 4-6 March, call Ana.' },
      { text: 'Vera, 26. Odense 8.-10.3 → then back home.' },
      { text: 'Ewa, 25, polsk. Hjem til Gdansk igen 3. januar, så ring i dag.' },
      { text: 'Back to Horsens for Easter, 2-5 April only.' },
      { text: 'Det er min første påske i Danmark, jeg hedder Lan.' },
      { text: 'In Aalborg only for the Tall Ships festival week.' },
      { text: 'Hejsa, Lulu her, nyyy i byyyen kun tre dage 💋' },
      { text: 'Laura er ny på adressen i Horsens, kom og hils.' },
      { text: 'Mia iz Zagreba, nova u gradu! Pozovi me.' },
      { text: 'Ivana je prvi put u Danskoj, samo nekoliko dana u Vejle.' },
      { text: 'Маша, први пут у Данској. Zovi.' },
      { text: 'Zuzana, 24, nová v Dánsku, volaj.' },
      { text: 'Jeg er nytilflyttet til Vejle og glæder mig.' },
      { text: 'hej ny i byn 🙈 ring bare, Stine 26' },
      { text: 'Hej piger, Jonas her. Denne måned er jeg på Fynsturné med hotelværelse.' },
      { text: 'Two sweet friends from Brazil visit Kolding next weekend, book early.' },
      { text: 'Back in Aarhus 4–6 March, then home again. Lina, 29.' },
      { text: 'Jeg flyttede fra Vejle til Odense i sidste uge, så nu bor jeg her. Mette, 40.' },
      { text: 'Say hello to Nora: she just joined our agency and is free for dinner dates.' },
      { text: 'Mira has recently joined Crystal Companions, book her now.' },
      { text: 'Привіт! Вперше в Данії, тільки тиждень в Оденсе.' },
      { text: 'Sou a Larissa, nova em Aalborg, 26 anos.' },
      { text: 'Estoy en Odense só esta semana, depois sigo para Malmö.' },
      { text: 'New girl arriving tomorrow: Camila from Cali!' },
      { text: 'Oi gente, sou nova aqui, beijos.' },
      { text: 'Nouvelle arrivée: Aminata, 23 ans.' },
      { text: 'Je suis de passage à Vejle, appelle-moi.' },
      { text: 'Nouvelle sénégalaise à Aarhus, appelle-moi.' },
      { text: 'Coucou, arrivée à Odense hier, massage.' },
      { text: 'Hello dear, I just reach Vejle, call me.' },
      { text: 'I am only here small time, no waste time.' },
      { text: 'Just moved from Lagos to Aarhus, new number.' },
      { text: 'Sofia from Milan, in Odense one week only.' },
      { text: 'Max, tysk fyr fra Hamburg, er kun i Sønderborg 3 dage og tager imod på hotel.' },
      { text: 'Only in Odense for two days! Book me now.' },
      { text: 'Ioana, 23. Abia am sosit în Aarhus, sună-mă!' },
      { text: 'Ilze, 27, Latvian, new on Nørrebro this month, call me.' },
      { text: 'Bună, sunt Alina, 26, nouă în Odense. Sună-mă!' },
      { text: 'Здравей! Току-що пристигнах в Odense, само за седмица.' },
      { text: 'Jana, 25 – právě jsem přijela do Aalborgu.' },
      { text: 'Ny i byen – ring ikk før kl 10.' },
      { text: 'Ny i Kolding og ny i BDSM-verdenen – skriv for en aftale.' },
      { text: 'Colombiana, 27. ¡Últimos días en Aalborg, el lunes me voy!' },
      { text: 'Kun tre dage i Esbjerg – skriv nu, jeg er Mia.' },
      { text: 'Mød vores nye rumænske Bianca, 23 år, hos os i Vejle.' },
      { text: 'Say hello to our new Polish Kasia (25), open from noon.' },
      { text: 'Maja, 26. Kun 3 dage i Herning, så skynd dig at ringe.' },
      { text: 'Hej, jeg hedder Dana. Jeg rejser rundt: mandag-onsdag Vejle, torsdag-søndag Horsens.' },
      { text: 'Matilda, 28, stockholmstjej som är nyinflyttad i Köpenhamn.' },
      { text: 'Thailändsk tjej 33 år. Nu i Köpenhamn bara en vecka!!' },
      { text: 'Hei! Jeg er Bianca, 24. Her i Aalborg kun denne uken!' },
      { text: 'Danish tour! Irina, 31, from Latvia. Aarhus 3-5 Dec, then Odense 6-8 Dec.' },
      { text: 'Hot latina Valeria, 25, first week in Denmark.' },
      { text: 'Sofia her, det er min første uge i Kolding, skriv til mig.' },
      { text: 'Min første uge på Sjælland 🌷 Nora fra Litauen, ring eller sms.' },
      { text: 'Vika, 27, Latvian, here in Aalborg for the first time. Call me.' },
      { title: 'Ny i byen - sød pige', text: 'Hej, jeg hedder Mia.' },
      { text: 'Jeg er helt ny i Odense og glæder mig til at møde dig.' },
      { text: 'Sawasdee ka, Ploy here, 31, new in Aarhus. Thai massage.' },
      { text: 'She is new girl from Romania, just arrived in Copenhagen.' },
      { text: 'First time in Denmark! Only few days in Odense.' },
      { text: 'Kun få dage i Esbjerg! Jeg er Signe.' },
      { text: 'Hej, jeg er Vera fra Polen og er i Randers kun nogle få dage, ring i dag.' },
      { text: 'På turné 🚐 Kolding denne uge.' },
      { title: 'Sidste dage i Aarhus!!' },
      { text: 'On tour in Denmark, now in Copenhagen.' },
      { title: 'NY THAI PIGE I RANDERS!!' },
      { text: 'Ny på stedet: Nadia, 29.' },
      { text: 'i am new in town baby, come visit' },
      { text: 'Brasiliansk Bruna, 26, nyankommet til Kolding.' },
      { title: 'Thai Noi – ny på Amager' },
      { text: 'New face in town!! Joy is waiting.' },
      { text: 'Hello, just arive in Odense, call me.' },
      { text: 'New!!! Just landed in Denmark ✈️ Russian lady Katya, 30.' },
      { text: 'Katya, 30. Tour Copenhagen 4-7 December, then Stockholm.' },
      { text: 'Travelling girl Jessica, 27. Passing through Aarhus this weekend only.' },
      { text: 'TOUR 🇩🇰 Odense 2/12–4/12 ➡️ Vejle 5/12–7/12 ➡️ Aarhus 8/12–11/12. Hi, I am Veronika.' },
      { text: 'Nok new girl from Thailand 🇹🇭 come Denmark first time. Oil massage.' },
      { text: 'Aarhus 3.-5. dec, Odense 6.-8. dec. Book i god tid, Irina.' },
      { text: 'Kun på gennemrejse i Vejle, ring nu.' },
      { text: 'hi dear i am Joy from Nigeria, i just come to Denmark last week.' },
      { text: 'I came to Copenhagen two days ago, call me.' },
      { text: 'Last chance to see me in Aalborg, leaving on Sunday!' },
      { text: 'Sidste dage til at booke mig i Esbjerg, så rejser jeg videre.' },
      { text: 'Hej, jeg kom til Danmark for to uger siden, rumænsk pige 23 år.' },
      { text: 'Sofia er ny hos os – kom og mød hende i Vejle.' },
      { text: 'Latina recién llegada a Copenhague, solo unos días.' },
      { text: 'Neu in der Stadt! Deutsche Frau, 1 Stunde 1500 kr.' },
      { text: 'Mistress from Milan visiting Aarhus 3-5 December only.' },
      { text: 'Ny kinesisk pige hos Lotus Massage i Vejle.' },
      { text: 'Ladyboy Mint just land in Aarhus, massage and more.' },
      { text: 'This is my very first visit to Denmark, staying only 5 nights.' },
      { text: 'Vi har fået nye thai damer ind på klinikken ☺️' },
      { text: 'New sweet girls this week at our studio.' },
      { title: 'Новенькая в городе – Katja, Aarhus' },
      { text: 'Hei! Er i Oslo-stil i København bare denne uken.' },
      { text: 'Soy Luna, en Odense solo hasta el viernes.' },
      { text: 'Andreea is in Aarhus for 3 days only, on our VIP tour.' },
      { text: 'Gabi, 23, brasileira, acabou de chegar em Aarhus.' },
      { text: 'Hun hedder Mei og er 22. Hun er ny og taler kun kinesisk.' },
      { text: 'I dag på arbejde: Sofia (ny!), Clara og Ida.' },
      { text: 'Nowa Polka w Aarhus, tylko kilka dni! Kasia ma 19 lat.' },
      { text: 'Nikola je Slovenka, má 22 rokov a v Aalborgu je iba 3 dni.' },
      { text: 'New thai girl come to Aalborg 🌺 Nan 23 year very sexy.' },
      { text: 'Beautiful China girl new come Esbjerg!! Very good massage.' },
      { text: 'Eva & Nora – last 2 days in Odense! Book them.' },
      { text: 'We have 2 sweet ladies visiting Horsens this weekend only.' },
      { text: 'Hei! Jeg er Ingrid fra Bergen. Jeg besøker København 3.–6. desember.' },
      { text: 'Det är första gången i Danmark för mig, och jag är i Köpenhamn bara några dagar.' },
      { text: 'Siste dager i Aalborg! Synnøve er her kun til søndag.' },
      { text: 'Soy Javier, de Sevilla. Solo 3 días en Copenhague.' },
      { text: 'Tenemos 3 chicas de Colombia, recién llegadas esta semana.' },
      { text: 'NYHED hos Sweet Asian 🌺 Ny massøs Fon fra Thailand er lige kommet!' },
      { text: '2 hot girls Ana & Roxi 💋\n📍 Esbjerg 🆕 in town ✈️' },
      { text: 'I travel by myself: Sønderborg 2–4.12, Aabenraa 5–6.12, Haderslev 7–9.12.' },
      { text: 'Rikke, 44. Jeg kommer til:\n📍 Svendborg 16.–17. dec\n📍 Nyborg 18. dec' },
      { text: 'Newly arrived in Aarhus, Bella 24. Call me.' },
      { text: 'Ny pige! Nan, 22 år. Thai. Ring til klinikken.' },
      { text: 'New girl Ruby, 25, from Nigeria. Call now.' },
      { text: 'Neu in Aarhus! Lana ist nur kurze Zeit hier.' },
      { text: 'Ny tjej i stan! Sofia från Rumänien.' },
      { text: 'Recién llegada a Aarhus, solo por unos días.' },
      { text: 'Nowa dziewczyna w Kopenhadze! Ania, 23 lata.' },
      { text: 'Ny kinesisk pige på 18 år hos os i Odense.' },
      { text: 'Vores tour-piger fra Rumænien kommer til Aalborg mandag–tirsdag.' },
      { text: 'Vi byder velkommen til Anna, 21, som lige er kommet fra Litauen.' },
      { text: 'Romanian girl · 23\n📍 Odense centrum\n#nyibyen #odense #massage' },
      { text: 'Vi er nye i byen! Ring til os.' },
      { text: 'A Bruna é nova na cidade! Brasileira, 21 anos.' },
      { text: 'Mi amiga y yo somos nuevas en la ciudad. Llámame.' },
      { text: 'Hej, jeg hedder Lan. Lige kommet fra Vietnam, sød og rolig.' },
      { text: 'Pinay girl, bagong dating sa Copenhagen.' },
      { text: 'Klinik Lux. Dagens pige: Anna, helt ny på klinikken – hun glæder sig.' },
      { text: 'Spanish boy, only this weekend in Copenhagen. Hotel near Central Station.' },
      { text: 'Tager normalt imod i Aalborg. Denne weekend også i Hjørring – kun lørdag og søndag.' },
      { text: 'Coucou, je suis Aminata, 27 ans. Nouvelle à Aalborg, seulement trois jours!' },
      { text: 'Hola, soy Daniela, 25. Llegué hace tres días a Dinamarca, te espero en Vejle.' },
      { text: 'Hello dear, I just land Aarhus, sweet African lady waiting for you.' },
      { text: 'Réka, 26. Budapest → Aalborg tour 10–12 March, incall near the station.' },
      { text: 'Hi, I am Jade from Manchester. I will be in Odense 14–16 March only.' },
      { text: 'Pink House. Today’s arrivals: Nina from Riga and Lola from Kyiv.' },
      { text: 'Mød vores nye pige Alma, 23 år, fra Litauen.' },
      { text: 'Meet our new Italian companion Sienna (24), elegant and warm.' },
      { text: 'Kun i påsken! Jeg er Ana, 26, i Odense 4 dage, så rejser jeg videre.' },
      { text: 'We bring two extra girls only for the festival in Roskilde. Call us.' },
      { text: 'Xiao Mei 刚到 Odense, sød og glad.' },
      { text: 'สาวไทย เพิ่งมาถึง Aalborg ค่ะ' },
      { text: 'Em mới đến Vejle tuần này.' },
      { text: 'Sofia from Brazil – here for 10 days only!' },
      { text: 'Jeg er her kun 2 uger, så skynd dig.' },
      { text: 'Hallo! Mia aus Köln, nur kurz in Odense – ruf an.' },
      { text: 'Jana, 24, aus Berlin. Nur kurz hier, also schnell buchen.' },
      { text: 'Ich bin Nina und bleibe nur bis Freitag, dann geht es weiter.' },
      { text: 'Kim, 29, zu Besuch in Aalborg, Termine per SMS.' },
      { text: 'Diese Woche in Horsens: Lisa, 30, zärtlich und verspielt.' },
      { text: 'Hej! Sara från Malmö är ny hos oss på Nørrebro.' },
      { text: 'Hei, Nora her. Kun noen dager i Fredericia, ring meg!' },
      { text: 'Sød Agnes, 29. Introrabat – kun få dage i Kolding, ring nu!' },
      { text: 'Ik ben Eva uit Gent, een paar dagen in Esbjerg.' },
      { text: 'Hun er kun i Danmark i maj, så book hende nu.' },
      { text: 'Nu i Horsens 4 dage 🗓️ Lise, 44, dansk.' },
      { text: 'Now in Vejle for 2 days, call me.' },
      { text: 'Kun få dage tilbage i Randers, så rejser jeg hjem.' },
      { text: 'Påsketilbud – der er kun få dage i Holbæk, så rejser jeg videre.' },
      { text: 'NEW ODENSE 🆕 Sweet Kim, outcall only.' },
      { text: 'Last days before I fly on to Oslo – Nika, 24, Vejle.' },
      { text: 'Hi, I am Dana and I am new here in Kolding, only this weekend.' },
      { text: 'Nadia og Lena, der begge lige er landet i Aalborg, tager imod i dag.' },
      { text: 'Os to piger er friske i byen – ring og sig hej.' },
      { text: 'Fresh in town, sweet Mira from Riga.' },
      { text: 'Salon Lotus: Kim starter hos os i dag, Mai i morgen.' },
      { text: 'Sofie er netop startet hos os og glæder sig.' },
      { text: 'Lovely Ana just started with us, book her now.' },
      { text: 'Hello, I am Dina, in Aarhus for short time only, incall.' },
      { text: 'Jeg hedder Olga og har kun været i Danmark et par dage.' },
      { text: 'Eva has only been in Denmark for a week.' },
      { text: 'Hun er kun i Odense frem til jul, så skynd dig.' },
      { text: 'Mig ny her i Vejle, ring mig.' },
      { text: 'Natalia is visiting Kolding from Friday to Sunday only.' },
      { text: 'Elegant Vera, 30, visiting Aarhus from 4th to 9th March, dinner dates welcome.' },
      { text: 'Meet Lara, 23, slim and sweet. She is brand new at our studio, book her today.' },
      { text: 'KUN 3 DAGE TILBAGE – sidste tre dage i Horsens, Roza 25.' },
      { text: 'Tina from Ireland, here on a short trip to Copenhagen, dinner dates welcome.' },
      { text: 'Our lovely Yun arrived last week and waits for you.' },
      { text: 'Frisch angekommen: Tereza, 24, wartet in Odense auf dich.' },
      { text: 'Neu bei uns im Studio: die süße Nadia aus Riga.' },
      { text: 'Hallo, ich bin Steffi und zum ersten Mal auf Tour in Jütland.' },
      { text: 'Sweet Mai, new and fresh from Bangkok.' },
    ],
    negative: [
      { text: 'Sorry for late answer, I just came from the gym. Call me now.' },
      { text: 'My first visit to Denmark was in 2015, now I live in Vejle.' },
      { text: 'I work in Aarhus 3 days a week, Monday to Wednesday.' },
      { text: 'I live in Denmark since 2014, my own quiet flat in Herning.' },
      { text: 'Clinic open in Odense until 22 every day.' },
      { text: 'New lady Rikke came to work happy today, come and say hi.' },
      { text: 'Winter rate until the last days of February, I live here all year.' },
      { text: 'I love visiting for fun the old town of Ribe.' },
      { text: 'Na Ify. I reach Denmark three years now, Vejle na my home.' },
      { text: 'Only short time in the morning, 30 min 700 kr.' },
      { text: 'Living in Aalborg for years. Last days to book before my summer holiday!' },
      { text: 'I work in Kolding 2 days a week, Monday and Tuesday.' },
      { text: '1st time in my life with tantra, come try' },
      { text: 'I work in Odense for the weekend clients mostly, living here 4 years.' },
      { text: 'Estoy en casa por una semana de vacaciones, vuelvo el lunes a Vejle.' },
      { text: 'Massage at my hotel until 22, every day.' },
      { text: 'Clinic closed for a few days, back on Monday.' },
      { text: 'Short time 30 min 600 kr, long time 1 hour 1000 kr.' },
      { text: 'Rabat på olie massage kun denne måned!' },
      { text: 'Lone starter hos os igen 2. januar efter ferien.' },
      { text: 'Kim has worked with us since 12 March 2019.' },
      { text: 'Arrived in Denmark in 2015, living in Odense since.' },
      { text: 'Open until 22 only, every day.' },
      { text: 'Visiting Aarhus is easy from my flat in Viby.' },
      { text: 'Christmas special: 1 hour 1000 kr instead of 1300 (only 20-23 dec).' },
      { text: 'I work in Vejle only a few days every month, the rest of the time I study.' },
      { text: 'Pakken med nyt undertøj er ankommet i går.' },
      // An offer's last days and last chance: a gift card or a purchase, not her stay.
      { text: 'Sidste dage til at købe gavekort til halv pris. Jeg er Lone, 61, i Ribe siden 1998.' },
      { title: 'Gavekort – sidste chance! 🎁', text: 'Hanne, 55, fast massage i Holbæk.' },
      { text: 'Last days to buy a Christmas voucher. Anne, 49, my clinic in Hvidovre.' },
      { text: 'Clinic news: the sauna is new at our place. Visiting hours from 10 to 22.' },
      { text: 'Studio Lyst i Herning: ny jente hver mandag, ring for tider.' },
      { text: 'Ny tjej varje vecka hos oss i Odense.' },
      { text: 'Open only till 22, sms me. Aarhus C.' },
      { text: 'I am not here for long chats, just book by sms.' },
      { text: 'Sweet and fresh from Vilnius, but I have lived in Kolding for 8 years.' },
      { text: 'Jeg holder juleferie, så der er kun få dage tilbage at booke i år. Bente, 50, Viborg.' },
      { text: 'Ny i byen og savner lidt selskab i aften? Ring til Bente, født og opvokset i Vejle.' },
      { text: 'New in town and lonely after work? I know every good bar in Aarhus, I grew up here.' },
      { text: 'Sidste dage inden jeg går på juleferie – book din tid nu.' },
      { text: 'Last days before my summer holiday, book now.' },
      {
        text: 'Mange har allerede brugt mit sommertilbud – der er kun få dage tilbage. Lis, 47, Ringsted i 9 år.',
      },
      { text: 'Christmas offer – there are only a few days left! Gitte, 52, my own studio in Køge.' },
      { text: 'I spend the summer in Denmark two months a year, the rest in Oslo.' },
      { text: 'New arrivals of stockings and lace, ask me to wear them.' },
      { text: 'Lukket kun 24.-26. december, ellers som altid i Randers.' },
      { text: 'Julerabat kun 14.-17. december: 1 time 1200 kr.' },
      { text: 'Jeg arbejder kun 1.-31. juli i år, Aalborg C.' },
      { text: 'Sidste dage før nytår, så holder jeg fri til midten af januar. Bor i Horsens.' },
      { text: '¡Últimos días del año! Gracias a todos, Lucía de Aarhus.' },
      { text: 'Last days of the year – thank you all, Sofie from Vejle.' },
      { text: 'Sidste dage i 2027, så holder jeg lukket til midt januar. Lene 44, Holstebro.' },
      { text: 'Last days in 2027 – see you again after New Year. Mette, Vejle.' },
      { text: 'Jeg er i Odense til kl. 22 hver dag.' },
      { text: 'Zľava len do nedele: 1 hod 1100 kr. V Aarhuse bývam osem rokov.' },
      { text: 'Promocja tylko do niedzieli, mieszkam w Odense od lat.' },
      { text: 'Locuiesc în Odense de ani de zile, lucrez doar 3 zile pe săptămână.' },
      { text: 'Lotus Spa Odense: new lady from Chiang Mai every month, body massage.' },
      { text: 'Первый раз в жизни пишу объявление, живу в Оденсе давно.' },
      { text: "Ya Sveta, zhivu v Aarhuse 6 let, rabotayu tol'ko 3 dnya v nedelyu." },
      { text: 'Poslednie dni aktsii: 1 chas 1100 kr, zhivu v Vejle davno.' },
      { text: 'I stay 2 days a week in Vejle, rest of week in Kolding.' },
      { text: 'Hola, soy Carmen. Si es tu primera vez con una mujer madura, tranquilo.' },
      { text: 'Ich wohne seit sechs Jahren in Vejle, Hausbesuche möglich.' },
      { text: 'Szia, Éva vagyok, új lakásban várlak Aarhusban.' },
      { text: 'Chiuso per 3 giorni a Natale, poi ci sono come sempre. Aarhus.' },
      { text: 'Bianca, 40. Nu sunt nouă în oraș, locuiesc în Aarhus de 5 ani.' },
      { text: 'Nem vagyok új a városban, évek óta Odensében élek.' },
      { text: 'Most érkeztem haza a munkából, hívj este hétkor.' },
      { text: 'Ich arbeite nur am Wochenende in Aalborg, seit zehn Jahren.' },
      { text: 'Locuiesc în Danemarca de 8 ani, prima dată am venit ca studentă.' },
      { text: 'Ultimi giorni di sconto: 1 ora 1200 kr.' },
      { text: 'Últimos días antes de mis vacaciones, vuelvo en enero. Vivo en Aalborg.' },
      { text: 'Sidste chance før juleferien – jeg har boet i Odense i 8 år. Julerabat kun i julen!' },
      { text: 'Ikke nyy i byeen, jeg har boet i Vejle i mange år.' },
      { text: 'Ivana, 38, živim u Odense već 9 godina. Nova frizura, ista ja.' },
      { text: 'Første uge i måneden holder jeg fri, ellers er jeg i Kolding.' },
      { text: 'Last days before my summer break, back in August. Lone, 45, in Aarhus since 1999.' },
      { text: 'Sidste dage før min vinterpause – jeg er tilbage 3. februar. Bente, 52.' },
      { text: 'Pia, 41, Vejle for ten years. The only thing new here is my haircut.' },
      { text: 'Ny adresse i Horsens fra 1. marts, samme nummer.' },
      { text: 'Jeg er ikke nytilflyttet, jeg har boet i Vejle i 20 år.' },
      { text: 'ikk ny i byn, har været her i 6 år. Stine 39' },
      { text: 'Ingen Jyllandsturné i år – jeg bliver hjemme i Vejle hele vinteren.' },
      { text: 'Tourists visit Odense only in summer, but I am here all year.' },
      { text: 'Der er kun få dage tilbage til jul – bestil tid i god tid, Hanne fra Vejle.' },
      { text: 'Only a few days left before Christmas, book your gift card now.' },
      { text: 'Back in Vejle 3 January after my holiday, same flat as always.' },
      { text: 'I moved to a new apartment last week, still in Aarhus, same number.' },
      { text: 'I just joined this site, but I have lived in Aarhus for ten years.' },
      { text: 'Я давно живу в Копенгагені, постійні клієнти мене знають.' },
      { text: 'Lingerie nova em folha, sempre com camisinha.' },
      { text: 'Promoção só esta semana: 1 hora 900 kr.' },
      { text: 'New girls arriving every week at our villa.' },
      { text: 'Nouvelle semaine à Odense, mêmes horaires.' },
      { text: 'Nouvelle adresse à Vejle depuis 2019.' },
      { text: 'I just reach home from work, call after 6.' },
      { text: 'I work in July two weeks only, then I have a holiday.' },
      { text: 'Jeg er kun i Odense 3 dage om ugen, resten af tiden studerer jeg.' },
      { text: 'Åbent kun i weekenden 2 dage, fredag og lørdag.' },
      { text: 'Em không phải mới đến, em ở Vejle lâu rồi.' },
      { text: 'Hindi na ako bagong dating, tatlong taon na ako dito.' },
      { text: '新照片！不是新来的，老客户都认识我。' },
      { text: 'Nu mai sunt la început: lucrez în Aarhus de 5 ani, abia aștept să te cunosc.' },
      { text: 'Dopiero po 20:00 możesz przyjść, mieszkam w Vejle od lat.' },
      { text: 'Er ikk ny i byen, jeg har boet i Odense længe.' },
      { text: 'Latina en Vejle hace 3 años. Últimos días de la oferta: 1 hora 1.000 kr.' },
      { text: 'Sidste dage før ferien er fuldt booket – vi ses i august. Hilsen Bente, 44.' },
      { text: 'I am away only two weeks in July, otherwise always in Odense.' },
      { text: 'Prøv vores nye thai Massage, 60 min 450 kr.' },
      { text: 'Try our new Brazilian Wax, 30 minutes, 400 kr.' },
      { text: 'Lise, 58, Horsens. Jeg arbejder kun få dage om ugen, så ring i god tid.' },
      { text: 'Dorte 51, Ikast. Jeg tager imod bare 3 dage om ugen, ring gerne før.' },
      { text: 'Gitte, 47, fast i Horsens. Jeg har kun nogle få dage fri i juli, så book før.' },
      { text: 'Jeg bor fast i Aarhus, og i min fritid rejser rundt i verden er min store passion.' },
      { text: 'Nyårserbjudande hela december: 1 timme 1 200 kr.' },
      { text: 'Ny nettside kommer snart! Anne, 49, tar imot i eget hus.' },
      { text: 'Neukunden herzlich willkommen. Ich bin Katja, 35.' },
      { text: 'NEW PHOTOS 📸 but not new in town – I have lived in Aarhus for 6 years.' },
      { title: 'Nye billeder 🎉', text: 'Nye billeder og ny hjemmeside. Tak til alle mine faste kunder.' },
      { text: 'Nye piger hver uge! Åbent alle dage.' },
      { text: 'We have new girls every week!' },
      { text: 'Jeg er ikke ny i byen, jeg har boet i Aarhus i 10 år.' },
      { text: 'Living in Helsingør for 12 years. I speak good English.' },
      { text: 'New price: 1 hour 1500 kr. New lingerie.' },
      { text: 'Ny på siden, men ikke i byen: jeg har boet i Vejle i 8 år.' },
      { text: 'Just landed in Copenhagen? I do outcall to the airport hotels.' },
      { text: 'Er du på gennemrejse i Aarhus? Ring, jeg bor tæt på banegården.' },
      { text: 'If you are passing through Odense, call me. I live here.' },
      { text: 'Ferie: lukket 24/12–26/12 og 31/12–1/1. Odense, 10.00-22.00 alle dage.' },
      { text: 'Aarhus 10-22, Odense 12-20. Klinik med to adresser.' },
      { text: 'Tilbud kun denne weekend: 1 time 1000 kr.' },
      { text: 'Sidste chance for at se mig før jul 🎄 jeg holder pause fra 20/12 til 3/1.' },
      { text: 'Last chance before my summer holiday, back in August. Aarhus since 2015.' },
      { text: 'I came to Denmark 12 years ago and live in Vejle.' },
      { text: 'Ditte 35. Sidste chance for at booke før min sommerferie ☀️ jeg er tilbage 1. august.' },
      { text: "Last chance this year! I'm off from 22 December to 2 January. Danish, 40, Odense." },
      { text: 'Er du ny hos os? Så læs vores regler først.' },
      { text: 'Hvis du er ny hos os, får du 10 % rabat på første besøg.' },
      { text: 'I love visiting Paris from time to time, but I live in Vejle.' },
      { text: 'Jeg besøger dig på din adresse eller dit hotel.' },
      { text: 'Min søster besøger mig i to dage, så jeg holder lukket.' },
      { text: 'I julen besøger jeg min mor i tre dage, derefter åbent igen i Vejle.' },
      { text: 'I have lived in Denmark 12 years. My first visit to Odense was in 2014.' },
      { text: 'Nye billeder denne uge – samme gamle mig.' },
      { text: 'She is new to this, so please be gentle. Lives in Vejle for years.' },
      { text: 'Nye billeder (new) her – ring (ny) nummer: 22 33 44 55.' },
      { text: 'Jestem Beata, mieszkam w Odense od sześciu lat. Nowa strona www.' },
      { text: 'New girl come to Aalborg? No – I have lived here for 9 years. Hanne, 44.' },
      { text: 'Are you visiting Aarhus this weekend? I am Mette, I live here.' },
      { text: 'Jeg bor i Aalborg i 12 år. Ikke på besøg – fast adresse.' },
      { text: 'Vivo en Copenhague hace 5 años, no soy nueva en la ciudad.' },
      { text: 'Jeg er lige kommet hjem fra ferie og klar igen. Mette, Aarhus, 11 år her.' },
      { text: 'Aarhus 12, Odense 14 og Vejle 16 – mine yndlingsbyer. Tlf 22 33 44 55.' },
      {
        text: "I'm Freya, 35, independent sex worker in Aarhus. I volunteer with outreach to newly arrived women.",
      },
      { text: 'Jeg hjælper nyankomne kvinder med skat og regler. Tove, 52.' },
      { text: 'New girl every week in our house.' },
      { text: 'New girls, new lingerie, same address.' },
      { text: 'Ich bin seit vielen Jahren in Sønderborg, also nicht neu in der Stadt.' },
      { text: 'Trabajo en Aarhus desde hace cinco años, no estoy de gira.' },
      { text: 'Er du ny i byen eller her på forretningsrejse? Så lad mig vise dig Aarhus.' },
      { text: 'Ny i SM-legene? Jeg viser dig trygt ind i det, Mette 52, Vejle.' },
      { text: 'New in BDSM? I love guiding beginners. Lone, 49, Svendborg.' },
      { text: 'Iryna, 44, in Vejle for 3 years. Last days of my autumn discount: 1 hour 1200 kr.' },
      {
        title: 'Bente 48 – SIDSTE DAGE sommerrabat',
        text: 'Bente, Ringsted. 1 time 900 kr (normalt 1.100).',
      },
      { text: 'Gitte, 51. Jeg var i Vejle for første gang i 1998 og blev her. Hyggelig lejlighed.' },
      { text: 'Grace, 38. I am not new in town and I am not on tour – Aarhus is my home.' },
      { text: 'Kira, 33, new on Sexguide, but I have lived in Aarhus for six years.' },
      { text: 'Elena, 41. New on Monday: my winter prices. Living in Vejle since 2015.' },
      { text: 'Program zilnic de la nouă în Aarhus C, Maria, 40, locuiesc aici de 10 ani.' },
      { text: 'Connie, 54, har boet i Vejle i 10 år. Der er kun få dage tilbage af min efterårsrabat.' },
      { text: 'My new lingerie from Paris just arrived – black lace. I am Lærke, 31, Danish.' },
      {
        text: 'Olena, 44, in Randers since 2009. I was new in town once, back in 2009 – now I know every street.',
      },
      {
        text: 'Jeg hedder Mia, 30 år. Min veninde Julie er ny i byen og har sin egen annonce – vi arbejder ikke sammen.',
      },
      {
        text: 'I am Anna, 30. Many ask about my friend Daniela: she is new in town and has her own ad, but we do not work together.',
      },
      { text: 'Jeg er Mette, 41. Jeg er lige kommet fra træning, så ring om en time.' },
      { text: 'New for Christmas: red lingerie and candles.' },
      { text: 'Massageklinik Odense. Vi får nye piger hver uge, så der er altid nogen at vælge imellem.' },
      { text: 'Nye billeder! Jeg har boet i Randers i 20 år, så ny i byen er jeg sgu ikke.' },
      { text: 'Sidste dage med efterårspris 🍂 Hanne 46, dansk, Aalborg Øst.' },
      { text: 'Tilbud kun denne weekend i december: 1 time 1000 kr. Jeg bor i Aarhus.' },
      { text: 'Lisa, 31, Helsingør. Intro offer this week only: 1 hour 750 kr (normally 1500).' },
      { text: 'Hola! Soy Marta, 36. Tengo un piso nuevo en Odense C, más cerca de la estación.' },
      { text: 'Llegué a Dinamarca hace 10 años y vivo en Odense. Hablo danés.' },
      { text: 'Hanne, 47, in Aarhus since 2001. Last days of the winter rate: 1 hour 1500 kr.' },
      { text: 'Aalborg tour guide by day, masseuse by night – I have lived here all my life.' },
      { text: 'I will be in Aarhus all week as always, Mon–Fri 10-18. Mette, 44.' },
      { text: 'Today’s arrival of new lingerie: red lace! Mette, 40, Aarhus.' },
      { text: 'Our new model photos of Lena are online. Lena, 35, Odense since 2010.' },
      { text: 'Julerabat kun i julen: 1 time 1000 kr. Mette, 45, fast i Aarhus i 10 år.' },
      { text: 'Påsketilbud – kun få dage tilbage! Bente, 52, fast i Vejle i mange år.' },
      { text: 'Lukket i ferien – kun i julen åbent om aftenen. Hanne, 52, Viborg.' },
      { text: 'Jeg holder lukket kun få dage i påsken, så er jeg her igen. Hanne, 52, Næstved.' },
      { text: 'Jeg arbejder kun 1 uge om måneden, resten af tiden studerer jeg.' },
      { text: 'Angebot nur bis Sonntag: 1 Std 1000 kr. Ich wohne seit Jahren in Aarhus.' },
      { text: 'Ich bin diese Woche in Urlaub, ab Montag wieder in meiner Wohnung.' },
      { text: 'Jeg jobber kun noen dager i uken og bor fast i Oslo-området.' },
      { text: 'Nieuw in mijn aanbod: hot stone massage. Ik woon al jaren in Odense.' },
      { text: 'Är du ny hos oss? Läs våra regler först.' },
      { text: 'Jeg er nu i Aarhus 2 dage om ugen og i Randers resten.' },
      { text: 'Anna, 39, Aarhus forever. New Aarhus pics every month.' },
      { text: 'My new Vejle studio is ready, same Lene as always.' },
      { text: 'Er du ny her i Aarhus? Jeg viser dig gerne byen – Karin, 49, bosat her i 20 år.' },
      { text: 'Hanne, 52. Kun få dage tilbage af sommerrabatten, og jeg har boet i Vejle i 15 år.' },
      { text: 'Gitte, 46. Jeg har været i Danmark i 30 år og bor fast i Køge.' },
      { text: 'I am in Odense for short time meetings, 30 min or 1 hour. Resident since 2012.' },
      { text: 'Lone har været hos os i mange år og starter hos os igen efter ferien.' },
      { text: 'De sidste 2 dage har jeg haft fri, men nu er jeg tilbage i min lejlighed i Vejle.' },
      { text: 'A short visit to my place in Aarhus: 30 min 800 kr. Bo, 47, living here since 2001.' },
      { text: 'My new boots arrived last week. Lise, 44, Odense resident.' },
      { text: 'Bist du neu bei uns? Ruf einfach an, ich erkläre alles.' },
      { text: 'Das Paket ist gestern angekommen, neue Dessous für dich.' },
      { text: 'Ich wohne seit zehn Jahren in Vejle und gehe nicht auf Tour.' },
      { text: 'If it is your first time here, relax. Hanne, 50, Vejle since 2001.' },
      { text: 'Første gang her? Velkommen, jeg har boet i Odense i 12 år.' },
      { text: 'I am in Spain for 10 days, home again in Vejle on 3 May.' },
      { text: 'Open until 23.12, then home to my family for Christmas. Lone, Aarhus.' },
      { text: 'Julerabat 14.-17. december kun, Mette i Vejle i 15 år.' },
      { text: 'Lukket 24.-26. december only, ellers åbent som altid.' },
      { text: 'Christmas tour guide in Tivoli by day, Mette, 45.' },
      { text: 'Min første jul i Danmark var i 2009 – nu bor jeg i Vejle.' },
      { text: 'Jeg er her kun til kl. 22 i aften, Bente fra Køge.' },
      { text: 'Jeg er i Vejle i 3 dage om ugen, resten af tiden i Fredericia.' },
      { text: 'Kim, 23, sweet & fresh from Manila 🌺 Massage and GFE.' },
      { text: 'Last days before we close for Easter break, back in April.' },
    ],
  },
});
