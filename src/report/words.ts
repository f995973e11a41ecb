/**
 * The words of the server-made reports (PDF and daily digest), Danish first. The dashboard has
 * its own dictionary (`src/web/messages/reports.ts`); these files are read outside it.
 */
export type ReportLang = 'da' | 'en';

const da = {
  'pdf.title': 'Mest bekymrende annoncer',
  'pdf.generated': 'Lavet {at} af {user}',
  'pdf.filter': 'Filter: {filter}',
  'pdf.noFilter': 'ingen (alle aktive annoncer)',
  'pdf.count': '{n} annoncer, højeste score først',
  'pdf.empty': 'Ingen annoncer passer til filteret.',
  'pdf.reminder':
    'En indikator er et opmærksomhedspunkt, aldrig et bevis. En person vurderer altid annoncen og situationen.',
  'pdf.confidential': 'Fortroligt: indeholder personoplysninger. Del ikke rapporten uden for teamet.',
  'pdf.page': 'Side {n} af {total}',
  'field.level': 'Niveau',
  'field.score': 'Score',
  'field.site': 'Side',
  'field.city': 'By',
  'field.name': 'Navn',
  'field.phones': 'Telefon',
  'field.firstSeen': 'Først set',
  'field.lastSeen': 'Sidst set',
  'field.status': 'Status',
  'field.url': 'Adresse',
  'field.indicators': 'Indikatorer',
  'field.followUp': 'Opfølgning',
  'followUp.new': 'ny',
  'followUp.to-contact': 'skal kontaktes',
  'followUp.contacted': 'kontaktet',
  'followUp.visited': 'besøgt',
  'followUp.no-concern': 'ingen bekymring',
  'followUp.closed': 'afsluttet',
  'status.active': 'aktiv',
  'status.gone': 'forsvundet',
  'level.red': 'rød',
  'level.yellow': 'gul',
  'level.green': 'grøn',
  'level.none': 'ikke vurderet',
  'indicator.weight': 'vægt {weight}',
  'indicator.none': 'Ingen indikatorer.',
  'evidence.in': 'i {field}',
  'evidence.link': 'forbundet med {n} annoncer',
  'evidence.manual': 'sat af {by} {at}',
  'digest.title': 'Dagligt overblik {date}',
  'digest.period': 'Periode: {from} til {to}',
  'digest.newRed': 'Nye røde annoncer: {n}',
  'digest.newYellow': 'Nye gule annoncer: {n}',
  'digest.networks': 'Netværk der har ændret sig: {n}',
  'digest.unhealthy': 'Crawls med problemer: {n}',
  'digest.none': 'Ingen.',
  'digest.networkGained': '{n} nye annoncer',
  'digest.networkCities': 'nye byer: {cities}',
  'digest.networkAds': '{n} annoncer i alt',
  'digest.open': 'Åbn i opspor',
  'digest.reminder': 'En indikator er et opmærksomhedspunkt, aldrig et bevis.',
  'digest.mailNote': 'Detaljerne står kun i opspor (log ind for at se dem).',
  'digest.subject': 'opspor: {red} nye røde, {networks} netværk ændret ({date})',
};

type WordKey = keyof typeof da;

