/** Loads data for a component: status, data, error and a reload, dropping answers that arrive after a newer request. */
import { DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export type Loadable<T> =
  | { status: 'idle'; data?: undefined; error?: undefined }
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ok'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

/** `load` returning null means "nothing to load" (e.g. no scope chosen yet). */
export function useApi<T>(load: () => Promise<T> | null, deps: DependencyList): Loadable<T> & { reload: () => void } {
  const [state, setState] = useState<Loadable<T>>({ status: 'idle' });
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const promise = load();
    const ticket = ++latest.current;
    if (!promise) {
      setState({ status: 'idle' });
      return;
    }
    setState((s) => ({ status: 'loading', data: s.data }));
    promise.then(
      (data) => ticket === latest.current && setState({ status: 'ok', data }),
      (error: unknown) => ticket === latest.current && setState({ status: 'error', error }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

/** Caches by key the answers that change only when articles are added or removed (articles, counties …). */
export function memoize<T>(fetcher: (key: string) => Promise<T>): ((key: string) => Promise<T>) & { clear(): void } {
  const cache = new Map<string, Promise<T>>();
  const get = (key: string) => {
    let p = cache.get(key);
    if (!p) {
      p = fetcher(key);
      cache.set(key, p);
      // A failed request is not cached, so retrying works.
      p.catch(() => cache.delete(key));
    }
    return p;
  };
  return Object.assign(get, { clear: () => cache.clear() });
}
