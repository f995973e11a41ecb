import { findNationalities, isOriginWord, normalizeCity } from '../extract/index.js';
import type { Evidence } from '../shared/types.js';
import { defineIndicator, type PreparedAd } from './define.js';
import { compileTerms, evidenceFor, insideReportedQuote } from './text/match.js';
import { speaksAsI } from './text/first-person.js';
import { soughtPersons } from './text/recruiting.js';
import { detectWithRules, type MatchContext, type TextRule } from './text/rules.js';
import { sentenceEnd, sentenceStart } from './text/sentence.js';
import { isRosterName, ON_DUTY_HEADINGS, rosterNamesAt, staffedShifts } from './text/roster.js';

// Also as texted: "new grls evry wk", "3 thai ladys".
const PERSONS_EN =
  '(?:girls|grls|ladies|ladys|women|models|masseuses|therapists|escorts|babes|beauties|chicas|ladyboys|shemales|trans girls|tgirls|dominas|mistresses|boys|companions|courtesans)';
// "masseuser": the French spelling Danish ads keep ("Vi har altid 3 masseuser på vagt").
const PERSONS_DA =
  '(?:piger|damer|kvinder|massøser|masseuser|massører|terapeuter|modeller|tøser|escortpiger|thai-damer|thaipiger|ladyboys|dominaer|drenge|fyre)';
/** One person as the unit of a rotation: "new lady every month", "ny pige hver uge". */
const PERSON_EN = '(?:girl|lady|woman|model|masseuse|escort|face|boy)';
const PERSON_DA = '(?:pige|dame|kvinde|massøse|model)';
const PERIOD_EN =
  '(?:every|each|evry) (?:week|wk|month|day|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+ (?:days|weeks))';
const PERIOD_DA =
  '(?:hver|hver eneste|hver anden) (?:uge|måned|dag|weekend|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)';
const NUMBER =
  '(?:\\d{1,2}(?:\\s*[-–—]\\s*\\d{1,2})?\\+?|three|four|five|six|seven|eight|ten|tre|fire|fem|seks|syv|otte|ti)';

/** A count in Swedish and Norwegian ("tre", "fyra", "fire"), for the house's head count. */
const NUMBER_NORDIC = '(?:\\d{1,2}|två|to|tre|fyra|fire|fem|sex|seks)';
/** Persons in Swedish and Norwegian: "tjejer", "jenter", "damer", "massöser". */
const PERSONS_NORDIC = '(?:tjejer|jenter|damer|kvinnor|kvinner|flickor|massöser|massører)';
/** One person as the unit of a rotation, and the period: "ny jente hver mandag", "ny tjej varje vecka". */
const PERSON_NORDIC = '(?:tjej|jente|dame|massös|massør)';
const PERIOD_NORDIC =
  '(?:hver|annenhver|varje|varannan) (?:uke|vecka|dag|måned|månad|helg|mandag|måndag|tirsdag|tisdag|onsdag|torsdag|fredag|lørdag|lördag|søndag|söndag)';
/** A count in German, for the house's head count ("unsere drei Masseurinnen"). */
const NUMBER_DE = '(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?|drei|vier|fünf|sechs|sieben|acht|zehn)';

