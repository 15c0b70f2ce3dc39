/**
 * Which labels a crowded graph shows: long names cut short (the full one on hover), and of the
 * neighbours one expansion adds, only the most connected few labelled, so a hub's hundred
 * neighbours do not pile their labels on each other.
 */
import type { ExplorerGraph } from './attributes';

export const LABEL_MAX_CHARS = 14;
/** How many of the nodes one expansion adds get a label straight away. */
export const FRESH_LABELLED = 15;

export function truncateLabel(text: string, max = LABEL_MAX_CHARS): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The `limit` most connected of `nodes` (ties by id, so the choice is stable). */
export function mostConnected(graph: ExplorerGraph, nodes: Iterable<string>, limit = FRESH_LABELLED): Set<string> {
  const present = [...nodes].filter((n) => graph.hasNode(n));
  present.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
  return new Set(present.slice(0, limit));
}
