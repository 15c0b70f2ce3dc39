/**
 * The explore graph: the union of what the expansions (AppState.expanded: neighbourhoods, typed
 * neighbourhoods, shortest paths, see graph/expansions.ts) loaded, fetched once each and kept in one
 * graphology instance that sigma renders. Rebuilding from the list (rather than appending) is what
 * lets back/forward and shared links reproduce the graph. The nodes a rebuild adds are marked fresh.
 */
import type { GraphPayload } from '../../../model/graph';
import { api } from '../api/client';
import { mergePayload, createGraph } from '../graph/build';
import type { ExplorerGraph } from '../graph/attributes';
import { expansionAnchor, parseExpansion } from '../graph/expansions';
import { mostConnected } from '../graph/importance';
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
  /** Path expansions between nodes that have no path. */
  noPath: string[];
  /** The nodes the latest growth added (for the camera to fit them). */
  added: string[];
}

export const exploreStore = new Store<ExploreData>({
  graph: createGraph(),
  version: 0,
  loading: [],
  errors: [],
  truncated: [],
  noPath: [],
  added: [],
});

const payloads = new Map<string, GraphPayload>();
let wanted: string[] = [];

/** Marks the nodes just added: all highlighted, the most connected few labelled. */
function markFresh(graph: ExplorerGraph, added: string[]): void {
  graph.forEachNode((node) => graph.removeNodeAttribute(node, 'fresh'));
  const labelled = mostConnected(graph, added);
  for (const node of added) graph.setNodeAttribute(node, 'fresh', labelled.has(node) ? 'label' : 'quiet');
}

function rebuild(): void {
  const { graph } = exploreStore.get();
  const before = new Set(graph.nodes());
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
  for (const key of wanted) {
    const payload = payloads.get(key);
    if (payload) mergePayload(graph, payload, expansionAnchor(parseExpansion(key)));
  }
  const added = graph.nodes().filter((n) => !before.has(n));
  // The first expansion has nothing to stand out from.
  if (added.length && before.size) markFresh(graph, added);
  exploreStore.set((s) => ({
    version: s.version + 1,
    truncated: wanted.filter((key) => payloads.get(key)?.truncated),
    noPath: wanted.filter((key) => parseExpansion(key).kind === 'path' && payloads.get(key)?.nodes.length === 0),
    added: added.length ? added : s.added,
  }));
}

function load(key: string): Promise<GraphPayload> {
  const e = parseExpansion(key);
  if (e.kind === 'path') return api.path(e.from, e.to).then((answer) => answer.graph);
  return api.neighbors(e.id, { depth: 1, limit: EXPAND_LIMIT, types: e.kind === 'type' ? [e.type] : undefined });
}

async function fetchNeighbourhood(id: string): Promise<void> {
  exploreStore.set((s) => ({ loading: [...s.loading, id], errors: s.errors.filter((e) => e.id !== id) }));
  try {
    payloads.set(id, await load(id));
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