/** Rotation ("new girls every week") and several persons at one place ("choose between 5 girls"). */
const terms = compileTerms([
  // Also with the origin between: "Ny thai pige hver uge", "new Thai girl every week".
  `(?:new|different|fresh|other|changing|rotating) (?:\\p{L}+ )?(?:${PERSONS_EN}|${PERSON_EN})(?: \\p{L}+){0,2} ${PERIOD_EN}`,
  `(?:nye?|andre|anden|friske?|forskellige|skiftende) (?:\\p{L}+ )?(?:${PERSONS_DA}|${PERSON_DA})(?: \\p{L}+){0,2} ${PERIOD_DA}`,
  `(?:skiftende|changing|rotating) (?:${PERSONS_EN}|${PERSONS_DA})`,
  // The persons themselves change: "Our girls change every month", "pigerne skifter hver uge".
  `${PERSONS_EN} (?:change|rotate|are changed|are new) ${PERIOD_EN}`,
  // With where they come from or a mark between: "4 lovely girls from Ukraine and Poland, changing
  // every week", "Sexy girls 🇷🇴🇧🇬 new every week".
  `${PERSONS_EN}[^.!?]{0,40} (?:changing|rotating|changed|new) ${PERIOD_EN}`,
  // The same in Danish: "danske og udenlandske piger 💃 skiftende hver måned", "damer fra Asien, nye hver uge".
  `${PERSONS_DA}[^.!?]{0,40} (?:skiftende|skifter|udskiftes|nye) ${PERIOD_DA}`,
  // A manager's head count: "I manage 3 girls in Randers".
  `(?:i|jeg) (?:manage|handle|run|have|hv|hav|styrer|har) ${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // The house's staff: "Hos os arbejder 4 dygtige massøser", "at our place work 5 girls"; also whom
  // the client meets there, two in words too ("to" is English only after "hos os"): "Hos os møder du
  // altid to søde damer", "at our place you always meet two ladies" (see businessHasTwo).
  `(?:hos os|at our place|with us) (?:arbejder|er|works?|are|møder du|finder du|you(?:'ll| will| can)? (?:meet|find)) (?:(?:altid|always|nu|now|i dag|today) )?(?:${NUMBER}|to|two) (?:\\p{L}+ ){0,3}(?:${PERSONS_EN}|${PERSONS_DA})`,
  `(?:${PERSONS_DA}|pigerne|damerne) (?:skifter|udskiftes|er nye) ${PERIOD_DA}`,
  // The house's team changes: "Hver mandag skifter holdet", "holdet skiftes hver uge", "the line-up
  // changes every week".
  `${PERIOD_DA} (?:skifter|skiftes|udskiftes) (?:holdet|pigerne|damerne|massøserne)`,
  `(?:holdet|udvalget) (?:skifter|skiftes|udskiftes) ${PERIOD_DA}`,
  // Also the choice on offer: "The selection rotates every week".
  `(?:the )?(?:team|line ?up|roster|selection) (?:changes|rotates|is changed|is new) ${PERIOD_EN}`,
  // A new team or new names on the list: "Nyt hold hver søndag!", "nye navne hver mandag", "a new
  // line-up every week".
  `(?:nyt hold|nye navne) ${PERIOD_DA}`,
  `(?:a )?(?:new team|new line ?up|new names) ${PERIOD_EN}`,
  // A stated head count offered by the business: "We have 4 lovely thai ladies", "vi har 6 piger".
  `(?:we have|we hv|we hav|we got|there are|we represent|vi har|der er|vi repræsenterer) (?:\\p{L}+ ){0,2}${NUMBER} (?:\\p{L}+ ){0,3}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // The place itself has the head count: "Klinikken har 4 dygtige massører", "Wellness Huset har 5
  // uddannede massører", "the studio has 3 Thai masseuses" (three or more, see enoughPersons).
  `(?:huset|klinikken|klinik|studiet|studio|salonen|salon|spa|wellness|centret|center|stedet|the (?:house|clinic|studio|salon|spa|parlou?r|place)) (?:har|has) ${NUMBER} (?:\\p{L}+ ){0,3}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // The business has persons, without a count: "We have the best girls from Ghana", "Vi har piger
  // fra Nigeria og Kenya", "We have beautiful Chinese girls" (a count is read by the rule above);
  // also a list of origins: "We have Thai, Filipino and Vietnamese ladies".
  `(?:we have|we got|vi har) (?:\\p{L}+,? ){0,4}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // The house's staff without a count, as "we have" above: "Hos os finder du erfarne massøser", "at
  // our place you will meet sweet Asian ladies" (a count of two is read by businessHasTwo).
  `(?:hos os|at our place|with us) (?:arbejder|finder du|møder du|works?|you(?:'ll| will| can)? (?:meet|find)) (?:\\p{L}+ ){0,3}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // "We have many girl, you choose you like": broken English keeps the noun singular after "many".
  `(?:we have|we got|vi har) (?:many|several|lots of|a lot of|mange|flere) (?:\\p{L}+ ){0,2}(?:${PERSON_EN}|${PERSON_DA})`,
  '(?:you )?(?:can )?(?:choose|pick|vælg|vælge) (?:the |den )?(?:girl|lady|one|pige|dame)? ?(?:you|du) (?:like|want|kan lide|vil have|har lyst til)',
  // Guests beside the house's own: "skiftende gæstedominaer", "guest mistresses every month".
  'gæste(?:dominaer|piger|damer|massøser)',
  'guest (?:mistresses|dominas|dominatrixes|girls|ladies|masseuses)',
  // Rotation in visitors' languages: German "Täglich neue Damen", "jede Woche neue Mädchen",
  // Polish "nowe dziewczyny co tydzień", Czech/Slovak "nové dívky každý týden", Lithuanian
  // "Naujos merginos kiekvieną savaitę", Spanish "chicas nuevas cada semana", Romanian "fete noi în
  // fiecare săptămână", Portuguese "meninas novas toda semana".
  '(?:jede woche|jeden tag|jeden monat|täglich|wöchentlich) (?:neue|andere) (?:mädchen|damen|girls|frauen|ladies)',
  'neue (?:mädchen|damen|girls|frauen) (?:jede woche|jeden tag|jeden monat|täglich|wöchentlich)',
  '(?:co tydzień|co tydzien|codziennie) nowe dziewczyny',
  'nowe dziewczyny (?:co tydzień|co tydzien|codziennie|każdego tygodnia)',
  'nové (?:dívky|holky|dievčatá|slečny|tváře|tváre) každý (?:týden|týždeň|den|deň)',
  // The time first, and new faces: "každý týden nové tváře", "co tydzień nowe twarze"; Polish also
  // "nowe" alone after the persons, closing the clause ("Polskie dziewczyny, co tydzień nowe"), not
  // "co tydzień nowe promocje".
  'každý (?:týden|týždeň|den|deň) nové (?:dívky|holky|dievčatá|slečny|tváře|tváre)',
  '(?:co tydzień|co tydzien|codziennie) nowe (?:twarze|panie)',
  '(?:dziewczyny|panie),? (?:co tydzień|co tydzien|codziennie) nowe(?=\\s*(?:[.,!;]|$))',
  'naujos merginos (?:kiekvieną|kiekviena) (?:savaitę|savaite|dieną|diena)',
  '(?:chicas|niñas)(?: \\p{L}+)? nuevas (?:cada|todas las) (?:semana|semanas)',
  // Polish houses: "U nas zawsze 5 dziewczyn", "zmiana co tydzień" (a change every week).
  'u nas (?:zawsze )?(?:\\d{1,2} )?(?:\\p{L}+ )?(?:dziewczyn|dziewczyny|panie|pań)',
  'zmiana co (?:tydzień|tydzien|miesiąc)',
  'nuevas chicas (?:cada|todas las) (?:semana|semanas)',
  // Swedish, Norwegian and German: "nya tjejer varje vecka", "vi får nye jenter hver uke", "täglich
  // wechselnde Damen", and a house's head count "Hos oss jobbar tre thailändska massöser".
  'nya (?:tjejer|damer|flickor|massöser)(?: \\p{L}+)? (?:varje|varannan) (?:vecka|dag|månad)',
  'nye (?:jenter|damer|massører)(?: \\p{L}+)? (?:hver|annenhver) (?:uke|dag|måned)',
  // One new person as the unit, and a weekday: "Ny jente hver mandag!", "ny tjej varje fredag".
  `(?:ny|nya|nye) (?:\\p{L}+ )?(?:${PERSON_NORDIC}|${PERSONS_NORDIC})(?: \\p{L}+){0,2} ${PERIOD_NORDIC}`,
  // A counted choice or head count: "3–4 hyggelige damer å velge mellom", "alltid 4 tjejer på
  // plats", "Vi har to nye jenter" (two counted only for a business, see enoughPersons).
  `${NUMBER} (?:\\p{L}+ ){0,2}${PERSONS_NORDIC} (?:å velge (?:i)?mellom|att välja (?:e)?mellan|på plats|på stedet|på jobb)`,
  `(?:alltid|hver dag|varje dag) (?:\\p{L}+ ){0,2}${NUMBER} (?:\\p{L}+ ){0,3}${PERSONS_NORDIC}`,
  `vi har (?:\\p{L}+ ){0,2}(?:${NUMBER_NORDIC}|fyra|två) (?:\\p{L}+ ){0,3}(?:${PERSONS_NORDIC}|${PERSON_NORDIC})`,
  `(?:många|flera|mange|flere) (?:\\p{L}+ ){0,2}(?:tjejer|jenter|flickor|kvinnor|kvinner)`,
  // Also without the adverb, as "skiftende piger": "Wechselnde Damen aus Osteuropa".
  '(?:(?:täglich|wöchentlich|ständig|immer) )?wechselnde (?:damen|mädchen|girls|frauen|ladies)',
  `hos oss (?:jobbar|jobber|arbetar|arbeider) ${NUMBER_NORDIC} (?:\\p{L}+ ){0,2}(?:tjejer|jenter|damer|massöser|massører)`,
  // German houses the same: "Bei uns arbeiten täglich 6-8 Damen", "bei uns warten 5 Mädchen".
  `bei uns (?:arbeiten|warten|sind|erwarten dich) (?:(?:täglich|immer|heute|ständig) )?${NUMBER} (?:\\p{L}+ ){0,2}(?:damen|mädchen|frauen|girls|ladies|masseurinnen)`,
  // The house counts its women: "Unsere drei thailändischen Masseurinnen", "Wir haben 5 Damen aus
  // Polen" (two are a duo, so from three).
  `(?:unsere|wir haben) ${NUMBER_DE} (?:\\p{L}+ ){0,2}(?:damen|mädchen|frauen|girls|ladies|masseurinnen)`,
  'fete noi (?:în|in) fiecare (?:săptămână|saptamana|zi)',
  // The persons change, said with the verb in German and Czech/Slovak: "Bei uns wechseln die Damen
  // jeden Monat", "die Mädchen wechseln wöchentlich", "Dívky se střídají každý týden".
  // Not "die Damen wechseln nicht".
  'wechseln (?:die |unsere )?(?:mädchen|damen|frauen|girls)(?! (?:nicht|nie|niemals)(?![\\p{L}]))',
  '(?:die |unsere )?(?:mädchen|damen|frauen) wechseln(?! (?:nicht|nie|niemals)(?![\\p{L}]))',
  '(?:holky|dívky|slečny|dievčatá) s[ea] (?:střídají|striedajú|mění|menia)',
  // A head count as the house's normal state in visitors' languages: "immer 4-5 Damen im Haus",
  // "siempre 4 chicas en el piso", "vždy 3 dívky", "zawsze 4 dziewczyny", "mereu 3 fete".
  `(?:immer|täglich|siempre|sempre|vždy|vzdy|zawsze|mereu|întotdeauna|всегда|винаги) ${NUMBER} (?:\\p{L}+ ){0,2}(?:damen|mädchen|frauen|girls|chicas|mujeres|meninas|holky|dívky|slečny|dziewczyny|dziewczyn|fete|девушки|девушек|момичета)`,
  // The house's head count: Romanian "Avem 4 fete", "La noi găsești 3 fete"; Russian "У нас работают
  // 5 девушек", "выбор из 6 девушек"; Bulgarian "Имаме 4 момичета".
  `(?:avem|găsești|gasesti|găsiți|gasiti) ${NUMBER} (?:\\p{L}+ ){0,2}fete`,
  `(?:у нас|имаме) (?:работают |работает |есть |работят )?${NUMBER} (?:\\p{L}+ ){0,2}(?:девушки|девушек|девочки|девочек|момичета)`,
  // Also with a dash for "из" ("Выбор – 8 девушек"), and in Latin letters: "Vybor – 8 devushek", "U nas
  // rabotayut 5 devushek".
  `выбор (?:из )?${NUMBER} (?:\\p{L}+ )?(?:девушек|девочек)`,
  `vybor (?:iz )?${NUMBER} (?:\\p{L}+ )?(?:devushek|devochek)`,
  `u nas (?:rabotayut |rabotaet |est'? )?${NUMBER} (?:\\p{L}+ ){0,2}(?:devushki|devushek|devochki|devochek)`,
  // Dutch: "elke week nieuwe dames", "nieuwe meiden iedere week", "wekelijks nieuwe dames"; Swedish and
  // Norwegian with the time first: "varje vecka nya tjejer", "hver uke nye jenter".
  '(?:elke|iedere) (?:week|dag|maand) (?:nieuwe|andere) (?:dames|meiden|meisjes|vrouwen|girls)',
  'wekelijks (?:nieuwe|andere) (?:dames|meiden|meisjes|vrouwen|girls)',
  'nieuwe (?:dames|meiden|meisjes|vrouwen|girls) (?:elke|iedere) (?:week|dag|maand)',
  'varje (?:vecka|dag|månad) nya (?:tjejer|damer|flickor|massöser)',
  'hver (?:uke|dag|måned) nye (?:jenter|damer|massører)',
  '(?:meninas|garotas) novas (?:toda|todas as|cada) (?:semana|semanas)',
  // An agency's head count: "Vi tilbyder fem mandlige escorts"; also the persons it sends out
  // together: "We send 3 Polish girls to your party", "vi sender 4 søde damer til din polterabend".
  `(?:vi tilbyder|we offer|vi formidler|we send|we can send|vi sender|vi kan sende) ${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // Women kept together: "Jeg bor sammen med de andre piger i lejligheden" (from "sammen"/"with":
  // "bor" and "live" begin too many words to gate the list).
  '(?:sammen med|together with|with) (?:de andre|the other) (?:piger|damer|girls|ladies)',
  // The house's own head count: "vores 8 modeller", "Alle vores 9 massører", "all our 5 girls".
  `(?:our|vores|all our|alle vores) ${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // Swedish/Norwegian and Spanish: "Välj mellan Ebba, Wilma och Alva", "Tenemos 3 chicas".
  '(?:välj|velg) (?:mellan|mellom|blant|bland)',
  `(?:tenemos|temos) ${NUMBER} (?:chicas|meninas|garotas|mujeres|mulheres)`,
  // The house has persons, without a count: "Tenemos chicas colombianas y venezolanas".
  '(?:tenemos|temos) (?:\\p{L}+ ){0,2}(?:chicas|meninas|garotas|mujeres|mulheres)',
  // Rotation with where they come from between: "chicas colombianas y venezolanas, nuevas cada semana".
  '(?:chicas|niñas|mujeres|meninas|garotas|mulheres)[^.!?]{0,40} (?:nuevas|novas) (?:cada|todas las|toda|todas as) (?:semana|semanas|mes|mês)',
  // Two in words, only right after the business's "we have" ("to" is also English "to").
  `(?:we have|vi har) (?:two|to) (?:\\p{L}+ ){0,3}(?:${PERSONS_EN}|${PERSONS_DA}|${PERSON_EN}|${PERSON_DA})`,
  // The writer who has two for the client: "I have two beautiful girls for you" (not "I have two
  // girls" of a mother: the offer follows).
  `i have (?:two|2) (?:\\p{L}+ ){0,2}${PERSONS_EN}(?= (?:for you|ready|waiting|available))`,
  // "We 3 girl here", "we 4 thai lady": a count after "we" without a verb, as broken English puts it.
  `(?:we|vi) ${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSON_EN}|${PERSONS_DA}|${PERSON_DA})`,
  // Broken Danish and English keep the noun singular after a count: "Vi har 3 dejlig kinesisk pige".
  `(?:we have|vi har) ${NUMBER} (?:\\p{L}+ ){0,3}(?:${PERSON_EN}|${PERSON_DA})`,
  // Treatment by several staff: "Thaimassage ved thailandske massøser", "massage by trained masseuses".
  // Also in Swedish and Norwegian: "massage av erfarna massöser", "utført av dyktige massører".
  // Also "with" them, a comma between the words: "sensuel massage med søde, erfarne massøser".
  `(?:ved|by|af|from|av|med|with) (?:\\p{L}+,? ){0,2}(?:massøser|massører|masseuses|masseurs|therapists|terapeuter|massöser|massörer)`,
  // Also with a word or two between: "NYE THAI PIGER", "new sexy Asian girls".
  `(?:new|nye) (?:\\p{L}+ ){0,2}${PERSONS_EN}`,
  `nye (?:\\p{L}+ ){0,2}${PERSONS_DA}`,
  // The same in visitors' languages: "Fete noi din România", "Neue Mädchen", "Nowe dziewczyny",
  // "Новые девушки", "Нові дівчата", "Нови момичета".
  'fete noi',
  'neue (?:\\p{L}+ ){0,2}(?:mädchen|damen|girls|frauen)',
  'nowe (?:\\p{L}+ ){0,2}dziewczyny',
  '(?:новые|нові|нови) (?:\\p{L}+ ){0,2}(?:девушки|девочки|дівчата|момичета)',
  // The line-up changes: "Состав меняется каждую неделю", "склад дівчат оновлюється".
  '(?:состав|склад) (?:девушек |дівчат )?(?:меняется|обновляется|змінюється|оновлюється)',
  'weekly new',
  'ugentligt nye',
  '(?:new|fresh) faces',
  '(?:nye|friske) ansigter',
  `(?:many|several|lots of|a lot of|plenty of|various|different|mange|flere|masser af|forskellige) (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA})`,
  `(?:choose|pick|select) (?:between|from|among) (?:\\p{L}+ ){0,2}(?:${NUMBER} )?(?:${PERSONS_EN}|our)`,
  // The Danish choice names the persons or the house too: "Vælg mellem flere piger", "vælg blandt
  // vores 6 damer", not roles or times ("Vælg mellem sygeplejerske, sekretær eller skolepige").
  `(?:vælg|vælge) (?:mellem|blandt) (?:\\p{L}+ ){0,2}(?:${NUMBER} )?(?:${PERSONS_DA}|${PERSONS_EN}|vores|os)`,
  // "Vælg selv din pige", not "Min julemenu – vælg selv" (from a menu).
  `(?:vælg|vælge) selv (?:\\p{L}+ ){0,2}(?:${PERSON_DA}|${PERSONS_DA})`,
  // A head count with the persons' origin: "Diamond Girls 💎 6 søde piger fra Rumænien"; Spanish puts
  // a word after the persons: "4 chicas calientes from Colombia".
  `${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA})(?: \\p{L}+)? (?:fra|from)`,
  // "traditionel thaimassage ved 3 uddannede massører", "massage by 4 trained masseuses"
  `(?:ved|by|with|med) ${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // "Hos os finder du 4 søde massøser", "you will find 5 girls", "Vi er tre danske massøser".
  // The trade in a compound too, and the verb first after a place: "Hos os er vi fire certificerede
  // tantramassører", "I klinikken er vi 4 thaimassøser".
  `(?:finder du|kan du finde|kan du møde|møder du|you(?:'ll| will| can)? (?:find|meet)|we are|we're|vi er|er vi) (?:\\p{L}+ ){0,2}${NUMBER} (?:\\p{L}+ ){0,3}(?:${PERSONS_EN}|${PERSONS_DA}|\\p{L}+(?:massører|massøser|terapeuter))`,
  // Broken English keeps the noun singular after the count: "We are 3 thai masseuse", "we are 4 lady".
  `(?:we are|we're) ${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSON_EN})(?![\\p{L}])`,
  // Friends or sisters counting themselves: "We are 3 friends from Venezuela sharing one
  // apartment", "Vi er tre veninder" (two are a duo, see enoughPersons).
  `(?:we are|we're|vi er) (?:\\p{L}+ ){0,2}${NUMBER} (?:\\p{L}+ ){0,2}(?:friends|sisters|veninder|søstre)`,
  // A head count as the house's normal state: "Always 6-8 girls", "hver dag 4-6 piger".
  `(?:always|altid|daily|dagligt|every day|each day|hver dag|hver aften|every night|every evening|normally|usually|normalt|typisk) (?:\\p{L}+ ){0,2}${NUMBER} (?:\\p{L}+ ){0,3}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // A weekday brings new persons: "Hver mandag kommer der nye damer", "every Monday new girls arrive".
  // Also one new friend each week: "hver uge kommer en ny veninde".
  `${PERIOD_DA} (?:kommer|ankommer|får vi|har vi|starter) (?:der )?(?:en |et )?(?:nye?|friske?|andre) (?:${PERSONS_DA}|${PERSON_DA}|veninde|veninder)`,
  `${PERIOD_EN} (?:new|fresh|different) (?:${PERSONS_EN}|${PERSON_EN})`,
  // Also the persons taking turns: "3 søde damer på skift", "4 girls in shifts".
  // Also renting rooms at the place: "4 independent ladies rent rooms here", "3 damer lejer værelser".
  `${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA}) (?:on site|at the place|på stedet|in the house|i huset|available|working|klar|til stede|at work|on duty|on shift|in shifts|on rotation|på vagt|på skift|bor og arbejder i huset|arbejder i huset|live and work|rent rooms|rent a room|lejer (?:værelser|rum|et værelse|et rum))`,
  // A counted choice: "3 piger at vælge imellem", "5 ladies to choose from", texted "2 choose frm".
  `${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA}) (?:at vælge (?:i)?mellem|(?:to|2) choose (?:from|frm|between))`,
  // The count after the persons: "Young Thai and Chinese girls, 3 on duty every day".
  `(?:${PERSONS_EN}|${PERSONS_DA}),? ${NUMBER} (?:on duty|på vagt|at work|på arbejde|every day|hver dag)`,

  // The person of the day is one of a changing line-up: "Dagens thai massøse: Nim", "today's girl
  // Mai"; the persons of a night or an evening are several: "Nattens piger står klar" ("Dagens
  // piger:" before names is the roster heading below, which counts the names).
  `(?:dagens|today(?:'s|s)) (?:\\p{L}+ )?(?:${PERSON_DA}|${PERSON_EN})`,
  `(?:nattens|aftenens|tonight(?:'s|s)) (?:\\p{L}+ )?(?:${PERSONS_DA}|${PERSONS_EN})`,
  'this weeks? girls?',
  'ugens piger?',
  'girl of the week',
  'ugens pige',
]);

/** The number of a rotation's period: "every 2 weeks", "hver 2. uge" (see enoughPersons). */
const PERIOD_NUMBER =
  /(?<![\p{L}])(?:every|each|hver|hver anden)\s+\d{1,2}\.?\s*(?:days|weeks|months|dage|uger|måneder|dag|uge|måned)(?![\p{L}])/giu;

/** A duo: two persons who advertise together, not a house. */
const DUO =
  /(?<![\p{L}])(?:duo|duos|together|sammen|begge|both|veninder?|friends?|søstre|sisters|par|couple)(?![\p{L}])/iu;
/** "We have no girls", "vi har ikke mange piger": the words between may deny what the rule reads. */
const DENIED_INSIDE = /(?<![\p{L}])(?:no|ingen|ikke|not|never|aldrig)(?![\p{L}])/iu;
const BUSINESS_HAS = /^(?:we have|we got|vi har|hos os|at our place|with us|i have)/iu;

/**
 * A stated count must be three or more persons ("2 girls" is a duo), or two that a business has
 * ("Vi har 2 thai damer", "Hos os møder du to damer") in an ad with no word of a duo.
 */
/** New clients, not new persons: "der er altid plads til nye ansigter", "new faces welcome". */
const FACES = /^(?:new faces|nye ansigter)$/iu;
const ROOM_FOR_BEFORE =
  /(?<![\p{L}])(?:plads til|room for|space for|åben for|open to|opens? for)\s+(?:(?:altid|always|også|also)\s+)?$/iu;
const WELCOME_AFTER =
  /^\s+(?:(?:are|er)\s+)?(?:(?:always|altid|very|meget)\s+)?(?:welcome|velkomne|velkommen)/iu;

function newClients(ctx: MatchContext): boolean {
  return (
    FACES.test(ctx.matched) &&
    (ROOM_FOR_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)) ||
      WELCOME_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24)))
  );
}

/**
 * A workplace she left, told by an independent: "Jeg arbejdede tidligere på en thaiklinik med mange
 * piger – i dag er jeg min egen", "I used to work in a parlour with 6 girls".
 */
const FORMER_WORKPLACE =
  /(?<![\p{L}])(?:arbejdede|used to work|worked|formerly worked|previously worked)(?![\p{L}])/iu;

function formerWorkplace(ctx: MatchContext): boolean {
  if (!speaksAsI(ctx.ad)) return false;
  const from = sentenceStart(ctx.text, ctx.start, 160);
  return FORMER_WORKPLACE.test(ctx.text.slice(from, sentenceEnd(ctx.text, ctx.end, 80)));
}

function enoughPersons(ctx: MatchContext): boolean {
  if (DENIED_INSIDE.test(ctx.matched) || newClients(ctx)) return false;
  // Persons a business seeks are not at its place yet: "Escortbureau søger nye damer", "Nye piger søges".
  if (soughtPersons(ctx.text, ctx.start, ctx.end)) return false;
  if (othersCompared(ctx) || formerWorkplace(ctx)) return false;
  // A range counts by its top: "altid 2–3 piger" is up to three.
  // The period's number is no head count: "the girls change every 2 weeks".
  const n = /(?<![\d])(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?(?![\d])/u.exec(
    ctx.matched.replace(PERIOD_NUMBER, ''),
  );
  // No digits: a count in words of three or more, or "Vi har to søde pige" (two).
  if (n === null) return !/(?<![\p{L}])(?:two|to)(?![\p{L}])/iu.test(ctx.matched) || businessHasTwo(ctx);
  if (Number(n[2] ?? n[1]) >= 3) return true;
  return Number(n[1]) === 2 && businessHasTwo(ctx);
}

/**
 * An independent comparing herself with other women: "Mange piger er kun her få dage – jeg er her
 * hele året", "Many girls are rushed, I take my time". The persons are the subject of a verb in an
 * ad that speaks as "I".
 */
const MANY_FIRST =
  /^(?:many|several|lots|a lot|plenty|various|different|mange|flere|masser|forskellige|många|flera)(?![\p{L}])/iu;
const VERB_AFTER =
  /^\s+(?:er|are|har|have|kommer|come|bliver|arbejder|work|gør|do|tager|take|lyver|lie|is|was|were|var|är|tar|jobbar|jobber|blir)(?![\p{L}])/iu;

/** "I am very direct, like many Polish women": a comparison, not persons of the place. */
const LIKE_BEFORE = /(?<![\p{L}])(?:like|unlike|som|ligesom|modsat|as do)\s+$/iu;

/**
 * Women she knows in the trade, not persons at her place: "Jeg kender mange piger i branchen",
 * "I know many girls who work alone", "many girls in the business".
 */
const KNOWS_BEFORE = /(?<![\p{L}])(?:kender|kendte|know|knew|have met|har mødt)\s+$/iu;
const IN_THE_TRADE_AFTER =
  /^\s+(?:i branchen|i faget|i miljøet|in the (?:business|industry|trade|job))(?![\p{L}])/iu;
/**
 * Women of the writer's age, as a mature writer speaks of peers or clients: "Mange kvinder i min
 * alder savner nærvær", "many women my age", "lots of ladies of my age".
 */
const OF_MY_AGE_AFTER =
  /^\s+(?:(?:i|på|of|in)\s+)?(?:min|my)\s+(?:egen\s+|own\s+)?(?:alder|age)(?![\p{L}])/iu;

/**
 * Places she sets herself against: "træt af klinikker med mange piger? Her er kun mig", "tired of
 * places with many girls", "sick of agencies with lots of ladies".
 */
const TIRED_OF_BEFORE =
  /(?<![\p{L}])(?:træt af|trætte af|tired of|sick of|fed up with|lei af|hader|hate)\s+(?:\p{L}+\s+){0,3}$/iu;

function othersCompared(ctx: MatchContext): boolean {
  if (!MANY_FIRST.test(ctx.matched) || !speaksAsI(ctx.ad)) return false;
  return (
    TIRED_OF_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start)) ||
    VERB_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 16)) ||
    LIKE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) ||
    KNOWS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) ||
    IN_THE_TRADE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24)) ||
    OF_MY_AGE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))
  );
}

