/**
 * What the toolbar says about a running layout: for a run that stops by itself, elapsed and total
 * time with a bar; for one the user started (it runs until stopped), elapsed time; both with the
 * ForceAtlas2 iterations done so far, so a slow machine shows the layout is working.
 */
import type { Translate } from '../../i18n';

export interface LayoutState {
  running: boolean;
  /** Milliseconds since the run started. */
  elapsedMs: number;
  /** How long the run lasts when it stops by itself; null when it runs until stopped. */
  durationMs: number | null;
  /** ForceAtlas2 iterations the worker has sent back. */
  iterations: number;
}

export const IDLE_LAYOUT: LayoutState = { running: false, elapsedMs: 0, durationMs: null, iterations: 0 };

/** Share of an auto-stopping run done, 0 to 1; null for a run without an end. */
export function layoutFraction(state: LayoutState): number | null {
  if (state.durationMs === null) return null;
  if (state.durationMs <= 0) return 1;
  return Math.min(1, Math.max(0, state.elapsedMs / state.durationMs));
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export function layoutProgressText(t: Translate, state: LayoutState): string {
  const vars = { elapsed: seconds(state.elapsedMs), iterations: state.iterations };
  return state.durationMs === null
    ? t('graph.layoutRunning', vars)
    : t('graph.layoutProgress', { ...vars, total: seconds(state.durationMs) });
}
