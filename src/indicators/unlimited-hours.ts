import type { Evidence } from '../shared/types.js';
import { spanEvidence } from '../extract/evidence.js';
import { findAroundTheClock, isMessagingOnly, isOnlineBooking, isTimeLimit } from '../extract/hours.js';
import { collapseKeycaps, toOriginalSpan } from '../extract/keycaps.js';
import { defineIndicator, type PreparedAd } from './define.js';
import { compileTerms, isNegated } from './text/match.js';
import { fieldMatches } from './text/rules.js';
import type { FieldMatch } from './text/match.js';

/** Hours a day that count as "around the clock" when stated for every day. */
export const UNLIMITED_HOURS_MIN = 18;

const FIELDS: ReadonlySet<string> = new Set(['title', 'text', 'hours']);

/**
 * Day-and-night wording the hours parser does not read as hours: "available day and night",
 * "dag og nat", "nat og dag", "round the clock", "24h", "døgnåben". Checked here so that the whole
 * family is covered whichever form an ad picks; "not available day and night" stays quiet.
 */
const dayAndNight = compileTerms([
  '(?:all )?day (?:and|&|n|\\+) (?:all )?night',
  '(?:all )?night (?:and|&|n|\\+) (?:all )?day',
  // Norwegian spells the night "natt": "dag og natt", "natt og dag".
  '(?:hele )?dag(?:en)? (?:og|&|\\+) (?:hele )?natt?(?:en|ten)?',
  '(?:hele )?natt?(?:en|ten)? (?:og|&|\\+) (?:hele )?dag(?:en)?',
  // Dutch: "dag en nacht bereikbaar", "nacht en dag".
  'dag en nacht',
  'nacht en dag',
  '(?:a)?round the clock',
  'døgnåben(?:t)?',
  // Norwegian "døgnåpent", Swedish "dygnet runt öppet" (below), Finnish "ympäri vuorokauden".
  'døgnåpen(?:t)?',
  'ympäri vuorokauden',
  'døgnet rundt',
  // Danish typed on a Swedish or German keyboard, ö for ø ("åben dögnet rundt").
  'dögnet rundt',
  'hele døgnet', // "24h" but not "book 24h before": advance notice, not opening hours.
  // Thai and Filipino English write "hr" ("Open 24 hr ka").
  '24\\s?(?:h|hrs?)(?!\\s+(?:before|in advance|notice|ahead|før|forud|i forvejen|varsel))',
  '24 timer i døgnet',
  // French writes round the clock "H24" ("Dispo H24"), Italian and French day and night "giorno e
  // notte", "jour et nuit" (not "H24" inside a code word: "BH24").
  'h24',
  'jour et nuit',
  'nuit et jour',
  'giorno e notte',
  'notte e giorno',
  // The digits spaced apart, past a word filter: "Åbent 2 4 / 7", "available 2 4 h every day".
  '2\\s+4\\s*/\\s*7',
  '2\\s+4\\s*(?:h|hrs|timer)(?!\\s+(?:before|in advance|notice|ahead|før|forud|i forvejen|varsel))',
  'open all night',
  // Awake or available the whole night, said of herself: "I am awake and ready the whole night",
  // "vågen og klar hele natten" (not a session: "stay the whole night with me" is an overnight).
  '(?:awake|available|open)(?: (?:and|&) (?:ready|available|awake|open))? (?:the )?whole night',
  '(?:vågen|tilgængelig|åben)(?: og (?:klar|vågen|tilgængelig))? hele natten',
  // All night on every night: "Available all night, every night", "every night, all night long",
  // "hele natten, hver nat" (not one night's booking: "all night for 8000 kr").
  'all night,? every night',
  'every night,? all night',
  'hele natten,? hver nat',
  'hver nat,? hele natten',
  // From midnight to midnight: "Every day, midnight to midnight", "fra midnat til midnat".
  '(?:from )?midnight (?:to|till|until) midnight',
  '(?:fra )?midnat (?:til|-) midnat',
  // At any hour: "available at every hour", "at any hour of the day", "til alle døgnets tider".
  '(?:at|to) (?:any|every) hour(?: of the (?:day|night))?',
  '(?:til|på) alle døgnets (?:tider|timer)',
  // Any time, the night named: "any time is ok, also middle of the night", "når som helst, også midt
  // om natten" (not "any time" alone).
  'any ?time(?: is (?:ok|okay|fine|good))?,? (?:also|even) (?:in )?(?:the )?middle of (?:the )?night',
  'når som helst,? (?:også|selv) midt om natten',
  // Never closing: "I never close", "vi lukker aldrig" (not her eyes or door: "I never close my door
  // to a gentleman").
  '(?:i|we) never close(?! (?:my|the|our|a|his|her|your) )',
  '(?:jeg|vi) lukker aldrig(?! (?:døren|øjnene|for))',
  // Never asleep: "vi sover aldrig 😅", "we never sleep" (not where or with whom: "I never sleep
  // over", "sover aldrig hos kunder").
  '(?:jeg|vi) sover aldrig(?! (?:hos|med|alene|over|sammen|udenfor|ude|hjemmefra))',
  '(?:i|we) never sleep(?! (?:with|over|alone|at|in|together|before|until|till|around))',
  // "Call any time, day or night", "ring dag eller nat": any hour of either.
  'day or night',
  'night or day',
  'dag eller nat',
  'nat eller dag',
  // Every part of the day through the night: "morning, afternoon or the middle of the night",
  // "morgen, eftermiddag og nat" (not "morning or afternoon" alone).
  '(?:morning|morgen(?:en)?)(?:,? (?:afternoon|noon|evening|eftermiddag(?:en)?|middag|aften(?:en)?)){1,2},? (?:or|and|eller|og) (?:(?:in )?the middle of the night|midt om natten|(?:at |om )?night|natten|nat)',
  // Visitors' languages: "24 Stunden erreichbar", "24 Std. geöffnet", "rund um die Uhr", "Disponible 24 horas", "día y
  // noche", "dygnet runt", "całą dobę", "Tag und Nacht".
  // Not advance notice: "24 Stunden vorher", "reserva con 24 horas de antelación", "com 24 horas de
  // antecedência".
  // German abbreviates "24 Std. geöffnet".
  '24 (?:horas|stunden|std|timmar|godziny|ore|óra|uur|tuntia)(?!\\.?\\s+(?:vorher|im voraus|antes|innan|wcześniej|van tevoren|vooraf|etukäteen|de antelaci[óo]n|de anticipaci[óo]n|de antecede[nñ]cia|de anteced[êe]ncia))',
  // Chinese and Korean 24 hours, also "open" after it: "Open 24小时", "24小时营业", "24시간 영업" (not
  // "提前24小时预约", book a day ahead, where a letter touches the digits or the hours).
  '24 ?(?:小时|小時|시간)(?: ?(?:营业|營業|开放|開放|영업))?',
  'rund um die uhr',
  'tag und nacht',
  'día y noche',
  'dia e noite',
  'dygnet runt',
  'dag och natt',
  'całą dobę',
  'cala dobe',
  'dzień i noc',
  // Open all night in Danish, Norwegian and Swedish: "åbent hele natten", "åpent hele natten",
  // "öppet hela natten".
  '(?:åben|åpen)(?:t)? hele natten',
  'öppe[nt] hela natten',
  // Round the clock in Russian, Ukrainian and Bulgarian ("Работаю круглосуточно", "цілодобово",
  // "денонощно"), and day and night in Russian, Bulgarian, Romanian and Hungarian.
  'круглосуточно',
  'цілодобово',
  'денонощно',
  'день и ночь',
  'ден и нощ',
  'zi (?:și|si|şi) noapte',
  'éjjel nappal',
]);

