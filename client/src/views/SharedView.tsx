/** Shared initiatives: the matrix with its threshold beside the same data as a bipartite graph. */
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import { getCounties } from '../api/cached';
import { useApi } from '../api/useApi';
import { Empty, ErrorBox, Spinner } from '../app/ui';
import { bipartiteGraph } from '../graph/bipartite';
import { GraphView } from '../graph/GraphView';
import { useT } from '../i18n';
import { Cell, CellDetails, SharedMatrix } from '../panels/SharedMatrix';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';

export function SharedView() {
  const t = useT();
  const minCounties = useSlice(appStore, (s) => s.minCounties);
  const shared = useApi(() => api.shared(minCounties), [minCounties]);
  const counties = useApi(() => getCounties(''), []);
  const [cell, setCell] = useState<Cell | null>(null);
  const countyIds = useMemo(() => new Map((counties.data?.counties ?? []).map((c) => [c.name, c.id])), [counties.data]);
  const graph = useMemo(() => (shared.data ? bipartiteGraph(shared.data, countyIds) : null), [shared.data, countyIds]);
  const maxCounties = Math.max(2, shared.data?.counties.length ?? 2);

  return (
    <div className="view wide-side shared-view">
      <div className="side-panel">
        <div className="controls">
          <label>
            {t('shared.threshold', { n: minCounties })}{' '}
            <input
              type="range"
              min={1}
              max={maxCounties}
              value={minCounties}
              onChange={(e) => actions.setMinCounties(Number(e.target.value))}
              data-testid="min-counties"
            />
          </label>
          {shared.status === 'loading' ? <Spinner /> : null}
        </div>
        {shared.status === 'error' ? <ErrorBox error={shared.error} onRetry={shared.reload} /> : null}
        {shared.data && !shared.data.initiatives.length ? <Empty>{t('shared.empty')}</Empty> : null}
        {shared.data && shared.data.initiatives.length ? (
          <>
            <SharedMatrix response={shared.data} cell={cell} onCell={setCell} />
            {cell ? <CellDetails response={shared.data} cell={cell} /> : <Empty>{t('shared.pickCell')}</Empty>}
          </>
        ) : null}
      </div>
      <div className="main-panel">
        {graph ? <GraphView key={minCounties} graph={graph} version={1} exportName="shared-initiatives" autoLayout={false} onExpand={actions.exploreNode} /> : null}
      </div>
    </div>
  );
}
