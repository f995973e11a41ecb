import type { TodayGroup, TodayResult } from '../../../store/triage-store.js';
import { presentAdSummary, type AdSummaryView } from '../ads/presenter.js';
import type { SiteHealthView } from '../sites/presenter.js';

/** The Today page: what is new or changed since the worker's mark. */
export interface TodayView {
  since: string;
  until: string;
  /** `mark`: the worker's own "seen until" mark; `default`: first use, a week back. */
  sinceSource: 'mark' | 'default';
  total: number;
  counts: TodayResult['counts'];
  byCity: TodayGroup[];
  bySite: TodayGroup[];
  ads: (AdSummaryView & { change: 'new' | 'changed' })[];
  /** Sites whose crawl needs attention: Today may be missing their ads. */
  unhealthySites: Pick<SiteHealthView, 'id' | 'name' | 'problems' | 'reasons'>[];
}

export function presentToday(input: {
  since: string;
  until: string;
  sinceSource: TodayView['sinceSource'];
  result: TodayResult;
  sites: SiteHealthView[];
}): TodayView {
  const { result } = input;
  return {
    since: input.since,
    until: input.until,
    sinceSource: input.sinceSource,
    total: result.total,
    counts: result.counts,
    byCity: result.byCity,
    bySite: result.bySite,
    ads: result.ads.map(({ ad, change }) => ({ ...presentAdSummary(ad), change })),
    unhealthySites: input.sites
      .filter((s) => !s.healthy)
      .map((s) => ({ id: s.id, name: s.name, problems: s.problems, reasons: s.reasons })),
  };
}
