import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { InputError } from '../../shared/errors.js';
import type { AdReview } from '../../shared/types.js';
import {
  defineSiteAdapter,
  type DetailPageResult,
  type ListEntry,
  type ListPageResult,
  type ScrapedAd,
} from '../adapter.js';
import { absolute, checkPageUrl, cleanText, imageUrls, splitList, texts, within } from './parse-helpers.js';

/**
 * `demo-clinics`: the demo's massage-clinic directory. List pages `/clinics?page=N` (one entry
 * per clinic, with a fingerprint that changes when any person on it changes); a clinic page
 * `/clinic/:slug` lists several persons, each one ad (siteAdId = the person id), sharing the
 * clinic's phone, prices and opening hours. Reviews sit inline under each person.
 *
 * List entries name the clinic (siteAdId = clinic slug), not a person: one clinic page yields
 * all its persons' ads.
 */

const site = 'demo-clinics';
const personScope = 'article.person';

function parseListPage(html: string, url: string): ListPageResult {
  checkPageUrl(url);
  const $ = load(html);
  const entries: ListEntry[] = [];
  for (const el of $('.clinic-entry').toArray()) {
    const detailUrl = absolute($(el).find('h3 a').first().attr('href'), url);
    const slug = /\/clinic\/([^/?#]+)/.exec(detailUrl ?? '')?.[1];
    if (!detailUrl || !slug) continue;
    entries.push({ siteAdId: slug, url: detailUrl, fingerprint: $(el).attr('data-fp') ?? null });
  }
  // Only pagination: the city links lead to the same clinics again.
  const next = $('nav.pager a[href]')
    .toArray()
    .flatMap((a) => {
      const u = absolute($(a).attr('href'), url);
      return u ? [u] : [];
    });
  return { entries, next: [...new Set(next)] };
}

function facts($: CheerioAPI, person: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const th of within($, person, 'table.facts th', personScope).toArray()) {
    const label = cleanText($(th).text())?.toLowerCase();
    const value = cleanText($(th).next('td').text());
    if (label && value && !out.has(label)) out.set(label, value);
  }
  return out;
}

function reviewsOf($: CheerioAPI, person: Element, pageUrl: string): AdReview[] {
  return within($, person, '.review', personScope)
    .toArray()
    .flatMap((r) => {
      const id = $(r).attr('data-review-id');
      if (!id) return [];
      return [
        {
          id,
          posted_at: cleanText($(r).find('.date').first().text()),
          text: cleanText($(r).find('p').first().text()),
          url: pageUrl,
        },
      ];
    });
}

/**
 * Each person's markup parsed as a document of its own. A person block that lost its closing tags
 * (an unclosed table, section or article: the demo's malformed fault, and real sites' broken
 * templates) would otherwise make the HTML parser nest the next person inside it and foster-parent
 * her facts, photos, services and reviews into the broken block, where they would be stored as the
 * broken person's and lost for her own ad.
 */
function personDocuments(html: string): { $: CheerioAPI; person: Element }[] {
  const starts = [...html.matchAll(/<article\b(?=[^>]*\bclass="[^"]*\bperson\b)[^>]*>/gi)].map(
    (m) => m.index,
  );
  return starts.flatMap((start, i) => {
    const $ = load(html.slice(start, starts[i + 1] ?? html.length));
    const person = $(personScope).get(0);
    return person ? [{ $, person }] : [];
  });
}

function parseDetailPage(html: string, url: string): DetailPageResult {
  const pageUrl = checkPageUrl(url);
  const $ = load(html);
  const section = $('section.clinic').first();
  if (section.length === 0) throw new InputError(`${site}: no clinic on page ${pageUrl.pathname}`);
  const clinicUrl = new URL(pageUrl.pathname, pageUrl).toString();
  const clinicName = cleanText($('h1.clinic-name').first().text());
  const address = cleanText($('.clinic-head .address').first().text());
  const city = section.attr('data-city') ?? (address ? cleanText(address.split(',').pop()) : null);
  const phone = cleanText($('.clinic-head .phone a').first().text());
  const hours = cleanText($('.clinic-head .hours span').first().text());
  const prices = texts($, $('.clinic-head ul.prices li'));

  const ads: ScrapedAd[] = [];
  for (const { $, person } of personDocuments(html)) {
    const siteAdId = $(person).attr('data-person-id');
    if (!siteAdId) continue;
    const f = facts($, person);
    const ad: ScrapedAd = {
      id: `${site}:${siteAdId}`,
      site,
      siteAdId,
      url: `${clinicUrl}#person-${siteAdId}`,
      country: 'DK',
      photoUrls: imageUrls($, within($, person, '.gallery img', personScope), url),
      reviews: reviewsOf($, person, clinicUrl),
    };
    const name = cleanText(within($, person, '.person-name', personScope).first().text());
    if (name) ad.name = name;
    const age = f.get('age');
    if (age) ad.age = age;
    const nationality = f.get('nationality');
    if (nationality) ad.nationality = nationality;
    const languages = splitList(f.get('languages') ?? null);
    if (languages.length > 0) ad.languages = languages;
    const text = cleanText(within($, person, '.bio', personScope).first().text());
    if (text) ad.text = text;
    const services = texts($, within($, person, 'ul.services li', personScope));
    if (services.length > 0) ad.services = services;
    if (city) ad.city = city;
    if (phone) ad.phones = [phone];
    if (hours) ad.hours = hours;
    if (prices.length > 0) ad.prices = prices;
    if (clinicName) ad.clinic = clinicName;
    if (address) ad.address = address;
    ads.push(ad);
  }
  return { ads };
}

/** The demo massage-clinic directory. */
export const adapter = defineSiteAdapter({
  id: site,
  name: 'Massage Guide DK (demo)',
  baseUrl: 'http://127.0.0.1:4102',
  startPaths: ['/clinics?page=1'],
  render: 'html',
  requiredFields: ['text', 'name', 'age', 'city', 'phones'],
  parseListPage,
  parseDetailPage,
});