/**
 * Two persons count when a business has them ("Vi har 2 thai damer") in an ad with no word of a duo,
 * or when the two say they are at one place: "We are 2 girls in the apartment", "Vi er to piger i
 * lejligheden, vælg en af os". There a friend in the singular ("pay my friend at the door") is a
 * third person, not the other of a duo.
 */
const WE_ARE = /^(?:we are|we're|vi er)(?![\p{L}])/iu;
const AT_ONE_PLACE_AFTER =
  /^[^.!?\n]{0,40}?(?<![\p{L}])(?:in the (?:apartment|flat|house|studio|clinic)|at the (?:place|apartment|flat|studio|clinic)|i (?:lejligheden|huset|studiet|klinikken)|på (?:stedet|klinikken))(?![\p{L}])/iu;
const DUO_PAIR =
  /(?<![\p{L}])(?:duo|duos|together|sammen|begge|both|veninder|friends|søstre|sisters|par|couple)(?![\p{L}])/iu;

function businessHasTwo(ctx: MatchContext): boolean {
  if (WE_ARE.test(ctx.matched) && AT_ONE_PLACE_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 60)))
    return !ctx.ad.fields.some((f) => f.source === 'ad' && DUO_PAIR.test(f.text));
  return BUSINESS_HAS.test(ctx.matched) && !ctx.ad.fields.some((f) => f.source === 'ad' && DUO.test(f.text));
}

