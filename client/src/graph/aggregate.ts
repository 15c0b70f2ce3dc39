/**
 * Big graphs drawn as groups: every group (the nodes of one county, or a Louvain community where
 * nodes carry no county) becomes one meta-node, sized by its member count and placed at their
 * centre; the edges between two groups become one edge whose size grows with their number. A group
 * the user opened shows its members instead, with their own edges. The full graph is never changed:
 * the aggregated view is a second graph rebuilt from it.
 */
import louvain from 'graphology-communities-louvain';
import { LABEL_STYLE, type NodeLabel } from '../../../model/schema';
import type { EdgeAttrs, ExplorerGraph } from './attributes';
import { EDGE_COLOR, createGraph } from './build';
import { seededRandom } from './seeded-random';

/** Above this many nodes the explore view shows groups (meta-nodes that open on click) instead of every node. */
export const AGGREGATE_NODES = 3000;

/** Node keys of meta-nodes start with this, so they are never mistaken for a database id. */
export const GROUP_PREFIX = 'group:';

/** Node → group key. */
export type Grouping = ReadonlyMap<string, string>;

/** Where most nodes carry a county, counties are the groups (a reader's own unit); otherwise Louvain communities. */
const COUNTY_SHARE = 0.5;

export function communitiesOf(graph: ExplorerGraph): Grouping {
  const grouping = new Map<string, string>();
  let withCounty = 0;
  graph.forEachNode((_, attrs) => {
    if (attrs.county) withCounty++;
  });
  if (graph.order > 0 && withCounty / graph.order >= COUNTY_SHARE) {
    // Nodes without a county (a province-level body, say) join the county they link to most.
    graph.forEachNode((node, attrs) => grouping.set(node, `county:${attrs.county ?? nearestCounty(graph, node)}`));
    return grouping;
  }
  const communities = louvain(graph, { getEdgeWeight: null, rng: seededRandom(7) });
  graph.forEachNode((node) => grouping.set(node, `community:${communities[node]}`));
  return grouping;
}

function nearestCounty(graph: ExplorerGraph, node: string): string {
  const counts = new Map<string, number>();
  graph.forEachNeighbor(node, (_, attrs) => {
    if (attrs.county) counts.set(attrs.county, (counts.get(attrs.county) ?? 0) + 1);
  });
  let best = '';
  let bestCount = 0;
  for (const [county, count] of counts)
    if (count > bestCount || (count === bestCount && county < best)) [best, bestCount] = [county, count];
  return best;
}

interface GroupSummary {
  members: string[];
  x: number;
  y: number;
  /** The member with the highest degree, whose name the group carries. */
  hub: string;
  kinds: Map<NodeLabel, number>;
}

function summarise(graph: ExplorerGraph, grouping: Grouping): Map<string, GroupSummary> {
  const groups = new Map<string, GroupSummary>();
  graph.forEachNode((node, attrs) => {
    const key = grouping.get(node) ?? `node:${node}`;
    let g = groups.get(key);
    if (!g) {
      g = { members: [], x: 0, y: 0, hub: node, kinds: new Map() };
      groups.set(key, g);
    }
    g.members.push(node);
    g.x += attrs.x;
    g.y += attrs.y;
    if (graph.degree(node) > graph.degree(g.hub)) g.hub = node;
    g.kinds.set(attrs.kind, (g.kinds.get(attrs.kind) ?? 0) + 1);
  });
  return groups;
}

function dominant(kinds: Map<NodeLabel, number>): NodeLabel {
  let best: NodeLabel = 'Organization';
  let bestCount = -1;
  for (const [kind, count] of kinds) if (count > bestCount) [best, bestCount] = [kind, count];
  return best;
}

/** A meta-node grows with the square root of its members (its area with their number), within bounds. */
export function groupSize(members: number): number {
  return Math.min(30, 3 + 1.2 * Math.sqrt(members));
}

/** An aggregated edge grows with the logarithm of the edges it stands for. */
export function groupEdgeSize(edges: number): number {
  return 1 + Math.log2(edges);
}

function groupName(graph: ExplorerGraph, key: string, g: GroupSummary): string {
  if (key.startsWith('county:') && key.length > 'county:'.length) return key.slice('county:'.length);
  return graph.getNodeAttribute(g.hub, 'label');
}

export interface Aggregation {
  graph: ExplorerGraph;
  /** Meta-node key → its members in the full graph. */
  members: Map<string, string[]>;
}

/**
 * Fills `target` (cleared first, so a view keeps one graph instance) with the groups of `full`:
 * closed groups as meta-nodes, the groups in `open` as their members.
 */
export function aggregateGraph(
  full: ExplorerGraph,
  grouping: Grouping,
  open: ReadonlySet<string> = new Set(),
  target: ExplorerGraph = createGraph(),
): Aggregation {
  target.clear();
  const members = new Map<string, string[]>();
  const shownAs = new Map<string, string>();
  for (const [key, g] of summarise(full, grouping)) {
    if (open.has(key) || g.members.length === 1) {
      for (const node of g.members) {
        target.addNode(node, { ...full.getNodeAttributes(node) });
        shownAs.set(node, node);
      }
      continue;
    }
    const id = `${GROUP_PREFIX}${key}`;
    const kind = dominant(g.kinds);
    const style = LABEL_STYLE[kind];
    const label = `${groupName(full, key, g)} (${g.members.length})`;
    target.addNode(id, {
      x: g.x / g.members.length,
      y: g.y / g.members.length,
      size: groupSize(g.members.length),
      color: style.color,
      label,
      type: 'circle',
      kind,
      group: { key, members: g.members.length },
      data: { id, labels: [kind], properties: { name: label, aliases: [] } as never },
    });
    members.set(id, g.members);
    for (const node of g.members) shownAs.set(node, id);
  }
  // Edges between shown members stay as they are; the rest are counted per pair of shown ends.
  const counted = new Map<string, { source: string; target: string; count: number; first: EdgeAttrs }>();
  full.forEachEdge((edge, attrs, source, targetNode) => {
    const a = shownAs.get(source)!;
    const b = shownAs.get(targetNode)!;
    if (a === b) return;
    if (a === source && b === targetNode) {
      target.addDirectedEdgeWithKey(edge, a, b, { ...attrs });
      return;
    }
    const [s, t] = a < b ? [a, b] : [b, a];
    const pair = `${s}\u0000${t}`;
    const entry = counted.get(pair);
    if (entry) entry.count++;
    else counted.set(pair, { source: s, target: t, count: 1, first: attrs });
  });
  for (const [pair, { source, target: end, count, first }] of counted) {
    const id = `${GROUP_PREFIX}edge:${pair}`;
    target.addDirectedEdgeWithKey(id, source, end, {
      size: groupEdgeSize(count),
      color: EDGE_COLOR,
      type: 'arrow',
      relType: first.relType,
      caption: String(count),
      weight: count,
      data: { id, type: first.data.type, start: source, end, properties: {} },
    });
  }
  return { graph: target, members };
}

export function isGroup(graph: ExplorerGraph, node: string): boolean {
  return graph.hasNode(node) && graph.getNodeAttribute(node, 'group') !== undefined;
}
