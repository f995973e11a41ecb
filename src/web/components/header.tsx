import type { MeView } from '../api.js';
import { useI18n, type Lang, type MessageKey } from '../i18n.js';
import { linkClick } from '../router.js';
import { ContactSearch } from './contact-search.js';

/** Top bar: name, navigation, the user and role, language switch, logout. */
export function Header({ me, onLogout }: { me: MeView | null; onLogout: () => void }) {
  const { t, lang, setLang } = useI18n();
  return (
    <header className="app-header">
      <a className="skip" href="#main">
        {lang === 'da' ? 'Spring til indhold' : 'Skip to content'}
      </a>
      <a
        className="brand"
        href="/"
        onClick={(e) => {
          linkClick(e, '/');
        }}
      >
        {t('appName')}
      </a>
      {me && (
        <nav aria-label={lang === 'da' ? 'Hovedmenu' : 'Main'}>
          <a
            href="/"
            onClick={(e) => {
              linkClick(e, '/');
            }}
          >
            {t('nav.ads')}
          </a>
          <a
            href="/health"
            onClick={(e) => {
              linkClick(e, '/health');
            }}
          >
            {t('nav.health')}
          </a>
        </nav>
      )}
      {me && <ContactSearch />}
      <div className="header-right">
        {me && (
          <span className="user" data-testid="current-user">
            {me.username} <span className="role">({t(`role.${me.role}` as MessageKey)})</span>
          </span>
        )}
        <label className="lang">
          <span className="visually-hidden">{t('header.language')}</span>
          <select
            value={lang}
            onChange={(e) => {
              setLang(e.target.value as Lang);
            }}
          >
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </select>
        </label>
        {me && (
          <button type="button" className="secondary" onClick={onLogout}>
            {t('header.logout')}
          </button>
        )}
      </div>
    </header>
  );
}
