import type { Digest } from './digest.js';
import { formatDateTime, word, type ReportLang } from './words.js';

/** Where the dashboard is, for links into it (no trailing slash). */
export interface DigestLinks {
  dashboardUrl: string;
  indicatorLabel?: (id: string) => string;
}

function adUrl(links: DigestLinks, id: number): string {
  return `${links.dashboardUrl}/ads/${id}`;
}

function networkUrl(links: DigestLinks, id: string): string {
  return `${links.dashboardUrl}/clusters/${encodeURIComponent(id)}`;
}

/**
 * Text from the store inside a Markdown line: characters that could make emphasis, links, HTML or
 * table cells are escaped (the text never starts a line, so list and heading marks are harmless).
 */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/**
 * The digest file (Markdown), kept in `<dataDir>/digests/` on the server, beside the database it
 * comes from. It names ads by key, site, city, score and indicators, with links; the ad texts,
 * names and phones stay in the dashboard.
 */
export function renderDigestMarkdown(digest: Digest, lang: ReportLang, links: DigestLinks): string {
  const label = links.indicatorLabel ?? ((id: string) => id);
  const lines: string[] = [
    `# opspor: ${word(lang, 'digest.title', { date: digest.day })}`,
    '',
    word(lang, 'digest.period', {
      from: formatDateTime(lang, digest.since),
      to: formatDateTime(lang, digest.until),
    }),
    '',
    `> ${word(lang, 'digest.reminder')}`,
    '',
    `## ${word(lang, 'digest.newRed', { n: digest.newRed.length })}`,
    '',
  ];
  if (digest.newRed.length === 0) lines.push(word(lang, 'digest.none'));
  for (const ad of digest.newRed) {
    const facts = [ad.site, ad.city, `${word(lang, 'field.score')} ${ad.score ?? '–'}`]
      .filter(Boolean)
      .join(' · ');
    const indicators = ad.indicators.map(label).join(', ');
    lines.push(
      `- [${md(ad.key)}](${adUrl(links, ad.id)}): ${md(facts)}${indicators ? ` — ${md(indicators)}` : ''}`,
    );
  }
  lines.push('', `## ${word(lang, 'digest.newYellow', { n: digest.newYellowCount })}`, '');
  lines.push(`## ${word(lang, 'digest.networks', { n: digest.changedNetworks.length })}`, '');
  if (digest.changedNetworks.length === 0) lines.push(word(lang, 'digest.none'));
  for (const n of digest.changedNetworks) {
    const parts = [word(lang, 'digest.networkAds', { n: n.ads })];
    if (n.gained > 0) parts.push(word(lang, 'digest.networkGained', { n: n.gained }));
    if (n.newCities.length > 0)
      parts.push(word(lang, 'digest.networkCities', { cities: n.newCities.join(', ') }));
    lines.push(
      `- [${md(n.id)}](${networkUrl(links, n.id)}): ${md(parts.join('; '))} (${md(n.cities.join(', '))})`,
    );
  }
  lines.push('', `## ${word(lang, 'digest.unhealthy', { n: digest.unhealthyCrawls.length })}`, '');
  if (digest.unhealthyCrawls.length === 0) lines.push(word(lang, 'digest.none'));
  for (const c of digest.unhealthyCrawls) {
    lines.push(`- ${md(c.site)}: ${md(c.reasons.join('; ') || '–')}`);
  }
  lines.push('', `[${word(lang, 'digest.open')}](${links.dashboardUrl}/)`, '');
  return lines.join('\n');
}

/**
 * The digest e-mail. Mail leaves our control (relays, inboxes, phones, forwards), so it says only
 * how many and where to look: counts, and links into the dashboard by ad id and network id. No
 * ad text, names, phones, cities or indicator evidence: the worker logs in to see those, and the
 * dashboard applies roles and audit to that reading.
 */
export function renderDigestMail(
  digest: Digest,
  lang: ReportLang,
  links: DigestLinks,
): { subject: string; text: string } {
  const subject = word(lang, 'digest.subject', {
    red: digest.newRed.length,
    networks: digest.changedNetworks.length,
    date: digest.day,
  });
  const lines = [
    word(lang, 'digest.title', { date: digest.day }),
    word(lang, 'digest.period', {
      from: formatDateTime(lang, digest.since),
      to: formatDateTime(lang, digest.until),
    }),
    '',
    word(lang, 'digest.newRed', { n: digest.newRed.length }),
    ...digest.newRed.map(
      (ad) => `  ${adUrl(links, ad.id)}  (${word(lang, 'field.score')} ${ad.score ?? '–'})`,
    ),
    '',
    word(lang, 'digest.newYellow', { n: digest.newYellowCount }),
    '',
    word(lang, 'digest.networks', { n: digest.changedNetworks.length }),
    ...digest.changedNetworks.map(
      (n) => `  ${networkUrl(links, n.id)}  (${word(lang, 'digest.networkGained', { n: n.gained })})`,
    ),
    '',
    word(lang, 'digest.unhealthy', { n: digest.unhealthyCrawls.length }),
    ...digest.unhealthyCrawls.map((c) => `  ${c.site}`),
    '',
    `${word(lang, 'digest.open')}: ${links.dashboardUrl}/`,
    word(lang, 'digest.mailNote'),
    word(lang, 'digest.reminder'),
    '',
  ];
  return { subject, text: lines.join('\n') };
}
