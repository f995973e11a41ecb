import { useState, type SyntheticEvent } from 'react';
import { api } from '../api.js';
import { useI18n } from '../i18n.js';
import type { WorkControlProps } from './case-panel.js';

/**
 * The x-factor: a worker's professional concern, always with a note. It counts like any indicator,
 * so setting or removing it re-ranks the ad and the page shows the new score at once.
 */
export function XFactorForm({ ad, canWrite, busy, apply }: WorkControlProps) {
  const { t, formatDate } = useI18n();
  const [draft, setDraft] = useState('');
  const [missingNote, setMissingNote] = useState(false);
  const current = ad.casework.xFactor;
  const weight = ad.indicators?.fired.find((f) => f.id === 'x-factor')?.weight;

  async function submit(event: SyntheticEvent): Promise<void> {
    event.preventDefault();
    const note = draft.trim();
    setMissingNote(note === '');
    if (note === '') return;
    if (await apply(() => api.setXFactor(ad.id, note))) setDraft('');
  }

  return (
    <div className="x-factor">
      <h3>{t('xfactor.title')}</h3>
      <p className="muted">{t('xfactor.explain')}</p>
      {current ? (
        <div data-testid="xfactor-current">
          <p className="muted">
            {t('xfactor.current', {
              who: current.setBy,
              when: formatDate(current.setAt, true),
              w: weight ?? '–',
            })}
          </p>
          <p className="note-body">{current.note}</p>
          {canWrite && (
            <button
              type="button"
              className="secondary"
              data-testid="xfactor-remove"
              disabled={busy}
              onClick={() => void apply(() => api.removeXFactor(ad.id))}
            >
              {t('xfactor.remove')}
            </button>
          )}
        </div>
      ) : (
        <p className="muted">{t('xfactor.none')}</p>
      )}
      {canWrite && (
        <form className="x-factor-form" noValidate onSubmit={(e) => void submit(e)}>
          <label>
            {t('xfactor.note')}
            <textarea
              data-testid="xfactor-note"
              value={draft}
              rows={3}
              maxLength={2000}
              required
              aria-invalid={missingNote}
              onChange={(e) => {
                setDraft(e.target.value);
                if (e.target.value.trim() !== '') setMissingNote(false);
              }}
            />
          </label>
          {missingNote && (
            <p className="error" role="alert">
              {t('xfactor.noteRequired')}
            </p>
          )}
          <button type="submit" data-testid="xfactor-submit" disabled={busy}>
            {current ? t('xfactor.update') : t('xfactor.set')}
          </button>
        </form>
      )}
    </div>
  );
}
