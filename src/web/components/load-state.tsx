import { useI18n } from '../i18n.js';

/**
 * What a page shows while its data loads (see useLoad): the error as an alert, else a loading
 * line until `loaded`, else nothing. One place, so every page words and marks these alike.
 */
export function LoadState({ error, loaded }: { error: string | null; loaded: boolean }) {
  const { t } = useI18n();
  if (error)
    return (
      <p className="error" role="alert">
        {t('common.error', { message: error })}
      </p>
    );
  if (!loaded) return <p className="loading">{t('common.loading')}</p>;
  return null;
}