/**
 * A roster: "Today working: Anna (Thailand), Mai (Vietnam), Ploy (Thailand)", "I dag på arbejde:
 * Mia, Sofia og Lulu", "Dagens piger: Lin 23, Mai 25, Joy 21". The heading must be followed by the
 * names of three or more persons; one name ("Working today: Anna") is a single person's schedule.
 */
const rosterHeading = compileTerms([
  // The venue named in the heading: "This week at the studio: Anna (Poland), Kim (Thailand), …".
  '(?:this week|today|tonight|denne uge|i dag|i aften) (?:at|in|på|i) (?:the |our |vores )?\\p{L}+:',
  // The venue's name of two words and its area: "Denne uge hos Studio Rubin, Kbh V: Lena, Mira og Dana";
  // also the day's persons there: "Dagens piger hos Lotus Spa, Valby: Mai 24, Lin 30, Joy 27".
  "(?:this week|today|tonight|denne uge|i dag|i aften|dagens (?:piger|damer|massøser)|today(?:'s|s) (?:girls|ladies|masseuses)) (?:at|hos) \\p{L}+(?: \\p{L}+){0,2}(?:, \\p{L}+(?: \\p{L}+)?)?:",
  // Also with the venue named: "Today's girls at Orchid Studio: Mai 🇹🇭, Lily 🇨🇳 and Anna 🇵🇭"
  // (before the headings, which would end the match at "girls").
  "today(?:'s|s) (?:girls|ladies|masseuses) (?:at|in) (?:the )?\\p{L}+(?: \\p{L}+)?(?=:)",
  ...ON_DUTY_HEADINGS,
  "today(?:'s|s) (?:girls|ladies|masseuses)",
  '(?:girls|ladies|masseuses) (?:today|this week)',
  'today we have',
  'i dag har vi',
  'dagens (?:piger|damer|massøser)',
  '(?:piger|damer|massøser) i dag',
  // A venue introducing its persons by name: "Hos os finder du Lady Vera, Mistress Kim og Madame Sasha".
  'hos os (?:finder|møder) du',
  "(?:at our \\p{L}+ )?you(?:'ll| will| can) (?:find|meet)",
  '(?:meet|mød) (?:our|vores) (?:\\p{L}+ )?(?:girls|ladies|team|piger|damer)',
  // Who works at the venue, named: "Hos os arbejder i denne uge Nok, Ploy og Mai", "Working with us
  // this week: Lin, Joy and Mai".
  '(?:hos os arbejder|(?:working|who works) (?:with us|here)|at our \\p{L}+ work)(?: (?:i dag|i denne uge|denne uge|nu|lige nu|i øjeblikket|today|this week|now|at the moment))?',
  // A line-up under the persons' heading: "Our girls: Lily, Mei, Coco", "Piger: Mia, Sofia og Lulu".
  '(?:girls|ladies|models|masseuses|therapists|piger|damer|modeller|massøser|terapeuter)\\s?:',
]);

function namesThree(ctx: MatchContext): boolean {
  return rosterNamesAt(ctx.text, ctx.end, 3) >= 3;
}

/**
 * "This week: Jasmin, Bella og Nikki" is a house's changing line-up; "Denne uge: Sandra, 20" is an
 * agency's one person of the week, which only third-party-voice reads.
 */
const weekHeading = compileTerms(['this week:', 'denne uge:']);

/**
 * The house names who works at its place: "Hos os i Køge: Mai og Lin fra Thailand", "At our clinic:
 * Joy and Nok". Two named by a business are several persons at one place; not two who call
 * themselves a duo or friends ("Hos os: Mia og Ida, to veninder").
 */
// The two joined right after the heading ("Mai og Joy", "Wei Wei & Lulu"): "Ny pige hos os: Zuzanna 🇵🇱
// Hun er 19" is one person, whatever word comes next.
const TWO_JOINED_AFTER =
  /^\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:\s*\([^()\n]{0,30}\))?\s*(?:og|and|&|,)\s*\p{Lu}\p{Ll}+/u;
const twoJoinedAfter = (ctx: MatchContext): boolean =>
  TWO_JOINED_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 60));
const ourPlaceHeading = compileTerms([
  'hos os(?: i \\p{L}+)?:',
  'at our (?:place|studio|clinic|salon|spa)(?: in \\p{L}+)?:',
]);

function namesTwo(ctx: MatchContext): boolean {
  return rosterNamesAt(ctx.text, ctx.end, 2) >= 2;
}

/**
 * "Our girls" counts only with a shared place ("at our studio", "Vores piger ... på klinikken") or
 * origins of several persons: an escort agency's "our ladies" with neither is a third-party voice only.
 */