/**
 * "Open non-stop", "Non-stop service", "Altid åben(t)", "always open": open at any hour. Not a
 * session ("1 time non-stop", "non-stop sex") and not a mind ("altid åben for nye oplevelser",
 * "always open to new things", "always open-minded").
 */
const alwaysOpen = compileTerms(['nonstop', 'non stop', 'altid åben(?:t)?', 'always open']);
const SESSION_BEFORE =
  /(?:\d\s*(?:min|minutter|minutes|h|t|hr|hrs|hours?|timer?)\.?|session|time|timen|hour)\s*$/iu;
const NOT_HOURS_AFTER =
  /^[\s-]*(?:sex|fun|pleasure|action|orgasms?|kissing|kys|massage|fucking|knald|nydelse|sjov|leg|play|party|fest|minded|sind|for|to|over|overfor|til|towards|mod)(?![\p{L}])/iu;

function openAtAnyHour(m: FieldMatch): boolean {
  const { text } = m.field;
  return (
    !SESSION_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) &&
    !NOT_HOURS_AFTER.test(text.slice(m.end, m.end + 16))
  );
}

/**
 * Another place's hours: "The kebab shop downstairs is open all night. I'm not: Tue–Sat 14–22"; a
 * support line on the site ("Støttelinjen har døgnåben telefon og chat").
 */
const VENUE_BEFORE =
  /(?<![\p{L}])(?:støttelinjen|støttelinje|hjælpelinjen|hjælpelinje|rådgivningen|krisetelefonen|helpline|the support line|support line|shop|kiosk|kiosken|bar|baren|pub|restaurant|restauranten|pizzeria|pizzeriaen|kebab|grill|grillen|store|supermarket|supermarkedet|7-eleven|seven eleven|tankstation|tanken|gas station|café|cafe|caféen|butik|butikken|the station|stationen)(?![\p{L}])[^.!?\n]{0,30}$/iu;

/**
 * A hotel's reception: "un hotel céntrico con recepción 24 horas", "a hotel with a 24h reception".
 * The reception stands right before or after the hours, a hotel earlier in the sentence.
 */
