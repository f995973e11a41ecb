import type { MeView } from '../api.js';
import { useI18n, type Lang, type MessageKey } from '../i18n.js';
import { linkClick, type Route } from '../router.js';
import { ContactSearch } from './contact-search.js';

/** Pages in the navigation; `roles` limits an item to the roles its API allows (see policy.ts). */
const navItems: { to: string; page: Route['page']; label: MessageKey; roles?: readonly MeView['role'][] }[] =
  [
    { to: '/', page: 'today', label: 'nav.today' },
    { to: '/ads', page: 'ads', label: 'nav.ads' },
    { to: '/stats', page: 'stats', label: 'nav.stats' },
    { to: '/evaluation', page: 'evaluation', label: 'nav.evaluation', roles: ['admin', 'analyst'] },
    { to: '/health', page: 'health', label: 'nav.health' },
  ];

/** Top bar: name, navigation, the user and role, language switch, logout. */
export function Header({
  me,
  onLogout,
  current,
}: {
  me: MeView | null;
  onLogout: () => void;
  /** The page shown, marked in the navigation. */
  current?: Route['page'];
}) {
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
          {navItems
            .filter((item) => !item.roles || item.roles.includes(me.role))
            .map((item) => (
              <a
                key={item.to}
                href={item.to}
                aria-current={item.page === current ? 'page' : undefined}
                onClick={(e) => {
                  linkClick(e, item.to);
                }}
              >
                {t(item.label)}
              </a>
            ))}
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
