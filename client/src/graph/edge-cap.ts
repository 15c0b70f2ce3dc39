/**
 * Which edges a crowded graph draws: each node keeps its few strongest edges, and an edge is drawn
 * when it is among the strongest of either end, so no node loses every line while the total stays
 * under `perNode` × nodes. The graph keeps all its edges: the others are hidden only on screen
 * (ReducersController), and a hovered or selected node shows all of its own.
 */
import type { ExplorerGraph } from './attributes';

/** How many of its strongest edges each node keeps on screen in a crowded graph. */
export const EDGES_PER_NODE = 2;

/** From this many edges on, a graph draws only each node's strongest (a hairball shows nothing more). */
export const EDGE_CAP_FROM = 2000;

/**
 * An edge's strength: how many edges of the full graph it stands for (aggregated edges), then how
 * connected its two ends are together, as a link between two hubs carries the graph's structure.
 */
function strength(graph: ExplorerGraph, edge: string): number {
  const [source, target] = graph.extremities(edge);
  const weight = graph.getEdgeAttribute(edge, 'weight') ?? 1;
  return weight * 1e6 + graph.degree(source) + graph.degree(target);
}

export function strongestEdges(graph: ExplorerGraph, perNode = EDGES_PER_NODE): Set<string> {
  const kept = new Set<string>();
  const strengths = new Map<string, number>();
  graph.forEachEdge((edge) => strengths.set(edge, strength(graph, edge)));
  const byStrength = (a: string, b: string): number =>
    strengths.get(b)! - strengths.get(a)! || (a < b ? -1 : a > b ? 1 : 0);
  graph.forEachNode((node) => {
    const edges = graph.edges(node);
    if (edges.length <= perNode) {
      for (const edge of edges) kept.add(edge);
      return;
    }
    edges.sort(byStrength);
    for (let i = 0; i < perNode; i++) kept.add(edges[i]!);
  });
  return kept;
}
