/**
 * Keyboard access to the nodes of the graph on screen: arrow keys move the selection to the
 * neighbour in that direction (to the most connected node when nothing is selected) and bring it into
 * view, Enter expands it, the menu key (or Shift+F10) opens its menu. Search first, then walk.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { actions } from '../../state/actions';
import { activeGraphStore } from '../../state/active-graph';
import { appStore } from '../../state/app-state';
import { requestFocus } from '../../state/focus';
import type { EdgeAttrs, NodeAttrs } from '../attributes';
import { isDirection, neighbourInDirection } from '../keyboard-nav';
import { menuStore } from '../menu-store';

/** Keys pressed on the page itself or on the graph; a focused field, button or matrix cell keeps its own keys. */
function meantForGraph(target: EventTarget | null, container: HTMLElement): boolean {
  const el = target as HTMLElement | null;
  return !el || el === document.body || container.contains(el);
}

export function GraphKeysController({ onExpand, menu }: { onExpand?: (node: string) => void; menu: boolean }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!meantForGraph(e.target, sigma.getContainer()) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (activeGraphStore.get().sigma !== sigma) return;
      const graph = sigma.getGraph();
      const selection = appStore.get().selection;
      const current = selection?.kind === 'node' && graph.hasNode(selection.id) ? selection.id : null;
      const point = (id: string) => ({ id, ...sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)!) });
      if (isDirection(e.key)) {
        e.preventDefault();
        // Meta-nodes (groups of a big graph) are opened by click, never selected.
        const selectable = (n: string): boolean => graph.getNodeAttribute(n, 'group') === undefined;
        const next = current
          ? neighbourInDirection(point(current), graph.neighbors(current).filter(selectable).map(point), e.key)
          : graph
              .nodes()
              .filter(selectable)
              .sort((a, b) => graph.degree(b) - graph.degree(a))[0];
        if (!next) return;
        actions.select({ kind: 'node', id: next });
        requestFocus(next);
      } else if (e.key === 'Enter' && current && onExpand) {
        e.preventDefault();
        onExpand(current);
      } else if (menu && current && (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey))) {
        e.preventDefault();
        const p = point(current);
        menuStore.set({ node: current, x: p.x, y: p.y });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sigma, onExpand, menu]);

  return null;
}
