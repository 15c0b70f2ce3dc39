/**
 * The render bench: the explorer's GraphView on a generated graph. Reports, in
 * window.benchResult, the time to the first frame and the frame rate while the camera pans and
 * zooms continuously. Parameters: ?nodes=10000&edges=50000&seconds=8&mode=still
 *
 * Modes: `still` moves the camera by script every animation frame with camera.setState, which sigma
 * does not count as "moving", so every frame draws edges and labels (the cost without hiding);
 * `move` drives the same path through camera animations, which sigma counts as moving like a drag,
 * a wheel zoom or inertia, so the large-graph settings hide edges and labels; `aggregate` shows
 * the graph as the explorer does above AGGREGATE_NODES, communities as meta-nodes, and pans as `still`.
 */
import { useSigma } from '@react-sigma/core';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphView } from '../graph/GraphView';
import type { EdgeAttrs, NodeAttrs } from '../graph/attributes';
import '../styles.css';
import { generateGraph } from './generate';
import { activeGraphStore } from '../state/active-graph';
import { aggregateGraph, communitiesOf } from '../graph/aggregate';

Object.assign(window, { govgraph: { activeGraphStore } });

const started = performance.now();
const params = new URLSearchParams(window.location.search);
const order = Number(params.get('nodes') ?? 10000);
const size = Number(params.get('edges') ?? 50000);
const seconds = Number(params.get('seconds') ?? 8);
const MODES = ['still', 'move', 'aggregate'] as const;
type Mode = (typeof MODES)[number];
const mode = (MODES as readonly string[]).includes(params.get('mode') ?? '') ? (params.get('mode') as Mode) : 'still';

const full = generateGraph(order, size);
const grouping = mode === 'aggregate' ? communitiesOf(full) : null;
const graph = grouping ? aggregateGraph(full, grouping).graph : full;
const generatedMs = performance.now() - started;
const opened = new Set<string>();

export interface BenchResult {
  mode: Mode;
  /** What is drawn: the meta-nodes in aggregate mode. */
  nodes: number;
  edges: number;
  /** Generating the graph (and aggregating it, in aggregate mode). */
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

/** A circle around the centre while zooming between ratio 0.15 (labels) and 1.2 (all), at time t (s). */
function cameraAt(t: number): { x: number; y: number; ratio: number } {
  return { x: 0.5 + 0.25 * Math.cos(t), y: 0.5 + 0.25 * Math.sin(t), ratio: 0.675 + 0.525 * Math.sin(t * 0.8) };
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
      // Let the first frame settle, then move the camera.
      setTimeout(pan, 500);
    };
    sigma.on('afterRender', onFirst);

    const pan = (): void => {
      const camera = sigma.getCamera();
      const frames: number[] = [];
      const countFrame = (): void => {
        frames.push(performance.now());
      };
      sigma.on('afterRender', countFrame);
      const t0 = performance.now();
      const finish = (): void => {
        sigma.off('afterRender', countFrame);
        const intervals = frames
          .slice(1)
          .map((r, i) => r - frames[i]!)
          .sort((a, b) => a - b);
        const result: BenchResult = {
          mode,
          nodes: graph.order,
          edges: graph.size,
          generateMs: Math.round(generatedMs),
          firstRenderMs: Math.round(firstRenderAt - started),
          renderOnlyMs: Math.round(firstRenderAt - started - generatedMs),
          seconds,
          frames: frames.length,
          fps: Math.round((frames.length / seconds) * 10) / 10,
          frameMsP50: Math.round(percentile(intervals, 50) * 10) / 10,
          frameMsP95: Math.round(percentile(intervals, 95) * 10) / 10,
          frameMsMax: Math.round((intervals[intervals.length - 1] ?? 0) * 10) / 10,
        };
        Object.assign(window, { benchResult: result });
        document.title = 'done';
      };
      if (mode === 'move') {
        // Short animations chained along the same path: sigma renders each animation frame as "moving".
        const leg = (): void => {
          const t = (performance.now() - t0) / 1000;
          if (t >= seconds) {
            finish();
            return;
          }
          void camera.animate(cameraAt(t + 0.25), { duration: 250, easing: 'linear' }).then(leg);
        };
        leg();
        return;
      }
      const step = (now: number): void => {
        const t = (now - t0) / 1000;
        if (t >= seconds) {
          finish();
          return;
        }
        camera.setState(cameraAt(t));
        requestAnimationFrame(step);
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

function Bench() {
  const [version, setVersion] = useState(1);
  // In aggregate mode a click on a meta-node opens it, as in the explorer.
  const open = useCallback((node: string) => {
    const key = graph.getNodeAttribute(node, 'group')?.key;
    if (!grouping || !key) return;
    opened.add(key);
    aggregateGraph(full, grouping, opened, graph);
    setVersion((v) => v + 1);
  }, []);
  return (
    <div style={{ height: '100vh', display: 'flex' }}>
      <GraphView graph={graph} version={version} exportName="bench" autoLayout={false} onOpenGroup={open}>
        <Probe />
      </GraphView>
    </div>
  );
}

createRoot(document.getElementById('app')!).render(<Bench />);
