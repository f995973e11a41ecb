import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { api, setUnauthenticatedHandler, type MeView } from './api.js';
import { Header } from './components/header.js';
import { I18nContext, initialLang, makeI18n, type Lang } from './i18n.js';
import { AdPage } from './pages/ad-page.js';
import { AdsPage } from './pages/ads-page.js';
import { ClusterPage } from './pages/cluster-page.js';
import { EvaluationPage } from './pages/evaluation-page.js';
import { HealthPage } from './pages/health-page.js';
import { LoginPage } from './pages/login-page.js';
import { SearchPage } from './pages/search-page.js';
import { prefetchToday, TodayPage } from './pages/today-page.js';
import { useRoute } from './router.js';

// The charts library is large: the statistics page loads it only when opened.
const StatsPage = lazy(() => import('./pages/stats-page.js').then((m) => ({ default: m.StatsPage })));

type Session = { state: 'loading' } | { state: 'out' } | { state: 'in'; me: MeView };

/** The dashboard: asks who is logged in, then shows the login page or the routed page. */
export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const route = useRoute();

  const setLang = useCallback((next: Lang) => {
    window.localStorage.setItem('opspor.lang', next);
    setLangState(next);
  }, []);
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setSession({ state: 'out' });
    });
    // The page the app opens on: Today loads beside the session check.
    if (route.page === 'today') prefetchToday();
    api
      .me()
      .then((me) => {
        setSession({ state: 'in', me });
      })
      .catch(() => {
        setSession({ state: 'out' });
      });
  }, []);

  async function logout(): Promise<void> {
    await api.logout().catch(() => undefined);
    setSession({ state: 'out' });
  }

  let content;
  if (session.state === 'loading') content = <p className="loading">{i18n.t('common.loading')}</p>;
  else if (session.state === 'out') {
    content = (
      <LoginPage
        onLogin={(me) => {
          setSession({ state: 'in', me });
        }}
      />
    );
  } else if (route.page === 'today') content = <TodayPage />;
  else if (route.page === 'ads') content = <AdsPage search={route.search} />;
  else if (route.page === 'stats') {
    content = (
      <Suspense fallback={<p className="loading">{i18n.t('common.loading')}</p>}>
        <StatsPage search={route.search} />
      </Suspense>
    );
  } else if (route.page === 'evaluation') content = <EvaluationPage />;
  else if (route.page === 'ad') content = <AdPage id={route.id} me={session.me} />;
  else if (route.page === 'cluster') content = <ClusterPage id={route.id} />;
  else if (route.page === 'search') content = <SearchPage contact={route.contact} />;
  else if (route.page === 'health') content = <HealthPage />;
  else content = <p>{i18n.t('common.notFound')}</p>;

  return (
    <I18nContext.Provider value={i18n}>
      <Header
        me={session.state === 'in' ? session.me : null}
        current={route.page}
        onLogout={() => void logout()}
      />
      <main id="main">{content}</main>
    </I18nContext.Provider>
  );
}
