/** The bar that offers the shortest path once two nodes are chosen (or asks for the second one). */
import { useSigma } from '@react-sigma/core';
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { actions } from '../state/actions';
import type { EdgeAttrs, NodeAttrs } from './attributes';
import { pathPickStore, resetPathPick } from './path-pick';

export function PathBar() {
  const t = useT();
  const graph = useSigma<NodeAttrs, EdgeAttrs>().getGraph();
  const pick = useSyncExternalStore(pathPickStore.subscribe, pathPickStore.get);
  if (!pick.from || !graph.hasNode(pick.from)) return null;
  const name = (n: string) => graph.getNodeAttribute(n, 'label');
  const { from, to } = pick;
  return (
    <div className="path-bar" role="status" data-testid="path-bar">
      {to && graph.hasNode(to) ? (
        <>
          {t('path.between', { from: name(from), to: name(to) })}
          <button
            type="button"
            onClick={() => {
              actions.findPath(from, to);
              resetPathPick();
            }}
            data-testid="path-find"
          >
            {t('path.find')}
          </button>
        </>
      ) : (
        t('path.pickOther', { from: name(from) })
      )}
      <button type="button" className="icon-button" title={t('common.close')} onClick={resetPathPick}>
        ×
      </button>
    </div>
  );
}
