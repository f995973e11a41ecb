import { useEffect, useState, type ReactNode, type SyntheticEvent } from 'react';
import { api, type AdFilters, type AdSummaryView, type FacetsView, type SiteHealthView } from '../api.js';
import { AdRow } from '../components/ad-row.js';
import { ExportLinks } from '../components/export-links.js';
import { HealthBanner } from '../components/health-banner.js';
import { useI18n, type MessageKey } from '../i18n.js';
import { navigate } from '../router.js';
import { useLoad } from '../use-load.js';
import { LoadState } from '../components/load-state.js';

const pageSize = 25;
const followUps = ['new', 'to-contact', 'contacted', 'visited', 'no-concern', 'closed'] as const;
type SortKey = 'score' | 'lastSeen' | 'firstSeen' | 'city';

/** Every filter of the list as it sits in the URL (text fields; the server validates them). */
const filterKeys = [
  'q',
  'phone',
  'site',
  'city',
  'status',
  'level',
  'scoreMin',
  'scoreMax',
  'indicator',
  'nationality',
  'language',
  'followUp',
  'assignee',
  'firstFrom',
  'firstTo',
  'seenFrom',
  'seenTo',
  'sort',
  'dir',
] as const;
type FilterKey = (typeof filterKeys)[number];
type Filters = Record<FilterKey, string> & { offset: number };

const defaults: Partial<Record<FilterKey, string>> = { status: 'active', sort: 'score', dir: 'desc' };

/** Filters live in the URL, so back/forward and shared links keep them. */
function filtersFrom(search: URLSearchParams): Filters {
  const out = { offset: Math.max(0, Number(search.get('offset') ?? 0) || 0) } as Filters;
  for (const k of filterKeys) out[k] = search.get(k) ?? defaults[k] ?? '';
  return out;
}

/** The URL query of a filter state; defaults are left out so links stay short. */
function toSearch(filters: Filters): URLSearchParams {
  const search = new URLSearchParams();
  for (const k of filterKeys) if (filters[k] !== '' && filters[k] !== defaults[k]) search.set(k, filters[k]);
  if (filters.offset > 0) search.set('offset', String(filters.offset));
  return search;
}

function toUrl(filters: Filters): string {
  const s = toSearch(filters).toString();
  return s ? `/ads?${s}` : '/ads';
}

function toApiFilters(f: Filters): AdFilters {
  const opt = (v: string) => (v === '' ? undefined : v);
  return {
    q: opt(f.q),
    phone: opt(f.phone),
    site: opt(f.site),
    city: opt(f.city),
    status: f.status as AdFilters['status'],
    level: opt(f.level) as AdFilters['level'],
    scoreMin: opt(f.scoreMin),
    scoreMax: opt(f.scoreMax),
    indicator: opt(f.indicator),
    nationality: opt(f.nationality),
    language: opt(f.language),
    followUp: opt(f.followUp),
    assignee: f.assignee === 'me' ? 'me' : undefined,
    firstFrom: opt(f.firstFrom),
    firstTo: opt(f.firstTo),
    seenFrom: opt(f.seenFrom),
    seenTo: opt(f.seenTo),
    sort: f.sort as SortKey,
    dir: f.dir as 'asc' | 'desc',
    limit: pageSize,
    offset: f.offset,
  };
}

/** Names of countries and languages in the dashboard's language, from their ISO codes. */
function useDisplayNames() {
  const { lang } = useI18n();
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  const languages = new Intl.DisplayNames([lang], { type: 'language' });
  return {
    region: (code: string) => regions.of(code) ?? code,
    language: (code: string) => languages.of(code) ?? code,
  };
}

