/**
 * Dashboard words for the outcome evaluation, Danish first; English must have the same keys. The
 * outcome words themselves are `outcome.*` (messages/casework.ts), so the ad page and this page
 * agree.
 */
export const evaluationDa = {
  'nav.evaluation': 'Evaluering',
  'evaluation.title': 'Evaluering mod udfald',
  'evaluation.intro':
    'Indikatorer og niveauer holdt op mod de udfald, kollegerne har registreret efter kontakt eller besøg. Kun udfald med og uden tegn på udnyttelse tæller; “ikke i kontakt” holdes udenfor.',
  'evaluation.summary':
    '{evaluated} annoncer med udfald: {concern} med tegn på udnyttelse, {noConcern} uden (grundrate {base}). Holdt udenfor: {notReached} ikke i kontakt, {unscored} uden gemt vurdering.',
  'evaluation.few':
    'Få udfald: færre end {min} annoncer har et udfald med eller uden tegn på udnyttelse. Tallene beskriver en håndfuld sager og er ikke evidens.',
  'evaluation.howToRead':
    'Præcision er andelen af annoncerne, hvor indikatoren slog ud, der viste tegn på udnyttelse. Genfinding er andelen af annoncerne med tegn på udnyttelse, hvor den slog ud. Løft er præcisionen delt med grundraten: omkring 1 er ikke bedre end at vælge tilfældigt. En indikator med lav præcision eller et løft tæt på 1 er en kandidat til en lavere vægt. Små tal beviser intet, hverken for eller imod.',
  'evaluation.indicators': 'Indikatorer',
  'evaluation.levels': 'Niveauer som tærskler',
  'evaluation.indicator': 'Indikator',
  'evaluation.threshold': 'Tærskel',
  'evaluation.firedConcern': 'Slog ud · tegn',
  'evaluation.firedNoConcern': 'Slog ud · ingen tegn',
  'evaluation.notFiredConcern': 'Slog ikke ud · tegn',
  'evaluation.notFiredNoConcern': 'Slog ikke ud · ingen tegn',
  'evaluation.precision': 'Præcision',
  'evaluation.recall': 'Genfinding',
  'evaluation.lift': 'Løft',
  'evaluation.red': 'rød',
  'evaluation.red-yellow': 'rød eller gul',
} as const;

export const evaluationEn: Record<keyof typeof evaluationDa, string> = {
  'nav.evaluation': 'Evaluation',
  'evaluation.title': 'Evaluation against outcomes',
  'evaluation.intro':
    'Indicators and levels held against the outcomes colleagues recorded after a contact or visit. Only outcomes with and without signs of exploitation count; “not reached” is left out.',
  'evaluation.summary':
    '{evaluated} ads with an outcome: {concern} with signs of exploitation, {noConcern} without (base rate {base}). Left out: {notReached} not reached, {unscored} without a stored assessment.',
  'evaluation.few':
    'Few outcomes: fewer than {min} ads have an outcome with or without signs of exploitation. The figures describe a handful of cases and are not evidence.',
  'evaluation.howToRead':
    'Precision is the share of the ads where the indicator fired that showed signs of exploitation. Recall is the share of the ads with signs of exploitation where it fired. Lift is precision divided by the base rate: around 1 is no better than picking at random. An indicator with low precision or a lift close to 1 is a candidate for a lower weight. Small numbers prove nothing either way.',
  'evaluation.indicators': 'Indicators',
  'evaluation.levels': 'Levels as thresholds',
  'evaluation.indicator': 'Indicator',
  'evaluation.threshold': 'Threshold',
  'evaluation.firedConcern': 'Fired · signs',
  'evaluation.firedNoConcern': 'Fired · no signs',
  'evaluation.notFiredConcern': 'Not fired · signs',
  'evaluation.notFiredNoConcern': 'Not fired · no signs',
  'evaluation.precision': 'Precision',
  'evaluation.recall': 'Recall',
  'evaluation.lift': 'Lift',
  'evaluation.red': 'red',
  'evaluation.red-yellow': 'red or yellow',
};
