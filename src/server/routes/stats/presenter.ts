import type { AdStatistics } from '../../../store/triage-store.js';
import type { IndicatorInfo } from '../deps.js';

/** Statistics for the charts page; counts only, never ad content. */
export type StatsView = AdStatistics & { from: string; days: number };

export function presentStats(stats: AdStatistics, from: string, days: number): StatsView {
  return { from, days, ...stats };
}

/** Choices for the list filters, with how many active ads each would find. */
export interface FacetsView {
  indicators: { id: string; labels: { da: string; en: string }; count: number }[];
  nationalities: { value: string; count: number }[];
  languages: { value: string; count: number }[];
}

export function presentFacets(input: {
  catalogue: ReadonlyMap<string, IndicatorInfo>;
  indicatorCounts: { value: string; count: number }[];
  nationalities: { value: string; count: number }[];
  languages: { value: string; count: number }[];
}): FacetsView {
  const counts = new Map(input.indicatorCounts.map((c) => [c.value, c.count]));
  // Every catalogue indicator is a choice, also one that no ad shows today.
  const indicators = [...input.catalogue.values()].map((i) => ({
    id: i.id,
    labels: i.labels,
    count: counts.get(i.id) ?? 0,
  }));
  for (const [id, count] of counts) {
    if (!input.catalogue.has(id)) indicators.push({ id, labels: { da: id, en: id }, count });
  }
  return {
    indicators: indicators.sort((a, b) => a.id.localeCompare(b.id)),
    nationalities: input.nationalities,
    languages: input.languages,
  };
}
