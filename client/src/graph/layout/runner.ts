/**
 * ForceAtlas2 in a web worker (the page stays responsive while it runs) and noverlap, one runner
 * per graph. A run started by new data stops by itself after a while; one started by the user
 * runs until stopped. The state tells the toolbar how far a run is (progress.ts).
 */
import type Sigma from 'sigma';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { Store } from '../../state/store';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../attributes';
import { SIGMA_SETTINGS } from '../settings';
import { IDLE_LAYOUT, type LayoutState } from './progress';

const LABEL_SIZE = SIGMA_SETTINGS.labelSize ?? 13;

/** How often the progress shown in the toolbar is brought up to date. */
const PROGRESS_TICK_MS = 250;

export class LayoutRunner {
  readonly state = new Store<LayoutState>(IDLE_LAYOUT);
  private supervisor: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private iterations = 0;
  // The supervisor writes every iteration the worker sends back with one updateEachNodeAttributes.
  private readonly countIteration = (): void => {
    this.iterations++;
  };

  constructor(private readonly graph: ExplorerGraph) {}

  /** Runs ForceAtlas2; with a duration it stops by itself and then calls `settled` (not when stopped early). */
  start(durationMs?: number, settled?: () => void): void {
    this.stop();
    if (this.graph.order < 2) return;
    const settings = { ...inferSettings(this.graph), adjustSizes: false };
    this.supervisor = new FA2Layout(this.graph, { settings, getEdgeWeight: null });
    this.supervisor.start();
    const startedAt = performance.now();
    this.iterations = 0;
    this.graph.on('eachNodeAttributesUpdated', this.countIteration);
    this.state.set({ running: true, elapsedMs: 0, durationMs: durationMs ?? null, iterations: 0 });
    this.ticker = setInterval(
      () => this.state.set({ elapsedMs: performance.now() - startedAt, iterations: this.iterations }),
      PROGRESS_TICK_MS,
    );
    if (durationMs !== undefined)
      this.timer = setTimeout(() => {
        this.stop();
        settled?.();
      }, durationMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    if (this.supervisor) {
      this.supervisor.kill();
      this.supervisor = null;
      this.graph.off('eachNodeAttributesUpdated', this.countIteration);
      this.state.set(IDLE_LAYOUT);
    }
  }

  /**
   * Pushes overlapping nodes apart in screen space, so it works whatever the graph's coordinate scale. With
   * `labels`, each node counts as the box of its node and its label (drawn to its right), so that a small
   * graph whose every label shows has none over another.
   */
  noverlap(sigma: Sigma<NodeAttrs, EdgeAttrs>, labels = false): void {
    this.stop();
    const halfLabel = (key: string) => (labels ? labelWidth(this.graph.getNodeAttribute(key, 'label') ?? '') / 2 : 0);
    noverlap.assign(this.graph, {
      maxIterations: labels ? 300 : 120,
      settings: { ratio: 1.15, margin: labels ? 10 : 4 },
      inputReducer: (key, attr) => {
        const p = sigma.graphToViewport(attr);
        const half = halfLabel(key);
        return { x: p.x + half, y: p.y, size: Math.max(attr.size ?? 4, half + (attr.size ?? 4)) };
      },
      outputReducer: (key, attr) => {
        const p = sigma.viewportToGraph({ x: attr.x - halfLabel(key), y: attr.y });
        return { x: p.x, y: p.y };
      },
    });
  }
}

/** The width a label takes on screen at the graph's label size: CJK characters are square, others about half. */
function labelWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? LABEL_SIZE : LABEL_SIZE * 0.55;
  return width + 6;
}

/** Graphs this small show every label (ReducersController), so their layout makes room for the labels. */
export const SMALL_GRAPH_LABELS = 40;

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
