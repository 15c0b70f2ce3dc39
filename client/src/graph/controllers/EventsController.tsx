/** Mouse on the graph → state: hover, click selects, double-click expands (when the view allows it). */
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { actions } from '../../state/actions';
import type { EdgeAttrs, NodeAttrs } from '../attributes';
import { hoverStore } from '../hover';

export function EventsController({ onExpand }: { onExpand?: (node: string) => void }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const registerEvents = useRegisterEvents<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    const container = sigma.getContainer();
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
      clickNode: ({ node }) => actions.select({ kind: 'node', id: node }),
      clickEdge: ({ edge }) => actions.select({ kind: 'edge', id: edge }),
      clickStage: () => actions.select(null),
      doubleClickNode: (event) => {
        if (!onExpand) return;
        // Without this sigma also zooms in on double-click.
        event.preventSigmaDefault();
        onExpand(event.node);
      },
    });
    return () => hoverStore.set({ node: null });
  }, [sigma, registerEvents, onExpand]);

  return null;
}
