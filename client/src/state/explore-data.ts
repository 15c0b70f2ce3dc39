/**
 * The explore graph: the union of the neighbourhoods of the expanded nodes (AppState.expanded),
 * fetched once each and kept in one graphology instance that sigma renders. Rebuilding from the
 * list (rather than appending) is what lets back/forward and shared links reproduce the graph.
 */
import type { GraphPayload } from '../../../model/graph';
import { api } from '../api/client';
import { mergePayload, createGraph } from '../graph/build';
import type { ExplorerGraph } from '../graph/attributes';
import { Store } from './store';

/** How many neighbours one expansion fetches; the API says when it cut the list. */
export const EXPAND_LIMIT = 150;

export interface ExploreData {
  graph: ExplorerGraph;
  /** Bumped on every change of the graph, for components that show counts. */
  version: number;
  /** Node ids whose neighbourhood is being fetched. */
  loading: string[];
  errors: { id: string; error: unknown }[];
  /** Expanded nodes whose neighbourhood the API capped. */
  truncated: string[];
}

export const exploreStore = new Store<ExploreData>({
  graph: createGraph(),
  version: 0,
  loading: [],
  errors: [],
  truncated: [],
});

const payloads = new Map<string, GraphPayload>();
let wanted: string[] = [];

function rebuild(): void {
  const { graph } = exploreStore.get();
  const keepNodes = new Set<string>();
  const keepEdges = new Set<string>();
  for (const id of wanted) {
    const payload = payloads.get(id);
    if (!payload) continue;
    for (const n of payload.nodes) keepNodes.add(n.id);
    for (const r of payload.relationships) keepEdges.add(r.id);
  }
  graph.forEachEdge((edge) => {
    if (!keepEdges.has(edge)) graph.dropEdge(edge);
  });
  graph.forEachNode((node) => {
    if (!keepNodes.has(node)) graph.dropNode(node);
  });
  for (const id of wanted) {
    const payload = payloads.get(id);
    if (payload) mergePayload(graph, payload, id);
  }
  exploreStore.set((s) => ({
    version: s.version + 1,
    truncated: wanted.filter((id) => payloads.get(id)?.truncated),
  }));
}

async function fetchNeighbourhood(id: string): Promise<void> {
  exploreStore.set((s) => ({ loading: [...s.loading, id], errors: s.errors.filter((e) => e.id !== id) }));
  try {
    payloads.set(id, await api.neighbors(id, { depth: 1, limit: EXPAND_LIMIT }));
  } catch (error) {
    exploreStore.set((s) => ({ errors: [...s.errors, { id, error }] }));
  } finally {
    exploreStore.set((s) => ({ loading: s.loading.filter((l) => l !== id) }));
  }
  rebuild();
}

/** Brings the explore graph to the given expansion list, fetching what is missing. */
export function syncExplore(expanded: readonly string[]): void {
  wanted = [...expanded];
  const loading = exploreStore.get().loading;
  for (const id of wanted) if (!payloads.has(id) && !loading.includes(id)) void fetchNeighbourhood(id);
  rebuild();
}

/** Drops a failed fetch from the cache so the next sync tries again. */
export function retryExplore(id: string): void {
  payloads.delete(id);
  syncExplore(wanted);
}

/** The graph in the database changed (articles added or removed): fetch every expanded neighbourhood again. */
export function refreshExplore(): void {
  payloads.clear();
  syncExplore(wanted);
}
