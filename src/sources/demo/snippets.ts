/**
 * Sentences the demo texts are built from. Each planted sentence carries the catalogue id it is
 * meant to trigger, so the ground truth knows what a correct analysis should find. Neutral and
 * "tricky negative" sentences ("no BB", "ingen stoffer") carry no id on purpose.
 * Placeholders: {name} {age} {city} {country} {nat} {lang}.
 */

export type Lang = 'da' | 'en';

/** Text features a network template can plant (ids of indicators.md). */
export type TextFeature =
  | 'new-in-town'
  | 'youth-emphasis'
  | 'third-party-voice'
  | 'language-barrier'
  | 'unprotected-services'
  | 'no-limits'
  | 'high-risk-services'
  | 'unlimited-hours'
  | 'drugs-offered'
  | 'rotating-workers'
  | 'restricted-movement';

type Variants = Record<Lang, readonly string[]>;

export const featureSentences: Record<TextFeature, Variants> = {
  'new-in-town': {
    da: ['{name} er ny i byen, kun få dage i {city}.', 'Ny i byen! Kun få dage.', 'Første gang i Danmark, sidste dage i {city}.'],
    en: ['New in town, only few days in {city}!', 'Just arrived, first time in Denmark.', 'On tour in {city}, last days.'],
  },
  'youth-emphasis': {
    da: ['Meget ung og sød pige.', 'Ung pige, kun {age} år.', 'Sød ung studerende.'],
    en: ['Very young girl, only {age}.', 'Young student girl, very sweet.', 'Young and fresh, {age} years.'],
  },
  'third-party-voice': {
    da: ['Hun er sød og venlig og venter på dig.', 'Vi tilbyder diskret service, ring og book hende.', '{name} er {age} år, hun er sød og glad.'],
    en: ['She is very sweet and waiting for you.', 'Call me to book her, she is ready.', '{name} is {age} years, she is new girl from {country}.'],
  },
  'language-barrier': {
    da: ['Hun taler kun {lang}, ingen engelsk.', 'Kun {lang}, lidt engelsk.'],
    en: ['She speak only {lang}, little english.', 'No English, only {lang}.'],
  },
  'unprotected-services': {
    da: ['Også uden kondom.', 'Natur muligt.'],
    en: ['Also without condom possible.', 'BB ok, OWO included.'],
  },
  'no-limits': {
    da: ['Ingen grænser, alt er muligt.', 'Alt er muligt, bare spørg.'],
    en: ['All services, no limits.', 'Everything allowed, no limits.'],
  },
  'high-risk-services': {
    da: ['Gruppe med flere mænd er muligt.', 'Ingen regler, også rough.'],
    en: ['Group with several men possible.', 'Rough and extreme is ok.'],
  },
  'unlimited-hours': {
    da: ['Åben 24/7, alle dage.', 'Døgnet rundt, også om natten.'],
    en: ['Open 24/7, also night.', 'Available 24 hours every day.'],
  },
  'drugs-offered': {
    da: ['Party og hygge ❄️ 🍭', 'Sne til festen kan aftales.'],
    en: ['Party and play friendly ❄️', '420 friendly 🌿 high fun.'],
  },
  'rotating-workers': {
    da: ['Vi har nye piger hver uge.', 'Mange piger at vælge imellem.'],
    en: ['New girls every week!', 'Choose between 5 girls.'],
  },
  'restricted-movement': {
    da: ['Kun incall, hun kan ikke gå ud.', 'Booking gennem manager, chauffør bringer hende.'],
    en: ['Incall only, she can not go out.', 'Booking through manager, driver brings her.'],
  },
};

/** First-person intros of independent workers. */
export const intros: Variants = {
  da: ['Hej, jeg hedder {name} og er {age} år.', 'Hej søde, jeg er {name}, {age} år.', 'Mit navn er {name}, jeg er {age} år.'],
  en: ['Hi, I am {name}, {age} years old.', 'Hello, my name is {name} and I am {age}.', 'Hello my name {name}, I am {age} year.'],
};

/** First-person origin line; the Danish variant is used for Danish workers only. */
export const origins = {
  dkDa: ['Jeg er en dansk kvinde og bor selv i {city}.', 'Jeg er dansk og arbejder fra min egen lejlighed.'],
  foreignDa: ['Jeg kommer fra {country} og har boet i Danmark i nogle år.', 'Jeg er fra {country} og bor i {city}.'],
  en: ['I am from {country}, I live in {city} since long time.', 'I come from {country} and I work here by myself.'],
} as const;

/** Neutral first-person service sentences. */
export const neutralLines: Variants = {
  da: ['Jeg tilbyder afslappende massage og hyggeligt samvær.', 'Diskret lejlighed med parkering tæt på.', 'Jeg glæder mig til at høre fra dig.', 'Respekt og god hygiejne er vigtigt for mig.'],
  en: ['I offer relaxing massage and nice time together.', 'Discreet apartment, easy parking.', 'I am looking forward to meet you.', 'Respect and good hygiene is important for me.'],
};

/** Tricky negatives: mention an indicator's words but must not fire it. */
export const negativeLines: Variants = {
  da: ['Kun med kondom, altid.', 'Ingen stoffer.', 'Jeg arbejder selvstændigt, intet bureau.', 'IKKE 24/7, kun efter aftale.', 'Ingen BB, spørg ikke.'],
  en: ['No BB, always with condom.', 'No drugs, please respect.', 'I am independent, no agency.', 'NOT 24/7, only by appointment.', 'Safe only, no bareback.'],
};

/** Third-person fillers a network template is padded with. */
export const networkFillers: Variants = {
  da: ['Sød og smilende pige fra {country}.', 'Ren og diskret lejlighed i {city}.', 'Ring for booking.', 'Smuk {nat} pige med flot figur.'],
  en: ['Sweet smiling girl from {country}.', 'Clean and discreet apartment in {city}.', 'Call for booking.', 'Beautiful {nat} girl with nice body.'],
};

/** Client reviews; the id says which review indicator the text should trigger. */
export const reviewLines: { text: Variants; indicator: string | null }[] = [
  { text: { da: ['Hyggelig og venlig, fin lejlighed.', 'Alt var som beskrevet, kan anbefales.', 'Sød og professionel.'], en: ['Nice lady, clean place, recommended.', 'Friendly and professional.', 'Good massage, will come again.'] }, indicator: null },
  { text: { da: ['Hun virkede ikke bange, tværtimod glad og afslappet.'], en: ['She was not nervous at all, very relaxed and happy.'] }, indicator: null },
  { text: { da: ['Hun virkede bange og utilpas.', 'Hun græd bagefter, virkede trist.'], en: ['She seemed scared and nervous.', 'She was crying, not into it.'] }, indicator: 'review-distress' },
  { text: { da: ['En mand tog pengene ved døren.', 'En mand ventede udenfor og tog imod betalingen.'], en: ['A man took the money at the door.', 'Her driver answered the phone and watched outside.'] }, indicator: 'review-third-party-control' },
  { text: { da: ['Vi kunne ikke tale sammen, hun forstod hverken dansk eller engelsk.'], en: ['Could not communicate, she speak no english at all.'] }, indicator: 'review-language-barrier' },
];

/** Fills placeholders. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = vars[key];
    return v === undefined ? m : String(v);
  });
}
