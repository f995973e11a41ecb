import { api } from '../api.js';
import { useLoad } from '../use-load.js';
import { useI18n, type MessageKey } from '../i18n.js';
import { LoadState } from '../components/load-state.js';
import { TableHead } from '../components/table-head.js';

function duration(ms: number | null): string {
  if (ms === null) return '–';
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Per site: the last crawl run, its numbers and whether it looks healthy, with reasons. */
export function HealthPage() {
  const { t, formatDate } = useI18n();
  const { data, error } = useLoad(() => api.sites(), []);
  const sites = data?.sites ?? null;
  if (error || !sites) return <LoadState error={error} loaded={!!sites} />;
  return (
    <section>
      <h1>{t('health.title')}</h1>
      <table className="health">
        <TableHead
          columns={[
            'col.site',
            'health.lastRun',
            'health.pages',
            'health.new',
            'health.changed',
            'health.gone',
            'health.errors',
            'health.duration',
            'health.state',
          ]}
        />
        <tbody>
          {sites.map((s) => {
            const run = s.lastRun;
            return (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>{run ? formatDate(run.finishedAt ?? run.startedAt, true) : t('health.never')}</td>
                <td>{run?.pages ?? '–'}</td>
                <td>{run?.newAds ?? '–'}</td>
                <td>{run?.changedAds ?? '–'}</td>
                <td>{run?.goneAds ?? '–'}</td>
                <td>{run?.errors ?? '–'}</td>
                <td>{duration(run?.durationMs ?? null)}</td>
                <td>
                  <span className={s.healthy ? 'state-ok' : 'state-bad'}>
                    {s.healthy ? t('health.healthy') : t('health.unhealthy')}
                  </span>
                  {!s.healthy && (
                    <ul className="reasons">
                      {s.problems.map((p) => (
                        <li key={p}>{t(`problem.${p}` as MessageKey)}</li>
                      ))}
                      {s.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
