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
    da: [
      '{name} er ny i byen, kun få dage i {city}.',
      'Ny i byen! Kun få dage.',
      'Første gang i Danmark, sidste dage i {city}.',
      'Lige ankommet til {city}, kun denne uge.',
      'Tilbage i byen, kun få dage!',
    ],
    en: [
      'New in town, only few days in {city}!',
      'Just arrived, first time in Denmark.',
      'On tour in {city}, last days.',
      'Just arrived in {city}, only this week.',
      'Back in town for few days only!',
    ],
  },
  'youth-emphasis': {
    da: [
      'Meget ung og sød pige.',
      'Ung pige, kun {age} år.',
      'Sød ung studerende.',
      'Ung og frisk pige på {age}.',
      'Meget ung og smuk, kun {age}.',
    ],
    en: [
      'Very young girl, only {age}.',
      'Young student girl, very sweet.',
      'Young and fresh, {age} years.',
      'Young girl, {age} years, very fresh.',
      'Sweet and very young, only {age}.',
    ],
  },
  'third-party-voice': {
    da: [
      'Hun er sød og venlig og venter på dig.',
      'Vi tilbyder diskret service, ring og book hende.',
      '{name} er {age} år, hun er sød og glad.',
      'Hun elsker at forkæle dig, ring og book hende i dag.',
      'Hun venter på dig i en diskret lejlighed.',
    ],
    en: [
      'She is very sweet and waiting for you.',
      'Call me to book her, she is ready.',
      '{name} is {age} years, she is new girl from {country}.',
      'She loves to make you happy, call to book her.',
      'She is waiting for you in a discreet apartment.',
    ],
  },
  'language-barrier': {
    da: [
      'Hun taler kun {lang}, ingen engelsk.',
      'Kun {lang}, lidt engelsk.',
      'Taler {lang}, ingen engelsk.',
      'Lidt engelsk, mest {lang}.',
    ],
    en: [
      'She speak only {lang}, little english.',
      'No English, only {lang}.',
      'Little english, she speak {lang}.',
      'Speaks {lang}, no english.',
    ],
  },
  'unprotected-services': {
    da: ['Også uden kondom.', 'Natur muligt.', 'Kan også uden kondom.', 'OWO og BB efter aftale.'],
    en: [
      'Also without condom possible.',
      'BB ok, OWO included.',
      'OWO and BBBJ included.',
      'Extra without condom possible.',
    ],
  },
  'no-limits': {
    da: [
      'Ingen grænser, alt er muligt.',
      'Alt er muligt, bare spørg.',
      'Åben for alt, ingen tabuer.',
      'Uden grænser, spørg bare.',
    ],
    en: [
      'All services, no limits.',
      'Everything allowed, no limits.',
      'No limits, all services possible.',
      'Open for everything, no taboos.',
    ],
  },
  'high-risk-services': {
    da: [
      'Gruppe med flere mænd er muligt.',
      'Ingen regler, også rough.',
      'Ekstrem og hård sex er ok.',
      'Tag dine venner med, flere mænd velkommen.',
    ],
    en: [
      'Group with several men possible.',
      'Rough and extreme is ok.',
      'Extreme is possible, likes it rough.',
      'Bring your friends, several men ok.',
    ],
  },
  'unlimited-hours': {
    da: [
      'Åben 24/7, alle dage.',
      'Døgnet rundt, også om natten.',
      'Altid åben, 24/7.',
      'Åben 24 timer hver dag.',
    ],
    en: [
      'Open 24/7, also night.',
      'Available 24 hours every day.',
      'Day and night 24/7.',
      'Open 24 hours, every day.',
    ],
  },
  'drugs-offered': {
    da: [
      'Party og hygge ❄️ 🍭',
      'Sne til festen kan aftales.',
      'Fest og sjov ❄️ 🍭 kan aftales.',
      'Party hele natten ❄️',
    ],
    en: [
      'Party and play friendly ❄️',
      '420 friendly 🌿 high fun.',
      'Party time ❄️ 💊 ask.',
      'PnP friendly, ask for party.',
    ],
  },
  'rotating-workers': {
    da: [
      'Vi har nye piger hver uge.',
      'Mange piger at vælge imellem.',
      'Nye damer hver uge.',
      'Vælg mellem flere piger.',
    ],
    en: [
      'New girls every week!',
      'Choose between 5 girls.',
      'New ladies every week.',
      'Many girls to choose.',
    ],
  },
  'restricted-movement': {
    da: [
      'Kun incall, hun kan ikke gå ud.',
      'Booking gennem manager, chauffør bringer hende.',
      'Chaufføren kører hende til dig.',
      'Booking kun gennem min manager.',
    ],
    en: [
      'Incall only, she can not go out.',
      'Booking through manager, driver brings her.',
      'Her driver brings her to you.',
      'Booking through our manager only.',
    ],
  },
};

/**
 * First-person origin line (patterns with `[a|b]` alternatives, see phrasing.ts); the Danish
 * "dkDa" variant is used for Danish workers only.
 */
export const origins = {
  dkDa: [
    '[jeg er en dansk kvinde|jeg er dansk|jeg er en dansk pige][| og bor [selv |]i {city}| og arbejder fra min egen lejlighed| og har altid boet i {city}]',
  ],
  foreignDa: [
    '[jeg kommer fra|jeg er fra|jeg er oprindeligt fra] {country}[| og har boet i Danmark i [nogle|mange|et par] år| og bor i {city}| men bor nu i {city}]',
  ],
  en: [
    '[i am from|i come from|i am originally from] {country}[|, i live in {city} [since long time|for some years|for years]| and i work here by myself| but i live in {city}]',
  ],
} as const;

