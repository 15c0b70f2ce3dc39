/** Explore: the graph grown from search hits and expansions (big ones shown as groups), with filters beside it. */
import { useEffect } from 'react';
import { ErrorBox, Spinner } from '../app/ui';
import { GraphView } from '../graph/GraphView';
import { useT } from '../i18n';
import { FiltersPanel } from '../panels/FiltersPanel';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { exploreStore, retryExplore, syncExplore } from '../state/explore-data';
import { closeGroups, exploreDisplayStore, openGroup } from '../state/explore-groups';
import { useSlice } from '../state/store';

export function ExploreView() {
  const t = useT();
  const expanded = useSlice(appStore, (s) => s.expanded);
  const data = useSlice(exploreStore, (s) => s);
  const display = useSlice(exploreDisplayStore, (s) => s);

  useEffect(() => syncExplore(expanded), [expanded]);

  return (
    <div className="view explore-view">
      <div className="side-panel">
        <FiltersPanel />
      </div>
      <div className="main-panel">
        <GraphView
          graph={display.graph}
          version={display.version}
          exportName="explore"
          filterable
          onExpand={actions.expand}
          onOpenGroup={openGroup}
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
            {display.groups ? (
              <div className="note" data-testid="graph-grouped">
                {t('graph.grouped', { groups: display.groups })}
              </div>
            ) : null}
            {display.open.length ? (
              <button type="button" onClick={closeGroups}>
                {t('graph.closeGroups')}
              </button>
            ) : null}
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
