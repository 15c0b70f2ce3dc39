/**
 * Initiatives × counties as a bipartite graph: counties in a column on the left, the matrix's
 * rows in a column on the right (in the matrix's order), one edge per (county, initiative)
 * captioned with its number of runners. Positions are computed, one label-high row per initiative and
 * the counties spread over the same height, so it reads the same at any threshold; initiative
 * labels run to the right, away from the edges.
 */
import type { SharedInitiative } from '../../../model/api';
import type { GraphNode, GraphRelationship } from '../../../model/graph';
import type { ExplorerGraph } from './attributes';
import { createGraph, mergePayload } from './build';
import { ROW_HEIGHT, labelWidth } from './hierarchy';
import type { LayoutFrame } from './layout/frame';

/** Horizontal distance between the county column and the initiative column, in layout units. */
const COLUMN_GAP = 12;
const NODE_SIZE = 7;
/** How many initiative rows the county column spans at most. */
const COUNTY_SPAN_ROWS = 30;
/** Layout units kept free on the right, where the legend covers the canvas. */
const LEGEND_ROOM = 8;

export function countyNodeId(name: string, countyIds: ReadonlyMap<string, string>): string {
  return countyIds.get(name) ?? `county:${name}`;
}

export function bipartiteGraph(
  rows: readonly SharedInitiative[],
  counties: readonly string[],
  countyIds: ReadonlyMap<string, string>,
): { graph: ExplorerGraph; frame: LayoutFrame } {
  const countyNodes: GraphNode[] = counties.map((name) => ({
    id: countyNodeId(name, countyIds),
    labels: ['Place'],
    properties: { name, aliases: [], level: 'county', county: name },
  }));
  const relationships: GraphRelationship[] = rows.flatMap((initiative) =>
    initiative.counties
      .filter((c) => counties.includes(c.county))
      .map((c) => ({
        id: `shared:${c.county}:${initiative.node.id}`,
        type: 'RUNS' as const,
        start: countyNodeId(c.county, countyIds),
        end: initiative.node.id,
        // The count only: who they are, with the evidence, is loaded when the matrix cell is opened.
        properties: { verb: String(c.runnerCount), evidence: [] },
      })),
  );
  const graph = createGraph();
  mergePayload(graph, { nodes: [...rows.map((i) => i.node), ...countyNodes], relationships });
  const countyWidth = Math.max(0, ...counties.map(labelWidth));
  const right = countyWidth + COLUMN_GAP;
  const height = Math.max(rows.length, counties.length, 1) * ROW_HEIGHT;
  // sigma's y axis points up: the first row is at the top.
  rows.forEach((initiative, i) =>
    graph.mergeNodeAttributes(initiative.node.id, {
      x: right,
      y: -(i + 0.5) * (height / Math.max(rows.length, 1)),
      size: NODE_SIZE,
      forceLabel: true,
    }),
  );
  // Counties spread over the first rows only (the most shared ones), so they stay in view when a low threshold makes the column long.
  const countySpan = Math.max(Math.min(height, COUNTY_SPAN_ROWS * ROW_HEIGHT), countyNodes.length * ROW_HEIGHT);
  countyNodes.forEach((county, j) =>
    graph.mergeNodeAttributes(county.id, {
      x: 0,
      y: -(j + 0.5) * (countySpan / Math.max(countyNodes.length, 1)),
      size: NODE_SIZE + 3,
      forceLabel: true,
    }),
  );
  for (const rel of relationships)
    graph.setEdgeAttribute(rel.id, 'caption', (rel.properties as { verb?: string }).verb ?? '');
  const widest = Math.max(0, ...rows.map((i) => labelWidth(graph.getNodeAttribute(i.node.id, 'label'))));
  return { graph, frame: { x: [-1, right + widest + LEGEND_ROOM], y: [-height, 0] } };
}
