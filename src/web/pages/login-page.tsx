import { useState, type SyntheticEvent } from 'react';
import { api, ApiError, type MeView } from '../api.js';
import { useI18n } from '../i18n.js';

/** Username and password; the server rate-limits attempts. */
export function LoginPage({ onLogin }: { onLogin: (me: MeView) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLogin(await api.login(username, password));
    } catch (err) {
      setError(err instanceof ApiError && err.status === 429 ? t('login.limited') : t('login.failed'));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="login card">
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => {
              setUsername(e.target.value);
            }}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
            }}
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </section>
  );
}
