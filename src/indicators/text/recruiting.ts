import { compileTerms } from './match.js';

/**
 * Recruitment posts beside the ads: a clinic, agency or landlord looking for women to work for it
 * ("Klinik i Vejle søger søde piger", "We hire girls for Aarhus", "Thai ladies wanted", "Rooms for
 * ladies"). The writer is the business, so the voice is a third party's; the women sought are not
 * a roster of persons at one place.
 */
const PERSONS = '(?:piger|massøser|damer|kvinder|girls|ladies|models|masseuses|women|escorts|fete|chicas)';

/** The business seeks or houses women: a third party's voice. */
export const recruitingVoice = compileTerms([
  `(?:søger|we are looking for|we're looking for|looking for|we need|vi mangler|vi har brug for|we hire|we are hiring|vi ansætter|angajăm|angajam|buscamos) (?:\\p{L}+ ){0,3}${PERSONS}`,
  `${PERSONS} (?:søges|wanted|needed|ønskes)`,
  // Rooms let to women who work there: "Rooms for ladies in Copenhagen", "Værelser udlejes til massøser".
  `(?:rooms?|room for rent|værelser|værelse) (?:for rent |udlejes |to let )?(?:for|til) (?:\\p{L}+ )?${PERSONS}`,
  '(?:vi udlejer|we rent out|we rent) (?:\\p{L}+ ){0,3}(?:til|to) (?:\\p{L}+ )?(?:massøser|piger|damer|ladies|girls|masseuses)',
  // A free room at a clinic: "Klinik Rosen har et ledigt værelse til en selvstændig massøse".
  '(?:ledigt|ledige|free|available) (?:værelse|værelser|room|rooms) (?:til|for) (?:en |a )?(?:\\p{L}+ )?(?:massøse|massøser|pige|piger|lady|ladies|girl|girls|masseuse|masseuses)',
  // Women brought in: "We bring ladies to Denmark and Sweden".
  `(?:we bring|vi henter|vi tager) (?:\\p{L}+ ){0,2}${PERSONS} (?:to|til)`,
]);

/**
 * A man seeking women is no business: "Mand 30 søger kvinder der trænger til forkælelse" (a male
 * masseur's offer), "Fyr, 28, søger damer" (a client), also with his town: "fyr fra Vejle søger at
 * forkæle kvinder". Read before the recruiting terms.
 */
const MAN_BEFORE =
  /(?<![\p{L}])(?:\p{L}*mand|fyr|herre|gentleman|massør|guy|man)\s*,?\s*(?:\d{2}\s*(?:år\s*)?,?\s*)?(?:(?:fra|from)\s+\p{L}+\s*,?\s*)?$/iu;

