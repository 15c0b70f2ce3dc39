/**
 * The render bench: the explorer's GraphView on a generated graph. Reports, in
 * window.benchResult, the time to the first frame and the frame rate while the camera pans and
 * zooms continuously (camera moved by script every animation frame). Parameters:
 * ?nodes=10000&edges=50000&seconds=8
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphView } from '../graph/GraphView';
import type { EdgeAttrs, NodeAttrs } from '../graph/attributes';
import '../styles.css';
import { generateGraph } from './generate';
import { activeGraphStore } from '../state/active-graph';

Object.assign(window, { govgraph: { activeGraphStore } });

const started = performance.now();
const params = new URLSearchParams(window.location.search);
const order = Number(params.get('nodes') ?? 10000);
const size = Number(params.get('edges') ?? 50000);
const seconds = Number(params.get('seconds') ?? 8);

const graph = generateGraph(order, size);
const generatedMs = performance.now() - started;

export interface BenchResult {
  nodes: number;
  edges: number;
  generateMs: number;
  /** From the page script's start to sigma's first completed render (generation included). */
  firstRenderMs: number;
  /** From the graph being ready to the first render: sigma's own cost. */
  renderOnlyMs: number;
  seconds: number;
  frames: number;
  fps: number;
  frameMsP50: number;
  frameMsP95: number;
  frameMsMax: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function Probe() {
  const sigma = useSigma<NodeAttrs, EdgeAttrs>();
  useEffect(() => {
    // Every render, for the script's own measure of frames during a real mouse drag.
    let renders = 0;
    const count = (): void => {
      renders++;
      Object.assign(window, { benchRenders: renders });
    };
    sigma.on('afterRender', count);
    let firstRenderAt = 0;
    const onFirst = (): void => {
      sigma.off('afterRender', onFirst);
      firstRenderAt = performance.now();
      // Let the first frame settle, then move the camera every animation frame.
      setTimeout(pan, 500);
    };
    sigma.on('afterRender', onFirst);

    const pan = (): void => {
      const camera = sigma.getCamera();
      const renders: number[] = [];
      const countRender = (): void => {
        renders.push(performance.now());
      };
      sigma.on('afterRender', countRender);
      const t0 = performance.now();
      const step = (now: number): void => {
        const t = (now - t0) / 1000;
        if (t < seconds) {
          // A circle around the centre while zooming between ratio 0.15 (labels) and 1.2 (all).
          camera.setState({
            x: 0.5 + 0.25 * Math.cos(t),
            y: 0.5 + 0.25 * Math.sin(t),
            ratio: 0.675 + 0.525 * Math.sin(t * 0.8),
          });
          requestAnimationFrame(step);
          return;
        }
        sigma.off('afterRender', countRender);
        const intervals = renders
          .slice(1)
          .map((r, i) => r - renders[i]!)
          .sort((a, b) => a - b);
        const result: BenchResult = {
          nodes: graph.order,
          edges: graph.size,
          generateMs: Math.round(generatedMs),
          firstRenderMs: Math.round(firstRenderAt - started),
          renderOnlyMs: Math.round(firstRenderAt - started - generatedMs),
          seconds,
          frames: renders.length,
          fps: Math.round((renders.length / seconds) * 10) / 10,
          frameMsP50: Math.round(percentile(intervals, 50) * 10) / 10,
          frameMsP95: Math.round(percentile(intervals, 95) * 10) / 10,
          frameMsMax: Math.round((intervals[intervals.length - 1] ?? 0) * 10) / 10,
        };
        Object.assign(window, { benchResult: result });
        document.title = 'done';
      };
      requestAnimationFrame(step);
    };
    return () => {
      sigma.off('afterRender', count);
      sigma.off('afterRender', onFirst);
    };
  }, [sigma]);
  return null;
}

createRoot(document.getElementById('app')!).render(
  <div style={{ height: '100vh', display: 'flex' }}>
    <GraphView graph={graph} version={1} exportName="bench" autoLayout={false}>
      <Probe />
    </GraphView>
  </div>,
);
