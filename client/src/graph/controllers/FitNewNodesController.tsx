/**
 * Keeps what an expansion added in view: once the layout has placed the new nodes, the camera
 * moves (animated) so that they and the selection are on screen, zooming out only as far as needed.
 * Nothing moves when they are already visible.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { appStore } from '../../state/app-state';
import type { EdgeAttrs, NodeAttrs } from '../attributes';
import { layoutRunner } from '../layout/runner';

/** Room around the nodes, in pixels; more on the right, where labels run. */
const PAD = { left: 40, right: 140, top: 60, bottom: 40 };

export function FitNewNodesController({ nodes }: { nodes: readonly string[] | undefined }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();

  useEffect(() => {
    if (!nodes?.length) return;
    const runner = layoutRunner(sigma.getGraph());
    const fit = (): void => {
      const graph = sigma.getGraph();
      const selection = appStore.get().selection;
      const targets = [...nodes, ...(selection?.kind === 'node' ? [selection.id] : [])].filter((n) => graph.hasNode(n));
      const points = targets.map((n) => sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
      if (!points.length) return;
      const { width, height } = sigma.getDimensions();
      const visible = points.every((p) => {
        const v = sigma.framedGraphToViewport(p);
        return v.x >= PAD.left && v.x <= width - PAD.right && v.y >= PAD.top && v.y <= height - PAD.bottom;
      });
      if (visible) return;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
      // Pixel extent at ratio 1 around that centre; pixels scale with 1 / ratio.
      const atOne = { cameraState: { ...centre, ratio: 1, angle: 0 } };
      const a = sigma.framedGraphToViewport({ x: Math.min(...xs), y: Math.min(...ys) }, atOne);
      const b = sigma.framedGraphToViewport({ x: Math.max(...xs), y: Math.max(...ys) }, atOne);
      const camera = sigma.getCamera();
      const ratio = Math.max(
        camera.ratio,
        Math.abs(b.x - a.x) / Math.max(1, width - PAD.left - PAD.right),
        Math.abs(b.y - a.y) / Math.max(1, height - PAD.top - PAD.bottom),
      );
      void camera.animate({ ...centre, ratio }, { duration: 400 });
    };
    if (!runner.state.get().running) {
      fit();
      return;
    }
    // Once, when the run that places them ends; later runs (the user's) leave the camera alone.
    const unsubscribe = runner.state.subscribe((state) => {
      if (state.running) return;
      unsubscribe();
      fit();
    });
    return unsubscribe;
  }, [sigma, nodes]);

  return null;
}
