import type { FaultKind } from './faults.js';
import { esc, layout, pager, showTime } from './html.js';
import type { DemoAd } from './model.js';

/**
 * Pages of `demo-classic`, a classic Danish listing site: paginated lists (newest first) and one
 * detail page per ad, with reviews on their own page.
 */

const siteName = 'Nattens Annoncer (demo)';
const css =
  'body{font-family:sans-serif;max-width:60em;margin:auto}dt{font-weight:bold}.billeder img{width:200px}';
export const classicPageSize = 20;

/** `/annoncer?page=N`. */
export function renderClassicList(ads: readonly DemoAd[], page: number): string {
  const pages = Math.max(1, Math.ceil(ads.length / classicPageSize));
  const slice = ads.slice((page - 1) * classicPageSize, page * classicPageSize);
  const items = slice.map(
    (ad) => `<li class="annonce-kort" data-id="${esc(ad.siteAdId)}">
  <a class="titel" href="/annonce/${esc(ad.siteAdId)}">${esc(ad.title)}</a>
  <span class="by">${esc(ad.city)}</span>
  <span class="opdateret">Opdateret <time datetime="${esc(ad.updatedAt)}">${showTime(ad.updatedAt)}</time></span>
</li>`,
  );
  const body = `<h1>Annoncer</h1>
<p class="antal">${ads.length} annoncer · side ${page} af ${pages}</p>
<ul class="annoncer">
${items.join('\n')}
</ul>
${pager('/annoncer', page, pages)}`;
  return layout({ lang: 'da', title: `Annoncer - side ${page}`, siteName, home: '/annoncer', body, css });
}

function fact(label: string, value: string): string {
  return `<dt>${label}</dt><dd>${value}</dd>`;
}

function list(items: readonly string[], cls: string): string {
  return `<ul class="${cls}">${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

/** `/annonce/:id`. A malformed page loses fields and closing tags; a huge one is padded. */
export function renderClassicDetail(ad: DemoAd, fault: FaultKind | null, hugeBytes: number): string {
  const malformed = fault === 'malformed';
  const facts = [
    fact('Navn', esc(ad.name)),
    fact('Alder', `${ad.age} år`),
    fact('By', esc(ad.city)),
    malformed
      ? ''
      : fact('Telefon', ad.phonesShown.map((p) => `<span class="tlf">${esc(p)}</span>`).join(' / ')),
    ad.emails.length > 0
      ? fact('E-mail', ad.emails.map((e) => `<span class="email">${esc(e)}</span>`).join(' '))
      : '',
    malformed ? '' : fact('Nationalitet', esc(ad.nationalityShown)),
    fact('Sprog', esc(ad.languages.join(', '))),
    fact('Ydelser', list(ad.services, 'ydelser')),
    fact('Priser', list(ad.prices, 'priser')),
    fact('Åbningstider', esc(ad.hours)),
  ].filter(Boolean);
  const photos = ad.photoIds.map((id) => `<img src="/img/${esc(id)}.jpg" alt="Billede">`).join('\n');
  const paragraphs = `<p>${esc(ad.text)}</p>`;
  if (malformed) {
    // Broken markup on purpose: unclosed elements, no photos, no review link, no closing tags.
    return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${esc(ad.title)}</title>
<body><article class="annonce" data-id="${esc(ad.siteAdId)}"><h1 class="annonce-titel">${esc(ad.title)}
<div class="annonce-tekst"><p>${esc(ad.text)}
<dl class="fakta">${facts.join('\n').replace(/<\/dd>/g, '')}
<div class="billeder">`;
  }
  const padding =
    fault === 'huge'
      ? `<div class="fyld" hidden>${'Lorem ipsum dolor sit amet. '.repeat(Math.ceil(hugeBytes / 28))}</div>`
      : '';
  const body = `<article class="annonce" data-id="${esc(ad.siteAdId)}">
<h1 class="annonce-titel">${esc(ad.title)}</h1>
<p class="meta">Oprettet <time class="oprettet" datetime="${esc(ad.postedAt)}">${showTime(ad.postedAt)}</time> · Opdateret <time class="opdateret" datetime="${esc(ad.updatedAt)}">${showTime(ad.updatedAt)}</time></p>
<div class="annonce-tekst">${paragraphs}</div>
<dl class="fakta">
${facts.join('\n')}
</dl>
<div class="billeder">
${photos}
</div>
<p><a class="anmeldelser-link" href="/annonce/${esc(ad.siteAdId)}/anmeldelser">Anmeldelser (${ad.reviews.length})</a></p>
</article>${padding}`;
  return layout({ lang: 'da', title: ad.title, siteName, home: '/annoncer', body, css });
}

/** `/annonce/:id/anmeldelser`. */
export function renderClassicReviews(ad: DemoAd): string {
  const items = ad.reviews.map(
    (r) => `<li class="anmeldelse" id="${esc(r.id)}">
  <time datetime="${esc(r.postedAt)}">${esc(r.postedAt)}</time>
  <p class="anmeldelse-tekst">${esc(r.text)}</p>
</li>`,
  );
  const body = `<h1>Anmeldelser af <a href="/annonce/${esc(ad.siteAdId)}">${esc(ad.name)}</a></h1>
${items.length > 0 ? `<ol class="anmeldelser">\n${items.join('\n')}\n</ol>` : '<p class="ingen">Ingen anmeldelser endnu.</p>'}`;
  return layout({ lang: 'da', title: `Anmeldelser - ${ad.name}`, siteName, home: '/annoncer', body, css });
}