/** The ad list: filters, sortable table, server-side pages, exports of the current filter. */
export function AdsPage({ search }: { search: URLSearchParams }) {
  const { t, lang, formatDate } = useI18n();
  const names = useDisplayNames();
  const key = search.toString();
  const current = filtersFrom(search);
  const [draft, setDraft] = useState(current);
  const [sites, setSites] = useState<SiteHealthView[]>([]);
  const [cities, setCities] = useState<string[]>([]);
  const [facets, setFacets] = useState<FacetsView | null>(null);
  const { data: result, error } = useLoad<{ total: number; totalCapped: boolean; ads: AdSummaryView[] }>(
    () => api.ads(toApiFilters(filtersFrom(new URLSearchParams(key)))),
    [key],
  );

  useEffect(() => {
    api
      .sites()
      .then((r) => {
        setSites(r.sites);
      })
      .catch(() => undefined);
    api
      .cities()
      .then((r) => {
        setCities(r.cities);
      })
      .catch(() => undefined);
    api
      .facets()
      .then(setFacets)
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    setDraft(filtersFrom(new URLSearchParams(key)));
  }, [key]);

  function apply(event: SyntheticEvent): void {
    event.preventDefault();
    navigate(toUrl({ ...draft, offset: 0 }));
  }
  const set = (k: FilterKey) => (e: { target: { value: string } }) => {
    setDraft({ ...draft, [k]: e.target.value });
  };
  function sortBy(column: SortKey): void {
    // A second click on the sorted column turns the direction.
    const dir = current.sort === column && current.dir === 'desc' ? 'asc' : 'desc';
    navigate(toUrl({ ...current, sort: column, dir, offset: 0 }));
  }

  const field = (label: MessageKey, input: ReactNode) => (
    <label>
      {t(label)}
      {input}
    </label>
  );
  const select = (k: FilterKey, label: MessageKey, options: { value: string; label: string }[], any = true) =>
    field(
      label,
      <select value={draft[k]} onChange={set(k)} data-testid={`filter-${k}`}>
        {any && <option value="">{t('ads.any')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>,
    );
  const input = (k: FilterKey, label: MessageKey, type: string, extra: Record<string, unknown> = {}) =>
    field(
      label,
      <input type={type} value={draft[k]} onChange={set(k)} data-testid={`filter-${k}`} {...extra} />,
    );

  const header = (column: SortKey | null, label: MessageKey) => {
    if (column === null) return <th scope="col">{t(label)}</th>;
    const sorted = current.sort === column;
    return (
      <th scope="col" aria-sort={sorted ? (current.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          data-testid={`sort-${column}`}
          onClick={() => {
            sortBy(column);
          }}
        >
          {t(label)}
          {sorted && <span aria-hidden="true">{current.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
        </button>
      </th>
    );
  };

  const total = result?.total ?? 0;
  // Past the server's count limit the list says "10,000+" and pages on while pages are full.
  const capped = result?.totalCapped ?? false;
  const lastPage = capped ? (result?.ads.length ?? 0) < pageSize : current.offset + pageSize >= total;
  return (
    <section>
      <HealthBanner />
      <h1>{t('ads.title')}</h1>
      <form className="filters card" onSubmit={apply} aria-label={t('ads.filters')}>
        {input('q', 'ads.search', 'search', { maxLength: 200 })}
        {input('phone', 'filter.phone', 'search', { maxLength: 40, placeholder: '22 33 44 55' })}
        {select(
          'site',
          'ads.site',
          sites.map((s) => ({ value: s.id, label: s.name })),
        )}
        {select(
          'city',
          'ads.city',
          cities.map((c) => ({ value: c, label: c })),
        )}
        {select(
          'level',
          'ads.level',
          (['red', 'yellow', 'green'] as const).map((l) => ({ value: l, label: t(`level.${l}`) })),
        )}
        {input('scoreMin', 'filter.scoreMin', 'number', { min: 0, step: 1 })}
        {input('scoreMax', 'filter.scoreMax', 'number', { min: 0, step: 1 })}
        {select(
          'indicator',
          'filter.indicator',
          (facets?.indicators ?? []).map((i) => ({ value: i.id, label: `${i.labels[lang]} (${i.count})` })),
        )}
        {select(
          'nationality',
          'filter.nationality',
          (facets?.nationalities ?? []).map((n) => ({
            value: n.value,
            label: `${names.region(n.value)} (${n.count})`,
          })),
        )}
        {select(
          'language',
          'filter.language',
          (facets?.languages ?? []).map((n) => ({
            value: n.value,
            label: `${names.language(n.value)} (${n.count})`,
          })),
        )}
        {select(
          'followUp',
          'filter.followUp',
          followUps.map((s) => ({ value: s, label: t(`followUp.${s}`) })),
        )}
        {select(
          'status',
          'filter.online',
          (['active', 'gone', 'all'] as const).map((s) => ({ value: s, label: t(`filter.online.${s}`) })),
          false,
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.assignee === 'me'}
            data-testid="filter-assignee"
            onChange={(e) => {
              setDraft({ ...draft, assignee: e.target.checked ? 'me' : '' });
            }}
          />{' '}
          {t('filter.assignedToMe')}
        </label>
        {input('firstFrom', 'filter.firstFrom', 'date')}
        {input('firstTo', 'filter.firstTo', 'date')}
        {input('seenFrom', 'ads.from', 'date')}
        {input('seenTo', 'ads.to', 'date')}
        {select(
          'sort',
          'ads.sort',
          (['score', 'lastSeen', 'firstSeen', 'city'] as const).map((s) => ({
            value: s,
            label: t(`sort.${s}`),
          })),
          false,
        )}
        {select(
          'dir',
          'filter.dir',
          (['desc', 'asc'] as const).map((d) => ({ value: d, label: t(`filter.dir.${d}`) })),
          false,
        )}
        <div className="filter-actions">
          <button type="submit" data-testid="filter-apply">
            {t('ads.apply')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              navigate('/ads');
            }}
          >
            {t('ads.reset')}
          </button>
        </div>
      </form>
      <ExportLinks search={toSearch({ ...current, offset: 0 })} />

      <LoadState error={error} loaded={!!result} />
      {result && result.ads.length === 0 && <p data-testid="ads-none">{t('ads.none')}</p>}
      {result && result.ads.length > 0 && (
        <table className="ads" data-testid="ads-table">
          <thead>
            <tr>
              {header('score', 'col.level')}
              {header(null, 'col.title')}
              {header(null, 'col.name')}
              {header(null, 'col.site')}
              {header('city', 'col.city')}
              {header('firstSeen', 'col.firstSeen')}
              {header('lastSeen', 'col.lastSeen')}
              {header(null, 'col.status')}
            </tr>
          </thead>
          <tbody>
            {result.ads.map((ad) => (
              <AdRow key={ad.id} ad={ad} testId="ad-row">
                <td>{ad.name ?? '–'}</td>
                <td>{ad.site}</td>
                <td>{ad.city ?? '–'}</td>
                <td>{formatDate(ad.firstSeen)}</td>
                <td>{formatDate(ad.lastSeen)}</td>
                <td>
                  <span className={`status status-${ad.status}`}>{t(`status.${ad.status}`)}</span>
                </td>
              </AdRow>
            ))}
          </tbody>
        </table>
      )}
      {result && total > 0 && (
        <nav className="pager" aria-label={t('filter.pages')}>
          <button
            type="button"
            className="secondary"
            disabled={current.offset === 0}
            onClick={() => {
              navigate(toUrl({ ...current, offset: Math.max(0, current.offset - pageSize) }));
            }}
          >
            {t('ads.prev')}
          </button>
          <span>
            {t('ads.count', {
              from: current.offset + 1,
              to: current.offset + result.ads.length,
              total: capped ? `${total.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB')}+` : total,
            })}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={lastPage}
            onClick={() => {
              navigate(toUrl({ ...current, offset: current.offset + pageSize }));
            }}
          >
            {t('ads.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
