/** Shared initiatives: the matrix with its threshold, filters and sort beside the same rows as a bipartite graph. */
import { useMemo, useState } from 'react';
import type { ConceptCategory, ConceptScope } from '../../../model/schema';
import { api } from '../api/client';
import { getCounties } from '../api/cached';
import { useApi } from '../api/useApi';
import { Empty, ErrorBox, Spinner } from '../app/ui';
import { bipartiteGraph } from '../graph/bipartite';
import { ReadableFitController } from '../graph/controllers/ReadableFitController';
import { GraphView } from '../graph/GraphView';
import { layoutKey } from '../graph/layout/layout-key';
import { caption, useLang, useT } from '../i18n';
import { CATEGORY_CAPTION, SCOPE_CAPTION } from '../i18n/properties';
import { Cell, CellDetails, SharedMatrix } from '../panels/SharedMatrix';
import {
  NO_FILTER,
  ROW_SORTS,
  RowFilter,
  RowSort,
  matrixColumns,
  matrixRows,
  presentValues,
} from '../panels/shared-rows';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import { useSlice } from '../state/store';

export function SharedView() {
  const t = useT();
  const lang = useLang();
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [sort, setSort] = useState<RowSort>('spread');
  const minCounties = useSlice(appStore, (s) => s.minCounties);
  const shared = useApi(() => api.shared(minCounties), [minCounties]);
  const counties = useApi(() => getCounties(''), []);
  const [cell, setCell] = useState<Cell | null>(null);
  const countyIds = useMemo(() => new Map((counties.data?.counties ?? []).map((c) => [c.name, c.id])), [counties.data]);
  const rows = useMemo(() => (shared.data ? matrixRows(shared.data, filter, sort) : []), [shared.data, filter, sort]);
  const columns = useMemo(() => (shared.data ? matrixColumns(shared.data, rows) : []), [shared.data, rows]);
  const present = useMemo(
    () => (shared.data ? presentValues(shared.data) : { categories: [], scopes: [] }),
    [shared.data],
  );
  const layout = useMemo(
    () => (shared.data ? bipartiteGraph(rows, columns, countyIds) : null),
    [shared.data, rows, columns, countyIds],
  );
  const cellRow = cell ? shared.data?.initiatives.find((i) => i.node.id === cell.initiative) : undefined;
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
        <div className="controls">
          <label className="field">
            {t('shared.filterScope')}
            <select
              value={filter.scope ?? ''}
              onChange={(e) => setFilter({ ...filter, scope: (e.target.value || null) as ConceptScope | null })}
              data-testid="filter-scope"
            >
              <option value="">{t('shared.all')}</option>
              {present.scopes.map((scope) => (
                <option key={scope} value={scope}>
                  {caption(lang, SCOPE_CAPTION[scope])}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('shared.filterCategory')}
            <select
              value={filter.category ?? ''}
              onChange={(e) => setFilter({ ...filter, category: (e.target.value || null) as ConceptCategory | null })}
              data-testid="filter-category"
            >
              <option value="">{t('shared.all')}</option>
              {present.categories.map((category) => (
                <option key={category} value={category}>
                  {caption(lang, CATEGORY_CAPTION[category])}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('shared.sort')}
            <select value={sort} onChange={(e) => setSort(e.target.value as RowSort)} data-testid="sort-rows">
              {ROW_SORTS.map((key) => (
                <option key={key} value={key}>
                  {t(`shared.sort.${key}`)}
                </option>
              ))}
            </select>
          </label>
          {shared.data ? (
            <span className="rows-shown" data-testid="rows-shown">
              {t('shared.shown', { n: rows.length, total: shared.data.initiatives.length })}
            </span>
          ) : null}
        </div>
        {shared.status === 'error' ? <ErrorBox error={shared.error} onRetry={shared.reload} /> : null}
        {shared.data && !shared.data.initiatives.length ? <Empty>{t('shared.empty')}</Empty> : null}
        {shared.data && shared.data.initiatives.length ? (
          <>
            <SharedMatrix rows={rows} columns={columns} cell={cell} onCell={setCell} />
            {cellRow && cell ? <CellDetails initiative={cellRow} cell={cell} /> : <Empty>{t('shared.pickCell')}</Empty>}
          </>
        ) : null}
      </div>
      <div className="main-panel">
        {layout ? (
          <GraphView
            key={layoutKey(layout)}
            graph={layout.graph}
            version={1}
            exportName="shared-initiatives"
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
