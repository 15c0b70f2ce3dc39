/** Initiatives × counties, sorted by spread; a click on a cell shows who runs it there and the evidence. */
import type { SharedInitiativesResponse } from '../../../model/api';
import { nodeName } from '../graph/build';
import { useT } from '../i18n';
import { actions } from '../state/actions';
import { EvidenceList } from './EvidenceList';

export interface Cell {
  initiative: string;
  county: string;
}

export function sortedBySpread(response: SharedInitiativesResponse): SharedInitiativesResponse['initiatives'] {
  return [...response.initiatives].sort((a, b) => b.countyCount - a.countyCount || nodeName(a.node).localeCompare(nodeName(b.node), 'zh'));
}

export function SharedMatrix({ response, cell, onCell }: { response: SharedInitiativesResponse; cell: Cell | null; onCell: (cell: Cell) => void }) {
  const t = useT();
  const initiatives = sortedBySpread(response);
  return (
    <div className="matrix-wrap">
      <table className="matrix" data-testid="shared-matrix">
        <thead>
          <tr>
            <th>{t('shared.initiative')}</th>
            <th>{t('shared.countyCount')}</th>
            {response.counties.map((county) => (
              <th key={county}>{county}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {initiatives.map((initiative) => (
            <tr key={initiative.node.id} data-initiative={nodeName(initiative.node)}>
              <th className="row-head">
                <button type="button" className="link" onClick={() => actions.select({ kind: 'node', id: initiative.node.id })}>
                  {nodeName(initiative.node)}
                </button>
              </th>
              <td className="count-cell" data-testid="county-count">
                {initiative.countyCount}
              </td>
              {response.counties.map((county) => {
                const runs = initiative.counties.find((c) => c.county === county);
                const selected = cell?.initiative === initiative.node.id && cell.county === county;
                return (
                  <td
                    key={county}
                    className={`cell${runs ? ' on' : ''}${selected ? ' selected' : ''}`}
                    onClick={() => runs && onCell({ initiative: initiative.node.id, county })}
                    title={runs ? runs.runners.map((r) => r.name).join('、') : ''}
                  >
                    {runs ? runs.runners.length : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CellDetails({ response, cell }: { response: SharedInitiativesResponse; cell: Cell }) {
  const t = useT();
  const initiative = response.initiatives.find((i) => i.node.id === cell.initiative);
  const runs = initiative?.counties.find((c) => c.county === cell.county);
  if (!initiative || !runs) return null;
  return (
    <section className="cell-details" data-testid="cell-details">
      <h3>{t('shared.cellTitle', { initiative: nodeName(initiative.node), county: cell.county })}</h3>
      <div>{t('shared.runners')}:</div>
      <ul className="posts">
        {runs.runners.map((runner) => (
          <li key={runner.relationship.id}>
            <button type="button" className="link" onClick={() => actions.exploreNode(runner.id)}>
              {runner.name}
            </button>
            <EvidenceList evidence={runner.relationship.properties.evidence} />
          </li>
        ))}
      </ul>
    </section>
  );
}
