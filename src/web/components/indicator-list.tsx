import type { Evidence, LinkEvidence, ManualEvidence, TextEvidence } from '../../shared/types.js';
import type { AdDetailView } from '../api.js';
import { useI18n } from '../i18n.js';

type Fired = NonNullable<AdDetailView['indicators']>['fired'][number];

export function isTextEvidence(e: Evidence): e is TextEvidence {
  return 'field' in e && 'start' in e;
}
function isLinkEvidence(e: Evidence): e is LinkEvidence {
  return 'ads' in e;
}
function isManualEvidence(e: Evidence): e is ManualEvidence {
  return 'setBy' in e;
}

/** Fired indicators as chips: label, weight, a short neutral explanation, and the evidence. */
export function IndicatorList({ fired }: { fired: Fired[] }) {
  const { t, lang, formatDate } = useI18n();
  return (
    <ul className="indicators">
      {fired.map((f) => (
        <li key={f.id} className={`chip weight-${f.weight}`} data-indicator={f.id}>
          <div className="chip-head">
            <strong>{f.labels[lang]}</strong>{' '}
            <span className="weight">{t('ad.weight', { w: f.weight })}</span>
          </div>
          {f.descriptions && <p className="muted">{f.descriptions[lang]}</p>}
          <ul className="evidence">
            {f.evidence.map((e, i) => {
              if (isTextEvidence(e)) {
                return (
                  <li key={i}>
                    {t('ad.evidence')} <code>{e.field}</code>: “{e.quote}”
                  </li>
                );
              }
              if (isLinkEvidence(e)) {
                return (
                  <li key={i}>
                    {t('ad.linked')}: {e.ads.join(', ')}
                    {e.reason ? ` (${e.reason})` : ''}
                  </li>
                );
              }
              if (isManualEvidence(e)) {
                return (
                  <li key={i}>
                    {t('ad.setBy', { who: e.setBy })}, {formatDate(e.setAt, true)}
                    {e.note ? `: ${e.note}` : ''}
                  </li>
                );
              }
              return null;
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
