/** Query results as a table and, when they hold nodes or relationships, as a graph; CSV and JSON export. */
import { useMemo, useState } from 'react';
import type { QueryResult } from '../../../model/api';
import { Empty } from '../app/ui';
import { downloadText, stamp } from '../export/download';
import { cellText, toCsv, toJson } from '../export/table';
import { graphFromPayload } from '../graph/build';
import { GraphView } from '../graph/GraphView';
import { useT } from '../i18n';
import { actions } from '../state/actions';

const MAX_TABLE_ROWS = 1000;

export function QueryResults({ result }: { result: QueryResult }) {
  const t = useT();
  const graph = useMemo(() => graphFromPayload(result.graph), [result]);
  const hasGraph = graph.order > 0;
  const [tab, setTab] = useState<'table' | 'graph'>(hasGraph ? 'graph' : 'table');
  const shown = tab === 'graph' && !hasGraph ? 'table' : tab;
  const fileName = `govgraph-query-${stamp()}`;

  return (
    <div className="results" data-testid="query-results">
      <div className="results-bar">
        <div className="segmented">
          <button
            type="button"
            className={shown === 'table' ? 'active' : ''}
            onClick={() => setTab('table')}
            data-testid="results-table-tab"
          >
            {t('query.table')}
          </button>
          <button
            type="button"
            className={shown === 'graph' ? 'active' : ''}
            onClick={() => setTab('graph')}
            disabled={!hasGraph}
            data-testid="results-graph-tab"
          >
            {t('query.graph')}
          </button>
        </div>
        <span data-testid="row-count">
          {t('query.rows', { n: result.rows.length, ms: Math.round(result.elapsedMs) })}
        </span>
        {result.truncated ? <span className="note">{t('common.truncated')}</span> : null}
        <button
          type="button"
          onClick={() => downloadText(`${fileName}.csv`, 'text/csv;charset=utf-8', toCsv(result))}
          data-testid="export-csv"
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${fileName}.json`, 'application/json', toJson(result))}
          data-testid="export-json"
        >
          {t('export.json')}
        </button>
      </div>
      {shown === 'table' ? (
        result.rows.length ? (
          <div className="results-table-wrap">
            <table className="results-table" data-testid="results-table">
              <thead>
                <tr>
                  {result.columns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.slice(0, MAX_TABLE_ROWS).map((row, i) => (
                  <tr key={i}>
                    {result.columns.map((c) => (
                      <td key={c}>{cellText(row[c])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Empty>{t('query.noRows')}</Empty>
        )
      ) : (
        <GraphView
          graph={graph}
          version={1}
          exportName="query"
          onExpand={actions.exploreNode}
          empty={<p>{t('query.noGraph')}</p>}
        />
      )}
    </div>
  );
}
