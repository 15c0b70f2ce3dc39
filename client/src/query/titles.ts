/** A named query's title in the UI language, from the library's `// @title` headers; the name until they load. */
import { useCallback } from 'react';
import { getQueries } from '../api/cached';
import { useApi } from '../api/useApi';
import { useLang } from '../i18n';

export function useQueryTitle(): (name: string) => string {
  const lang = useLang();
  const library = useApi(() => getQueries(''), []);
  const queries = library.data?.queries;
  return useCallback((name) => queries?.find((q) => q.name === name)?.title[lang] ?? name, [queries, lang]);
}
