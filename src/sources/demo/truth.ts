import { basePhotoId } from './photos.js';
import type { DayChanges, DemoAd, DemoSiteId } from './model.js';
import { detailPath, listFaultAds, type FaultAd, type FaultConfig } from './faults.js';

/**
 * Ground truth: what a perfect crawl and analysis of the current day should find. Cross-ad
 * indicators are computed here from the world (who shares what), not planted by hand, so they
 * stay right after ads move, get removed or re-posted.
 */

export interface TruthFields {
  title: string | null;
  name: string;
  age: number;
  city: string;
  /** E.164. */
  phones: string[];
  /** As the page shows them. */
  phonesShown: string[];
  emails: string[];
  /** ISO 3166 alpha-2. */
  nationality: string;
  languages: string[];
  hourlyPriceDkk: number;
  clinic: string | null;
}

export interface TruthAd {
  /** `site:siteAdId`, as adapters produce it. */
  id: string;
  site: DemoSiteId;
  siteAdId: string;
  /** Path of the page that shows the ad. */
  path: string;
  personId: string;
  networkId: string | null;
  /** Catalogue ids a correct analysis should fire (text, fields, reviews, cross-ad). */
  indicators: string[];
  fields: TruthFields;
  photoIds: string[];
  reviewsCount: number;
  postedAt: string;
  updatedAt: string;
}

export interface GroundTruth {
  day: number;
  /** Simulated date, YYYY-MM-DD. */
  date: string;
  sites: Record<DemoSiteId, TruthAd[]>;
  /** Changes made by the latest `advanceDay()`; null on day 0. */
  changes: DayChanges | null;
  changeLog: DayChanges[];
  /** Ads behind faulty pages (for the fault configuration given). */
  faultAds: FaultAd[];
}

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  }
  return map;
}

/** Different person presented: another person id, and another name or other photos. */
function presentsOther(a: DemoAd, b: DemoAd): boolean {
  if (a.personId === b.personId) return false;
  const photos = (x: DemoAd): string => [...new Set(x.photoIds.map(basePhotoId))].sort().join();
  return a.name !== b.name || photos(a) !== photos(b);
}

/** Cross-ad indicators of each active ad. `recent` = ads seen in the last 30 days (any state). */
export function crossAdIndicators(
  active: readonly DemoAd[],
  recent: readonly DemoAd[],
): Map<DemoAd, string[]> {
  const byContact = groupBy(active, (a) => [...a.phones, ...a.emails]);
  const byTemplate = groupBy(active, (a) => (a.templateId ? [a.templateId] : []));
  const byPhoto = groupBy(active, (a) => [...new Set(a.photoIds.map(basePhotoId))]);
  const recentByPhone = groupBy(recent, (a) => a.phones);
  const out = new Map<DemoAd, string[]>();
  for (const ad of active) {
    const ids: string[] = [];
    const contacts = [...ad.phones, ...ad.emails];
    if (contacts.some((c) => (byContact.get(c) ?? []).some((o) => presentsOther(ad, o))))
      ids.push('shared-contact');
    if (ad.templateId && (byTemplate.get(ad.templateId) ?? []).some((o) => presentsOther(ad, o)))
      ids.push('copied-text');
    const reused = ad.photoIds
      .map(basePhotoId)
      .some((p) =>
        (byPhoto.get(p) ?? []).some(
          (o) =>
            o.personId !== ad.personId &&
            (o.name !== ad.name || o.city !== ad.city || o.phones.join() !== ad.phones.join()),
        ),
      );
    if (reused) ids.push('reused-images');
    const cities = new Set(ad.phones.flatMap((p) => (recentByPhone.get(p) ?? []).map((o) => o.city)));
    if (cities.size >= 2) ids.push('multi-city-movement');
    out.set(ad, ids);
  }
  return out;
}

/** Builds the ground truth of the current day. */
export function buildGroundTruth(input: {
  seed: number;
  day: number;
  date: string;
  ads: Iterable<DemoAd>;
  clinicNames: Map<string, string>;
  changeLog: DayChanges[];
  faults: FaultConfig;
}): GroundTruth {
  const all = [...input.ads];
  const active = all.filter((a) => a.removedDay === null);
  const recent = all.filter((a) => a.removedDay === null || a.removedDay >= input.day - 30);
  const cross = crossAdIndicators(active, recent);
  const sites: Record<DemoSiteId, TruthAd[]> = { 'demo-classic': [], 'demo-clinics': [] };
  for (const ad of active) {
    const reviewIds = ad.reviews.flatMap((r) => (r.indicator ? [r.indicator] : []));
    const indicators = [...new Set([...ad.textIndicators, ...reviewIds, ...(cross.get(ad) ?? [])])].sort();
    sites[ad.site].push({
      id: `${ad.site}:${ad.siteAdId}`,
      site: ad.site,
      siteAdId: ad.siteAdId,
      path: detailPath(ad),
      personId: ad.personId,
      networkId: ad.networkId,
      indicators,
      fields: {
        title: ad.site === 'demo-classic' ? ad.title : null,
        name: ad.name,
        age: ad.age,
        city: ad.city,
        phones: ad.phones,
        phonesShown: ad.phonesShown,
        emails: ad.emails,
        nationality: ad.natCode,
        languages: ad.languages,
        hourlyPriceDkk: ad.hourlyPriceDkk,
        clinic: ad.clinicSlug ? (input.clinicNames.get(ad.clinicSlug) ?? null) : null,
      },
      photoIds: ad.photoIds,
      reviewsCount: ad.reviews.length,
      postedAt: ad.postedAt,
      updatedAt: ad.updatedAt,
    });
  }
  for (const list of Object.values(sites)) list.sort((a, b) => Number(a.siteAdId) - Number(b.siteAdId));
  return {
    day: input.day,
    date: input.date,
    sites,
    changes: input.changeLog.find((c) => c.day === input.day) ?? null,
    changeLog: input.changeLog,
    faultAds: listFaultAds(input.seed, input.faults, active),
  };
}
