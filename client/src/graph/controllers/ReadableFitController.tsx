/**
 * Fits a computed layout so its labels stay readable: the frame includes the labels that run to
 * the right of the last column, and when fitting everything would squeeze labels into each other
 * (fewer pixels per layout unit than a character needs), the camera zooms in just enough and
 * starts at the top-left corner, so the user scrolls the rest instead of reading a jumble.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttrs, NodeAttrs } from '../attributes';
import type { LayoutFrame } from '../layout/frame';

/** Pixels a layout unit needs: one CJK character at sigma's label size, with a little air. */
export const PIXELS_PER_UNIT = 14;
/** Where the top-left corner of the frame goes when the whole frame does not fit: below the toolbar and the legend. */
const CORNER = { x: 24, y: 200 };

export function ReadableFitController({ frame, version }: { frame: LayoutFrame; version: number }) {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    // Nodes keep their size when the camera zooms in for the labels.
    sigma.setSetting('zoomToSizeRatioFunction', () => 1);
    sigma.setCustomBBox(frame);
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    sigma.refresh();
    const camera = sigma.getCamera();
    // sigma caches its matrix per frame: pass the camera state so conversions see the state just set.
    const now = () => ({ cameraState: camera.getState() });
    const origin = sigma.graphToViewport({ x: 0, y: 0 }, now());
    const unit = sigma.graphToViewport({ x: 1, y: 0 }, now());
    const perUnit = Math.abs(unit.x - origin.x);
    if (perUnit >= PIXELS_PER_UNIT || perUnit === 0) return;
    camera.setState({ ratio: perUnit / PIXELS_PER_UNIT });
    const corner = sigma.graphToViewport({ x: frame.x[0], y: frame.y[1] }, now());
    const from = sigma.viewportToFramedGraph(corner, now());
    const to = sigma.viewportToFramedGraph(CORNER, now());
    camera.setState({ x: camera.x + from.x - to.x, y: camera.y + from.y - to.y });
    sigma.refresh();
  }, [sigma, frame, version]);
  return null;
}