const ourPersons = compileTerms([
  '(?:our|vores) (?:\\p{L}+ ){0,2}(?:\\p{L}+-)?(?:girls|ladies|models|escorts|boys|guys|gentlemen|piger|damer|drenge|fyre|modeller|massøser|masseuses|therapists|terapeuter)(?! (?:clients?|customers?|guests?|kunder|gæster)(?![\\p{L}]))',
  // The same in visitors' languages: "Unsere Mädchen", "Nuestras chicas", "Naše holky", "Nasze
  // dziewczyny", "Наши девушки", "Нашите момичета".
  '(?:unsere|nuestras|naše|nasze|наши|наші|нашите) (?:\\p{L}+ ){0,2}(?:mädchen|damen|girls|chicas|holky|dívky|slečny|dziewczyny|девушки|девочки|дівчата|момичета)',
  'fetele noastre',
]);
const PLACE = new RegExp(
  `(?<![\\p{L}])(?:${[
    'studio',
    'studie',
    'house',
    'hus',
    'huset',
    'salon',
    'klinik',
    'klinikken',
    'clinic',
    'parlou?r',
    'apartment',
    'apartament',
    // The place in visitors' languages: "in der Wohnung", "vor Ort", "en el piso", "na bytě",
    // "w mieszkaniu", "в квартире", "апартаменты".
    'wohnung',
    'vor ort',
    'piso',
    'bytě',
    'bytu',
    'mieszkaniu',
    'квартире',
    'квартира',
    'апартаменты',
    'апартамент',
    'lejlighed',
    'lejligheden',
    'club',
    'klub',
    'bordel',
    'place',
    'stedet',
    'hos os',
    'kom forbi',
    'come by',
    'waiting for you',
    'venter på dig',
    'vælg',
    'choose',
    // A massage house: "Vores søde piger fra Thailand giver dig thai massage", opening hours.
    'massage',
    'spa',
    'åbningstider',
    'opening hours',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * Persons offered by their origin, in the plural: "Chinese girls, young and beautiful", "Rumænske
 * piger i Vejle!", "Flotte afrikanske piger". Only in an ad that never speaks as "I"/"jeg" (an
 * independent compares herself with "other Danish girls") and has no word of a duo.
 */
// Romanian and Russian girls too: "Fete din România", "девушки из Украины".
const persons = compileTerms([`(?:${PERSONS_EN}|${PERSONS_DA}|fete|девушки|девочки)`]);
/** The demonym must end the text before the persons, with at most one word between ("thai søde piger"). */
const ORIGIN_BEFORE_WINDOW = 40;

/** Persons offered by the language they speak: "Russian speaking girls", "engelsktalende piger". */
const SPEAKING_BEFORE = /(?<![\p{L}])\p{L}+(?:[\s-]speaking|talende)\s+$/iu;

function offeredByOrigin(ctx: MatchContext): boolean {
  if (soughtPersons(ctx.text, ctx.start, ctx.end)) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - ORIGIN_BEFORE_WINDOW), ctx.start);
  const origin = findNationalities(`${before}${ctx.matched}`).find((m) =>
    /^[\s-]*(?:\p{L}+\s+)?$/u.test(before.slice(m.end)),
  );
  if (origin === undefined && !SPEAKING_BEFORE.test(before) && !fromOriginAfter(ctx)) return false;
  return offeredByOthers(ctx);
}

/**
 * The origin after the persons: "søde piger fra Thailand", "girls from Romania and Bulgaria", Romanian
 * "fete din România", Russian "девушки из Украины".
 */
const FROM_AFTER = /^\s+(?:fra|from|din|из)\s+/iu;

function fromOriginAfter(ctx: MatchContext): boolean {
  const from = FROM_AFTER.exec(ctx.text.slice(ctx.end, ctx.end + 12));
  if (from === null) return false;
  const after = ctx.text.slice(ctx.end, ctx.end + from[0].length + 40);
  return findNationalities(after).some((m) => m.start === from[0].length);
}

/** The ad never says "I" (an independent compares herself with "other girls") nor names a duo. */
function offeredByOthers(ctx: MatchContext): boolean {
  return !speaksAsI(ctx.ad) && !ctx.ad.fields.some((f) => f.source === 'ad' && DUO.test(f.text));
}

/** Treatment by several persons in an ad that never says "I": "body massage ved erfarne damer fra Vietnam". */
const byPersons = compileTerms([`(?:ved|fra|by|from) (?:\\p{L}+ ){0,3}(?:piger|damer|girls|ladies)`]);

/**
 * Two or more others beside her: "I work in a discreet apartment with 2 other girls", "Jeg arbejder
 * sammen med tre andre piger". Her and two others are three at one place; "my friend" alone is a duo.
 */
const othersBeside = compileTerms([
  `(?:with|med|sammen med|together with) (?:\\d{1,2}|two|to|three|tre|four|fire|five|fem) (?:other|andre) (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA})`,
  // Her friends as the subject, at her place: "my two friends work in the same flat", "mine to
  // veninder arbejder også her" (not "my friend works here too", a duo).
  `(?:my|mine) (?:\\d|two|to|three|tre|four|fire) (?:friends|girlfriends|veninder|venner|colleagues|kolleger|kollegaer) (?:also |også |too )?(?:work|are working|arbejder) (?:also |også )?(?:here|her|with me|med mig|in the same|i samme)`,
  // Two friends named, at her place: "Her friends Grace and Mercy are also available in the same
  // apartment", "you can also meet my friends Nina and Eva", "mine veninder Sara og Ida er også
  // ledige" (not one friend, a duo: "my friend Nina is also here").
  `(?:my|her|mine|hendes) (?:friends|girlfriends|veninder|kolleger|colleagues) \\p{L}+ (?:and|og|&) \\p{L}+ (?:are |er )?(?:also |også |too )?(?:available|ledige|til rådighed|here|her|(?:work|working|arbejder) (?:here|her|with (?:me|her)|med (?:mig|hende)))`,
  `(?:you can|du kan) (?:also |også )?(?:meet|møde) (?:my|her|mine|hendes) (?:friends|girlfriends|veninder|kolleger|colleagues) \\p{L}+ (?:and|og|&) \\p{L}+`,
]);

/**
 * Others who work at her place, without a count: "Jeg lejer et værelse i en klinik, hvor der også
 * arbejder andre damer", "andre piger arbejder også i lejligheden", "a studio where other girls work
 * too". Several persons at one place, even when each works for herself; not "ingen andre piger
 * arbejder her" nor other women elsewhere ("andre piger arbejder i klinikker, jeg arbejder alene").
 */
const othersWorkHere = compileTerms([
  '(?:hvor|her) (?:der )?(?:også )?arbejder (?:også )?(?:flere|andre) (?:\\p{L}+ )?(?:piger|damer|kvinder|massøser)',
  '(?:andre|flere) (?:\\p{L}+ )?(?:piger|damer|massøser) arbejder (?:også )?(?:her|i klinikken|i lejligheden|i huset|i studiet|på klinikken|på stedet)',
  '(?:where|here) (?:also )?(?:other|more|several) (?:\\p{L}+ )?(?:girls|ladies|women|masseuses) (?:also )?work',
  '(?:other|more|several) (?:\\p{L}+ )?(?:girls|ladies|masseuses) (?:also )?work (?:here|there|at the (?:clinic|flat|apartment|studio|house)|in the (?:clinic|flat|apartment|studio|house))',
]);
const NOT_AFTER = /^\s+(?:ikke|not|never|aldrig)(?![\p{L}])/iu;

/**
 * A new person announced to come to the place: "Next week new girl will be here", "Næste uge kommer
 * en ny pige", "new girl arriving soon". The place gets someone new; "new in town" is her own.
 */
const newcomerAnnounced = compileTerms([
  // Not "Next week new girl in Odense": she announces herself to a town (new-in-town).
  `(?:next week|next month|this weekend|soon|næste uge|i næste uge|næste måned|snart)[,:]? (?:a |an |en )?(?:new|ny|nye) (?:${PERSON_EN}|${PERSONS_EN}|${PERSON_DA}|${PERSONS_DA})(?! (?:in|i|to|til) )`,
  `(?:next week|next month|næste uge|i næste uge|næste måned|snart) (?:kommer|ankommer|får vi|arrives?|comes?) (?:der )?(?:a |an |en )?(?:new|ny|nye) (?:${PERSON_EN}|${PERSONS_EN}|${PERSON_DA}|${PERSONS_DA})(?! (?:in|i|to|til) )`,
  `(?:new|ny|nye) (?:${PERSON_EN}|${PERSONS_EN}|${PERSON_DA}|${PERSONS_DA}) (?:will be here|will join us|joins us|kommer hertil|starter hos os)`,
]);

/**
 * A newcomer who joins two named others: "Hun slutter sig til Hanna og Sus", "Ella joins Mia and
 * Lin at the studio". Three persons at one place; one name ("slutter sig til Mette") may be a pair.
 */
const joinsNamed = compileTerms(['(?:slutter sig til|joins|is joining|will join|will be joining)']);

/**
 * A count of three or more persons, their names right after: "Three Romanian girls Ioana, Maria and
 * Elena", "4 søde piger: Mia, Lin, Mai og Joy". Three named persons are no duo, whoever speaks (see
 * namesThree); "2 girls Mia and Sofia" stays a duo (see enoughPersons).
 */
// A comma may stand for the colon: "3 selvstændige massøser, Anja, Pernille og Tanja".
const countedNamed = compileTerms([`${NUMBER} (?:\\p{L}+ ){0,2}(?:${PERSONS_EN}|${PERSONS_DA})[:,]?`]);

const rules: TextRule[] = [
  { pattern: persons, accept: offeredByOrigin },
  { pattern: countedNamed, accept: (ctx) => enoughPersons(ctx) && namesThree(ctx) },
  { pattern: othersBeside },
  {
    pattern: othersWorkHere,
    accept: (ctx) =>
      !DENIED_INSIDE.test(ctx.matched) && !NOT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 10)),
  },
  { pattern: newcomerAnnounced },
  { pattern: joinsNamed, accept: namesTwo },
  { pattern: byPersons, accept: offeredByOthers },
  { pattern: terms, accept: enoughPersons },
  { pattern: rosterHeading, accept: namesThree },
  { pattern: weekHeading, accept: namesTwo },
  { pattern: ourPlaceHeading, accept: (ctx) => twoJoinedAfter(ctx) && offeredByOthers(ctx) },
  {
    pattern: ourPersons,
    negatable: false,
    // At a place, or from several countries ("our girls are from Ukraine, Russia and Belarus"), or
    // three of them named ("Our girls in Vejle 💋 Ana, Lucía y Sofía").
    // Not a phrase she says is not found here: "You won't read 'our girls' here".
    accept: (ctx) =>
      !insideReportedQuote(ctx.text, ctx.start, ctx.end) &&
      (ctx.ad.facts.nationalities.length >= 2 ||
        ctx.ad.fields.some((f) => f.source === 'ad' && PLACE.test(f.text)) ||
        threeNamedAfter(ctx)),
  },
];

/**
 * The house's persons named right after, past their town and an emoji: "our girls i Odense 💋 Ana,
 * Lea og Mia", "Vores damer: Mai, Lin, Joy". Three names are no duo (see namesThree).
 */
const TOWN_AND_MARKS =
  /^(?:\s+(?:in|i|en|în|aus|din|w)\s+\p{Lu}\p{L}+)?(?:[\s:–—-]|\p{Extended_Pictographic}|\uFE0F|\u200D)*/u;

function threeNamedAfter(ctx: MatchContext): boolean {
  const gap = TOWN_AND_MARKS.exec(ctx.text.slice(ctx.end, ctx.end + 40));
  return rosterNamesAt(ctx.text, ctx.end + (gap?.[0].length ?? 0), 3) >= 3;
}

/**
 * A line-up without a heading: three or more names each with an age, in one list ("Yuli (24),
 * Andrea (27) y Mariela (30)", "Alexandra 22, Denisa 20 og Elena 25"). Case-sensitive: names are
 * capitalised. Not towns with dates ("Aarhus 12, Odense 14 og Vejle 16"), days or menu words, and
 * only ages an adult can have.
 */
const LINE_UP =
  /(?<![\p{L}])\p{Lu}\p{Ll}+,?\s*\(?\d{2}\)?(?:\s*(?:,|&|\+|\/|og|and|y|und|e|et|i)\s*\p{Lu}\p{Ll}+,?\s*\(?\d{2}\)?(?![\d/]|\.\s?[-–\d/])){2,}/gu;
const LINE_UP_ITEM = /(\p{Lu}\p{Ll}+),?\s*\(?(\d{2})\)?/gu;
/**
 * What every line-up holds: an age, a joining word and the next name with its age. A cheap test
 * first: LINE_UP tries every capitalised word of every ad, which cost more than all its matches.
 */
const LINE_UP_LINK = /\d{2}\)?\s*(?:,|&|\+|\/|og|and|y|und|e|et|i)\s*\p{Lu}\p{Ll}+,?\s*\(?\d{2}/u;

function lineUps(ad: PreparedAd): Evidence[] {
  for (const field of ad.fields) {
    if (field.source !== 'ad' || !LINE_UP_LINK.test(field.text)) continue;
    LINE_UP.lastIndex = 0;
    for (let m = LINE_UP.exec(field.text); m !== null; m = LINE_UP.exec(field.text)) {
      const items = [...m[0].matchAll(LINE_UP_ITEM)];
      const persons = items.every(([, name, age]) => {
        const n = Number(age);
        return n >= 18 && n < 70 && isRosterName(name!) && normalizeCity(name) === null;
      });
      if (persons) return [evidenceFor({ field, start: m.index, end: m.index + m[0].length })];
    }
  }
  return [];
}

/**
 * Two named persons presented together by someone else: "Massøs Linh (22 år) og Mai (25 år)", "Eva
 * & Nora 🇨🇿 – last 2 days in Odense! They are best friends", "Lisa og Vika er to veninder … Booking:
 * Diamond Escort". Two persons at one place are several ("flere personer samme sted"). Romanian and
 * Russian join them by "și" and "и" ("Алиса (27) и Диана (30)"). Not when the pair speaks for itself
 * ("Vi er Mia (28) og Sara (31)", "We are Jens & Maria", "book os til duo")
 * or the ad speaks as "I" ("Min veninde Mia og jeg"), and not towns, regions, languages or menu
 * words joined by "og" ("Vesterbro og Amager", "Danish and English", "Tantra og massage").
 * Case-sensitive: names are capitalised.
 */
const NAME_PAIR =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+)(\s*\(\d{2}(?:\s*(?:år|years?))?\))?(?:\s*(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]\u{FE0F}?)+)?(?:\s*[&+]\s*|\s+(?:og|and|und|och|y|e|et|și|şi|и)\s+)(\p{Lu}\p{Ll}+)(?![\p{L}])(\s*\(\d{2}(?:\s*(?:år|years?))?\))?/gu;
/**
 * What says the two words are persons when neither has an age in brackets: "They …", "De …",
 * "Nok og Pim står klar … Pigerne kan ikke tage ud",
 * "er to veninder", "are best friends", "both". Capitalised pairs are common in German ("Frauen und
 * Paare") and in menus, so two bare capitalised words are not enough. "they" and "both" may also
 * stand mid-sentence or open one ("Both from Peru, they speak Spanish"); "de", Danish "the", may not.
 */
const PERSONS_AFTER_PAIR =
  /(?<![\p{L}])(?:[Tt]hey|De|Sie|Ellas|Они|Вони)\s|(?<![\p{L}])(?:[Pp]igerne|[Dd]amerne|[Tt]he girls|[Tt]he ladies|[Ll]as chicas|[Aa]s meninas|[Ll]e ragazze|[Ff]etele)(?![\p{L}])|(?<![\p{L}])(?:er|are|sind|är|son|sunt)\s+(?:\p{L}+\s+){0,2}(?:veninder|venner|friends|freundinnen|väninnor|amigas|prietene|søstre|sisters|schwestern|systrar|hermanas|surori)(?![\p{L}])|(?<![\p{L}])(?:[Bb]oth|[Bb]egge|[Bb]eide|[Bb]åda|[Aa]mbas|[Aa]mbos)(?![\p{L}])/u;
/** What every name pair holds: a joining word or sign and a capitalised word after it (see lineUps). */
const PAIR_LINK = /[&+]\s*\p{Lu}|\s(?:og|and|und|och|y|e|et|și|şi|и)\s+\p{Lu}/u;
/** The first person in visitors' languages (speaksAsI reads Danish and English): "Ich bin Sabine". */
const OTHER_FIRST_PERSON = /(?<![\p{L}])(?:ich|jag|yo|soy|jestem|sunt|sou|я)(?![\p{L}])/iu;
/** Capitalised words that are no person's name in such a pair: regions, payment, apps, menu, times. */
const NOT_PAIR_NAMES = new Set([
  'jylland',
  'fyn',
  'sjælland',
  'sjaelland',
  'skåne',
  'visa',
  'mastercard',
  'dankort',
  'kontant',
  'cash',
  'whatsapp',
  'telegram',
  'signal',
  'viber',
  'snapchat',
  'instagram',
  'sauna',
  'jacuzzi',
  'spa',
  'wellness',
  'dinner',
  'drinks',
  'hotel',
  'hoteller',
  'hjemme',
  'home',
  'incall',
  'outcall',
  // Times of day and days, capitalised as German nouns: "Tag und Nacht für dich buchbar", "Montag
  // und Dienstag".
  'tag',
  'nacht',
  'morgen',
  'abend',
  'mittag',
  'vormittag',
  'nachmittag',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'wochenende',
]);
/** The pair speaks as "we": "Vi er Lise og Peter", "We are two friends", "book os", "vi er begge". */
const PAIR_AS_WE =
  /(?<![\p{L}])(?:(?:vi er|we are|we're|vi hedder)\s+(?:\p{L}+\s+)?(?:to|two|2|begge|both|et par|a couple|par|couple|veninder|venner|friends|søstre|sisters|kærester|partners|duo)|book (?:os|us)|os (?:to|begge)|us (?:two|both)|both of us|vi (?:begge|to)|we (?:both|two))(?![\p{L}])/iu;
const WE_NAMED =
  /(?<![\p{L}])(?:[Vv]i er|VI ER|[Ww]e are|WE ARE|[Ww]e're|[Vv]i hedder)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;

/** German language names and adjectives end so, no first name does: "spricht Spanisch und Deutsch". */
const GERMAN_ADJECTIVE_END = /isch$/u;

function isPairName(word: string): boolean {
  return (
    isRosterName(word) &&
    !GERMAN_ADJECTIVE_END.test(word) &&
    !NOT_PAIR_NAMES.has(word.toLowerCase()) &&
    !isOriginWord(word) &&
    normalizeCity(word) === null
  );
}

/** Whether the pair speaks for itself: "we" with a count or a kind of pair, or "Vi er Mia …". */
function pairSpeaksAsWe(ad: PreparedAd): boolean {
  for (const field of ad.fields) {
    if (field.source !== 'ad') continue;
    if (PAIR_AS_WE.test(field.text)) return true;
    WE_NAMED.lastIndex = 0;
    for (let m = WE_NAMED.exec(field.text); m !== null; m = WE_NAMED.exec(field.text))
      if (isPairName(m[1]!)) return true;
  }
  return false;
}

function namePairs(ad: PreparedAd): Evidence[] {
  for (const field of ad.fields) {
    if (field.source !== 'ad' || !PAIR_LINK.test(field.text)) continue;
    NAME_PAIR.lastIndex = 0;
    for (let m = NAME_PAIR.exec(field.text); m !== null; m = NAME_PAIR.exec(field.text)) {
      if (!isPairName(m[1]!) || !isPairName(m[3]!) || m[1] === m[3]) {
        // The second name may start the next pair ("Nok, Ploy og Fon" is read by the roster).
        NAME_PAIR.lastIndex = m.index + m[1]!.length;
        continue;
      }
      const aged = m[2] !== undefined || m[4] !== undefined;
      const end = m.index + m[0].length;
      if (!aged && !PERSONS_AFTER_PAIR.test(field.text.slice(end, end + 100))) continue;
      if (
        speaksAsI(ad) ||
        pairSpeaksAsWe(ad) ||
        ad.fields.some((f) => f.source === 'ad' && COUPLE_AD.test(f.text)) ||
        ad.fields.some((f) => f.source === 'ad' && OTHER_FIRST_PERSON.test(f.text))
      )
        return [];
      return [evidenceFor({ field, start: m.index, end: m.index + m[0].length })];
    }
  }
  return [];
}

/** A man and a woman: "Hot couple from Hungary – Reka (25) and Bence (28)" are one couple, not two women. */
const COUPLE_AD = /(?<![\p{L}])(?:couple|ægtepar|kærestepar|swingerpar|hotwife)(?![\p{L}])/iu;

/** A venue's shift plan with a name on two different shifts (see `staffedShifts`). */
function shiftPlan(ad: PreparedAd): Evidence[] {
  for (const field of ad.fields) {
    if (field.source !== 'ad') continue;
    const at = staffedShifts(field.text);
    if (at !== null) return [evidenceFor({ field, ...at })];
  }
  return [];
}

/** `rotating-workers`: text rules of catalogue v1, with literal examples (see docs/indicators.md). */
export const indicator = defineIndicator({
  id: 'rotating-workers',
  kind: 'text',
  labels: { da: 'Flere personer / udskiftning', en: 'Rotating workers' },
  descriptions: {
    da: 'Annoncen viser flere personer på samme sted eller hyppig udskiftning ("nye piger hver uge", "mange piger").',
    en: 'The ad shows several persons at one place or frequent rotation ("new girls every week", "choose between 5 girls").',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect: (ad) => {
    const found = detectWithRules(ad, 'ad', rules);
    if (found.length > 0) return found;
    const lineUp = lineUps(ad);
    return lineUp.length > 0 ? lineUp : [...namePairs(ad), ...shiftPlan(ad)].slice(0, 1);
  },
  examples: {
    positive: [
      { text: 'Hos os i Vejle: Mai og Joy fra Thailand. Olie og thaimassage, 1 time 600.' },
      { text: 'Dagens damer hos Rose Klinik, Vejle: Mai 24 (Thailand), Lin 30 (Kina), Joy 27 (Vietnam).' },
      { text: '4 asian grls 2 choose frm 💐' },
      { text: 'new grls evry wk!! call' },
      { text: 'we hv 3 thai ladys, come' },
      { text: 'Hos os arbejder i øjeblikket Kim, Lulu og Dao, alle fra Thailand.' },
      { text: '4 erfarne massøser, Mette, Lone, Rikke og Sanne, står klar i Køge.' },
      { text: 'Velkommen til Sara, der slutter sig til Lone og Bente på klinikken.' },
      { text: 'PÅ VAGT DENNE UGE: Lise, Mona og Pia.' },
      { text: 'Hver uge kommer en ny veninde til vores lejlighed i Vejle.' },
      { text: 'Hi, I have two sweet girls ready in Aalborg: Mia and Lin. Call me.' },
      { text: 'Her friends Ana and Lea are also available in the same flat.' },
      { text: 'You can also meet my friends Nina and Eva in the apartment.' },
      { text: 'Hos os arbejder altid 4 masseuser på skift.' },
      {
        text: 'I dag hos Salon Orkidé:\n▪️ Lina – thailandsk, 26\n▪️ Mai – vietnamesisk, 31\n▪️ Joy – filippinsk, 29',
      },
      { text: 'PÅ VAGT I DAG 💋 Studio Rubin, Odense\n- Mira, 24, ny\n- Tess, 33\n- Alba, 28, fra Spanien' },
      {
        text: "Today's ladies @ Jade Spa Vejle:\n🌺 Nok (23, Laos)\n🌺 Fah (30, Thailand)\n🌺 Bee (27, Thailand)",
      },
      { text: '5 chicas colombianas from Medellín in Aarhus, call now.' },
      { text: 'Jeg har mit eget rum i et hus, hvor der også arbejder flere søde damer.' },
      { text: 'I rent a room in a studio where other ladies also work, but I book myself.' },
      { text: 'Hej, jeg er Mona, 31. Mine to veninder arbejder også her, så du kan vælge.' },
      { text: 'Tired of clinics with many girls? Our house has many girls, all new this week.' },
      { text: "Sabrina, 29. We don't hide it: our girls work in the same apartment in Vejle." },
      { text: 'Hos os finder du mange piger i alle aldre – ring og hør hvem der er her.' },
      { text: 'Our girls in Herning 🌸 Nadia, Ioana y Vera, call for booking.' },
      { text: 'Vores piger i Kolding – Sanne, Mette og Line – venter.' },
      { text: 'We have Thai, Filipino and Vietnamese ladies at the clinic.' },
      { text: 'Hos os finder du søde thailandske massøser hver dag.' },
      { text: 'At our place you will meet friendly Filipina ladies, open 10-22.' },
      { text: 'Lucía y Sofía, 23 y 25 años, en Aarhus. Las chicas reciben en el mismo piso.' },
      { text: 'Fete din Moldova și Ucraina, sunați pentru programare.' },
      { text: 'Катя (24) и Лена (26) ждут вас в Aarhus.' },
      { text: 'Im Studio wechseln die Damen jeden Monat.' },
      { text: 'Dívky se střídají každý týden.' },
      { text: 'Siempre 4 chicas en el piso, elige tú.' },
      { text: 'Avem 5 fete frumoase în apartament.' },
      { text: 'У нас работают 6 девушек.' },
      { text: 'Выбор из 4 девушек, звоните.' },
      { text: 'Salon v Aalborge: vybor – 5 devushek, zvonite.' },
      { text: 'U nas rabotayut 4 devushki iz Ukrainy.' },
      { text: 'Unsere Mädchen aus Polen und Ungarn erwarten dich.' },
      { text: 'Nuestras chicas te esperan en el piso.' },
      { text: 'Salon v Aalborgu: každý týden nové holky ze Slovenska.' },
      { text: 'Ukraińskie dziewczyny, co tydzień nowe! Tel. 22 33 44 55.' },
      { text: 'Girls from Poland and Latvia welcome you at our apartment in Aarhus.' },
      { text: 'Bei uns warten täglich 4-6 Mädchen auf dich.' },
      { text: 'Birthday or stag night? We send 4 Czech girls to your hotel, call the office.' },
      { text: 'Hver fredag skiftes holdet på klinikken, ring og hør hvem der er her.' },
      { text: 'At our club the line-up changes every week.' },
      { text: 'I dag hos Salon Jade, Aarhus C: Mai fra Thailand, Nina fra Polen og Lulu fra Brasilien.' },
      { text: 'Элитный салон. Состав девушек обновляется каждый месяц.' },
      { text: 'Our boys (22-28, from Cuba and Brazil) live at our apartment in Aarhus.' },
      { text: 'Male escort bureau: we represent 5 handsome escorts, Danish and Swedish.' },
      { text: 'We are 4 friends from Lima sharing a big flat in Aarhus.' },
      { text: 'Vi er en af de der klinikker med mange piger, ring nu.' },
      { text: 'Vi tilbyder afslappende massage med dygtige piger fra Vietnam.' },
      { text: 'We are 2 ladies in the flat, call for the address.' },
      { text: 'I am Sara, 24. I work in a private flat with 2 other girls, you choose when you arrive.' },
      { text: 'Hej, jeg er Mia. Næste uge kommer en ny pige, også meget sød.' },
      { text: 'Only incall near the station. Next week new girl will be here, very nice.' },
      { text: 'Välkommen till Öresund Relax! Vi har alltid 4–5 tjejer på plats och nya tjejer varje vecka.' },
      { text: 'Hos oss jobber norske og svenske jenter, og vi får nye jenter hver uke.' },
      { text: 'Studio Nord i Vejle. Ny tjej varje fredag, ring för tider.' },
      { text: 'Hos oss i Kolding har du alltid 4 søte jenter å velge mellom.' },
      { text: 'Vi har to svenska tjejer på besök denna vecka, boka nu.' },
      { text: 'Klinik Solros i Vejle: avslappnande massage av utbildade massöser.' },
      { text: 'In unserem Haus erwarten dich täglich wechselnde Damen aus Rumänien.' },
      { text: 'Club Nova, Esbjerg: wechselnde Mädchen, diskrete Atmosphäre.' },
      { text: 'Välkommen till Siam Spa! Hos oss jobbar tre thailändska massöser.' },
      { text: 'We have new girls every week!' },
      { text: 'Club Venus: elke week nieuwe meiden uit heel Europa.' },
      { text: 'Hos oss får du varje vecka nya tjejer att välja mellan.' },
      { text: 'Nye piger hver uge! Åbent alle dage 10-04.' },
      { text: 'At our place you can choose between 5 girls, all nice and smiling.' },
      { text: 'Klinik Safir i Vejle: vælg blandt vores søde thai-damer, når du kommer.' },
      { text: 'Vores piger er søde. Vi har mange piger – kom forbi og vælg selv.' },
      { text: 'Studio Rubin: Vi har altid 3-4 piger på stedet.' },
      { text: 'Different girls every week in Helsingør!!! This week: Favour, 22.' },
      { text: 'many beautiful ladies waiting for you in our house' },
      { text: 'We have 4 lovely thai ladies waiting for you, new lady every month.' },
      { text: 'Skiftende piger hver uge i vores lejlighed.' },
      { text: 'Ny pige hver fredag på klinikken.' },
      { text: 'Our ladies are waiting for you at our studio in Aarhus.' },
      { text: 'Massage house Odense: Today working: Anna (Thailand), Mai (Vietnam), Ploy (Thailand).' },
      { text: 'I dag på arbejde: Mia, Sofia og Lulu. Ring og book.' },
      { text: 'Thai Spa Roskilde – traditionel thaimassage ved 3 uddannede thailandske massører.' },
      { text: 'Vi har 4 dygtige massører klar til dig.' },
      { text: 'Spa Orkidé i Vejle – klinikken har 4 erfarne thailandske massøser.' },
      { text: 'The studio has 3 friendly masseuses, walk-ins welcome.' },
      { text: 'Hos os finder du 4 søde asiatiske massøser. Vi tilbyder olie massage.' },
      { text: 'Vi er tre danske massøser, der deler klinik i Aalborg.' },
      { text: 'I vores lokaler i Aarhus er vi fem uddannede sportsmassører.' },
      { text: 'At Studio Lotus you will find 5 girls from Thailand.' },
      { text: 'CLUB PARADISE 🌴 Always 6-8 girls. Free drinks.' },
      { text: 'Hver mandag kommer der nye damer til klinikken ✨' },
      { text: 'Hos os er der hver dag 4-6 søde piger klar.' },
      { text: 'This week at the studio: Anna (Poland), Kim (Thailand), Mia (Brazil) and Lola (Spain).' },
      { text: 'NYE THAI PIGER i Odense! Vi har åbent hver dag.' },
      { text: 'New sexy Asian girls at our studio.' },
      { text: 'Our girls change every month, call for today’s lineup.' },
      { text: 'Pigerne skifter hver uge hos os.' },
      { text: 'Asian Paradise Vejle. Our girls: Lily, Mei, Coco. Open 10-22.' },
      { text: 'BDSM studie i Vejle. Hos os finder du Lady Mira, Mistress Jade og Madame Noor.' },
      { text: 'Korean girls, sweet and young. Full body massage, open 10-22.' },
      { text: 'Smukke litauiske piger i Randers! Ring for at møde dem.' },
      { text: 'Vi har kinesiske damer med gode hænder. Åbent alle dage.' },
      { text: 'We have the nicest ladies from Kenya and Uganda.' },
      { text: 'Vi har 4 sød thai pige klar til dig.' },
      { text: 'Traditionel massage ved uddannede massører fra Bali.' },
      { text: 'Vores dygtige kina-damer giver olie massage og afspænding.' },
      { text: 'We have 3 pretty ladyboys in Odense, call for booking.' },
      { text: 'Vi har 2 thai damer på klinikken, ring og book.' },
      { text: 'VIP escort Copenhagen: our ladies come from Latvia, Poland and Brazil. Outcall only.' },
      { text: 'Tres chicas en Aarhus: Yuli (24), Andrea (27) y Mariela (30). Incall.' },
      { text: 'Ring og mød dem – Alexandra 22, Denisa 20 og Elena 25.' },
      { text: 'Our therapists: Dao, Nim and Pla – traditional massage.' },
      { text: 'I dag på arbejde:\n• Sofia (ny!)\n• Clara\n• Ida\nRing og hør.' },
      { text: 'Saunaklub Vest: hver aften 6-8 damer, entré ved skranken.' },
      { text: 'Denne uge: Jasmin, Bella og Nikki. Ring for booking.' },
      { text: 'Club Venus, Næstved. Vi har altid 5–8 piger på vagt. Bar og jacuzzi.' },
      { text: 'Open 24 hour!! We have many girl, you choose you like. Very nice massage.' },
      { text: 'Vores dominaer Lady Ama og Miss Kira samt skiftende gæstedominaer tager imod.' },
      { text: 'Unsere Mädchen besuchen Sie im Hotel. Täglich neue Damen.' },
      { text: 'Naujos merginos kiekvieną savaitę! Skambinkite.' },
      { text: 'Russian speaking girls near the airport. We come to your hotel room.' },
      { text: 'Studio Nattergal: altid 2–3 piger på stedet. Se åbningstider.' },
      { text: 'Cam Studio Nord: vores 8 modeller sender live fra studiet hver aften.' },
      { text: 'Boys of Copenhagen. We have 6 handsome boys aged 21–35. New boys join every month.' },
      { text: 'Bar Flamingo ved havnen. Hver aften sidder der 4–6 søde damer i baren.' },
      { text: 'Våra svenska tjejer är på besök! Välj mellan Ebba, Wilma och Alva.' },
      { text: 'Mädchen aus Polen in Sønderborg! Jede Woche andere Damen.' },
      { text: 'Thai massage i Kolding. Vi har to søde pige fra Thailand, Noi og Ploy. Ring.' },
      { text: 'Saigon Spa, Aarhus C. Body massage med afslutning ved erfarne damer fra Vietnam.' },
      { text: 'Fete noi din România, prețuri mici! Aalborg.' },
      { text: 'Новые русские девушки в Копенгагене.' },
      { text: 'Hello! We 3 girl here, Thai and Lao, very nice massage and more.' },
      { text: 'Thaimassage Horsens. Massøs Ning (23 år) og Dao (27 år). Ring for tid.' },
      { text: 'Eva & Nora 🇨🇿 kun to dage i Vejle! De er veninder fra Prag. Book dem nu.' },
      { text: 'Carla and Lucia wait for you in Odense. Both from Peru, call for an appointment.' },
      { text: 'Klinik Orkidé, Vejle. Hos os møder du altid to dygtige massøser fra Thailand.' },
      { text: 'Lin (29) and Mai (34), both from Vietnam, welcome you at the salon.' },
      { text: 'Chicas dominicanas nuevas cada semana en Kolding.' },
      { text: 'Agencja w Esbjergu. U nas zawsze 5 dziewczyn z Polski i Litwy, zmiana co tydzień.' },
      { text: 'Sexy girls 🇷🇴🇧🇬 new every week 🆕 Incall Kbh V.' },
      { text: 'Hos os arbejder 4 dygtige massøser fra Polen og Litauen.' },
      { text: 'Young Thai and Chinese girls, 3 on duty every day.' },
      { text: 'Pinay Touch Massage. We have 4 lovely Filipina therapists waiting for you.' },
      { text: 'Pinay Massage Holbæk – our Filipina therapists give relaxing oil massage.' },
      { text: 'Thaimassage i Silkeborg. Nok og Pim står klar med varm olie. Pigerne tager kun incall.' },
      { text: 'Thai Wellness\nDagvagt 10-18: Nid (thailandsk, 34)\nAftenvagt 18-02: Fon (thailandsk, 28)' },
      { text: '4 lovely girls from Ukraine and Poland, changing every week.' },
      { text: 'I manage 3 girls in Randers. Call me to book them.' },
      { text: 'Tre søde thaipiger bor og arbejder i huset. Åbent alle dage.' },
      { text: 'Boys Club CPH: Vi har altid 6 fyre klar til dig, og der kommer nye drenge hver måned.' },
      { text: "Gentlemen's Choice. Vi tilbyder fem mandlige escorts mellem 28 og 45 år." },
      { text: 'Hej, jeg er Lin. Jeg bor sammen med de andre piger i lejligheden, vi må ikke gå ud.' },
      { text: 'Thai house Odense. The girls change every 2 weeks, always 4 on duty.' },
      {
        text: 'Klinik Bambus, Vesterbro\nPigerne i dag: Nana (Thailand), Mai (Thailand), Lin (Vietnam)\nRing 53 17 60 92',
      },
      { text: 'Diamond Girls Aalborg 💎 6 søde piger fra Rumænien. Kun incall i vores lejlighed.' },
      { text: 'Every Monday we bring fresh faces to Kolding. Call 22 33 44 55.' },
      { text: 'Tenemos chicas dominicanas y cubanas, nuevas cada semana. 1 hora 1300 kr.' },
      { text: 'Ny rumænsk pige hver uge i Vejle.' },
      { text: 'Dagens massøse: Lin 🌸 Ring for en tid.' },
      { text: 'Nattens damer venter på dig i Kolding.' },
      { text: 'Late club Aarhus, 5 ladies on shift tonight.' },
      { text: "Today's ladies at Rose Spa: Kim 🇻🇳, Ann 🇹🇭 and Sue 🇵🇭." },
      { text: 'Klinik Lotus 🌸 4 dygtige massøser på skift, åbent 10-20.' },
      { text: 'Privat lejlighed i Vejle, 5 søde piger at vælge imellem.' },
      { text: 'Studio Rosa: 4 sweet ladies to choose from every evening.' },
      { text: 'Thai og kinesiske damer 🌺 skiftende hver uge i Esbjerg.' },
      { text: 'Fire søde piger Nana, Lin, Mai og Ploy venter på dig i Odense. Skriv til mig for booking.' },
      { text: 'Unsere vier ungarischen Damen erwarten dich im Studio.' },
      { text: 'Studio Pink Esbjerg. Nyt hold hver søndag, ring og hør.' },
      { text: 'Klinik Sol, Horsens – nye navne hver fredag, kig forbi.' },
      { text: 'Incall in Aalborg. The selection rotates every week, ask us.' },
      { text: 'Velvet Rooms Odense: 4 independent ladies rent rooms here, each with her own phone.' },
      { text: 'Welcome to Lotus Thai. We are 3 thai masseuse, oil massage and foot massage.' },
      { text: 'Hos os møder du mange kvinder i alle aldre – kom forbi og vælg.' },
      { text: 'Klinik Lotus: afslappende massage med rare, dygtige massøser.' },
    ],
    negative: [
      { text: 'I Svendborg er vi to tantramassører, mor og datter.' },
      { text: 'Ny dame hos os: Zofia 🇵🇱 Hun er 24 og taler polsk. Vi tilbyder massage.' },
      { text: 'Hos os i Vejle: Mai og Joy, to søde veninder der arbejder sammen.' },
      { text: 'Dagens piger hos Rose Klinik, Vejle: Mai og Lin, to gode veninder.' },
      { text: 'new pics evry wk, only me 😘' },
      { text: 'Hos os arbejder kun én massøse, Kim, alle ugens dage.' },
      { text: '2 søde piger, Mia og Lin, fra Polen, sammen eller hver for sig.' },
      { text: 'Mette slutter sig til os på lørdag, kom og sig hej.' },
      { text: 'Hot couple from Poland – Ola (29) and Marek (33). Couple time 2000 kr.' },
      { text: 'I have two girls at home, so I work only mornings.' },
      { text: 'My friend Nina is also here, book a duo.' },
      { text: 'I love to have coffee with my friends Nina and Eva on Sundays.' },
      { text: 'Jeg er en af byens erfarne masseuser og arbejder alene.' },
      // Two at a place are a duo unless the business says it has them; a clinic's rooms are no persons.
      { text: 'Klinikken har 2 massørlejer og 3 behandlingsrum.' },
      { text: 'Jeg er Hanne. Klinikken har 2 søde massører, min datter og mig.' },
      { text: 'I dag på arbejde 💋 Studio Rubin, Odense\nRing og hør, kun mig i dag.' },
      { text: 'Mange andre piger arbejder i klinikker – jeg arbejder hjemme hos mig selv.' },
      { text: 'Her arbejder ingen andre damer, kun mig.' },
      { text: 'Massage av mig, Tove, utbildad massös sedan tio år.' },
      { text: 'Jag heter Lova. Många tjejer är stressade, jag tar mig tid.' },
      { text: 'Jeg er alene, ingen andre jenter i leiligheten.' },
      { text: 'Træt af steder med mange piger og skiftende ansigter? Her er kun mig, Bente, 44.' },
      { text: "Just me, Olga. You won't find 'our girls' or 'new girls every week' in my ad." },
      { text: 'Kate, 35. My friend works here too, book a duo.' },
      {
        text: 'Jeg kender mange piger i branchen, og jeg arbejder selv alene i min egen lejlighed. Hanne, 48.',
      },
      { text: 'I work alone. Many girls in the business share a flat, I do not. Vera, 39.' },
      { text: 'Our girls Kim and Joy welcome you, a sweet duo.' },
      { text: 'Our ladies in Aalborg are discreet. Call Vera.' },
      { text: 'We have Thai, Swedish and hot stone massage at the clinic.' },
      { text: 'Hos os finder du parkering lige foran døren. Lone, 50, alene i klinikken.' },
      { text: 'Soy Marta y Carla es mi vecina; las chicas del barrio me conocen.' },
      { text: 'Unsere Mia ist Tag und Nacht für dich da. Sie ist zärtlich.' },
      { text: 'Montag und Dienstag frei. Sie ist zärtlich.' },
      { text: 'Bei mir wechseln die Mädchen nicht – nur ich, Anna.' },
      { text: 'Siempre 2 chicas, somos amigas.' },
      { text: 'Unsere Mädchen besuchen dich im Hotel.' },
      { text: 'Jestem Ania, co tydzień nowe zdjęcia na profilu.' },
      { text: 'Jsem Eva, každý týden nové fotky.' },
      { text: 'Keine wechselnde Damen: nur ich, Anja, 44, privat.' },
      { text: 'Escortbureau i Odense søger nye damer til vores hjemmeside.' },
      { text: 'Job in Aarhus – ladies from Poland, Latvia welcome. Good money.' },
      { text: 'Bei mir gibt es 2 Zimmer und eine Dusche, ich arbeite allein.' },
      { text: 'Lina here, I work alone. We send 2 photos on WhatsApp before you come: me and my room.' },
      { text: 'Hver mandag skifter jeg lagner og håndklæder, alt er rent. Maja, 38.' },
      { text: 'I dag hos Salon Jade, Aarhus C: kun Mai, 31, fra kl. 12.' },
      { text: 'Состав массажного масла: миндаль и лаванда.' },
      { text: 'Vybor za vami: klassika ili massazh, ya Nina.' },
      { text: 'Our gentlemen clients enjoy my quiet apartment. I am Nadia, 35.' },
      { text: 'We are 2 friends from Lima, book one of us or both.' },
      { text: "Ik ben Eva, 41. Elke week nieuwe foto's op mijn profiel, altijd alleen ik." },
      { text: 'Jeg er ikke en af de der saloner med mange piger, kun mig.' },
      { text: 'We are 2 friends in the apartment, duo only.' },
      { text: 'Hos os møder du to søde veninder, der gerne laver duo sammen.' },
      { text: 'Mia and Lea here, we are two friends. Both from Aalborg, book us for a duo.' },
      {
        text: 'Jeg arbejdede tidligere på en thaiklinik med mange piger og en chef – i dag er jeg min egen. Jeg er Marianne, 44.',
      },
      { text: 'Jeg er Nid, 34. Dagvagt hos mig: 10-18, aftenvagt efter aftale.' },
      { text: 'I live with my friend Maria, she has her own ad. I book myself.' },
      { text: 'Next week new photos! I am Lene, new in Vejle.' },
      { text: 'Next week new girl in Odense! I am Vika, 23, call me.' },
      { text: 'Jeg arbejder ikke med andre piger, kun mig.' },
      { text: 'Jag jobbar ensam, inga andra tjejer här.' },
      { text: 'Eg jobbar for meg sjølv – ingen hallik, ingen sjåfør.' },
      { text: 'Ich arbeite allein, keine anderen Damen.' },
      { text: 'Hej, jeg er Sofie, 31. Jeg tager imod i min egen lejlighed.' },
      { text: 'Duo with 2 girls possible, ask me.' },
      { text: 'Not like other girls, I take my time.' },
      { text: 'Kun mig – ikke en klinik med mange piger. Privat og personlig.' },
      { text: 'Not an agency with lots of girls, just me in my own flat.' },
      { text: 'Ingen mange piger her, kun mig.' },
      { text: 'VIP Nordic Models presents: Elena. Our models are available for dinner dates.' },
      { text: 'New photos and new lingerie this week.' },
      { text: 'Elite Escorts offers discreet companions in Copenhagen. Our ladies speak english.' },
      { text: 'We have 2 girls for duo, ask.' },
      { text: 'Working today: Anna, 10-22. Call me.' },
      { text: 'Working today: Monday, Tuesday and Friday, 10-20.' },
      { text: 'I am working today and tomorrow in Aarhus.' },
      { text: 'Jeg er uddannet massør. Massage med 2 hænder og olie.' },
      { text: 'Vi er 2 veninder, book os til duo.' },
      { text: 'Hos mig finder du 1 sød pige, kun mig.' },
      { text: 'In my flat you will find 2 towels and fresh sheets.' },
      { text: 'Always 2 girls for duo, book us together.' },
      { text: 'Hver mandag kommer der nye billeder på min profil.' },
      { text: 'I am always one girl only, no agency.' },
      { text: 'This week in Aarhus: Monday and Friday, 10-18. Call me.' },
      { text: 'Nye billeder af mig og mine veninder – kun duo med os to piger.' },
      { text: 'New photos, new lingerie and new heels for you.' },
      { text: 'I change my lingerie every week, always just me.' },
      { text: 'Duo girls: Anna & Mia, book us together.' },
      { text: 'Jeg elsker piger: de er søde. Kun mig her.' },
      { text: 'Jeg er ikke som andre danske piger – jeg tager mig god tid.' },
      { text: 'Duo: to svenske piger, book os sammen.' },
      { text: 'We have no other girls here, only me.' },
      { text: 'Vi har 2 piger til duo, spørg.' },
      { text: 'I love Danish girls and women – bi-curious Mia, 28.' },
      { text: 'Massage ved uddannet massør med 20 års erfaring.' },
      { text: 'Hos os finder du Ro, massage og tantra.' },
      { text: 'Tour: Aarhus 12, Odense 14 og Vejle 16 – book early.' },
      { text: 'Prices: Massage 60, Tantra 90 and Body 45 minutes.' },
      { text: 'Vi er Mia (28) og Sara (31), book os til duo.' },
      { text: 'Escortbureau sender vores piger til hoteller. Denne uge: Sandra, 20, sød student.' },
      { text: 'I am Anna, English speaking girl from Aarhus, own flat.' },
      { text: 'You choose the time, I choose the music. Jeg hedder Tina.' },
      { text: 'Vi har mange gode anmeldelser. Vi er et par, Tom og Lise.' },
      { text: 'Vi er et par, Mads og Line. Vores 2 katte bor også her.' },
      { text: 'Vi har to katte og en hund. Jeg hedder Lone, 48.' },
      { text: 'Massage ved mig, ikke ved andre piger. Jeg er Rikke.' },
      { text: 'Sunt Elena, o fată nouă în oraș. Lucrez singură.' },
      { text: 'Vi er Lise (38) og Peter (41), et almindeligt par fra Randers.' },
      { text: 'Outcall til Vesterbro og Amager. Betaling med Visa og MobilePay.' },
      { text: 'Duo: Jessica & Rikke, vi er begge danske. Ring.' },
      { text: 'Speaks Danish and English. Outcall in Jylland og Fyn only.' },
      { text: 'Min veninde Mia og jeg tilbyder duo i Aalborg.' },
      { text: 'Mange piger er kun her få dage – jeg er her hele året. Sanna, 42.' },
      { text: 'Jeg har en lille fast kreds af kunder, men der er altid plads til nye ansigter.' },
      { text: 'I am Kasia. I am very direct, like many Polish women – if I like you, you will know.' },
      { text: 'Jeg er Anna, 31. Jeg og 2 veninder fra min gade går til yoga om søndagen.' },
      { text: 'Fotos nuevas cada semana en mi perfil, soy Carla, 31, de Aarhus.' },
      { text: 'A fresh face in Aarhus: Emma, 24, Danish student.' },
      { text: 'Thai ladies wanted for a clinic in Esbjerg. Call for details.' },
      { text: 'Min julemenu – vælg selv. Nadja, 30, København S. 1 time 1.500 kr.' },
      { text: 'Dagens tilbud: 1 time 900 kr. Jeg hedder Mia.' },
      { text: "Today's special at Rose Spa: hot stone massage." },
      { text: 'Vi er 2 piger på skift i weekenden, book os hver for sig.' },
      { text: 'Jeg har 3 kjoler at vælge imellem til vores date.' },
      { text: 'Karin, 44. Vælg mellem lærerinde, politibetjent eller stewardesse – jeg har dragterne.' },
      { text: 'Hanne, 50, Aalborg. Vælg mellem 30 min, 1 time eller 2 timer.' },
      { text: 'Jeg er ikke som andre piger, nye billeder hver uge på min profil.' },
      { text: 'Vi er 2 piger Mia og Sofia, duo eller single, ring til os.' },
      { text: 'Ich bin Carla, spreche Spanisch und Englisch. Sie können mich buchen.' },
      { text: 'Her er ikke et nyt hold hver uge, kun mig, Tine, 48.' },
      { text: 'Nye billeder hver søndag på min profil, Mette, 44.' },
      { text: 'My selection of toys changes every month. Anna, 39.' },
      { text: 'My 2 friends rent rooms nearby, but I work alone.' },
      { text: 'We are 2 lady, sisters from Thailand, come visit.' },
      {
        text: 'Jeg er Bodil, 59. Mange kvinder på min alder savner bare at blive holdt om, og det gør jeg også.',
      },
      { text: 'Jeg arbejder alene, ikke sammen med andre massøser.' },
    ],
  },
});
