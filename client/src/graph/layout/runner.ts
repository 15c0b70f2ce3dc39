/**
 * ForceAtlas2 in a web worker (the page stays responsive while it runs) and noverlap, one runner
 * per graph. A run started by new data stops by itself after a while; one started by the user
 * runs until stopped.
 */
import type Sigma from 'sigma';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { Store } from '../../state/store';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../attributes';

export class LayoutRunner {
  readonly state = new Store<{ running: boolean }>({ running: false });
  private supervisor: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly graph: ExplorerGraph) {}

  start(durationMs?: number): void {
    this.stop();
    if (this.graph.order < 2) return;
    const settings = { ...inferSettings(this.graph), adjustSizes: false };
    this.supervisor = new FA2Layout(this.graph, { settings, getEdgeWeight: null });
    this.supervisor.start();
    this.state.set({ running: true });
    if (durationMs !== undefined) this.timer = setTimeout(() => this.stop(), durationMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.supervisor) {
      this.supervisor.kill();
      this.supervisor = null;
      this.state.set({ running: false });
    }
  }

  /** Pushes overlapping nodes apart in screen space, so it works whatever the graph's coordinate scale. */
  noverlap(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
    this.stop();
    noverlap.assign(this.graph, {
      maxIterations: 120,
      settings: { ratio: 1.15, margin: 4 },
      inputReducer: (_key, attr) => {
        const p = sigma.graphToViewport(attr);
        return { x: p.x, y: p.y, size: attr.size ?? 4 };
      },
      outputReducer: (_key, attr) => {
        const p = sigma.viewportToGraph(attr);
        return { x: p.x, y: p.y };
      },
    });
  }
}

const runners = new WeakMap<ExplorerGraph, LayoutRunner>();

export function layoutRunner(graph: ExplorerGraph): LayoutRunner {
  let runner = runners.get(graph);
  if (!runner) {
    runner = new LayoutRunner(graph);
    runners.set(graph, runner);
  }
  return runner;
}

/** How long a layout started by new data runs: longer for bigger graphs, within bounds. */
export function autoLayoutDuration(order: number): number {
  return Math.min(6000, 1200 + order * 8);
}
