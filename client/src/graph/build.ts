/**
 * Turns API graph payloads into the explorer's graphology graph: colour and shape by label,
 * size by degree, edge captions; new nodes start next to a node they connect to, so an
 * expansion grows out of the node that was expanded.
 */
import { MultiDirectedGraph } from 'graphology';
import type { GraphNode, GraphPayload, GraphRelationship } from '../../../model/graph';
import { LABEL_STYLE, NODE_LABELS, NodeLabel, isNodeLabel, isRelType } from '../../../model/schema';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './attributes';
import { truncateLabel } from './importance';

export const EDGE_COLOR = '#b8bcc4';

export function createGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

/** The most specific known label of a node (Article first: an article is never anything else). */
export function primaryLabel(node: GraphNode): NodeLabel {
  return NODE_LABELS.find((label) => node.labels.includes(label)) ?? node.labels.find(isNodeLabel) ?? 'Organization';
}

export function nodeName(node: GraphNode): string {
  const p = node.properties as { name?: unknown; title?: unknown };
  if (typeof p.title === 'string' && node.labels.includes('Article')) return p.title;
  return typeof p.name === 'string' && p.name ? p.name : node.id;
}

export function edgeCaption(rel: GraphRelationship, fallback: string): string {
  const title = (rel.properties as { title?: unknown }).title;
  return typeof title === 'string' && title ? title : fallback;
}

/** A stable pseudo-random number in [0, 1) from a string, so layouts start the same for the same data. */
export function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

function startPosition(graph: ExplorerGraph, id: string, anchor: string | undefined): { x: number; y: number } {
  const angle = hashUnit(id) * 2 * Math.PI;
  if (anchor && graph.hasNode(anchor)) {
    const a = graph.getNodeAttributes(anchor);
    const r = 1 + hashUnit(`${id}#r`) * 2;
    return { x: a.x + r * Math.cos(angle), y: a.y + r * Math.sin(angle) };
  }
  const r = 10 * Math.sqrt(hashUnit(`${id}#r`));
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

function nodeAttributes(node: GraphNode, position: { x: number; y: number }): NodeAttrs {
  const kind = primaryLabel(node);
  const style = LABEL_STYLE[kind];
  const county = (node.properties as { county?: unknown }).county;
  return {
    ...position,
    size: 4,
    color: style.color,
    label: truncateLabel(nodeName(node)),
    fullLabel: nodeName(node),
    type: style.shape,
    kind,
    county: typeof county === 'string' ? county : undefined,
    data: node,
  };
}

/** Size by degree, on a square-root scale so hubs stand out without hiding their neighbours. */
export function sizeByDegree(graph: ExplorerGraph, min = 4, max = 18): void {
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, 'size', Math.min(max, min + 1.6 * Math.sqrt(graph.degree(node))));
  });
}

/**
 * Adds a payload's nodes and relationships (ids are the keys; existing ones get the newer data).
 * `anchor` is where new nodes start when they have no placed neighbour yet.
 */
export function mergePayload(graph: ExplorerGraph, payload: GraphPayload, anchor?: string): void {
  const fresh = payload.nodes.filter((n) => !graph.hasNode(n.id));
  for (const node of payload.nodes) {
    if (graph.hasNode(node.id))
      graph.mergeNodeAttributes(node.id, {
        data: node,
        label: truncateLabel(nodeName(node)),
        fullLabel: nodeName(node),
      });
  }
  // Place each new node next to an already placed neighbour when there is one.
  const neighbourOf = new Map<string, string>();
  for (const rel of payload.relationships) {
    if (graph.hasNode(rel.start) && !neighbourOf.has(rel.end)) neighbourOf.set(rel.end, rel.start);
    if (graph.hasNode(rel.end) && !neighbourOf.has(rel.start)) neighbourOf.set(rel.start, rel.end);
  }
  for (const node of fresh)
    graph.addNode(node.id, nodeAttributes(node, startPosition(graph, node.id, neighbourOf.get(node.id) ?? anchor)));
  for (const rel of payload.relationships) {
    if (!graph.hasNode(rel.start) || !graph.hasNode(rel.end) || !isRelType(rel.type)) continue;
    const attrs: EdgeAttrs = {
      size: 1.5,
      color: EDGE_COLOR,
      type: 'arrow',
      relType: rel.type,
      caption: edgeCaption(rel, ''),
      data: rel,
    };
    if (graph.hasEdge(rel.id)) graph.mergeEdgeAttributes(rel.id, attrs);
    else graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, attrs);
  }
  sizeByDegree(graph);
}

export function graphFromPayload(payload: GraphPayload): ExplorerGraph {
  const graph = createGraph();
  mergePayload(graph, payload);
  return graph;
}
