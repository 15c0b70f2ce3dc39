/**
 * Moves the camera to a node when asked (search hit, tree row), once the node is in the graph,
 * and keeps it centred while a layout run moves it, until the layout stops or the user takes
 * the camera (drag, wheel).
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { focusStore } from '../../state/focus';
import { useSlice } from '../../state/store';
import type { EdgeAttrs, NodeAttrs } from '../attributes';
import { layoutRunner } from '../layout/runner';

/** Zoom in on the hit only when the graph is big enough for the whole view to be crowded. */
const FOCUS_RATIO = 0.6;
const FOCUS_MIN_ORDER = 60;
const EPSILON = 1e-4;

export function CameraController({ version }: { version: number }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  const focus = useSlice(focusStore, (s) => s);
  const following = useRef<string | null>(null);

  useEffect(() => {
    if (!focus.node || !sigma.getGraph().hasNode(focus.node)) return;
    following.current = focus.node;
    const camera = sigma.getCamera();
    if (sigma.getGraph().order >= FOCUS_MIN_ORDER) camera.setState({ ratio: Math.min(camera.ratio, FOCUS_RATIO) });
    sigma.refresh();
    focusStore.set({ node: null });
  }, [sigma, focus, version]);

  useEffect(() => {
    const camera = sigma.getCamera();
    const runner = layoutRunner(sigma.getGraph());
    const follow = (): void => {
      const node = following.current;
      const data = node && sigma.getGraph().hasNode(node) ? sigma.getNodeDisplayData(node) : undefined;
      if (!data) return;
      if (Math.abs(camera.x - data.x) > EPSILON || Math.abs(camera.y - data.y) > EPSILON)
        camera.setState({ x: data.x, y: data.y });
      else if (!runner.state.get().running) following.current = null;
    };
    const release = (): void => {
      following.current = null;
    };
    sigma.on('afterRender', follow);
    const captor = sigma.getMouseCaptor();
    captor.on('mousedown', release);
    captor.on('wheel', release);
    return () => {
      sigma.off('afterRender', follow);
      captor.off('mousedown', release);
      captor.off('wheel', release);
    };
  }, [sigma]);

  return null;
}
