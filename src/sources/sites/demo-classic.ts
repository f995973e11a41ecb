import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { InputError } from '../../shared/errors.js';
import {
  defineSiteAdapter,
  type DetailPageResult,
  type ListEntry,
  type ListPageResult,
  type ReviewPageResult,
  type ScrapedAd,
} from '../adapter.js';
import { absolute, checkPageUrl, cleanText, imageUrls, ownText, splitList, texts } from './parse-helpers.js';

/**
 * `demo-classic`: the demo's classic listing site ("Nattens Annoncer"). List pages
 * `/annoncer?page=N` (20 per page, newest first, "Opdateret" stamp per entry), one detail page per
 * ad with a definition list of facts, and reviews on `/annonce/:id/anmeldelser`.
 */

const site = 'demo-classic';

function parseListPage(html: string, url: string): ListPageResult {
  checkPageUrl(url);
  const $ = load(html);
  const entries: ListEntry[] = [];
  for (const el of $('li.annonce-kort').toArray()) {
    const link = $(el).find('a.titel').first();
    const detailUrl = absolute(link.attr('href'), url);
    const siteAdId = $(el).attr('data-id') ?? /\/annonce\/(\d+)/.exec(detailUrl ?? '')?.[1];
    if (!detailUrl || !siteAdId) continue;
    const stamp = $(el).find('.opdateret time').attr('datetime');
    entries.push({ siteAdId, url: detailUrl, fingerprint: stamp ?? null });
  }
  const next = $('nav.pager a[href]')
    .toArray()
    .flatMap((a) => {
      const u = absolute($(a).attr('href'), url);
      return u ? [u] : [];
    });
  return { entries, next: [...new Set(next)] };
}

/** Label (as shown, lower case) → value texts, from `dl.fakta`. */
function readFacts($: CheerioAPI): Map<string, Cheerio<Element>> {
  const facts = new Map<string, Cheerio<Element>>();
  for (const dt of $('dl.fakta dt').toArray()) {
    const label = cleanText($(dt).text())?.toLowerCase();
    const dd = $(dt).next('dd');
    if (label && dd.length > 0 && !facts.has(label)) facts.set(label, dd);
  }
  return facts;
}

function parseDetailPage(html: string, url: string): DetailPageResult {
  const pageUrl = checkPageUrl(url);
  const $ = load(html);
  const article = $('article.annonce').first();
  const siteAdId = article.attr('data-id') ?? /\/annonce\/(\d+)/.exec(pageUrl.pathname)?.[1];
  if (!siteAdId) throw new InputError(`${site}: no ad id on page ${pageUrl.pathname}`);
  const facts = readFacts($);
  const fact = (label: string): string | null => cleanText(facts.get(label)?.first().text());
  const listFact = (label: string): string[] => {
    const dd = facts.get(label);
    return dd ? texts($, dd.find('li')) : [];
  };

  const ad: ScrapedAd = {
    id: `${site}:${siteAdId}`,
    site,
    siteAdId,
    url: new URL(`/annonce/${siteAdId}`, pageUrl).toString(),
    country: 'DK',
    photoUrls: imageUrls($, $('.billeder img'), url),
  };
  const title = ownText($, $('h1.annonce-titel').first()) ?? cleanText($('title').first().text());
  if (title) ad.title = title;
  const text = cleanText($('.annonce-tekst p').first().text());
  if (text) ad.text = text;
  const posted = $('time.oprettet').attr('datetime');
  if (posted) ad.posted_at = posted;
  const name = fact('navn');
  if (name) ad.name = name;
  const age = fact('alder');
  if (age) ad.age = age;
  const city = fact('by');
  if (city) ad.city = city;
  const phoneDd = facts.get('telefon');
  if (phoneDd) {
    const spans = texts($, phoneDd.find('.tlf'));
    const phones = spans.length > 0 ? spans : splitList(fact('telefon')?.replace(/\//g, ',') ?? null);
    if (phones.length > 0) ad.phones = phones;
  }
  const emailDd = facts.get('e-mail');
  if (emailDd) ad.emails = texts($, emailDd.find('.email'));
  const nationality = fact('nationalitet');
  if (nationality) ad.nationality = nationality;
  const languages = splitList(fact('sprog'));
  if (languages.length > 0) ad.languages = languages;
  const services = listFact('ydelser');
  if (services.length > 0) ad.services = services;
  const prices = listFact('priser');
  if (prices.length > 0) ad.prices = prices;
  const hours = fact('åbningstider');
  if (hours) ad.hours = hours;

  const reviewLink = $('a.anmeldelser-link').first();
  const reviewUrl = absolute(reviewLink.attr('href'), url);
  const reviewCount = Number(/\((\d+)\)/.exec(reviewLink.text())?.[1] ?? '0');
  // No request for a review page that says it is empty.
  const reviewPages = reviewUrl && reviewCount > 0 ? [{ siteAdId, url: reviewUrl }] : [];
  if (reviewUrl && reviewCount === 0) ad.reviews = [];
  return { ads: [ad], reviewPages };
}

function parseReviewPage(html: string, url: string): ReviewPageResult {
  checkPageUrl(url);
  const $ = load(html);
  const reviews = $('li.anmeldelse')
    .toArray()
    .flatMap((li) => {
      const id = $(li).attr('id');
      if (!id) return [];
      return [
        {
          id,
          posted_at: $(li).find('time').attr('datetime') ?? null,
          text: cleanText($(li).find('.anmeldelse-tekst').text()),
          url: absolute(`#${id}`, url),
        },
      ];
    });
  return { reviews, next: [] };
}

/** The demo classic listing site. */
export const adapter = defineSiteAdapter({
  id: site,
  name: 'Nattens Annoncer (demo)',
  baseUrl: 'http://127.0.0.1:4101',
  startPaths: ['/annoncer?page=1'],
  render: 'html',
  requiredFields: ['title', 'text', 'name', 'age', 'city', 'phones'],
  parseListPage,
  parseDetailPage,
  parseReviewPage,
});
