/** Who leads what: a scope (county, body or place), its hierarchy as a tree and as a layered graph. */
import { useMemo } from 'react';
import { api } from '../api/client';
import { getCounties } from '../api/cached';
import { useApi } from '../api/useApi';
import { Empty, ErrorBox, Spinner } from '../app/ui';
import { nodeName } from '../graph/build';
import { ReadableFitController } from '../graph/controllers/ReadableFitController';
import { GraphView } from '../graph/GraphView';
import { layoutKey } from '../graph/layout/layout-key';
import { hierarchyGraph } from '../graph/hierarchy';
import { caption, useLang, useT } from '../i18n';
import { STATUS_CAPTION } from '../i18n/properties';
import { LeadersTree } from '../panels/LeadersTree';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';

export function LeadersView() {
  const t = useT();
  const lang = useLang();
  const scope = useSlice(appStore, (s) => s.scope);
  const selection = useSlice(appStore, (s) => s.selection);
  const counties = useApi(() => getCounties(''), []);
  const leaders = useApi(() => (scope ? api.leaders(scope) : null), [scope]);
  const layout = useMemo(
    () => (leaders.data ? hierarchyGraph(leaders.data.tree, (status) => caption(lang, STATUS_CAPTION[status])) : null),
    [leaders.data, lang],
  );
  const countyList = counties.data?.counties ?? [];
  const scopeInList = countyList.some((c) => c.id === scope);

  return (
    <div className="view wide-side leaders-view">
      <div className="side-panel">
        <div className="controls">
          <label className="field">
            {t('leaders.pickCounty')}
            <select
              value={scopeInList ? (scope ?? '') : ''}
              onChange={(e) => actions.setScope(e.target.value || null)}
              data-testid="scope-select"
            >
              <option value="">
                {scope && !scopeInList ? (leaders.data ? nodeName(leaders.data.scope) : scope) : '—'}
              </option>
              {countyList.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={selection?.kind !== 'node'}
            onClick={() => selection && actions.setScope(selection.id)}
          >
            {t('leaders.useSelection')}
          </button>
        </div>
        {counties.status === 'error' ? <ErrorBox error={counties.error} onRetry={counties.reload} /> : null}
        {!scope ? <Empty>{t('leaders.empty')}</Empty> : null}
        {leaders.status === 'loading' ? <Spinner /> : null}
        {leaders.status === 'error' ? <ErrorBox error={leaders.error} onRetry={leaders.reload} /> : null}
        {leaders.data ? <LeadersTree tree={leaders.data.tree} /> : null}
      </div>
      <div className="main-panel">
        {layout ? (
          <GraphView
            key={layoutKey(layout)}
            graph={layout.graph}
            version={1}
            exportName="leaders"
            autoLayout={false}
            onExpand={actions.exploreNode}
          >
            <ReadableFitController frame={layout.frame} version={1} />
          </GraphView>
        ) : null}
      </div>
    </div>
  );
}
