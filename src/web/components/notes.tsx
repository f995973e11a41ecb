import { useState, type SyntheticEvent } from 'react';
import { api, type NoteView } from '../api.js';
import { useI18n } from '../i18n.js';

/** Notes of workers on an ad, and a form to add one (hidden for read-only accounts). */
export function Notes({ adId, initial, canWrite }: { adId: number; initial: NoteView[]; canWrite: boolean }) {
  const { t, formatDate } = useI18n();
  const [notes, setNotes] = useState(initial);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: SyntheticEvent): Promise<void> {
    event.preventDefault();
    if (!draft.trim()) return;
    try {
      const note = await api.addNote(adId, draft);
      setNotes([...notes, note]);
      setDraft('');
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <div>
      {notes.length === 0 ? (
        <p className="muted">{t('ad.noNotes')}</p>
      ) : (
        <ul className="notes">
          {notes.map((n) => (
            <li key={n.id}>
              <div className="muted">
                {n.author}, {formatDate(n.createdAt, true)}
              </div>
              <p className="note-body">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="note-form" onSubmit={(e) => void submit(e)}>
          <label>
            {t('ad.noteLabel')}
            <textarea
              value={draft}
              onChange={(e) => {
                setDraft(e.target.value);
              }}
              rows={3}
              maxLength={5000}
              required
            />
          </label>
          {error && (
            <p className="error" role="alert">
              {t('common.error', { message: error })}
            </p>
          )}
          <button type="submit">{t('ad.saveNote')}</button>
        </form>
      )}
    </div>
  );
}
