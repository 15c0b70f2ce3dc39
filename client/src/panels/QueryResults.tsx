/**
 * Query results as a table of values shown as values (QueryValue) and, when they hold nodes or
 * relationships, as a graph; the tab it opens on is chosen from the result itself. CSV and JSON export.
 */
import { useMemo, useState } from 'react';
import type { QueryResult } from '../../../model/api';
import { Segmented } from '../app/Segmented';
import { Empty } from '../app/ui';
import { downloadText, stamp } from '../export/download';
import { toCsv, toJson } from '../export/table';
import { graphFromPayload } from '../graph/build';
import { GraphView } from '../graph/GraphView';
import { caption, useLang, useT } from '../i18n';
import { PROPERTY_CAPTION, isPropertyName } from '../i18n/properties';
import { QueryValue } from '../query/QueryValue';
import { preferredTab } from '../query/values';
import { actions } from '../state/actions';

const MAX_TABLE_ROWS = 1000;

export function QueryResults({ result }: { result: QueryResult }) {
  const t = useT();
  const lang = useLang();
  const graph = useMemo(() => graphFromPayload(result.graph), [result]);
  const hasGraph = graph.order > 0;
  const [tab, setTab] = useState<'table' | 'graph'>(() => preferredTab(result));
  const shown = tab === 'graph' && !hasGraph ? 'table' : tab;
  const fileName = `govgraph-query-${stamp()}`;

  return (
    <div className="results" data-testid="query-results" data-tab={shown}>
      <div className="results-bar">
        <Segmented
          options={[
            { value: 'table', label: t('query.table'), testId: 'results-table-tab' },
            { value: 'graph', label: t('query.graph'), testId: 'results-graph-tab', disabled: !hasGraph },
          ]}
          value={shown}
          onChange={setTab}
        />
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
                    <th key={c} title={c}>
                      {isPropertyName(c) ? caption(lang, PROPERTY_CAPTION[c]) : c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.slice(0, MAX_TABLE_ROWS).map((row, i) => (
                  <tr key={i}>
                    {result.columns.map((c) => (
                      <td key={c}>
                        <QueryValue value={row[c]} />
                      </td>
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
