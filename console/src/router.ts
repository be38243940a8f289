import { useEffect, useState } from 'react';

/** The console's base path (vite.config.ts `base`, src/http/console-route.ts). */
export const BASE = '/ui';

/** The views and their stable URLs (named in the issue; outside checks use them). */
export type Route =
  | { view: 'home' }
  | { view: 'lineage'; id: string }
  | { view: 'provenance'; id: string }
  | { view: 'systems'; id: string }
  | { view: 'recommendations'; id: string }
  | { view: 'monitoring'; id: string | null }
  | { view: 'unknown'; path: string };

const VIEWS_WITH_ID = ['lineage', 'provenance', 'systems', 'recommendations'] as const;

export function parse(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const [head, ...tail] = rest.replace(/^\/+|\/+$/g, '').split('/');
  const id = tail.length ? decodeURIComponent(tail.join('/')) : '';
  if (!head) return { view: 'home' };
  if (head === 'monitoring') return { view: 'monitoring', id: id || null };
  const view = VIEWS_WITH_ID.find((v) => v === head);
  if (view && id) return { view, id };
  return { view: 'unknown', path: pathname };
}

export function hrefOf(
  view: (typeof VIEWS_WITH_ID)[number] | 'monitoring',
  id: string,
  params: Record<string, string | null | undefined> = {},
) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const qs = query.toString();
  return `${BASE}/${view}/${encodeURIComponent(id)}${qs ? `?${qs}` : ''}`;
}

const listeners = new Set<() => void>();

/** Moves to a console URL without a page load (replace: a slider's moves do not flood the history). */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  listeners.forEach((l) => l());
}

export function useLocation(): { route: Route; search: URLSearchParams } {
  const read = () => ({ route: parse(location.pathname), search: new URLSearchParams(location.search) });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState(read());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return state;
}

/** A same-origin link that navigates in place (ctrl/cmd-click still opens a new tab). */
export function onLinkClick(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? BASE);
}
