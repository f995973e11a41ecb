import { useState } from 'react';
import { api, type StatsView } from '../api.js';
import { LevelBarChart, type LevelRow } from '../components/level-bar-chart.js';
import { useI18n } from '../i18n.js';
import { navigate } from '../router.js';
import { useLoad } from '../use-load.js';
import { LoadState } from '../components/load-state.js';

const periods = [30, 90, 365] as const;

/** Statistics: ads by level over time, by city, by nationality and by site (ECharts). */
export function StatsPage({ search }: { search: URLSearchParams }) {
  const { t, lang, formatDate } = useI18n();
  const asked = Number(search.get('days'));
  const days = periods.find((p) => p === asked) ?? 90;
  const [regionNames] = useState(() => new Map<string, Intl.DisplayNames>());
  const { data, error } = useLoad(() => api.stats(days), [days]);

  function region(code: string): string {
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'region' });
      regionNames.set(lang, names);
    }
    return names.of(code) ?? code;
  }
  return (
    <section data-testid="stats-page">
      <h1>{t('stats.title')}</h1>
      <p className="muted">{t('stats.intro')}</p>
      <label className="stats-period">
        {t('stats.period')}{' '}
        <select
          value={days}
          data-testid="stats-period"
          onChange={(e) => {
            navigate(`/stats?days=${e.target.value}`, { replace: true });
          }}
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {t('stats.days', { n: p })}
            </option>
          ))}
        </select>
      </label>
      <LoadState error={error} loaded={!!data} />
      {data && <Charts data={data} region={region} formatDate={formatDate} />}
    </section>
  );
}

/** Chart rows from counted groups, each key named for people. */
function rows<K>(list: (Omit<LevelRow, 'label'> & { key: K })[], label: (key: K) => string): LevelRow[] {
  return list.map(({ key, ...counts }) => ({ label: label(key), ...counts }));
}

function Charts({
  data,
  region,
  formatDate,
}: {
  data: StatsView;
  region: (code: string) => string;
  formatDate: (iso: string | null) => string;
}) {
  const { t } = useI18n();
  return (
    <div className="charts">
      <LevelBarChart
        testId="chart-by-day"
        title={t('stats.byDay', { from: formatDate(`${data.from}T12:00:00Z`) })}
        rows={rows(
          data.byDay.map(({ day, ...c }) => ({ key: day, ...c })),
          (day) => formatDate(`${day}T12:00:00Z`),
        )}
      />
      <LevelBarChart
        testId="chart-by-city"
        horizontal
        title={t('stats.byCity')}
        rows={rows(data.byCity, (city) => city ?? t('today.unknownCity'))}
      />
      <LevelBarChart
        testId="chart-by-nationality"
        horizontal
        title={t('stats.byNationality')}
        rows={rows(data.byNationality, region)}
      />
      <LevelBarChart
        testId="chart-by-site"
        horizontal
        title={t('stats.bySite')}
        rows={rows(data.bySite, (s) => s)}
      />
    </div>
  );
}
