import { api, type EvaluationView } from '../api.js';
import { useI18n, type Lang, type MessageKey } from '../i18n.js';
import { useLoad } from '../use-load.js';
import { LoadState } from '../components/load-state.js';

/** The counts and rates every row has (an indicator's or a threshold's). */
type Rates = Omit<EvaluationView['levels'][number], 'threshold'>;

const columns: { key: keyof Rates; label: MessageKey }[] = [
  { key: 'firedConcern', label: 'evaluation.firedConcern' },
  { key: 'firedNoConcern', label: 'evaluation.firedNoConcern' },
  { key: 'notFiredConcern', label: 'evaluation.notFiredConcern' },
  { key: 'notFiredNoConcern', label: 'evaluation.notFiredNoConcern' },
];

/** Rates as whole percentages and lift with two decimals, in the page's language; — for none. */
function formatsFor(lang: Lang) {
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  return {
    percent: (x: number | null): string =>
      x === null ? '—' : x.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 }),
    lift: (x: number | null): string =>
      x === null ? '—' : x.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
}

/** The four counts and three rates of one row. */
function RateCells({ r }: { r: Rates }) {
  const { lang } = useI18n();
  const { percent, lift } = formatsFor(lang);
  return (
    <>
      {columns.map((c) => (
        <td key={c.key} className="num">
          {r[c.key]}
        </td>
      ))}
      <td className="num">{percent(r.precision)}</td>
      <td className="num">{percent(r.recall)}</td>
      <td className="num">{lift(r.lift)}</td>
    </>
  );
}

function Head({ first }: { first: MessageKey }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t(first)}</th>
        {columns.map((c) => (
          <th key={c.key} scope="col" className="num">
            {t(c.label)}
          </th>
        ))}
        <th scope="col" className="num">
          {t('evaluation.precision')}
        </th>
        <th scope="col" className="num">
          {t('evaluation.recall')}
        </th>
        <th scope="col" className="num">
          {t('evaluation.lift')}
        </th>
      </tr>
    </thead>
  );
}

/**
 * Indicators and levels measured against recorded outcomes (GET /api/evaluation; admins and
 * analysts). A table, with how to read it and a clear warning while the outcomes are few.
 */
export function EvaluationPage() {
  const { t, lang } = useI18n();
  const { data, error } = useLoad(() => api.evaluation(), []);
  const { percent } = formatsFor(lang);

  return (
    <section data-testid="evaluation-page">
      <h1>{t('evaluation.title')}</h1>
      <p className="muted">{t('evaluation.intro')}</p>
      <LoadState error={error} loaded={!!data} />
      {data && (
        <>
          <p data-testid="evaluation-summary">
            {t('evaluation.summary', {
              evaluated: data.evaluated,
              concern: data.concern,
              noConcern: data.noConcern,
              base: percent(data.baseRate),
              notReached: data.notReached,
              unscored: data.unscored,
            })}
          </p>
          {data.fewOutcomes && (
            <p className="banner warning" role="status" data-testid="evaluation-few">
              {t('evaluation.few', { min: data.minOutcomes })}
            </p>
          )}
          <p className="muted">{t('evaluation.howToRead')}</p>
          <h2>{t('evaluation.levels')}</h2>
          <table className="evaluation-table" data-testid="evaluation-levels">
            <Head first="evaluation.threshold" />
            <tbody>
              {data.levels.map((l) => (
                <tr key={l.threshold}>
                  <th scope="row">{t(`evaluation.${l.threshold}`)}</th>
                  <RateCells r={l} />
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('evaluation.indicators')}</h2>
          <table className="evaluation-table" data-testid="evaluation-indicators">
            <Head first="evaluation.indicator" />
            <tbody>
              {data.indicators.map((i) => (
                <tr key={i.id} data-indicator={i.id}>
                  <th scope="row">{i.labels[lang]}</th>
                  <RateCells r={i} />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