const HOTEL_BEFORE = /(?<![\p{L}])(?:hotel|hotellet|hotels|hôtel)(?![\p{L}])[^.!?\n]*$/iu;
const RECEPTION =
  '(?:reception|receptionen|recepción|recepcion|recepção|recepcao|réception|front desk|frontdesk)';
const RECEPTION_BEFORE = new RegExp(
  `(?<![\\p{L}])${RECEPTION}\\s*(?:open\\s*|åben\\s*|abierta\\s*|aberta\\s*)?$`,
  'iu',
);
const RECEPTION_AFTER = new RegExp(`^\\s*(?:-?\\s*hours?\\s+)?${RECEPTION}(?![\\p{L}])`, 'iu');

/**
 * Round the clock as a place's or a service's attribute: "the 24/7 metro is a 2 min walk", "near a
 * 24h supermarket", "døgnåben kiosk on the corner". Not hers: "24/7 service", "24h escort".
 */
const VENUE_AFTER =
  /^[\s-]*(?:metro|metroen|subway|underground|bus|buses|bussen|natbus|train|trains|tog|s-tog|shop|shops|kiosk|kiosken|supermarket|supermarked|supermarkedet|pharmacy|apotek|apoteket|gym|fitness|fitnesscenter|tankstation|gas station|petrol station|7-eleven|netto|parking|parkering|parkeringshus|car park|laundry|vaskeri)(?![\p{L}])/iu;

/**
 * The parking's hours, the word right before them: "Gratis p-plads 24/7 i gården", "free parking
 * 24/7", "parkering døgnet rundt" (not "Free parking, open 24/7", where a comma closes it).
 */
const PARKING_BEFORE =
  /(?<![\p{L}])(?:p-plads|p-pladser|p-pladsen|parkering|parkeringsplads|parking|car park|garage)\s+$/iu;

function otherVenue(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (VENUE_BEFORE.test(before) || PARKING_BEFORE.test(before)) return true;
  if (end > start && VENUE_AFTER.test(text.slice(end, end + 24))) return true;
  return (
    (RECEPTION_BEFORE.test(before) || RECEPTION_AFTER.test(text.slice(end, end + 24))) &&
    HOTEL_BEFORE.test(before)
  );
}

/**
 * Hours she once worked, told as the past from the sentence's start: "Antes trabajaba 24 horas en
 * un club … eso se acabó", "Before I worked day and night for an agency", "Tidligere arbejdede jeg
 * døgnet rundt", "I used to work 24/7"; a past year or time ago ("Last year I was working 24/7",
 * "For to år siden arbejdede jeg døgnet rundt", "Sidste vinter var jeg åben 24/7"); her work in the
 * past tense ("I worked 24/7 for an agency", "Jeg arbejdede døgnet rundt").
 */
const PAST_WORK_BEFORE =
  /(?:^|[.!?\n]\s*)(?:before|earlier|previously|in the past|back then|antes|antiguamente|antigamente|tidligere|før i tiden|dengang|früher|wcześniej|i used to|jeg plejede at|(?:last|sidste) (?:year|summer|winter|spring|autumn|år|sommer|vinter|forår|efterår)|i fjor|(?:a|one|two|three|\d{1,2}) (?:years?|months?) ago|for (?:et|to|tre|\d{1,2}) (?:år|måneder?) siden|i (?:was working|worked)|jeg arbejdede)(?![\p{L}])[^.!?\n]{0,80}$/iu;

/** Thoughts, not hours: "Tænker på dig hele døgnet 😘", "thinking of you 24/7". */
const THINKING_BEFORE =
  /(?<![\p{L}])(?:tænker på dig|thinking (?:of|about) you|think (?:of|about) you|drømmer om dig|dreaming (?:of|about) you|savner dig|miss you|længes efter dig)\s*$/iu;

/**
 * Caring for someone around the clock: "i hans sidste to år passede jeg ham døgnet rundt", "I looked
 * after my mother 24/7". Not her hours.
 */
const CARING_BEFORE =
  /(?<![\p{L}])(?:passede|passer|passe|plejede|pleje|cared for|care for|caring for|looked after|look after|looking after|took care of|take care of|taking care of|nursed|nursing)\s+(?:(?:jeg|i)\s+)?(?:ham|hende|dem|him|her|them|min|mit|mine|my)(?:\s+\p{L}+)?\s+$/iu;

/** A passion, not hours: "I dream about good food 24/7", "Liverpool fan 24/7", "elsker kage 24/7". */
const PASSION_BEFORE =
  /(?<![\p{L}])(?:dream|dreams|dreaming|drømmer|fan|supporter|love|loves|elsker|hungry|sulten|smiling|smiler)(?:\s+(?:about|om|of|af|for|på)?\s*\p{L}+){0,3}\s*[–—-]?\s*$/iu;

/**
 * Said not to follow from what came before: "Jeg svarer på sms døgnet rundt, men det betyder ikke at
 * jeg arbejder døgnet rundt", "that doesn't mean I'm available 24/7", "das heißt nicht, dass ich rund
 * um die Uhr arbeite".
 */
