/**
 * Keeps the URL and the app state in step: each state change that alters the URL pushes a
 * history entry (so back/forward walk through views, selections and expansions), and
 * back/forward put the state of that entry back.
 */
import { appStore } from './app-state';
import { parseUrl, toUrl } from './url';

let replaceNext = false;

/** The next state change replaces the current history entry instead of adding one (e.g. typing). */
export function replaceHistoryOnce(): void {
  replaceNext = true;
}

export function startUrlSync(): () => void {
  appStore.set(parseUrl(window.location.search));
  let applyingUrl = false;

  const unsubscribe = appStore.subscribe((state) => {
    const replace = replaceNext;
    replaceNext = false;
    if (applyingUrl) return;
    const search = toUrl(state);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  });

  const onPopState = (): void => {
    applyingUrl = true;
    try {
      appStore.set(parseUrl(window.location.search));
    } finally {
      applyingUrl = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
