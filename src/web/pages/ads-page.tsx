import { useEffect, useState, type SyntheticEvent } from 'react';
import { api, type AdFilters, type AdSummaryView, type SiteHealthView } from '../api.js';
import { HealthBanner } from '../components/health-banner.js';
import { LevelBadge } from '../components/level-badge.js';
import { useI18n } from '../i18n.js';
import { linkClick, navigate } from '../router.js';

const pageSize = 25;
type FilterKey = 'site' | 'city' | 'status' | 'level' | 'seenFrom' | 'seenTo' | 'q' | 'sort';

/** Filters live in the URL, so back/forward and shared links keep them. */
function filtersFrom(search: URLSearchParams): Record<FilterKey, string> & { offset: number } {
  const get = (k: string): string => search.get(k) ?? '';
  return {
    site: get('site'),
    city: get('city'),
    status: get('status') || 'active',
    level: get('level'),
    seenFrom: get('seenFrom'),
    seenTo: get('seenTo'),
    q: get('q'),
    sort: get('sort') || 'score',
    offset: Math.max(0, Number(search.get('offset') ?? 0) || 0),
  };
}

function toUrl(filters: Record<string, string | number>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== '' && v !== 0) search.set(k, String(v));
  const s = search.toString();
  return s ? `/?${s}` : '/';
}

/** The ad list: filters, table, server-side pages. */
export function AdsPage({ search }: { search: URLSearchParams }) {
  const { t, formatDate } = useI18n();
  const current = filtersFrom(search);
  const [draft, setDraft] = useState(current);
  const [result, setResult] = useState<{ total: number; ads: AdSummaryView[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sites, setSites] = useState<SiteHealthView[]>([]);
  const [cities, setCities] = useState<string[]>([]);
  const key = search.toString();

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
  }, []);

  useEffect(() => {
    const f = filtersFrom(new URLSearchParams(key));
    setDraft(f);
    setError(null);
    const filters: AdFilters = {
      site: f.site || undefined,
      city: f.city || undefined,
      status: f.status as AdFilters['status'],
      level: (f.level || undefined) as AdFilters['level'],
      seenFrom: f.seenFrom || undefined,
      seenTo: f.seenTo || undefined,
      q: f.q || undefined,
      sort: f.sort as AdFilters['sort'],
      limit: pageSize,
      offset: f.offset,
    };
    api
      .ads(filters)
      .then(setResult)
      .catch((err: unknown) => {
        setError(err instanceof Error ? err.message : String(err));
      });
  }, [key]);

  function apply(event: SyntheticEvent): void {
    event.preventDefault();
    navigate(toUrl({ ...draft, offset: 0 }));
  }
  const set = (k: FilterKey) => (e: { target: { value: string } }) => {
    setDraft({ ...draft, [k]: e.target.value });
  };

  const total = result?.total ?? 0;
  return (
    <section>
      <HealthBanner />
      <h1>{t('ads.title')}</h1>
      <form className="filters card" onSubmit={apply} aria-label={t('ads.filters')}>
        <label>
          {t('ads.search')}
          <input type="search" value={draft.q} onChange={set('q')} maxLength={200} />
        </label>
        <label>
          {t('ads.site')}
          <select value={draft.site} onChange={set('site')}>
            <option value="">{t('ads.any')}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ads.city')}
          <select value={draft.city} onChange={set('city')}>
            <option value="">{t('ads.any')}</option>
            {cities.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ads.status')}
          <select value={draft.status} onChange={set('status')}>
            {(['active', 'gone', 'all'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ads.level')}
          <select value={draft.level} onChange={set('level')}>
            <option value="">{t('ads.any')}</option>
            {(['red', 'yellow', 'green'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ads.from')}
          <input type="date" value={draft.seenFrom} onChange={set('seenFrom')} />
        </label>
        <label>
          {t('ads.to')}
          <input type="date" value={draft.seenTo} onChange={set('seenTo')} />
        </label>
        <label>
          {t('ads.sort')}
          <select value={draft.sort} onChange={set('sort')}>
            {(['score', 'lastSeen', 'firstSeen'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="filter-actions">
          <button type="submit">{t('ads.apply')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              navigate('/');
            }}
          >
            {t('ads.reset')}
          </button>
        </div>
      </form>

      {error && (
        <p className="error" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
      {!result && !error && <p className="loading">{t('common.loading')}</p>}
      {result && result.ads.length === 0 && <p>{t('ads.none')}</p>}
      {result && result.ads.length > 0 && (
        <table className="ads">
          <thead>
            <tr>
              <th scope="col">{t('col.level')}</th>
              <th scope="col">{t('col.title')}</th>
              <th scope="col">{t('col.name')}</th>
              <th scope="col">{t('col.site')}</th>
              <th scope="col">{t('col.city')}</th>
              <th scope="col">{t('col.firstSeen')}</th>
              <th scope="col">{t('col.lastSeen')}</th>
              <th scope="col">{t('col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.ads.map((ad) => (
              <tr
                key={ad.id}
                className="clickable"
                onClick={() => {
                  navigate(`/ads/${ad.id}`);
                }}
              >
                <td>
                  <LevelBadge level={ad.level} score={ad.score} />
                </td>
                <td>
                  <a
                    href={`/ads/${ad.id}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      linkClick(e, `/ads/${ad.id}`);
                    }}
                  >
                    {ad.title ?? ad.key}
                  </a>
                </td>
                <td>{ad.name ?? '–'}</td>
                <td>{ad.site}</td>
                <td>{ad.city ?? '–'}</td>
                <td>{formatDate(ad.firstSeen)}</td>
                <td>{formatDate(ad.lastSeen)}</td>
                <td>
                  <span className={`status status-${ad.status}`}>{t(`status.${ad.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && total > 0 && (
        <nav className="pager" aria-label="pagination">
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
              to: Math.min(total, current.offset + pageSize),
              total,
            })}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={current.offset + pageSize >= total}
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