const en: Record<WordKey, string> = {
  'pdf.title': 'Most concerning ads',
  'pdf.generated': 'Made {at} by {user}',
  'pdf.filter': 'Filter: {filter}',
  'pdf.noFilter': 'none (all active ads)',
  'pdf.count': '{n} ads, highest score first',
  'pdf.empty': 'No ads match the filter.',
  'pdf.reminder':
    'An indicator is a point of attention, never proof. A person always judges the ad and the situation.',
  'pdf.confidential': 'Confidential: contains personal data. Do not share the report outside the team.',
  'pdf.page': 'Page {n} of {total}',
  'field.level': 'Level',
  'field.score': 'Score',
  'field.site': 'Site',
  'field.city': 'City',
  'field.name': 'Name',
  'field.phones': 'Phone',
  'field.firstSeen': 'First seen',
  'field.lastSeen': 'Last seen',
  'field.status': 'Status',
  'field.url': 'Address',
  'field.indicators': 'Indicators',
  'field.followUp': 'Follow-up',
  'followUp.new': 'new',
  'followUp.to-contact': 'to contact',
  'followUp.contacted': 'contacted',
  'followUp.visited': 'visited',
  'followUp.no-concern': 'no concern',
  'followUp.closed': 'closed',
  'status.active': 'active',
  'status.gone': 'gone',
  'level.red': 'red',
  'level.yellow': 'yellow',
  'level.green': 'green',
  'level.none': 'not scored',
  'indicator.weight': 'weight {weight}',
  'indicator.none': 'No indicators.',
  'evidence.in': 'in {field}',
  'evidence.link': 'linked to {n} ads',
  'evidence.manual': 'set by {by} {at}',
  'digest.title': 'Daily digest {date}',
  'digest.period': 'Period: {from} to {to}',
  'digest.newRed': 'New red ads: {n}',
  'digest.newYellow': 'New yellow ads: {n}',
  'digest.networks': 'Networks that changed: {n}',
  'digest.unhealthy': 'Crawls with problems: {n}',
  'digest.none': 'None.',
  'digest.networkGained': '{n} new ads',
  'digest.networkCities': 'new cities: {cities}',
  'digest.networkAds': '{n} ads in all',
  'digest.open': 'Open in opspor',
  'digest.reminder': 'An indicator is a point of attention, never proof.',
  'digest.mailNote': 'The details are only in opspor (log in to see them).',
  'digest.subject': 'opspor: {red} new red, {networks} networks changed ({date})',
};

const dictionaries: Record<ReportLang, Record<WordKey, string>> = { da, en };

/** A report word in the language, `{name}` placeholders filled. */
export function word(lang: ReportLang, key: WordKey, vars: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}

type Names = { da: string; en: string };
const fieldNames: Record<string, Names & { many?: Names }> = {
  title: { da: 'titel', en: 'title' },
  text: { da: 'annoncetekst', en: 'ad text' },
  name: { da: 'navn', en: 'name' },
  age: { da: 'alder', en: 'age' },
  city: { da: 'by', en: 'city' },
  hours: { da: 'åbningstider', en: 'hours' },
  nationality: { da: 'nationalitet', en: 'nationality' },
  prices: { da: 'pris', en: 'price', many: { da: 'priser', en: 'prices' } },
  services: { da: 'ydelse', en: 'service', many: { da: 'ydelser', en: 'services' } },
  languages: { da: 'sprog', en: 'language', many: { da: 'sprog', en: 'languages' } },
  phones: { da: 'telefon', en: 'phone', many: { da: 'telefoner', en: 'phones' } },
  emails: { da: 'e-mail', en: 'e-mail', many: { da: 'e-mails', en: 'e-mails' } },
  reviews: { da: 'anmeldelse', en: 'review', many: { da: 'anmeldelser', en: 'reviews' } },
  clinic: { da: 'klinik', en: 'clinic' },
  address: { da: 'adresse', en: 'address' },
};

/**
 * An evidence field path in words: `text` → "annoncetekst", `prices[1]` → "pris 2",
 * `reviews[0].text` → "anmeldelse 1", a whole list `services` → "ydelser". An unknown path is
 * shown as it is.
 */
export function fieldLabel(lang: ReportLang, field: string): string {
  const m = /^(\w+)(?:\[(\d+)\])?(?:\.text)?$/.exec(field);
  const name = m ? fieldNames[m[1]!] : undefined;
  if (!m || !name) return field;
  if (m[2] === undefined) return (name.many ?? name)[lang];
  return `${name[lang]} ${Number(m[2]) + 1}`;
}

/** A date and time in Copenhagen time, in the report's language. */
export function formatDateTime(lang: ReportLang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** The calendar day (YYYY-MM-DD) of an instant in Copenhagen: file names and "once a day". */
export function copenhagenDay(at: Date): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
}

/** The hour (0–23) of an instant in Copenhagen. */
export function copenhagenHour(at: Date): number {
  return Number(
    at.toLocaleString('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', hour12: false }),
  );
}
