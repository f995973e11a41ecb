import { useState } from 'react';
import { api, type TodayView } from '../api.js';
import { AdRow } from '../components/ad-row.js';
import { AppLink } from '../components/app-link.js';
import { useI18n } from '../i18n.js';
import { useLoad } from '../use-load.js';
import { LoadState } from '../components/load-state.js';
import { TableHead } from '../components/table-head.js';

type GroupBy = 'city' | 'site';

let early: Promise<TodayView> | null = null;

/**
 * Starts loading Today while the app still asks who is logged in: Today is the home page, and
 * its load need not wait for that round trip. A failed prefetch (no session) is dropped.
 */
export function prefetchToday(): void {
  const pending = api.today();
  early = pending;
  pending.catch(() => {
    if (early === pending) early = null;
  });
}

/** The prefetched answer once (the first render of the page), a fresh request after that. */
function loadToday(): Promise<TodayView> {
  const pending = early;
  early = null;
  return pending ?? api.today();
}
type TodayAd = TodayView['ads'][number];

function savedGroupBy(): GroupBy {
  return window.localStorage.getItem('opspor.today.groupBy') === 'site' ? 'site' : 'city';
}

/** The ads of one group, in the server's order (red first, then by score). */
function groupAds(view: TodayView, by: GroupBy) {
  const groups = by === 'city' ? view.byCity : view.bySite;
  const adsOf = new Map<string | null, TodayAd[]>();
  for (const ad of view.ads) {
    const key = by === 'city' ? ad.city : ad.site;
    adsOf.set(key, [...(adsOf.get(key) ?? []), ad]);
  }
  return groups.map((g) => ({ ...g, ads: adsOf.get(g.key) ?? [] }));
}

/**
 * Today, the outreach worker's home page: new and changed red and yellow ads since her own "seen
 * until" mark, grouped by city or site with counts, and a warning when a crawl needs attention.
 */
export function TodayPage() {
  const { t, formatDate } = useI18n();
  const [reload, setReload] = useState(0);
  const [groupBy, setGroupBy] = useState<GroupBy>(savedGroupBy);
  const [marking, setMarking] = useState(false);
  const [markError, setMarkError] = useState<string | null>(null);
  const { data, error } = useLoad(loadToday, [reload]);

  function choose(by: GroupBy): void {
    window.localStorage.setItem('opspor.today.groupBy', by);
    setGroupBy(by);
  }

  async function markSeen(until: string): Promise<void> {
    setMarking(true);
    setMarkError(null);
    try {
      await api.markTodaySeen(until);
      setReload((n) => n + 1);
    } catch (err) {
      setMarkError(err instanceof Error ? err.message : String(err));
    } finally {
      setMarking(false);
    }
  }

  return (
    <section data-testid="today-page">
      {data && data.unhealthySites.length > 0 && (
        <div className="banner warning" role="alert" data-testid="today-health">
          {t('banner.unhealthy', { sites: data.unhealthySites.map((s) => s.name).join(', ') })}{' '}
          <AppLink to="/health">{t('banner.details')}</AppLink>
        </div>
      )}
      <h1>{t('today.title')}</h1>
      <LoadState error={error} loaded={!!data} />
      {data && (
        <>
          <p className="today-since">
            {t('today.since', { since: formatDate(data.since, true) })}
            {data.sinceSource === 'default' && <> {t('today.firstVisit')}</>}
          </p>
          <div className="today-summary card" data-testid="today-summary">
            <span className="badge badge-red">{t('today.countRed', { n: data.counts.red })}</span>
            <span className="badge badge-yellow">{t('today.countYellow', { n: data.counts.yellow })}</span>
            <span>{t('today.countNew', { n: data.counts.new })}</span>
            <span>{t('today.countChanged', { n: data.counts.changed })}</span>
            <button
              type="button"
              className="secondary"
              data-testid="today-mark-seen"
              disabled={marking || data.total === 0}
              onClick={() => void markSeen(data.until)}
            >
              {t('today.markSeen')}
            </button>
          </div>
          {markError && (
            <p className="error" role="alert">
              {t('common.error', { message: markError })}
            </p>
          )}
          {data.total === 0 ? (
            <p data-testid="today-empty">{t('today.nothing')}</p>
          ) : (
            <>
              <fieldset className="today-group-by">
                <legend>{t('today.groupBy')}</legend>
                {(['city', 'site'] as const).map((by) => (
                  <label key={by}>
                    <input
                      type="radio"
                      name="today-group-by"
                      value={by}
                      checked={groupBy === by}
                      onChange={() => {
                        choose(by);
                      }}
                    />{' '}
                    {t(by === 'city' ? 'today.byCity' : 'today.bySite')}
                  </label>
                ))}
              </fieldset>
              {data.ads.length < data.total && (
                <p className="muted">{t('today.truncated', { shown: data.ads.length, total: data.total })}</p>
              )}
              {groupAds(data, groupBy).map((group) => (
                <TodayGroupSection key={group.key ?? ''} group={group} groupBy={groupBy} />
              ))}
            </>
          )}
        </>
      )}
    </section>
  );
}

function TodayGroupSection({
  group,
  groupBy,
}: {
  group: ReturnType<typeof groupAds>[number];
  groupBy: GroupBy;
}) {
  const { t, formatDate } = useI18n();
  const name = group.key ?? t('today.unknownCity');
  const listLink =
    group.key === null ? '/ads' : `/ads?${new URLSearchParams({ [groupBy]: group.key }).toString()}`;
  return (
    <section className="today-group card" data-testid="today-group" aria-labelledby={`g-${groupBy}-${name}`}>
      <h2 id={`g-${groupBy}-${name}`}>
        {name}{' '}
        <span className="today-group-counts">
          {t('today.groupCounts', { red: group.red, yellow: group.yellow, total: group.total })}
        </span>
      </h2>
      {group.ads.length > 0 && (
        <table className="ads">
          <TableHead
            columns={[
              'col.level',
              'col.title',
              'col.name',
              groupBy === 'city' ? 'col.site' : 'col.city',
              'today.change',
              'col.lastSeen',
            ]}
          />
          <tbody>
            {group.ads.map((ad) => (
              <AdRow key={ad.id} ad={ad} testId="today-ad">
                <td>{ad.name ?? '–'}</td>
                <td>{(groupBy === 'city' ? ad.site : ad.city) ?? '–'}</td>
                <td>
                  <span className={`change change-${ad.change}`}>{t(`today.change.${ad.change}`)}</span>
                </td>
                <td>{formatDate(ad.lastSeen)}</td>
              </AdRow>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <AppLink to={listLink}>{t('today.openInList')}</AppLink>
      </p>
    </section>
  );
}