export function notAManSeeking(text: string, start: number): boolean {
  return !MAN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * One woman sought by a business named as the seeker: "Klinik på Vesterbro søger sød pige",
 * "Vores massagestudie i Odense søger en kvindelig massør", "Salon Rose søger en dame til faste
 * vagter". Without the business a singular search is as often a duo partner ("Jeg søger en sød
 * veninde") or a couple's third ("Vi søger en bi-pige"), so the business is read before "søger".
 */
export const recruitingOne = compileTerms([
  'søger (?:\\p{L}+ ){0,4}(?:pige|massøse|massør|dame|kvinde|model|girl|lady|masseuse)',
]);
const BUSINESS_BEFORE =
  /(?:klinik|studie|studio|salon|bureau|agentur|bordel|massagehus)\p{L}*(?:\s+[\p{L}-]+){0,3}\s+$/iu;

export function businessSeeks(text: string, start: number): boolean {
  return BUSINESS_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Whether a text recruits women for work: "Klinik søger sød pige (21+)", "We are looking for girls",
 * "Massøser søges". Not the reader's search in an offer ("Søger du en sød pige?"). For the rare
 * rules that need the whole post's purpose, run only after their own match.
 */
const RECRUITS =
  /(?<![\p{L}])(?:(?:søger|looking\s+for|we\s+hire|vi\s+ansætter|hiring)\s+(?!du\s|you\s)(?:\p{L}+\s+){0,4}(?:piger?|damer?|massøser?|massør|kvinder?|girls?|lady|ladies|masseuses?)|(?:piger|damer|massøser|girls|ladies)\s+(?:søges|wanted))(?![\p{L}])/iu;

export function recruitsWomen(text: string): boolean {
  return RECRUITS.test(text);
}

/** "looking for Thai ladies", "søger piger", "Thai ladies wanted": the persons are sought, not offered. */
const SOUGHT_BEFORE =
  /(?<![\p{L}])(?:søger|looking for|we need|we hire|hiring|vi mangler|vi ansætter|recruiting|rekrutterer)\s+(?:\p{L}+\s+){0,3}$/iu;
// Also after their origin, and welcomed to apply: "Piger fra Thailand søges", "girls from Romania,
// Bulgaria welcome" (not "Girls from Riga welcome you": they greet the client).
const SOUGHT_AFTER =
  /^(?:\s+(?:fra|from)\s+[\p{L},\s]{2,40}?)?\s*(?:wanted|needed|søges|ønskes|welcome|velkomne|velkommen)(?![\p{L}])(?!\s+(?:you|dig|jer)(?![\p{L}]))/iu;

export function soughtPersons(text: string, start: number, end: number): boolean {
  return (
    SOUGHT_BEFORE.test(text.slice(Math.max(0, start - 48), start)) ||
    SOUGHT_AFTER.test(text.slice(end, end + 60))
  );
}

/**
 * The terms a recruiter sets that put her under someone's control: a share of her earnings, a
 * journey paid and owed, a driver provided, bookings made for her, her earnings kept.
 */
export const recruitingTerms = compileTerms([
  // A share of what she earns: "Du får 50 %, resten går til klinikken", "20% of all bookings to us",
  // "500 kr per day + 30% of what you earn", "50/50 split".
  '(?:resten|the rest) (?:går til|goes to|til) (?:klinikken|huset|bureauet|os|the clinic|the house|the agency|us)',
  '(?:50/50|60/40|70/30) (?:split|deling)',
  // The journey paid, to be paid back from the work: "We pay your ticket, you pay back from work",
  // "we arrange flight from Bangkok and room, you pay back in 2 months from work".
  '(?:pay|pays|paid|refund|betaler|betale) (?:\\p{L}+ ){0,3}(?:back )?(?:from|af|med|through) (?:your |din |dit )?(?:work|earnings|arbejdet|indtjening|indtjeningen)',
  '(?:pay back|refund|betale tilbage) (?:\\p{L}+ ){0,4}(?:from|from your|fra) (?:work|earnings)',
  // A driver or transport the business provides: "Accommodation and driver provided", "transport asigurat".
  '(?:driver|chauffør|transport) (?:provided|included|stilles til rådighed|asigurat|incluido)',
  '(?:du bliver|you will be|you are) (?:kørt|driven) (?:ud )?(?:til|to)',
  // Bookings made for her: "vi tager telefonen og laver aftalerne", "we handle all bookings", "we
  // answer the phone and send you the clients".
  // (Not "jeg tager selv telefonen og laver aftalerne": she books herself.)
  '(?:vi|de|han|we|they|he) (?:\\p{L}+ ){0,4}(?:laver aftalerne|make the appointments)',
  '(?:we handle (?:all )?(?:the )?bookings|send you the clients|sender dig kunderne|vi booker kunderne|we book (?:the |your )?clients)',
  // The business handles the clients, bookings or money: "vi klarer al kontakt med kunderne, al
  // booking og alle penge", "Vi klarer alle bookinger", "We take care of everything: ads, phone, clients".
  '(?:vi|we) (?:klarer|ordner|håndterer|tager os af|take care of|handle) (?!selv |ourselves )(?:\\p{L}+ ){0,2}(?:booking|bookinger|bookingerne|bookings|kontakt med kunderne|kontakten med kunderne|pengene|alle penge|the money|all the money)',
  '(?:vi|we) (?:klarer|ordner|take care of|handle) (?:everything|alt)[:,]? (?:\\p{L}+,? ){0,3}(?:phone|telefonen|clients|kunderne|bookings|booking)',
  // Her phone taken during the work: "telefonen afleveres til os under vagten", "hand in your phone".
  '(?:telefonen|mobilen|din telefon|din mobil|your phone|phones) (?:afleveres|skal afleveres|inddrages|is handed in|must be handed in|are handed in)',
  '(?:aflevere|afleverer|hand in|hand over) (?:din |dine |your )?(?:telefon|telefonen|mobil|mobilen|phone|phones)',
  // Her earnings kept for her: "Madam will … keep your earnings safe".
  '(?:keep|keeps|holder|opbevarer) (?:your|dine|din) (?:earnings|money|penge|indtjening|passport|pas)',
]);

/**
 * Her earnings or bookings after a percentage: "30% of what you earn", "20% of all bookings to
 * us", "40 procent af alt du tjener". Read from the noun: a term cannot begin with "%".
 */
export const shareOfEarnings = compileTerms([
  '(?:du tjener|you earn|your earnings|indtjeningen|din indtjening|bookings|bookingerne|bookinger)',
]);
// Not what she keeps: "You keep 100% of your earnings", "du beholder 80 % af det du tjener".
const SHARE_BEFORE =
  /(?<!(?:keep|keeps|beholder|behold|beholde)\s+(?:\p{L}+\s+)?)(?<!\d)\d{1,2}\s?(?:%|procent|percent|pct\.?)\s+(?:af|of)\s+(?:alt\s+(?:hvad\s+)?|all\s+(?:the\s+)?|what\s+|det\s+|hvad\s+|your\s+|the\s+)?$/iu;

export function aShareOfHers(text: string, start: number): boolean {
  return SHARE_BEFORE.test(text.slice(Math.max(0, start - 32), start));
}
