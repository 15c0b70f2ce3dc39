/** Moves the camera to a node when asked (search hit, tree row), once the node is in the graph. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { focusStore } from '../../state/focus';
import { useSlice } from '../../state/store';
import type { EdgeAttrs, NodeAttrs } from '../attributes';

const FOCUS_RATIO = 0.6;

export function CameraController({ version }: { version: number }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const focus = useSlice(focusStore, (s) => s);

  useEffect(() => {
    if (!focus.node || !sigma.getGraph().hasNode(focus.node)) return;
    // Display data exist only after sigma processed the graph; refresh first for a just-added node.
    sigma.refresh();
    const data = sigma.getNodeDisplayData(focus.node);
    if (!data) return;
    const camera = sigma.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration: 400 });
    focusStore.set({ node: null });
  }, [sigma, focus, version]);

  return null;
}
