/**
 * The context menu of a node (right-click, or the menu key on the selection): expand all or by
 * relationship type, hide, pin in place, and a shortest path to another node.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useSyncExternalStore } from 'react';
import { REL_CAPTION, REL_TYPES } from '../../../model/schema';
import { caption, useLang, useT } from '../i18n';
import { actions } from '../state/actions';
import { appStore } from '../state/app-state';
import type { EdgeAttrs, NodeAttrs } from './attributes';
import { closeMenu, menuStore } from './menu-store';
import { pathPickStore } from './path-pick';

export function NodeMenu() {
  const t = useT();
  const lang = useLang();
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const menu = useSyncExternalStore(menuStore.subscribe, menuStore.get);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') closeMenu();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const graph = sigma.getGraph();
  if (!menu.node || !graph.hasNode(menu.node)) return null;
  const node = menu.node;
  const pinned = graph.getNodeAttribute(node, 'fixed') === true;
  const selected = appStore.get().selection;
  const other = selected?.kind === 'node' && selected.id !== node && graph.hasNode(selected.id) ? selected.id : null;
  const run = (f: () => void) => () => {
    f();
    closeMenu();
  };
  return (
    <div
      className="node-menu"
      role="menu"
      style={{ left: menu.x, top: menu.y }}
      data-testid="node-menu"
      onContextMenu={(e) => e.preventDefault()}
    >
      <div className="node-menu-title">
        {graph.getNodeAttribute(node, 'fullLabel') ?? graph.getNodeAttribute(node, 'label')}
      </div>
      <button type="button" role="menuitem" onClick={run(() => actions.expand(node))} data-testid="menu-expand">
        {t('graph.expand')}
      </button>
      <div className="node-menu-group" role="group" aria-label={t('menu.expandBy')}>
        <span>{t('menu.expandBy')}</span>
        {REL_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            role="menuitem"
            onClick={run(() => actions.expandType(node, type))}
            data-testid={`menu-expand-${type}`}
          >
            {caption(lang, REL_CAPTION[type])}
          </button>
        ))}
      </div>
      <button type="button" role="menuitem" onClick={run(() => actions.hide(node))} data-testid="menu-hide">
        {t('graph.hide')}
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={run(() => {
          graph.setNodeAttribute(node, 'fixed', !pinned);
          sigma.refresh();
        })}
        data-testid="menu-pin"
      >
        {pinned ? t('menu.unpin') : t('menu.pin')}
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={run(() => pathPickStore.set({ from: node, to: null, awaiting: true }))}
        data-testid="menu-path"
      >
        {t('menu.pathTo')}
      </button>
      {other ? (
        <button type="button" role="menuitem" onClick={run(() => actions.findPath(other, node))}>
          {t('menu.pathFromSelection')}
        </button>
      ) : null}
    </div>
  );
}