const DOES_NOT_MEAN_BEFORE =
  /(?<![\p{L}])(?:betyder ikke|betyder det ikke|er ikke ensbetydende med|doesn't mean|does not mean|doesnt mean|don't mean|does not imply|heißt nicht|bedeutet nicht)\s*,?\s+(?:at|that|dass)?[^.!?\n]{0,40}$/iu;

/** Round the clock said of thoughts, care or a passion, not of her hours (the three above). */
function aboutSomethingElse(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (
    THINKING_BEFORE.test(before) ||
    CARING_BEFORE.test(before) ||
    PASSION_BEFORE.test(before) ||
    DOES_NOT_MEAN_BEFORE.test(text.slice(Math.max(0, start - 72), start))
  );
}

function pastWork(text: string, start: number): boolean {
  return PAST_WORK_BEFORE.test(text.slice(Math.max(0, start - 100), start));
}

/**
 * Some days only, said apart from the hours: "Jeg er kun i gang fredag og lørdag" beside an hours
 * field "10-04", "Only weekends", "kun tirsdag til torsdag", "nur am Wochenende". Hours that name no
 * day ("10-04", "Åben 10-04") then hold on those days, not every day; hours with their days ("alle
 * dage 10-04", "Fre-lør 10-04") keep their own.
 */
const WEEKDAY =
  '(?:(?:man|tirs|ons|tors|fre|lør|søn)dag(?:e|en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|diens|mitt|donners|frei|sams|sonn)tag(?:e|s)?)';
// Not the day a stay ends: "Only until Sunday in Copenhagen", "kun her indtil søndag".
const someDaysOnly = compileTerms([
  `(?:kun|only|nur|just|bare) (?:(?!(?:until|till|til|indtil|bis)(?![\\p{L}]))\\p{L}+ ){0,3}${WEEKDAY}(?:,? (?:og|and|&|und|til|to|until|bis|-|–) ${WEEKDAY})?`,
  '(?:kun|only|nur|just|bare) (?:\\p{L}+ ){0,2}(?:weekend(?:en|s)?|wochenende|hverdage(?:ne)?|weekdays)',
]);
/**
 * A day word in the hours' own span: "alle dage 10-04", "Fre-lør 10-04", "daily 10-04", and the
 * Polish, Czech and Slovak week "Pon-Nd 0-24", "Po-Ne 10-04".
 */
const DAYS_IN_SPAN =
  /dag|day|tag|daily|døgn|uge|week|hverdag|weekend|(?<![\p{L}])(?:man|tir|ons|tor|fre|lør|søn|mon|tue|wed|thu|fri|sat|sun)(?![\p{L}])|(?<![\p{L}])(?:pon|po)\.?\s?[-–]\s?(?:nd|ndz|niedz|ne)(?![\p{L}])/iu;

function someDaysStated(ad: PreparedAd): boolean {
  return fieldMatches(ad, someDaysOnly, FIELDS).some((m) => !isNegated(m.field.text, m.start, m.end));
}

function detect(ad: PreparedAd): Evidence[] {
  const out: Evidence[] = [];
  let someDays: boolean | undefined;
  const phrases = [
    ...fieldMatches(ad, dayAndNight, FIELDS),
    ...fieldMatches(ad, alwaysOpen, FIELDS).filter(openAtAnyHour),
  ];
  for (const f of ad.fields) {
    if (f.source !== 'ad' || !FIELDS.has(f.path)) continue;
    // The parser reads the hours; whether the sentence denies them ("døgnet rundt – det har jeg
    // ikke") is the negation check's, as for the phrases below.
    // Keycap digits ("⏰ 2️⃣4️⃣/7️⃣") are read as the digits they show, at their span as written.
    const keycaps = collapseKeycaps(f.text);
    for (const found of findAroundTheClock(
      keycaps?.text ?? f.text,
      f.path === 'hours',
      UNLIMITED_HOURS_MIN,
    )) {
      const m = keycaps ? toOriginalSpan(keycaps, found.start, found.end) : found;
      // Hours without their days, on the days the ad names elsewhere (see someDaysOnly).
      if (found.kind === 'range' && !DAYS_IN_SPAN.test(f.text.slice(m.start, m.end)))
        if ((someDays ??= someDaysStated(ad))) continue;
      if (
        f.path === 'hours' ||
        !(
          isNegated(f.text, m.start, m.end) ||
          otherVenue(f.text, m.start, m.end) ||
          pastWork(f.text, m.start) ||
          aboutSomethingElse(f.text, m.start)
        )
      )
        out.push(spanEvidence(f, m.start, m.end));
    }
    for (const m of phrases) {
      if (m.field !== f) continue;
      const overlaps = out.some(
        (e) => 'field' in e && e.field === f.path && e.start < m.end && m.start < e.end,
      );
      if (overlaps || isNegated(f.text, m.start, m.end) || isMessagingOnly(f.text, m.start, m.end)) continue;
      // "Book online døgnet rundt": the booking site never closes, not she.
      if (isOnlineBooking(f.text, m.start, m.end)) continue;
      // "Svar inden for 24h", "respondo en menos de 24 horas": a time limit, not her hours.
      if (isTimeLimit(f.text, m.start)) continue;
      if (
        otherVenue(f.text, m.start, m.end) ||
        pastWork(f.text, m.start) ||
        aboutSomethingElse(f.text, m.start)
      )
        continue;
      out.push(spanEvidence(f, m.start, m.end));
    }
  }
  return out;
}