/** Tricky negatives: mention an indicator's words but must not fire it. */
export const negativeLines: Variants = {
  da: [
    'Kun med kondom, altid.',
    'Ingen stoffer.',
    'Jeg arbejder selvstændigt, intet bureau.',
    'IKKE 24/7, kun efter aftale.',
    'Ingen BB, spørg ikke.',
  ],
  en: [
    'No BB, always with condom.',
    'No drugs, please respect.',
    'I am independent, no agency.',
    'NOT 24/7, only by appointment.',
    'Safe only, no bareback.',
  ],
};

/** Third-person filler patterns a network template is drawn from (fixed per network). */
export const networkFillers: Variants = {
  da: [
    '[sød|smilende|flot|charmerende|elegant|venlig|feminin|blid] [og [smilende|sød|venlig|rolig|sjov|varm]|med [et stort smil|gode manerer|en blød stemme]] pige fra {country}[| [med|og] [masser af|meget] [charme|humor|energi|varme]]',
    '[ren|diskret|hyggelig|privat|pæn|lys|moderne|stille] [lejlighed|adresse|lokale|suite] [i|midt i|tæt på centrum af|nær stationen i|i udkanten af|ved havnen i] {city}[|, [gratis kaffe|rene håndklæder|brusebad|aircondition|musik] [til dig|på stedet|inkluderet]]',
    '[ring|skriv|sms|send en besked] [for|og få] [booking|en aftale|mere info|en tid|detaljer][| [nu|i dag|i aften|hurtigt|diskret]][| [og|så] [svarer vi hurtigt|får du svar|aftaler vi resten]]',
    '[smuk|flot|lækker|charmerende|yndig|eksotisk] {nat} [pige|dame|kvinde] med [flot figur|dejlige kurver|stort smil|lange ben|blød hud|mørke øjne|langt hår][| og [et varmt smil|en sød stemme|gode manerer|et roligt væsen]]',
    '[diskretion|hygiejne|god service|tilfredse kunder|tryghed|kvalitet] [er garanteret|altid|er i top|kommer først|betyder alt][| hos os| for os| her]',
    '[kom og|du kan] [nyd|nyde|få|opleve] en [dejlig|hyggelig|afslappende|uforglemmelig|varm|rolig] [stund|aften|time|oplevelse|pause][| i {city}| med hende| efter arbejde| i weekenden]',
    '[gratis|nem|sikker] parkering [udenfor|tæt på|lige ved døren|i gården|på gaden][| og [bad|håndklæder|drikkevarer|kaffe] [klar|står klar|venter]]',
  ],
  en: [
    '[sweet|smiling|pretty|charming|elegant|friendly|feminine|gentle] [and [smiling|sweet|friendly|calm|funny|warm]|with [a big smile|good manners|a soft voice]] girl from {country}[| [with|and] [lots of|so much] [charm|humour|energy|warmth]]',
    '[clean|discreet|cosy|private|nice|bright|modern|quiet] [apartment|place|room|suite] [in|in the centre of|close to centre of|near station in|outside|by the harbour in] {city}[|, [free coffee|fresh towels|shower|air condition|music] [for you|on site|included]]',
    '[call|text|sms|send a message] [for|to get] [booking|an appointment|more info|a time|details][| [now|today|tonight|fast|discreetly]][| [and|so] [we answer fast|you get answer|we arrange the rest]]',
    '[beautiful|pretty|hot|charming|lovely|exotic] {nat} [girl|lady|woman] with [nice body|soft curves|big smile|long legs|soft skin|dark eyes|long hair][| and [a warm smile|a sweet voice|good manners|a calm nature]]',
    '[discretion|hygiene|good service|happy clients|safety|quality] [guaranteed|always|is top|comes first|is everything][| with us| for us| here]',
    '[come and|you can] [enjoy|have|spend|feel] [a lovely|a cosy|a relaxing|an unforgettable|a warm|a calm] [moment|evening|hour|time|break][| in {city}| with her| after work| at weekend]',
    '[free|easy|safe] parking [outside|nearby|at the door|in the yard|on the street][| and [shower|towels|drinks|coffee] [ready|waiting]]',
  ],
};

/** Client reviews; the id says which review indicator the text should trigger. */
export const reviewLines: { text: Variants; indicator: string | null }[] = [
  {
    text: {
      da: [
        'Hyggelig og venlig, fin lejlighed.',
        'Alt var som beskrevet, kan anbefales.',
        'Sød og professionel.',
      ],
      en: [
        'Nice lady, clean place, recommended.',
        'Friendly and professional.',
        'Good massage, will come again.',
      ],
    },
    indicator: null,
  },
  {
    text: {
      da: ['Hun virkede ikke bange, tværtimod glad og afslappet.'],
      en: ['She was not nervous at all, very relaxed and happy.'],
    },
    indicator: null,
  },
  {
    text: {
      da: ['Hun virkede bange og utilpas.', 'Hun græd bagefter, virkede trist.'],
      en: ['She seemed scared and nervous.', 'She was crying, not into it.'],
    },
    indicator: 'review-distress',
  },
  {
    text: {
      da: ['En mand tog pengene ved døren.', 'En mand ventede udenfor og tog imod betalingen.'],
      en: ['A man took the money at the door.', 'Her driver answered the phone and watched outside.'],
    },
    indicator: 'review-third-party-control',
  },
  {
    text: {
      da: ['Vi kunne ikke tale sammen, hun forstod hverken dansk eller engelsk.'],
      en: ['Could not communicate, she speak no english at all.'],
    },
    indicator: 'review-language-barrier',
  },
];

/** Fills placeholders. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = vars[key];
    return v === undefined ? m : String(v);
  });
}
