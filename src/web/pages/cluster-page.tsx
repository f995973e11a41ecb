import { lazy, Suspense } from 'react';
import { api } from '../api.js';
import { useI18n, type MessageKey } from '../i18n.js';
import { AppLink } from '../components/app-link.js';
import { useLoad } from '../use-load.js';
import { LoadState } from '../components/load-state.js';
import { TableHead } from '../components/table-head.js';
import { AdRow } from '../components/ad-row.js';

/** The graph library is big; it loads only when a network page is opened. */
const ClusterGraph = lazy(async () => {
  const module = await import('../components/cluster-graph.js');
  return { default: module.ClusterGraph };
});

/** Cross-ad indicators with a label of their own in i18n (`link.<id>`). */
const linkIndicators = new Set(['shared-contact', 'copied-text', 'reused-images', 'multi-city-movement']);

function AdLink({ id, children }: { id: number; children: string }) {
  return <AppLink to={`/ads/${id}`}>{children}</AppLink>;
}

/** One network: its ads, what they share, when and where they appeared, and why they are linked. */
export function ClusterPage({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const { data: cluster, error } = useLoad(() => api.cluster(id), [id]);

  if (error || !cluster) return <LoadState error={error} loaded={!!cluster} />;

  const byKey = new Map(cluster.ads.map((a) => [a.key, a]));
  const adLabel = (key: string): string => {
    const ad = byKey.get(key);
    return ad ? `${ad.title ?? ad.key} (${ad.name ?? '–'}, ${ad.city ?? '–'})` : key;
  };
  const linkLabel = (indicator: string): string =>
    linkIndicators.has(indicator) ? t(`link.${indicator}` as MessageKey) : indicator;
  const facts: [MessageKey, string[]][] = [
    ['cluster.names', cluster.names],
    ['cluster.phones', cluster.phones],
    ['cluster.sites', cluster.sites],
    ['cluster.cities', cluster.cities],
    ['cluster.clinics', cluster.clinics],
  ];
  const placeLabel = (p: { city: string | null; clinic: string | null; address: string | null }): string =>
    [p.city ?? '–', p.clinic, p.address].filter((x): x is string => Boolean(x)).join(' · ');

  return (
    <article className="cluster-page">
      <header className="ad-head">
        <h1>{t('cluster.title', { id: cluster.id })}</h1>
        <div className="ad-meta">
          <span title={t('cluster.scoreNote')}>
            {t('cluster.score')}: <strong>{cluster.score}</strong>
          </span>
          <span>{t('cluster.adCount', { n: cluster.adCount })}</span>
        </div>
        <p className="muted">{t('cluster.note')}</p>
        {cluster.truncated && <p className="muted">{t('cluster.truncated', { n: cluster.adCount })}</p>}
      </header>

      <section aria-labelledby="cl-ads-h" className="card">
        <h2 id="cl-ads-h">{t('cluster.ads')}</h2>
        <table className="cluster-ads">
          <TableHead
            columns={[
              'col.level',
              'col.title',
              'col.name',
              'col.site',
              'col.city',
              'col.firstSeen',
              'col.lastSeen',
            ]}
          />
          <tbody>
            {cluster.ads.map((a) => (
              <AdRow key={a.id} ad={a} testId="cluster-ad">
                <td>{a.name ?? '–'}</td>
                <td>{a.site}</td>
                <td>{a.city ?? '–'}</td>
                <td>{formatDate(a.firstSeen)}</td>
                <td>
                  {formatDate(a.lastSeen)}
                  {a.goneAt && (
                    <span className="muted"> · {t('cluster.gone', { date: formatDate(a.goneAt) })}</span>
                  )}
                </td>
              </AdRow>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="cl-facts-h" className="card">
        <h2 id="cl-facts-h">{t('cluster.facts')}</h2>
        <table className="facts-table">
          <tbody>
            {facts.map(([key, values]) => (
              <tr key={key}>
                <th scope="row">{t(key)}</th>
                <td>{values.length ? values.join(', ') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="cl-time-h" className="card">
        <h2 id="cl-time-h">{t('cluster.timeline')}</h2>
        <table className="cluster-timeline">
          <TableHead columns={['cluster.date', 'col.city', 'cluster.clinic', 'col.site', 'cluster.ad']} />
          <tbody>
            {cluster.timeline.map((e) => (
              <tr key={e.adId}>
                <td>{formatDate(e.date, true)}</td>
                <td>{e.city ?? '–'}</td>
                <td>{[e.clinic, e.address].filter(Boolean).join(', ') || '–'}</td>
                <td>{e.site}</td>
                <td>
                  <AdLink id={e.adId}>{adLabel(e.key)}</AdLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="cl-places-h" className="card">
        <h2 id="cl-places-h">{t('cluster.places')}</h2>
        <p className="muted">{t('cluster.placesNote')}</p>
        <table className="cluster-places">
          <TableHead columns={['cluster.week', 'cluster.where']} />
          <tbody>
            {cluster.periods.map((p) => (
              <tr key={p.week}>
                <td>{formatDate(p.week)}</td>
                <td>
                  <ul className="plain">
                    {p.places.map((place) => (
                      <li key={placeLabel(place)}>
                        {placeLabel(place)}{' '}
                        <span className="muted">({t('cluster.adsAt', { n: place.adIds.length })})</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="cl-edges-h" className="card">
        <h2 id="cl-edges-h">{t('cluster.edges')}</h2>
        {cluster.edges.length === 0 ? (
          <p className="muted">{t('cluster.noEdges')}</p>
        ) : (
          <ul className="cluster-edges">
            {cluster.edges.map((e) => (
              <li key={`${e.from}|${e.to}|${e.indicator}|${e.reason ?? ''}`}>
                <AdLink id={e.fromId}>{adLabel(e.from)}</AdLink>
                {' — '}
                {e.toId === null ? (
                  <span>
                    {e.to} <span className="muted">({t('cluster.outside')})</span>
                  </span>
                ) : (
                  <AdLink id={e.toId}>{adLabel(e.to)}</AdLink>
                )}
                {': '}
                {e.reason ?? linkLabel(e.indicator)}
                {e.reason && <span className="muted"> ({linkLabel(e.indicator)})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cl-graph-h" className="card">
        <h2 id="cl-graph-h">{t('cluster.graph')}</h2>
        <p className="muted">{t('cluster.graphNote')}</p>
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <ClusterGraph cluster={cluster} label={t('cluster.graph')} />
        </Suspense>
      </section>
    </article>
  );
}
