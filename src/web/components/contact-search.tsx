import { useState } from 'react';
import { useI18n } from '../i18n.js';
import { navigate } from '../router.js';

/** Phone / e-mail search that leads to the ads and networks with that contact. */
export function ContactSearch() {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  return (
    <form
      className="contact-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        const contact = value.trim();
        if (contact) navigate(`/search?${new URLSearchParams({ contact }).toString()}`);
      }}
    >
      <label>
        <span className="visually-hidden">{t('search.label')}</span>
        <input
          type="search"
          value={value}
          placeholder={t('search.label')}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => {
            setValue(e.target.value);
          }}
        />
      </label>
      <button type="submit" className="secondary">
        {t('search.submit')}
      </button>
    </form>
  );
}
