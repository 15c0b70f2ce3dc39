/**
 * Initiatives × counties: rows filtered and sorted by the view, only counties that run a shown row
 * as columns; the header row and the initiative column stay in place while the matrix scrolls.
 * A cell's number is how many bodies or places run the initiative in that county; a click (or Enter)
 * loads who they are with the evidence (the matrix itself carries counts only, so it stays small on a
 * province's graph); arrow keys move between filled cells.
 */
import type { SharedInitiative } from '../../../model/api';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorBox, Spinner } from '../app/ui';
import { nodeName } from '../graph/build';
import { caption, useLang, useT } from '../i18n';
import { CATEGORY_CAPTION, SCOPE_CAPTION } from '../i18n/properties';
import { actions } from '../state/actions';
import { isDirection } from '../graph/keyboard-nav';
import { EvidenceList } from './EvidenceList';
import { nextFilledCell } from './matrix-keys';
import { conceptCategory, conceptScope } from './shared-rows';

export interface Cell {
  initiative: string;
  county: string;
}

function RowHead({ initiative }: { initiative: SharedInitiative }) {
  const lang = useLang();
  const scope = conceptScope(initiative);
  const category = conceptCategory(initiative);
  const tags = [
    scope ? caption(lang, SCOPE_CAPTION[scope]) : '',
    category ? caption(lang, CATEGORY_CAPTION[category]) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <th className="row-head" scope="row">
      <button type="button" className="link" onClick={() => actions.select({ kind: 'node', id: initiative.node.id })}>
        {nodeName(initiative.node)}
      </button>
      {tags ? <span className="row-tags">{tags}</span> : null}
    </th>
  );
}

export function SharedMatrix({
  rows,
  columns,
  cell,
  onCell,
}: {
  rows: SharedInitiative[];
  columns: string[];
  cell: Cell | null;
  onCell: (cell: Cell) => void;
}) {
  const t = useT();
  const filled = rows.map((row) => columns.map((county) => row.counties.some((c) => c.county === county)));
  return (
    <>
      <div className="matrix-legend" data-testid="matrix-legend">
        {t('shared.cellMeaning')}
      </div>
      <div className="matrix-wrap" data-testid="matrix-wrap">
        <table className="matrix" data-testid="shared-matrix">
          <thead>
            <tr>
              <th className="corner">{t('shared.initiative')}</th>
              <th>{t('shared.countyCount')}</th>
              {columns.map((county) => (
                <th key={county}>{county}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((initiative, rowIndex) => (
              <tr key={initiative.node.id} data-initiative={nodeName(initiative.node)}>
                <RowHead initiative={initiative} />
                <td className="count-cell" data-testid="county-count">
                  {initiative.countyCount}
                </td>
                {columns.map((county, columnIndex) => {
                  const runs = initiative.counties.find((c) => c.county === county);
                  const selected = cell?.initiative === initiative.node.id && cell.county === county;
                  return (
                    <td
                      key={county}
                      className={`cell${runs ? ' on' : ''}${selected ? ' selected' : ''}`}
                      onClick={() => runs && onCell({ initiative: initiative.node.id, county })}
                      onKeyDown={(e) => {
                        if (runs && (e.key === 'Enter' || e.key === ' ')) {
                          e.preventDefault();
                          onCell({ initiative: initiative.node.id, county });
                        } else if (isDirection(e.key)) {
                          e.preventDefault();
                          const next = nextFilledCell(filled, rowIndex, columnIndex, e.key);
                          if (next)
                            e.currentTarget
                              .closest('table')
                              ?.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.column}"]`)
                              ?.focus();
                        }
                      }}
                      data-row={rowIndex}
                      data-col={columnIndex}
                      tabIndex={runs ? 0 : undefined}
                      title={runs ? t('shared.cellHover', { county, n: runs.runnerCount }) : ''}
                      aria-label={runs ? t('shared.cellHover', { county, n: runs.runnerCount }) : undefined}
                    >
                      {runs ? runs.runnerCount : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function CellDetails({ initiative, cell }: { initiative: SharedInitiative; cell: Cell }) {
  const t = useT();
  const runners = useApi(() => api.initiativeRunners(cell.initiative, cell.county), [cell.initiative, cell.county]);
  return (
    <section className="cell-details" data-testid="cell-details">
      <h3>{t('shared.cellTitle', { initiative: nodeName(initiative.node), county: cell.county })}</h3>
      <div>
        {t('shared.runners')}: {runners.status === 'loading' ? <Spinner /> : null}
      </div>
      {runners.status === 'error' ? <ErrorBox error={runners.error} onRetry={runners.reload} /> : null}
      {runners.data ? (
        <ul className="posts">
          {runners.data.runners.map((runner) => (
            <li key={runner.relationship.id}>
              <button type="button" className="link" onClick={() => actions.exploreNode(runner.id)}>
                {runner.name}
              </button>
              <EvidenceList evidence={runner.relationship.properties.evidence} />
            </li>
          ))}
        </ul>
      ) : null}
      {runners.data?.truncated ? <div>{t('shared.moreRunners', { n: runners.data.runners.length })}</div> : null}
    </section>
  );
}
