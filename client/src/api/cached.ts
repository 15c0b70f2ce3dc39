/** Answers that do not change while the app runs, fetched once per key. */
import { api } from './client';
import { memoize } from './useApi';

export const getArticle = memoize((id) => api.article(id));
export const getQueries = memoize(() => api.queries());
export const getCounties = memoize(() => api.counties());
