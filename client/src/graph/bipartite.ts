/**
 * Initiatives × counties as a bipartite graph: initiatives in a column on the left, counties on
 * the right, one edge per (county, initiative) carrying the runners' evidence. Positions are
 * computed (two columns sorted like the matrix), so no force layout is needed.
 */
import type { SharedInitiativesResponse } from '../../../model/api';
import type { GraphNode, GraphRelationship } from '../../../model/graph';
import type { Evidence } from '../../../model/schema';
import type { ExplorerGraph } from './attributes';
import { createGraph, mergePayload } from './build';

export function countyNodeId(name: string, countyIds: ReadonlyMap<string, string>): string {
  return countyIds.get(name) ?? `county:${name}`;
}

export function bipartiteGraph(response: SharedInitiativesResponse, countyIds: ReadonlyMap<string, string>): ExplorerGraph {
  const counties = response.counties.filter((c) => response.initiatives.some((i) => i.counties.some((ic) => ic.county === c)));
  const countyNodes: GraphNode[] = counties.map((name) => ({
    id: countyNodeId(name, countyIds),
    labels: ['Place'],
    properties: { name, aliases: [], level: 'county', county: name },
  }));
  const relationships: GraphRelationship[] = response.initiatives.flatMap((initiative) =>
    initiative.counties.map((c) => ({
      id: `shared:${c.county}:${initiative.node.id}`,
      type: 'RUNS' as const,
      start: countyNodeId(c.county, countyIds),
      end: initiative.node.id,
      properties: {
        verb: c.runners.map((r) => r.name).join('、'),
        evidence: c.runners.flatMap((r) => (r.relationship.properties.evidence ?? []) as Evidence[]),
      },
    })),
  );
  const graph = createGraph();
  mergePayload(graph, { nodes: [...response.initiatives.map((i) => i.node), ...countyNodes], relationships });
  const spread = (index: number, count: number): number => (count <= 1 ? 0 : (index / (count - 1)) * 2 - 1) * Math.max(count, 4);
  response.initiatives.forEach((initiative, i) => graph.mergeNodeAttributes(initiative.node.id, { x: -6, y: -spread(i, response.initiatives.length) }));
  countyNodes.forEach((county, i) => graph.mergeNodeAttributes(county.id, { x: 6, y: -spread(i, countyNodes.length) }));
  for (const rel of relationships) graph.setEdgeAttribute(rel.id, 'caption', (rel.properties as { verb?: string }).verb ?? '');
  return graph;
}
