import { useEffect, useState } from 'react';

/**
 * A minimal history router: the dashboard has a handful of pages, not worth a routing library. The
 * server answers every non-API path with index.html, so deep links and reloads work.
 */
export type Route =
  | { page: 'today' }
  | { page: 'ads'; search: URLSearchParams }
  | { page: 'stats'; search: URLSearchParams }
  | { page: 'evaluation' }
  | { page: 'ad'; id: number }
  | { page: 'cluster'; id: string }
  | { page: 'search'; contact: string }
  | { page: 'health' }
  | { page: 'not-found' };

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  // `/` was the ad list before Today took its place: old filter links (`/?level=red`) still open the list.
  if (pathname === '/')
    return [...params.keys()].length > 0 ? { page: 'ads', search: params } : { page: 'today' };
  if (pathname === '/today') return { page: 'today' };
  if (pathname === '/ads') return { page: 'ads', search: params };
  if (pathname === '/stats') return { page: 'stats', search: params };
  if (pathname === '/evaluation') return { page: 'evaluation' };
  const ad = /^\/ads\/(\d+)$/.exec(pathname);
  if (ad?.[1]) return { page: 'ad', id: Number(ad[1]) };
  if (pathname === '/health') return { page: 'health' };
  const cluster = /^\/clusters\/([^/]+)$/.exec(pathname);
  if (cluster?.[1]) {
    try {
      return { page: 'cluster', id: decodeURIComponent(cluster[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  if (pathname === '/search')
    return { page: 'search', contact: new URLSearchParams(search).get('contact') ?? '' };
  return { page: 'not-found' };
}

const listeners = new Set<() => void>();

/** Goes to an in-app URL without reloading; `replace` swaps the current history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

/** The current route; re-renders on navigate and on the browser's back/forward. */
export function useRoute(): Route {
  const read = (): Route => parseRoute(window.location.pathname, window.location.search);
  const [route, setRoute] = useState<Route>(read);
  useEffect(() => {
    const update = (): void => {
      setRoute(read());
    };
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** Click handler for in-app links: plain clicks navigate, modified clicks open normally. */
export function linkClick(
  event: { preventDefault(): void; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; button: number },
  to: string,
): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(to);
}
