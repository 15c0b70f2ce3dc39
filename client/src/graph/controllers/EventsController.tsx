/**
 * Mouse on the graph → state: hover, click selects, double-click expands (when the view allows it);
 * with a node menu (explore), right-click opens it, shift+click chooses a second node for a
 * shortest path, and after "path to…" the next click chooses the other end. A meta-node (a group of
 * a big graph) opens on click or double-click and has no menu.
 */
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { actions } from '../../state/actions';
import type { EdgeAttrs, NodeAttrs } from '../attributes';
import { hoverStore } from '../hover';
import { closeMenu, menuStore } from '../menu-store';
import { pathPickStore, resetPathPick } from '../path-pick';
import { appStore } from '../../state/app-state';

function clickNode(node: string, shift: boolean, withMenu: boolean): void {
  closeMenu();
  const pick = pathPickStore.get();
  if (withMenu && pick.awaiting && pick.from && pick.from !== node) {
    actions.findPath(pick.from, node);
    resetPathPick();
    return;
  }
  const selected = appStore.get().selection;
  if (withMenu && shift && selected?.kind === 'node' && selected.id !== node) {
    pathPickStore.set({ from: selected.id, to: node, awaiting: false });
    return;
  }
  actions.select({ kind: 'node', id: node });
}

export function EventsController({
  onExpand,
  onOpenGroup,
  menu = false,
}: {
  onExpand?: (node: string) => void;
  onOpenGroup?: (node: string) => void;
  menu?: boolean;
}) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const registerEvents = useRegisterEvents<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    const container = sigma.getContainer();
    const group = (node: string): boolean => sigma.getGraph().getNodeAttribute(node, 'group') !== undefined;
    registerEvents({
      enterNode: ({ node }) => {
        hoverStore.set({ node });
        container.style.cursor = 'pointer';
      },
      leaveNode: () => {
        hoverStore.set({ node: null });
        container.style.cursor = '';
      },
      enterEdge: () => {
        container.style.cursor = 'pointer';
      },
      leaveEdge: () => {
        container.style.cursor = '';
      },
      clickNode: ({ node, event }) => {
        if (group(node)) onOpenGroup?.(node);
        else clickNode(node, (event.original as MouseEvent).shiftKey, menu);
      },
      clickEdge: ({ edge }) => actions.select({ kind: 'edge', id: edge }),
      clickStage: () => {
        closeMenu();
        actions.select(null);
      },
      rightClickNode: (event) => {
        if (!menu || group(event.node)) return;
        event.preventSigmaDefault();
        event.event.original.preventDefault();
        menuStore.set({ node: event.node, x: event.event.x, y: event.event.y });
      },
      doubleClickNode: (event) => {
        if (!onExpand || group(event.node)) return;
        // Without this sigma also zooms in on double-click.
        event.preventSigmaDefault();
        onExpand(event.node);
      },
    });
    return () => hoverStore.set({ node: null });
  }, [sigma, registerEvents, onExpand, onOpenGroup, menu]);

  return null;
}
