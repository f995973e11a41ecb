import { useState } from 'react';
import { api, type AdDetailView, type MeView } from '../api.js';
import { useLoad } from '../use-load.js';
import { EvidenceText, type Highlight } from '../components/evidence-text.js';
import { IndicatorList, isTextEvidence } from '../components/indicator-list.js';
import { LevelBadge } from '../components/level-badge.js';
import { Notes } from '../components/notes.js';
import { CaseHistory } from '../components/case-history.js';
import { CasePanel, type ApplyChange } from '../components/case-panel.js';
import { PhotoTags } from '../components/photo-tags.js';
import { ScoreHistory } from '../components/score-history.js';
import { XFactorForm } from '../components/x-factor-form.js';
import { VersionHistory } from '../components/version-history.js';
import { useI18n, type MessageKey } from '../i18n.js';
import { linkClick } from '../router.js';
import { LoadState } from '../components/load-state.js';

/** Text-evidence spans of one field, labelled with the indicators that found them. */
function highlightsFor(ad: AdDetailView, field: string, lang: 'da' | 'en'): Highlight[] {
  return (ad.indicators?.fired ?? []).flatMap((f) =>
    f.evidence
      .filter(isTextEvidence)
      .filter((e) => e.field === field)
      .map((e) => ({ start: e.start, end: e.end, labels: [f.labels[lang]] })),
  );
}

function factRows(ad: AdDetailView): [MessageKey, string][] {
  const c = ad.current;
  const x = ad.indicators?.extracted;
  const rows: [MessageKey, string][] = [
    ['field.name', c.name ?? ''],
    ['field.age', c.age ?? (x?.age != null ? String(x.age) : '')],
    ['field.city', c.city ?? ''],
    ['field.phones', (x?.phones.length ? x.phones : c.phones).join(', ')],
    ['field.emails', c.emails.join(', ')],
    ['field.messaging', x?.messaging.join(', ') ?? ''],
    ['field.nationality', [c.nationality, ...(x?.nationalities ?? [])].filter(Boolean).join(', ')],
    ['field.languages', (x?.languages.length ? x.languages : c.languages).join(', ')],
    ['field.prices', c.prices.join(' · ')],
    ['field.hourlyPrice', x?.hourly_price_dkk != null ? String(x.hourly_price_dkk) : ''],
    ['field.hours', c.hours ?? ''],
    ['field.services', c.services.join(', ')],
    ['field.address', c.address ?? ''],
    ['field.clinic', c.clinic ?? ''],
    ['field.profileId', c.profileId ?? ''],
  ];
  return rows.filter(([, value]) => value !== '');
}

/**
 * One ad: photos with tags, text with evidence, indicators, the work on it (follow-up, assignee,
 * x-factor, history), facts, score history, versions, reviews, notes.
 */