export const indicator = defineIndicator({
  id: 'unlimited-hours',
  kind: 'text',
  labels: { da: 'Åben døgnet rundt', en: 'Open around the clock' },
  descriptions: {
    da: 'Annoncen siger åbent døgnet rundt ("24/7", "døgnet rundt") eller åbningstider på 18 timer eller mere alle dage.',
    en: 'The ad says open around the clock ("24/7", "open all night") or states hours of 18 or more every day.',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { text: 'Lena, 25, z Polski. Tylko do niedzieli! Only until Sunday in Aarhus.', hours: '10-04' },
      { text: 'Gavekort sælges i klinikken, og jeg er klar online og i sengen 24/7.' },
      { text: 'Masaż i GFE.', hours: 'Pon-Nd 00-24' },
      { text: 'Masáž, GFE.', hours: 'Po-Ne 0-24' },
      { text: "I'm awake and available the whole night, call me." },
      { text: 'Jeg er vågen og klar hele natten, ring bare.' },
      { text: 'Mia, 29, Vesterbro. Open all night, every night, call me.' },
      { text: 'Ring til mig hver nat, hele natten, Amager.' },
      { text: 'Skriv gerne – jeg har åbent døgnet rundt.' },
      { text: 'Jeg har åbent alle dage fra kl. 20 til kl. 14 dagen efter.' },
      { text: 'Are you really there 24/7? ✅ Yes, call any time. Vera, Odense.' },
      { text: 'Last year I lived in Aarhus. Now I am in Odense and open 24/7 for you.' },
      { text: 'Lotte, 33. Ikke kun fredag og lørdag – jeg er her hele ugen.', hours: '11-05' },
      { text: 'Åben alle dage 10-04, ikke kun i weekenden.' },
      { text: 'Festglad tjej i Aarhus, öppet hela natten på helgerna och vardagar.' },
      { text: 'Outcall i Odense, åpent hele natten – ring meg.' },
      { text: 'Ежедневно 11:00–05:00, звони.' },
      { text: 'Zapraszam codziennie 12-06.' },
      { text: 'Sweet Mila, outcall ok. Everyday 09-03, write first.' },
      { text: 'Jsem k dispozici 24/7, volej kdykoliv. Aarhus.' },
      { text: 'Studio Roma in Flensburg – 24 Std. geöffnet.' },
      { text: 'Man-søn åbent 09-03, ring bare.' },
      { text: 'Mette i Køge, gratis parkering, åben 24/7 for dig.' },
      { text: 'Lily 💕 Massage Brøndby – 24小时营业, ring bare.' },
      { text: 'Renata, brasileira. Atendo todos os dias das 10h às 05h.' },
      { text: 'Chicas latinas, Lun-Dom 09:00-04:00, parking gratis.' },
      { text: 'Open every day from 11am hasta las 5am, besos.' },
      { text: 'Available from 12 noon until 7 in the morning, every day.' },
      { text: 'Åbent 24/7, ring bare – jeg tager altid imod.' },
      { text: 'Døgnåpent – ring meg når som helst.' },
      { text: 'Jeg er her for deg dag og natt, Aalborg sentrum.' },
      { text: 'Wij zijn dag en nacht bereikbaar, bel ons.' },
      { text: 'Täglich von 8 bis 3 Uhr nachts für dich da.' },
      { text: 'Лина, 29. Работаю круглосуточно, звони.' },
      { text: 'Disponibilă zi și noapte, Odense centru.' },
      { text: 'Svensk pige i Aarhus, åben dögnet rundt.' },
      { text: 'VAGTER: 10-22 og 22-10 – alle ugens dage.' },
      { text: 'Thai massage. Dagvagt 08-20, nattevagt 20-08. Ring til receptionen.' },
      {
        text: 'Massage.',
        hours: 'Man 10-04 / Tir 10-04 / Ons 10-04 / Tor 10-04 / Fre 10-04 / Lør 10-04 / Søn 10-04',
      },
      { text: 'Hos os: Åbent alle dage 10-04. Ring nu.' },
      { text: 'Always open 24/7, also night.' },
      { text: 'Lejlighed i Viby, åben 2 4 / 7 for dig.' },
      { text: 'Here for you 2 4 h, every day and night too.' },
      { text: 'Åben d ø g n e t  r u n d t, også søndag.' },
      { text: 'Åbningstider: alle dage O9–O3.' },
      { title: 'Åbent døgnet rundt - Næstved' },
      { text: 'Du kan ringe alle dage kl. 07-01.' },
      { text: 'Massage og GFE.', hours: 'Alle dage 00-24' },
      { text: 'GFE, massage.', hours: '10-04' },
      { text: 'BBBJ and GFE, available day and night.' },
      { text: 'Ring dag og nat, jeg er klar.' },
      { text: 'Open round the clock for you.' },
      { text: 'Massage.', hours: 'nat og dag' },
      { text: 'Jeg tager imod hver dag fra 10 til 4 om natten.' },
      { text: 'Open every day 9am-3am.' },
      { text: 'Åben alle dage fra kl. 10 til 04.' },
      { text: 'Non-stop service 🕛 Day and night!' },
      { text: 'Altid åben, ring når som helst.' },
      { text: 'Open nonstop, call me.' },
      { text: 'Always open for you 24/7, incall.' },
      { text: 'Åbent fra 8 morgen til 4 nat hver dag.' },
      { text: 'Jeg bor tæt på og er klar hver dag uden fridage, fra kl 9 morgen til kl 3 nat.' },
      { text: 'No days off, open 10-04, call anytime.' },
      { text: 'Escort agency Aarhus. Booking 24/7 on +45 42 80 16 93.' },
      { text: 'Book me 24 hours a day, incall and outcall.' },
      { text: '⏰ 00:00–24:00 alle dage 🗓️ Lucía 29' },
      { text: 'Call me 24/7, incall and outcall.' },
      { text: 'Sofie, 24. Ring/sms 24/7, incall og outcall.' },
      { text: 'Carla, 27. Atiendo 24 horas, contesto rápido por WhatsApp.' },
      { text: 'Haus- und Hotelbesuche, 24 Stunden erreichbar.' },
      { text: 'Disponible 24 horas, escríbeme cuando quieras.' },
      { text: 'Otwarte całą dobę, 7 dni w tygodniu.' },
      { text: '💥 Også uden kondom 💦 Åben 9-03 alle dage ⏰' },
      { text: '🔥 Roxana 🔥\n📍 Odense centrum\n⏰ 2️⃣4️⃣/7️⃣\n💋 GFE · 69 · massage' },
      { text: 'Dansk pige i Vejle. Åben 07 til 01 alle dage.' },
      { text: 'Outcall to your hotel 24/7, call me any time. Aalborg and around.' },
      { text: 'Open 24 hours, incall in Vejle.' },
      { text: 'Vi åbner kl. 7 og lukker kl. 2 om natten, hver dag.' },
      { text: 'We open at 6 and close at midnight, every day.' },
      { text: 'Élodie, 30 ans. Dispo H24 à Aarhus, appelle-moi.' },
      { text: 'Sono qui per te giorno e notte, Vejle centro.' },
      { text: 'Lovely Mai, open 24 hr for you, incall Kolding.' },
      { text: 'Text or call any time, day or night.' },
      { text: 'Ring til mig når det passer dig, dag eller nat.' },
      { text: 'I am here for you morning, afternoon and night, just call.' },
      { text: 'Ring til os til alle døgnets tider.' },
      { text: 'Ladies available at any hour, call the reception.' },
      { text: 'Massage.', hours: 'Midnight to midnight, every day' },
      { text: 'Call me any time, even in the middle of the night.' },
      { text: 'We never close – come by whenever you like.' },
      { text: 'Lejligheden er altid fuld af liv, vi sover aldrig 😉' },
      { text: 'Open 10 morning – 4 night every day.' },
      { text: 'Massage og GFE.', hours: 'Hverdage 08-02, weekend 00-24' },
      { text: 'Jeg har ingen fast tid, det betyder at jeg er her døgnet rundt.' },
    ],
    negative: [
      { text: 'Lena, 25. Only on Sunday, book early.', hours: '10-04' },
      { text: 'Masaż i GFE.', hours: 'Pon-Nd 10-22' },
      { text: 'Book me for the whole night: overnight 6000 kr.' },
      { text: 'SMS modtages 24/7, men jeg tager kun imod 12-20.' },
      { text: 'Lone, Holbæk. Gratis parkering 24/7 lige ved døren. Onsdag-lørdag 12-19.' },
      { text: '请提前24小时预约. Mei, Vejle, 11-21 hver dag.' },
      { text: 'Texts received 24/7, I meet Mon-Fri 11-19.' },
      { text: 'Sms gerne døgnet rundt, men jeg tager kun imod 10-18.' },
      { text: 'Døgnpakke: 24 timer sammen med mig. Ellers åbent 12-20.' },
      { text: 'Ask for my 24 hours together package; open Mon-Fri 10-18.' },
      { text: 'Inte öppet hela natten – sista bokning kl 23.' },
      { text: 'Åben hver dag fra kl. 22 til kl. 8 næste morgen, Lis 41.' },
      { text: '❓ Can I come at 3 in the night, are you 24/7? ✅ No, only Tuesday–Sunday 11–21.' },
      { text: 'Sidste år arbejdede jeg døgnet rundt og var altid træt. Nu kun 12-20.' },
      { text: 'Two years ago I was available 24/7 for an agency; today I work for myself, 10–18.' },
      { text: 'Lotte, 33. Jeg tager kun imod fredag og lørdag.', hours: '11-05' },
      { text: 'Open 10-04, only weekends, Esbjerg.' },
      { text: 'Ежедневно 10:00–20:00, по записи.' },
      { text: 'Codziennie 9-17, w weekendy wolne.' },
      { text: 'Massage and relax. Everyday 10-20, write first.' },
      { text: 'Nejsem k dispozici 24/7, jen út–so 12–20. Odense.' },
      { text: 'Skriv 2 4 timer før du kommer, åbent man-fre 10-18.' },
      { text: 'Åbent alle dage 1O–2O.' },
      { text: 'Termine bitte 24 Std. vorher buchen.' },
      { text: 'Fre-lør åbent 09-03, ellers 10-17.' },
      { text: 'Cita previa: reserva con 24 horas de antelación, por favor.' },
      { text: 'Respondo mensajes las 24 horas, pero atiendo solo de 17 a 23.' },
      { text: 'Mándame un WhatsApp, contesto 24h. Recibo de martes a sábado, 14 a 21.' },
      { text: 'Sábado e domingo das 12h às 06h, durante a semana não.' },
      { text: 'Open from 12 noon until 8 in the evening, every day.' },
      { text: 'Jeg svarer innen 24 timer på SMS. Treffes man–fre 12–18.' },
      { text: 'Du kannst mir rund um die Uhr schreiben, Termine nur Di–Do 12–18.' },
      { text: 'Mo–Fr von 10 bis 4 Uhr nachts, am Wochenende geschlossen.' },
      { text: 'Massage og GFE.', hours: '24/7 sms, træffes 12-20' },
      { text: 'Sms besvares 24/7, men jeg tager kun imod tirs-lør 11-19.' },
      { text: 'Не работаю круглосуточно – только 12-20.' },
      { text: 'Felicia, 31. Program: luni-vineri 10-18, nu lucrez noaptea.' },
      { text: 'Ikk døgnet rundt, kun hverdage 9-17.' },
      { text: 'Domina Vera. Jeg lever selv i et 24/7-forhold med min slave. Sessioner tirsdag 12-18.' },
      { text: 'Cancellation under 24h: full fee.' },
      { text: 'Vagter: 10-18 og 18-22 alle dage. Pause 14-15.' },
      { text: 'Man-fre 10-14 og 18-22, weekend efter aftale.' },
      {
        text: 'Massage.',
        hours: 'Man 10-04 / Tir 10-04 / Ons 10-04 / Tor 10-04 / Fre 10-04 / Lør 10-04 / Søn lukket',
      },
      { text: "Open 24/7? Nope, sorry 😅 I'm a real person with a life. Mon–Sat 10–20." },
      { text: 'OBS: Jeg har IKKE åbent 24/7. Du kan møde mig hverdage 11-19.' },
      { text: 'Book gerne mindst 24 timer før, så jeg kan gøre klar.' },
      { text: 'Nat-ugle? Alle dage 11-03.' },
      { text: 'Open 10-22 every day.' },
      { text: 'Réponse sous 24h par SMS. Je reçois du mardi au samedi 12h-20h.' },
      { text: 'Massage.', hours: 'Man-fre 10-04' },
      { text: 'I am not available 24/7, only evenings.' },
      { text: 'Not available day and night, only 12-20.' },
      { text: 'Book 24h before, please.' },
      { text: 'Dagens tilbud: 1 time 1000 kr. God nat.' },
      { text: 'Jeg tager imod fra 10 til 4, ring gerne.' },
      { text: 'Weekend fra 22 til 06, ellers efter aftale.' },
      { text: 'Open from 10pm to 6am. Clients from 18 to 24 years welcome.' },
      { text: 'Jeg er altid åben for nye oplevelser. Træffes 10-20.' },
      { text: 'Always open-minded and open to new things, evenings only.' },
      { text: 'Massage 1 hour non-stop pleasure, 1200 kr.' },
      { text: 'Ikke altid åben – ring og spørg, hverdage 12-18.' },
      { text: 'Folk spørger om jeg har åbent døgnet rundt – det har jeg ikke. Tirsdag og torsdag 12-20.' },
      { text: 'Available day and night? That is not me, I work Monday to Friday 10-16.' },
      { text: 'Bemærk: bestil min. 24 timer i forvejen. Tir-fre 10-17.' },
      { text: 'Book min. 24 t. før, tak. Tirsdag-fredag 10-17.' },
      { text: 'Online booking 24/7 via min hjemmeside – jeg tager imod tirsdag til fredag kl. 11-18.' },
      { text: 'Book online 24/7, I answer within the day. Mon–Fri 12–20.' },
      { text: 'Booking 24/7 via my website, open Tuesday to Saturday.' },
      { text: "Q: Are you available 24/7? A: I do not work 24/7. Tue–Sat 12–20, that's it." },
      { text: "I'm available 24/7 for text enquiries, but I meet only Tuesday to Saturday, 14:00–23:00." },
      { text: 'Du kan skrive 24/7, men jeg svarer når jeg vil, og jeg mødes kun tirs-tor kl. 12-18.' },
      { text: 'Rates: 400 EUR per hour, 2,500 EUR per 24 hours, plus travel.' },
      { text: 'Overnight 12 timer 9000 kr, 24 timer: 15.000 kr.' },
      { text: 'Isabella – Odense – texts welcome 24/7. I meet Tuesday to Saturday, 14–23.' },
      { text: '24/7 kan du skrive – jeg svarer når jeg vil. Jeg mødes kun tirs-tor kl. 12-18.' },
      { text: 'Bitte 24 Stunden vorher buchen.' },
      { text: 'Overnight booking: all night 9000 kr, every night except Sunday I meet 18–23.' },
      { text: 'Ingen døgnåben klinik – kun mig, tirsdag til fredag 12-18.' },
      { text: 'Du må gerne skrive til mig døgnet rundt, men jeg tager kun imod kl. 11–19.' },
      { text: 'Louise 38, dansk. booking 24/7 via sms but i only meet mon-fri 10-17.' },
      { text: 'Jeg er tilgængelig 24 timer i døgnet på mail, men tager kun imod 10-15.' },
      { text: 'Du kan lægge en besked døgnet rundt, men jeg tager kun imod mandag–fredag 9–15.' },
      { text: "The kebab shop downstairs is open all night. I'm not: Tue–Sat 14–22." },
      {
        text: 'Soy Mercedes. Antes trabajaba 24 horas en un club en Alemania – eso se acabó. Ahora trabajo sola, de 12 a 20.',
      },
      {
        text: 'Ola, 34. Odpisuję na SMS 24/7, ale spotkania tylko 12–20 – I answer texts 24/7, but I meet only 12–20.',
      },
      { text: 'WhatsApp me 24/7, but I meet only Tue–Sat 12–20.' },
      { text: 'Tænker på dig hele døgnet 😘 Åbent tirs-lør kl. 14-22.' },
      { text: 'I hans sidste to år passede jeg ham døgnet rundt. Nu: tirsdag til lørdag kl. 12-20.' },
      { text: "Hi, I'm Lone, 43. I dream about good food 24/7, so bring an appetite. Mon–Fri 10–17." },
      { text: "Charlotte, 41. Liverpool fan 24/7 – you've been warned. Mon–Fri 11–18." },
      {
        text: 'I receive you in a quiet hotel in Aarhus with a 24h reception, so you can arrive discreetly. Mon–Fri 12–20.',
      },
      { text: 'Jeg svarer inden for 24 timer. Tirsdag–lørdag 12–20.' },
      { text: 'I reply within 24h to complete requests. Mon–Fri 11–19.' },
      { text: 'Jeg åbner kl. 10 og lukker kl. 22, alle dage.' },
      { text: 'Book online døgnet rundt på min side – åbent tirs-lør 10-18.' },
      { text: 'Et gavekort kan bestilles online 24/7. Selve massagen er tirs-fre 11-18.' },
      { text: 'Tider kan ses 24/7 på hjemmesiden, og jeg tager imod man-tors 12-19.' },
      { text: 'Ingen fridage i juli, men ikke åbent 10-04 længere – kun 10-18.' },
      { text: 'No days off this month, but never 24/7: only noon to 8 pm.' },
      { text: 'My flat is next to a 24h supermarket. I receive Tue–Sat 12–18.' },
      { text: 'Gratis parkering ved den døgnåbne kiosk. Åbent man-fre 10-17.' },
      { text: 'Hjælpelinjen har døgnåben telefon. Jeg tager imod tirs-fre 11-18.' },
      { text: 'Je ne suis pas disponible 24h/24, seulement le soir de 18h à 23h.' },
      { text: 'I read messages day and night, but I meet only Mon–Fri 12–18.' },
      { text: 'Book 24/7 at https://lina.example.invalid – I meet Tue–Sat 12–19.' },
      { text: 'Available morning or afternoon, Monday to Friday.' },
      { text: 'Jeg arbejder ikke dag eller nat, kun formiddage 9-13.' },
      { text: 'Call me any time between 12 and 18, Monday to Friday.' },
      { text: 'I never close my door to a kind gentleman. Tue–Sat 12–20.' },
      { text: 'Jeg sover aldrig hos kunder – ingen overnatning. Hverdage 10-17.' },
      { text: 'I never sleep over, only short visits 11-19.' },
      { text: 'Open 10 morning – 6 evening every day.' },
      { text: 'Massage og GFE.', hours: 'Hverdage 10-18, weekend 00-24' },
      { text: 'Skriv når du vil, men det betyder ikke at jeg tager imod døgnet rundt. Man-fre 10-16.' },
    ],
  },
});
