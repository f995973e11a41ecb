import type { AdReview } from '../shared/types.js';
import type { CaseStatus } from '../store/casework-store.js';
import type { AdFilter, Repository } from '../store/repository.js';
import { walkAds, type AdWithResult } from './ad-walk.js';
import type { ReportLang } from './words.js';

/** Most ads one PDF report holds: a team meeting reads tens of ads, not thousands. */
export const maxReportAds = 100;
export const defaultReportAds = 25;

/** An ad of the report with what its evidence points into. */
export interface ConcerningAd extends AdWithResult {
  reviews: AdReview[];
  /** The case's follow-up status (`new` when nobody set one). */
  followUp: CaseStatus;
}

/** Everything the PDF shows; built from the store, rendered by `renderConcerningPdf`. */
export interface ConcerningReport {
  lang: ReportLang;
  generatedAt: string;
  generatedBy: string;
  /** The list filter in words (`level=red, city=Odense`), or null for none. */
  filter: string | null;
  ads: ConcerningAd[];
  /** Indicator labels by id; an unknown id is shown as itself. */
  labels: ReadonlyMap<string, { labels: { da: string; en: string } }>;
}

/** The top `top` ads of the filter by score, each with its reviews (review evidence points there) and case status. */
export async function loadConcerningAds(
  repo: Repository,
  filter: Omit<AdFilter, 'limit' | 'offset' | 'sort' | 'dir'>,
  top: number,
): Promise<ConcerningAd[]> {
  const ads: ConcerningAd[] = [];
  const max = Math.min(Math.max(top, 1), maxReportAds);
  for await (const page of walkAds(repo, { ...filter, sort: 'score', dir: 'desc' }, { pageSize: max, max })) {
    const reviews = await repo.listReviewsOf(page.map(({ ad }) => ad.id));
    const statuses = await repo.caseStatusesOf(page.map(({ ad }) => ad.id));
    for (const entry of page)
      ads.push({
        ...entry,
        reviews: reviews.get(entry.ad.id) ?? [],
        followUp: statuses.get(entry.ad.id) ?? 'new',
      });
  }
  return ads;
}
