/**
 * Answers fetched once per key. They change only when articles are added or removed: a finished job
 * calls graphChanged(), which forgets them and refetches the explore graph, so new people and places
 * show without a reload.
 */
import { refreshExplore } from '../state/explore-data';
import { Store } from '../state/store';
import { api } from './client';
import { memoize } from './useApi';

export const getArticle = memoize((id) => api.article(id));
export const getQueries = memoize(() => api.queries());
export const getCounties = memoize(() => api.counties());

/** Bumped by graphChanged(): components that show graph data keep it in their useApi deps. */
export const graphVersion = new Store<{ version: number }>({ version: 0 });

export function graphChanged(): void {
  getArticle.clear();
  getCounties.clear();
  refreshExplore();
  graphVersion.set((s) => ({ version: s.version + 1 }));
}