export function AdPage({ id, me }: { id: number; me: MeView }) {
  const { t, lang, formatDate } = useI18n();
  const { data, error } = useLoad(() => api.ad(id), [id]);
  // Every casework change answers with the re-ranked ad; it replaces what was loaded.
  const [updated, setUpdated] = useState<AdDetailView | null>(null);
  const [busy, setBusy] = useState(false);
  const [workError, setWorkError] = useState<string | null>(null);
  const ad = updated?.id === id ? updated : data;
  const canWrite = me.role !== 'read-only';

  const apply: ApplyChange = async (change) => {
    setBusy(true);
    try {
      setUpdated(await change());
      setWorkError(null);
      return true;
    } catch (err) {
      setWorkError(err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (error || !ad) return <LoadState error={error} loaded={!!ad} />;
  const fired = ad.indicators?.fired ?? [];
  return (
    <article className="ad-page">
      <p>
        <a
          href="/"
          onClick={(e) => {
            linkClick(e, '/');
          }}
        >
          ← {t('ad.back')}
        </a>
      </p>
      <header className="ad-head">
        <h1>{ad.current.title ?? ad.key}</h1>
        <div className="ad-meta">
          <span data-testid="ad-score" data-level={ad.level ?? 'none'} data-score={ad.score ?? ''}>
            <LevelBadge level={ad.level} score={ad.score} />
          </span>
          <span className={`status status-${ad.status}`}>{t(`status.${ad.status}`)}</span>
          <span>
            {ad.site} · {ad.current.city ?? '–'}
          </span>
          <span>
            {t('col.firstSeen')}: {formatDate(ad.firstSeen)} · {t('col.lastSeen')}: {formatDate(ad.lastSeen)}
          </span>
          <a href={ad.url} rel="noreferrer noopener" target="_blank">
            {t('ad.open')}
          </a>
          {ad.indicators?.cluster && (
            <a
              href={`/clusters/${encodeURIComponent(ad.indicators.cluster)}`}
              data-testid="cluster-link"
              onClick={(e) => {
                linkClick(e, `/clusters/${encodeURIComponent(ad.indicators?.cluster ?? '')}`);
              }}
            >
              {t('cluster.view')}
            </a>
          )}
        </div>
      </header>

      {ad.current.photos.length > 0 && (
        <section aria-labelledby="photos-h">
          <h2 id="photos-h">{t('ad.photos')}</h2>
          <ul className="photos">
            {ad.current.photos.map((p, i) => (
              <li key={p.sha256}>
                <a href={p.url} target="_blank" rel="noreferrer">
                  <img
                    src={p.url}
                    alt={t('ad.photo', { n: i + 1 })}
                    loading="lazy"
                    width={160}
                    height={160}
                  />
                </a>
                <PhotoTags
                  ad={ad}
                  sha256={p.sha256}
                  n={i + 1}
                  canWrite={canWrite}
                  busy={busy}
                  apply={apply}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="ad-columns">
        <section aria-labelledby="text-h" className="card">
          <h2 id="text-h">{t('ad.text')}</h2>
          {ad.current.title && (
            <EvidenceText text={ad.current.title} highlights={highlightsFor(ad, 'title', lang)} />
          )}
          {ad.current.text ? (
            <EvidenceText text={ad.current.text} highlights={highlightsFor(ad, 'text', lang)} />
          ) : (
            <p className="muted">{t('ad.noText')}</p>
          )}
        </section>
        <section aria-labelledby="ind-h" className="card">
          <h2 id="ind-h">{t('ad.indicators')}</h2>
          <p className="muted">{t('ad.indicatorsNote')}</p>
          {!ad.indicators && <p>{t('ad.notScored')}</p>}
          {ad.postKind !== 'offer' && <p data-testid="post-kind">{t(`ad.kind.${ad.postKind}`)}</p>}
          {ad.indicators && fired.length === 0 && ad.postKind === 'offer' && <p>{t('ad.noIndicators')}</p>}
          {fired.length > 0 && <IndicatorList fired={fired} />}
        </section>
      </div>

      <section aria-labelledby="work-h" className="card work" data-testid="work-panel">
        <h2 id="work-h">{t('work.title')}</h2>
        {!canWrite && <p className="muted">{t('work.readOnly')}</p>}
        {workError && (
          <p className="error" role="alert">
            {t('common.error', { message: workError })}
          </p>
        )}
        <div className="work-columns">
          <div>
            <CasePanel ad={ad} canWrite={canWrite} busy={busy} apply={apply} />
            <XFactorForm ad={ad} canWrite={canWrite} busy={busy} apply={apply} />
          </div>
          <div>
            <h3>{t('history.title')}</h3>
            <CaseHistory history={ad.casework.history} />
          </div>
        </div>
      </section>

      <section aria-labelledby="facts-h" className="card">
        <h2 id="facts-h">{t('ad.fields')}</h2>
        <table className="facts-table">
          <tbody>
            {factRows(ad).map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{t(key)}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="scores-h" className="card">
        <h2 id="scores-h">{t('scores.title')}</h2>
        <ScoreHistory history={ad.scoreHistory} />
      </section>

      <section aria-labelledby="versions-h" className="card">
        <h2 id="versions-h">{t('ad.versions')}</h2>
        <VersionHistory versions={ad.versions} />
      </section>

      <section aria-labelledby="reviews-h" className="card">
        <h2 id="reviews-h">{t('ad.reviews')}</h2>
        {ad.reviews.length === 0 ? (
          <p className="muted">{t('ad.noReviews')}</p>
        ) : (
          <ul className="reviews">
            {ad.reviews.map((r) => (
              <li key={r.id}>
                <div className="muted">{formatDate(r.postedAt)}</div>
                <p className="ad-text">{r.text ?? ''}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="notes-h" className="card">
        <h2 id="notes-h">{t('ad.notes')}</h2>
        <Notes adId={ad.id} initial={ad.notes} canWrite={canWrite} />
      </section>
    </article>
  );
}
