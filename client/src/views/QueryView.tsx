/** Query: the library and the Cypher editor on the side, the result of the last run (from the URL) in the main area. */
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { Empty, ErrorBox, Spinner } from '../app/ui';
import { useT } from '../i18n';
import { CypherPanel } from '../panels/CypherPanel';
import { QueryLibrary } from '../panels/QueryLibrary';
import { QueryResults } from '../panels/QueryResults';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';

export function QueryView() {
  const t = useT();
  const query = useSlice(appStore, (s) => s.query);
  const result = useApi(
    () =>
      !query
        ? null
        : query.kind === 'named'
          ? api.runNamed(query.name, query.params)
          : api.cypher({ query: query.text }),
    [query],
  );

  return (
    <div className="view wide-side query-view">
      <div className="side-panel query-side">
        <CypherPanel error={query?.kind === 'cypher' ? result.error : null} running={result.status === 'loading'} />
        <QueryLibrary />
      </div>
      <div className="main-panel">
        {!query ? <Empty>{t('query.pickOrType')}</Empty> : null}
        {result.status === 'loading' ? <Spinner /> : null}
        {result.status === 'error' && query?.kind === 'named' ? <ErrorBox error={result.error} /> : null}
        {/* A typed query's error is shown once, under the editor, with its position caret. */}
        {result.data ? <QueryResults key={JSON.stringify(query)} result={result.data} /> : null}
      </div>
    </div>
  );
}
