import type { AdDetailView } from '../api.js';
import { useI18n, type MessageKey } from '../i18n.js';

// Snapshot field names (as the store reports changes) → words a worker reads.
const fieldKeys: Record<string, MessageKey> = {
  title: 'field.title',
  text: 'field.text',
  name: 'field.name',
  age: 'field.age',
  city: 'field.city',
  phones: 'field.phones',
  emails: 'field.emails',
  nationality: 'field.nationality',
  languages: 'field.languages',
  services: 'field.services',
  prices: 'field.prices',
  hours: 'field.hours',
  address: 'field.address',
  clinic: 'field.clinic',
  profile_id: 'field.profileId',
  photoHashes: 'ad.photos',
  posted_at: 'field.postedAt',
};

/** Versions newest first; each expands (native <details>, keyboard friendly) to its old content. */
export function VersionHistory({ versions }: { versions: AdDetailView['versions'] }) {
  const { t, formatDate } = useI18n();
  const fieldName = (f: string): string => {
    const key = fieldKeys[f];
    return key ? t(key).toLowerCase() : f;
  };
  return (
    <ol className="versions">
      {versions.map((v) => (
        <li key={v.number}>
          <details>
            <summary>
              <strong>{t('ad.version', { n: v.number })}</strong> —{' '}
              {t('ad.seen', { from: formatDate(v.firstSeen, true), to: formatDate(v.lastSeen, true) })}
              {' · '}
              {v.changedFields.length > 0
                ? t('ad.changed', { fields: v.changedFields.map(fieldName).join(', ') })
                : t('ad.firstVersion')}
            </summary>
            <dl className="facts">
              <dt>{t('field.title')}</dt>
              <dd>{v.snapshot.title ?? '–'}</dd>
              <dt>{t('field.city')}</dt>
              <dd>{v.snapshot.city ?? '–'}</dd>
              <dt>{t('field.prices')}</dt>
              <dd>{v.snapshot.prices.join(' · ') || '–'}</dd>
              <dt>{t('field.text')}</dt>
              <dd className="ad-text">{v.snapshot.text ?? '–'}</dd>
            </dl>
          </details>
        </li>
      ))}
    </ol>
  );
}
