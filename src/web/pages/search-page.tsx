import { useEffect, useState } from 'react';
import { ApiError, api, type SearchView } from '../api.js';
import { useI18n } from '../i18n.js';
import { AppLink } from '../components/app-link.js';
import { navigate } from '../router.js';
import { TableHead } from '../components/table-head.js';
import { AdRow } from '../components/ad-row.js';

function clusterUrl(id: string): string {
  return `/clusters/${encodeURIComponent(id)}`;
}

/**
 * Ads and networks with a phone number, e-mail address or profile id. When every match with a network is in
 * the same one, goes straight there (replacing this page in the history, so back works).
 */
export function SearchPage({ contact }: { contact: string }) {
  const { t, formatDate } = useI18n();
  const [result, setResult] = useState<SearchView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setResult(null);
    setError(null);
    api
      .search(contact)
      .then((r) => {
        const only =
          r.clusters.length === 1 && r.ads.every((a) => a.cluster !== null) ? r.clusters[0] : undefined;
        if (only) navigate(clusterUrl(only.id), { replace: true });
        else setResult(r);
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 400) setError(t('search.invalidContact'));
        else setError(t('common.error', { message: err instanceof Error ? err.message : String(err) }));
      });
  }, [contact, t]);

  return (
    <section className="search-page">
      <h1>{t('search.title', { contact })}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!error && !result && <p className="loading">{t('common.loading')}</p>}
      {result && result.ads.length === 0 && <p>{t('search.none')}</p>}
      {result && result.clusters.length > 0 && (
        <>
          <h2>{t('search.clusters')}</h2>
          <ul>
            {result.clusters.map((c) => (
              <li key={c.id}>
                <AppLink to={clusterUrl(c.id)}>{c.id}</AppLink>{' '}
                <span className="muted">({t('search.matches', { n: c.matches })})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result && result.ads.length > 0 && (
        <table>
          <TableHead
            columns={[
              'col.level',
              'col.title',
              'col.name',
              'col.site',
              'col.city',
              'col.lastSeen',
              'search.clusters',
            ]}
          />
          <tbody>
            {result.ads.map((a) => (
              <AdRow key={a.id} ad={a} testId="search-ad">
                <td>{a.name ?? '–'}</td>
                <td>{a.site}</td>
                <td>{a.city ?? '–'}</td>
                <td>{formatDate(a.lastSeen)}</td>
                <td
                  onClick={(e) => {
                    // The network link opens the network, not the ad the row opens.
                    e.stopPropagation();
                  }}
                >
                  {a.cluster ? (
                    <AppLink to={clusterUrl(a.cluster)}>{a.cluster}</AppLink>
                  ) : (
                    <span className="muted">{t('search.noCluster')}</span>
                  )}
                </td>
              </AdRow>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
