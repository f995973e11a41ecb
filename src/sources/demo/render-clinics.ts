import type { FaultKind } from './faults.js';
import { esc, layout, pager } from './html.js';
import type { DemoAd, DemoClinic } from './model.js';
import { hashSeed } from './prng.js';

/**
 * Pages of `demo-clinics`, a massage-clinic directory in mixed English and Danish: clinics per
 * page or per city, and one page per clinic listing several persons (each person is one ad).
 */

const siteName = 'Massage Guide DK (demo)';
const css =
  'body{font-family:Georgia,serif}.person{border:1px solid #ccc;margin:1em 0;padding:1em}.gallery img{height:160px}';
export const clinicsPageSize = 10;

/** Changes whenever the clinic or any person on it changes; shown on list entries. */
export function clinicFingerprint(clinic: DemoClinic, persons: readonly DemoAd[]): string {
  const parts = [clinic.name, clinic.address, clinic.phoneShown, clinic.hours, ...clinic.prices];
  for (const p of persons) parts.push(p.siteAdId, p.updatedAt, p.city);
  return hashSeed(...parts)
    .toString(16)
    .padStart(8, '0');
}

export interface ClinicEntry {
  clinic: DemoClinic;
  persons: readonly DemoAd[];
}

function entryHtml({ clinic, persons }: ClinicEntry): string {
  return `<div class="clinic-entry" data-fp="${clinicFingerprint(clinic, persons)}">
  <h3><a href="/clinic/${esc(clinic.slug)}">${esc(clinic.name)}</a></h3>
  <p class="loc"><span class="city">${esc(clinic.city)}</span> · ${persons.length} ladies</p>
</div>`;
}

/** `/clinics?page=N` or, with `city`, all clinics of one city on one page. */
export function renderClinicList(
  entries: readonly ClinicEntry[],
  page: number,
  cities: readonly string[],
  city: string | null,
): string {
  const pages = city ? 1 : Math.max(1, Math.ceil(entries.length / clinicsPageSize));
  const shown = city ? entries : entries.slice((page - 1) * clinicsPageSize, page * clinicsPageSize);
  const cityNav = cities
    .map((c) => `<a href="/clinics?city=${encodeURIComponent(c)}">${esc(c)}</a>`)
    .join(' | ');
  const body = `<h1>${city ? `Clinics in ${esc(city)}` : 'All clinics'}</h1>
<nav class="cities">Byer: ${cityNav}</nav>
<section class="clinic-list">
${shown.map(entryHtml).join('\n')}
</section>
${city ? '' : pager('/clinics', page, pages)}`;
  return layout({ lang: 'en', title: `Clinics - page ${page}`, siteName, home: '/clinics', body, css });
}

function personHtml(ad: DemoAd, broken: boolean): string {
  const facts = [
    broken ? '' : `<tr><th>Age</th><td>${ad.age}</td></tr>`,
    `<tr><th>Nationality</th><td>${esc(ad.nationalityShown)}</td></tr>`,
    `<tr><th>Languages</th><td>${esc(ad.languages.join(', '))}</td></tr>`,
  ].join('');
  const reviews = ad.reviews.map(
    (r) =>
      `<div class="review" data-review-id="${esc(r.id)}"><span class="date">${esc(r.postedAt)}</span><p>${esc(r.text)}</p></div>`,
  );
  const html = `<article class="person" data-person-id="${esc(ad.siteAdId)}" id="person-${esc(ad.siteAdId)}">
  <h2 class="person-name">${esc(ad.name)}</h2>
  <table class="facts">${facts}</table>
  <div class="bio">${esc(ad.text)}</div>
  <ul class="services">${ad.services.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <div class="gallery">${ad.photoIds.map((id) => `<img src="/img/${esc(id)}.jpg" alt="${esc(ad.name)}">`).join('')}</div>
  <section class="reviews"><h3>Reviews (${reviews.length})</h3>${reviews.join('')}</section>
</article>`;
  // Broken markup: closing tags of the person block are lost.
  return broken ? html.replace(/<\/(article|table|section)>/g, '') : html;
}

/** `/clinic/:slug`. A malformed page breaks one person's block and drops the phone. */
export function renderClinicPage(
  clinic: DemoClinic,
  persons: readonly DemoAd[],
  fault: FaultKind | null,
): string {
  const malformed = fault === 'malformed';
  const head = `<header class="clinic-head">
  <h1 class="clinic-name">${esc(clinic.name)}</h1>
  <p class="address">${esc(clinic.address)}</p>
  ${malformed ? '' : `<p class="phone">Tel. <a href="tel:${esc(clinic.phoneShown.replace(/\s/g, ''))}">${esc(clinic.phoneShown)}</a></p>`}
  <p class="hours">Open: <span>${esc(clinic.hours)}</span></p>
  <ul class="prices">${clinic.prices.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>
</header>`;
  const staff = persons.map((p, i) => personHtml(p, malformed && i === 0)).join('\n');
  const body = `<section class="clinic" data-slug="${esc(clinic.slug)}" data-city="${esc(clinic.city)}">
${head}
<div class="staff">
${staff}
</div>
</section>`;
  return layout({ lang: clinic.lang, title: clinic.name, siteName, home: '/clinics', body, css });
}
