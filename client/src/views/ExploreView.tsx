/** Explore: the graph grown from search hits and expansions, with filters beside it. */
import { useEffect } from 'react';
import { ErrorBox, Spinner } from '../app/ui';
import { GraphView } from '../graph/GraphView';
import { useT } from '../i18n';
import { FiltersPanel } from '../panels/FiltersPanel';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { exploreStore, retryExplore, syncExplore } from '../state/explore-data';
import { useSlice } from '../state/store';

export function ExploreView() {
  const t = useT();
  const expanded = useSlice(appStore, (s) => s.expanded);
  const data = useSlice(exploreStore, (s) => s);

  useEffect(() => syncExplore(expanded), [expanded]);

  return (
    <div className="view explore-view">
      <div className="side-panel">
        <FiltersPanel />
      </div>
      <div className="main-panel">
        <GraphView
          graph={data.graph}
          version={data.version}
          exportName="explore"
          filterable
          onExpand={actions.expand}
          fitNodes={data.added}
          menu
          empty={data.loading.length ? null : <p>{t('graph.empty')}</p>}
        >
          <div className="graph-status">
            {data.loading.length ? <Spinner label={t('graph.expanding')} /> : null}
            {data.errors.map((e) => (
              <ErrorBox key={e.id} error={e.error} onRetry={() => retryExplore(e.id)} />
            ))}
            {data.truncated.length ? <div className="note">{t('common.truncated')}</div> : null}
            {data.noPath.length ? (
              <div className="note" data-testid="no-path">
                {t('graph.noPath')}
              </div>
            ) : null}
            <div className="stats" data-testid="graph-stats">
              {t('graph.stats', { nodes: data.graph.order, edges: data.graph.size })}
            </div>
            {expanded.length ? (
              <button type="button" onClick={() => actions.clearGraph()}>
                {t('graph.clear')}
              </button>
            ) : null}
          </div>
        </GraphView>
      </div>
    </div>
  );
}
