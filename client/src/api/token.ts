/**
 * The write token (ADMIN_TOKEN). `npm start` prints the explorer's address with `#token=…`; the token is
 * taken from the fragment once, kept in sessionStorage (this tab only, gone when it closes) and the
 * fragment is removed from the address bar, so a copied link never carries it.
 */
import { Store } from '../state/store';

const KEY = 'govgraph.token';

function stored(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: the token lives as long as the page
  }
}

/** The current token, for components that show whether writes are possible. */
export const tokenStore = new Store<{ token: string | null }>({ token: null });

export function setToken(token: string | null): void {
  const value = token?.trim() || null;
  try {
    if (value) window.sessionStorage.setItem(KEY, value);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Kept in memory only.
  }
  tokenStore.set({ token: value });
}

/** Call once at start, before anything rewrites the address. */
export function captureToken(): void {
  const match = /(?:^#|&)token=([^&]+)/u.exec(window.location.hash);
  if (match) {
    setToken(decodeURIComponent(match[1]!));
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  } else tokenStore.set({ token: stored() });
}

export function authHeader(): Record<string, string> {
  const { token } = tokenStore.get();
  return token ? { authorization: `Bearer ${token}` } : {};
}
